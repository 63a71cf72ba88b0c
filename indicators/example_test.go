package indicators_test

import (
	"fmt"
	"os"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// Load the embedded catalog of the 2015 U.S.-Japan fact sheet and list its
// indicators as the document states them.
func Example_embeddedCatalog() {
	c := usjapan2015.Catalog()
	for _, ind := range c.Indicators {
		fmt.Printf("%-30s %-20s %s\n", ind.ID, ind.Label(), ind.Period.Label())
	}
	// Output:
	// us-japan-share-world-gdp       nearly 30 percent    year not stated
	// us-japan-trade-2014            $279 billion         2014
	// us-fdi-stock-in-japan          $123 billion         year not stated
	// japan-investor-rank-in-us      second largest       year not stated
	// japan-investment-stock-in-us   nearly $350 billion  year not stated
	// us-ghg-target-2025             26 to 28 percent     2025
	// global-warming-limit           2 ℃                  year not stated
	// us-ghsa-partner-countries      30 countries         year not stated
	// japan-ghsa-partner-countries   3-5 countries        year not stated
}

// Look up one indicator and print what it says, how sure, and where it was
// said.
func ExampleCatalog_Indicator() {
	c := usjapan2015.Catalog()
	ind, ok := c.Indicator("japan-investment-stock-in-us")
	if !ok {
		return
	}
	p := ind.Provenance[0]
	span := c.RuneProvenanceSpan(p)
	fmt.Println(ind.Title)
	fmt.Println("stated:  ", ind.Stated)
	fmt.Println("value:   ", ind.Quantity.Value, ind.Unit, "("+ind.Quantity.Qualifier.String()+")")
	fmt.Println("allows:  ", ind.Quantity.Interval())
	fmt.Println("period:  ", ind.Period)
	fmt.Println("section: ", p.Section[0])
	fmt.Println("span:    ", span.Start, span.End)
	// Output:
	// Japan's investment stock in the United States
	// stated:   nearly $350 billion
	// value:    350000000000 USD (nearly)
	// allows:   (3.4e+11, 3.5e+11]
	// period:   not stated
	// section:  Expanding Bilateral Economic and People-to-People Ties
	// span:     1309 1513
}

// Build a derived ratio: Japan's investment stock in the U.S. over the U.S.
// stock in Japan. "Nearly" carries through; the precision does not grow.
func ExampleCatalog_Compute() {
	c := usjapan2015.Catalog()
	c.Derived = append(c.Derived, indicators.Derived{
		ID:     "stock-ratio",
		Title:  "Japan's stock in the U.S. over the U.S. stock in Japan",
		Op:     indicators.Ratio,
		Inputs: []string{"japan-investment-stock-in-us", "us-fdi-stock-in-japan"},
	})
	r, err := c.Compute("stock-ratio")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(indicators.Format(r.Quantity, r.Unit, indicators.Style{}))
	fmt.Printf("allowed: (%.3f, %.3f]\n", r.Interval.Lo, r.Interval.Hi)

	r, _ = c.Compute("ghsa-partner-ratio") // 30 over 3-5 countries
	fmt.Println(indicators.Format(r.Quantity, r.Unit, indicators.Style{}))
	// Output:
	// about 2.8 times
	// allowed: (2.753, 2.857]
	// 6 to 10 times
}

// Reading a catalog with errors reports every problem at once, each with
// its file, line and column and what to write instead.
func ExampleLoad_errors() {
	_, err := indicators.Load("testdata/bad-catalogs/32-many-errors.yaml")
	fmt.Println(err)
	// Output:
	// testdata/bad-catalogs/32-many-errors.yaml:13:11: unknown unit "EURO": write an ISO 4217 code ("USD"), percent, percentage_point, rank, times, a measure symbol ("degC", "t", "MW") or a counted noun in lower case ("country")
	// testdata/bad-catalogs/32-many-errors.yaml:14:13: unknown status "promised": a figure the document calls promised is a pledge: write pledge (the statuses are fact, estimate, projection, target, pledge, intention)
	// testdata/bad-catalogs/32-many-errors.yaml:15:5: unknown field "colour" in indicator (known fields: id, title, description, entities, counterpart, measure, status, stated, noun, rank_order, hedge, value, low, high, qualifier, direction, unit, scale, period, base, against, percent_as_points, set, announced, denominator, notes, provenance, series, margin, margin_kind, margin_level)
}

// Format writes a figure in the document's style; ParseStated reads it back.
func ExampleParseStated() {
	for _, s := range []string{"nearly $350 billion", "26 to 28 percent", "3-5 countries", "2 ℃", "second largest"} {
		q, u, err := indicators.ParseStated(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-20s %-8s %-16s %s\n", s, q.Qualifier, u, indicators.Format(q, u, indicators.Style{Compact: true}))
	}
	// Output:
	// nearly $350 billion  nearly   USD              nearly $350 billion
	// 26 to 28 percent     range    percent          26–28%
	// 3-5 countries        range    country          3–5 countries
	// 2 ℃                  exact    degC             2 ℃
	// second largest       exact    rank             second-largest
}

// WriteJSON writes the JSON contract other tools read.
func ExampleWriteJSON() {
	c := &indicators.Catalog{Indicators: []indicators.Indicator{{
		ID: "x", Title: "Example", Stated: "26 to 28 percent",
		Quantity: indicators.Between(indicators.MustParseDecimal("26"), indicators.MustParseDecimal("28")),
		Unit:     indicators.PercentUnit, Period: indicators.YearPeriod(2025),
	}}}
	c.Indicators[0].Quantity.Direction = indicators.Down
	if err := indicators.WriteJSON(os.Stdout, c); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {
	//   "sources": [],
	//   "indicators": [
	//     {
	//       "id": "x",
	//       "title": "Example",
	//       "entities": [],
	//       "counterpart": "",
	//       "measure": "flow",
	//       "status": "fact",
	//       "value": null,
	//       "low": -28,
	//       "high": -26,
	//       "qualifier": "range",
	//       "direction": "down",
	//       "unit": "percent",
	//       "scale": "",
	//       "stated": "26 to 28 percent",
	//       "period": "2025",
	//       "provenance": []
	//     }
	//   ],
	//   "derived": [],
	//   "views": [],
	//   "series": [],
	//   "conflicts": []
	// }
}
