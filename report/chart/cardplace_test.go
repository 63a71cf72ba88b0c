package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardPlaceOnSlide: a headline card names the place its view's title
// says and its figure's title does not, on the slide (Embed, no title of
// its own) as on the PNG: the deck's card read "Live births" alone while
// the PNG's said "Live births, England and Wales" (s15-births).
func TestCardPlaceOnSlide(t *testing.T) {
	tests := []struct {
		name, view, title, stated, entity, want string
	}{
		{"s15-births", "Live births in England and Wales, 2013", "Live births", "698,512 live births", "GB-EAW", "Live births, England and Wales"},
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
