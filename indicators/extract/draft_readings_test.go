package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// The measure, direction and unit of figures of a price bulletin, a
// migration office's quarterly release and a relief agency's release
// (drafts44), in sentences of their own; the figures of such documents
// that are no claims; and the views and headline their drafts propose.

// readingsPriceText is a statistics office's monthly price bulletin: two
// price indices' 12-month rates with the month before, contributions in
// parentheses, monthly rises compared with a year before, and a section
// that repeats a main point with typographic quotes.
const readingsPriceText = "Consumer price inflation, Ruritania: June 2031\n\n" +
	"Release date:\n14 July 2031\n\n" +
	"1. Main points\n\n" +
	"  • The Retail Prices Index including owners' mortgage interest payments (RPIX) rose by 4.8% in the 12 months to June 2031, down from 5.1% in May.\n\n" +
	"  • The largest upward contributions to the annual RPIX rate in June 2031 came from food (0.62 percentage points, mainly bread) and recreation (0.31 percentage points, mainly package holidays).\n\n" +
	"  • The largest downward contributions came from clothing (0.12 percentage points) and furniture (0.08 percentage points).\n\n" +
	"  • On a monthly basis, the RPIX rose by 0.4% in June 2031, compared with a rise of 0.7% in June 2030.\n\n" +
	"  • All items consumer prices climbed by 3.9% over the twelve months ending June 2031, compared with 4.4% in May.\n\n" +
	"2. Annual RPIX rate\n\n" +
	"The Retail Prices Index including owners’ mortgage interest payments (RPIX) rose by 4.8% in the 12 months to June 2031, down from 5.1% in May.\n"

// readingsAsylumText is a migration office's quarterly release: people
// applying during a quarter, a list of citizenships with figures in
// parentheses whose first item names what they count, a list of
// countries whose lead does, and the size of the list named.
const readingsAsylumText = "Asylum applications in the first half of 2031\n\n" +
	"In the first half of 2031, 88\u00a0400 asylum applicants lodged a claim in the Member States of the European Union.\n\n" +
	"Venezuelans, Colombians and Peruvians were the most numerous\n\n" +
	"Between January and June 2031, Venezuelans filed the most claims, ahead of Colombians (9\u00a0300 asylum applicants) and Peruvians (4\u00a0100). They are the three main citizenships of asylum applicants in the EU.\n\n" +
	"During the first half of 2031, most applicants were registered in Spain (with 31\u00a0200 asylum applicants, or 35% of all asylum applicants in the EU), Portugal (8\u00a0800, or 10%) and France (7\u00a0000, or 8%).\n"

// readingsReliefText is a relief agency's release: two storms some days
// apart, a running total of people sheltered since a programme began,
// people still housed, a part of those figures, and households joined by
// "and".
const readingsReliefText = "Hotel Sheltering Program Extended for Storm Survivors\n\n" +
	"Release date: August 9, 2031\n\n" +
	"Storms Ada and Bea struck the coast three days apart, flooding thousands of homes.\n\n" +
	"Since the program began, more than 8,400 survivors have stayed at hotels in 12 states. " +
	"To date, 1,150 survivors continue to be housed at hotels in 9 states. " +
	"Included in those figures are 230 survivors in coastal hotels.\n\n" +
	"Overall, 3,210 households used the program, and 2,005 have moved to rental housing.\n"

// readingsSeekersText is a labour office's note: counts of seekers whose
// counted noun the drafter chooses, a compound whose head alone names
// nothing, and "registered" as an adjective.
const readingsSeekersText = "Jobs report\n\nRelease date: June 3, 2031\n\n" +
	"The number of job seekers rose to 1,200 in May. There were 5,400 registered asylum seekers in May. " +
	"In May, 120 asylum seekers were granted protection.\n"

