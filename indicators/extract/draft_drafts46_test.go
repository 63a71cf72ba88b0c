package extract

import "testing"

// drafts46LeisureText is a UK department's release in words of its own:
// the department opens it, years are financial years, no sentence names
// a place.
const drafts46LeisureText = "Annual Cycling Statistics 2021/22\n\n" +
	"The Department for Transport has today published annual statistics covering 2021-22 on cycling.\n\n" +
	"Between 2020-21 and 2021-22, the number of cycle trips rose. For adults, this was an increase of 3 per cent to 410 million trips. " +
	"Compared to 2011-12, there were 40 million more trips.\n\n" +
	"In 2021-22, spending on cycle lanes grew by 12 per cent.\n"

// drafts46SeasonText is a UK department's note on a sport, whose
// "2023-24" is a season.
const drafts46SeasonText = "Football attendance\n\n" +
	"The Department for Culture, Media and Sport has today published figures on attendance.\n\n" +
	"In the 2023-24 season, attendance rose by 4 per cent.\n"

// drafts46PoundText names no department: its only currency is £.
const drafts46PoundText = "Library spending\n\n" +
	"Councils spent £740 million on libraries in 2022.\n"

// drafts46DollarText prices in dollars: no country is given.
const drafts46DollarText = "Library spending\n\n" +
	"Councils spent $740 million on libraries in 2022.\n"

func TestDrafts46UKGovernment(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"department gives its country", drafts46LeisureText, "410 million trips", map[string]string{"entities": "GB"}},
		{"financial year of the paragraph", drafts46LeisureText, "3 per cent", map[string]string{"period": "FY2021-22"}},
		{"financial year of the sentence", drafts46LeisureText, "12 per cent", map[string]string{"period": "FY2021-22", "entities": "GB"}},
		{"compared to is a base", drafts46LeisureText, "40 million more trips", map[string]string{"period": "FY2021-22", "base": "FY2011-12"}},
		{"a season stays a season", drafts46SeasonText, "4 per cent", map[string]string{"period": "2024", "entities": "GB"}},
		{"pound only is the UK's", drafts46PoundText, "£740 million", map[string]string{"entities": "GB", "period": "2022"}},
		{"dollar is not the UK's", drafts46DollarText, "$740 million", map[string]string{"entities": ""}},
	})
}
