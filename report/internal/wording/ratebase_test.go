package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// mustUnit parses a catalog's unit or stops the test.
func mustUnit(t *testing.T, s string) indicators.Unit {
	t.Helper()
	u, err := indicators.ParseUnit(s)
	if err != nil {
		t.Fatalf("ParseUnit(%q): %v", s, err)
	}
	return u
}

// TestFigureEnd: the figure of a label ends at its last digits or the
// scale after them, never in a rate's base (s21o-suicide: "100,000" read
// as the figure).
func TestFigureEnd(t *testing.T) {
	tests := []struct {
		label string
		scale indicators.Scale
		want  int
	}{
		{"10.3 deaths per 100,000", indicators.NoScale, 0},
		{"7.8 per 100,000", indicators.NoScale, 0},
		{"16.8 deaths per 100,000 population", indicators.NoScale, 0},
		{"1.5 million", indicators.Million, 1},
		{"about 1.5 million people", indicators.Million, 2},
		{"187", indicators.NoScale, 0},
		{"34 290", indicators.NoScale, 1},
		{"three", indicators.NoScale, -1},
		{"per 1,000", indicators.NoScale, -1},
	}
	for _, tt := range tests {
		if got := FigureEnd(tt.label, indicators.Quantity{Scale: tt.scale}); got != tt.want {
			t.Errorf("FigureEnd(%q) = %d, want %d", tt.label, got, tt.want)
		}
	}
}

// TestCountedRate: a rate's label gets its counted noun after its figure,
// never after its base, and its base once (s21o-suicide: "10.3 deaths
// per 100,000 deaths" on every chart and slide).
func TestCountedRate(t *testing.T) {
	tests := []struct {
		label, unit, want string
	}{
		{"10.3 deaths per 100,000", "death per 100,000", "10.3 deaths per 100,000"},
		{"7.8 per 100,000", "death per 100,000", "7.8 deaths per 100,000"},
		{"7.8", "death per 100,000 population", "7.8 deaths per 100,000 population"},
		{"16.8 deaths per 100,000 population", "death per 100,000 population", "16.8 deaths per 100,000 population"},
		{"1 per 1,000", "birth per 1,000", "1 birth per 1,000"},
		{"187", "center", "187 centers"},
		{"13.6", "pupil per teacher", "13.6 pupils per teacher"},
	}
	for _, tt := range tests {
		q, _, err := indicators.ParseStated(tt.label)
		if err != nil {
			q = indicators.Quantity{}
		}
		if got := Counted(tt.label, mustUnit(t, tt.unit), q); got != tt.want {
			t.Errorf("Counted(%q, %q) = %q, want %q", tt.label, tt.unit, got, tt.want)
		}
	}
}

// TestOneRate: a rate per a bare size beside the same rate per that
// size of the population is one unit, said one way; a base that narrows
// the people is another (s21o-suicide; s16g-marriages).
func TestOneRate(t *testing.T) {
	tests := []struct {
		name  string
		units []string
		want  []string
	}{
		{"bare beside population", []string{"death per 100,000 population", "death per 100,000"}, []string{"death per 100,000 population", "death per 100,000 population"}},
		{"bare alone", []string{"death per 100,000", "death per 100,000"}, []string{"death per 100,000", "death per 100,000"}},
		{"another noun", []string{"death per 100,000 population", "case per 100,000"}, []string{"death per 100,000 population", "case per 100,000"}},
		{"another size", []string{"death per 100,000 population", "death per 1,000"}, []string{"death per 100,000 population", "death per 1,000"}},
		{"a narrower base", []string{"marriage per 1,000 unmarried men", "marriage per 1,000"}, []string{"marriage per 1,000 unmarried men", "marriage per 1,000"}},
		// "people" and "population" are one base too (indicators'
		// one rule): one each, the longer wording.
		{"two fuller wordings", []string{"death per 1,000 people", "death per 1,000 population", "death per 1,000"}, []string{"death per 1,000 population", "death per 1,000 population", "death per 1,000 population"}},
	}
	for _, tt := range tests {
		var bars []Bar
		for _, u := range tt.units {
			bars = append(bars, Bar{Figure: Figure{Unit: mustUnit(t, u)}})
		}
		var got []string
		for _, b := range OneRate(bars) {
			got = append(got, b.Unit.String())
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: OneRate(%q) = %q, want %q", tt.name, tt.units, got, tt.want)
		}
		if bars[len(bars)-1].Unit.String() != tt.units[len(tt.units)-1] {
			t.Errorf("%s: OneRate changed its argument", tt.name)
		}
	}
}

// TestRateSubtitle: the subtitle of rates of one death rate written two
// ways names the rate whole, never "Deaths" (s21o-suicide).
func TestRateSubtitle(t *testing.T) {
	tests := []struct {
		units []string
		want  string
	}{
		{[]string{"death per 100,000 population", "death per 100,000"}, "Deaths per 100,000 population"},
		{[]string{"death per 100,000", "death per 100,000"}, "Deaths per 100,000"},
	}
	for _, tt := range tests {
		var bars []Bar
		for _, u := range tt.units {
			bars = append(bars, Bar{Figure: Figure{Unit: mustUnit(t, u), Measure: indicators.Level}})
		}
		if got, _ := Subtitle("Suicide rates by UK country", bars); got != tt.want {
			t.Errorf("Subtitle(%q) unit = %q, want %q", tt.units, got, tt.want)
		}
		if !RatesShort(bars) {
			t.Errorf("RatesShort(%q) = false, want true", tt.units)
		}
	}
}

// TestTitledRateBase: a bare base beside the base a chart's title names
// with its counted noun is that base, said once; a bare base the title
// does not name keeps its wording (injuries: "per 100,000 and per
// 100,000 workers").
func TestTitledRateBase(t *testing.T) {
	tests := []struct {
		title string
		units []string
		want  string
	}{
		{"Fatal work injury rate per 100,000 workers", []string{"per 100,000", "per 100,000 workers"}, "Per 100,000 workers"},
		{"Fatal work injury rate", []string{"per 100,000", "per 100,000 workers"}, "Per 100,000 and per 100,000 workers"},
		{"Marriage rate per 1,000 unmarried men", []string{"per 1,000", "per 1,000 unmarried women"}, "Per 1,000 and per 1,000 unmarried women"},
	}
	for _, tt := range tests {
		var bars []Bar
		for _, u := range tt.units {
			bars = append(bars, Bar{Figure: Figure{Unit: mustUnit(t, u), Measure: indicators.Level}})
		}
		if got, _ := Subtitle(tt.title, bars); got != tt.want {
			t.Errorf("Subtitle(%q, %q) unit = %q, want %q", tt.title, tt.units, got, tt.want)
		}
	}
}