var readingsHowCases = []struct {
	name, text, stated string
	measure, direction string
}{
	{"a price index's 12-month rise is an inflation rate: a level, no direction", readingsPriceText, "4.8%", "level", "none"},
	{"\"down from\" after a 12-month rate: the same rate a month earlier, a level", readingsPriceText, "5.1%", "level", "none"},
	{"a 12-month rise of \"all items consumer prices\" over the twelve months ending", readingsPriceText, "3.9%", "level", "none"},
	{"\"compared with\" after a 12-month rate is its earlier reading, never a share", readingsPriceText, "4.4%", "level", "none"},
	{"\"the 12-month rate of\" a price index is a level", "Prices note\n\nThe 12-month rate of the RPIX was 3.1% in May 2031.\n", "3.1%", "level", "none"},
	{"a monthly rise stays a change, up", readingsPriceText, "0.4%", "change", "up"},
	{"\"compared with a rise of\": the pair's change, up", readingsPriceText, "0.7%", "change", "up"},
	{"an item's bracketed contribution after \"upward contributions\": a change, up", readingsPriceText, "0.62 percentage points", "change", "up"},
	{"the second item's contribution too", readingsPriceText, "0.31 percentage points", "change", "up"},
	{"an item's contribution after \"downward contributions\": a change, down", readingsPriceText, "0.12 percentage points", "change", "down"},
	{"people applying during a stated period are a flow", readingsAsylumText, "88\u00a0400 asylum applicants", "flow", ""},
	{"a list item's applicants in a sentence \"between January and June\" are a flow", readingsAsylumText, "9\u00a0300 asylum applicants", "flow", ""},
	{"people registered during the half year are a flow", readingsAsylumText, "31\u00a0200 asylum applicants", "flow", ""},
	{"survivors still housed are a count, not a flow", readingsReliefText, "1,150 survivors", "count", ""},
	{"\"registered\" before the counted noun is an adjective: a count", readingsSeekersText, "5,400", "count", ""},
	{"people granted protection in a month are a flow", readingsSeekersText, "120 asylum seekers", "flow", ""},
}

func TestDraftReadings(t *testing.T) {
	for _, tc := range readingsHowCases {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, "", "")
			checkHow(t, got, tc.stated, tc.direction, "")
		})
	}
}

var readingsUnitCases = []fieldCase{
	{name: "a bare figure in a later item's parentheses counts what the first item's figure counts", text: readingsAsylumText, stated: "4\u00a0100",
		want: map[string]string{"unit": "applicant"}},
	{name: "the first item after a lead inside its parentheses names the noun of the next items", text: readingsAsylumText, stated: "8\u00a0800",
		want: map[string]string{"unit": "applicant"}},
	{name: "the last item too", text: readingsAsylumText, stated: "7\u00a0000",
		want: map[string]string{"unit": "applicant"}},
	{name: "a bare number joined by \"and\" to a counted figure, before a verb, counts its noun", text: readingsReliefText, stated: "2,005",
		want: map[string]string{"unit": "household"}},
	{name: "a bare number after \"up from\" counts what its pair counts", text: "Shelter report\n\nThe shelters housed 1,200 people in May 2031, up from 900 in April.\n", stated: "900",
		want: map[string]string{"unit": "person"}},
	{name: "\"the number of job seekers\": a compound counted noun is kept whole", text: readingsSeekersText, stated: "1,200",
		want: map[string]string{"unit": "job seeker"}},
	{name: "\"registered asylum seekers\" counts asylum seekers", text: readingsSeekersText, stated: "5,400",
		want: map[string]string{"unit": "asylum seeker"}},
}

func TestDraftReadingUnits(t *testing.T) {
	runFieldCases(t, readingsUnitCases)
}

// readingsSkip returns the first comment a draft of text writes for the
// figure stated in place of an indicator, or "" and every draft's figure
// and comment when there is none.
func readingsSkip(text, stated string) (string, []string) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var all []string
	for _, cl := range d.claims() {
		all = append(all, cl.ind.Stated+cl.skip)
		if strings.HasPrefix(cl.skip, "not drafted: "+stated+" in ") {
			return cl.skip, nil
		}
	}
	return "", all
}

func TestDraftSpansAndListSizes(t *testing.T) {
	tests := []struct {
		name, text, stated, why string
	}{
		{"\"in the 12 months to\" is the span of a rate", readingsPriceText, "12 months", "the span a rate is measured over"},
		{"\"over the twelve months ending\" too", readingsPriceText, "twelve months", "the span a rate is measured over"},
		{"a time between two events", readingsReliefText, "three days", "a time between two events"},
		{"the size of the list of citizenships the text names", readingsAsylumText, "three main citizenships", "the size of the list"},
		{"a sentence repeated under a later heading is a second quote", readingsPriceText, "4.8%", "a second quote of"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, all := readingsSkip(tt.text, tt.stated)
			if !strings.Contains(got, tt.why) {
				t.Errorf("comment on %q = %q, want one that says %q; drafts: %q", tt.stated, got, tt.why, all)
			}
		})
	}
}

