package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The measure, status and title of figures of the seventh session's
// genres (drafts25), in sentences of their own: donors' and governments'
// announcements, an outlook's projections, a rate decision, an emissions
// target. Each case checks only the fields it names; entities and period
// are the other half's (draft_*_test.go of drafts24).

// whatCase is one figure of a text and the fields to check ("" leaves a
// field unchecked).
type whatCase struct {
	name, text, stated     string
	measure, status, title string
}

// firstDraft drafts text and returns the first claim drafted as stated,
// failing the test with every draft and comment when there is none.
func firstDraft(t *testing.T, text, stated string) claim {
	t.Helper()
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var all []string
	found := -1
	cls := d.claims()
	for i, cl := range cls {
		all = append(all, cl.ind.Stated+cl.skip)
		if cl.skip == "" && cl.ind.Stated == stated && found < 0 {
			found = i
		}
	}
	if found < 0 {
		t.Fatalf("no draft of %q; drafts: %q", stated, all)
	}
	return cls[found]
}

// checkWhat checks the measure, status and title of the draft got of the
// figure stated; "" leaves a field unchecked.
// checkHow checks a drafted claim's direction and unit where the row
// gives them; "none" wants none.
func checkHow(t *testing.T, got claim, stated, direction, unit string) {
	t.Helper()
	ind := got.ind
	dir := ind.Quantity.Direction.String()
	if dir == "" {
		dir = "none"
	}
	if direction != "" && dir != direction {
		t.Errorf("direction of %q = %q, want %q", stated, dir, direction)
	}
	u := ind.Unit.String()
	if u == "" {
		u = "none"
	}
	if unit != "" && u != unit {
		t.Errorf("unit of %q = %q (%s), want %q", stated, ind.Unit.String(), got.fieldNotes["unit"], unit)
	}
}

func checkWhat(t *testing.T, got claim, stated, measure, status, title string) {
	t.Helper()
	ind := got.ind
	if measure != "" && ind.Measure.String() != measure {
		t.Errorf("measure of %q = %v (%s), want %v", stated, ind.Measure, got.fieldNotes["measure"], measure)
	}
	if status != "" && ind.Status.String() != status {
		t.Errorf("status of %q = %v (%s), want %v", stated, ind.Status, got.fieldNotes["status"], status)
	}
	if title != "" && ind.Title != title {
		t.Errorf("title of %q = %q, want %q", stated, ind.Title, title)
	}
}

// runWhatCases drafts each case's text and checks the named fields of the
// figure stated as the case says.
func runWhatCases(t *testing.T, cases []whatCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, tc.status, tc.title)
		})
	}
}

// donorAidText announces aid by country, a list with amounts in parentheses
// that a second sentence goes on, and money given earlier.
const donorAidText = "Canada is providing $45 million in emergency food assistance to families affected by drought in Ethiopia, Kenya and Somalia.\n\n" +
	"The new funding will support relief work in Kenya ($20 million); Somalia ($15 million); and Ethiopia ($10 million, including the newly allocated $4 million in response to the cholera outbreak and another $2 million to support a logistics hub in the south, in addition to the initial $3.5 million announced by the Minister during a visit in March 2023).\n\n" +
	"Others are Sudan ($6 million, including the top-up of $1 million allocated in February 2023 in response to the arrival of refugees in the east) and Djibouti ($2.5 million).\n\n" +
	"Canada provided $12 million to the region last year.\n"

// measuresText lists a government's new measures under a lead-in line.
const measuresText = "Minister announces rail plan\n\nThe Government’s new measures include:\n\n" +
	"  • $5 billion investment in Canada’s rail freight corridors.\n" +
	"  • An additional $200 million to build cycling paths in regional towns.\n" +
	"  • A further $50 million to train 4,000 rail engineers in the skills of the future.\n" +
	"  • $8 million Rail Safety Program to improve level crossings.\n"

// resultsText lists what was spent, under a lead-in that names no plan.
const resultsText = "Annual report\n\nLast year’s results include:\n\n  • $3 billion spent on Canada’s roads.\n  • $90 million for bridges.\n"

