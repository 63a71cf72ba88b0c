package wording

import (
	"slices"
	"testing"
)

// TestUnrepeatedPhrase: a run shared by the bars' titles is cut only
// where what remains reads alone; titles all alike are left to Untitled,
// which labels them by what differs.
func TestUnrepeatedPhrase(t *testing.T) {
	tests := []struct {
		name, view string
		titles     []string
		want       []string
		untitled   bool // Untitled labels them by their parts
	}{
		{
			name:     "s15-prices: one title, two months",
			view:     "CPIH items unavailable to price",
			titles:   []string{"CPIH items unavailable to price during lockdown restrictions", "CPIH items unavailable to price during lockdown restrictions"},
			want:     []string{"CPIH items unavailable to price during lockdown restrictions", "CPIH items unavailable to price during lockdown restrictions"},
			untitled: true,
		},
		{
			name: "s15-visitors: a change's head before a base",
			view: "Percent change on Q3 2014",
			titles: []string{"Change in overseas trips to Ireland on a year earlier", "Change in nights spent in Ireland by overseas travellers",
				"Change in spending by overseas travellers, fares excluded"},
			want: []string{"Change in overseas trips to Ireland on a year earlier", "Change in nights spent in Ireland by overseas travellers",
				"Change in spending by overseas travellers, fares excluded"},
		},
		{
			name:   "s13-vaccines: a head and a tail the view says",
			view:   "UK coverage at 12 months, October to December 2022",
			titles: []string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the PCV vaccine at 12 months"},
			want:   []string{"6-in-1 vaccine", "PCV vaccine"},
		},
		{
			name: "s15f-transport: a change's head and the base after it, both said by the view",
			view: "Change on the previous year, FYE March 2023",
			titles: []string{"Change in passenger rail journeys on the previous year", "Change in government support to the railways on the previous year",
				"Change in rail freight moved on the previous year", "Change in complaints closed on the previous year"},
			want: []string{"Passenger rail journeys", "Government support to the railways", "Rail freight moved", "Complaints closed"},
		},
		{
			name:   "a labour release: the base goes with the head, one title short of it keeps both",
			view:   "Change in employment since 2010",
			titles: []string{"Change in male employment since 2010", "Change in female employment since 2010", "Change in employment of over-65s"},
			want:   []string{"Change in male employment since 2010", "Change in female employment since 2010", "Change in employment of over-65s"},
		},
		{
			// review16a item 8: the comma of "Washington, D.C." is inside
			// a place name, no phrase end; the housing kind's tenure.
			name:   "a place name with a comma",
			view:   "Households in Washington, D.C., by tenure",
			titles: []string{"Households in Washington, D.C. renting their home", "Households in Washington, D.C. owning their home"},
			want:   []string{"Washington, D.C. renting their home", "Washington, D.C. owning their home"},
		},
		{
			name:   "a change's head, no base in the titles",
			view:   "Change in admissions",
			titles: []string{"Change in admissions to prison", "Change in admissions to hospital"},
			want:   []string{"Prison", "Hospital"},
		},
		{
			// s17j-benefits: the run "over the year" goes whole, never
			// leaving "claimants over".
			name: "s17j-benefits: a change's head and a tail opening on over",
			view: "Change in claimants over the year",
			titles: []string{"Change in Employment and Support Allowance claimants over the year", "Change in Income Support claimants over the year",
				"Change in Housing Benefit claimants over the year"},
			want: []string{"Employment and Support Allowance claimants", "Income Support claimants", "Housing Benefit claimants"},
		},
		{
			// The tail opening on "during" goes, and then "items
			// unavailable", which the title says too
			// (unrepeatedNounTail): the bars are "Food" and "Clothing".
			name:   "s15-prices: a tail opening on during",
			view:   "CPIH items unavailable during lockdown restrictions",
			titles: []string{"Food items unavailable during lockdown restrictions", "Clothing items unavailable during lockdown restrictions"},
			want:   []string{"Food", "Clothing"},
		},
		{
			name: "s23r-homicide: a run never ends inside a range of figures",
			view: "Homicide victims aged 13 to 19",
			titles: []string{"Homicide victims aged 13 to 19, previous year (year ending March 2022)",
				"Homicide victims aged 13 to 19 (year ending March 2023)"},
			// The parts that differ (bySegments), never "19,".
			want: []string{"Previous year (year ending March 2022)", "Year ending March 2023"},
		},
		{
			name:   "a range of years",
			view:   "Deaths, 2010 to 2020",
			titles: []string{"Deaths 2010 to 2019, men", "Deaths 2010 to 2020, women"},
			want:   []string{"Deaths 2010 to 2019, men", "Deaths 2010 to 2020, women"},
		},
		{
			// A label must still be true on its own: the tail "or
			// attack" is the measure's, not the chart's.
			name:   "s25u-cyber: a tail on a coordinator stays",
			view:   "Organisations reporting a cyber breach or attack in the last 12 months",
			titles: []string{"Businesses reporting a cyber security breach or attack", "Charities reporting a cyber security breach or attack"},
			want:   []string{"Businesses reporting a cyber security breach or attack", "Charities reporting a cyber security breach or attack"},
		},
		{
			name:   "s25u-paygap: a note alone beside bars of none keeps its words",
			view:   "Gender pay gap by group, Ireland, 2022",
			titles: []string{"Gender pay gap (unadjusted)", "Gender pay gap, full-time employees", "Gender pay gap, education sector"},
			want:   []string{"Gender pay gap (unadjusted)", "Full-time employees", "Education sector"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unrepeated(tt.view, tt.titles)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
			}
			parts := make([][]string, len(got))
			for i := range parts {
				parts[i] = []string{"period " + string(rune('A'+i))}
			}
			if u, _ := Untitled(tt.view, got, parts); u != tt.untitled {
				t.Errorf("Untitled(%q, %q) = %v, want %v", tt.view, got, u, tt.untitled)
			}
		})
	}
}

