package extract

import "testing"

// TestThreeYearSpans: a two-digit end one year on is a year across two
// ("2014-15", as "2014/15"); two or more years on ("2010–12",
// "2006-08", life tables' three-year periods) it is a span of years.
func TestThreeYearSpans(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"life expectancy at birth in 2010–12 was 78.9 years", "2010/2012"},
		{"between 2006-08 and 2010-12", "2006/2008"},
		{"deaths registered in 2018–20 averaged 1,200", "2018/2020"},
		{"spending in 2014-15 rose", "2014/15"},
		{"in 2021/22 the farm year", "2021/22"},
	}
	for _, tt := range tests {
		refs := yearsIn(tt.text, 0)
		if len(refs) == 0 {
			t.Errorf("%q: no year read", tt.text)
			continue
		}
		if got := refs[0].period.String(); got != tt.want {
			t.Errorf("%q: period %s, want %s", tt.text, got, tt.want)
		}
	}
}

// TestISODateNoSpan: "2009-12-31" is a day, never the years 2009 to 2012
// (review16b item 9).
func TestISODateNoSpan(t *testing.T) {
	for _, text := range []string{"data for 2009-12-31 show", "as at 2010-12-01 the stock"} {
		for _, r := range yearsIn(text, 0) {
			if r.period.IsSpan() {
				t.Errorf("%q: read as the span %s", text, r.period)
			}
		}
	}
}