// outlookFiscal is a fiscal outlook in words of its own: figures of its
// own year and later, history beside them.
const outlookFiscal = "The Fiscal Outlook: 2031 to 2040\n\n" +
	"The council publishes baseline projections of the state budget. They reflect the economy as of March 3, 2031, and laws enacted through April 1, 2031.\n\n" +
	"Deficits\n\n" +
	"In the council’s projections, the state budget deficit in fiscal year 2031 is $4.2 billion. " +
	"It equals 3.5 percent of gross state product (GDP) in 2031 and falls to 3.1 percent by 2033 as revenues grow faster than spending. " +
	"In 2040, the deficit equals 4.4 percent of GDP—well above the 2.9 percent that deficits have averaged over the past 30 years.\n\n" +
	"Debt\n\n" +
	"State debt held by the public rises from 61 percent of GDP this year to 75 percent in 2040, passing its previous high of 70 percent of GDP in 1992.\n\n" +
	"Spending in 2031 totals $90 billion, or 21.5 percent of GDP.\n"

// reportFiscal is the same kind of sentences in a report that is no
// outlook: its figures stay facts.
const reportFiscal = "State Budget Report\n\nThe council reports the state budget as of March 3, 2031.\n\n" +
	"The state budget deficit in fiscal year 2031 is $4.2 billion.\n"

// rateDecisionText is a central bank's rate decision in words of its own.
const rateDecisionText = "Policy rate held at 4.35% - May 2031\n\n" +
	"The Reserve Bank’s Board sets monetary policy to meet the 2.5% inflation target. At its meeting ending on 6 May 2031, the Board voted by a majority of 6–3 to hold the policy rate at 4.35%. " +
	"Three members preferred to raise the policy rate by 0.25 percentage points, to 4.6%.\n\n" +
	"Annual consumer price inflation rose to 3.4% in April from 2.9% in February. Services inflation was 4.8% in April. Wage growth slowed to 3.1% in April.\n"

// ndcText is a government's emissions target and a warming limit.
const ndcText = "Government updates its climate target\n\n" +
	"This confirms Canada’s commitment to cut greenhouse gas emissions by 40 per cent below 2005 levels by 2030. " +
	"Emissions fell by 8 per cent in 2020.\n\n" +
	"“We will act with our partners to keep 1.5 degrees within reach,” said the Minister.\n"

var whatStatusCases = []whatCase{
	{name: "a donor \"is providing\" money: a pledge", text: donorAidText, stated: "$45 million", measure: "flow", status: "pledge"},
	{name: "money given last year stays a fact", text: donorAidText, stated: "$12 million", status: "fact"},
	{name: "a place's amount in parentheses takes the list's \"will\"", text: donorAidText, stated: "$20 million", status: "pledge"},
	{name: "a later item of the same list too", text: donorAidText, stated: "$15 million", status: "pledge"},
	{name: "an item with parts of its own", text: donorAidText, stated: "$10 million", status: "pledge"},
	{name: "\"newly allocated\" money is pledged", text: donorAidText, stated: "$4 million", status: "pledge"},
	{name: "\"another\" amount is pledged", text: donorAidText, stated: "$2 million", status: "pledge"},
	{name: "money \"announced\" is pledged", text: donorAidText, stated: "$3.5 million", status: "pledge"},
	{name: "\"Others are\" goes on the list of the sentence before", text: donorAidText, stated: "$6 million", status: "pledge"},
	{name: "its last item too", text: donorAidText, stated: "$2.5 million", status: "pledge"},
	{name: "money \"allocated in February 2023\" was given: a fact", text: donorAidText, stated: "$1 million", status: "fact"},
	{name: "an item of a list of measures is pledged", text: measuresText, stated: "$5 billion", status: "pledge"},
	{name: "\"An additional\" amount is pledged", text: measuresText, stated: "$200 million", status: "pledge"},
	{name: "\"A further\" amount is pledged", text: measuresText, stated: "$50 million", status: "pledge"},
	{name: "what an announced amount is to train is a target", text: measuresText, stated: "4,000 rail engineers", status: "target"},
	{name: "a programme's amount in a list of measures is pledged", text: measuresText, stated: "$8 million", status: "pledge"},
	{name: "a list of results is no plan", text: resultsText, stated: "$3 billion", status: "fact"},
	{name: "an outlook's figure of its own year is a projection, though \"is\"", text: outlookFiscal, stated: "$4.2 billion", measure: "flow", status: "projection"},
	{name: "a ratio to GDP of the outlook's year", text: outlookFiscal, stated: "3.5 percent", measure: "share", status: "projection"},
	{name: "a ratio reached later, with no \"of GDP\" of its own", text: outlookFiscal, stated: "3.1 percent", measure: "share", status: "projection"},
	{name: "an outlook's later year", text: outlookFiscal, stated: "4.4 percent", measure: "share", status: "projection"},
	{name: "an average over the past stays a fact", text: outlookFiscal, stated: "2.9 percent", measure: "share", status: "fact"},
	{name: "\"this year\" in an outlook", text: outlookFiscal, stated: "61 percent", measure: "share", status: "projection"},
	{name: "\"rises … to\" a later year", text: outlookFiscal, stated: "75 percent", measure: "share", status: "projection"},
	{name: "a previous high stays a fact", text: outlookFiscal, stated: "70 percent", measure: "share", status: "fact"},
	{name: "\"totals\" in the outlook's year", text: outlookFiscal, stated: "$90 billion", status: "projection"},
	{name: "\", or N percent of GDP\"", text: outlookFiscal, stated: "21.5 percent", measure: "share", status: "projection"},
	{name: "a report that is no outlook keeps its facts", text: reportFiscal, stated: "$4.2 billion", status: "fact"},
	{name: "a cut below a base year's levels by a year is a target, whatever noun", text: ndcText, stated: "40 per cent", measure: "change", status: "target"},
	{name: "a cut of a past year stays a fact", text: ndcText, stated: "8 per cent", status: "fact"},
	{name: "a minority's preferred change is an intention", text: rateDecisionText, stated: "0.25 percentage points", measure: "change", status: "intention"},
	{name: "and the rate it preferred, a level", text: rateDecisionText, stated: "4.6%", measure: "level", status: "intention"},
	{name: "who preferred it are counted: a fact", text: rateDecisionText, stated: "Three members", status: "fact"},
	{name: "\"another\" amount of a change is no pledge", text: "Trade report\n\nExports rose by another $2 billion in March.\n", stated: "$2 billion", status: "fact"},
	{name: "\"favored\" alone is no preference", text: "Tariff schedule\n\nThe most favored nation tariff on steel is 5%.\n", stated: "5%", status: "fact"},
}

