package extract

import (
	"strings"
	"testing"
)

// TestDraftCoordinatedUnit checks that a figure whose quote counts two
// nouns together ("Cancellations and withdrawals increased to 23 725") is
// drafted in the unit of both, which verify accepts, not left out as
// "cancellation" alone, which it refuses (review21 item 3); a figure of
// one noun keeps it.
func TestDraftCoordinatedUnit(t *testing.T) {
	const doc = "Apprentices and trainees: September quarter 2018\n\n" +
		"There were 34 290 commencements in the September 2018 quarter, down 5.0% compared with the September quarter in 2017.\n\n" +
		"Cancellations and withdrawals increased to 23 725 in the September 2018 quarter, up 2.4% when compared with the September 2017 quarter. " +
		"The biggest attrition was seen in trade occupations, where cancellations and withdrawals increased by 9.4% to 13 705.\n"
	c, src := loadDraft(t, doc)
	tests := []struct {
		stated, unit string
	}{
		{"23 725", "cancellation and withdrawal"},
		{"13 705", "cancellation and withdrawal"},
		{"34 290 commencements", "commencement"},
	}
	for _, tt := range tests {
		found := false
		for _, ind := range c.Indicators {
			if ind.Stated == tt.stated {
				found = true
				if ind.Unit.Name != tt.unit {
					t.Errorf("draft of %q: unit %q, want %q", tt.stated, ind.Unit.Name, tt.unit)
				}
			}
		}
		if !found {
			t.Errorf("draft of %q: not drafted, want unit %q (draft:\n%s)", tt.stated, tt.unit, strings.TrimSpace(src))
		}
	}
}
