package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/extract"
)

func TestParseGoldValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want value
	}{
		{"6.0", value{lo: 6}},
		{"1", value{lo: 1}},
		{"-1.3", value{lo: -1.3}},                                       // a leading minus is a sign
		{"-50800000000.0", value{lo: -50.8e9}},                          // not a range
		{"252.0-287.0", value{lo: 252, hi: 287, isRange: true}},         // a range
		{"36040.0-34935.0", value{lo: 36040, hi: 34935, isRange: true}}, // kept in the order written
		{"3.0 - 4.0", value{lo: 3, hi: 4, isRange: true}},               // spaces, as float() allows
		{"0-62.0", value{lo: 0, hi: 62, isRange: true}},
	} {
		got, err := parseGoldValue(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseGoldValue(%q) = %+v, %v, want %+v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"", "x", "1-", "1-x"} {
		if got, err := parseGoldValue(bad); err == nil {
			t.Errorf("parseGoldValue(%q) = %+v, want an error", bad, got)
		}
	}
}

func TestValueMatches(t *testing.T) {
	r := func(lo, hi float64) value { return value{lo: lo, hi: hi, isRange: true} }
	for _, tc := range []struct {
		gold, model value
		want        bool
	}{
		{value{lo: 800e6}, value{lo: 800e6}, true},
		{value{lo: 0.3333333333333333}, value{lo: 0.33333}, true}, // within rtol 1e-5
		{value{lo: 0.3333333333333333}, value{lo: 0.333}, false},
		{value{lo: 0}, value{lo: 1e-9}, true}, // atol 1e-8
		{value{lo: 19}, value{lo: 19.1}, false},
		{r(252, 287), r(252, 287), true},
		{r(36040, 34935), r(34935, 36040), false}, // the ends are compared in order
		{r(252, 287), value{lo: 252}, false},      // a range never matches a number
		{value{lo: 252}, r(252, 287), false},
	} {
		if got := tc.gold.matches(tc.model); got != tc.want {
			t.Errorf("%+v.matches(%+v) = %v, want %v", tc.gold, tc.model, got, tc.want)
		}
	}
}

