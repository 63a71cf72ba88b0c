package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestExtractConcentration: a mass followed by one of
// lexicon.PerCubicMetre's forms is one unit, the mass per cubic metre, as
// indicators.ParseUnit reads the same words; a mass with no such form
// after it, or with a word glued on, keeps the mass alone.
func TestExtractConcentration(t *testing.T) {
	for _, tc := range []struct {
		text, want, unit string
	}{
		{"PM10 levels averaged 22 µg m-3 in 2007.", "22 µg m-3", "µg m-3"},
		{"Urban background PM2.5 averaged 9.4 µg/m3 in 2019.", "9.4 µg/m3", "µg/m3"},
		{"The annual mean was 31 μg m⁻³ at roadside sites.", "31 μg m⁻³", "μg m⁻³"},
		{"The annual mean was 31 µg m−3 at roadside sites.", "31 µg m−3", "µg m−3"},
		{"The limit value is 40 ug/m3 for nitrogen dioxide.", "40 ug/m3", "ug/m3"},
		{"Benzene stayed under 5 µg per m3 in 2010.", "under 5 µg per m3", "µg per m3"},
		{"Carbon monoxide peaked at 0.5 mg/m3 in 2015.", "0.5 mg/m3", "mg/m3"},
		{"Benzo[a]pyrene averaged 0.6 ng m-3 at urban sites.", "0.6 ng m-3", "ng m-3"},
		{"The hourly mean reached 200 micrograms/m3 once.", "200 micrograms/m3", "micrograms/m3"},
		{"The daily mean was 50µg/m3 or less.", "50µg/m3 or less", "µg/m3"},
		{"Each tablet holds 20 µg of vitamin D.", "20 µg", "µg"},
		{"Each tablet holds 20 µg m-30 of it.", "20 µg", "µg"},
	} {
		var got *Mention
		for _, m := range Extract(tc.text) {
			if m.Kind == Measure {
				got = &m
				break
			}
		}
		if got == nil {
			t.Errorf("Extract(%q): no measure, want %q", tc.text, tc.want)
			continue
		}
		want, err := indicators.ParseUnit(tc.unit)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", tc.unit, err)
		}
		if got.Text != tc.want || got.Unit != want {
			t.Errorf("Extract(%q) = %q, unit %q; want %q, unit %q", tc.text, got.Text, got.Unit.String(), tc.want, want.String())
		}
	}
}

// TestDraftConcentration drafts an air quality sentence: the claims keep
// the concentration's unit, load and verify (draftOf fails otherwise).
func TestDraftConcentration(t *testing.T) {
	text := "Air quality statistics\n\nPM10 levels averaged 22 µg m-3 in 2007 and 20 microgrammes per cubic metre in 2008.\n"
	c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: text})
	want := map[string]bool{"22 µg m-3": false, "20 microgrammes per cubic metre": false}
	for _, ind := range c.Indicators {
		if _, ok := want[ind.Stated]; ok {
			want[ind.Stated] = true
			if got := ind.Unit.String(); got != "ug per cubic metre" {
				t.Errorf("%q drafted with unit %q, want %q", ind.Stated, got, "ug per cubic metre")
			}
		}
	}
	for stated, ok := range want {
		if !ok {
			t.Errorf("%q not drafted:\n%s", stated, yaml)
		}
	}
	if strings.Contains(yaml, "not drafted: 22") {
		t.Errorf("22 µg m-3 explained away:\n%s", yaml)
	}
}

// TestDraftGluedConcentration drafts concentrations glued to their
// figures (review22 item 4): each is drafted with its unit, as a level (a
// reading, not an amount over the year), and the draft loads and
// verifies.
func TestDraftGluedConcentration(t *testing.T) {
	text := "Air quality statistics\n\nThe annual mean concentration of nitrogen dioxide at roadside sites was 40µg/m3 in 2020, down from 45µg/m3 in 2019.\n"
	c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: text})
	found := 0
	for _, ind := range c.Indicators {
		if ind.Stated != "40µg/m3" && ind.Stated != "45µg/m3" {
			continue
		}
		found++
		if got := ind.Unit.String(); got != "ug per cubic metre" {
			t.Errorf("%q drafted with unit %q, want %q", ind.Stated, got, "ug per cubic metre")
		}
		if ind.Measure != indicators.Level {
			t.Errorf("%q drafted as %v, want level", ind.Stated, ind.Measure)
		}
	}
	if found != 2 {
		t.Errorf("drafted %d of the 2 concentrations:\n%s", found, yaml)
	}
}
