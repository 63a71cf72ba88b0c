package xlsx

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPageHeader: every printed page is headed by the book's title at the
// left (s16g-fire: every page headed "England", the entity, read as the
// running title) and names the places the figures are of at the right,
// up to three, where no printed column may (s15-births: "Live births
// 698,512" printed without England and Wales); no places for more.
func TestPageHeader(t *testing.T) {
	q, u, err := indicators.ParseStated("5 countries")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		entities [][]string
		title    string
		want     string // the header, whole
	}{
		{"one place (s15-births), s16g-fire title", [][]string{{"GB-EAW"}, {"GB-EAW"}}, "Fire and rescue incident statistics: England, year ending December 2023",
			"&L&8Fire and rescue incident statistics: England, year ending December 2023&R&8England and Wales"},
		// In the order the figures first name them, as the deck names
		// them (sorted by code, it was "United Kingdom and Ireland").
		{"s14-tourism kind, two places", [][]string{{"IE"}, {"IE", "GB"}}, "Overseas Travel & Tourism", "&L&8Overseas Travel && Tourism&R&8Ireland and United Kingdom"},
		// s18k-birds: [US, CA] was "Canada and United States" here,
		// "United States and Canada" on the deck.
		{"s18k-birds, two places", [][]string{{"US", "CA"}, {"US", "CA"}}, "Trends in Duck Breeding Populations, 1955-2007", "&L&8Trends in Duck Breeding Populations, 1955-2007&R&8United States and Canada"},
		// s31b-emptyhomes: Wales's figures first, but one indicator of
		// both lists them as the document does.
		{"s31b-emptyhomes, the catalog's list of both", [][]string{{"GB-WLS"}, {"GB-ENG"}, {"GB-ENG", "GB-WLS"}}, "Vacant homes", "&L&8Vacant homes&R&8England and Wales"},
		// s20n-cancer: "England, North East and London", two regions
		// beside the country that holds them; s20n-gambling: "New
		// Zealand and Canterbury".
		{"s20n-cancer, regions inside their country", [][]string{{"GB-ENG"}, {"E12000001"}, {"E12000007"}}, "Cancer registration statistics", "&L&8Cancer registration statistics&R&8England"},
		{"s20n-gambling, a region inside its country", [][]string{{"NZ"}, {"NZ-CAN"}}, "Gaming machine spend lifts", "&L&8Gaming machine spend lifts&R&8New Zealand"},
		{"many places", [][]string{{"US"}, {"JP"}, {"FR"}, {"DE"}}, "T", "&L&8T"},
		{"a title that starts with a year", [][]string{{"US"}, {"JP"}, {"FR"}, {"DE"}}, "2017 Traffic Data", "&L&8 2017 Traffic Data"},
		{"long title", [][]string{{"US"}, {"JP"}, {"FR"}, {"DE"}}, strings.Repeat("Company insolvency statistics ", 6),
			"&L&8Company insolvency statistics Company insolvency statistics Company insolvency statistics Company insolvency…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: tt.title}}}
			for i, e := range tt.entities {
				c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: "A", Stated: "5 countries", Quantity: q, Unit: u, Entities: e})
			}
			b := &book{c: c}
			if got := b.pageHeader(); got != tt.want {
				t.Errorf("pageHeader() = %q, want %q", got, tt.want)
			}
			_, parts := writeParts(t, c)
			for _, sheet := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"} {
				if want := "<oddHeader>" + xmlEscape(tt.want) + "</oddHeader>"; !strings.Contains(parts[sheet], want) {
					t.Errorf("%s: no %s", sheet, want)
				}
			}
		})
	}
}

// xmlEscape escapes s as a part's text is written.
func xmlEscape(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
