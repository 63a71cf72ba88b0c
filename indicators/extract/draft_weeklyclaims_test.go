package extract

import (
	"testing"
)

// Who, when and the status of a whole release in the genres of the tenth
// session (drafts50), in sentences of their own: a labour agency's weekly
// claims release, a donors' group's preliminary aid figures, a defence
// ministry's bulletin named for its edition year.

// weeklyClaimsWeekly is a weekly claims release: an agency named by its
// acronym and domain, an embargo line with a weekday, weeks ending on a
// month and day with no year.
const weeklyClaimsWeekly = "News Release\n" +
	"Connect with DOL at https://www.dol.gov/newsroom\n\n" +
	"TRANSMISSION OF MATERIALS IN THIS RELEASE IS EMBARGOED UNTIL\n" +
	"8:30 A.M. (Eastern) Thursday, March 12, 2026\n\n" +
	"Winter Storms\n\n" +
	"The storms closed offices in several states.\n\n" +
	"WEEKLY CLAIMS REPORT\n\n" +
	"In the week ending March 7, the advance figure for seasonally adjusted initial claims was 212,000, an increase of 9,000 from the previous week's revised level. " +
	"The previous week's level was revised down by 2,000 from 205,000 to 203,000. " +
	"The 4-week moving average was 208,500, an increase of 1,250 from the previous week's revised average. " +
	"The previous week's average was revised down by 500 from 207,750 to 207,250.\n\n" +
	"The advance number for insured unemployment during the week ending February 28 was 1,850,000, a decrease of 14,000 from the previous week's revised level.\n"

// weeklyClaimsNewYear is a weekly release of early January: its week ended
// in the year before its date line's.
const weeklyClaimsNewYear = "News Release\n\n" +
	"EMBARGOED UNTIL 8:30 A.M. (Eastern) Friday, January 2, 2026\n\n" +
	"Statistics Canada (www.statcan.gc.ca) publishes the weekly count.\n\n" +
	"In the week ending December 27, the advance figure for claims was 41,000.\n"

// weeklyClaimsAid is a donors' group's preliminary release: the group named
// by its members and its committee, a recipient after "aid to", a count
// of members followed by their list, a standing target.
const weeklyClaimsAid = "Preliminary Aid Figures in 2025\n\n" +
	"Aid from official donors in 2025 fell to USD 180 billion, down from USD 200 billion in 2024, as donors cut their support to Kenya, according to preliminary data published by the OECD.\n\n" +
	"The 9.5% fall in real terms was the largest drop recorded by the DAC in 20 years.\n\n" +
	"Aid to Kenya in 2025 totalled USD 2.1 billion, down from USD 2.6 billion in 2024.\n\n" +
	"The aid of DAC members equalled 0.30% of their combined national income. It stays below the UN target of 0.7% of national income, rising from 0.28% in 2024.\n\n" +
	"Three DAC members – Denmark, Norway and Sweden – met the UN goal in 2025.\n"

// weeklyClaimsBulletin is a ministry's bulletin whose title names its
// edition's year, on a page whose format label opens it.
const weeklyClaimsBulletin = "Research and analysis\n\n" +
	"Annual statistical bulletin: alliance spending 2025\n\n" +
	"Published 3 April 2026\n\n" +
	"The bulletin compares Ministry of Defence (MOD) spending with that of other NATO members and NATO allies.\n\n" +
	"$1,300bn Total defence spending of NATO members.\n" +
	"  An increase of $40 billion since 2023 in real terms.\n" +
	"1.9% UK defence spending as a share of GDP in 2024\n" +
	"  The UK remains among the larger NATO spenders.\n"

// weeklyClaimsDataYearTitle is a release whose title's year is its data
// year ("in 2025"), kept for its figures.
const weeklyClaimsDataYearTitle = "Exports of Goods in 2025\n\n" +
	"Exports of machinery rose by 4.2% over the year.\n"

