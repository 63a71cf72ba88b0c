package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestFormatBothWays writes each figure the way the document does and reads
// it back.
func TestFormatBothWays(t *testing.T) {
	usd := mustUnit("USD")
	tests := []struct {
		q       indicators.Quantity
		u       indicators.Unit
		prose   string
		compact string
	}{
		{indicators.Quantity{Value: dec("279e9"), Scale: indicators.Billion}, usd, "$279 billion", "$279 billion"},
		{indicators.Quantity{Value: dec("350e9"), Qualifier: indicators.Nearly, Scale: indicators.Billion}, usd, "nearly $350 billion", "nearly $350 billion"},
		{indicators.Between(dec("26"), dec("28")), indicators.PercentUnit, "26 to 28 percent", "26–28%"},
		{indicators.Between(dec("3"), dec("5")), indicators.CountOf("country"), "3 to 5 countries", "3–5 countries"},
		{indicators.Point(dec("30"), indicators.Exact), indicators.CountOf("countries"), "30 countries", "30 countries"},
		{indicators.Point(dec("1"), indicators.Exact), indicators.CountOf("country"), "1 country", "1 country"},
		{indicators.Point(dec("2"), indicators.Exact), mustUnit("degC"), "2 ℃", "2 ℃"},
		{indicators.Point(dec("2"), indicators.Exact), indicators.Unit{Kind: indicators.Rank, Name: "largest"}, "second-largest", "second-largest"},
		{indicators.Point(dec("1"), indicators.Exact), indicators.Unit{Kind: indicators.Rank, Name: "largest"}, "largest", "largest"},
		{indicators.Point(dec("30"), indicators.Nearly), indicators.PercentUnit, "nearly 30 percent", "nearly 30%"},
		{indicators.Between(dec("6"), dec("10")), indicators.TimesUnit, "6 to 10 times", "6–10 times"},
		{indicators.Quantity{Low: dec("1e9"), High: dec("2e9"), Qualifier: indicators.Range, Scale: indicators.Billion}, usd, "$1 billion to $2 billion", "$1–2 billion"},
		{indicators.Quantity{Value: dec("1000"), Qualifier: indicators.MoreThan}, indicators.CountOf("student"), "more than 1,000 students", "more than 1,000 students"},
		{indicators.Quantity{Value: dec("5e12"), Qualifier: indicators.Approx, Scale: indicators.Trillion}, mustUnit("JPY"), "about ¥5 trillion", "about ¥5 trillion"},
		{indicators.Quantity{Value: dec("2.5"), Qualifier: indicators.UpTo}, indicators.PercentagePointUnit, "up to 2.5 percentage points", "up to 2.5 pp"},
		{indicators.Quantity{Value: dec("40e6"), Qualifier: indicators.LessThan, Scale: indicators.Million}, mustUnit("CHF"), "less than CHF 40 million", "less than CHF 40 million"},
		{indicators.Quantity{Value: dec("500"), Qualifier: indicators.AtLeast}, mustUnit("MW"), "at least 500 MW", "at least 500 MW"},
		{indicators.Quantity{Value: dec("178.4e6"), Qualifier: indicators.Approx, Scale: indicators.Million}, mustUnit("XDR"), "about SDR 178.4 million", "about SDR 178.4 million"},
	}
	for _, tc := range tests {
		if got := indicators.Format(tc.q, tc.u, indicators.Style{}); got != tc.prose {
			t.Errorf("Format(%+v, %v) = %q, want %q", tc.q, tc.u, got, tc.prose)
		}
		if got := indicators.Format(tc.q, tc.u, indicators.Style{Compact: true}); got != tc.compact {
			t.Errorf("Format(%+v, %v, compact) = %q, want %q", tc.q, tc.u, got, tc.compact)
		}
		for _, s := range []string{tc.prose, tc.compact} {
			q, u, err := indicators.ParseStated(s)
			if err != nil {
				t.Errorf("ParseStated(%q): %v", s, err)
				continue
			}
			if !sameQuantity(q, tc.q) || u.String() != tc.u.String() || u.Kind != tc.u.Kind {
				t.Errorf("ParseStated(%q) = %+v %v, want %+v %v", s, q, u, tc.q, tc.u)
			}
		}
	}
}

func sameQuantity(a, b indicators.Quantity) bool {
	return a.Qualifier == b.Qualifier && a.Scale == b.Scale && a.Value.Equal(b.Value) && a.Low.Equal(b.Low) && a.High.Equal(b.High)
}

