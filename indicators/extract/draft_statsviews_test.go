package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// statsFreight is a freight inventory's update in words of its own: a
// quarter's trend change first, then the year's total and changes on the
// previous year, since a base year and since another.
const statsFreight = "Regional Freight Accounts: March 2021\n\n" +
	"The Freight Accounts Update presents the latest estimates of the region's freight task.\n\n" +
	"Key figures\n\n" +
	"Freight moved in the March quarter 2021 increased by 0.4 per cent in trend terms.\n\n" +
	"Freight moved in the year to March 2021 was 84.0 Mt, down 1.5 per cent or 1.3 Mt on the previous year. " +
	"Rail freight was 3.1 per cent below freight in 2010 and 9.4 per cent below freight in 2005.\n\n" +
	"Freight per head was lower than 1995 by 20.1 per cent, while freight intensity was 30.2 per cent lower than in 1995.\n"

// statsMachinery gives a series' two years and then the parts of the
// later one.
const statsMachinery = "Machinery Exports Fact Sheet\n\n" +
	"U.S. machinery exports to Chile were up 3.1 percent – from $34.4 billion in 2011 to $35.4 billion in 2013. " +
	"Exports of engines rose 27.1 percent to $5.1 billion. " +
	"Exports of pumps rose 22.5 percent to $1.3 billion; exports of valves were up 52% to $1.2 billion.\n"

// statsViews drafts text and returns its proposed views, each as the
// stated figures it draws, the headline first.
func statsViews(t *testing.T, text string) (string, [][]string) {
	t.Helper()
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var inds []indicators.Indicator
	stated := map[string]string{}
	for _, cl := range d.claims() {
		if cl.skip == "" {
			inds = append(inds, cl.ind)
			stated[cl.ind.ID] = cl.ind.Stated
		}
	}
	views, _ := proposeViewsTitled(d.source.ID, d.source.Title, inds, map[string]int{})
	head := ""
	var bars [][]string
	for _, v := range views {
		var ss []string
		for _, id := range v.Indicators {
			ss = append(ss, stated[id])
		}
		if v.Kind == indicators.Headline {
			head = ss[0]
			continue
		}
		bars = append(bars, ss)
	}
	return head, bars
}

func TestProposeViewsStatistics(t *testing.T) {
	tests := []struct {
		name, text string
		headline   string
		together   [][2]string // figures one view draws side by side
		apart      [][2]string // figures no view draws side by side
		exactly    [][]string  // views drawn as given
	}{
		{
			name: "an inventory's total heads it; bases never mix", text: statsFreight, headline: "84.0 Mt",
			together: [][2]string{{"20.1 per cent", "30.2 per cent"}},
			apart: [][2]string{{"0.4 per cent", "1.5 per cent"}, {"1.5 per cent", "3.1 per cent"}, {"3.1 per cent", "9.4 per cent"},
				{"9.4 per cent", "20.1 per cent"}, {"84.0 Mt", "1.3 Mt"}},
		},
		{
			name: "a series' two years apart from the parts after them", text: statsMachinery, headline: "$35.4 billion",
			exactly: [][]string{{"$34.4 billion", "$35.4 billion"}, {"$5.1 billion", "$1.3 billion", "$1.2 billion"}},
		},
		{
			name: "a whole change is no bar beside its parts", text: statsPopulation, headline: "1.3 million",
			together: [][2]string{{"4,100 people", "250 people"}},
			apart:    [][2]string{{"12,400 people", "4,100 people"}, {"12,400 people", "250 people"}, {"6,100 people", "4,100 people"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			head, bars := statsViews(t, tc.text)
			if head != tc.headline {
				t.Errorf("headline = %q, want %q", head, tc.headline)
			}
			drawnWith := func(a, b string) bool {
				return slices.ContainsFunc(bars, func(v []string) bool { return slices.Contains(v, a) && slices.Contains(v, b) })
			}
			for _, p := range tc.together {
				if !drawnWith(p[0], p[1]) {
					t.Errorf("views %q: %q beside %q = false, want true", bars, p[0], p[1])
				}
			}
			for _, p := range tc.apart {
				if drawnWith(p[0], p[1]) {
					t.Errorf("views %q: %q beside %q = true, want false", bars, p[0], p[1])
				}
			}
			for _, want := range tc.exactly {
				if !slices.ContainsFunc(bars, func(v []string) bool { return slices.Equal(v, want) }) {
					t.Errorf("views %q: want one of exactly %q", bars, want)
				}
			}
		})
	}
}

func TestQuoteBasis(t *testing.T) {
	tests := []struct {
		quote, stated, want string
	}{
		{"Freight rose by 0.4 per cent in trend terms.", "0.4 per cent", "period"},
		{"Freight was 84.0 Mt, down 1.5 per cent or 1.3 Mt on the previous year.", "1.5 per cent", "year"},
		{"Freight has fallen 12.0 per cent since the peak in 2008.", "12.0 per cent", "peak"},
		{"Rail freight was 3.1 per cent below freight in 2010.", "3.1 per cent", "since 2010"},
		{"Freight per head was lower than 1995 by 20.1 per cent.", "20.1 per cent", "since 1995"},
		{"The pace doubles to 2.5 per cent a year from 2020 to 2025.", "2.5 per cent", ""},
		{"Freight rose 2.5 per cent.", "2.5 per cent", ""},
	}
	for _, tc := range tests {
		i := strings.Index(tc.quote, tc.stated)
		if got := quoteBasis(tc.quote, i, i+len(tc.stated)); got != tc.want {
			t.Errorf("quoteBasis(%q, %q) = %q, want %q", tc.quote, tc.stated, got, tc.want)
		}
	}
}