var weeklyClaimsWhenCases = []fieldCase{
	{name: "week ending a month and day: the seven days, the date line's year", text: weeklyClaimsWeekly, stated: "212,000",
		want: map[string]string{"period": "2026-03-01/2026-03-07"}},
	{name: "a change in the week's sentence has the week", text: weeklyClaimsWeekly, stated: "9,000",
		want: map[string]string{"period": "2026-03-01/2026-03-07"}},
	{name: "the previous week's revised level is the week before", text: weeklyClaimsWeekly, stated: "203,000",
		want: map[string]string{"period": "2026-02-22/2026-02-28"}},
	{name: "a 4-week moving average: the four weeks ending on the paragraph's week", text: weeklyClaimsWeekly, stated: "208,500",
		want: map[string]string{"period": "2026-02-08/2026-03-07"}},
	{name: "the previous week's average: four weeks ending a week earlier", text: weeklyClaimsWeekly, stated: "207,250",
		want: map[string]string{"period": "2026-02-01/2026-02-28"}},
	{name: "a paragraph's own week, in the sentence after the figure", text: weeklyClaimsWeekly, stated: "1,850,000",
		want: map[string]string{"period": "2026-02-22/2026-02-28"}},
	{name: "a week ending in December in a release of January is the year before's", text: weeklyClaimsNewYear, stated: "41,000",
		want: map[string]string{"period": "2025-12-21/2025-12-27"}},
	{name: "a year that ends the title names the edition, not the figures' year", text: weeklyClaimsBulletin, stated: "$1,300bn",
		want: map[string]string{"period": "not stated"}},
	{name: "an edition's year is no sub-line's year", text: weeklyClaimsBulletin, stated: "$40 billion",
		want: map[string]string{"period": "not stated", "base": "2023"}},
	{name: "a figure's own year stands", text: weeklyClaimsBulletin, stated: "1.9%",
		want: map[string]string{"period": "2024"}},
	{name: "a title's year after \"in\" is the data year", text: weeklyClaimsDataYearTitle, stated: "4.2%",
		want: map[string]string{"period": "2025"}},
	{name: "a standing target takes no year from the heading", text: weeklyClaimsAid, stated: "0.7%",
		want: map[string]string{"period": "not stated"}},
}

func TestDraftWhenWeeklyClaims(t *testing.T) {
	runFieldCases(t, weeklyClaimsWhenCases)
}

var weeklyClaimsWhoCases = []fieldCase{
	{name: "an agency named by acronym and domain: its country", text: weeklyClaimsWeekly, stated: "212,000",
		want: map[string]string{"entities": "US", "counterpart": ""}},
	{name: "an agency named by its domain alone", text: weeklyClaimsNewYear, stated: "41,000",
		want: map[string]string{"entities": "CA"}},
	{name: "the donors' group of the lead acts; the country after \"support to\" is no party", text: weeklyClaimsAid, stated: "USD 180 billion",
		want: map[string]string{"entities": "DAC", "counterpart": ""}},
	{name: "the group's earlier year", text: weeklyClaimsAid, stated: "USD 200 billion",
		want: map[string]string{"entities": "DAC", "counterpart": ""}},
	{name: "a sentence with no party of its own: the release's group", text: weeklyClaimsAid, stated: "9.5%",
		want: map[string]string{"entities": "DAC", "counterpart": ""}},
	{name: "aid to a country: the group gives, the country receives", text: weeklyClaimsAid, stated: "USD 2.1 billion",
		want: map[string]string{"entities": "DAC", "counterpart": "KE"}},
	{name: "the earlier figure of aid to a country", text: weeklyClaimsAid, stated: "USD 2.6 billion",
		want: map[string]string{"entities": "DAC", "counterpart": "KE"}},
	{name: "a count followed by its list of countries: all of them", text: weeklyClaimsAid, stated: "Three DAC members",
		want: map[string]string{"entities": "DK,NO,SE", "counterpart": ""}},
	{name: "a standing target is no group's", text: weeklyClaimsAid, stated: "0.7%",
		want: map[string]string{"entities": ""}},
	{name: "an alliance's members named in the figure's label", text: weeklyClaimsBulletin, stated: "$1,300bn",
		want: map[string]string{"entities": "NATO"}},
	{name: "a sub-line with no party: the alliance the release is about", text: weeklyClaimsBulletin, stated: "$40 billion",
		want: map[string]string{"entities": "NATO"}},
	{name: "a country named keeps its own", text: weeklyClaimsBulletin, stated: "1.9%",
		want: map[string]string{"entities": "GB"}},
}

