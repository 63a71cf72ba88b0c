package extract

import "testing"

// TestYearsInSplitYear: a year pair written with a slash, or with a dash
// that the words around it name a school or academic year, is a year
// across two calendar years (indicators.SplitYear), written as the model
// writes it; fiscal words make it a fiscal year; a dash without school
// words is one too (grid22: "in 2021-22", an Australian or UK release's
// year, was read as the year it ends in).
func TestYearsInSplitYear(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The attendance rate for the 2018/19 school year was 93.0%.", "2018/19"},
		{"down slightly from 93.3% in the 2016/17 school year", "2016/17"},
		{"enrolment in academic year 2019/20 rose", "2019/20"},
		{"the 2023-24 academic session", "2023/24"},
		{"the 2023-24 School Year", "2023/24"},
		{"There were 21.6 cases of exclusion per 1,000 pupils in 2018/19.", "2018/19"},
		{"In 2021/22, the average Farm Business Income (FBI) across all UK farm types, at current prices, was £72,000", "2021/22"},
		{"Public sector net debt was 97.6% of GDP in 2021/22.", "2021/22"},
		{"spending in financial year 2021/22", "2021/22"},
		{"There were 21.6 cases of exclusion per 1,000 pupils in 2018-19.", "2018/19"},
		{"from 2019/21", "2021"}, // its second year does not follow: read as before
		{"spending in fiscal year 2024-25", "FY2024-25"},
		{"from 2018/19 to 2020/21 school year", "2018/19"},
		{"from 2018-19 to 2020-21 school year", "2018/19"},
	}
	for _, tt := range tests {
		rs := yearsIn(tt.text, 0)
		if len(rs) == 0 {
			t.Errorf("yearsIn(%q) found no year, want %s", tt.text, tt.want)
			continue
		}
		if got := rs[0].period.String(); got != tt.want {
			t.Errorf("yearsIn(%q)[0] = %s, want %s", tt.text, got, tt.want)
		}
	}
}
