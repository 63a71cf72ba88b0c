package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNetParts: each part a sentence lists of a net flow is drafted (a
// negative one too: a net flow may be below zero), titled as that flow for
// the part and measured a flow (an ONS migration release, a claimant
// bulletin, a business demography release); the items a count's list
// names of the count itself keep their own titles (an insolvency release).
func TestNetParts(t *testing.T) {
	tests := []struct {
		text, stated, title string
		measure             indicators.MeasureKind
		anyMeasure          bool // the measure is not the point of the row
	}{
		{"In the year ending March 2016, net migration = +327,000, comprising +180,000 EU citizens, +190,000 non-EU citizens, and -43,000 British citizens.\n",
			"-43,000 British citizens", "Net migration of British citizens", indicators.Flow, false},
		{"In the year ending March 2016, net migration = +327,000, comprising +180,000 EU citizens, +190,000 non-EU citizens, and -43,000 British citizens.\n",
			"190,000 non-EU citizens", "Net migration of non-EU citizens", indicators.Flow, false},
		{"In 2022, net migration to Australia was 387,000 people, comprising 210,000 students, 95,000 skilled workers and -3,000 Australian citizens.\n",
			"-3,000 Australian citizens", "Net migration to Australia of Australian citizens", indicators.Flow, false},
		{"In 2014 there were 3,000 company insolvencies, comprising 2,100 creditors' voluntary liquidations and 900 compulsory liquidations.\n",
			"900 compulsory liquidations", "Compulsory liquidations", indicators.Flow, true},
	}
	for _, tt := range tests {
		cl := firstDraft(t, tt.text, tt.stated)
		if cl.ind.Title != tt.title {
			t.Errorf("%q in %q: title %q, want %q", tt.stated, tt.text, cl.ind.Title, tt.title)
		}
		if !tt.anyMeasure && cl.ind.Measure != tt.measure {
			t.Errorf("%q in %q: measure %v, want %v", tt.stated, tt.text, cl.ind.Measure, tt.measure)
		}
	}
}
