// Command gocatalog encodes the claims of a short document in Go code,
// verifies them against the document's text, and prints them with the JSON
// export. It is the smallest complete use of package indicators without a
// catalog file.
//
// The document is an illustrative city budget note written for this
// example, not a real publication.
package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"

	"github.com/claimbook/claimbook/indicators"
)

// text is the document; its bytes are what the SHA-256 pins and the spans
// index.
const text = `Riverton Budget Note 2026

Capital plan
The council will spend $1.2 billion on transit over the next five years, up from about $900 million in the last plan.
It is to build 3-5 new stations and expects more than 40,000 extra riders a day.
`

// figure parses a figure as the document states it, or panics: the
// figures below are constants of this program.
func figure(stated string) (indicators.Quantity, indicators.Unit) {
	q, u, err := indicators.ParseStated(stated)
	if err != nil {
		panic(err)
	}
	return q, u
}

// catalog builds the catalog in Go.
func catalog() *indicators.Catalog {
	sum := sha256.Sum256([]byte(text))
	src := indicators.Source{
		ID: "riverton-2026", Title: "Riverton Budget Note 2026", Publisher: "City of Riverton (illustrative)",
		Issued: indicators.Date{Year: 2026, Month: 1, Day: 15}, Text: text, SHA256: hex.EncodeToString(sum[:]),
	}
	section := []string{"Riverton Budget Note 2026", "Capital plan"}
	add := func(c *indicators.Catalog, id, title, stated string, status indicators.Status, measure indicators.MeasureKind, quote string) {
		q, u := figure(stated)
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Status: status, Measure: measure,
			Entities: []string{"US"}, Period: indicators.NotStated,
			Provenance: []indicators.Provenance{{Source: src.ID, Section: section, Quote: quote}},
		})
	}
	c := &indicators.Catalog{Sources: []indicators.Source{src}}
	add(c, "transit-spend", "Transit capital spending, next five years", "$1.2 billion", indicators.Pledge, indicators.Flow,
		"The council will spend $1.2 billion on transit over the next five years")
	add(c, "transit-spend-previous", "Transit capital spending, last plan", "about $900 million", indicators.Fact, indicators.Flow,
		"up from about $900 million in the last plan")
	add(c, "new-stations", "New stations", "3-5 new stations", indicators.Pledge, indicators.CountKind,
		"It is to build 3-5 new stations")
	add(c, "extra-riders", "Extra riders a day", "more than 40,000 extra riders", indicators.Intention, indicators.CountKind,
		"expects more than 40,000 extra riders a day")
	c.Derived = []indicators.Derived{{ID: "spend-growth", Title: "New plan over last plan", Op: indicators.Ratio,
		Inputs: []string{"transit-spend", "transit-spend-previous"}}}
	c.Locate() // find each quote's span in the text
	return c
}

func run(w io.Writer) error {
	c := catalog()
	if err := c.Verify(); err != nil {
		return err
	}
	r, err := c.Compute("spend-growth")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "verified %d indicators; new plan over last plan: %s\n", len(c.Indicators), indicators.Format(r.Quantity, r.Unit, indicators.Style{}))
	return indicators.WriteJSON(w, c)
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "gocatalog:", err)
		os.Exit(1)
	}
}
