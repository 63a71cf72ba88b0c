package extract

import "testing"

// TestLabelUnits drafts what a figure counts where a label before it
// names it (unit40): a line "Label - figure" or "Label: figure", its
// head the unit, with the label's kind where the text labels the head
// in other kinds too, and the figures the rows go on to count ("8 new
// licences") kept in their kind beside them; a head labelled in one kind
// only, or counted in two kinds in prose, is counted alone.
func TestLabelUnits(t *testing.T) {
	const rows = "Licences issued\n\nThe following figures cover the week ending Sunday 4 May 2031:\n\n" +
		"  • Skipper licences - 2,150: a decrease of 4 on the previous week, there are 9 new licences.\n" +
		"  • Crew licences - 9,800: an increase of 12 on the previous week, there are 31 new licences.\n" +
		"  • Harbour pilot licences - 310: a decrease of 1 on the previous week.\n"
	runFieldCases(t, []fieldCase{
		{name: "a labelled row keeps its kind beside other kinds", text: rows, stated: "2,150", want: map[string]string{"unit": "skipper licence"}},
		{name: "a compound label is kept whole", text: rows, stated: "310", want: map[string]string{"unit": "harbour pilot licence"}},
		{name: "the row's change counts what the row counts", text: rows, stated: "12", want: map[string]string{"unit": "crew licence"}},
		{name: "a figure's own kind beside labelled kinds, its word of newness dropped", text: rows, stated: "31 new licences", want: map[string]string{"unit": "licence"}},
		{name: "one labelled kind: the head alone", text: "Harbour report\n\n  • Harbour inspections - 1,204: up 5% on 2030.\n",
			stated: "1,204", want: map[string]string{"unit": "inspection"}},
		{name: "a colon label", text: "Harbour report\n\n  • Registered vessels: 87,000\n",
			stated: "87,000", want: map[string]string{"unit": "vessel"}},
		{name: "a place in the label is no kind", text: "Harbour report\n\n  • London ferries - 300.\n",
			stated: "300", want: map[string]string{"unit": "ferry"}},
		{name: "a quantifier before the head is no kind", text: "Harbour report\n\n  • Total berths - 4,100 (4,020 in 2030)\n  • Visitor berths - 900\n",
			stated: "4,100", want: map[string]string{"unit": "berth"}},
		{name: "a figure followed by of which", text: "Harbour report\n\n  • Visitor berths - 900 of which 120 were let\n  • Resident berths - 3,200\n",
			stated: "900", want: map[string]string{"unit": "visitor berth"}},
		// Near misses: no label, or prose.
		{name: "a figure with a noun of its own is not labelled", text: "Harbour report\n\n  • Ferry crossings - 4,100 vessels in 2031\n",
			stated: "4,100 vessels", want: map[string]string{"unit": "vessel"}},
		{name: "words after the figure that go on are no labelled row", text: "Harbour report\n\nFerries - 300 more than in 2030 - sailed in 2031.\n",
			stated: "300", want: map[string]string{"unit": ""}},
		{name: "two kinds in prose: the head alone", text: "Harbour report 2031\n\nCouncils issued 151 ferry licences and 522 yacht licences in 2031.\n",
			stated: "151 ferry licences", want: map[string]string{"unit": "licence"}},
		{name: "a state that makes another class stays", text: "Harbour report 2031\n\nWardens impounded 8,300 stray cats in 2031.\n",
			stated: "8,300 stray cats", want: map[string]string{"unit": "stray cat"}},
	})
}

// TestRateBaseBefore drafts a rate whose base is said before the figure
// (unit40), for money and counts as for measures: the base is one noun,
// or a noun and the span or population it is counted over ("staff
// year"), never a participle after it; a count's base of time is an
// average's, no rate.
func TestRateBaseBefore(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "money with its base before", text: "Harbour fees 2031\n\nThe average fee per berth let in 2031 was £860, compared with £800 in 2030.\n",
			stated: "£860", want: map[string]string{"unit": "GBP per berth"}},
		{name: "a measure with its base before", text: "Harbour fuel 2031\n\nFuel use per crossing in 2031 was 640 litres.\n",
			stated: "640 litres", want: map[string]string{"unit": "L per crossing"}},
		{name: "a count's base of time is an average's", text: "Harbour berths 2031\n\nThe average number of berths occupied per day in 2031 was 1,073 berths.\n",
			stated: "1,073 berths", want: map[string]string{"unit": "berth"}},
		{name: "per cent before the figure is no base", text: "Harbour fees 2031\n\nFees rose by 3 per cent, and the average fee was £860 in 2031.\n",
			stated: "£860", want: map[string]string{"unit": "GBP"}},
	})
}

// TestPriceBaseBefore keeps a price quoted in a unit of measure in its
// currency alone, as hand catalogs write a price (unit40).
func TestPriceBaseBefore(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a price per tonne is the currency's", text: "Harbour landings 2031\n\nThe median price per tonne of crab in 2031 was €6,761.\n",
			stated: "€6,761", want: map[string]string{"unit": "EUR"}},
	})
}
