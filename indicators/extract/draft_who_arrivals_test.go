package extract

import "testing"

// arrivalsText is an arrivals release titled for a region, of my own
// words, in a home country's first person.
const arrivalsText = `Fewer visitor arrivals from Europe

Published: Mon 8 Sep 2031 10:45 AM

Visitor arrivals from Europe were down 2,300 (6.1 percent) in July 2031 compared with the same month last year, Stats NZ said today.

Winter months are quiet for overseas visitors to New Zealand, and our airports see fewer flights.

Visitors from Germany, our fifth largest market, were down 450 in July 2031 compared with July 2030.

The total number of visitor arrivals was 241,800 in July 2031. The largest changes were from:
• Fiji – up 700
• Samoa – down 350.
`

var arrivalsCases = []fieldCase{
	{name: "visitors from a place: the home country with that market", text: arrivalsText, stated: "450",
		want: map[string]string{"entities": "NZ", "counterpart": "DE"}},
	{name: "a region in the title is no party to every figure", text: arrivalsText, stated: "241,800",
		want: map[string]string{"entities": "NZ", "counterpart": ""}},
	{name: "an item under a from lead-in names its market", text: arrivalsText, stated: "700",
		want: map[string]string{"entities": "NZ", "counterpart": "FJ"}},
	{name: "another item names its own market", text: arrivalsText, stated: "350",
		want: map[string]string{"entities": "NZ", "counterpart": "WS"}},
}

func TestDraftArrivals(t *testing.T) { runFieldCases(t, arrivalsCases) }
