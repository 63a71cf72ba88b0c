package extract

import "testing"

// tables44Table is a regulator's quarterly table in markdown: a row that
// stops before its last empty cell, a row with its empty cell written, a
// column of the span of the others ("Year to date"), and a stock under
// quarters. Invented figures.
const tables44Table = "Registrations and register information\n\n" +
	"There were 170,001 charities on the register at the end of June 2025 with a total annual income of £93 billion and a total expenditure of £92 billion.\n\n" +
	"Category | July to Sept 2024 | Oct to Dec 2024 | Jan to Mar 2025 | April to June 2025 | Year to date |\n" +
	"---|---|---|---|---|---|\n" +
	"Registration applications | 2,101 | 2,202 | 2,303 | 2,404 | 9,010 |\n" +
	"Charities on the register | 160,111 | 160,222 | 160,333 | 160,444 | |\n" +
	"Trustees | 901,111 | 902,222 | 903,333 | 904,444 |\n"

// tables44Years is a table of years with a "Total" column and one whose
// header names no period.
const tables44Years = "Appeals\n\n" +
	"Outcome | 2021 | 2022 | 2023 | Total | Notes |\n" +
	"---|---|---|---|---|---|\n" +
	"Appeals received | 1,101 | 1,202 | 1,303 | 3,606 | 7 |\n"

// tables44Places is a table whose columns name no period: its cells keep
// the period the text gives them (the near miss of not stated).
const tables44Places = "Appeals in 2023\n\n" +
	"In 2023, appeals were received in every region.\n\n" +
	"Outcome | North | South | Total |\n" +
	"---|---|---|---|\n" +
	"Appeals received | 1,101 | 1,202 | 2,303 |\n"

// TestTables44Columns: a row with fewer cells than its header takes its
// columns from the left; a column whose header is a span over the
// columns of periods beside it ("Year to date", "Total") is that span; a
// column whose header names no period, in a table whose others do, is
// not stated, never another row's or sentence's period; a stock under a
// quarter is held at its last month. A table of no period columns keeps
// the text's period.
func TestTables44Columns(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"a quarter column, a flow", tables44Table, "2,202", map[string]string{"period": "2024-Q4", "measure": "flow"}},
		{"year to date: the span of the quarters", tables44Table, "9,010", map[string]string{"period": "2024-07/2025-06"}},
		{"a stock under a quarter: its last month", tables44Table, "160,222", map[string]string{"period": "2024-12", "measure": "stock"}},
		{"a short row aligns from the left", tables44Table, "901,111", map[string]string{"period": "2024-09", "unit": "trustee"}},
		{"a short row's last cell", tables44Table, "904,444", map[string]string{"period": "2025-06"}},
		{"total under years: the span of the years", tables44Years, "3,606", map[string]string{"period": "2021/2023"}},
		{"a year column", tables44Years, "1,202", map[string]string{"period": "2022"}},
		{"a column of no period beside years: not stated", tables44Years, "7", map[string]string{"period": "not stated"}},
		{"near miss: columns of places keep the text's year", tables44Places, "2,303", map[string]string{"period": "2023"}},
	})
}

// TestTables44YearFlow: a flow named a year's ("total annual income")
// never takes the month of a stock dated before it in its sentence; the
// stock keeps it, and a flow of no such word keeps today's reading.
func TestTables44YearFlow(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"the stock keeps its month", tables44Table, "170,001 charities", map[string]string{"period": "2025-06-30"}},
		{"an annual flow: not stated", tables44Table, "£93 billion", map[string]string{"period": "not stated"}},
		{"a flow after it in the same annual phrase", tables44Table, "£92 billion", map[string]string{"period": "not stated"}},
		{"near miss: no annual word keeps the month", "Register\n\nThere were 1,200 charities at the end of June 2025 with a total income of £93 billion.\n", "£93 billion", map[string]string{"period": "2025-06"}},
	})
}

// TestTables44Windows: a rolling window of months ("the 24 months up to
// June 2019", a footnote's digit glued to its year) is its span, for a
// count of what happened over it too; "the 24-month reporting period"
// points back to the latest window of as many months stated before it,
// not an earlier one a sentence compares it with.
func TestTables44Windows(t *testing.T) {
	const text = "Dental statistics\n\n" +
		"Half of all adults (21.50m) saw a dentist in the 24 months up to June 20193. This is compared to 22.10m in the 24 months to June 2018.\n\n" +
		"The North recorded the highest share of adults seeing a dentist in the 24-month reporting period, at 55.1%.\n"
	runFieldCases(t, []fieldCase{
		{"a window with a footnote's digit glued", text, "21.50m", map[string]string{"period": "2017-07/2019-06"}},
		{"the window it is compared to", text, "22.10m", map[string]string{"period": "2016-07/2018-06"}},
		{"the n-month reporting period: the latest window", text, "55.1%", map[string]string{"period": "2017-07/2019-06"}},
		{"near miss: a year with a figure glued is no window", "Dental statistics\n\nIn June 2019 adults made 20193 visits.\n", "20193 visits", map[string]string{"period": "2019-06"}},
	})
}

