package xlsx

import (
	"html"
	"regexp"
	"strconv"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestScaledTicks: a native chart's value axis of counts stated in full
// digits that reaches a million ticks as the slide beside it does, "0 1
// 2 3 million", its scale on the last tick alone (benefits' "2,774,000
// claimants"; it read "0 1,000,000 2,000,000 3,000,000"); counts short
// of a million keep their digits (children's "23,834 children": "0
// 5,000 … 25,000"). Two kinds; the ticks as the format shows them.
func TestScaledTicks(t *testing.T) {
	for _, tc := range []struct {
		kind string
		want []string // the ticks from 0, as shown
	}{
		{"benefits", []string{"0", "1", "2", "3 million"}},
		{"children", []string{"0", "5,000", "10,000", "15,000", "20,000", "25,000"}},
	} {
		c, err := indicators.Load("../../testdata/kinds/" + tc.kind + "/catalog.yaml")
		if err != nil {
			t.Fatal(err)
		}
		_, parts := writeParts(t, c)
		got, f := valueAxisTicks(t, parts["xl/charts/chart1.xml"])
		if len(got) != len(tc.want) {
			t.Errorf("%s: ticks %q (format %s), want %q", tc.kind, got, f, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: ticks %q (format %s), want %q", tc.kind, got, f, tc.want)
				break
			}
		}
	}
}

// valueAxisTicks returns the ticks of a native chart's value axis from
// its minimum to its maximum, as its number format shows them, and the
// format.
func valueAxisTicks(t *testing.T, chart string) (ticks []string, format string) {
	t.Helper()
	ax := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindString(chart)
	m := regexp.MustCompile(`formatCode="([^"]*)"`).FindStringSubmatch(ax)
	lo := regexp.MustCompile(`<min val="([^"]*)"`).FindStringSubmatch(ax)
	hi := regexp.MustCompile(`<max val="([^"]*)"`).FindStringSubmatch(ax)
	step := regexp.MustCompile(`<majorUnit val="([^"]*)"`).FindStringSubmatch(ax)
	if m == nil || lo == nil || hi == nil || step == nil {
		t.Fatalf("value axis with no format, ends or step: %s", ax)
	}
	f := html.UnescapeString(m[1])
	a, _ := strconv.ParseFloat(lo[1], 64)
	b, _ := strconv.ParseFloat(hi[1], 64)
	s, _ := strconv.ParseFloat(step[1], 64)
	for v := a; v <= b+s/1e6; v += s {
		ticks = append(ticks, conditional(f, v))
	}
	return ticks, f
}

// conditional shows v in format f whose sections carry [>=x] conditions,
// as Excel and LibreOffice choose among them: the first section whose
// condition holds, else the last, which writes a negative number's sign;
// render shows it.
func conditional(f string, v float64) string {
	secs := regexp.MustCompile(`;`).Split(f, -1)
	for _, sec := range secs[:len(secs)-1] {
		m := regexp.MustCompile(`^\[>=([^\]]*)\](.*)$`).FindStringSubmatch(sec)
		if m == nil {
			return render(f, v)
		}
		if x, _ := strconv.ParseFloat(m[1], 64); v >= x {
			return render(m[2], v)
		}
	}
	return render(secs[len(secs)-1], v)
}
