package extract

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestMeasure40: what a number of things measures by its verb and its
// time (measure40): things done in a stated span are a flow ("served
// this year", "were completed" past a bracketed percent that restates
// the count); things held in a state or at the moment a census or survey
// reads them a stock ("were covered by", "under consideration", "still
// available", "at the census point", "at the time of interview"); the
// yearly traffic or volumes a network carries a flow, its items no kind
// of thing; a multiple of another figure a level, with no direction; and
// a quarter named by its last month keeps the quarter.
func TestMeasure40(t *testing.T) {
	cases := []struct {
		name, text, stated  string
		measure, direction  string
		period, measureNote string // "" leaves a field unchecked
	}{
		{name: "a participle of doing set in a span is a flow",
			text:   "Noise notices\n\nThe council served 120 notices (344 served this year and 210 served in 2020/21).\n",
			stated: "344", measure: "flow"},
		{name: "the same participle in a named year",
			text:   "Noise notices\n\nThe council served 120 notices (344 served this year and 210 served in 2020/21).\n",
			stated: "210", measure: "flow"},
		{name: "near miss: the participle with no span is a state, no flow",
			text:   "Libraries\n\nThere were 4,000 households served by the mobile library.\n",
			stated: "4,000 households", measure: "count"},
		{name: "a bracketed percent after the count is passed to read its verb",
			text:   "Outpatients\n\nOf these waits, 197,277 (61.2%) were completed in 12 weeks or less.\n",
			stated: "197,277", measure: "flow"},
		{name: "near miss: an aside of words after people is theirs, and a census answer no doing",
			text:   "Census 2022\n\nAlmost 1.9 million people (aged three years and over) stated they could speak Irish, an increase of more than 112,500 people since Census 2016.\n",
			stated: "Almost 1.9 million people", measure: "count"},
		{name: "people covered by arrangements are held in a state, a stock",
			text:   "Child maintenance\n\nIn the quarter to September 2024, over 1 million children were covered by arrangements.\n",
			stated: "over 1 million children", measure: "stock", period: "2024-Q3"},
		{name: "cases under consideration are held in a state, a stock",
			text:   "Dog licences\n\nIn 1984 there were 40 prosecutions and a further 156 cases were under consideration with a view to prosecution.\n",
			stated: "156 cases", measure: "stock"},
		{name: "appointments still available are held, not events",
			text:   "Blood stocks\n\nThere are around 80,000 appointments still available to book between now and the end of October.\n",
			stated: "around 80,000 appointments", measure: "stock"},
		{name: "near miss: appointments booked are events, a flow",
			text:   "Blood stocks\n\nIn 2023, donors booked 80,000 appointments.\n",
			stated: "80,000 appointments", measure: "flow"},
		{name: "things counted at a census point are a stock whatever their verb",
			text:   "Delayed discharges\n\nAt the October 2020 census point, there were 994 people delayed.\n",
			stated: "994 people", measure: "stock"},
		{name: "a survey's moment after the count, past a bracketed percent",
			text:   "Health insurance\n\nIn the first 9 months of 2016, 28.2 million (8.8%) persons of all ages were uninsured at the time of interview.\n",
			stated: "28.2 million", measure: "stock"},
		{name: "the items of a year's traffic are a flow",
			text:   "Postal statistics\n\nWorldwide parcel traffic last year reached 6.7 billion items, up 3.7 per cent from 2012.\n",
			stated: "6.7 billion items", measure: "flow"},
		{name: "volumes a network carried are a flow",
			text:   "Postal statistics\n\nVolumes consisted of 336.3 billion domestic and 3.5 billion international items.\n",
			stated: "3.5 billion international items", measure: "flow"},
		{name: "near miss: countries stay a count",
			text:   "Postal statistics\n\nParcel traffic grew in 120 countries.\n",
			stated: "120 countries", measure: "count"},
		{name: "a multiple of an earlier quarter is a level, with no direction, of its quarter",
			text:   "Child maintenance\n\nIn the quarter to September 2024, 21,000 arrangements were closed. This is almost four times more than in the quarter ending June 2024.\n",
			stated: "almost four times", measure: "level", direction: "none", period: "2024-Q3"},
		{name: "a gap to an earlier year's figure after \"than the\" is a change, no spread to another price",
			text:   "Right to Buy sales\n\nIn 2016-17 Q2 local authorities received approximately £244.4 million from sales, 6% higher than the £230.0 million in the same quarter of 2015-16.\n",
			stated: "6%", measure: "change"},
		{name: "\"than the previous year\" is an earlier time",
			text:   "Ambulance services\n\nThe number of emergency patient journeys was 5.02 million, 97,835 more than the previous year.\n",
			stated: "97,835", measure: "change"},
		{name: "near miss: a gap to another price with no time stays a spread, a level",
			text:   "Oil outlook\n\nWTI is expected to average $80 per barrel in 2024, $5 per barrel lower than the Brent price.\n",
			stated: "$5 per barrel", measure: "level"},
		{name: "a total of durations over a year is a flow",
			text:   "Storm overflows\n\nThe total duration (hours) of monitored spills in 2023 was 3,606,170 hours.\n",
			stated: "3,606,170 hours", measure: "flow"},
		{name: "near miss: a duration of one thing is a level",
			text:   "Storm overflows\n\nIn 2023 the average spill lasted 7.8 hours.\n",
			stated: "7.8 hours", measure: "level"},
		{name: "a count after its percent in one bracket restates the clause's doing in a span",
			text:   "Modern slavery\n\nIn 2023, the most common nationality referred this year was UK (25%; 4,299).\n",
			stated: "4,299", measure: "flow"},
		{name: "near miss: a count after its percent in a bracket of a clause with no doing stays a count",
			text:   "Modern slavery\n\nIn 2023, the most common nationality was UK (25%; 4,299).\n",
			stated: "4,299", measure: "count"},
		{name: "near miss: a bare multiple of another group stays no change",
			text:   "Pay\n\nIn 2023, the rate for men was 2.2 times the rate for women.\n",
			stated: "2.2 times", direction: "none"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			ind := got.ind
			if tc.measure != "" && ind.Measure.String() != tc.measure {
				t.Errorf("measure of %q = %v (%s), want %v", tc.stated, ind.Measure, got.fieldNotes["measure"], tc.measure)
			}
			if tc.direction == "none" && ind.Quantity.Direction != indicators.NoDirection {
				t.Errorf("direction of %q = %v, want none", tc.stated, ind.Quantity.Direction)
			}
			if tc.period != "" && ind.Period.String() != tc.period {
				t.Errorf("period of %q = %v (%s), want %v", tc.stated, ind.Period, got.fieldNotes["period"], tc.period)
			}
		})
	}
}