func TestDraftWhoWeeklyClaims(t *testing.T) {
	runFieldCases(t, weeklyClaimsWhoCases)
}

func TestDraftStatusWeeklyClaims(t *testing.T) {
	tests := []struct{ name, text, stated, status string }{
		{"the advance figure", weeklyClaimsWeekly, "212,000", "estimate"},
		{"a change from the advance figure", weeklyClaimsWeekly, "9,000", "estimate"},
		{"an average over the advance week", weeklyClaimsWeekly, "208,500", "estimate"},
		{"the previous week's revised level", weeklyClaimsWeekly, "203,000", "fact"},
		{"the previous week's revised average", weeklyClaimsWeekly, "207,250", "fact"},
		{"the release's own year, in the lead", weeklyClaimsAid, "USD 180 billion", "estimate"},
		{"the earlier year compared with is final", weeklyClaimsAid, "USD 200 billion", "fact"},
		{"the release's own year, in a later sentence", weeklyClaimsAid, "9.5%", "estimate"},
		{"the release's own year, in a paragraph of its own", weeklyClaimsAid, "USD 2.1 billion", "estimate"},
		{"an earlier year in a later paragraph", weeklyClaimsAid, "USD 2.6 billion", "fact"},
		{"a count of the release's year", weeklyClaimsAid, "Three DAC members", "estimate"},
		{"an earlier year's reading in a clause going on from a target", weeklyClaimsAid, "0.28%", "fact"},
		{"the target itself", weeklyClaimsAid, "0.7%", "target"},
		{"a title's data year without a cue of preliminary data", weeklyClaimsDataYearTitle, "4.2%", "fact"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", tc.status, "")
		})
	}
}

func TestDraftSourceWeeklyClaims(t *testing.T) {
	tests := []struct{ name, text, publisher, short, issued string }{
		{"an acronym and a domain name the agency; the embargo line dates it", weeklyClaimsWeekly, "U.S. Department of Labor", "DOL", "2026-03-12"},
		{"a domain alone", weeklyClaimsNewYear, "Statistics Canada", "StatCan", "2026-01-02"},
		{"a ministry's own abbreviation in brackets", weeklyClaimsBulletin, "Ministry of Defence", "MOD", "2026-04-03"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			s := d.source
			if s.Publisher != tc.publisher || s.Short != tc.short || s.Issued.String() != tc.issued {
				t.Errorf("source of %q = (%q, %q, %s), want (%q, %q, %s)", tc.name, s.Publisher, s.Short, s.Issued, tc.publisher, tc.short, tc.issued)
			}
		})
	}
}

func TestDraftEditionYear(t *testing.T) {
	tests := []struct {
		year, heading string
		want          bool
	}{
		{"2023", "Finance bulletin: international trade 2023", true},
		{"2023", "Annual Report 2023", true},
		{"2023/24", "Statistical Bulletin 2023/24", true},
		{"2022", "Preliminary Aid Levels in 2022", false},
		{"2012", "4221.0 - Schools, Australia, 2012", false},
		{"2023", "Trade: 2023", false},
		{"October to December 2023", "GDP quarterly national accounts, UK: October to December 2023", false},
		{"2023", "2023", false},
		{"2023", "Budget for 2023", false},
	}
	for _, tc := range tests {
		if got := isEditionYear(tc.year, tc.heading); got != tc.want {
			t.Errorf("isEditionYear(%q, %q) = %v, want %v", tc.year, tc.heading, got, tc.want)
		}
	}
}

