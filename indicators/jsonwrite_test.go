package indicators

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// jsonCatalog is the whole JSON export as one value: encoding/json writes of
// it the bytes the streaming writer must write, so TestWriteJSONStreams
// holds the writer's frame (the document's members, their order, empty
// lists) to the element types of encode.go.
type jsonCatalog struct {
	Sources    []jsonSource    `json:"sources"`
	Indicators []jsonIndicator `json:"indicators"`
	Derived    []jsonDerived   `json:"derived"`
	Views      []jsonView      `json:"views"`
	Series     []jsonSeries    `json:"series"`
	Conflicts  []jsonConflict  `json:"conflicts"`
}

func (c *Catalog) jsonModel() jsonCatalog {
	runeSpan := c.RuneSpans().Of
	out := jsonCatalog{
		Sources:    []jsonSource{},
		Indicators: make([]jsonIndicator, 0, len(c.Indicators)),
		Derived:    []jsonDerived{},
		Views:      []jsonView{},
	}
	for i := range c.Sources {
		out.Sources = append(out.Sources, sourceJSON(&c.Sources[i]))
	}
	for i := range c.Indicators {
		out.Indicators = append(out.Indicators, indicatorJSON(&c.Indicators[i], runeSpan))
	}
	for i := range c.Derived {
		d := &c.Derived[i]
		r, err := c.Compute(d.ID)
		out.Derived = append(out.Derived, derivedJSON(c, d, r, err == nil))
	}
	for i := range c.Views {
		out.Views = append(out.Views, viewJSON(&c.Views[i]))
	}
	m := c.seriesModel(c.SeriesPoints())
	out.Series, out.Conflicts = m.series, m.conflicts
	return out
}

// referenceJSON is WriteJSON as it was: the model through encoding/json.
func referenceJSON(t *testing.T, c *Catalog) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(c.jsonModel()); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// oddCatalog is a catalog built in Go with every optional field of the
// export set and strings that encoding/json escapes.
func oddCatalog(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load("usjapan2015/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	odd := "a <b> & \"c\" \\ \t\n\r\b\f\x01\x1f\x7f é \u2028\u2029 \xff end"
	ind := &c.Indicators[0]
	ind.Title = odd
	ind.Description, ind.Denominator, ind.Counterpart = odd, "GDP", "JP"
	ind.Base, _ = ParsePeriod("2010")
	ind.Announced, _ = ParseDate("2015-04-28")
	ind.Notes = []Note{{Text: odd}, {Text: "n", Context: true, Source: "x"}}
	ind.Provenance = append(ind.Provenance, Provenance{Source: "nowhere", Quote: odd, Section: []string{"A", odd}, Span: Span{Start: 3, End: 9}})
	c.Indicators[1].Entities, c.Indicators[1].Provenance = nil, nil
	c.Indicators[1].Period = NotStated
	c.Series = []Series{{ID: "s", Title: odd}}
	for i := range c.Indicators[2:5] {
		c.Indicators[2+i].Series = "s"
		c.Indicators[2+i].Period, _ = ParsePeriod("2014")
	}
	c.Sources[0].Short, c.Sources[0].Citation = odd, odd
	if len(c.Views) > 0 {
		c.Views[0].Notes, c.Views[0].Subtitle = []string{odd}, odd
	}
	return c
}

// TestWriteJSONStreams holds the streaming JSON writer to the bytes
// encoding/json wrote of the export's model.
func TestWriteJSONStreams(t *testing.T) {
	usjapan, err := Load("usjapan2015/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		c    *Catalog
	}{
		{"empty", &Catalog{}},
		{"good", mustLoadGood(t)},
		{"usjapan2015", usjapan},
		{"odd", oddCatalog(t)},
	} {
		var b bytes.Buffer
		if err := WriteJSON(&b, tc.c); err != nil {
			t.Fatal(err)
		}
		if got, want := b.String(), referenceJSON(t, tc.c); got != want {
			t.Errorf("WriteJSON(%s) differs from encoding/json (-want +got):\n%s", tc.name, cmp.Diff(strings.Split(want, "\n"), strings.Split(got, "\n")))
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

// TestWriteJSONWriteError checks that WriteJSON returns the writer's
// error, whether the writer fails at once or at the end.
func TestWriteJSONWriteError(t *testing.T) {
	c := mustLoadGood(t)
	var b bytes.Buffer
	if err := WriteJSON(&b, c); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, b.Len() - 1} {
		if err := WriteJSON(&failWriter{n: n}, c); !errors.Is(err, errFull) {
			t.Errorf("WriteJSON to a writer that fails after %d of %d bytes = %v, want %v", n, b.Len(), err, errFull)
		}
	}
}
