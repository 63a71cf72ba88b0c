package xlsx

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestIndexSeriesAxisAbout100: the book's native chart of a series of
// index levels has the slide's value axis, about the levels and 100
// (axis.IndexRange), never from 0: 98.4 to 103.5 (2015=100) drew a flat
// line on an axis from 0 (out45).
func TestIndexSeriesAxisAbout100(t *testing.T) {
	c, err := indicators.Load("../testdata/index100/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, parts := writeParts(t, c)
	found := false
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") || !strings.Contains(x, "scatterChart") {
			continue
		}
		found = true
		i := strings.Index(x, "<valAx>")
		m := regexp.MustCompile(`<scaling><orientation val="minMax"></orientation><max val="([^"]+)"></max><min val="([^"]+)"></min>`).FindAllStringSubmatch(x, -1)
		if i < 0 || len(m) == 0 {
			t.Fatalf("%s: no value axis scaling", name)
		}
		lo, _ := strconv.ParseFloat(m[len(m)-1][2], 64)
		hi, _ := strconv.ParseFloat(m[len(m)-1][1], 64)
		if lo <= 0 || lo > 98.4 || hi < 103.5 || hi > 110 {
			t.Errorf("%s: value axis %v to %v, want about 98.4 to 103.5 and 100, not from 0", name, lo, hi)
		}
	}
	if !found {
		t.Fatal("no native series chart")
	}
}
