package wording

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTrimmed: a name cut from a longer title keeps no comma, colon or
// broken-off phrase at either end.
func TestTrimmed(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Parliamentary electoral registrations,", "Parliamentary electoral registrations"},   // s19m-elections
		{`Production in the "Modern" sector, change on`, `Production in the "Modern" sector`}, // s19m-industry
		{"NI HEIs domiciled in Northern Ireland,", "NI HEIs domiciled in Northern Ireland"},   // s19m-students
		{", change in nominal terms", "Change in nominal terms"},
		{"Pension Credit claimants under", "Pension Credit claimants"},
		{"share of", "Share"},
		{"Wales", "Wales"},
		{"50kW of power or above", "50kW of power or above"}, // s25u-charging: a qualifier after "or" stays
	} {
		if got := Trimmed(c.in); got != c.want {
			t.Errorf("Trimmed(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestShortenedNames: the names a chart shortens lose the whole run they
// share and what it left dangling, never a comma or "change on": a grid's
// groups and measures cut at a phrase's end, the parts of a whole, and
// bars' segments cut only where every bar holds them.
func TestShortenedNames(t *testing.T) {
	t.Run("grid", func(t *testing.T) {
		for _, c := range []struct {
			name, view string
			bars       []Named
			want       Grid
		}{
			{"s19m-industry sectors", "Production by sector, October 2018", []Named{
				{Title: `Production in the "Modern" sector, change on previous month`},
				{Title: `Production in the "Modern" sector, change on same month a year earlier`},
				{Title: `Production in the "Traditional" sector, change on previous month`},
				{Title: `Production in the "Traditional" sector, change on same month a year earlier`},
			}, Grid{
				Measures: []string{"Change on previous month", "Change on same month a year earlier"},
				Groups:   []string{`"Modern" sector`, `"Traditional" sector`},
				Cells:    [][]int{{0, 2}, {1, 3}},
			}},
			{"s19m-elections countries", "Parliamentary and local government registrations by country, December 2021", []Named{
				{Title: "Parliamentary electoral registrations, England"},
				{Title: "Local government electoral registrations, England"},
				{Title: "Parliamentary electoral registrations, Scotland"},
				{Title: "Local government electoral registrations, Scotland"},
				{Title: "Parliamentary electoral registrations, Wales"},
				{Title: "Local government electoral registrations, Wales"},
			}, Grid{
				Measures: []string{"England", "Scotland", "Wales"},
				Groups:   []string{"Parliamentary electoral registrations", "Local government electoral registrations"},
				Cells:    [][]int{{0, 1}, {2, 3}, {4, 5}},
			}},
			{"s16g-lifeexp (kind): groups after the measures", "Life expectancy by sex", []Named{
				{Title: "Life expectancy at birth for males"},
				{Title: "Life expectancy at birth for females"},
				{Title: "Life expectancy at age 65 for males"},
				{Title: "Life expectancy at age 65 for females"},
				{Title: "Life expectancy at age 85 for males"},
				{Title: "Life expectancy at age 85 for females"},
			}, Grid{
				Measures: []string{"Birth", "Age 65", "Age 85"},
				Groups:   []string{"Males", "Females"},
				Cells:    [][]int{{0, 1}, {2, 3}, {4, 5}},
			}},
		} {
			g, ok := GridOf(c.bars)
			if !ok {
				t.Errorf("%s: no grid", c.name)
				continue
			}
			if d := cmp.Diff(c.want, g.Shortened(c.view)); d != "" {
				t.Errorf("%s: grid (-want +got):\n%s", c.name, d)
			}
		}
	})
	t.Run("parts", func(t *testing.T) {
		for _, c := range []struct {
			name, view string
			names      []string
			want       []string
		}{
			{"s19m-students domicile", "Where students at NI HEIs come from, 2021/22", []string{
				PartName("Students at NI HEIs domiciled in Northern Ireland, share"),
				PartName("Students at NI HEIs domiciled in Great Britain, share"),
				PartName("Students at NI HEIs domiciled in the Republic of Ireland, share"),
				PartName("Students at NI HEIs domiciled in other EU countries, share"),
				PartName("Students at NI HEIs domiciled outside the EU, share"),
			}, []string{"Northern Ireland", "Great Britain", "Republic of Ireland", "Other EU countries", "Outside the EU"}},
			{"s18k-children further action (kind)", "What further action related to", []string{
				"Further action: child protection investigation", "Further action: assessment only",
			}, []string{"Child protection investigation", "Assessment only"}},
			{"names the title does not say stay whole", "Employment rate by age", []string{
				"Men aged 16 to 24", "Men aged 25 to 34",
			}, []string{"Men aged 16 to 24", "Men aged 25 to 34"}},
		} {
			if d := cmp.Diff(c.want, PartNames(c.names, "", c.view)); d != "" {
				t.Errorf("%s: (-want +got):\n%s", c.name, d)
			}
		}
	})
	t.Run("segments", func(t *testing.T) {
		for _, c := range []struct {
			name, view string
			titles     []string
			want       []string
		}{
			{"s19m-industry: a series three bars of five name stays on all", "Manufacturing production and turnover, October 2018 (seasonally adjusted)", []string{
				"Manufacturing production, change on previous month",
				"Manufacturing production, change on same month a year earlier",
				"Manufacturing production, three months on previous three months",
				"Manufacturing turnover, change on previous month",
				"Manufacturing turnover, change on same month a year earlier",
			}, []string{
				"Manufacturing production, change on previous month",
				"Manufacturing production, change on same month a year earlier",
				"Manufacturing production, three months on previous three months",
				"Manufacturing turnover, change on previous month",
				"Manufacturing turnover, change on same month a year earlier",
			}},
			{"s15f-houseprices (kind): every title holds the price", "Annual house price change by country and region, December 2019", []string{
				"UK average house price, change over the year",
				"Average house price, England, change over the year",
				"Average house price, Wales, change over the year",
			}, []string{"UK", "England", "Wales"}},
		} {
			if d := cmp.Diff(c.want, Unrepeated(c.view, c.titles)); d != "" {
				t.Errorf("%s: (-want +got):\n%s", c.name, d)
			}
		}
	})
}

// TestLabelAfterParenthesis: a title's own parenthesis keeps its words;
// a bar's parts go after it (s19m-industry), as after any other title.
func TestLabelAfterParenthesis(t *testing.T) {
	for _, c := range []struct {
		title string
		parts []string
		want  string
	}{
		{"Manufacturing production index (seasonally adjusted, 2015=100)", []string{"October 2017"}, "Manufacturing production index (seasonally adjusted, 2015=100), October 2017"},
		{"Smoking prevalence (adults 18+)", []string{"2023"}, "Smoking prevalence (adults 18+), 2023"}, // s15f-smoking's kind
		{"Smoking prevalence", []string{"2023"}, "Smoking prevalence (2023)"},
	} {
		if got := Label(c.title, c.parts...); got != c.want {
			t.Errorf("Label(%q, %q) = %q, want %q", c.title, c.parts, got, c.want)
		}
	}
}
