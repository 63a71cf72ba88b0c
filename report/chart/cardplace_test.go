package chart

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardPlaceOnSlide: a headline card names the place its view's title
// says and its figure's title does not, on the slide (Embed, no title of
// its own) as on the PNG: the deck's card read "Live births" alone while
// the PNG's said "Live births, England and Wales" (s15-births); where the
// figure already says the title ("698,512 live births"), the place alone.
func TestCardPlaceOnSlide(t *testing.T) {
	tests := []struct {
		name, view, title, stated, entity, want string
	}{
		{"s15-births", "Live births in England and Wales, 2013", "Live births", "698,512 live births", "GB-EAW", "England and Wales"},
		{"s15-births, a figure in digits", "Live births in England and Wales, 2013", "Live births", "698,512", "GB-EAW", "Live births, England and Wales"},
		// s18k-children: the view's title opens with the figure's, which
		// the figure names ("children"): the place alone, not the title
		// again.
		{"s18k-children", "Children looked after in Northern Ireland, 31 March 2015", "Children looked after", "2,875 children", "GB-NIR", "Northern Ireland"},
		{"s14-homeless kind", "Households owed a duty in England", "Households owed a homelessness duty", "74,230 households", "GB-ENG", "Households owed a homelessness duty, England"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := figCatalog(t, fig{id: "h", title: tt.title, stated: tt.stated, period: "2013", status: indicators.Fact, measure: indicators.CountKind})
			c.Indicators[0].Entities = []string{tt.entity}
			c.Views = []indicators.ChartView{{ID: "head", Title: tt.view, Kind: indicators.Headline, Indicators: []string{"h"}}}
			for _, embed := range []bool{false, true} {
				s, err := NewSlide(c, &c.Views[0], &Options{Embed: embed})
				if err != nil {
					t.Fatalf("NewSlide: %v", err)
				}
				if got := s.body.(*Card).Label; got != tt.want {
					t.Errorf("card caption (embed %v) = %q, want %q", embed, got, tt.want)
				}
			}
		})
	}
}

// TestSharedNoteOnce: a note several bars carry is one line naming them
// all (s15-deaths: "Unchanged compared with 2010" twice, one line per
// rate); a note of one bar names it alone.
func TestSharedNoteOnce(t *testing.T) {
	tests := []struct {
		name   string
		titles []string
		notes  []string // each bar's note, "" for none
		want   []string
	}{
		{"s15-deaths rates", []string{"Drug poisoning rate, males", "Drug poisoning rate, females", "Drug misuse rate, females"},
			[]string{"Unchanged compared with 2010.", "Unchanged compared with 2010.", "Stable since 2010."},
			[]string{"Drug poisoning rate, males and Drug poisoning rate, females — Unchanged compared with 2010.", "Drug misuse rate, females — Stable since 2010."}},
		{"s14-tourism kind, one bar's note", []string{"EU2 citizens", "EU8 citizens", "Non-EU citizens"},
			[]string{"The ONS calls it a record high.", "", ""},
			[]string{"EU2 citizens — The ONS calls it a record high."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var figs []fig
			for i, title := range tt.titles {
				figs = append(figs, fig{id: fmt.Sprintf("b%d", i), title: title, stated: fmt.Sprintf("%d%%", 40-i*5), period: "2011", status: indicators.Fact, measure: indicators.Share})
			}
			c := figCatalog(t, figs...)
			for i, n := range tt.notes {
				if n != "" {
					c.Indicators[i].Notes = []indicators.Note{{Text: n}}
				}
			}
			s := figSlide(t, c, "all")
			var got []string
			for _, n := range s.Notes {
				for _, w := range tt.want {
					if strings.Contains(n, w) {
						got = append(got, w)
					}
				}
			}
			if !slices.Equal(got, tt.want) || len(s.Notes) != len(tt.want) {
				t.Errorf("notes = %q, want %q", s.Notes, tt.want)
			}
		})
	}
}
