package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// out38Book writes a book of one series whose points are claims, each
// {id, stated, period}, and returns its parts.
func out38Book(t *testing.T, claims [][3]string) map[string]string {
	t.Helper()
	text := "A\n"
	for _, c := range claims {
		text += "Claim " + c[0] + ": it was " + c[1] + ".\n"
	}
	h := sha256.Sum256([]byte(text))
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n")
	fmt.Fprintf(&b, "  - {id: a, title: Stats, short: ONS, publisher: Office for National Statistics, issued: 2019-08-30, text: a.txt, sha256: %s}\n", hex.EncodeToString(h[:]))
	b.WriteString("indicators:\n")
	for _, c := range claims {
		fmt.Fprintf(&b, "  - {id: %s, title: Adults seen, measure: level, status: fact, stated: \"%s\", unit: adult, period: %s, series: s, provenance: [{source: a, quote: \"Claim %s: it was %s\"}]}\n",
			c[0], c[1], c[2], c[0], c[1])
	}
	b.WriteString("series:\n  - {id: s, title: Adults seen}\n")
	c := indicatortest.ParseWithText(t, "c.yaml", b.String(), text)
	_, parts := writeParts(t, c)
	return parts
}

// TestSeriesLabelsKeepStatedDecimals: a series chart's point labels
// keep the decimals each figure is written with in its own scale:
// "22.03m" and "21.96m" read "22.03" and "21.96" under "million
// adults", never "22" twice (s34e-dental), and whole millions stay
// whole.
func TestSeriesLabelsKeepStatedDecimals(t *testing.T) {
	fmtRe := regexp.MustCompile(`<dLbls><numFmt formatCode="([^"]*)"`)
	tests := []struct {
		name   string
		claims [][3]string
		want   string
	}{
		{"hundredths of millions", [][3]string{{"a", "22.03m", "2018"}, {"b", "21.96m", "2019"}}, "#,##0.00,,"},
		{"one point with a decimal", [][3]string{{"a", "22 million", "2018"}, {"b", "21.5 million", "2019"}}, "#,##0.0,,"},
		{"whole millions", [][3]string{{"a", "22 million", "2018"}, {"b", "21 million", "2019"}}, "#,##0,,"},
	}
	for _, tt := range tests {
		parts := out38Book(t, tt.claims)
		var got []string
		for name, x := range parts {
			if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(drawingText(x), "million adults") {
				for _, m := range fmtRe.FindAllStringSubmatch(x, -1) {
					got = append(got, m[1])
				}
			}
		}
		if len(got) != 1 || got[0] != tt.want {
			t.Errorf("%s: series labels' formats = %q, want [%q]", tt.name, got, tt.want)
		}
	}
}

// TestFallLabelLeavesGap: a fall's data label left of its bar leaves a
// gap before the plot's left edge, where the bars' names end: "down
// 5.7%" on an axis from −7% reached the edge and read as the end of the
// name beside it (s34e-retail's "Fuel sales volume (quantity bought)
// down 5.7%"); the label goes where it keeps the gap (inside its bar,
// which holds it), or the axis widens for it. A label with room to
// spare stays left of its bar.
func TestFallLabelLeavesGap(t *testing.T) {
	const turned = `"up "0.0%;"down "0.0%;0.0%`
	tests := []struct {
		name    string
		fall    float64
		min     float64
		outside bool // the label left of its bar, the axis kept
	}{
		{"at the edge", -0.057, -0.07, false},
		{"room to spare", -0.045, -0.07, true},
	}
	for _, tt := range tests {
		cd := chartData{axis: valueAxis{min: tt.min, max: 0.02, step: 0.01}}
		cd.items = []chartItem{{spanV: 0.012, fmt: turned}, {spanV: tt.fall, fmt: turned}}
		widenForFalls(&cd, 1)
		placedIn := insideLabels(&cd, cdStated, true)
		_, moved := placedIn[1]
		outside := cd.axis.min == tt.min && !moved
		if outside != tt.outside {
			t.Errorf("%s: fall %v on an axis from %v: left of its bar = %v (axis from %v, placed %v), want %v",
				tt.name, tt.fall, tt.min, outside, cd.axis.min, placedIn, tt.outside)
		}
	}
}

