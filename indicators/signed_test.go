package indicators_test

import (
	"errors"
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedHostile reads figures with signs, glued letters and
// programmers' notations: each is read exactly or refused with the reason
// and what to write instead, never folded into another figure.
func TestParseStatedHostile(t *testing.T) {
	type want struct {
		q    indicators.Quantity
		unit string
	}
	pt := func(v string, ql indicators.Qualifier, sc indicators.Scale, unit string) want {
		return want{indicators.Quantity{Value: dec(v), Qualifier: ql, Scale: sc}, unit}
	}
	rg := func(lo, hi string, sc indicators.Scale, unit string) want {
		return want{indicators.Quantity{Low: dec(lo), High: dec(hi), Qualifier: indicators.Range, Scale: sc}, unit}
	}
	const ex, none = indicators.Exact, indicators.NoScale
	tests := []struct {
		in   string
		want want
		err  string // the whole message; empty when the figure reads
	}{
		// Notations a document never uses for a figure.
		{in: "1e308 billion", err: `indicators: cannot read figure "1e308 billion": "1e308" is exponent notation, which documents do not use for figures: write the number in digits with a scale word, as the document does ("1,000", "1.5 billion")`},
		{in: "1E3 countries", err: `indicators: cannot read figure "1E3 countries": "1E3" is exponent notation, which documents do not use for figures: write the number in digits with a scale word, as the document does ("1,000", "1.5 billion")`},
		{in: "2.5e-3 percent", err: `indicators: cannot read figure "2.5e-3 percent": "2.5e-3" is exponent notation, which documents do not use for figures: write the number in digits with a scale word, as the document does ("1,000", "1.5 billion")`},
		{in: "0x10 countries", err: `indicators: cannot read figure "0x10 countries": "0x10" is hexadecimal notation: write the number in decimal digits, as the document does (16)`},
		{in: "0b101 percent", err: `indicators: cannot read figure "0b101 percent": "0b101" is binary notation: write the number in decimal digits, as the document does (5)`},
		{in: "0o17 countries", err: `indicators: cannot read figure "0o17 countries": "0o17" is octal notation: write the number in decimal digits, as the document does (15)`},
		{in: "017 countries", err: `indicators: cannot read figure "017 countries": "017" has a leading zero, which some read as octal: write "17"`},
		{in: "1,2,3 countries", err: `indicators: cannot read figure "1,2,3 countries": "1,2,3" is not a number: write thousands separators in groups of three, like "1,000" or "12,345.6"`},
		{in: "1.5.3 percent", err: `indicators: cannot read figure "1.5.3 percent": "1.5.3" is not a number: write digits with at most one decimal point, like "2.5"`},
		{in: "12abc countries", err: `indicators: cannot read figure "12abc countries": "12abc" is not a number: letters glued to it would be read as the unit; write a space between the number and its unit, like "12 countries"`},
		{in: "1234567890123456789012 countries", err: `indicators: cannot read figure "1234567890123456789012 countries": "1234567890123456789012" has more digits than a figure can keep (18 at most): write it with a scale word, like "1.2 billion"`},
		// Glued on and still exact: scale words and measure symbols.
		{in: "279billion", want: pt("279e9", ex, indicators.Billion, "")},
		{in: "US$1.2bn", want: pt("1.2e9", ex, indicators.Billion, "USD")},
		{in: "500MW", want: pt("500", ex, none, "MW")},
		{in: "$279 billion", want: pt("279e9", ex, indicators.Billion, "USD")},
		{in: "3-5 countries", want: rg("3", "5", none, "country")},
		// Negative figures, with either minus sign, before or after "$".
		{in: "−0.3 percent", want: pt("-0.3", ex, none, "percent")},
		{in: "-0.3 percent", want: pt("-0.3", ex, none, "percent")},
		{in: "-$11.0 billion", want: pt("-11.0e9", ex, indicators.Billion, "USD")},
		{in: "−$11.0 billion", want: pt("-11.0e9", ex, indicators.Billion, "USD")},
		{in: "$-11.0 billion", want: pt("-11.0e9", ex, indicators.Billion, "USD")},
		{in: "nearly −350 MW", want: pt("-350", indicators.Nearly, none, "MW")},
		{in: "more than -5 percent", want: pt("-5", indicators.MoreThan, none, "percent")},
		{in: "−1 percentage point", want: pt("-1", ex, none, "percentage_point")},
		// Signed ranges.
		{in: "−5 to 5 percent", want: rg("-5", "5", none, "percent")},
		{in: "−5–5%", want: rg("-5", "5", none, "percent")},
		{in: "-5 to -3 percent", want: rg("-5", "-3", none, "percent")},
		{in: "−5–−3%", want: rg("-5", "-3", none, "percent")},
		{in: "between -2 and -1 percent", want: rg("-2", "-1", none, "percent")},
		{in: "between −2 and −1 percent", want: rg("-2", "-1", none, "percent")},
		{in: "-$5 billion to -$2 billion", want: rg("-5e9", "-2e9", indicators.Billion, "USD")},
		{in: "−$5 to $2 billion", want: rg("-5e9", "2e9", indicators.Billion, "USD")},
		// Signs that cannot be honoured.
		{in: "5 to −5 percent", err: `indicators: cannot read figure "5 to −5 percent": the range runs from 5 down to -5: write the low end first, "-5 to 5 percent"`},
		{in: "5--3 percent", err: `indicators: cannot read figure "5--3 percent": the range runs from 5 down to -3: write the low end first, "-3 to 5 percent"`},
		{in: "−3 countries", err: `indicators: cannot read figure "−3 countries": a count cannot be negative: write "3 countries", and for a fall add direction: down`},
		{in: "-3 to 2 countries", err: `indicators: cannot read figure "-3 to 2 countries": a count cannot be negative: write both ends without a sign`},
		{in: "- 5 percent", err: `indicators: cannot read figure "- 5 percent": a minus sign must stand right before its number: write "-5 percent"`},
		{in: "--5 percent", err: `indicators: cannot read figure "--5 percent": two signs in "--5 percent": write one minus sign right before the number`},
		{in: "+5 percent", err: `indicators: cannot read figure "+5 percent": a plus sign before a figure is not kept: write the figure without it ("5 percent"), and for a rise add direction: up`},
		{in: "−0 percent", err: `indicators: cannot read figure "−0 percent": a minus sign before zero cannot be kept: write 0 without a sign`},
		{in: "-five percent", err: `indicators: cannot read figure "-five percent": a negative figure is written in digits: write "-5"`},
		{in: "5 to -", err: `indicators: cannot read figure "5 to -": no number after the minus sign`},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.in)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("ParseStated(%q) = %+v %q, %v; want error %s", tc.in, q, u, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.in, err)
			continue
		}
		if !sameQuantity(q, tc.want.q) || u.String() != tc.want.unit {
			t.Errorf("ParseStated(%q) = %+v %q, want %+v %q", tc.in, q, u, tc.want.q, tc.want.unit)
		}
	}
}

