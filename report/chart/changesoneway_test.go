package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestChangesOneWay: a chart of percent changes says them in one
// phrase: birds' "14% greater" (its catalog gives no direction) beside
// four rises read "Percent from the previous year and percent increase
// over the previous year"; all are changes from the previous year. A
// change of no stated direction is a "change", never "Percent from …";
// rises alone stay an increase, and both ways a change. Two kinds. Their
// titles name no place, which the subtitle then says (wording.PlaceSaid);
// birds' all end "…, traditional survey area", which it says once
// (wording.BarTitles).
func TestChangesOneWay(t *testing.T) {
	for _, tc := range []struct{ kind, view, want string }{
		{"birds", "change-on-2006", "United States and Canada; percent change from the previous year (estimates); traditional survey area"},
		{"birds", "against-average", "United States and Canada; percent increase from 1955–2006 to 2007 (estimates); traditional survey area"},
		{"construction", "nominal-changes", "Hong Kong SAR, China; percent change from Q1 2008 to Q1 2009 (estimates)"},
	} {
		c, err := indicators.Load("../../testdata/kinds/" + tc.kind + "/catalog.yaml")
		if err != nil {
			t.Fatal(err)
		}
		v, ok := c.View(tc.view)
		if !ok {
			t.Fatalf("%s: no view %s", tc.kind, tc.view)
		}
		s, err := NewSlide(c, v, nil)
		if err != nil {
			t.Fatal(err)
		}
		if s.Subtitle != tc.want {
			t.Errorf("%s %s: subtitle %q, want %q", tc.kind, tc.view, s.Subtitle, tc.want)
		}
	}
}
