package indicators_test

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestOneRateWording: the bases of rates that are one base worded several
// ways take the wording most indicators use, so that one chart says one
// unit (s22p-alcohol: "per 100,000 people", "per 100,000 population" and
// "per 100,000" on one catalog); other bases and units stay.
func TestOneRateWording(t *testing.T) {
	tests := []struct {
		name  string
		units []string
		want  []string
		n     int
	}{
		{"most used",
			[]string{"death per 100,000 people", "death per 100,000 population", "death per 100,000 people", "death per 100,000"},
			[]string{"death per 100,000 people", "death per 100,000 people", "death per 100,000 people", "death per 100,000 people"}, 2},
		{"tie to the longer",
			[]string{"death per 100,000", "death per 100,000 population"},
			[]string{"death per 100,000 population", "death per 100,000 population"}, 1},
		{"other bases stay",
			[]string{"death per 1,000 live births", "death per 100,000 population", "birth per 1,000 women", "death"},
			[]string{"death per 1,000 live births", "death per 100,000 population", "birth per 1,000 women", "death"}, 0},
		{"other nouns stay",
			[]string{"death per 100,000 people", "admission per 100,000 population"},
			[]string{"death per 100,000 people", "admission per 100,000 population"}, 0},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for _, s := range tt.units {
			c.Indicators = append(c.Indicators, indicators.Indicator{Unit: indicators.MustParseUnit(s)})
		}
		n := c.OneRateWording()
		var got []string
		for _, ind := range c.Indicators {
			got = append(got, ind.Unit.String())
		}
		if n != tt.n || len(got) != len(tt.want) {
			t.Fatalf("%s: OneRateWording() = %d, units %q, want %d, %q", tt.name, n, got, tt.n, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: unit %d = %q, want %q", tt.name, i, got[i], tt.want[i])
			}
		}
	}
}

// TestExportsOneRateWording: the CSV and JSON exports word one rate base
// one way, as the book, deck and charts do, and leave the catalog as it
// is (review22: `export` wrote "death per 100,000" where `build` wrote
// "death per 100,000 population" for one catalog).
func TestExportsOneRateWording(t *testing.T) {
	c := &indicators.Catalog{}
	for i, s := range []string{"death per 100,000 population", "death per 100,000", "death per 100,000 population"} {
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: fmt.Sprint("r", i), Title: "Rate", Unit: indicators.MustParseUnit(s)})
	}
	for _, w := range []struct {
		name  string
		write func(io.Writer, *indicators.Catalog) error
	}{{"csv", indicators.WriteCSV}, {"json", indicators.WriteJSON}} {
		var buf bytes.Buffer
		if err := w.write(&buf, c); err != nil {
			t.Fatal(err)
		}
		out := strings.ReplaceAll(buf.String(), "death per 100,000 population", "")
		if strings.Contains(out, "death per 100,000") {
			t.Errorf("%s export words one base two ways:\n%s", w.name, buf.String())
		}
	}
	if got := c.Indicators[1].Unit.String(); got != "death per 100,000" {
		t.Errorf("the catalog's own unit = %q after export, want it as written", got)
	}
}
