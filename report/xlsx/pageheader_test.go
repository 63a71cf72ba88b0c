package xlsx

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPageHeader: every printed page names the places the figures are of,
// up to three, where no printed column may (s15-births: "Live births
// 698,512" printed without England and Wales); none for more.
func TestPageHeader(t *testing.T) {
	q, u, err := indicators.ParseStated("5 countries")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		entities [][]string
		want     string // in the header; "" for no header
	}{
		{"s15-births, one place", [][]string{{"GB-EAW"}, {"GB-EAW"}}, "England and Wales"},
		{"s14-tourism kind, two places", [][]string{{"IE"}, {"IE", "GB"}}, "Ireland"},
		{"many places", [][]string{{"US"}, {"JP"}, {"FR"}, {"DE"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: "T"}}}
			for i, e := range tt.entities {
				c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: "A", Stated: "5 countries", Quantity: q, Unit: u, Entities: e})
			}
			_, parts := writeParts(t, c)
			for _, sheet := range []string{"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"} {
				xml := parts[sheet]
				has := strings.Contains(xml, "<oddHeader>")
				if tt.want == "" && has {
					t.Errorf("%s: a page header, want none", sheet)
				}
				if tt.want != "" && !strings.Contains(xml, tt.want+"</oddHeader>") && !strings.Contains(xml, tt.want+" and") {
					t.Errorf("%s: page header does not name %q", sheet, tt.want)
				}
			}
		})
	}
}