func TestCQEChange(t *testing.T) {
	for _, tc := range []struct {
		q    indicators.Quantity
		want string
	}{
		{indicators.Quantity{}, "="},
		{indicators.Quantity{Qualifier: indicators.Approx}, "~"},
		{indicators.Quantity{Qualifier: indicators.Nearly}, "~"},
		{indicators.Quantity{Qualifier: indicators.MoreThan}, ">"},
		{indicators.Quantity{Qualifier: indicators.AtLeast}, ">"},
		{indicators.Quantity{Qualifier: indicators.LessThan}, "<"},
		{indicators.Quantity{Qualifier: indicators.UpTo}, "<"},
		{indicators.Quantity{Qualifier: indicators.Range}, "="},
		{indicators.Quantity{Direction: indicators.Up}, "up"},
		{indicators.Quantity{Direction: indicators.Down}, "down"},
		{indicators.Quantity{Qualifier: indicators.Range, Direction: indicators.Down}, "down"},
		{indicators.Quantity{Qualifier: indicators.Approx, Direction: indicators.Up}, "~"}, // the hedge wins
	} {
		if got := cqeChange(tc.q); got != tc.want {
			t.Errorf("cqeChange(%+v) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestCQEUnit(t *testing.T) {
	unit := func(s string) indicators.Unit {
		u, err := indicators.ParseUnit(s)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", s, err)
		}
		return u
	}
	for _, tc := range []struct {
		u    indicators.Unit
		want string
	}{
		{indicators.Unit{}, "-"},
		{unit("USD"), "dollar"},
		{unit("EUR"), "euro"},
		{unit("GBP"), "pound sterling"},
		{unit("MYR"), "myr"}, // no CQE name: never matches
		{indicators.PercentUnit, "percentage"},
		{indicators.TimesUnit, "count"},
		{indicators.CountOf("worker"), "worker"},
		{indicators.CountOf("time"), "count"},
		{indicators.CountOf("person"), "people"},
		{unit("mph"), "mile per hour"},
		{unit("km/h"), "kilometre per hour"},
		{unit("mi"), "mile"},
		{unit("degC"), "celsius"},
		{unit("MW"), "megawatt"}, // the singular of our unit table
		{unit("yd"), "yard"},
		{unit("hp"), "horsepower"},
		{unit("Hz"), "hertz"},
		{unit("GHz"), "gigahertz"},
		{unit("s"), "second"},
		{unit("lb"), "pound-mass"}, // CQE's word
		{unit("um"), "micrometre"},
		{unit("ppb"), "parts-per-billion"},
		{unit("mAh"), "milliampere-hour"},
		{unit("ksi"), "kilopound per square inch"},
		{unit("USD per barrel"), "dollar per barrel"},
		{unit("bbl per day"), "barrel per day"},
	} {
		if got := cqeUnit(tc.u); got != tc.want {
			t.Errorf("cqeUnit(%v) = %q, want %q", tc.u, got, tc.want)
		}
	}
}

// TestFromMention checks the mapping on the extractor's real output, in
// particular that a scale word is applied once.
func TestFromMention(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []item
	}{
		{"Ford has estimated that a disorderly exit would cost it $800 million in 2019.",
			[]item{{value{lo: 800e6}, "dollar", "="}}},
		{"Dell plans to lay off more than 6,650 employees, or about 5% of its workforce.",
			[]item{{value{lo: 6650}, "employee", ">"}, {value{lo: 5}, "percentage", "~"}}},
		{"He was traveling at a speed of 15 to 22 miles per hour.",
			[]item{{value{lo: 15, hi: 22, isRange: true}, "mile per hour", "="}}},
		{"The S&P 500 fell 0.9%.",
			[]item{{value{lo: 0.9}, "percentage", "down"}}},
		{"A 45-year-old man was arrested.",
			[]item{{value{lo: 45}, "year of age", "="}}},
		{"Crude was at $58.24 per barrel.",
			[]item{{value{lo: 58.24}, "dollar per barrel", "="}}},
		// Money written in its hundredth is scored as CQE writes it, in
		// the hundredth.
		{"The contract was up 21 cents at $61.10.",
			[]item{{value{lo: 21}, "cent", "up"}, {value{lo: 61.10}, "dollar", "="}}},
		{"Diesel fell 7 cents/gal; shares ended at 212p.",
			[]item{{value{lo: 7}, "cent per gallon", "down"}, {value{lo: 212}, "penny", "="}}},
		{"Fees run 10-20 cents.",
			[]item{{value{lo: 10, hi: 20, isRange: true}, "cent", "="}}},
	} {
		ms := (&extract.Extractor{}).Extract(tc.text)
		var got []item
		for _, m := range ms {
			got = append(got, fromMention(m))
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: got %v, want %v", tc.text, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%q: item %d = %v, want %v", tc.text, i, got[i], tc.want[i])
			}
		}
	}
}

func TestScore(t *testing.T) {
	pct := func(v float64, change string) item { return item{value{lo: v}, "percentage", change} }
	for _, tc := range []struct {
		name        string
		gold, tags  []item
		cqe, strict counts
	}{
		{"all right",
			[]item{pct(19, "~"), {value{lo: 35}, "mile", "~"}},
			[]item{pct(19, "~"), {value{lo: 35}, "mile", "~"}},
			counts{2, 2, 2, 2, 2}, counts{2, 2, 2, 2, 2}},
		{"wrong unit and change",
			[]item{{value{lo: 190}, "point", "down"}},
			[]item{{value{lo: 190}, "-", "="}},
			counts{1, 1, 1, 0, 0}, counts{1, 1, 1, 0, 0}},
		{"missed and extra",
			[]item{pct(76, "=")},
			[]item{{value{lo: 8e9}, "dollar", "="}},
			counts{1, 1, 0, 0, 0}, counts{1, 1, 0, 0, 0}},
		// CQE counts unit and change once per matching pair: two gold and two
		// reported "51 percent" give 4, more than the 2 value matches.
		{"duplicates",
			[]item{pct(51, "="), pct(51, "=")},
			[]item{pct(51, "="), pct(51, "=")},
			counts{2, 2, 2, 4, 4}, counts{2, 2, 2, 2, 2}},
		// One reported value answers two gold ones under CQE's rules.
		{"one tag, two gold",
			[]item{pct(4.8, "="), pct(4.8, "<")},
			[]item{pct(4.8, "=")},
			counts{2, 1, 2, 2, 1}, counts{2, 1, 1, 1, 1}},
		// The value cap is per sentence, not per gold quantity.
		{"cap",
			[]item{pct(1, "="), pct(2, "=")},
			[]item{pct(1, "="), pct(1, "=")},
			counts{2, 2, 2, 2, 2}, counts{2, 2, 1, 1, 1}},
		{"strict prefers the same unit",
			[]item{{value{lo: 30}, "mile", "="}},
			[]item{{value{lo: 30}, "-", "="}, {value{lo: 30}, "mile", "="}},
			counts{1, 2, 1, 1, 2}, counts{1, 2, 1, 1, 1}},
		{"empty sentence", nil, []item{pct(3, "=")}, counts{0, 1, 0, 0, 0}, counts{0, 1, 0, 0, 0}},
	} {
		if got := scoreCQE(tc.gold, tc.tags); got != tc.cqe {
			t.Errorf("%s: scoreCQE = %+v, want %+v", tc.name, got, tc.cqe)
		}
		if got := scoreStrict(tc.gold, tc.tags); got != tc.strict {
			t.Errorf("%s: scoreStrict = %+v, want %+v", tc.name, got, tc.strict)
		}
	}
}