// weeklyClaimsEstimates is a key-figures block whose world total an institute
// estimates, with a share of it on the indented line below.
const weeklyClaimsEstimates = "Key figures\n\n" +
	"$1,950bn Total worldwide spending on research in 2024, as estimated by UNESCO.\n" +
	"  China was the largest spender, accounting for 27% of the total global spending.\n" +
	"$310bn Total research spending of OECD members in 2024.\n" +
	"  Japan accounted for 18% of the total.\n\n" +
	"Patent filings reached 3.5 million in 2024, according to WIPO estimates.\n"

// weeklyClaimsBackChange is a change that points back to the sentence
// before it.
const weeklyClaimsBackChange = "Exports of Goods\n\n" +
	"Exports of machinery from Chile rose to USD 12 billion in 2025, up from USD 10 billion in 2024.\n\n" +
	"The 20% increase is the largest in a decade.\n\n" +
	"Imports of Chile fell to USD 8 billion in 2025. The 5% fall in 2025 is small.\n"

func TestDraftEstimatedBy(t *testing.T) {
	tests := []struct{ name, text, stated, status string }{
		{"\"as estimated by\" after the figure", weeklyClaimsEstimates, "$1,950bn", "estimate"},
		{"a share of the total on the line under an estimated total", weeklyClaimsEstimates, "27%", "estimate"},
		{"a total no one estimates", weeklyClaimsEstimates, "$310bn", "fact"},
		{"a share under a total no one estimates", weeklyClaimsEstimates, "18%", "fact"},
		{"\"according to X estimates\"", weeklyClaimsEstimates, "3.5 million", "estimate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", tc.status, "")
		})
	}
}

func TestDraftBackChangeBase(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a sentence before with no year compared with gives no base", text: weeklyClaimsBackChange, stated: "5%",
			want: map[string]string{"base": "not stated"}},
	})
}

func TestDraftSourceTitleWeeklyClaims(t *testing.T) {
	tests := []struct{ name, text, title string }{
		{"a news release's title in capitals, below a note's heading", weeklyClaimsWeekly, "Weekly Claims Report"},
		{"a GOV.UK page format is no title", weeklyClaimsBulletin, "Annual statistical bulletin: alliance spending 2025"},
		{"a title line with no furniture stands", weeklyClaimsAid, "Preliminary Aid Figures in 2025"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			if d.source.Title != tc.title {
				t.Errorf("title of %q = %q, want %q", tc.name, d.source.Title, tc.title)
			}
		})
	}
}

func TestDraftTitleCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"UNEMPLOYMENT INSURANCE WEEKLY CLAIMS", "Unemployment Insurance Weekly Claims"},
		{"QUARTERLY GDP OF THE UK", "Quarterly GDP of the UK"},
		{"THE STATE OF TRADE IN 2025", "The State of Trade in 2025"},
	}
	for _, tc := range tests {
		if got := titleCase(tc.in); got != tc.want {
			t.Errorf("titleCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// weeklyClaimsJoint lists countries as the joint subjects of one verb.
const weeklyClaimsJoint = "Defence Spending\n\n" +
	"Germany, France and Italy met the 2% guideline in 2024.\n"

func TestDraftJointSubjects(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "countries listed as joint subjects of one verb all act", text: weeklyClaimsJoint, stated: "2%",
			want: map[string]string{"entities": "DE,FR,IT", "counterpart": ""}},
	})
}

func TestDraftJointSubjectsMore(t *testing.T) {
	const text = "Defence Spending\n\n" +
		"Denmark, Norway and Sweden spent 2.1% of GDP on defence in 2024.\n"
	runFieldCases(t, []fieldCase{
		{name: "a list of countries opening the sentence: its subjects", text: text, stated: "2.1%",
			want: map[string]string{"entities": "DK,NO,SE", "counterpart": ""}},
	})
}
