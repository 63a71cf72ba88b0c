package pptx_test

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/pptx"
	"github.com/claimbook/claimbook/report/xlsx"
)

// rateCatalog returns a catalog of four death rates of one base worded
// three ways, as s22p-alcohol's were, and a bars view of them.
func rateCatalog(t *testing.T, units ...string) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Alcohol-specific deaths in the UK"}}}
	var ids []string
	for i, us := range units {
		u, err := indicators.ParseUnit(us)
		if err != nil {
			t.Fatal(err)
		}
		st := []string{"20.8", "11.6", "10.4", "9.9"}[i%4]
		q, _, err := indicators.ParseStated(st)
		if err != nil {
			t.Fatal(err)
		}
		id := string(rune('a' + i))
		ids = append(ids, id)
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: "Alcohol-specific death rate, " + []string{"Scotland", "UK", "England", "Wales"}[i%4],
			Stated: st, Quantity: q, Unit: u, Measure: indicators.Level, Period: indicators.YearPeriod(2018), Status: indicators.Fact, Entities: []string{"GB"},
			Provenance: []indicators.Provenance{{Source: "src", Quote: st, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	c.Views = []indicators.ChartView{{ID: "rates", Title: "Alcohol-specific death rates, 2018", Kind: indicators.Bars, Indicators: ids}}
	return c
}

// TestOneRateWordingEveryWriter checks that a Go caller of the chart, book
// and deck writers gets one wording of one rate base, the one most of
// the catalog's figures use, as claimbook build writes it, and that the
// caller's catalog is left as it was.
func TestOneRateWordingEveryWriter(t *testing.T) {
	tests := []struct {
		name        string
		units       []string
		want, never string
	}{
		{"three wordings", []string{"death per 100,000 people", "death per 100,000 people", "death per 100,000 population", "death per 100,000"}, "per 100,000 people", "100,000 population"},
		{"one wording", []string{"death per 100,000 population", "death per 100,000 population"}, "per 100,000 population", "100,000 people"},
	}
	for _, tt := range tests {
		c := rateCatalog(t, tt.units...)
		before := make([]indicators.Unit, len(c.Indicators))
		for i, ind := range c.Indicators {
			before[i] = ind.Unit
		}
		s, err := chart.NewSlide(c, &c.Views[0], nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", tt.name, err)
		}
		if !strings.Contains(s.Subtitle, tt.want) || strings.Contains(s.Subtitle, tt.never) {
			t.Errorf("%s: chart subtitle %q, want %q and never %q", tt.name, s.Subtitle, tt.want, tt.never)
		}
		var book, deck bytes.Buffer
		if err := xlsx.Write(&book, c, nil); err != nil {
			t.Fatalf("%s: xlsx.Write: %v", tt.name, err)
		}
		if err := pptx.Write(&deck, c, nil); err != nil {
			t.Fatalf("%s: pptx.Write: %v", tt.name, err)
		}
		for name, out := range map[string][]byte{"book": book.Bytes(), "deck": deck.Bytes()} {
			text := zipText(t, out)
			if !strings.Contains(text, tt.want) {
				t.Errorf("%s: %s says no %q", tt.name, name, tt.want)
			}
			if strings.Contains(text, tt.never) {
				t.Errorf("%s: %s says %q, want only %q", tt.name, name, tt.never, tt.want)
			}
		}
		for i, ind := range c.Indicators {
			if ind.Unit != before[i] {
				t.Errorf("%s: the caller's indicator %s has unit %v after writing, want %v unchanged", tt.name, ind.ID, ind.Unit, before[i])
			}
		}
	}
}

// zipText returns the XML parts of the package out, one after another.
func zipText(t *testing.T, out []byte) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, f := range zr.File {
		if !strings.HasSuffix(f.Name, ".xml") {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, _ := io.ReadAll(rc)
		rc.Close()
		b.Write(data)
	}
	return b.String()
}
