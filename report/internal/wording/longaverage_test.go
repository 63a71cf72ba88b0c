package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestClaimBaseLongAverage: a gap from a long-term average is said
// against the average, not as a change from its years (s15f-climate);
// a base of many years no one calls an average, or a short one, keeps
// "from … to …".
func TestClaimBaseLongAverage(t *testing.T) {
	year := func(y int) indicators.Period { return indicators.Period{From: indicators.Date{Year: y}} }
	span := func(a, b int) indicators.Period {
		return indicators.Period{From: indicators.Date{Year: a}, To: indicators.Date{Year: b}}
	}
	tests := []struct {
		name, title, quote string
		base, period       indicators.Period
		want               string
	}{
		{"s15f-climate: temperature above the century's average",
			"Annual temperature above the 20th-century average, contiguous U.S.",
			"average annual temperature of 55.3°F was 3.2°F above the 20th century average",
			span(1901, 2000), year(2012), "on the 1901–2000 average in 2012"},
		{"s15f-climate: the quote alone says average",
			"Annual precipitation gap, contiguous U.S.",
			"which is 2.57 inches below the 20th century average",
			span(1901, 2000), year(2012), "on the 1901–2000 average in 2012"},
		{"road casualties: a baseline of five years no one calls an average",
			"Change in road deaths from the 2005–2009 baseline",
			"road deaths fell by 40% compared with the 2005-2009 baseline",
			span(2005, 2009), year(2012), "from 2005–2009 to 2012"},
		{"labour: a change over a decade's span, not before the period",
			"Average earnings, change",
			"average earnings rose by 2% on 2010 to 2020",
			span(2010, 2020), year(2020), "from 2010–2020 to 2020"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := &indicators.Indicator{Title: tt.title, Measure: indicators.Change, Base: tt.base, Period: tt.period,
				Provenance: []indicators.Provenance{{Quote: tt.quote}}}
			if got, said := ClaimBase(ind); got != tt.want || !said {
				t.Errorf("ClaimBase(%q) = %q, %v, want %q, true", tt.title, got, said, tt.want)
			}
		})
	}
}
