package indicators_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"slices"

	"github.com/claimbook/claimbook/indicators"
)

// Find the document's own words for a derived figure: the ratio of two
// earnings quoted in one sentence with "80 percent".
func ExampleCatalog_Restating() {
	text := "Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who were union members ($1,004)."
	sum := sha256.Sum256([]byte(text))
	catalog := `claimbook: 1
sources:
  - {id: doc, title: Union members, publisher: BLS, issued: 2017-01-26, text: doc.txt, sha256: ` + hex.EncodeToString(sum[:]) + `}
indicators:
  - {id: nonunion, title: Nonunion earnings, measure: level, status: estimate, stated: "$802", period: 2016, provenance: [{source: doc, quote: "nonunion workers ($802)"}]}
  - {id: union, title: Union earnings, measure: level, status: estimate, stated: "$1,004", period: 2016, provenance: [{source: doc, quote: "union members ($1,004)"}]}
  - {id: stated-ratio, title: Nonunion as a share of union earnings, measure: share, status: estimate, stated: 80 percent, period: 2016, provenance: [{source: doc, quote: "` + text + `"}]}
derived:
  - {id: earnings-ratio, title: Nonunion over union earnings, formula: ratio, inputs: [nonunion, union]}
`
	c, err := indicators.Parse("catalog.yaml", []byte(catalog), func(p string) ([]byte, error) {
		if p == "doc.txt" {
			return []byte(text), nil
		}
		return nil, fs.ErrNotExist
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	r, _ := c.Compute("earnings-ratio")
	for _, x := range c.Restating("earnings-ratio") {
		fmt.Printf("%s: the document says %q (%s)\n", r.Said(indicators.Style{Words: true}), x.Stated, x.ID)
	}
	// Output:
	// 0.80 times: the document says "80 percent" (stated-ratio)
}

// Word one rate base one way across a catalog and indicators streamed
// beside it, as xlsx.WriteSeq does: the base most of them use wins.
func ExampleCatalog_OneRateWordedSeq() {
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		{ID: "a", Unit: indicators.MustParseUnit("death per 100,000 people")},
		{ID: "b", Unit: indicators.MustParseUnit("death per 100,000 people")},
	}}
	more := slices.Values([]*indicators.Indicator{
		{ID: "c", Unit: indicators.MustParseUnit("death per 100,000 population")},
	})
	worded, seq := c.OneRateWordedSeq(more)
	for _, ind := range worded.Indicators {
		fmt.Println(ind.ID, ind.Unit)
	}
	for ind := range seq {
		fmt.Println(ind.ID, ind.Unit)
	}
	// Output:
	// a death per 100,000 people
	// b death per 100,000 people
	// c death per 100,000 people
}