func TestFscores(t *testing.T) {
	for _, tc := range []struct {
		tp, gold, tagged int
		p, r, f1         float64
	}{
		{594, 707, 661, 89.9, 84.0, 86.8},
		{1, 2, 1, 100, 50, 66.7},
		{0, 5, 5, 0, 0, 0},
		{0, 0, 0, 0, 0, 0},
	} {
		p, r, f1 := fscores(tc.tp, tc.gold, tc.tagged)
		if p != tc.p || r != tc.r || f1 != tc.f1 {
			t.Errorf("fscores(%d, %d, %d) = %v, %v, %v, want %v, %v, %v", tc.tp, tc.gold, tc.tagged, p, r, f1, tc.p, tc.r, tc.f1)
		}
	}
}

// TestRun runs the command on a hand-made file in NewsQuant's format.
func TestRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.json")
	const set = `[
  {"text": "The Dow Jones Industrial Average lost 190 points, or 0.6%.",
   "quantities": [
     {"change": "down", "value": "190.0", "unit": "points", "normalized_unit": "point", "referred_concepts": "Dow"},
     {"change": "=", "value": "0.6", "unit": "%", "normalized_unit": "percentage", "referred_concepts": "Dow"}]},
  {"text": "It will also boost the driving range by about 35 miles.",
   "quantities": [{"change": "~", "value": "35.0", "unit": "miles", "normalized_unit": "mile", "referred_concepts": "range"}]},
  {"text": "Its tough to pinpoint the Patriots problems in just one area.",
   "quantities": [{"change": "=", "value": "1", "unit": "area", "normalized_unit": "area", "referred_concepts": "-"}]}
]`
	if err := os.WriteFile(path, []byte(set), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := run([]string{path}, &out, &errOut); err != nil {
		t.Fatalf("run: %v\n%s", err, errOut.String())
	}
	for _, want := range []string{
		"3 sentences, 4 gold quantities",
		"CQE's rules: value ",
		"Gold values not found, by gold unit: 1",
		"area ",
		"= → down", // a gold label that misses the fall "or 0.6%" restates
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	for _, tc := range []struct{ half, want string }{
		{"even", "(even half): 1 sentences, 1 gold quantities"}, // the second sentence
		{"odd", "(odd half): 2 sentences, 3 gold quantities"},
	} {
		out.Reset()
		if err := run([]string{"-half", tc.half, path}, &out, &errOut); err != nil {
			t.Fatalf("run -half %s: %v", tc.half, err)
		}
		if !strings.Contains(out.String(), tc.want) {
			t.Errorf("run -half %s: output lacks %q:\n%s", tc.half, tc.want, out.String())
		}
	}
	if err := run([]string{"-half", "first", path}, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("run -half first = %v, want the usage error", err)
	}
	if err := run(nil, &out, &errOut); !errors.Is(err, errUsage) {
		t.Errorf("run with no file = %v, want the usage error", err)
	}
	if err := run([]string{filepath.Join(t.TempDir(), "none.json")}, &out, &errOut); err == nil || errors.Is(err, errUsage) {
		t.Errorf("run with a missing file = %v, want a file error", err)
	}
}
