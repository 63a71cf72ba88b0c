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

// TestDrafts67WParallelPlaces holds the entity of a figure in one of
// parallel "in A …, in B …" clauses: its own clause's place, with no
// counterpart, for coverage as for any rate of a population.
func TestDrafts67WParallelPlaces(t *testing.T) {
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

// TestDrafts67WLeadInBase holds the base a lead-in line ending in ":"
// gives the changes listed under it: "In comparison with the previous
// quarter:" is the quarter before the change's own.
func TestDrafts67WLeadInBase(t *testing.T) {
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
