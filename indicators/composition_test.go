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

// countsDoc is the source text of TestCompositionOfCounts: a whole stated
// as a count with its parts as counts (s16g-insolvency), and a place
// stated apart.
const countsDoc = `In 2024, there were 23,872 registered company insolvencies, comprising 18,840 CVLs, 3,230 compulsory liquidations, 1,597 administrations and 202 CVAs.
Of the 23,872, 40% were in London.`

// TestCompositionOfCounts checks the rule for a part_of_whole view of
// parts stated as counts: derived shares of one whole (formula: share,
// one divisor) are drawn as its parts, however many; the counts
// themselves are refused with the derived shares to write; stated and
// derived shares together, shares of two wholes and parts that overlap
// past the whole are refused.
func TestCompositionOfCounts(t *testing.T) {
	shares := "derived:\n" +
		"  - {id: cvl-share, title: CVLs, formula: share, inputs: [cvl, total]}\n" +
		"  - {id: comp-share, title: Compulsory, formula: share, inputs: [comp, total]}\n" +
		"  - {id: admin-share, title: Administrations, formula: share, inputs: [admin, total]}\n" +
		"  - {id: cva-share, title: CVAs, formula: share, inputs: [cva, total]}\n" +
		"  - {id: cvl-of-cvl, title: CVLs of CVLs, formula: share, inputs: [cvl, cvl]}\n" +
		"  - {id: cvl-again, title: CVLs again, formula: share, inputs: [cvl, total]}\n" +
		"  - {id: cvl-sum, title: CVLs and CVAs, formula: sum, inputs: [cvl, cva]}\n"
	for _, tc := range []struct {
		name string
		view []string
		want string // a part of the one message, "" for none
	}{
		{"derived shares of one whole", []string{"cvl-share", "comp-share", "admin-share", "cva-share"}, ""},
		{"one derived share", []string{"cvl-share"}, ""},
		{"the counts, whole first", []string{"total", "cvl", "comp"},
			`"total" is no share: a part_of_whole view draws shares; for parts stated as amounts, derive each part's share of the whole (derived: formula: share, inputs: [cvl, total])`},
		{"the counts, a part first", []string{"cvl", "comp", "total"}, `inputs: [cvl, total]) and list those shares (the whole itself not among them)`},
		{"two parts without their whole", []string{"cvl", "comp"}, `inputs: [comp, cvl], where cvl is the whole comp is part of; else inputs: [comp, <the whole>])`},
		{"a whole and one part, the whole first", []string{"total", "cvl"}, `inputs: [cvl, total], where total is the whole cvl is part of; else inputs: [cvl, <the whole>])`},
		{"stated and derived shares", []string{"london", "cvl-share"}, `lists the stated share "london" beside the derived share "cvl-share"`},
		{"shares of two wholes", []string{"cvl-share", "cvl-of-cvl"}, `"cvl-share" is a share of "total" but "cvl-of-cvl" of "cvl"`},
		{"parts past the whole", []string{"cvl-share", "cvl-again"}, `its 2 shares of "total" sum to at least 157.8 percent, more than the whole`},
		{"a derived sum", []string{"cvl-share", "cvl-sum"}, `"cvl-sum" is no derived share`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(countsDoc))
			for _, c := range [][3]string{
				{"total", "23,872 registered company insolvencies", "there were 23,872 registered company insolvencies"},
				{"cvl", "18,840", "18,840 CVLs"}, {"comp", "3,230", "3,230 compulsory liquidations"},
				{"admin", "1,597", "1,597 administrations"}, {"cva", "202", "202 CVAs"},
			} {
				unit := "\n    unit: insolvency"
				if c[0] == "total" {
					unit = ""
				}
				fmt.Fprintf(&b, "  - id: %s\n    title: %s\n    measure: flow\n    status: fact\n    entities: [GB]\n    stated: %q%s\n    period: \"2024\"\n    provenance:\n      - source: doc\n        quote: %q\n",
					c[0], c[0], c[1], unit, c[2])
			}
			b.WriteString("  - id: london\n    title: Share in London\n    measure: share\n    status: fact\n    entities: [GB]\n    stated: 40%\n    period: \"2024\"\n    provenance:\n      - source: doc\n        quote: 40% were in London\n")
			b.WriteString(shares)
			fmt.Fprintf(&b, "views:\n  - id: mix\n    title: Mix\n    kind: part_of_whole\n    indicators: [%s]\n", strings.Join(tc.view, ", "))
			read := func(string) ([]byte, error) { return []byte(countsDoc), nil }
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
