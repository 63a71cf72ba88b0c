package indicators

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The model WriteJSON wrote through encoding/json before it streamed: the
// reference the streaming writer is held to.

type jsonProvenance struct {
	Source  string   `json:"source"`
	Section []string `json:"section"`
	Quote   string   `json:"quote"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

type jsonNote struct {
	Text    string `json:"text"`
	Context bool   `json:"context,omitempty"`
	Source  string `json:"source,omitempty"`
}

type jsonIndicator struct {
	ID          string           `json:"id"`
	Title       string           `json:"title"`
	Entities    []string         `json:"entities"`
	Counterpart string           `json:"counterpart"`
	Measure     string           `json:"measure"`
	Status      string           `json:"status"`
	Value       *json.Number     `json:"value"`
	Low         *json.Number     `json:"low"`
	High        *json.Number     `json:"high"`
	Qualifier   string           `json:"qualifier"`
	Direction   string           `json:"direction"`
	Unit        string           `json:"unit"`
	Scale       string           `json:"scale"`
	Stated      string           `json:"stated"`
	Noun        string           `json:"noun,omitempty"`
	Hedge       string           `json:"hedge,omitempty"`
	Period      *string          `json:"period"`
	Provenance  []jsonProvenance `json:"provenance"`
	Description string           `json:"description,omitempty"`
	Denominator string           `json:"denominator,omitempty"`
	Base        string           `json:"base,omitempty"`
	Announced   string           `json:"announced,omitempty"`
	Notes       []jsonNote       `json:"notes,omitempty"`
	Series      string           `json:"series,omitempty"`
}

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
	for _, s := range c.Sources {
		out.Sources = append(out.Sources, jsonSource{ID: s.ID, Title: s.Title, Publisher: s.Publisher, Short: s.Short,
			Issued: s.Issued.String(), URL: s.URL, SHA256: s.SHA256, Accessed: s.Accessed.String(), Citation: s.Citation})
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		j := jsonIndicator{
			ID: ind.ID, Title: ind.Title, Entities: nonNil(ind.Entities), Counterpart: ind.Counterpart,
			Measure: ind.Measure.String(), Status: ind.Status.String(), Qualifier: ind.Quantity.Qualifier.String(),
			Direction: ind.Quantity.Direction.String(), Unit: ind.Unit.String(), Scale: ind.Quantity.Scale.String(),
			Stated: ind.Stated, Noun: ind.Quantity.Noun, Hedge: ind.Quantity.Hedge, Description: ind.Description, Denominator: ind.Denominator,
			Announced: ind.Announced.String(), Provenance: []jsonProvenance{}, Series: ind.Series,
		}
		j.Value, j.Low, j.High = quantityNumbers(ind.Quantity)
		if ind.Period.IsStated() {
			p := ind.Period.String()
			j.Period = &p
		}
		if ind.Base.IsStated() {
			j.Base = ind.Base.String()
		}
		for _, n := range ind.Notes {
			j.Notes = append(j.Notes, jsonNote(n))
		}
		for _, p := range ind.Provenance {
			r := runeSpan(p)
			j.Provenance = append(j.Provenance, jsonProvenance{Source: p.Source, Section: nonNil(p.Section), Quote: p.Quote, Start: r.Start, End: r.End})
		}
		out.Indicators = append(out.Indicators, j)
	}
	for i := range c.Derived {
		d := &c.Derived[i]
		r, err := c.Compute(d.ID)
		out.Derived = append(out.Derived, derivedJSON(d, r, err == nil))
	}
	for _, v := range c.Views {
		out.Views = append(out.Views, jsonView{ID: v.ID, Title: v.Title, Subtitle: v.Subtitle, Kind: v.Kind.String(), Indicators: nonNil(v.Indicators), Series: v.Series, Notes: v.Notes})
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
