package extract

import "testing"

// heldStockWhenCases are the review's proofs of a date read where it should
// not be (fix17b): "on <day>" after a verb of saying or publishing dates
// the saying, and a count of events is a flow before countsByWhatTheyCount
// makes it one, so no day dates it; a stock's own day still does.
var heldStockWhenCases = []fieldCase{
	{name: "said on a day dates the saying, not the incidents",
		text:   "Fire services attended 592,996 incidents, the Home Office said on 30 June 2023.\n",
		stated: "592,996 incidents", want: map[string]string{"period": "not stated"}},
	{name: "published on a day dates the figures, not the insolvencies",
		text:   "There were 2,000 insolvencies, figures published on 30 June 2023 show.\n",
		stated: "2,000 insolvencies", want: map[string]string{"period": "not stated"}},
	{name: "a stock on a day is still dated by it",
		text:   "There were 16,600 officers on 30 June 2023.\n",
		stated: "16,600 officers", want: map[string]string{"period": "2023-06-30"}},
}

func TestDraftWhenHeldStock(t *testing.T) { runFieldCases(t, heldStockWhenCases) }

// TestDraftVitalFlows: deaths and births are events everywhere
// (eventUnits), in a population release and outside one: no rule says
// otherwise (fix17b deleted vitalFlows, whose claim was stale).
func TestDraftVitalFlows(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "dengue deaths outside a population release are a flow", text: "Dengue report 2019\n\nThere were 1,200 dengue deaths in 2019.\n",
			stated: "1,200 dengue deaths", measure: "flow"},
		{name: "births in a population release are a flow", text: "Australian Demographic Statistics\n\nThere were 300,000 births in 2019.\n",
			stated: "300,000 births", measure: "flow"},
	})
}

// TestDraftTitlePeriod: a title closing on years is a release's period
// only after a separator or a release noun, never an exhibit's number
// ("Table 2006-08") or an outlook's horizon ("Outlook 2024-2026").
func TestDraftTitlePeriod(t *testing.T) {
	for _, tc := range []struct {
		title, want string
		ok          bool
	}{
		{"Table 2006-08", "", false},
		{"Figure 3: 2024", "", false},
		{"Outlook 2024-2026", "", false},
		{"Births in England and Wales: 2013", "2013", true},
		{"Life Expectancy at Birth by Local Areas: 2006-08 to 2010-12", "2010/2012", true},
		{"Annual road safety statistics 2023", "2023", true},
		{"Police officer quarterly strength statistics: 30 June 2023", "2023-06-30", true},
	} {
		p, _, ok := titlePeriodOf(tc.title)
		if got := p.String(); ok != tc.ok || ok && got != tc.want {
			t.Errorf("titlePeriodOf(%q) = %q, %v, want %q, %v", tc.title, got, ok, tc.want, tc.ok)
		}
	}
	heldStockTitleCases := []fieldCase{
		{name: "a table's number dates no figure", text: "Table 2006-08\n\nThere were 300 deaths.\n",
			stated: "300 deaths", want: map[string]string{"period": "not stated"}},
		{name: "an outlook's horizon dates no figure", text: "Outlook 2024-2026\n\nThere were 300 deaths.\n",
			stated: "300 deaths", want: map[string]string{"period": "not stated"}},
		{name: "a release's year dates a figure of no time", text: "Deaths in England and Wales: 2013\n\nThere were 300 deaths.\n",
			stated: "300 deaths", want: map[string]string{"period": "2013"}},
	}
	runFieldCases(t, heldStockTitleCases)
}

// TestDraftDatedStock: a title's day is not given to a clause naming a
// span of its own ("during the year"), and a count on a day is a stock
// only where its clause states it as held (heldCount).
func TestDraftDatedStock(t *testing.T) {
	const ranger = "Ranger quarterly strength statistics: 30 June 2031\n\n" +
		"The service recruited 300 officers during the year.\n\n" +
		"There were 16,600 officers in the service.\n"
	runFieldCases(t, []fieldCase{
		{name: "during the year is no title's day, and recruiting holds nothing", text: ranger, stated: "300 officers",
			want: map[string]string{"period": "not stated", "measure": "flow"}}, // recruiting is a doing, as hiring: a flow (measure20)
		{name: "a held count of no time of its own takes the title's day", text: ranger, stated: "16,600 officers",
			want: map[string]string{"period": "2031-06-30", "measure": "stock"}},
	})
}

