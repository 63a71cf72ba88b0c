package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDraftMarginIntoStated: a margin after a figure is drafted into the
// figure's stated, with the scale word and unit after the margin
// (margin20), and the draft loads and verifies, field by field, on the
// sentences of three documents: the USFWS duck survey (s18k-birds), the
// US Census Bureau's new residential construction release, and a poll
// ("39±2% of the voters agree",
// https://studydaddy.com/question/confidence-interval-estimation-discussion).
func TestDraftMarginIntoStated(t *testing.T) {
	tests := []struct {
		text      string
		stated    string
		value     float64
		unit      string
		margin    float64
		kind      indicators.MarginKind
		direction indicators.Direction
	}{
		{"In the traditional survey area, the total duck population estimate was 41.2 ± 0.8 [SE] million birds.\n",
			"41.2 ± 0.8 [SE] million birds", 41.2e6, "bird", 0.8e6, indicators.StandardError, indicators.NoDirection},
		{"Mallard abundance was 8.0 ± 0.3 million birds, which was 10% above last year's estimate.\n",
			"8.0 ± 0.3 million birds", 8e6, "bird", 0.3e6, indicators.UnknownMargin, indicators.NoDirection},
		{"Privately-owned housing starts in May 2019 were up 0.1 percent (±0.4 percent)* from the revised April estimate.\n",
			"0.1 percent (±0.4 percent)", 0.1, "percent", 0.4, indicators.UnknownMargin, indicators.Up},
		{"In the poll, 39±2% of the voters agree with the president.\n",
			"39±2%", 39, "percent", 2, indicators.UnknownMargin, indicators.NoDirection},
	}
	for _, tc := range tests {
		c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tc.text})
		var got *indicators.Indicator
		for i := range c.Indicators {
			if c.Indicators[i].Stated == tc.stated {
				got = &c.Indicators[i]
			}
		}
		if got == nil {
			t.Errorf("draft of %q: no indicator stated %q:\n%s", tc.text, tc.stated, yaml)
			continue
		}
		q := got.Quantity
		if q.Value.Float64() != tc.value || got.Unit.String() != tc.unit || q.Margin.HalfWidth.Float64() != tc.margin || q.Margin.Kind != tc.kind || q.Direction != tc.direction {
			t.Errorf("draft of %q: %s %v, margin ±%v %v, direction %v; want %v %s, margin ±%v %v, direction %v",
				tc.text, q.Value, got.Unit, q.Margin.HalfWidth, q.Margin.Kind, q.Direction, tc.value, tc.unit, tc.margin, tc.kind, tc.direction)
		}
		for _, ind := range c.Indicators {
			if ind.Quantity.Value.Float64() == tc.margin && ind.Quantity.Margin.IsZero() {
				t.Errorf("draft of %q: the margin drafted as a claim of its own, %q", tc.text, ind.Stated)
			}
		}
	}
}
