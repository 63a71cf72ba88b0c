package extract

import (
	"os"
	"strings"
	"testing"
)

// fixLSport is the top of the ABS release a user drafted (s18l-sport):
// a catalogue line with the survey's year across two, the page's
// furniture, the page's heading and a paragraph of rates that names no
// time, with "Overall," summing across men and women.
const fixLSport = "4177.0 - Participation in Sport and Physical Recreation, Australia, 2009-10 Quality Declaration \n" +
	"ARCHIVED ISSUE Released at 11:30 AM (CANBERRA TIME) 21/12/2010   \n" +
	"   Page tools: Print Print Page Print all pages in this productPrint All\n\n" +
	"CHARACTERISTICS OF PERSONS WHO PARTICIPATED\n\n\n" +
	"AGE AND SEX\n\n" +
	"The highest participation rates in sport and physical recreation were reported by people aged 15-17 years (79%). " +
	"Overall, men and women had similar participation rates (65% and 63% respectively).\n"

// fixLOrgans is the top of the CIHI release a user drafted (s18l-organs),
// stored from its first paragraph: no title line, and a section heading
// below the opening paragraphs.
const fixLOrgans = "In 2018, there were 2,782 organ transplant procedures performed in Canada, according to the latest information published by the Canadian Institute for Health Information (CIHI). This is an increase of 33% since 2009.\n\n" +
	"CIHI also provides information on types of donors. Last year, there were 555 living donors and 762 deceased donors in Canada.\n\n" +
	"System changes increase donation after cardiac death\n\n" +
	"In Canada, DCD has been practised since 2006. This has led to an increase of almost 430% in the number of DCD organs used for transplantation, from 42 in 2009 to 222 in 2018.\n"

// TestFixLSourceTitle checks that a source's title is the document's own
// name, never a heading of one of its parts: the catalogue line over the
// page's heading, the opening standing in (with a note asking for the
// title) where a heading stands only below prose, and a first line that is
// a title kept (the energy kind's).
func TestFixLSourceTitle(t *testing.T) {
	energy, err := os.ReadFile("../../testdata/kinds/energy/doc.txt")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, title string
		note              string // a substring of the source's notes
	}{
		{"the catalogue line, not the page's heading below its furniture", fixLSport,
			"Participation in Sport and Physical Recreation, Australia, 2009-10", "guessed from the text"},
		{"a heading below the opening paragraphs heads a part", fixLOrgans,
			"In 2018, there were 2,782 organ transplant procedures performed in Canada", "no title line: the title is the text's opening clause, a stand-in because verify wants a title"},
		{"a heading below one paragraph of two sentences heads a part",
			"The agency spent $5 million in 2020. It said so today.\n\nSpending by region\n\nThe north got $2 million.\n",
			"The agency spent $5 million in 2020", "write the document's own title"},
		{"the energy kind's first line is its title", string(energy), "Electricity generation", "guessed from the text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			if d.source.Title != tc.title {
				t.Errorf("draft source title of %q = %q, want %q", tc.text[:min(60, len(tc.text))], d.source.Title, tc.title)
			}
			if notes := strings.Join(d.sourceNotes, "\n"); !strings.Contains(notes, tc.note) {
				t.Errorf("draft source notes = %q, want them to say %q", notes, tc.note)
			}
		})
	}
}

// fixLFarm is a UK farm accounts release of my own words, titled with its
// accounting year across two and dated by its publication day.
const fixLFarm = "Farm Business Income by type of farm in England, 2021/22\n\n" +
	"Published 15 December 2022\n\n" +
	"Average Farm Business Income was £51,000. In total, 3,000 farms were surveyed.\n"

// fixLWords is a dated release of my own words whose sentences sum across
// groups ("Overall,", "In total,") and name no time.
const fixLWords = "Harbor survey finds more walkers\n\nRelease date: July 9, 2030\n\n" +
	"Overall, men and women walked at similar rates (41% and 39% respectively). In total, 2,400 residents took part.\n"

// fixLWhenCases: "Overall,", "In total," sum across groups and date
// nothing; a survey's year across two on the title line dates the figures
// that name no time.
var fixLWhenCases = []fieldCase{
	{name: "the survey year on the title line dates a rate of no time", text: fixLSport, stated: "79%",
		want: map[string]string{"period": "2009/10"}},
	{name: "overall sums men and women: the survey year, no running total", text: fixLSport, stated: "65%",
		want: map[string]string{"period": "2009/10"}},
	{name: "the second rate of an overall sentence is of the survey year too", text: fixLSport, stated: "63%",
		want: map[string]string{"period": "2009/10"}},
	{name: "a farm accounting year on the title line, written with a slash", text: fixLFarm, stated: "£51,000",
		want: map[string]string{"period": "2021/22"}},
	{name: "in total with a survey year is of the survey year", text: fixLFarm, stated: "3,000 farms",
		want: map[string]string{"period": "2021/22"}},
	{name: "overall in a dated release is no running total up to its day", text: fixLWords, stated: "41%",
		want: map[string]string{"period": "not stated"}},
	{name: "in total in a dated release is no running total up to its day", text: fixLWords, stated: "2,400 residents",
		want: map[string]string{"period": "not stated"}},
}

func TestFixLWhen(t *testing.T) { runFieldCases(t, fixLWhenCases) }

// TestTitleYearAcross checks the year across two a title line names for
// its figures: the survey's "2009-10" before the page's links (written
// "2009/10", as "2009-10" reads as a month), a hyphen kept where it cannot
// read as a month, a budget's fiscal year, and none for an outlook's span,
// two years across two, or a year with no separator before it.
func TestTitleYearAcross(t *testing.T) {
	tests := []struct {
		title, want string // want "" for none
	}{
		{"Participation in Sport and Physical Recreation, Australia, 2009-10 Quality Declaration", "2009/10"},
		{"Farm Business Income by type of farm in England, 2021/22", "2021/22"},
		{"Australian Energy Update, 2021-22", "2021-22"},
		{"Research and Experimental Development, Businesses, Australia, 2006–07", "2006/07"},
		{"Portfolio Budget Statements: 2024-25", "FY2024-25"},
		{"Outlook 2024-2026", ""},
		{"Schools, Australia, 2009-10 and 2010-11", ""},
		{"Budget 2024-25 delivers for families", ""},
		{"Schools, Australia, 2012", ""},
	}
	for _, tc := range tests {
		got := ""
		if p, _, ok := titleYearAcross(tc.title); ok {
			got = p.String()
		}
		if got != tc.want {
			t.Errorf("titleYearAcross(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