// TestTables44Yearless: a release that names no year dates a month it
// names without one by its issue (here the month its address writes): the
// latest such month up to then; a window ending in it is the months to
// it; a sentence naming no month takes the last one named before it. A
// release naming a year anywhere is left as before (near miss).
func TestTables44Yearless(t *testing.T) {
	const text = "The value of total goods exports rose 11.2% year-on-year in February, the statistics department announced today.\n\n" +
		"The value of goods exports totalled $201.7 billion.\n\n" +
		"Comparing the three-month period ending in February with the preceding three months, the value of goods exports increased 3%. The value of goods imports increased 6.3%.\n"
	const url = "http://www.example.gov/en/html/2017/03/20170327_170418.shtml"
	cases := []struct{ name, text, stated, want string }{
		{"a month of its own", text, "11.2%", "2017-02"},
		{"the last month named before", text, "$201.7 billion", "2017-02"},
		{"a window ending in a month", text, "3%", "2016-12/2017-02"},
		{"the window named before", text, "6.3%", "2016-12/2017-02"},
		{"a month after the issue's month is last year's", "Exports rose 11.2% in November, the department announced.\n", "11.2%", "2016-11"},
		{"near miss: a year named anywhere", "Exports rose 11.2% in February, the department announced. Exports were higher in 2015.\n", "11.2%", "not stated"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := draftPeriodWithURL(t, tc.text, url, tc.stated)
			if got != tc.want {
				t.Errorf("period of %q = %s, want %s", tc.stated, got, tc.want)
			}
		})
	}
}

// TestTables44ObservedIn: in a national release, a figure in the
// parenthesis right after "observed in March" is March's, of the
// release's year; one outside it keeps the release's month.
func TestTables44ObservedIn(t *testing.T) {
	const text = "Labour Force Survey, April 2022\nReleased: 2022-05-06\n" +
		"Employment was little changed in April after two consecutive months of growth. The unemployment rate edged down 0.1 percentage points to 5.2%.\n" +
		"Average hourly wages were up 3.3% (+$0.99 to $31.06) year over year, similar to the growth observed in March (+$1.03; +3.4%).\n"
	runFieldCases(t, []fieldCase{
		{"in the parenthesis after observed in March", text, "3.4%", map[string]string{"period": "2022-03"}},
		{"near miss: before it, the release's month", text, "3.3%", map[string]string{"period": "2022-04"}},
	})
}

// draftPeriodWithURL drafts text read from address url and returns the
// period of the claim stated as stated, or "no draft".
func draftPeriodWithURL(t *testing.T, text, url, stated string) string {
	t.Helper()
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text, URL: url}, map[string]int{})
	for _, cl := range d.claims() {
		if cl.skip == "" && cl.ind.Stated == stated {
			return periodMeaning(cl.ind.Period)
		}
	}
	return "no draft"
}

// TestTables44OneYearForm: a document's years across two are written one
// way in its draft: where one must take the slash ("2008-09", whose "09"
// reads as a month), all do; a document of no such year keeps its hyphen
// (near miss).
func TestTables44OneYearForm(t *testing.T) {
	form := func(text, stated string) string {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == stated {
				return cl.ind.Period.String()
			}
		}
		return "no draft"
	}
	const both = "Dental statistics, England: 2018-19\n\nIn 2018-19, 39.70m courses of treatment were delivered. This compares with 37.40m in 2008-09.\n"
	const one = "Dental statistics, England: 2018-19\n\nIn 2018-19, 39.70m courses of treatment were delivered. This compares with 37.40m in 2016-17.\n"
	for _, tc := range []struct{ name, text, stated, want string }{
		{"beside 2008/09, 2018/19", both, "39.70m courses", "2018/19"},
		{"2008/09 itself", both, "37.40m", "2008/09"},
		{"near miss: no year that must take the slash", one, "39.70m courses", "2018-19"},
	} {
		if got := form(tc.text, tc.stated); got != tc.want {
			t.Errorf("%s: period of %q = %s, want %s", tc.name, tc.stated, got, tc.want)
		}
	}
}
