package extract

import "testing"

// unitMeasureCase is a sentence of a statistics release of our own and the
// fields its figure stated must draft with; "" leaves a field unchecked.
type unitMeasureCase struct {
	name, text, stated        string
	unit, measure, dir, title string
}

// runUnitMeasureCases drafts each case's text and checks its fields.
func runUnitMeasureCases(t *testing.T, cases []unitMeasureCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if tc.unit != "" && got.ind.Unit.String() != tc.unit {
				t.Errorf("unit of %q = %q (%s), want %q", tc.stated, got.ind.Unit.String(), got.fieldNotes["unit"], tc.unit)
			}
			if tc.dir != "" && got.ind.Quantity.Direction.String() != tc.dir {
				t.Errorf("direction of %q = %q, want %q", tc.stated, got.ind.Quantity.Direction.String(), tc.dir)
			}
			checkWhat(t, got, tc.stated, tc.measure, "", tc.title)
		})
	}
}

const (
	unitMeasureLoans   = "Lending Report\n\nLoan approvals for car purchase (a guide to future sales) rose to 41,200 in March, 3.1% higher than in February. Approvals for leases also rose on the month, by 2.7%, to 18,300.\n"
	unitMeasureFarms   = "Closures 2023\n\nIn 2023, there were 9,410 registered farm closures comprising 6,020 members’ voluntary liquidations (MVLs), 2,100 winding-up orders, 40 farm voluntary arrangements (FVAs) and three receivership appointments.\n"
	unitMeasureRoads   = "Road Safety 2022\n\nOne in 310 drivers on the national licence register (at a rate of 32.3 per 10,000 drivers) was injured in 2022.\n"
	unitMeasureCruise  = "Visitors 2022\n\nArrivals fell, mostly because of cruise ship visitors (CSVs), which were 12% lower than the record high numbers seen in 2019.\n"
	unitMeasurePower   = "Power Statistics\n\nWind provided 28.1% of power supplied by licensed generators, with solar at 4.2%, hydro at 3.3% and biomass at 1.8%.\n"
	unitMeasureFreight = "Freight Statistics\n\n  • Freight traffic by rail down 3.4%, with coal down 40% and grain down 2.5%.\n  • Container share of freight traffic by rail up 1.2 percentage points to 35.0%, whilst bulk share of freight traffic stood at 61.0%.\n"
	unitMeasureDeposit = "Savings Report\n\nNet saving - which lags income - by households was £2.1 billion in March, just below the £2.6 billion average seen over the past six months. These rates represent a £0.9 billion flow of cash savings in March, in line with the £0.8 billion average seen since May 2019.\n"
)

// TestDraftUnits: a bare number after "<plural noun> rose to" counts
// the subject's head noun (countedNoun), events over a period a flow
// (approvals in a month: drafts77); a plural possessive modifies the noun
// after it, which is counted.
func TestDraftUnits(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "rose to", text: unitMeasureLoans, stated: "41,200", unit: "approval", measure: "flow"},
		{name: "rose on the month, to", text: unitMeasureLoans, stated: "18,300", unit: "approval", measure: "flow"},
		{name: "plural possessive", text: unitMeasureFarms, stated: "6,020 members’ voluntary liquidations", unit: "liquidation", measure: "flow", title: "Members’ voluntary liquidations (MVLs)"},
	})
}

// TestDraftMeasures: a rate per N is a level; "N% lower than the
// numbers seen in YEAR" a change; "<X> provided N% of <Y>" a share.
func TestDraftMeasures(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "per 10,000", text: unitMeasureRoads, stated: "32.3 per 10,000 drivers", measure: "level"},
		{name: "lower than the numbers seen", text: unitMeasureCruise, stated: "12%", measure: "change", dir: "down", title: "Change in cruise ship visitors since 2019"},
		{name: "provided N% of", text: unitMeasurePower, stated: "28.1%", measure: "share", title: "Wind share of power supplied by licensed generators"},
		{name: "with A at N%", text: unitMeasurePower, stated: "4.2%", measure: "share", title: "Solar share of power supplied by licensed generators"},
		{name: "and C at N%", text: unitMeasurePower, stated: "1.8%", measure: "share", title: "Biomass share of power supplied by licensed generators"},
	})
}