// TestParseStatedDocumentWording covers the ways documents write figures.
func TestParseStatedDocumentWording(t *testing.T) {
	tests := []struct {
		in   string
		q    indicators.Quantity
		unit string
	}{
		{"3-5 countries", indicators.Between(dec("3"), dec("5")), "country"},
		{"26\u00a0to\u00a028 per cent", indicators.Between(dec("26"), dec("28")), "percent"},
		{"between 20 and 25 percent", indicators.Between(dec("20"), dec("25")), "percent"},
		{"second largest", indicators.Point(dec("2"), indicators.Exact), "rank"},
		{"US$1.2bn", indicators.Quantity{Value: dec("1.2e9"), Scale: indicators.Billion}, "USD"},
		{"$3B", indicators.Quantity{Value: dec("3e9"), Scale: indicators.Billion}, "USD"},
		{"$55 billion to $93 billion", indicators.Quantity{Low: dec("55e9"), High: dec("93e9"), Qualifier: indicators.Range, Scale: indicators.Billion}, "USD"},
		{"100 million yen", indicators.Quantity{Value: dec("100e6"), Scale: indicators.Million}, "JPY"},
		{"almost 2 °C", indicators.Point(dec("2"), indicators.Nearly), "degC"},
		{"two nations", indicators.Point(dec("2"), indicators.Exact), "nation"},
		{"an estimated 1,500 people", indicators.Point(dec("1500"), indicators.Approx), "person"},
		{"over 40%", indicators.Point(dec("40"), indicators.MoreThan), "percent"},
		{"fewer than 10 sites", indicators.Point(dec("10"), indicators.LessThan), "site"},
		{"no more than 3 tonnes", indicators.Point(dec("3"), indicators.UpTo), "t"},
		{"€40 million", indicators.Quantity{Value: dec("40e6"), Scale: indicators.Million}, "EUR"},
		{"SDR 820 million", indicators.Quantity{Value: dec("820e6"), Scale: indicators.Million}, "XDR"},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.in)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.in, err)
			continue
		}
		if !sameQuantity(q, tc.q) || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) = %+v %q, want %+v %q", tc.in, q, u, tc.q, tc.unit)
		}
	}
	for _, bad := range []string{"", "lots", "nearly", "3 to", "between 3 or 5", "5 to 3 percent", "$5 ¥", "10 XYZ!"} {
		if q, u, err := indicators.ParseStated(bad); err == nil {
			t.Errorf("ParseStated(%q) = %+v %v, want an error", bad, q, u)
		}
	}
}

func TestUnits(t *testing.T) {
	tests := []struct {
		in, want, err string
	}{
		{"USD", "USD", ""},
		{"JPY", "JPY", ""},
		{"percent", "percent", ""},
		{"percentage_point", "percentage_point", ""},
		{"country", "country", ""},
		{"countries", "countries", ""}, // kept as written: the catalog says the singular
		{"rank", "rank", ""},
		{"degC", "degC", ""},
		{"°C", "degC", ""},
		{"MW", "MW", ""},
		{"tonnes", "t", ""},
		{"usd", "", `indicators: currency code "usd" must be upper case: write "USD"`},
		{"DEM", "", `indicators: currency "DEM" is not in use today: write the current ISO 4217 code`},
		{"XYZ", "", `indicators: unknown currency "XYZ": write an ISO 4217 code such as "USD" or "JPY"`},
		{"Apples", "", `indicators: unknown unit "Apples": write an ISO 4217 code ("USD"), percent, percentage_point, rank, times, a measure symbol ("degC", "t", "MW") or a counted noun in lower case ("country")`},
	}
	for _, tc := range tests {
		u, err := indicators.ParseUnit(tc.in)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if u.String() != tc.want || gotErr != tc.err {
			t.Errorf("ParseUnit(%q) = %q, %q; want %q, %q", tc.in, u, gotErr, tc.want, tc.err)
		}
	}
	if si, ok := mustUnit("degC").SI(2); !ok || si.Value() != 275.15 {
		t.Errorf("2 ℃ in SI = %v, %v; want 275.15 K", si, ok)
	}
	for _, w := range [][2]string{{"country", "countries"}, {"person", "people"}, {"nuclear plant", "nuclear plants"}, {"box", "boxes"}, {"key", "keys"}, {"series", "series"},
		{"house", "houses"}, {"dose", "doses"}, {"size", "sizes"}, {"process", "processes"}, {"virus", "viruses"},
		{"gas", "gases"}, {"tax", "taxes"}, {"match", "matches"}, {"case", "cases"}, {"base", "bases"}} {
		if got := indicators.Plural(w[0]); got != w[1] {
			t.Errorf("Plural(%q) = %q, want %q", w[0], got, w[1])
		}
		if got := indicators.Singular(w[1]); got != w[0] {
			t.Errorf("Singular(%q) = %q, want %q", w[1], got, w[0])
		}
	}
}
