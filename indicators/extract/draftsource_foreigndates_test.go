package extract

import "testing"

// foreignDates are releases dated on a line of their own, day
// first, with a month in another language, of my own words.
var foreignDates = []struct{ text, issued, firstHead string }{
	{"7 800 new farms in the second quarter of 2031\n\n20. Juni 2031\n\nDuring the second quarter of 2031, 7 800 farms opened.\n", "2031-06-20", "7 800 new farms in the second quarter of 2031"},
	{"Ports in the first quarter of 2031\n\n13 avril 2031\n\nDuring the first quarter of 2031, ports handled 4.2 million tonnes.\n", "2031-04-13", "Ports in the first quarter of 2031"},
	{"Rail freight, 2030\n\n1er mars 2031\n\nRail freight rose by 3% in 2030.\n", "2031-03-01", "Rail freight, 2030"},
	{"Rail freight, 2030\n\n40. Juni 2031\n\nRail freight rose by 3% in 2030.\n", "", ""}, // no such day: no date, and its heading is not checked
}

func TestDraftForeignDates(t *testing.T) {
	for _, c := range foreignDates {
		got := ""
		if d := issuedOf(c.text); !d.IsZero() {
			got = d.String()
		}
		if got != c.issued {
			t.Errorf("issuedOf(%q) = %q, want %q", c.text, got, c.issued)
		}
		for _, h := range headings(c.text) {
			if c.firstHead != "" && h.text != c.firstHead {
				t.Errorf("headings(%q) has %q, want only %q", c.text, h.text, c.firstHead)
			}
		}
	}
}
