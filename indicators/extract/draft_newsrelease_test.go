package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The texts of drafts67W's WHO/WHEN cases: a new user's release
// (childhood vaccination coverage) and, for each rule, releases of other
// quarters or kinds that show the same pattern of the genre.
const (
	// coverText is UKHSA's quarterly COVER release for October to December
	// 2022, shortened.
	coverText = "Quarterly vaccination coverage statistics for children aged up to 5 years in the UK (COVER programme): October to December 2022\n\n" +
		"Updated 26 September 2023\n\n" +
		"This report of the cover of vaccination evaluated rapidly (COVER) programme presents quarterly coverage data for children in the UK who reached their first, second, or fifth birthday during the evaluation quarter (October to December 2022).\n\n" +
		"1. Main points\n\n" +
		"In comparison with the previous quarter:\n\n" +
		"  • in England, ‘6-in-1’ coverage decreased by 0.2% to 91.9%, MenB decreased by 0.3% to 91.6%\n" +
		"  • at the country-level, in Scotland at least 95% coverage was achieved for all antigens (except rotavirus) at 12 months, in Wales at least 94% coverage and in Northern Ireland coverage was at least 92%\n"
	// coverQ4Text is the same series for October to December 2023: two
	// places share the first clause.
	coverQ4Text = "Quarterly vaccination coverage statistics for children aged up to 5 years in the UK (COVER programme): October to December 2023\n\n" +
		"Updated 26 March 2024\n\n" +
		"This report of the cover of vaccination evaluated rapidly (COVER) programme presents quarterly coverage data for children in the UK who reached their first, second, or fifth birthday during the evaluation quarter (October to December 2023).\n\n" +
		"Main points\n\n" +
		"In comparison with the previous quarter:\n\n" +
		"  • rotavirus increased by 0.6% to 89.3%\n" +
		"  • at the country-level, in Scotland and Wales at least 94% coverage was achieved for all antigens (except rotavirus) at 12 months, and in Northern Ireland coverage was at least 91% (except rotavirus)\n"
	// euUnemploymentText is a statistical office's monthly release of
	// another kind (unemployment) with parallel "in A …, in B …" clauses
	// and a lead-in that compares with the month before.
	euUnemploymentText = "Euro area unemployment at 6.5%\n\n" +
		"This release presents the unemployment statistics for March 2024.\n\n" +
		"Compared with the previous month:\n\n" +
		"  • the unemployment rate fell by 0.1 percentage points\n\n" +
		"In March 2024, in Germany the unemployment rate was 3.2%, in Spain it was 11.7% and in Greece 10.6%.\n"
)

// TestDraftParallelPlaces holds the entity of a figure in one of
// parallel "in A …, in B …" clauses: its own clause's place, with no
// counterpart, for coverage as for any rate of a population.
func TestDraftParallelPlaces(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"first of three clauses", coverText, "at least 95%", map[string]string{"entities": "GB-SCT", "counterpart": ""}},
		{"middle clause", coverText, "at least 94%", map[string]string{"entities": "GB-WLS", "counterpart": ""}},
		{"last clause", coverText, "at least 92%", map[string]string{"entities": "GB-NIR", "counterpart": ""}},
		{"one clause, no list", coverText, "91.9%", map[string]string{"entities": "GB-ENG", "counterpart": ""}},
		{"two places share a clause", coverQ4Text, "at least 94%", map[string]string{"entities": "GB-SCT,GB-WLS", "counterpart": ""}},
		{"after a shared clause", coverQ4Text, "at least 91%", map[string]string{"entities": "GB-NIR", "counterpart": ""}},
		{"unemployment, first", euUnemploymentText, "3.2%", map[string]string{"entities": "DE", "counterpart": ""}},
		{"unemployment, last", euUnemploymentText, "10.6%", map[string]string{"entities": "GR", "counterpart": ""}},
	})
}

// TestDraftLeadInBaseNewsRelease holds the base a lead-in line ending in ":"
// gives the changes listed under it: "In comparison with the previous
// quarter:" is the quarter before the change's own.
func TestDraftLeadInBaseNewsRelease(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"previous quarter", coverText, "0.2%", map[string]string{"period": "2022-Q4", "base": "2022-Q3"}},
		{"next item", coverText, "0.3%", map[string]string{"period": "2022-Q4", "base": "2022-Q3"}},
		{"another quarter", coverQ4Text, "0.6%", map[string]string{"period": "2023-Q4", "base": "2023-Q3"}},
	})
	// The lead-in's words, read by the one reader of a change's base words,
	// from lead-ins of other releases.
	q4 := indicators.Period{From: indicators.Date{Year: 2022, Month: 10}, To: indicators.Date{Year: 2022, Month: 12}}
	mar := indicators.Period{From: indicators.Date{Year: 2024, Month: 3}}
	for _, tc := range []struct {
		line string
		p    indicators.Period
		want string
	}{
		{"In comparison with the previous quarter:", q4, "2022-Q3"},
		{"In comparison with the same quarter a year earlier:", q4, "2021-Q4"},
		{"Compared with the previous month:", mar, "2024-02"},
		{"In comparison with the previous month:", mar, "2024-02"},
		{"Main points:", mar, "not stated"},
	} {
		got, _, _ := baseOfWords(tc.line, tc.p)
		if got.String() != tc.want {
			t.Errorf("baseOfWords(%q, %v) = %v, want %s", tc.line, tc.p, got, tc.want)
		}
	}
}