// TestFormatSigned writes negative figures the one way the package does
// (a hyphen-minus first, before any currency sign) and reads them back.
func TestFormatSigned(t *testing.T) {
	usd := mustUnit("USD")
	tests := []struct {
		q       indicators.Quantity
		u       indicators.Unit
		prose   string
		compact string
	}{
		{indicators.Quantity{Value: dec("-11.0e9"), Scale: indicators.Billion}, usd, "-$11.0 billion", "-$11.0 billion"},
		{indicators.Point(dec("-0.3"), indicators.Exact), indicators.PercentUnit, "-0.3 percent", "-0.3%"},
		{indicators.Point(dec("-350"), indicators.Nearly), mustUnit("MW"), "nearly -350 MW", "nearly -350 MW"},
		{indicators.Point(dec("-1"), indicators.Exact), indicators.PercentagePointUnit, "-1 percentage point", "-1 pp"},
		{indicators.Quantity{Value: dec("-40e6"), Scale: indicators.Million}, mustUnit("CHF"), "-CHF 40 million", "-CHF 40 million"},
		// A compact range with a negative end says "to": "-5–-3%" would
		// have a dash too many.
		{indicators.Between(dec("-5"), dec("5")), indicators.PercentUnit, "-5 to 5 percent", "-5 to 5%"},
		{indicators.Between(dec("-5"), dec("-3")), indicators.PercentUnit, "-5 to -3 percent", "-5 to -3%"},
		{indicators.Quantity{Low: dec("-5e9"), High: dec("-2e9"), Qualifier: indicators.Range, Scale: indicators.Billion}, usd, "-$5 billion to -$2 billion", "-$5 to -$2 billion"},
		{indicators.Quantity{Low: dec("-5e9"), High: dec("2e9"), Qualifier: indicators.Range, Scale: indicators.Billion}, usd, "-$5 billion to $2 billion", "-$5 to $2 billion"},
	}
	for _, tc := range tests {
		for _, c := range []struct {
			st   indicators.Style
			want string
		}{{indicators.Style{}, tc.prose}, {indicators.Style{Compact: true}, tc.compact}} {
			got := indicators.Format(tc.q, tc.u, c.st)
			if got != c.want {
				t.Errorf("Format(%+v, %v, %+v) = %q, want %q", tc.q, tc.u, c.st, got, c.want)
			}
			q, u, err := indicators.ParseStated(got)
			if err != nil || !sameQuantity(q, tc.q) || u != tc.u {
				t.Errorf("ParseStated(%q) = %+v %v, %v; want %+v %v", got, q, u, err, tc.q, tc.u)
			}
		}
	}
}

