package pptx_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestClaimLineBase: the deck's list of claims says what a change is
// from after its figure ("down 5% on FY 2013–14"), unless its title says
// it, never its end period alone, and the title then drops a base it
// ends on.
func TestClaimLineBase(t *testing.T) {
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		title, stated string
		d             indicators.Direction
		period, base  string
		want          string
	}{
		{"Change in recorded crime on the year before", "5%", indicators.Down, "FY2014-15", "FY2013-14",
			"Change in recorded crime: down 5% from FY 2013–14 to FY 2014–15"},
		{"Rise in live births", "23%", indicators.Up, "2012", "2001",
			"Rise in live births: up 23% from 2001 to 2012"},
		// Every change of a base says "from … to …" after its figure,
		// whatever its title says, so the lines of one slide read alike
		// (s14d-homeless: "up 20%, 2024" under "… since 2023" beside
		// "up 186 people from 2023 to 2024").
		{"Fall in recorded crime since 2005-06", "39%", indicators.Down, "FY2014-15", "FY2005-06",
			"Fall in recorded crime since 2005-06: down 39% from FY 2005–06 to FY 2014–15"},
		{"Change in admissions to prison from 2021", "48,200", indicators.Up, "2022", "2021",
			"Change in admissions to prison: up 48,200 from 2021 to 2022"},
		{"Change in people sleeping rough since 2023", "20%", indicators.Up, "2024", "2023",
			"Change in people sleeping rough: up 20% from 2023 to 2024"},
		// The title then drops the base the line says (s32c-postal: "…
		// on 2012: up 3.7 per cent from 2012 to 2013").
		{"Change in worldwide parcel traffic on 2012", "3.7 per cent", indicators.Up, "2013", "2012",
			"Change in worldwide parcel traffic: up 3.7 per cent from 2012 to 2013"},
	}
	for _, tt := range tests {
		ind := indicatortest.Change(t, "c", tt.stated, tt.d)
		ind.Title, ind.Period, ind.Base = tt.title, period(tt.period), period(tt.base)
		slides, err := pptx.Slides(&indicators.Catalog{Indicators: []indicators.Indicator{ind}})
		if err != nil {
			t.Fatal(err)
		}
		ls := listed(slides)
		if len(ls) != 1 || len(ls[0].Body) != 1 {
			t.Fatalf("Slides(%q): %d closing slides, want one of one line", tt.title, len(ls))
		}
		if got := ls[0].Body[0]; got != tt.want {
			t.Errorf("claim line of %q = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestClaimLinePercentAsPoints: a change the document writes "0.1%" that
// the catalog reads as points (percent_as_points) is said in points on
// the deck's list of claims, never "down 0.1%" (s13-vaccines).
func TestClaimLinePercentAsPoints(t *testing.T) {
	ind := indicatortest.Change(t, "c", "0.1%", indicators.Down)
	ind.Title, ind.Unit, ind.PercentAsPoints = "Change in UK coverage of the 6-in-1 vaccine at 12 months", indicators.PercentagePointUnit, true
	ind.Period, ind.Base = indicators.Period{From: indicators.Date{Year: 2022, Month: 10}, To: indicators.Date{Year: 2022, Month: 12}}, indicators.Period{From: indicators.Date{Year: 2022, Month: 7}, To: indicators.Date{Year: 2022, Month: 9}}
	slides, err := pptx.Slides(&indicators.Catalog{Indicators: []indicators.Indicator{ind}})
	if err != nil {
		t.Fatal(err)
	}
	ls := listed(slides)
	if len(ls) != 1 || len(ls[0].Body) != 1 {
		t.Fatalf("Slides: %d closing slides, want one of one line", len(ls))
	}
	if got, want := ls[0].Body[0], "Change in UK coverage of the 6-in-1 vaccine at 12 months: down 0.1 percentage points from Q3 2022 to Q4 2022"; got != want {
		t.Errorf("claim line = %q, want %q", got, want)
	}
}