func TestDraftWhatStatus(t *testing.T) { runWhatCases(t, whatStatusCases) }

var whatMeasureCases = []whatCase{
	{name: "\"hold the policy rate at N%\": a level, though the clause has \"by\"", text: rateDecisionText, stated: "4.35%", measure: "level", status: "fact"},
	{name: "\"the N% inflation target\": a level, a target", text: rateDecisionText, stated: "2.5%", measure: "level", status: "target"},
	{name: "\"inflation rose to A% … from B%\": A a level", text: rateDecisionText, stated: "3.4%", measure: "level", status: "fact"},
	{name: "and B a level", text: rateDecisionText, stated: "2.9%", measure: "level", status: "fact"},
	{name: "\"inflation was N%\": a level, not a share", text: rateDecisionText, stated: "4.8%", measure: "level"},
	{name: "growth is no rate: a change", text: rateDecisionText, stated: "3.1%", measure: "change"},
	{name: "a warming figure in degrees is a threshold", text: ndcText, stated: "1.5 degrees", measure: "threshold"},
}

func TestDraftWhatMeasure(t *testing.T) { runWhatCases(t, whatMeasureCases) }

// TestNotBefore: an outlook's figure is a projection when its period ends
// on or after the report's date.
func TestNotBefore(t *testing.T) {
	tests := []struct {
		e, r string
		want bool
	}{
		{"2025", "2025-01-06", true},
		{"2024", "2025-01-06", false},
		{"2015-08", "2015-09-09", false},
		{"2015-09", "2015-09-09", true},
		{"2015-09-01", "2015-09-09", false},
		{"2035", "2025-01-06", true},
	}
	for _, tc := range tests {
		e, err1 := indicators.ParseDate(tc.e)
		r, err2 := indicators.ParseDate(tc.r)
		if err1 != nil || err2 != nil {
			t.Fatalf("bad test dates %q, %q", tc.e, tc.r)
		}
		if got := notBefore(e, r); got != tc.want {
			t.Errorf("notBefore(%q, %q) = %v, want %v", tc.e, tc.r, got, tc.want)
		}
	}
}

// whatHowCase is a figure of a sentence and what its draft should say;
// "" leaves a field unchecked, "none" wants no direction or unit.
type whatHowCase struct {
	name, text, stated                      string
	measure, status, direction, unit, title string
}

// runWhatHow drafts each case's text and checks the fields it names.
func runWhatHow(t *testing.T, cases []whatHowCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, tc.status, tc.title)
			checkHow(t, got, tc.stated, tc.direction, tc.unit)
		})
	}
}