// TestDraftTitleBeforeDateline holds the headline of a news release
// whose lead opens with a dateline and a dash: the line above the lead,
// in capitals or not.
func TestDraftTitleBeforeDateline(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"capitals headline, new user's", nrcText, "HUD AND CENSUS BUREAU REPORT RESIDENTIAL CONSTRUCTION ACTIVITY IN AUGUST 2019"},
		{"capitals headline, blank line between", nrsOctText, "HUD AND CENSUS BUREAU REPORT NEW RESIDENTIAL SALES IN OCTOBER 2017"},
		{"headline in title case", nrsText, "HUD and Census Bureau Report New Residential Sales"},
		{"a department's announcement",
			"Energy Department Announces $40 Million for Offshore Wind\n\nWASHINGTON, D.C. — The U.S. Department of Energy (DOE) today announced $40 million for offshore wind research.\n",
			"Energy Department Announces $40 Million for Offshore Wind"},
		{"no headline: the text opens with its dateline",
			"WASHINGTON - The U.S. Census Bureau announced the following statistics for June 2024.\nSales were 617,000.\n", ""},
		{"a sentence above the lead is no headline",
			"The figures are provisional.\nWASHINGTON - The U.S. Census Bureau announced the following statistics.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := titleBeforeDatelineLead(tc.text); got != tc.want {
				t.Errorf("titleBeforeDatelineLead(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: nrcText}, map[string]int{})
	if got, want := d.source.Title, "HUD AND CENSUS BUREAU REPORT RESIDENTIAL CONSTRUCTION ACTIVITY IN AUGUST 2019"; got != want {
		t.Errorf("title of the new residential construction release = %q, want %q", got, want)
	}
}

// TestDraftIssuedNotRevised holds the issued date of a page: a
// "Published" or "First published" line, never an "Updated" or "Last
// updated" line, which dates a revision; with a revision date alone,
// none, though the revision still dates the page's words.
func TestDraftIssuedNotRevised(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"updated alone (COVER, Q4 2022)", coverText, ""},
		{"updated, then first published (COVER, Q4 2024)",
			"Quarterly vaccination coverage statistics for children aged up to 5 years in the UK (COVER programme): October to December 2024\nUpdated 27 March 2025\nHealth Protection Report: volume 19 number 3\nFirst published: 27 March 2025\n",
			"2025-03-27"},
		{"last updated, then release date (another office's bulletin)",
			"Labour market overview, UK: February 2024\nLast updated: 5 March 2024\nRelease date: 13 February 2024\nThe employment rate was 75.0%.\n",
			"2024-02-13"},
		{"published alone", "Library lending in Offshire: April to June 2031\nPublished 3 August 2031\n81,400 books were lent.\n", "2031-08-03"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			got := ""
			if !d.source.Issued.IsZero() {
				got = d.source.Issued.String()
			}
			if got != tc.want {
				t.Errorf("issued of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
	// The revision still dates the words: COVER's changes keep 2022-Q4.
	runFieldCases(t, []fieldCase{{"revision dates the period", coverText, "0.2%", map[string]string{"period": "2022-Q4"}}})
}

// TestDraftSectionsNewsRelease holds a lead-in line ending in ":" that opens a
// sentence its list completes as context, never a section; a label over
// a list ("KEY STATISTICS:") stays one. (A chapter's number, "1. Main
// points", is still dropped: see the report.)
func TestDraftSectionsNewsRelease(t *testing.T) {
	onsText := "Labour market overview, UK: January 2020\n\n" +
		"2. Main points for September to November 2019\n\n" +
		"The UK employment rate was estimated at a record high of 76.2%, 0.6 percentage points higher than a year earlier.\n"
	labelText := "Trade with Brazil\n\n" +
		"KEY STATISTICS:\n" +
		"  • U.S. exports to Brazil rose by 4% to $44 billion in 2013\n"
	runFieldCases(t, []fieldCase{
		{"lead-in no section", coverText, "0.2%", map[string]string{"section": "Main points"}},
		{"chapter heading, another office", onsText, "76.2%", map[string]string{"section": "Labour market overview, UK: January 2020 / Main points for September to November 2019"}},
		{"a label over a list stays a section", labelText, "4%", map[string]string{"section": "Trade with Brazil / KEY STATISTICS:"}},
	})
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"In comparison with the previous quarter:", true},
		{"Compared with the same month a year earlier:", true},
		{"Over the year to March 2024:", true},
		{"KEY STATISTICS:", false},
		{"Change in 2013 from 2012:", false},
		{"In brief:", false},
	} {
		if got := leadInClause(tc.line); got != tc.want {
			t.Errorf("leadInClause(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