// TestIntervalSigned pins what hedges allow around negative figures: approx
// and nearly are about the magnitude as written, the bounds about the
// signed value.
func TestIntervalSigned(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		stated string
		want   indicators.Interval
	}{
		{"nearly −350 MW", indicators.Interval{Lo: -350, Hi: -340, HiOpen: true}},
		{"nearly 350 MW", indicators.Interval{Lo: 340, Hi: 350, LoOpen: true}},
		{"nearly -0.3 percent", indicators.Interval{Lo: -0.3, Hi: -0.2, HiOpen: true}},
		{"about -0.3 percent", indicators.Interval{Lo: -0.35, Hi: -0.25}},
		{"more than -5 percent", indicators.Interval{Lo: -5, Hi: inf, LoOpen: true, HiOpen: true}},
		{"at least -5 percent", indicators.Interval{Lo: -5, Hi: inf, HiOpen: true}},
		{"up to -5 percent", indicators.Interval{Lo: -inf, Hi: -5, LoOpen: true}},
		{"less than -5 percent", indicators.Interval{Lo: -inf, Hi: -5, LoOpen: true, HiOpen: true}},
		{"-5 to -3 percent", indicators.Interval{Lo: -5, Hi: -3}},
		{"-$11.0 billion", indicators.Interval{Lo: -11e9, Hi: -11e9}},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.stated, err)
			continue
		}
		if got := q.IntervalFor(u); !closeSignedInterval(got, tc.want) {
			t.Errorf("ParseStated(%q).IntervalFor(%v) = %v, want %v", tc.stated, u, got, tc.want)
		}
	}
}