// TestDraftTitleDayHolding: a release's day makes a count of no time of
// its own a stock only where its clause states it as held.
func TestDraftTitleDayHolding(t *testing.T) {
	const ranger = "Ranger quarterly strength statistics: 30 June 2031\n\n" +
		"The service recruited 300 officers.\n"
	runFieldCases(t, []fieldCase{
		{name: "recruiting holds nothing at the title's day: a doing, a flow (measure20)", text: ranger, stated: "300 officers",
			want: map[string]string{"measure": "flow"}},
	})
}

// TestDraftHeld: a participle right after the counted noun is a doing,
// no holding; members are a count, as MeasureKind's doc says.
func TestDraftHeld(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "jobs created in a year are no holding but a flow (measure20: things done over a stated span)", text: "Jobs report\n\nThere were 10,000 jobs created in 2023.\n",
			stated: "10,000 jobs", measure: "flow"},
		{name: "jobs there were are a holding", text: "Jobs report\n\nThere were 10,000 jobs in the region in 2023.\n",
			stated: "10,000 jobs", measure: "stock"},
		{name: "members are a count", text: "Council report\n\nThere were 27 members of the council in 2023.\n",
			stated: "27 members", measure: "count"},
	})
}

// TestDraftHeldParticiple: a participle of a state held after the noun
// keeps a holding a stock.
func TestDraftHeldParticiple(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "people employed are a holding", text: "Jobs report\n\nThere were 10,000 people employed in the sector in 2023.\n",
			stated: "10,000 people", measure: "stock"},
	})
}

// TestDraftCountedNP: after the head noun an -ed word is the verb, whose
// predicate restricts the noun (ownPredicate), and a coordinated list is
// kept whole.
func TestDraftCountedNP(t *testing.T) {
	for _, tc := range []struct{ after, want string }{
		{" farmers received payments in 2023", "Farmers receiving payments"},
		{" households reported housing problems", "Households reporting housing problems"},
		{" cars, vans and trucks were sold", "Cars, vans and trucks sold"}, // a participle alone restricts, as the hand catalogs write ("Fires attended", "Rail freight moved")
		{" registered voters in 2020", "Registered voters"},
		{" new motor vehicles registered in 2021", "New motor vehicles registered"},
	} {
		if got := countedNPOf(measuredWords(tc.after)); got != tc.want {
			t.Errorf("countedNPOf(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// heldStockDollarCases: a bare "$" is the home dollar only of a figure whose
// clause names no place or names home.
var heldStockDollarCases = []fieldCase{
	{name: "the U.S. deficit is in USD, whoever is quoted",
		text:   "Trade note\n\nAccording to Statistics Canada, trade grew. The U.S. trade deficit widened to $60 billion in 2023.\n",
		stated: "$60 billion", want: map[string]string{"unit": "USD"}},
	{name: "rents in the United States are in USD",
		text:   "Rents note\n\nIn the United States, rents rose to $1,500 a month in 2023, says the Australian Bureau of Statistics.\n",
		stated: "$1,500 a month", want: map[string]string{"unit": "USD per month"}},
	{name: "a figure naming no place is in the home dollar",
		text:   "Retail trade, Australia\n\nThe Australian Bureau of Statistics said retail turnover rose to $35 billion in 2023.\n",
		stated: "$35 billion", want: map[string]string{"unit": "AUD"}},
}

func TestDraftDollar(t *testing.T) { runFieldCases(t, heldStockDollarCases) }

// heldStockMentionCases: a national body merely mentioned is not the
// document's home; one named as the publisher is.
var heldStockMentionCases = []fieldCase{
	{name: "a body named as the publisher makes home",
		text:   "Shop note\n\nFigures released today by the Australian Bureau of Statistics show turnover rose to $35 billion.\n",
		stated: "$35 billion", want: map[string]string{"unit": "AUD"}},
	{name: "a body merely mentioned makes no home",
		text:   "Shop note\n\nTurnover rose to $35 billion. A chart in the annex compares it with data from the Australian Bureau of Statistics.\n",
		stated: "$35 billion", want: map[string]string{"unit": "USD"}},
}

func TestDraftMention(t *testing.T) { runFieldCases(t, heldStockMentionCases) }
