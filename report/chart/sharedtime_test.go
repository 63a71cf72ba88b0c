package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// sharedTimeCatalog is the shape of the homelessness release's changes:
// changes on the same quarter a year earlier, and one of a stock on the
// same day a year earlier.
func sharedTimeCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	mk := func(id, title, stated, p, base string) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, indicators.Up)
		ind.Title, ind.Period, ind.Base, ind.Status = title, period(p), period(base), indicators.Fact
		return ind
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		mk("owed", "Households owed a duty", "4.4%", "2022-Q3", "2021-Q3"),
		mk("relief", "Households owed a relief duty", "2.9%", "2022-Q3", "2021-Q3"),
		mk("main", "Households owed a main duty", "18.1%", "2022-Q3", "2021-Q3"),
		mk("ta", "Households in temporary accommodation", "3.9%", "2022-09-30", "2021-09-30"),
	}}
	c.Views = []indicators.ChartView{{ID: "v", Title: "Change on a year earlier", Kind: indicators.Bars, Indicators: []string{"owed", "relief", "main", "ta"}}}
	return c
}

// TestSharedTimeSaidOnce: bars that share a period and base leave it to
// the subtitle, which says it once; only the bar of another says its own.
func TestSharedTimeSaidOnce(t *testing.T) {
	c := sharedTimeCatalog(t)
	s, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatalf("NewSlide: %v", err)
	}
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Label)
	}
	want := []string{
		"Households owed a duty",
		"Households owed a relief duty",
		"Households owed a main duty",
		"Households in temporary accommodation (30 September 2022, compared with 30 September 2021)",
	}
	if !cmp.Equal(got, want) {
		t.Errorf("NewSlide labels = %q, want %q", got, want)
	}
	if got, want := s.Subtitle, "Percent change from Q3 2021 to Q3 2022"; got != want {
		t.Errorf("NewSlide subtitle = %q, want %q", got, want)
	}
}
