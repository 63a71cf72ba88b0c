package pptx_test

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/pptx"
)

// figuresCatalog returns a catalog of indicators stated as written, for
// 1993, one bars view over the IDs of view (none when empty), and the
// derived figures.
func figuresCatalog(t *testing.T, stated [][2]string, view []string, derived ...indicators.Derived) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Derived: derived}
	period, err := indicators.ParsePeriod("1993")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range stated {
		q, u, err := indicators.ParseStated(s[1])
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", s[1], err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: s[0], Title: s[0], Stated: s[1], Quantity: q, Unit: u, Period: period})
	}
	if len(view) > 0 {
		c.Views = []indicators.ChartView{{ID: "v", Title: "V", Kind: indicators.Bars, Indicators: view}}
	}
	return c
}

// derivedListed returns the closing slides that list derived figures.
func derivedListed(slides []pptx.Slide) []pptx.Slide {
	var out []pptx.Slide
	for _, s := range slides {
		if s.Listing && strings.HasPrefix(s.Title, pptx.DerivedTitle) {
			out = append(out, s)
		}
	}
	return out
}

// TestDerivedSlides: every derived figure the title slide counts is on a
// closing slide of its own kind, apart from the document's claims: its
// title, its figure as its inputs allow, its period, its formula over its
// inputs' IDs and the slides that chart its inputs; its notes say what the
// inputs allow (or why nothing can be said) and quote each input; the
// notes of a chart showing an input name the derived figure and its
// slide. The
// first cases are round C's crime and A&E figures, whose decks counted
// derived figures that no slide showed.
func TestDerivedSlides(t *testing.T) {
	tests := []struct {
		name  string
		c     *indicators.Catalog
		lines []string // the derived slides' lines, in order
		notes []string // notes each on some derived slide
		chart []string // the notes on slide 2, the chart, of derived figures
	}{
		{
			name: "crime (BJS 1995)",
			c: figuresCatalog(t, [][2]string{
				{"risk-age-12-15", "1 in 8"}, {"risk-age-65", "1 in 179"},
				{"violent-victimizations", "almost 11 million violent victimizations"}, {"total-crimes", "an estimated 43.6 million victimizations"},
			}, []string{"risk-age-12-15", "risk-age-65"},
				indicators.Derived{ID: "youngest-over-oldest", Title: "Violent crime risk, ages 12–15 relative to 65 or older", Op: indicators.Ratio, Inputs: []string{"risk-age-12-15", "risk-age-65"}},
				indicators.Derived{ID: "violent-share", Title: "Violent victimizations as a share of all crimes", Op: indicators.ShareOf, Inputs: []string{"violent-victimizations", "total-crimes"}}),
			lines: []string{
				"Violent crime risk, ages 12–15 relative to 65 or older: about 22 times, 1993; computed as risk-age-12-15 / risk-age-65\u00a0·\u00a0inputs on slide\u00a02",
				"Violent victimizations as a share of all crimes: 22 to 26 percent, 1993; computed as 100 × violent-victimizations / total-crimes",
			},
			notes: []string{
				"What the inputs allow: from 20 times to 24 times", // "1 in 8" and "1 in 179" are ratios rounded to a whole "in M" (verify45)
				"What the inputs allow: from 22 percent (exclusive) to 26 percent",
				"violent-victimizations: almost 11 million violent victimizations",
			},
			chart: []string{"Derived from this chart's figures, not stated in the document: Violent crime risk, ages 12–15 relative to 65 or older: about 22 times; computed as risk-age-12-15 / risk-age-65 (slide 4)"},
		},
		{
			name: "A&E attendances (HSCIC 2016)",
			c: figuresCatalog(t, [][2]string{{"admitted", "4.0 million attendances"}, {"total", "19.6 million attendances"}}, []string{"total"},
				indicators.Derived{ID: "admitted-share", Title: "Share of attendances admitted, 1993", Op: indicators.ShareOf, Inputs: []string{"admitted", "total"}}),
			// One input on no slide: each is named with its own
			// (s16g-marriages: "inputs on slide 2" said both were).
			lines: []string{"Share of attendances admitted, 1993: 20 percent (20.1 to 20.8 percent); computed as 100 × admitted / total\u00a0·\u00a0admitted not charted; total on slide\u00a02"},
			notes: []string{"What the inputs allow: from 20.1 percent to 20.8 percent"},
			chart: []string{"Derived from this chart's figures, not stated in the document: Share of attendances admitted, 1993: 20 percent (20.1 to 20.8 percent); computed as 100 × admitted / total (slide 4)"},
		},
		{
			name: "U.S.-Japan fact sheet (nested inputs' slides, ranges)",
			c:    usjapan2015.Catalog(),
			lines: []string{
				"Japan's investment stock in the U.S. over U.S. FDI stock in Japan: about 2.8 times, period not stated; computed as Japan's investment stock in the United States / U.S. foreign direct investment stock in Japan\u00a0·\u00a0inputs on slide\u00a02",
				"Japan's investment stock in the U.S. less U.S. FDI stock in Japan: $216 billion to $228 billion, period not stated; computed as Japan's investment stock in the United States − U.S. foreign direct investment stock in Japan\u00a0·\u00a0inputs on slide\u00a02",
				"U.S. GHSA partner countries over Japan's: 6 to 10 times, period not stated; computed as Countries the United States is to partner with under the GHSA / Countries Japan is to consider partnering with under the GHSA\u00a0·\u00a0inputs on slide\u00a03",
			},
			notes: []string{"What the inputs allow: from 2.75 times (exclusive) to 2.86 times"},
			chart: []string{
				"Derived from this chart's figures, not stated in the document: Japan's investment stock in the U.S. over U.S. FDI stock in Japan: about 2.8 times; computed as Japan's investment stock in the United States / U.S. foreign direct investment stock in Japan (slide 8)",
				"Derived from this chart's figures, not stated in the document: Japan's investment stock in the U.S. less U.S. FDI stock in Japan: $216 billion to $228 billion; computed as Japan's investment stock in the United States − U.S. foreign direct investment stock in Japan (slide 8)",
			},
		},
		{
			name: "unbounded, and a formula over a derived figure",
			c: figuresCatalog(t, [][2]string{{"a", "more than 300 MW"}, {"b", "more than 50 MW"}, {"e", "20 MW"}}, []string{"e"},
				indicators.Derived{ID: "x", Title: "A over B", Op: indicators.Ratio, Inputs: []string{"a", "b"}},
				indicators.Derived{ID: "y", Title: "E plus E", Op: indicators.Sum, Inputs: []string{"e", "e"}},
				indicators.Derived{ID: "z", Title: "Twice E over E", Op: indicators.Ratio, Inputs: []string{"y", "e"}}),
			lines: []string{
				"A over B: cannot be bounded from these claims; computed as a / b",
				"E plus E: 40 megawatts (39 to 41 megawatts), 1993; computed as e + e\u00a0·\u00a0inputs on slide\u00a02",
				"Twice E over E: about 2.0 times, 1993; computed as E plus E / e\u00a0·\u00a0inputs on slide\u00a02",
			},
			notes: []string{`Cannot be bounded: the wording of "more than 300 MW" (a) and "more than 50 MW" (b) leaves the ratio open above`},
			chart: []string{
				"Derived from this chart's figures, not stated in the document: E plus E: 40 megawatts (39 to 41 megawatts); computed as e + e (slide 4)",
				"Derived from this chart's figures, not stated in the document: Twice E over E: about 2.0 times; computed as E plus E / e (slide 4)",
			},
		},
		{
			// s32c-childmaint: the book's Derived sheet says "68%",
			// approx, 67 to 69; the slide said a bare "68%". The
			// notes spell percent as the figures do.
			name: "a sum of two shares, rounded",
			c: figuresCatalog(t, [][2]string{{"over-90", "45%"}, {"up-to-90", "23%"}}, nil,
				indicators.Derived{ID: "sum", Title: "Paid some", Op: indicators.Sum, Inputs: []string{"up-to-90", "over-90"}}),
			lines: []string{"Paid some: 68% (67 to 69%), 1993; computed as up-to-90 + over-90"},
			notes: []string{"What the inputs allow: from 67% to 69%"},
		},
		{
			name: "no derived figures, no slide",
			c:    figuresCatalog(t, [][2]string{{"e", "20 MW"}}, []string{"e"}),
		},
	}
	for _, tc := range tests {
		slides, err := pptx.Slides(tc.c)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var lines, notes []string
		for _, s := range derivedListed(slides) {
			lines = append(lines, s.Body...)
			notes = append(notes, s.Notes...)
		}
		if strings.Join(lines, "\n") != strings.Join(tc.lines, "\n") {
			t.Errorf("%s: derived slides' lines\n%q\nwant\n%q", tc.name, lines, tc.lines)
		}
		for _, want := range tc.notes {
			if !containsPrefix(notes, want) {
				t.Errorf("%s: derived slides' notes %q lack %q", tc.name, notes, want)
			}
		}
		var chart []string
		for _, n := range slides[1].Notes {
			if strings.HasPrefix(n, "Derived from") {
				chart = append(chart, n)
			}
		}
		if strings.Join(chart, "\n") != strings.Join(tc.chart, "\n") {
			t.Errorf("%s: chart slide's notes of derived figures\n%q\nwant\n%q", tc.name, chart, tc.chart)
		}
		// The title slide counts what the deck shows.
		count := strings.Join(slides[0].Body, "\n")
		if says := strings.Contains(count, "computed figure"); says != (len(lines) > 0) {
			t.Errorf("%s: title slide %q counts derived figures %v, and %d are shown", tc.name, count, says, len(lines))
		}
		if want := len(tc.c.Derived); want > 0 && !strings.Contains(count, plural(want, "computed figure")) {
			t.Errorf("%s: title slide %q, want %q", tc.name, count, plural(want, "computed figure"))
		}
		// They close the deck, after the claims.
		if n := len(derivedListed(slides)); n > 0 && !strings.HasPrefix(slides[len(slides)-1].Title, pptx.DerivedTitle) {
			t.Errorf("%s: last slide %q, want the derived figures last", tc.name, slides[len(slides)-1].Title)
		}
	}
}

// containsPrefix reports whether a line of lines starts with prefix.
func containsPrefix(lines []string, prefix string) bool {
	for _, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return true
		}
	}
	return false
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
