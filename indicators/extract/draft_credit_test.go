package extract

import "testing"

// repostText is an agency's release as a news site reposts it, in words of
// its own: the headline, a credit line with the release's date, and a lead
// whose "last year" is the year before that date.
const repostText = "Wind capacity keeps growing\n\n" +
	"Source: news release, 3 May 2018\n\n" +
	"Norway's wind capacity rose by 5% last year, the agency said.\n"

// creditWireText is a wire story as a customs office's site keeps it, in words
// of its own: a date line whose comma runs into the year, a wire's credit
// line, no headline.
const creditWireText = "Updated: Jun 12,2019\n" +
	"Source: Reuters\n" +
	"OSLO — Norway's exports rose 4 percent last year, official data showed.\n"

func TestReleaseDateCredit(t *testing.T) {
	tests := []struct {
		line, want string
		ok         bool
	}{
		{"Source: news release, 3 May 2018", "3 May 2018", true},
		{"Source: press release, June 3, 2018", "June 3, 2018", true},
		{"Updated: Jun 12,2019", "June 12, 2019", true},
		{"Last updated: 12 June 2019", "12 June 2019", true},
		{"Source: Reuters", "", false},
		{"Updated figures show a rise of 12,2019 units", "", false},
	}
	for _, tc := range tests {
		if got, ok := releaseDate(tc.line); got != tc.want || ok != tc.ok {
			t.Errorf("releaseDate(%q) = %q, %v, want %q, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}

func TestIsCreditLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Source: Reuters", true},
		{"Source:", true},
		{"Source: news release, 3 May 2018", true},
		{"Updated:", true},
		{"Wind capacity keeps growing", false},
		{"Source: the agency's annual survey of every operator in the country and abroad", false},
	}
	for _, tc := range tests {
		if got := isCreditLine(tc.line); got != tc.want {
			t.Errorf("isCreditLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

func TestDraftIssuedCredit(t *testing.T) {
	tests := []struct{ text, want string }{
		{repostText, "2018-05-03"},
		{creditWireText, "2019-06-12"},
	}
	for _, tc := range tests {
		if got := issuedOf(tc.text).String(); got != tc.want {
			t.Errorf("issuedOf(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

var creditCases = []fieldCase{
	{name: "a credit line with a date is no section; \"last year\" is the year before it", text: repostText, stated: "5%",
		want: map[string]string{"section": "Wind capacity keeps growing", "period": "2017"}},
	{name: "a wire's credit line and a date line are no sections; the date line's comma runs into the year", text: creditWireText, stated: "4 percent",
		want: map[string]string{"section": "", "period": "2018"}},
}

func TestDraftCreditCases(t *testing.T) {
	runFieldCases(t, creditCases)
}
