package extract_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/extract"
)

func ExampleExtract() {
	text := "In 2014, two-way trade was $279 billion, and Japan's investment stock reached nearly $350 billion."
	for _, m := range extract.Extract(text) {
		fmt.Println(m)
		fmt.Println("  year", m.Year, "scale", m.Quantity.Scale, "sig. figures", m.Quantity.SigFigs())
	}
	// Output:
	// $279 billion | currency | 279000000000 | exact | USD
	//   year 2014 scale billion sig. figures 3
	// nearly $350 billion | currency | 350000000000 | nearly | USD
	//   year 2014 scale billion sig. figures 3
}

func ExampleExtract_ranges() {
	text := "The U.S. will reduce emissions by 26 to 28 percent in 2025; Japan is to partner with 3-5 countries, " +
		"at a cost of $1–2 billion. Between 20 and 25 percent of the funds go to the Asia-Pacific region."
	for _, m := range extract.Extract(text) {
		fmt.Println(m)
	}
	// Output:
	// 26 to 28 percent | percent | 26..28 | range | percent | down
	// 3-5 countries | count | 3..5 | range | country
	// $1–2 billion | currency | 1000000000..2000000000 | range | USD
	// Between 20 and 25 percent | percent | 20..25 | range | percent
}

func ExampleExtract_notQuantities() {
	text := "At COP21 in December 2015, the G-7 and the G20 discussed Section 301, the 2020 Olympics, " +
		"the Third Conference, PM2.5 levels and the Observatory-2 and Satellite-1 and 2 missions."
	fmt.Println(len(extract.Extract(text)), "quantities")
	// Output:
	// 0 quantities
}

func ExampleMention_spans() {
	text := "Emissions must fall “nearly 30 percent” by 2030."
	m := extract.Extract(text)[0]
	fmt.Printf("bytes %d..%d %q\n", m.Span.Start, m.Span.End, text[m.Span.Start:m.Span.End])
	r := indicators.RuneSpan(text, m.Span)
	fmt.Printf("code points %d..%d\n", r.Start, r.End)
	fmt.Printf("figure %q\n", text[m.Figure.Start:m.Figure.End])
	// Output:
	// bytes 23..40 "nearly 30 percent"
	// code points 21..38
	// figure "30 percent"
}

func ExampleExtractor_Stream() {
	r := strings.NewReader("Sales rose 5 percent to $3 billion.\n\nAbout 1,200 people work there.")
	var e extract.Extractor
	e.Stream(r, func(m extract.Mention) error {
		fmt.Println(m.Span.Start, m)
		return nil
	})
	// Output:
	// 11 5 percent | percent | 5 | exact | percent | up
	// 24 $3 billion | currency | 3000000000 | exact | USD
	// 37 About 1,200 people | count | 1200 | approx | person
}

func ExampleHTMLText() {
	page := `<html><head><script>var year = 2024;</script></head><body>
<h1>Budget</h1><p>The plan costs &euro;1.2&nbsp;billion.</p><ul><li>up to 40% of it for grants</li></ul></body></html>`
	text, _ := extract.HTMLText(strings.NewReader(page))
	fmt.Printf("%q\n", text)
	for _, m := range extract.Extract(text) {
		fmt.Printf("%q %s %s\n", m.Text, m.Quantity.Value, m.Unit)
	}
	// Output:
	// "Budget\n\nThe plan costs €1.2\u00a0billion.\n\n• up to 40% of it for grants"
	// "€1.2\u00a0billion" 1200000000 EUR
	// "up to 40%" 40 percent
}

func ExampleWriteDraft() {
	text := "Trade\n\nIn 2014, trade was $279 billion.\n"
	extract.WriteDraft(os.Stdout, extract.DraftSource{TextPath: "trade.txt", Text: text})
	// Output:
	// # Draft catalog made by claimbook extract from trade.txt.
	// # Replace the TODO ids and titles; add entities, measure and status; delete what is not a claim.
	// # Spans (start, end) count Unicode code points into the text, end exclusive.
	// claimbook: 1
	//
	// sources:
	//   - id: source
	//     title: "TODO: title of trade.txt"
	//     text: "trade.txt"
	//     sha256: 8feaa1d652b7684b5e453770b4dd206802b0441a7629822066a0f7c4dd572430
	//
	// indicators:
	//   - id: todo-001
	//     title: "TODO: name the figure $279 billion"
	//     stated: "$279 billion"
	//     unit: "USD"
	//     period: "2014"
	//     provenance:
	//       - source: source
	//         section: ["Trade"]
	//         quote: "In 2014, trade was $279 billion."
	//         start: 7
	//         end: 39
}
