package chart

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// hedgesWant is the table of report/testdata/hedges: the ends each
// figure's words allow (indicators.Indicator.HedgeEnds), as the JSON and
// the CSVs write them, "" for an end they leave out (open, or the figure
// alone). The same table is in report/xlsx's and report/pptx's tests.
var hedgesWant = map[string][2]string{
	"hh-about":    {"55000", "65000"}, // "About 60,000 households": a round figure at its ten thousand
	"hh-nearly":   {"50000", "60000"}, // "Nearly 60,000": one unit of its last non-zero digit below
	"hh-upto":     {"0", "30000"},     // "Up to 30,000 households": none at least
	"hh-some":     {"8250", "8350"},   // "Some 8,300": at the hundred
	"infl-around": {"2.625", "2.875"}, // "around 2¾%": in quarters
	"infl-nearly": {"2.5", "2.75"},    // "nearly 2¾%": one quarter below
	"emp-words":   {"61.7", "71.7"},   // "Around two-thirds": one figure of its percent
	"vote-words":  {"56.7", "66.7"},   // "almost two thirds"
	"emp-target":  {"", ""},           // a target: its figure, no ends
	"rent":        {"30.5", "31.5"},   // "31%" said plainly: its written digits
	"own":         {"", "27"},         // "Less than 27%"
	"phone":       {"90", ""},         // "More than 90%"
}

// TestOneIntervalChart: the PNG model draws the interval the JSON writes
// (indicators.Indicator.Interval, the rule of HedgeEnds), for whole
// numbers, fractions, proportions in words and a target: a fading end
// starts at the JSON's low ("nearly 2¾%" from 2.5, not from 2.74, the
// digits alone), and a waffle of "around two-thirds" fades over 61.7 to
// 71.7 and its key says so (the digits alone gave a waffle with no faded
// square).
func TestOneIntervalChart(t *testing.T) {
	c, err := indicators.Load("../testdata/hedges/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var js bytes.Buffer
	if err := indicators.WriteJSON(&js, c); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Indicators []struct {
			ID        string
			Value     *json.Number
			Low, High *json.Number
		}
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	str := func(n *json.Number) string {
		if n == nil {
			return ""
		}
		return string(*n)
	}
	for _, j := range got.Indicators {
		want, ok := hedgesWant[j.ID]
		if !ok {
			t.Fatalf("%s: not in the table", j.ID)
		}
		if str(j.Low) != want[0] || str(j.High) != want[1] {
			t.Errorf("%s: JSON low, high = %q, %q, want %q, %q", j.ID, str(j.Low), str(j.High), want[0], want[1])
		}
		ind, _ := c.Indicator(j.ID)
		iv := ind.Interval()
		x, _ := ind.Quantity.Ends()
		if want == [2]string{} {
			want = [2]string{strconv.FormatFloat(x, 'f', -1, 64), strconv.FormatFloat(x, 'f', -1, 64)} // the figure alone
		}
		if e := endOf(want[0], math.Inf(-1)); !sameEnd(iv.Lo, e) {
			t.Errorf("%s: Interval().Lo = %v, want %v (the JSON's low)", j.ID, iv.Lo, e)
		}
		if e := endOf(want[1], math.Inf(1)); !sameEnd(iv.Hi, e) {
			t.Errorf("%s: Interval().Hi = %v, want %v (the JSON's high)", j.ID, iv.Hi, e)
		}
	}
	faded := 0
	for _, view := range []string{"households", "inflation", "shares"} {
		s := figSlide(t, c, view)
		for _, b := range s.body.(*Bars).Bars {
			if b.Tip != Faded || b.ID == "" {
				continue
			}
			ind, _ := c.Indicator(b.ID)
			x, _ := ind.Quantity.Ends()
			lo := ind.Interval().Lo
			if math.IsInf(lo, 0) {
				continue // "less than 27%": over 2% of the axis (axis.FadeFrom)
			}
			faded++
			if got := b.FadeFrom * x / b.End; !sameEnd(got, lo) {
				t.Errorf("%s: the bar fades from %v, want %v, the JSON's low", b.ID, got, lo)
			}
		}
	}
	if faded != 4 {
		t.Errorf("%d faded bars with a low end, want 4 (nearly 60,000, up to 30,000, nearly 2¾%%, almost two thirds)", faded)
	}
	s := figSlide(t, c, "employed")
	w, ok := s.body.(*Waffle)
	if !ok {
		t.Fatalf("employed: no waffle")
	}
	if w.Tip != Faded || w.FadeFrom != 61 || w.Value != 72 {
		t.Errorf("waffle of \"Around two-thirds\": tip %v, faded from %v to %v, want faded from 61 to 72 (61.7 to 71.7)", w.Tip, w.FadeFrom, w.Value)
	}
	var key []string
	for _, k := range s.Key {
		key = append(key, k.Text)
	}
	if want := "the share may be 61.7 to 71.7 percent"; !strings.Contains(strings.Join(key, "\n"), want) {
		t.Errorf("waffle key %q lacks %q, the JSON's low and high", key, want)
	}
}

// endOf is the end e the JSON writes, open where it writes none.
func endOf(e string, open float64) float64 {
	if e == "" {
		return open
	}
	v, _ := strconv.ParseFloat(e, 64)
	return v
}

func sameEnd(a, b float64) bool {
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return a == b
	}
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}
