package chart

import (
	"slices"
	"strings"
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
		{"birds", "against-average", "United States and Canada; percent change from 1955–2006 to 2007 (estimates); traditional survey area"},
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

// TestRisesSayUp: a reported rise says "up" on its bar among rises as
// among falls, as the book, the headline and the deck say it
// (s32c-childmaint: "5,100 new applications" and "72,000 children" under
// "change from Q3 2023 to Q3 2024"); a target to raise keeps its size.
func TestRisesSayUp(t *testing.T) {
	for _, tc := range []struct {
		status indicators.Status
		want   []string
	}{
		{indicators.Fact, []string{"up 5,100 applications", "up 72,000 children"}},
		{indicators.Target, nil}, // no label says "up"
	} {
		c := figCatalog(t,
			fig{id: "a", title: "Change in new applications", stated: "5,100 applications", period: "2024-Q3", measure: indicators.Change, status: tc.status},
			fig{id: "b", title: "Change in children covered", stated: "72,000 children", period: "2024-Q3", measure: indicators.Change, status: tc.status})
		base, err := indicators.ParsePeriod("2023-Q3")
		if err != nil {
			t.Fatal(err)
		}
		for i := range c.Indicators {
			c.Indicators[i].Quantity.Direction, c.Indicators[i].Base = indicators.Up, base
		}
		s := figSlide(t, c, "all")
		var got []string
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, b.Value)
		}
		if tc.want == nil && slices.ContainsFunc(got, func(l string) bool { return strings.HasPrefix(l, "up ") }) || tc.want != nil && !slices.Equal(got, tc.want) {
			t.Errorf("%v rises: labels %q, want %q", tc.status, got, tc.want)
		}
	}
}
