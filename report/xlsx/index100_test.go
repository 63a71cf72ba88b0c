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

// TestIndexBarsFrom100: the book's native bars of index levels run from
// their reference, 100, on the slide's axis about them and 100 (98 to
// 104 for 98.4 to 103.5), never from 0 on an axis to 120 with nothing
// at 100 (out45); a near miss, bars of points of change, keep 0.
func TestIndexBarsFrom100(t *testing.T) {
	c, err := indicators.Load("../testdata/index100/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, parts := writeParts(t, c)
	var bars, change string
	for name, x := range parts {
		if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(x, "barChart") {
			if strings.Contains(x, "Index (2015=100)") {
				bars = x
			} else {
				change = x
			}
		}
	}
	if bars == "" || change == "" {
		t.Fatal("no native bars of the index levels and of the change")
	}
	if !strings.Contains(bars, `<crossesAt val="100"></crossesAt>`) {
		t.Errorf("bars of index levels: the categories do not cross the value axis at 100")
	}
	if !strings.Contains(bars, `<max val="104"></max><min val="98"></min>`) {
		t.Errorf("bars of index levels: value axis not 98 to 104 as the slide's")
	}
	if strings.Contains(change, "crossesAt") {
		t.Errorf("bars of a change in points cross at other than 0")
	}
}