// TestDraftRestatedSentence: the sentence a bulletin repeats under a later
// heading, equal once typographic quotes are folded, is a second quote of
// the first sentence's indicators; one that goes on with more words is a
// sentence of its own.
func TestDraftRestatedSentence(t *testing.T) {
	const head = "Prices bulletin: June 2031\n\n1. Main points\n\n" +
		"  • The Index of Consumer Prices (ICP) rose by 2.6% in the 12 months to June 2031, up from 2.2% in May; owners' costs rose most.\n\n" +
		"2. Annual ICP rate\n\n"
	tests := []struct {
		name, text     string
		drafted, again int
	}{
		{"repeated with a typographic apostrophe", head + "The Index of Consumer Prices (ICP) rose by 2.6% in the 12 months to June 2031, up from 2.2% in May; owners’ costs rose most.\n", 2, 2},
		{"repeated with more words", head + "The Index of Consumer Prices (ICP) rose by 2.6% in the 12 months to June 2031, up from 2.2% in May; owners’ costs rose most since 2008.\n", 2, 2},
	}
	for _, tt := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tt.text}, map[string]int{})
		var drafted []indicators.Indicator
		again := 0
		for _, cl := range d.claims() {
			switch {
			case cl.skip == "":
				drafted = append(drafted, cl.ind)
			case strings.Contains(cl.skip, "a second quote of"):
				again++
			}
		}
		if len(drafted) != tt.drafted || again != tt.again {
			t.Errorf("%s: drafted %d indicators and %d second quotes, want %d and %d", tt.name, len(drafted), again, tt.drafted, tt.again)
			continue
		}
		if tt.again == 0 {
			continue
		}
		for _, ind := range drafted {
			if len(ind.Provenance) != 2 {
				t.Errorf("%s: indicator %s (%s) has %d quotes, want 2", tt.name, ind.ID, ind.Stated, len(ind.Provenance))
				continue
			}
			if got := ind.Provenance[1].Section; len(got) == 0 || got[len(got)-1] != "Annual ICP rate" {
				t.Errorf("%s: second quote of %s is under %q, want the section \"Annual ICP rate\"", tt.name, ind.ID, got)
			}
		}
	}
}

// readingsViews drafts text and returns its proposed views: each view's
// figures as stated, the headline first.
func readingsViews(text string) [][]string {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var inds []indicators.Indicator
	for _, cl := range d.claims() {
		if cl.skip == "" {
			inds = append(inds, cl.ind)
		}
	}
	byID := map[string]string{}
	for _, ind := range inds {
		byID[ind.ID] = ind.Stated
	}
	views, _ := proposeViewsTitled(d.source.ID, d.source.Title, inds, map[string]int{})
	var out [][]string
	for _, v := range views {
		var s []string
		for _, id := range v.Indicators {
			s = append(s, byID[id])
		}
		out = append(out, s)
	}
	return out
}

// TestDraftViewsKeepApart: the views a draft proposes never put a running
// total beside a count of those still housed, a part beside its total, a
// 12-month rate beside a monthly rise, or a figure drafted twice as two
// bars; the headline card is the lead's people figure or the release's
// headline rate, never a span of time.
func TestDraftViewsKeepApart(t *testing.T) {
	tests := []struct {
		name, text string
		headline   string
		apart      [][2]string // never in one view
		together   [][2]string // in one view
	}{
		{"a relief release", readingsReliefText, "more than 8,400 survivors",
			[][2]string{{"12 states", "9 states"}, {"1,150 survivors", "230 survivors"}, {"more than 8,400 survivors", "1,150 survivors"}},
			[][2]string{{"3,210 households", "2,005"}}},
		{"a price bulletin", readingsPriceText, "4.8%",
			[][2]string{{"4.8%", "0.4%"}, {"5.1%", "0.7%"}},
			[][2]string{{"4.8%", "3.9%"}, {"0.4%", "0.7%"}, {"0.62 percentage points", "0.31 percentage points"}}},
	}
	for _, tt := range tests {
		views := readingsViews(tt.text)
		if len(views) == 0 || len(views[0]) != 1 || views[0][0] != tt.headline {
			t.Errorf("%s: headline of %q, want %q", tt.name, views, tt.headline)
		}
		if len(views) == 0 {
			continue
		}
		in := func(v []string, a, b string) bool {
			return slices.Contains(v, a) && slices.Contains(v, b)
		}
		for _, p := range tt.apart {
			for _, v := range views[1:] {
				if in(v, p[0], p[1]) {
					t.Errorf("%s: view %q holds both %q and %q", tt.name, v, p[0], p[1])
				}
			}
		}
		for _, p := range tt.together {
			if !slices.ContainsFunc(views[1:], func(v []string) bool { return in(v, p[0], p[1]) }) {
				t.Errorf("%s: no view holds both %q and %q; views %q", tt.name, p[0], p[1], views)
			}
		}
		for _, v := range views {
			seen := map[string]bool{}
			for _, s := range v {
				if seen[s] {
					t.Errorf("%s: view %q draws %q twice", tt.name, v, s)
				}
				seen[s] = true
			}
		}
	}
}

