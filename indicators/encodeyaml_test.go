package indicators

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestEncodeYAMLParts: writing the indicators one at a time gives the bytes
// of one Encode of the whole document: long titles folded at the same
// column, comments above the first and later indicators, a trailer before
// the views, and a catalog without indicators.
func TestEncodeYAMLParts(t *testing.T) {
	text := "Trade was $279 billion in 2014. Stock was nearly $350 billion.\n"
	long := strings.Repeat("a very long title that the encoder folds at its width ", 3)
	c := &Catalog{
		Sources: []Source{{ID: "s", Title: "S", TextPath: "s.txt", Text: text, SHA256: "00"}},
	}
	for i := range 3 {
		c.Indicators = append(c.Indicators, Indicator{ID: fmt.Sprintf("x%d", i), Title: long, Stated: "$279 billion",
			Period: YearPeriod(2014), Provenance: []Provenance{{Source: "s", Quote: "Trade was $279 billion", Span: Span{Start: 0, End: 22}}}})
	}
	c.Views = []ChartView{{ID: "v", Title: "V", Kind: Bars, Indicators: []string{"x0", "x1"}}}
	whole := func(doc *yaml.Node) string {
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		enc.Close()
		return b.String()
	}
	for _, tc := range []struct {
		name string
		c    *Catalog
		note func(doc *yaml.Node)
	}{
		{"indicators with folded titles", c, nil},
		{"comments above indicators and a trailer before the views", c, func(doc *yaml.Node) {
			inds := mapValue(doc.Content[0], "indicators")
			inds.Content[0].HeadComment = "# first"
			inds.Content[2].HeadComment = "# third\n# again"
			mapKey(doc.Content[0], "views").HeadComment = "# not drafted: 5 things"
		}},
		{"no indicators", &Catalog{Sources: c.Sources}, nil},
	} {
		doc := tc.c.yamlNode()
		if tc.note != nil {
			tc.note(doc)
		}
		want := whole(doc)
		var got bytes.Buffer
		if err := encodeYAML(&got, doc); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			t.Errorf("%s: encodeYAML =\n%s\nwant (one Encode)\n%s", tc.name, got.String(), want)
		}
	}
}
