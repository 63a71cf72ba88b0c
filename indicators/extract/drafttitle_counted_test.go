package extract

import "testing"

// TestCountedNP reads the counted noun phrase after a figure in
// sentences of documents of different kinds: crime rates (BJS), road
// casualties (Scotland), drug poisoning deaths (ONS), air passengers
// (BTS), rail freight (ORR), marriages (ONS), HIV infections (CDC).
func TestCountedNP(t *testing.T) {
	tests := []struct {
		name, after, want string
	}{
		{"a count per a base is a rate", "violent victimizations per 1,000 persons and 322 property crimes per 1,000 households.", "Violent victimization rate"},
		{"a count per a base past its narrowing phrase keeps the base", "cases of exclusion per 1,000 pupils in 2018/19.", "Cases of exclusion per 1,000 pupils"},
		{"a coordinated modifier", "bus and coach user casualties (35, 15% less than 2018) [Table 3].", "Bus and coach user casualties"},
		{"a sibling figure's segment shares the head", "male and 880 female drug poisoning deaths (involving both legal and illegal drugs) registered in 2011, a 6", "Male drug poisoning deaths"},
		{"a participle before the noun modifies it", "systemwide (domestic and international) scheduled service passengers in 2017", "Systemwide scheduled service passengers"},
		{"a narrowing phrase, up to a verb", "net tonne kilometres of rail freight were moved in 2022", "Net tonne kilometres of rail freight"},
		{"a narrowing phrase past its and", "passengers on flights to and from the United States was a record high", "Passengers on flights to and from the United States"},
		{"a phrase of up to 72 characters", "passengers on international flights to and from the United States was", "Passengers on international flights to and from the United States"},
		{"a phrase of a time is no narrowing", "marriages in 2017, a decrease", "Marriages"},
		{"a phrase of a place is no narrowing", "estimated new HIV infections in the US in 2022", "Estimated new HIV infections"},
		{"a verb ends the narrowing phrase", "officers of the Guard received training in France", "Officers"},
		{"no noun after the figure", "more than 2018", ""},
		{"an adverb is no counted noun", "slightly injured [Table", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countedNPOf(measuredWords(tt.after)); got != tt.want {
				t.Errorf("countedNPOf(%q) = %q, want %q", tt.after, got, tt.want)
			}
		})
	}
}

// TestCleanCounted keeps a narrowing phrase in a title of up to 72
// characters and drops it past them.
func TestCleanCounted(t *testing.T) {
	tests := []struct {
		np, narrow []string
		want       string
	}{
		{[]string{"passengers"}, []string{"on", "domestic", "flights"}, "Passengers on domestic flights"},
		{[]string{"passengers"}, []string{"on", "international", "transatlantic", "and", "transpacific", "flights", "to", "and", "from", "the", "United", "Kingdom"}, "Passengers"},
	}
	for _, tt := range tests {
		if got := cleanCounted(tt.np, tt.narrow); got != tt.want {
			t.Errorf("cleanCounted(%q, %q) = %q, want %q", tt.np, tt.narrow, got, tt.want)
		}
	}
}