// TestDraftViewsWholes: shares of different wholes are never one view, a
// share with no "of" takes the whole of the share before it in its quote,
// and another period's figure of another place leaves a view of one
// period's parts.
func TestDraftViewsWholes(t *testing.T) {
	pct := indicators.Unit{Kind: indicators.Percent}
	people := indicators.Unit{Kind: indicators.Count, Name: "applicant"}
	q1, q4 := indicators.QuarterPeriod(2031, 1), indicators.QuarterPeriod(2030, 4)
	ind := func(id, stated string, m indicators.MeasureKind, u indicators.Unit, p indicators.Period, e, quote string) indicators.Indicator {
		return indicators.Indicator{ID: id, Title: "Figure " + id, Stated: stated, Measure: m, Unit: u, Period: p, Entities: []string{e},
			Provenance: []indicators.Provenance{{Quote: quote}}}
	}
	const spain = "Spain (31 200 applicants, or 35% of all applicants in the EU) and Portugal (8 800, or 10%)."
	const trade = "Exports made up 20% of output and imports 15% of spending."
	tests := []struct {
		name string
		inds []indicators.Indicator
		want [][]string // the bar views' indicators
	}{
		{"a share without \"of\" takes the whole of the share before it", []indicators.Indicator{
			ind("h", "88 400", indicators.Flow, people, q1, "EU", "88 400 applicants."),
			ind("es", "35%", indicators.Share, pct, q1, "ES", spain),
			ind("pt", "10%", indicators.Share, pct, q1, "PT", spain),
		}, [][]string{{"es", "pt"}}},
		{"shares of two wholes are no view", []indicators.Indicator{
			ind("h", "88 400", indicators.Flow, people, q1, "EU", "88 400 applicants."),
			ind("x", "20%", indicators.Share, pct, q1, "ES", trade),
			ind("m", "15%", indicators.Share, pct, q1, "ES", trade),
		}, nil},
		{"the whole of the quarter before leaves a view of this quarter's parts", []indicators.Indicator{
			ind("eu", "90 100", indicators.Flow, people, q4, "EU", "90 100 applicants in the quarter before."),
			ind("es", "31 200", indicators.Flow, people, q1, "ES", spain),
			ind("pt", "8 800", indicators.Flow, people, q1, "PT", spain),
			ind("fr", "7 000", indicators.Flow, people, q1, "FR", "7 000 applicants in France."),
		}, [][]string{{"es", "pt", "fr"}}},
		{"a share of GDP however written, and one past \"percent\" takes the whole before it", []indicators.Indicator{
			ind("h", "88 400", indicators.Flow, people, q1, "EU", "88 400 applicants."),
			ind("a", "6.2 percent", indicators.Share, pct, q1, "US", "It amounts to 6.2 percent of gross domestic product (GDP) in 2031 and drops to 5.2 percent by 2033."),
			ind("b", "5.2 percent", indicators.Share, pct, q1, "US", "It amounts to 6.2 percent of gross domestic product (GDP) in 2031 and drops to 5.2 percent by 2033."),
			ind("c", "17.1 percent", indicators.Share, pct, q1, "US", "Revenues total $5.2 trillion, or 17.1 percent of GDP."),
		}, [][]string{{"a", "b", "c"}}},
		{"two claims of one figure in one sentence are two bars", []indicators.Indicator{
			ind("h", "88 400", indicators.Flow, people, q1, "EU", "88 400 applicants."),
			ind("a", "at least 40%", indicators.Change, pct, q1, "US", "Targets: reducing case incidence and death rates by at least 40% by 2031."),
			ind("b", "at least 40%", indicators.Change, pct, q1, "US", "Targets: reducing case incidence and death rates by at least 40% by 2031."),
		}, [][]string{{"a", "b"}}},
		{"\"Overall,\" before a year's count makes no running total", []indicators.Indicator{
			ind("h", "88 400", indicators.Flow, people, q1, "EU", "88 400 applicants."),
			ind("a", "30 markets", indicators.CountKind, indicators.Unit{Kind: indicators.Count, Name: "market"}, q1, "US", "Overall, there were 30 markets above $1 billion in 2031."),
			ind("b", "12 markets", indicators.CountKind, indicators.Unit{Kind: indicators.Count, Name: "market"}, q1, "US", "Exports set records in 12 markets."),
		}, [][]string{{"a", "b"}}},
		{"one place's series over quarters keeps its bars", []indicators.Indicator{
			ind("a", "31 200", indicators.Flow, people, q1, "ES", "31 200 applicants in Spain."),
			ind("b", "30 000", indicators.Flow, people, q4, "ES", "30 000 applicants in Spain before."),
			ind("c", "8 800", indicators.Flow, people, q1, "PT", "8 800 applicants in Portugal."),
		}, [][]string{{"a", "b", "c"}}},
	}
	for _, tt := range tests {
		views, _ := proposeViews("doc", tt.inds, map[string]int{})
		var got [][]string
		for _, v := range views {
			if v.Kind == indicators.Bars {
				got = append(got, v.Indicators)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: bar views (-want +got):\n%s", tt.name, diff)
		}
	}
}
