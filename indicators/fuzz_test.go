package indicators_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The fuzz targets' seed corpora are the catalogs in testdata (the good one
// and every bad one) and the figures of the tests, plus what
// testdata/fuzz/<Target> holds. Run one with, for example,
//
//	go test -run '^$' -fuzz '^FuzzLoad$' -fuzztime 3m ./indicators

func FuzzLoad(f *testing.F) {
	text, err := os.ReadFile("testdata/source.txt")
	if err != nil {
		f.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/bad-catalogs/*.yaml")
	files = append(files, "testdata/good-catalog.yaml")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	read := func(string) ([]byte, error) { return text, nil }
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := indicators.Parse("fuzz.yaml", src, read)
		// The notices beside a refused catalog's errors are read from
		// its partly decoded indicators: they must hold on any input.
		if _, _, err2 := indicators.ParseWithNotices("fuzz.yaml", src, read); (err == nil) != (err2 == nil) {
			t.Fatalf("Parse error %v, but ParseWithNotices error %v", err, err2)
		}
		if err != nil {
			if c != nil {
				t.Fatalf("Parse returned a catalog and an error")
			}
			return
		}
		if err := c.Verify(); err != nil {
			t.Fatalf("Parse succeeded but Verify fails: %v", err)
		}
		var y bytes.Buffer
		if err := indicators.WriteYAML(&y, c); err != nil {
			t.Fatalf("WriteYAML: %v", err)
		}
		if _, err := indicators.Parse("again.yaml", y.Bytes(), read); err != nil {
			t.Fatalf("the YAML export of a good catalog does not load: %v\n%s", err, y.Bytes())
		}
		if err := indicators.WriteJSON(&bytes.Buffer{}, c); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
	})
}

func FuzzParseStated(f *testing.F) {
	for _, s := range []string{"$279 billion", "nearly $350 billion", "26 to 28 percent", "26–28%", "3-5 countries",
		"2 ℃", "second largest", "US$1.2bn", "between 20 and 25 percent", "$55 billion to $93 billion",
		"100 million yen", "more than 1,000 students", "up to 2.5 percentage points", "6 to 10 times", "0.05", "1e9",
		"-$11.0 billion", "−0.3 percent", "$-11.0 billion", "−5–5%", "between -2 and -1 percent", "nearly −350 MW",
		"-$5 to $2 billion", "5 to −5 percent", "0x10 countries", "1E3 countries", "12abc countries", "279billion",
		"tens of thousands of jobs", "dozens of people", "from $200 to $4 million", "sub-300 sq m", "190 points",
		"$US55,931,000", "5 billion-dollar", "30 Mbps", "352 μm"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, u, err := indicators.ParseStated(s)
		if err != nil {
			return
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("ParseStated(%q) gave an invalid quantity %+v: %v", s, q, err)
		}
		for _, v := range []float64{q.Value.Float64(), q.Low.Float64(), q.High.Float64()} {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				t.Fatalf("ParseStated(%q) gave a value that is not finite: %+v", s, q)
			}
		}
		// A sign is never invented, and notations documents do not use are
		// never read as a number followed by a unit.
		if q.Value.Sign() < 0 || q.Low.Sign() < 0 || q.High.Sign() < 0 {
			if !strings.ContainsAny(s, "-−–—‑‐‒") { // every dash lexicon.IsDash reads as a minus
				t.Fatalf("ParseStated(%q) = %+v: negative without a minus sign", s, q)
			}
			if u.NonNegative() {
				t.Fatalf("ParseStated(%q) = %+v %v: a negative count or rank", s, q, u)
			}
		}
		if glued.MatchString(s) {
			t.Fatalf("ParseStated(%q) = %+v %v: exponent or base notation read as a figure", s, q, u)
		}
		// What Format writes, ParseStated reads back to the same figure.
		for _, st := range []indicators.Style{{}, {Compact: true}} {
			w := indicators.Format(q, u, st)
			q2, u2, err := indicators.ParseStated(w)
			if err != nil {
				t.Fatalf("ParseStated(%q) = %+v %v; Format gives %q, which does not parse: %v", s, q, u, w, err)
			}
			// Counted nouns go through English plurals, which do not always
			// invert ("bus"/"buses"); what must hold is that the written
			// figure is stable.
			if !sameQuantity(q, q2) || u.Kind != u2.Kind || indicators.Format(q2, u2, st) != w {
				t.Fatalf("ParseStated(%q) = %+v %v; Format gives %q, read back as %+v %v", s, q, u, w, q2, u2)
			}
		}
	})
}

// glued matches what ParseStated must never read as a figure: a first
// number in exponent notation or with a 0x, 0o or 0b prefix. The number
// starts the text or follows a character that is no letter, or a minus
// sign: in "dozen A0B0" and "dozen A-0B0" the figure is "dozen", and
// "A0B0", "A-0B0" are the nouns it counts.
var glued = regexp.MustCompile(`^[^0-9]*(?:^|[^0-9A-Za-z-]|(?:^|[^0-9A-Za-z])-)(0[xXoObB][0-9a-fA-F]|[0-9.,]*[0-9][eE][+-]?[0-9])`)

func FuzzParseUnit(f *testing.F) {
	for _, s := range []string{"USD", "usd", "DEM", "percent", "percentage_point", "country", "countries", "degC", "°C", "MW", "rank", "times", "", "XYZ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := indicators.ParseUnit(s)
		if err != nil {
			return
		}
		back, err := indicators.ParseUnit(u.String())
		if err != nil || back != u {
			t.Fatalf("ParseUnit(%q) = %v; ParseUnit(%q) = %v, %v", s, u, u.String(), back, err)
		}
	})
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{"279", "2.5", "1,000", "-0.05", "1.2e9", "0", "12,345.678", "1e-300", "−11.0", "-1,234.5", "+7"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := indicators.ParseDecimal(s)
		if err != nil {
			return
		}
		back, err := indicators.ParseDecimal(d.String())
		if err != nil || !back.Equal(d) {
			t.Fatalf("ParseDecimal(%q) = %v; its String %q reads back as %v, %v", s, d, d.String(), back, err)
		}
		// The sign survives every way of writing it back: String, Text
		// with separators, and U+2212 MINUS SIGN in place of a hyphen.
		for _, w := range []string{d.Text(","), strings.Replace(d.String(), "-", "\u2212", 1)} {
			back, err := indicators.ParseDecimal(w)
			if err != nil || !back.Equal(d) || back.Sign() != d.Sign() {
				t.Fatalf("ParseDecimal(%q) = %v; %q reads back as %v, %v", s, d, w, back, err)
			}
		}
		if !d.IsZero() {
			neg := d
			neg.Coef = -d.Coef
			if got, err := indicators.ParseDecimal(neg.String()); err != nil || !got.Equal(neg) {
				t.Fatalf("ParseDecimal(%q) = %v; its negation %q reads back as %v, %v", s, d, neg.String(), got, err)
			}
		}
		if f := d.Float64(); math.IsNaN(f) {
			t.Fatalf("ParseDecimal(%q).Float64() is NaN", s)
		}
	})
}