// TestRiseSaidInChartOfRises: a reported rise says "up" in the book's
// chart data and native chart in a view of rises alone, as the slide's
// image beside it does; a level does not (s34e-retail, s34e-trade: "2.1%"
// in the book beside "up 2.1%" on the slide).
func TestRiseSaidInChartOfRises(t *testing.T) {
	mk := func(id, stated string, m indicators.MeasureKind, d indicators.Direction) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		q.Direction = d
		return indicators.Indicator{ID: id, Title: "Sales " + id, Stated: stated, Quantity: q, Unit: u, Measure: m, Status: indicators.Estimate, Period: indicators.YearPeriod(2020)}
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		up   bool
	}{
		{"rises alone", []indicators.Indicator{mk("a", "2.1%", indicators.Change, indicators.Up), mk("b", "0.8%", indicators.Change, indicators.Up)}, true},
		{"levels", []indicators.Indicator{mk("a", "2.1%", indicators.Level, indicators.NoDirection), mk("b", "0.8%", indicators.Level, indicators.NoDirection)}, false},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{Indicators: tt.inds,
			Views: []indicators.ChartView{{ID: "v", Kind: indicators.Bars, Indicators: []string{"a", "b"}}}}
		_, parts := writeParts(t, c)
		if got := strings.Contains(parts["xl/styles.xml"], `;&#34;down &#34;`); got != tt.up {
			t.Errorf("%s: a chart's number format says up or down = %v, want %v", tt.name, got, tt.up)
		}
	}
}

// TestBookPlaces: the page header names the country, not its regions
// beside it, unless fewer figures are of the country than of the places
// within it alone: eleven figures of Great Britain and one of the
// United Kingdom head the book "Great Britain" (s34e-retail); a national
// figure beside regions of one figure each stays national.
func TestBookPlaces(t *testing.T) {
	tests := []struct {
		name    string
		codes   []string
		figures map[string]int
		want    string
	}{
		{"mostly of Great Britain", []string{"GB-GBN", "GB"}, map[string]int{"GB-GBN": 11, "GB": 1}, "[GB-GBN]"},
		{"mostly national", []string{"GB", "GB-ENG"}, map[string]int{"GB": 5, "GB-ENG": 1}, "[GB]"},
		{"as many of each", []string{"GB", "GB-ENG"}, map[string]int{"GB": 2, "GB-ENG": 2}, "[GB]"},
		{"two nations of a country", []string{"GB-ENG", "GB-WLS", "GB"}, map[string]int{"GB-ENG": 3, "GB-WLS": 3, "GB": 1}, "[GB-ENG GB-WLS]"},
		{"regions of one figure each", []string{"GB-ENG", "E12000001", "E12000007"}, map[string]int{"GB-ENG": 1, "E12000001": 1, "E12000007": 1}, "[GB-ENG]"},
		{"apart", []string{"US", "CA"}, map[string]int{"US": 1, "CA": 1}, "[US CA]"},
	}
	for _, tt := range tests {
		if got := fmt.Sprint(bookPlaces(tt.codes, tt.figures)); got != tt.want {
			t.Errorf("%s: bookPlaces(%v) = %s, want %s", tt.name, tt.codes, got, tt.want)
		}
	}
}

// TestNamedPointsAxisNearPoints: a series chart whose points name their
// periods, with no numbers on its year axis, ends that axis near its
// first and last points: four quarter-end counts within nine months
// stood in the right third of an axis of three years (s34e-charities).
// Points across many years keep the axis of the years around them.
func TestNamedPointsAxisNearPoints(t *testing.T) {
	xScale := regexp.MustCompile(`<valAx><axId val="\d+"></axId><scaling><orientation val="minMax"></orientation><max val="([^"]*)"></max><min val="([^"]*)"></min>`)
	tests := []struct {
		name   string
		claims [][3]string
		within float64 // the most years the axis may run
	}{
		{"quarter ends", [][3]string{{"a", "170,503", "2024-09"}, {"b", "170,755", "2024-12"}, {"c", "170,877", "2025-03"}, {"d", "170,827", "2025-06"}}, 1.5},
		{"decades apart", [][3]string{{"a", "17 million", "1995-03"}, {"b", "21 million", "2015-03"}}, 25},
	}
	for _, tt := range tests {
		parts := out38Book(t, tt.claims)
		found := false
		for name, x := range parts {
			if !strings.HasPrefix(name, "xl/charts/chart") || !strings.Contains(x, "<scatterChart>") {
				continue
			}
			m := xScale.FindStringSubmatch(x)
			if m == nil {
				continue
			}
			found = true
			var hi, lo float64
			fmt.Sscan(m[1], &hi)
			fmt.Sscan(m[2], &lo)
			if hi-lo > tt.within || hi-lo < 0.5 {
				t.Errorf("%s: year axis %v to %v (%.2f years), want at most %v", tt.name, lo, hi, hi-lo, tt.within)
			}
		}
		if !found {
			t.Errorf("%s: no scatter chart's year axis", tt.name)
		}
	}
}
