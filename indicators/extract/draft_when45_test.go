package extract

import "testing"

// A figure's own time and place in releases (when45): sentences of our
// own, in the genre's words, field by field, with near misses the rules
// must not change.

// policySummaryText is a central bank's summary: a decision dated by its
// meeting, then figures of the economy on lines of their own.
const policySummaryText = "Policy Summary, August 2031\n" +
	"At its meeting ending on 30 July 2031, the Committee voted by a majority of 6–3 to reduce the policy rate by 0.25 percentage points, to 4%. Three members preferred to maintain the policy rate at 4.25%.\n" +
	"Twelve-month inflation was 2.1% in both May and June. Inflation is expected to rise to around 2.5% in the second half of this year. Regular pay growth has eased to 4.9% in the three months to May, and goods inflation was 1.2% in June.\n"

// annualSurveyText is a survey release whose lead dates its figures by a
// year ending in a month, written across a line break.
const annualSurveyText = "GARDENING IN THE NATION -- 2031\n" +
	"The gardening rate rose to 31.2 percent for the year ending\nin September 2031, the office reported today. About 41.3 million\n" +
	"people gardened at least once between September 2030 and September 2031. The gardening rate in 2031 was the highest it has been since the supplement was first administered in 2019.\n" +
	"The survey covers about 50,000 households.\n" +
	"Gardening by group\n" +
	"Among people aged 65 and over, the gardening rate was 44.0 percent.\n"

// annualBulletinText is a release of a year's data, with the year before
// named in a clause that goes on with ", with".
const annualBulletinText = "Marriages in the Nation: 2030\n\n" +
	"• Marriage rates in 2030 were 21.4 for men and 20.9 for women per 1,000 unmarried adults; higher than rates in 2029, with 19.8 for men and 19.5 for women per 1,000 unmarried adults.\n"

// monthlySurveyText is a monthly survey whose first line is its date and
// whose title names the month.
const monthlySurveyText = "2031-03-27\n\n" +
	"Business Mood Survey March 2031\n\n" +
	"The Business Mood Indicator fell 2.4 points in March to 97.1.\n\n" +
	"The mood indicator for manufacturing dropped 3.1 points to 101.2 and has now fallen for three months in a row.\n"

var when45Cases = []fieldCase{
	// Rule 1: a figure's own time beats one borrowed from elsewhere.
	{name: "the meeting's day dates the vote", text: policySummaryText, stated: "4%",
		want: map[string]string{"period": "2031-07-30"}},
	{name: "and the later sentence of its line", text: policySummaryText, stated: "4.25%",
		want: map[string]string{"period": "2031-07-30"}},
	{name: "\"in both May and June\": the first month named, of the release's year", text: policySummaryText, stated: "2.1%",
		want: map[string]string{"period": "2031-05"}},
	{name: "\"the second half of this year\": H2 of the release's year, not the meeting's day", text: policySummaryText, stated: "around 2.5%",
		want: map[string]string{"period": "2031-H2"}},
	{name: "\"the three months to May\": three months, not the meeting's month", text: policySummaryText, stated: "4.9%",
		want: map[string]string{"period": "2031-03/2031-05"}},
	{name: "near miss: a month of its own stays", text: policySummaryText, stated: "1.2%",
		want: map[string]string{"period": "2031-06"}},
	{name: "\"rates in 2029, with 19.8 for men\": the year just named", text: annualBulletinText, stated: "19.8",
		want: map[string]string{"period": "2029"}},
	{name: "and the figure after \"and\" in the same run", text: annualBulletinText, stated: "19.5",
		want: map[string]string{"period": "2029"}},
	{name: "near miss: the sentence's own year for its first figures", text: annualBulletinText, stated: "21.4",
		want: map[string]string{"period": "2030"}},
	// Rule 2: spans, and histories.
	{name: "\"the year ending in September 2031\", across a line break: twelve months", text: annualSurveyText, stated: "31.2 percent",
		want: map[string]string{"period": "2030-10/2031-09"}},
	{name: "\"between September 2030 and September 2031\": the same twelve months, not one month", text: annualSurveyText, stated: "About 41.3 million\npeople",
		want: map[string]string{"period": "2030-10/2031-09"}},
	{name: "\"first administered in 2019\" is a history: no period for a figure of another sentence", text: annualSurveyText, stated: "about 50,000 households",
		want: map[string]string{"period": "not stated"}},
	{name: "near miss: the lead's span replaces only a date borrowed from elsewhere, never fills a figure left undated", text: annualSurveyText, stated: "44.0 percent",
		want: map[string]string{"period": "not stated"}},
	// Rule 3: the title's month for figures that name none.
	{name: "a survey's title names its month: a figure naming none is of it, not of the year", text: monthlySurveyText, stated: "101.2",
		want: map[string]string{"period": "2031-03"}},
	{name: "\"for three months in a row\": the run's months, ending in the month (a calendar quarter here)", text: monthlySurveyText, stated: "three months",
		want: map[string]string{"period": "2031-Q1"}},
	{name: "near miss: a month of its own sentence", text: monthlySurveyText, stated: "97.1",
		want: map[string]string{"period": "2031-03"}},
}

func TestDraftWhen45Cases(t *testing.T) {
	runFieldCases(t, when45Cases)
}

// Rule 4: a release that names no body, using the words of a national
// body's own releases, in a page whose address names the body, is that
// body's, and its country's.
func TestAddressIssuer(t *testing.T) {
	tests := []struct {
		address, text, code string
	}{
		{"https://news.example.com/media/bank-of-england-bank-rate-reduced-to-5/", "The Committee voted to reduce Bank Rate to 5%.", "GB"},
		{"https://www.bankofengland.co.uk/monetary-policy-summary/2024/august-2024", "the Monetary Policy Committee voted …", ""}, // no domain listed: the address's words must name it
		{"https://news.example.com/media/bank-of-england-bank-rate-reduced-to-5/", "The policy rate was cut to 5%.", ""},          // near miss: none of its words
		{"https://news.example.com/media/rate-cut/", "The Committee voted to reduce Bank Rate to 5%.", ""},                        // near miss: the address names no body
		{"https://news.example.com/media/ex-bank-of-englander-speaks/", "Bank Rate is 5%.", ""},                                   // near miss: not the name between word edges
	}
	for _, tt := range tests {
		is, ok := addressIssuer(tt.address, tt.text)
		if got := is.code; got != tt.code || ok != (tt.code != "") {
			t.Errorf("addressIssuer(%q, %q) = %q, %v, want %q", tt.address, tt.text, got, ok, tt.code)
		}
	}
}

func TestDateOnlyLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"2022-09-28", true},
		{"28 September 2022", true},
		{"September 28, 2022", true},
		{"Economic Tendency Survey September 2022", false},
		{"September", false},
	}
	for _, tt := range tests {
		if got := dateOnlyLine(tt.line); got != tt.want {
			t.Errorf("dateOnlyLine(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