// TestUnrepeatedSegments: where no run of words is cut, bars are
// labelled by what differs: the parts between commas most titles hold,
// which the view's title names, go (bySegments).
func TestUnrepeatedSegments(t *testing.T) {
	tests := []struct {
		name, view string
		titles     []string
		want       []string
	}{
		{
			name: "s15f-houseprices: a country's change, the UK's head, a region's note",
			view: "Annual house price change by country and region, December 2019",
			titles: []string{"UK average house price, change over the year", "Average house price, England, change over the year",
				"Average house price, Wales, change over the year", "Average house price, Scotland, change over the year",
				"Average house price, Northern Ireland, change over the year",
				"Average house price, South East of England, change over the year (lowest of the regions)",
				"Average house price, West Midlands, change over the year (second lowest of the regions)"},
			want: []string{"UK", "England", "Wales", "Scotland", "Northern Ireland",
				"South East of England (lowest of the regions)", "West Midlands (second lowest of the regions)"},
		},
		{
			name:   "s15f-houseprices: prices by country",
			view:   "Average house price by country, December 2019",
			titles: []string{"Average house price, UK", "Average house price, England", "Average house price, Wales"},
			want:   []string{"UK", "England", "Wales"},
		},
		{
			name:   "s15f-houseprices: two notes alone",
			view:   "UK monthly house price change, December 2019",
			titles: []string{"Average house price, UK, change on the month (not seasonally adjusted)", "Average house price, UK, change on the month (seasonally adjusted)"},
			want:   []string{"Not seasonally adjusted", "Seasonally adjusted"},
		},
		{
			name: "s15f-smoking: a note on the shared part stays",
			view: "Adults who smoke cigarettes by UK country, 2019",
			titles: []string{"Adults who smoke cigarettes, England", "Adults who smoke cigarettes, Wales", "Adults who smoke cigarettes, Scotland",
				"Adults who smoke cigarettes, Northern Ireland", "Adults (18+) who smoke cigarettes, UK"},
			want: []string{"England", "Wales", "Scotland", "Northern Ireland", "UK (18+)"},
		},
		{
			name:   "another kind: hospital waits, a part the view does not name stays",
			view:   "Waiting times by nation",
			titles: []string{"Patients seen within four hours, England", "Patients seen within four hours, Wales"},
			want:   []string{"Patients seen within four hours, England", "Patients seen within four hours, Wales"},
		},
		{
			name:   "another kind: a part held by half the titles only stays",
			view:   "Prison population",
			titles: []string{"Prison population, men", "Prison population, women", "Remand population, men", "Remand population, women"},
			want:   []string{"Prison population, men", "Prison population, women", "Remand population, men", "Remand population, women"},
		},
		{
			name:   "another kind: nothing would be left of one title",
			view:   "Prison population",
			titles: []string{"Prison population", "Prison population, women"},
			want:   []string{"Prison population", "Prison population, women"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unrepeated(tt.view, tt.titles); !slices.Equal(got, tt.want) {
				t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
			}
		})
	}
}
