package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// compositionDoc is the source text of TestComposition's catalogs: a fuel
// mix (s14d-energy) and the kinds of violence of one year's incidents
// (s14-crime).
const compositionDoc = `In 2022 generation came from coal (47%), gas (19%), oil (2%), solar (14%), wind (11%) and hydro (6%).
Of incidents, 9% were threats, 6% robbery, 14% wounding and 71% assault in 2023.`

// TestComposition checks that a part_of_whole view of several shares
// verifies when they are the parts of one whole (shares of one period
// and place summing to at most 100 percent, rounding allowed) and is
// refused with what to write otherwise.
func TestComposition(t *testing.T) {
	type share struct{ id, stated, quote, period, entity string }
	energy := []share{
		{"coal", "47%", "coal (47%)", "2022", "AU"}, {"gas", "19%", "gas (19%)", "2022", "AU"},
		{"oil", "2%", "oil (2%)", "2022", "AU"}, {"solar", "14%", "solar (14%)", "2022", "AU"},
		{"wind", "11%", "wind (11%)", "2022", "AU"}, {"hydro", "6%", "hydro (6%)", "2022", "AU"},
	}
	crime := []share{
		{"threats", "9%", "9% were threats", "2023", "GB"}, {"robbery", "6%", "6% robbery", "2023", "GB"},
		{"wounding", "14%", "14% wounding", "2023", "GB"}, {"assault", "71%", "71% assault", "2023", "GB"},
	}
	for _, tc := range []struct {
		name   string
		shares []share
		view   []string
		want   string // a part of the one message, "" for none
	}{
		{"s14d-energy: six fuels summing to 99%", energy, []string{"coal", "gas", "oil", "solar", "wind", "hydro"}, ""},
		{"s14-crime: four kinds summing to 100%", crime, []string{"threats", "robbery", "wounding", "assault"}, ""},
		{"shares of two years", append(energy[:1:1], crime[3]), []string{"coal", "assault"}, `"assault" is of another period or place than "coal"`},
		{"shares summing past the whole", append(crime[3:4:4], energy[0]), []string{"assault", "coal"}, `another period or place`},
		{"one year's shares summing past the whole", []share{crime[3], {"more", "47%", "coal (47%)", "2023", "GB"}}, []string{"assault", "more"}, "its 2 shares sum to 118 percent, more than the whole"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(compositionDoc))
			for _, s := range tc.shares {
				fmt.Fprintf(&b, "  - id: %s\n    title: Share of %s\n    measure: share\n    status: fact\n    entities: [%s]\n    stated: %q\n    period: %q\n    provenance:\n      - source: doc\n        quote: %q\n",
					s.id, s.id, s.entity, s.stated, s.period, s.quote)
			}
			fmt.Fprintf(&b, "views:\n  - id: mix\n    title: Mix\n    kind: part_of_whole\n    indicators: [%s]\n", strings.Join(tc.view, ", "))
			read := func(string) ([]byte, error) { return []byte(compositionDoc), nil }
			_, err := indicators.Parse("c.yaml", []byte(b.String()), read)
			var list indicators.ErrorList
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Parse error = %v, want nil", err)
			case tc.want == "":
			case !errors.As(err, &list) || len(list) != 1 || !strings.Contains(list[0].Error(), tc.want):
				t.Fatalf("Parse error = %v, want one error containing %q", err, tc.want)
			}
		})
	}
}
