package indicators

import (
	"strings"
	"testing"
)

// TestPeriodAdvice checks that periods written in a release's words are
// refused with the form to write, and that the form given parses: round
// D's "FYE March 2018", "end of September 2017" and "autumn 2024", and
// other kinds' ("financial year ending June 2022", "year ending
// September 2024").
func TestPeriodAdvice(t *testing.T) {
	tests := []struct {
		in, write string // write: the form the message gives first
	}{
		{"FYE March 2018", "2017/18"},
		{"financial year ending March 2018", "2017/18"},
		{"financial year ending June 2022", "2021/22"},
		{"fiscal year ended December 2020", "2020"},
		{"year ending September 2024", "2023-10/2024-09"},
		{"year ending December 2024", "2024"},
		{"end of September 2017", "2017-09-30"},
		{"at the end of February 2024", "2024-02-29"},
		{"the end of 2017", "2017-12-31"},
		{"autumn 2024", "2024"},
		{"Spring 2023", "2023"},
		{"September 2017", "2017-09"},
		{"Sept. 2017", "2017-09"},
		// Round F's climate report: "3.2°F above the 20th century average".
		{"20th century", "1901/2000"},
		{"the 20th-century average", "1901/2000"},
		{"twentieth century", "1901/2000"},
		{"21st century", "2001/2100"},
		// s17i-courts and s17i-vehicles wrote quarters as the documents
		// do ("Q3 2022", "Q2 2021") and got the list of every form.
		{"Q3 2022", "2022-Q3"},
		{"Q2 2021", "2021-Q2"},
		{"2022 Q3", "2022-Q3"},
		{"2022Q3", "2022-Q3"},
		{"Q4/2022", "2022-Q4"},
		{"third quarter of 2022", "2022-Q3"},
		{"3rd quarter 2022", "2022-Q3"},
		{"H2 2022", "2022-H2"},
		// s17i-broadband's as-at day; a fiscal year with a space
		// (testdata/kinds/finances writes FY2017-18).
		{"30 June 2023", "2023-06-30"},
		{"June 30, 2023", "2023-06-30"},
		{"29 February 2024", "2024-02-29"},
		{"FY 2022-23", "FY2022-23"},
		{"FY 2022/23", "FY2022-23"},
		{"FY 2020", "FY2020"},
		// s27x-fuelpov: a stock "as at October 2024"; verify30: the end
		// of a financial year is the day its country's ends.
		{"as at October 2024", "2024-10"},
		{"as of March 2023", "2023-03"},
		{"end of the financial year 2018-19", "2019-03-31"},
		{"at the end of financial year 2018/19", "2019-03-31"},
		{"end of FY2020", "2020-03-31"},
	}
	for _, tt := range tests {
		_, err := ParsePeriod(tt.in)
		if err == nil {
			t.Errorf("ParsePeriod(%q) = nil error, want advice", tt.in)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, "write "+tt.write) {
			t.Errorf("ParsePeriod(%q) error = %q, want it to say write %s", tt.in, msg, tt.write)
		}
		if _, err := ParsePeriod(tt.write); err != nil {
			t.Errorf("ParsePeriod(%q), the advice for %q: %v", tt.write, tt.in, err)
		}
	}
	// Periods that parse, or words that are none of these, get no advice.
	for _, s := range []string{"2024", "FY2020", "2021-22", "2017-09", "end", "Narnia 2024", "22nd century", "20th birthday",
		"2024-Q3", "2024-H2", "2015-06-30", "FY2022-23", "31 February 2023", "Q5 2022", "FY 2022-24", "fifth quarter 2022"} {
		if got := periodAdvice(s); got != "" {
			t.Errorf("periodAdvice(%q) = %q, want \"\"", s, got)
		}
	}
}

// TestSubdivisionAdvice checks that a state, province or nation written by
// name is told its ISO 3166-2 code, and that the code given is an entity:
// round D's "South Australia" and other kinds' ("Ontario", "California",
// "Scotland" through PlaceForms).
func TestSubdivisionAdvice(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"South Australia", `"AU-SA" (South Australia, Australia)`},
		{"New South Wales", `"AU-NSW" (New South Wales, Australia)`},
		{"Ontario", `"CA-ON" (Ontario, Canada)`},
		{"the State of California", ""},
		{"california", `"US-CA" (California, United States)`},
		{"Scotland", `"GB-SCT" (Scotland)`},
		{"Australia", `"AU" (Australia)`},
	} {
		err := CheckEntity(tt.in)
		if err == nil {
			t.Errorf("CheckEntity(%q) = nil, want an error", tt.in)
			continue
		}
		if tt.want == "" {
			if strings.Contains(err.Error(), "did you mean") {
				t.Errorf("CheckEntity(%q) = %q, want no suggestion", tt.in, err)
			}
			continue
		}
		if !strings.Contains(err.Error(), "did you mean "+tt.want) {
			t.Errorf("CheckEntity(%q) = %q, want it to suggest %s", tt.in, err, tt.want)
		}
		code, _, _ := strings.Cut(strings.TrimPrefix(tt.want, `"`), `"`)
		if err := CheckEntity(code); err != nil {
			t.Errorf("CheckEntity(%q), the advice for %q: %v", code, tt.in, err)
		}
	}
}

// TestRelativeBaseAdvice checks that a base written relative to the
// period ("the previous year") is told the period to write, of the
// period's own kind: the same quarter, month or day a year before.
func TestRelativeBaseAdvice(t *testing.T) {
	for _, tt := range []struct{ base, period, want string }{
		{"previous year", "2022-Q3", "write base: 2021-Q3"},     // s17i-courts
		{"the previous year", "2021-Q2", "write base: 2020-Q2"}, // s17i-vehicles
		{"a year earlier", "2015-06-30", "write base: 2014-06-30"},
		{"10 years ago", "2023", "write base: 2013"}, // testdata/kinds/police's peak
		{"five years earlier", "2021/22", "write base: 2016/17"},
		{"a year ago", "2024-02-29", ""}, // no 29 February in 2023
		{"a year ago", "../2018-06-02", ""},
	} {
		p, err := ParsePeriod(tt.period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tt.period, err)
		}
		got := relativeBase(tt.base, p)
		if tt.want == "" && got != "" || !strings.HasSuffix(got, tt.want) {
			t.Errorf("relativeBase(%q, %s) = %q, want it to end %q", tt.base, tt.period, got, tt.want)
		}
	}
}
