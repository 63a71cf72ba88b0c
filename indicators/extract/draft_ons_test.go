package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// onsLeisureText is a UK department's release in words of its own:
// the department opens it, years are financial years, no sentence names
// a place.
const onsLeisureText = "Annual Cycling Statistics 2021/22\n\n" +
	"The Department for Transport has today published annual statistics covering 2021-22 on cycling.\n\n" +
	"Between 2020-21 and 2021-22, the number of cycle trips rose. For adults, this was an increase of 3 per cent to 410 million trips. " +
	"Compared to 2011-12, there were 40 million more trips.\n\n" +
	"In 2021-22, spending on cycle lanes grew by 12 per cent.\n"

// onsSeasonText is a UK department's note on a sport, whose
// "2023-24" is a season.
const onsSeasonText = "Football attendance\n\n" +
	"The Department for Culture, Media and Sport has today published figures on attendance.\n\n" +
	"In the 2023-24 season, attendance rose by 4 per cent.\n"

// onsPoundText names no department: its only currency is £.
const onsPoundText = "Library spending\n\n" +
	"Councils spent £740 million on libraries in 2022.\n"

// onsDollarText prices in dollars: no country is given.
const onsDollarText = "Library spending\n\n" +
	"Councils spent $740 million on libraries in 2022.\n"

// A UK government's "2021-22" is a year across two (grid22), as every dev
// hand catalog of a UK or Australian release writes its financial year
// ("2014/15", "2021/22", "2022/23": hospitals, energy, rail, children),
// never FY2021-22; a season's "2023-24" is one too.
func TestDraftUKGovernment(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"department gives its country", onsLeisureText, "410 million trips", map[string]string{"entities": "GB"}},
		{"financial year of the paragraph", onsLeisureText, "3 per cent", map[string]string{"period": "2021/22"}},
		{"financial year of the sentence", onsLeisureText, "12 per cent", map[string]string{"period": "2021/22", "entities": "GB"}},
		{"between two financial years", onsLeisureText, "3 per cent", map[string]string{"period": "2021/22", "base": "2020/21"}},
		{"compared to is a base", onsLeisureText, "40 million more trips", map[string]string{"period": "2021/22", "base": "2011/12"}},
		{"a season stays a season", onsSeasonText, "4 per cent", map[string]string{"period": "2023/24", "entities": "GB"}},
		{"pound only is the UK's", onsPoundText, "£740 million", map[string]string{"entities": "GB", "period": "2022"}},
		{"dollar is not the UK's", onsDollarText, "$740 million", map[string]string{"entities": ""}},
	})
}

// onsFerryText is a transport release in words of its own: a title
// naming its quarter, a file-link line, and lists led in by lines ending
// in a colon.
const onsFerryText = "Ferry passengers in Scotland: July to September 2019\n\n" +
	"Ferry passengers, provisional estimates: July to September 2019 tables\n\n" +
	"In ferry journeys for the year ending September 2019:\n\n" +
	"  • passenger numbers rose by 5% compared to the year ending September 2018, to 8,300\n" +
	"  • there were 310 vehicle crossings, 2% lower than the 316 for the year ending September 2018\n" +
	"  • fares rose by 1.5% compared with the 12 month period ending September 2018.\n\n" +
	"Between July and September 2019:\n\n" +
	"  • there were 95 cancelled sailings, unchanged from the same quarter in 2018\n" +
	"  • sailings on time increased by 6%.\n"

func TestDraftLeadIn(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"year ending of the lead-in", onsFerryText, "5%", map[string]string{"period": "2018-10/2019-09"}},
		{"level of the lead-in", onsFerryText, "8,300", map[string]string{"period": "2018-10/2019-09"}},
		{"the N for a period", onsFerryText, "316", map[string]string{"period": "2017-10/2018-09"}},
		{"12 month period ending", onsFerryText, "1.5%", map[string]string{"period": "2018-10/2019-09"}},
		{"quarter of the lead-in", onsFerryText, "6%", map[string]string{"period": "2019-Q3"}},
		{"same quarter is the base", onsFerryText, "95 cancelled sailings", map[string]string{"period": "2019-Q3", "base": "2018-Q3"}},
	})
}

