package extract

import "testing"

func TestDraftTitleAfterFurniture(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the headline after a media release's furniture",
			"Tourism Statistics, June 2010\nARCHIVED ISSUE Released at 10:00 AM 02/08/2010\n\nMEDIA RELEASE\n\nAugust 2, 2010\nEmbargoed: 10:00 AM (AEST)\n31/2010\n\nVisitor arrivals top 5 million\nVisitor arrivals reached 5.1 million in the year, the bureau said today.\n",
			"Visitor arrivals top 5 million"},
		{"a media release line alone",
			"Media release\n\nHarbour works finished on time\n\nThe port said today that works finished.\n",
			"Harbour works finished on time"},
		{"a sentence after the furniture is no title",
			"MEDIA RELEASE\n\nThe council approved 12 new parks. It met on Monday.\n",
			""},
		{"no furniture, no title from this rule",
			"Harbour works finished on time\n\nThe port said today that works finished.\n",
			""},
	}
	for _, tt := range tests {
		if got := titleAfterFurniture(tt.text); got != tt.want {
			t.Errorf("%s: titleAfterFurniture(%q) = %q, want %q", tt.name, tt.text, got, tt.want)
		}
	}
}

func TestDraftFurnitureIsBoilerplate(t *testing.T) {
	for _, line := range []string{"MEDIA RELEASE", "Embargoed: 11:30 AM (AEST)", "31/2010", "ARCHIVED ISSUE Released at 10:00 AM 02/08/2010", "Page tools: Print"} {
		if !isBoilerplate(line) {
			t.Errorf("isBoilerplate(%q) = false, want true", line)
		}
	}
	if isBoilerplate("Visitor arrivals top 5 million") {
		t.Errorf("isBoilerplate(%q) = true, want false", "Visitor arrivals top 5 million")
	}
}