func TestParseDecimalMinusSign(t *testing.T) {
	tests := []struct {
		in   string
		want indicators.Decimal
	}{
		{"−11000000000", indicators.NewDecimal(-11000000000, 0)},
		{"−0.3", indicators.NewDecimal(-3, -1)},
		{"-0.3", indicators.NewDecimal(-3, -1)},
	}
	for _, tc := range tests {
		got, err := indicators.ParseDecimal(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseDecimal(%q) = %#v, %v; want %#v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []string{"−", "−−1", "-−1", "0x10", "1e308", "- 1"} {
		if got, err := indicators.ParseDecimal(bad); err == nil {
			t.Errorf("ParseDecimal(%q) = %v, want an error", bad, got)
		}
	}
}

// TestDerivedSigned carries negative and zero-straddling figures through
// the formulas: products and quotients take the least and greatest corner,
// and a divisor that may be zero gives an unbounded interval, never a
// finite one.
func TestDerivedSigned(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock}
	}
	inf := math.Inf(1)
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("neg", "-6 percent"), mk("pos", "3 percent"), mk("straddle", "-6 to 4 percent"),
			mk("two", "2 percent"), mk("zero-four", "0 to 4 percent"), mk("over-two", "more than 2 percent"),
			mk("nearly-neg", "nearly −350 MW"), mk("ten", "10 MW"), mk("students", "50 students"),
			mk("up-to", "up to 20 students"), mk("more100", "more than 100 students"),
			mk("more50", "more than 50 students"), mk("zero", "0 percent"), mk("deficit", "-$11.0 billion"),
			mk("trade", "$279 billion"),
		},
		Derived: []indicators.Derived{
			{ID: "neg-ratio", Op: indicators.Ratio, Inputs: []string{"neg", "pos"}},
			{ID: "straddle-ratio", Op: indicators.Ratio, Inputs: []string{"straddle", "two"}},
			{ID: "zero-end", Op: indicators.Ratio, Inputs: []string{"zero-four", "over-two"}},
			{ID: "nearly-sum", Op: indicators.Sum, Inputs: []string{"nearly-neg", "ten"}},
			{ID: "over-up-to", Op: indicators.Ratio, Inputs: []string{"students", "up-to"}},
			{ID: "by-zero", Op: indicators.Ratio, Inputs: []string{"pos", "zero"}},
			{ID: "by-straddle", Op: indicators.Ratio, Inputs: []string{"pos", "straddle"}},
			{ID: "opposite", Op: indicators.Difference, Inputs: []string{"more100", "more50"}},
			{ID: "deficit-share", Op: indicators.ShareOf, Inputs: []string{"deficit", "trade"}},
		},
	}
	tests := []struct {
		id       string
		want     string // Format, prose
		interval indicators.Interval
		err      string
	}{
		// −6 / 3, each rounded at its last digit: [−6.5, −5.5] / [2.5, 3.5].
		// Within one unit of −2: said to one figure, as a range would be no
		// more honest.
		{id: "neg-ratio", want: "-2 times", interval: indicators.Interval{Lo: -6.5 / 2.5, Hi: -5.5 / 3.5}},
		// [−6, 4] / [1.5, 2.5]: the corners −4 and 8/3.
		{id: "straddle-ratio", want: "-4 to 2.7 times", interval: indicators.Interval{Lo: -4, Hi: 4 / 1.5}},
		// [0, 4] / (2, +Inf): 0 is reached (0/3), so the low end is closed;
		// a bound at zero is no bound to state.
		{id: "zero-end", want: "less than 2 times", interval: indicators.Interval{Lo: 0, Hi: 2, HiOpen: true}},
		// [−350, −340) + [9.5, 10.5]: wider than "nearly −340"'s [−340, −330).
		{id: "nearly-sum", want: "-341 to -329 MW", interval: indicators.Interval{Lo: -340.5, Hi: -329.5, HiOpen: true}},
		// 50 / [0, 20]: at least 2.5, unbounded above.
		{id: "over-up-to", want: "at least 2.5 times", interval: indicators.Interval{Lo: 2.5, Hi: inf, HiOpen: true}},
		// −11.0 / 279, each rounded at its last digit: −3.97 to −3.92
		// percent, a share said to one decimal.
		{id: "deficit-share", want: "-3.9 percent", interval: indicators.Interval{Lo: -1105.0 / 278.5, Hi: -1095.0 / 279.5}},
		{id: "by-zero", err: `indicators: derived "by-zero": the divisor "zero" is 0 percent, which is or includes zero, so the ratio has no value`},
		{id: "by-straddle", err: `indicators: derived "by-straddle": the divisor "straddle" is -6 to 4 percent, which is or includes zero, so the ratio has no value`},
	}
	for _, tc := range tests {
		r, err := c.Compute(tc.id)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("Compute(%q) = %+v, %v; want error %s", tc.id, r, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Compute(%q): %v", tc.id, err)
			continue
		}
		if got := indicators.Format(r.Quantity, r.Unit, indicators.Style{}); got != tc.want {
			t.Errorf("Compute(%q) formats as %q, want %q", tc.id, got, tc.want)
		}
		if !closeSignedInterval(r.Interval, tc.interval) {
			t.Errorf("Compute(%q).Interval = %v, want %v", tc.id, r.Interval, tc.interval)
		}
	}
}

// closeSignedInterval is closeInterval with infinite ends compared exactly.
func closeSignedInterval(a, b indicators.Interval) bool {
	end := func(x, y float64) bool { return x == y || close(x, y) }
	return end(a.Lo, b.Lo) && end(a.Hi, b.Hi) && a.LoOpen == b.LoOpen && a.HiOpen == b.HiOpen
}

// TestVerifyKeepsSign: a figure stated without the sign (or without the
// other end of a range) the quote gives it is not in the quote.
func TestVerifyKeepsSign(t *testing.T) {
	for _, tc := range []struct {
		stated, quote string
		ok            bool
	}{
		{"0.3 percent", "output fell by −0.3 percent in May", false},
		{"0.3 percent", "output fell by -0.3 percent in May", false},
		{"-0.3 percent", "output fell by -0.3 percent in May", true},
		{"−0.3 percent", "output fell by −0.3 percent in May", true},
		{"5 countries", "with 3-5 countries in all", false},
		{"3-5 countries", "with 3-5 countries in all", true},
		{"$279 billion", "the economy—$279 billion in all", true},
		{"0.3 percent", "rates (-0.3 percent) held", false},
	} {
		text := tc.quote + "\n"
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{
				ID: "x", Title: "X", Entities: []string{"US"}, Stated: tc.stated,
				Provenance: []indicators.Provenance{{Source: "s", Quote: tc.quote, Span: indicators.Span{Start: 0, End: len(tc.quote)}}},
			}},
		}
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tc.stated, err)
		}
		c.Indicators[0].Quantity, c.Indicators[0].Unit = q, u
		err = c.Verify()
		if got := !hasMismatch(err); got != tc.ok {
			t.Errorf("Verify(stated %q, quote %q) ok = %v, want %v (%v)", tc.stated, tc.quote, got, tc.ok, err)
		}
	}
}

func hasMismatch(err error) bool {
	return err != nil && errors.Is(err, indicators.ErrMismatch)
}
