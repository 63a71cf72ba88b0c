package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"html"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
	"github.com/google/go-cmp/cmp"
)

// TestSeriesChartPerUnit: series in different units are charted apart,
// one chart per unit, never a percent series on a "£ per week" axis,
// where it lay flat on the floor (s11b-earnings).
func TestSeriesChartPerUnit(t *testing.T) {
	claims := []struct{ id, stated, period, series string }{
		{"pay2015", "£527 per week", "2015", "pay"},
		{"pay2016", "£539 per week", "2016", "pay"},
		{"gap2015", "9.6%", "2015", "gap"},
		{"gap2016", "9.4%", "2016", "gap"},
	}
	text := "A\n"
	for _, c := range claims {
		text += "Claim " + c.id + ": it was " + c.stated + ".\n"
	}
	h := sha256.Sum256([]byte(text))
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n")
	fmt.Fprintf(&b, "  - {id: a, title: Earnings, short: ONS, publisher: Office for National Statistics, issued: 2016-10-26, text: a.txt, sha256: %s}\n", hex.EncodeToString(h[:]))
	b.WriteString("indicators:\n")
	for _, c := range claims {
		fmt.Fprintf(&b, "  - {id: %s, title: T, measure: level, status: fact, stated: \"%s\", period: %s, series: %s, provenance: [{source: a, quote: \"Claim %s: it was %s\"}]}\n",
			c.id, c.stated, c.period, c.series, c.id, c.stated)
	}
	b.WriteString("series:\n  - {id: pay, title: Weekly pay}\n  - {id: gap, title: Pay gap}\n")
	c := indicatortest.ParseWithText(t, "c.yaml", b.String(), text)
	_, parts := writeParts(t, c)
	var titles []string
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		var title string
		title += drawingText(x)
		if strings.HasPrefix(title, "Weekly pay") || strings.HasPrefix(title, "Pay gap") {
			titles = append(titles, fmt.Sprintf("%s: %d series", title[:strings.Index(title, " (")], strings.Count(x, "<c:ser>")+strings.Count(x, "<ser>")))
		}
	}
	sort.Strings(titles)
	// A chart of one series is titled by it (s15-births: "Series over
	// time, … (years)" said nothing of mothers' mean age).
	want := []string{"Pay gap: 1 series", "Weekly pay: 1 series"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Errorf("series charts of £ per week and percent (-want +got):\n%s", diff)
	}
	// Each title says its unit in parentheses, as a unit is written
	// after a title ("… them (percent)"), not as one more item ("…
	// them, percent", s13b-business).
	var units []string
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		// The chart's title is its first text run; the axis's follow.
		first := regexp.MustCompile(`<a:t>([^<]*)</a:t>`).FindStringSubmatch(x)
		if first == nil {
			continue
		}
		if m := regexp.MustCompile(`^(?:Weekly pay|Pay gap)(.*)$`).FindStringSubmatch(html.UnescapeString(first[1])); m != nil {
			units = append(units, m[1])
		}
	}
	sort.Strings(units)
	if len(units) != 2 || !slices.Contains(units, " (percent)") || !slices.Contains(units, " (£ per week)") {
		t.Errorf("series chart titles end %q, want each its unit in parentheses, \" (percent)\" and \" (£ per week)\"", units)
	}
}
