package indicators_test

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func dec(s string) indicators.Decimal { return indicators.MustParseDecimal(s) }

func TestParseDecimal(t *testing.T) {
	tests := []struct {
		in      string
		want    indicators.Decimal
		str     string
		sigFigs int
	}{
		{"279", indicators.NewDecimal(279, 0), "279", 3},
		{"2.5", indicators.NewDecimal(25, -1), "2.5", 2},
		{"2.50", indicators.NewDecimal(250, -2), "2.50", 3},
		{"1,000", indicators.NewDecimal(1000, 0), "1000", 4},
		{"0.05", indicators.NewDecimal(5, -2), "0.05", 1},
		{"-3", indicators.NewDecimal(-3, 0), "-3", 1},
		{"279e9", indicators.NewDecimal(279, 9), "279000000000", 3},
		{"1.2e9", indicators.NewDecimal(12, 8), "1200000000", 2},
		{"30", indicators.NewDecimal(30, 0), "30", 2},
		{"0", indicators.NewDecimal(0, 0), "0", 1},
	}
	for _, tc := range tests {
		got, err := indicators.ParseDecimal(tc.in)
		if err != nil {
			t.Errorf("ParseDecimal(%q) error %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("ParseDecimal(%q) = %#v, want %#v", tc.in, got, tc.want)
		}
		if s := got.String(); s != tc.str {
			t.Errorf("ParseDecimal(%q).String() = %q, want %q", tc.in, s, tc.str)
		}
		if n := got.SigFigs(); n != tc.sigFigs {
			t.Errorf("ParseDecimal(%q).SigFigs() = %d, want %d", tc.in, n, tc.sigFigs)
		}
	}
	for _, bad := range []string{"", "-", "1.", ".", "1,00", "12,3456", "1e", "abc", "1.2.3", "1234567890123456789", "1e999"} {
		if _, err := indicators.ParseDecimal(bad); err == nil {
			t.Errorf("ParseDecimal(%q) succeeded, want an error", bad)
		}
	}
}

func TestDecimalExact(t *testing.T) {
	// No float noise: 279 billion is exactly 279000000000, 2.5 stays 2.5,
	// and 0.1 + 0.2 style noise never appears in String.
	if got := indicators.NewDecimal(279, 9).String(); got != "279000000000" {
		t.Errorf("279e9 = %q", got)
	}
	if got := dec("0.3").String(); got != "0.3" {
		t.Errorf("0.3 = %q", got)
	}
	if !indicators.NewDecimal(279, 9).Equal(dec("279000000000")) {
		t.Errorf("279e9 and 279000000000 are not Equal")
	}
	tests := []struct {
		a, b string
		want int
	}{
		{"1", "2", -1}, {"2", "1", 1}, {"2.5", "2.50", 0}, {"-1", "1", -1}, {"-2", "-1", -1},
		{"0.001", "0.01", -1}, {"1000", "999", 1}, {"0", "-0.5", 1},
	}
	for _, tc := range tests {
		if got := dec(tc.a).Cmp(dec(tc.b)); got != tc.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	if got := dec("1234567.5").Text(","); got != "1,234,567.5" {
		t.Errorf("Text = %q", got)
	}
}

func TestInterval(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		q    indicators.Quantity
		want indicators.Interval
	}{
		{indicators.Point(dec("279e9"), indicators.Exact), indicators.Interval{Lo: 279e9, Hi: 279e9}},
		{indicators.Point(dec("5"), indicators.Approx), indicators.Interval{Lo: 4.5, Hi: 5.5}},
		{indicators.Point(dec("350e9"), indicators.Nearly), indicators.Interval{Lo: 340e9, Hi: 350e9, LoOpen: true}},
		{indicators.Point(dec("30"), indicators.Nearly), indicators.Interval{Lo: 20, Hi: 30, LoOpen: true}},
		{indicators.Point(dec("1000"), indicators.MoreThan), indicators.Interval{Lo: 1000, Hi: inf, LoOpen: true, HiOpen: true}},
		{indicators.Point(dec("1000"), indicators.AtLeast), indicators.Interval{Lo: 1000, Hi: inf, HiOpen: true}},
		{indicators.Point(dec("10"), indicators.UpTo), indicators.Interval{Lo: -inf, Hi: 10, LoOpen: true}},
		{indicators.Point(dec("10"), indicators.LessThan), indicators.Interval{Lo: -inf, Hi: 10, LoOpen: true, HiOpen: true}},
		{indicators.Between(dec("26"), dec("28")), indicators.Interval{Lo: 26, Hi: 28}},
	}
	for _, tc := range tests {
		if got := tc.q.Interval(); got != tc.want {
			t.Errorf("%v %v: Interval() = %v, want %v", tc.q.Qualifier, tc.q.Value, got, tc.want)
		}
	}
	// Counts cannot be negative: "up to 5 countries" is [0, 5].
	if got := indicators.Point(dec("5"), indicators.UpTo).IntervalFor(indicators.CountOf("country")); got != (indicators.Interval{Lo: 0, Hi: 5}) {
		t.Errorf("IntervalFor(count) = %v, want [0, 5]", got)
	}
	// A hedge never moves the drawn end; a range draws both ends.
	if lo, hi := indicators.Between(dec("3"), dec("5")).Ends(); lo != 3 || hi != 5 {
		t.Errorf("Ends of 3-5 = %v, %v", lo, hi)
	}
	if _, hi := indicators.Point(dec("350"), indicators.Nearly).Ends(); hi != 350 {
		t.Errorf("nearly 350 ends at %v", hi)
	}
	nearly := indicators.Point(dec("350"), indicators.Nearly).Interval()
	if !nearly.Contains(345) || nearly.Contains(351) || nearly.Contains(340) || !nearly.Contains(350) {
		t.Errorf("nearly 350 interval %v contains the wrong numbers", nearly)
	}
}

func TestQuantityValidate(t *testing.T) {
	if err := indicators.Between(dec("28"), dec("26")).Validate(); err == nil {
		t.Errorf("range 28..26 validated")
	}
	if err := (indicators.Quantity{Qualifier: 99}).Validate(); err == nil {
		t.Errorf("qualifier 99 validated")
	}
	if err := indicators.Between(dec("26"), dec("28")).Validate(); err != nil {
		t.Errorf("range 26..28: %v", err)
	}
}

func TestWordsRoundTrip(t *testing.T) {
	for q := indicators.Exact; q <= indicators.Range; q++ {
		got, err := indicators.ParseQualifier(q.String())
		if err != nil || got != q {
			t.Errorf("ParseQualifier(%q) = %v, %v", q.String(), got, err)
		}
	}
	for s := indicators.NoScale; s <= indicators.Trillion; s++ {
		got, err := indicators.ParseScale(s.String())
		if err != nil || got != s {
			t.Errorf("ParseScale(%q) = %v, %v", s.String(), got, err)
		}
	}
	for _, p := range []string{"2014", "2015-03-31", "2010/2014", "2015-03", "not stated", "2024-Q1", "2024-Q3", "2024-H2", "2023-11/2024-01", "FY2020", "FY2024-25"} {
		got, err := indicators.ParsePeriod(p)
		if err != nil || got.String() != p {
			t.Errorf("ParsePeriod(%q) = %v, %v", p, got, err)
		}
	}
	if got := indicators.NotStated.Label(); got != "year not stated" {
		t.Errorf("NotStated.Label() = %q", got)
	}
	for _, bad := range []string{"14", "2014-13", "2015-02-29", "2014/2014", "soon", "2024-Q5", "2024-H3", "2024-Q0", "24-Q1", "2024-q3", "FY20", "FY2024-26", "FY2024-2025", "FY", "FY 2020", "fy2020", "FY2020/2022"} {
		if _, err := indicators.ParsePeriod(bad); err == nil {
			t.Errorf("ParsePeriod(%q) succeeded", bad)
		}
	}
}

func TestSpans(t *testing.T) {
	text := "a ℃ b\u00a0c"
	b := indicators.Span{Start: 2, End: 5} // "℃"
	x := indicators.NewRunes(text)
	r := x.Span(b)
	if r != (indicators.RuneSpan{Start: 2, End: 3}) {
		t.Errorf("Runes.Span(%v) = %v, want 2..3", b, r)
	}
	back, ok := x.Bytes(r)
	if !ok || back != b {
		t.Errorf("Runes.Bytes(%v) = %v, %v, want %v", r, back, ok, b)
	}
	if _, ok := x.Bytes(indicators.RuneSpan{Start: 0, End: 99}); ok {
		t.Errorf("Runes.Bytes past the end succeeded")
	}
	if _, ok := x.Bytes(indicators.RuneSpan{Start: 3, End: 2}); ok {
		t.Errorf("Runes.Bytes of a backwards span succeeded")
	}
	end, ok := x.Bytes(indicators.RuneSpan{Start: 6, End: 7})
	if !ok || end.End != len(text) {
		t.Errorf("Runes.Bytes to the end = %v, %v", end, ok)
	}
	if got := x.Offset(len(text) + 5); got != 7 {
		t.Errorf("Runes.Offset past the end = %d, want 7 (clamped)", got)
	}
	if _, ok := (indicators.Span{Start: 3, End: 5}).In(text); ok {
		t.Errorf("a span inside a UTF-8 sequence was accepted")
	}
}