func TestDraftLeadInPeriod(t *testing.T) {
	tests := []struct {
		line, want string
	}{
		{"In accidents for the year ending June 2014:", "2013-07/2014-06"},
		{"Over the 12 month period ending March 2020:", "2019-04/2020-03"},
		{"Between April and June 2014:", "2014-Q2"},
		{"Between April and August 2014:", "2014-04/2014-08"},
		{"In the main:", "not stated"},
	}
	for _, tc := range tests {
		p, _, _, _ := leadInPeriod(tc.line)
		if got := p.String(); got != tc.want {
			t.Errorf("leadInPeriod(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// onsOutputText is a quarterly output release in words of its own,
// with quarters written by number.
const onsOutputText = "Retail sales, quarterly: April to June 2022\n\n" +
	"Retail sales volumes are estimated to have risen by 0.6% in Quarter 2 (Apr to Jun) 2022, following a fall of 0.2% in the previous quarter.\n\n" +
	"Online sales grew by 2.1% in Quarter 2 2022.\n\n" +
	"Across Quarter 1 (Jan to Mar) and Quarter 2 2022 sales are estimated to have grown by a cumulative 0.4%.\n\n" +
	"The share of online sales is estimated at 27.5% in the latest quarter, up from 26.9% in Quarter 1 (Jan to Mar) 2022.\n\n" +
	"Fuel sales are estimated to have grown by 1.3% following a fall in Quarter 1 (January to March) 2022.\n"

func TestDraftQuartersOns(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"quarter with months glossed", onsOutputText, "0.6%", map[string]string{"period": "2022-Q2"}},
		{"previous quarter", onsOutputText, "0.2%", map[string]string{"period": "2022-Q1"}},
		{"quarter by number", onsOutputText, "2.1%", map[string]string{"period": "2022-Q2"}},
		{"span of two quarters", onsOutputText, "0.4%", map[string]string{"period": "2022-H1"}},
		{"latest quarter is the release's", onsOutputText, "27.5%", map[string]string{"period": "2022-Q2"}},
		{"up from a named quarter", onsOutputText, "26.9%", map[string]string{"period": "2022-Q1"}},
		{"following an earlier quarter", onsOutputText, "1.3%", map[string]string{"period": "2022-Q2"}},
	})
}

func TestDraftOnsQuarterMatches(t *testing.T) {
	tests := []struct {
		s    string
		want []string
	}{
		{"in Quarter 4 (Oct to Dec) 2023", []string{"2023-Q4"}},
		{"in Quarter 4 2023 and quarter 1 2024", []string{"2023-Q4", "2024-Q1"}},
		{"Across Quarter 3 (July to Sept) and Quarter 4 2023", []string{"2023-H2"}},
		{"Quarter 1 (Jan to Mar) to Quarter 3 2023", []string{"2023-01/2023-09"}},
		{"Quarter 4 and Quarter 3 2023", nil},
		{"Quarter 5 2023", nil},
	}
	for _, tc := range tests {
		var got []string
		for _, q := range onsQuarterMatches(tc.s, 0) {
			got = append(got, q.period.String())
		}
		if !cmp.Equal(got, tc.want) {
			t.Errorf("onsQuarterMatches(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// onsProvisionalText is a quarterly release of provisional
// estimates in words of its own: its own periods' figures are estimates,
// an earlier year's count it compares with is final.
const onsProvisionalText = "Ferry passengers in Scotland: July to September 2019\n\n" +
	"Revised quarterly estimate of ferry passengers for Scotland.\n\n" +
	"Ferry passengers in Scotland, provisional estimates: July to September 2019 report\n\n" +
	"In ferry journeys for the year ending September 2019:\n\n" +
	"  • there were 310 vehicle crossings, 2% lower than the 316 for the year ending September 2017\n\n" +
	"Passenger numbers rose by 1.2% in Quarter 3 2019, after a rise of 0.4% in Quarter 2 2019.\n"

// onsRevisedText is a revised estimate that says so only in its
// opening.
const onsRevisedText = "Ferry passengers in Scotland: July to September 2019\n\n" +
	"Revised quarterly estimate of ferry passengers for Scotland.\n\n" +
	"Passenger numbers rose by 1.2% in Quarter 3 2019, after a rise of 0.4% in Quarter 2 2019.\n"

// onsCountText is the same release without the words of a release
// of estimates: its figures stay facts.
const onsCountText = "Ferry passengers in Scotland: July to September 2019\n\n" +
	"Ferry passengers for Scotland.\n\n" +
	"Passenger numbers rose by 1.2% in Quarter 3 2019, after a rise of 0.4% in Quarter 2 2019.\n"

func TestDraftReleaseStatus(t *testing.T) {
	tests := []struct {
		name, text, stated, status string
	}{
		{"reference quarter", onsProvisionalText, "1.2%", "estimate"},
		{"revised earlier quarter", onsProvisionalText, "0.4%", "estimate"},
		{"year ending of the release", onsProvisionalText, "2%", "estimate"},
		{"earlier year's count", onsProvisionalText, "316", "fact"},
		{"revised estimate's quarter", onsRevisedText, "1.2%", "estimate"},
		{"revised estimate's earlier quarter", onsRevisedText, "0.4%", "estimate"},
		{"no estimate cue", onsCountText, "1.2%", "fact"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", tc.status, "")
		})
	}
}

// onsPageText is a GOV.UK statistics page in words of its own: a
// status label above the title, file links, a lead-in.
const onsPageText = "Official statistics\n\n" +
	"Ferry passengers in Scotland: July to September 2019\n\n" +
	"Ferry passengers, provisional estimates: July to September 2019 tables\n\n" +
	"Request an accessible format.\n" +
	"If you use assistive technology, please email us.\n\n" +
	"Sailings\n\n" +
	"There were 95 cancelled sailings in Quarter 3 2019.\n"

// onsDebateText is a written statement as Hansard prints it.
const onsDebateText = "Ferry Statistics 2019/20\n\n" +
	"Volume 690: debated on Tuesday 16 March 2021\n\n" +
	"The Department for Transport has today published ferry statistics for 2019-20.\n\n" +
	"In 2019-20, there were 9,100 sailings.\n"

func TestDraftPageFurniture(t *testing.T) {
	page := newDocDraft(DraftSource{TextPath: "doc.txt", Text: onsPageText}, map[string]int{})
	if got, want := page.source.Title, "Ferry passengers in Scotland: July to September 2019"; got != want {
		t.Errorf("title of %q = %q, want %q", onsPageText, got, want)
	}
	var heads []string
	for _, h := range page.heads {
		heads = append(heads, h.text)
	}
	if want := []string{"Ferry passengers in Scotland: July to September 2019", "Sailings"}; !cmp.Equal(heads, want) {
		t.Errorf("headings of %q = %q, want %q", onsPageText, heads, want)
	}
	debate := newDocDraft(DraftSource{TextPath: "doc.txt", Text: onsDebateText}, map[string]int{})
	if got, want := debate.source.Issued.String(), "2021-03-16"; got != want {
		t.Errorf("issued of %q = %q, want %q", onsDebateText, got, want)
	}
	if got, want := debate.source.Publisher, "Department for Transport"; got != want {
		t.Errorf("publisher of %q = %q, want %q", onsDebateText, got, want)
	}
	for _, h := range debate.heads {
		if strings.HasPrefix(h.text, "Volume") {
			t.Errorf("headings of %q hold %q, want no date line", onsDebateText, h.text)
		}
	}
	runFieldCases(t, []fieldCase{
		{"date line is no section", onsDebateText, "9,100 sailings", map[string]string{"section": "Ferry Statistics 2019/20", "period": "2019/20", "entities": "GB"}},
	})
}
