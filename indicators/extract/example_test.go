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
	r := indicators.NewRunes(text).Span(m.Span)
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
	text := "Trade Facts\n\nApril 25, 2014\n\nIn 2013, U.S. goods exports to Japan were $65 billion. " +
		"New plants could support about 40,000 jobs by 2030.\n"
	extract.WriteDraft(os.Stdout, extract.DraftSource{TextPath: "trade.txt", Text: text})
	// Output:
	// # Draft catalog made by claimbook extract -draft from trade.txt.
	// # Each indicator is a proposal with its evidence in comments: confirm or correct the title, id,
	// # entities, measure, status and period; delete what is not a claim (and its views); keep the views
	// # you want as charts and slides. Then run claimbook verify.
	// # A comment that starts with "check:" marks a guess: 10 of the 12 fields drafted (title, entities, measure, status, unit, period, base, direction) rest on a kind of evidence that was wrong too often on the documents measured, or met on too few of them (a default, a year or place from further off, a fallback); check those. The others' kind of evidence agreed with hand catalogs on at least 97% of the figures measured, on at least 10 documents, none of them more than 10% wrong.
	// # Spans (start, end) count Unicode code points into the text, end exclusive.
	// claimbook: 1
	// sources:
	//   # source trade: title "Trade Facts" guessed from the text; add publisher and url
	//   # source trade: issued 2014-04-25, from the dateline
	//   - id: trade
	//     title: Trade Facts
	//     issued: "2014-04-25"
	//     text: trade.txt
	//     sha256: fcb32d7de3fcab54179e05d0ca83322b71022ac114cec71b81c0e669a5e6e35f
	// indicators:
	//   - id: us-goods-exports-to-japan-2013
	//     title: U.S. goods exports to Japan # check: no evidence noted
	//     entities: [US]
	//     counterpart: JP # check: "to" before Japan
	//     measure: flow # check: money, no stock word
	//     status: fact # check: no cue word of an estimate, projection or commitment
	//     stated: $65 billion # check: no evidence noted
	//     period: "2013" # "In 2013" in the sentence
	//     provenance:
	//       - source: trade
	//         section: [Trade Facts]
	//         quote: In 2013, U.S. goods exports to Japan were $65 billion.
	//         start: 29
	//         end: 83
	//   - id: jobs-new-plants-could-support-2030
	//     title: Jobs new plants could support # check: no evidence noted
	//     entities: [US] # no place named: the only place the document names, in 1 of its sentences ("U.S.")
	//     measure: count # check: a count
	//     status: projection # check: "could"
	//     stated: about 40,000 jobs # check: no evidence noted
	//     period: "2030" # check: "by 2030" after the figure
	//     provenance:
	//       - source: trade
	//         section: [Trade Facts]
	//         quote: New plants could support about 40,000 jobs by 2030.
	//         start: 84
	//         end: 135
	// views:
	//   # proposed view: the document's first figure ($65 billion) as a headline card
	//   - id: trade-headline
	//     title: U.S. goods exports to Japan
	//     kind: headline
	//     indicators: [us-goods-exports-to-japan-2013]
}