// TestOpenFalls: bars of reported rises and falls, drawn signed, leave
// out a fall with an open end, which verify refuses in them; an exact
// fall stays.
func TestOpenFalls(t *testing.T) {
	ind := func(stated string, q indicators.Qualifier, dir indicators.Direction) *indicators.Indicator {
		return &indicators.Indicator{Stated: stated, Measure: indicators.Change, Status: indicators.Fact, Unit: indicators.PercentUnit,
			Quantity: indicators.Quantity{Value: indicators.MustParseDecimal(stated), Qualifier: q, Direction: dir}}
	}
	byID := map[string]*indicators.Indicator{
		"up10":        ind("10", indicators.Exact, indicators.Up),
		"downNearly":  ind("21", indicators.Nearly, indicators.Down),
		"downExact":   ind("5", indicators.Exact, indicators.Down),
		"downNearly2": ind("3", indicators.Nearly, indicators.Down),
	}
	cases := []struct {
		ids  []string
		want []string
	}{
		{[]string{"up10", "downNearly"}, []string{"downNearly"}},
		{[]string{"up10", "downExact"}, nil},
		{[]string{"downNearly", "downNearly2"}, []string{"downNearly", "downNearly2"}}, // reported falls are drawn signed too
	}
	for _, tc := range cases {
		if got := openFalls(tc.ids, byID); !slices.Equal(got, tc.want) {
			t.Errorf("openFalls(%q) = %q, want %q", tc.ids, got, tc.want)
		}
	}
}
