package extract

import "testing"

// TestOverAfterObjectNoun: "over" after a noun that takes it as its
// object's preposition (lexicon.OverObjectNouns) is no hedge of the figure
// after it, while "over" elsewhere stays one (round B's prisons release;
// a ONS-style count; a waste release).
func TestOverAfterObjectNoun(t *testing.T) {
	tests := []struct{ name, text, stated string }{
		{"jurisdiction over", "At yearend 2022, correctional authorities in the United States had jurisdiction over 1,230,100 persons in state or federal prisons.\n", "1,230,100 persons"},
		{"legal authority over", "State correctional authorities had jurisdiction over 1,039,500 persons sentenced to at least 1 year in prison in 2022, while the BOP had legal authority over 146,100 persons with similar sentences.\n", "146,100 persons"},
		{"custody over", "In 2022 the state had custody over 12,400 persons in local jails.\n", "12,400 persons"},
		{"over alone stays a hedge", "In 2022 there were over 12,400 persons in local jails.\n", "over 12,400 persons"},
		{"just over stays a hedge", "Household waste generated in Scotland in 2021 was just over 2.4 million tonnes.\n", "just over 2.4 million tonnes"},
	}
	for _, tt := range tests {
		cl := firstDraft(t, tt.text, tt.stated)
		if got := cl.ind.Stated; got != tt.stated {
			t.Errorf("%s: stated %q, want %q", tt.name, got, tt.stated)
		}
	}
}