// TestDraftTitlesUnitMeasure: each figure takes its own noun phrase.
func TestDraftTitlesUnitMeasure(t *testing.T) {
	runUnitMeasureCases(t, []unitMeasureCase{
		{name: "higher than in the month before", text: unitMeasureLoans, stated: "3.1%", measure: "change", title: "Change in loan approvals for car purchase on the previous month"},
		{name: "rose on the month, by", text: unitMeasureLoans, stated: "2.7%", measure: "change", title: "Change in approvals for leases on the previous month"},
		{name: "there were", text: unitMeasureFarms, stated: "9,410", title: "Registered farm closures"},
		{name: "list item before and a figure", text: unitMeasureFarms, stated: "40 farm voluntary arrangements", title: "Farm voluntary arrangements (FVAs)"},
		{name: "verbless line", text: unitMeasureFreight, stated: "3.4%", dir: "down", title: "Change in freight traffic by rail"},
		{name: "first part", text: unitMeasureFreight, stated: "40%", dir: "down", title: "Change in coal traffic by rail"},
		{name: "second part", text: unitMeasureFreight, stated: "2.5%", dir: "down", title: "Change in grain traffic by rail"},
		{name: "whilst", text: unitMeasureFreight, stated: "61.0%", title: "Bulk share of freight traffic"},
		{name: "average over the past", text: unitMeasureDeposit, stated: "£2.6 billion", title: "Average net saving by households over the past six months"},
		{name: "pointing subject", text: unitMeasureDeposit, stated: "£0.9 billion", title: "Flow of cash savings"},
		{name: "average of the earlier figure", text: unitMeasureDeposit, stated: "£0.8 billion", title: "Average flow of cash savings"},
	})
}

// TestDraftTitleFaultUnitMeasure: titles that end on a direction word, open on a
// conjunction or are a comparison's or period's words are refused.
func TestDraftTitleFaultUnitMeasure(t *testing.T) {
	for _, tc := range []struct {
		title string
		fault bool
	}{
		{"Change in coal down", true},
		{"Whilst bulk share of freight traffic", true},
		{"Just below", true},
		{"In line with", true},
		{"Peak of late", true},
		{"Change in coal traffic by rail", false},
		{"Bulk share of freight traffic", false},
		{"Peak growth rate", false},
	} {
		if got := titleFault(tc.title) != ""; got != tc.fault {
			t.Errorf("titleFault(%q) = %q, want a fault: %v", tc.title, titleFault(tc.title), tc.fault)
		}
	}
}

// TestDraftNotClaimsUnitMeasure: a count of the document's own parts and a span
// of time after "over past" are not drafted.
func TestDraftNotClaimsUnitMeasure(t *testing.T) {
	for _, tc := range []struct{ text, stated string }{
		{"Lending Report\n\nOur monthly Lending statistical release is made up of four parts: lending, deposits, rates and notes.\n", "four parts"},
		{"Lending Report\n\nThe annual growth rate of car loans was 5.1%, stabilising after the downward trend seen over past four years.\n", "four years"},
	} {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.stated {
				t.Errorf("draft of %q = drafted as %q, want not drafted", tc.text, cl.ind.Title)
			}
		}
	}
}

// TestDraftTitleField: the title field of the corpus measure takes the
// hand's own title, whatever its shape.
func TestDraftTitleField(t *testing.T) {
	for _, tc := range []struct {
		got, want, quote string
		ok               bool
	}{
		{"Administrations", "Administrations", "There were 1,597 administrations.", true},
		{"Administrations", "Company administrations", "There were 1,597 administrations.", false},
		{"Company administrations", "Administrations", "There were 1,597 company administrations.", true},
	} {
		if got := titleFieldAgrees(tc.got, tc.want, tc.quote); got != tc.ok {
			t.Errorf("titleFieldAgrees(%q, %q, %q) = %v, want %v", tc.got, tc.want, tc.quote, got, tc.ok)
		}
	}
}
