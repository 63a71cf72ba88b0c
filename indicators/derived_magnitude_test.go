package indicators_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedSaidMagnitude checks review16a's derived figures, each with the
// reviewer's inputs and one of another kind (testdata/kinds):
//
//   - a difference of two plain one-decimal figures is said, whatever
//     float noise makes of 79.35 − 79.35 (it was "anywhere from 0 to
//     0.2, more than 10 times apart" for 79.4 − 79.3 years);
//   - a share that rounds to the whole while below it is "more than 99.9
//     percent" (it was "100 percent" for 9,999 of 10,000);
//   - a point figure keeps the place said chose ("0.20 times", "1.0
//     times"; it was "0.2 times" and "1 times");
//   - a plain difference that may be of either sign is said as the range
//     the inputs allow, not with a sign ("12%" − "11.5%" allows −0.05 to
//     1.05; it was "about 1 percentage point").
func TestDerivedSaidMagnitude(t *testing.T) {
	tests := []struct {
		name string
		op   indicators.Op
		a, b string
		want string
	}{
		// 1. Float noise and the spread rule.
		{"life expectancy gap", indicators.Difference, "79.4 years", "79.3 years", "0.1 years"},
		{"rates 2.5 − 2.4", indicators.Difference, "2.5%", "2.4%", "0.1 percentage points"},
		{"rates 5.0 − 4.9", indicators.Difference, "5.0%", "4.9%", "0.1 percentage points"},
		{"gdp: nominal − real growth", indicators.Difference, "1.3%", "1.2%", "0.1 percentage points"},
		{"smoking: rate change", indicators.Difference, "14.2%", "14.1%", "0.1 percentage points"},
		{"a sum of noise-free figures", indicators.Sum, "0.1%", "0.2%", "0.3 percent"},
		// 3. A share just under the whole.
		{"9,999 of 10,001", indicators.ShareOf, "9,999 people", "10,001 people", "more than 99.9 percent"}, // "10,000" is rounded: 95 to 105
		{"99.96 of 100.00", indicators.ShareOf, "$99.96 billion", "$100.00 billion", "more than 99.9 percent"},
		{"deaths: all but one of 2,652", indicators.ShareOf, "2,651 deaths", "2,652 deaths", "more than 99.9 percent"},
		{"the whole itself", indicators.ShareOf, "2,652 deaths", "2,652 deaths", "100.0 percent"},
		// 14. The place said chose.
		{"A&E ratio", indicators.Ratio, "4.0 million attendances", "19.6 million attendances", "0.20 times"},
		{"equal life expectancies", indicators.Ratio, "79.3 years", "79.3 years", "1.0 times"},
		{"energy: whole ratio", indicators.Ratio, "300 MW", "50 MW", "6.0 times"},
		// 15. A plain difference of either sign.
		{"12% − 11.5%", indicators.Difference, "12%", "11.5%", "-1 to 2 percentage points"},
		{"prices: 3% − 2.5%", indicators.Difference, "3%", "2.5%", "-1 to 2 percentage points"},
		{"a zero has no sign", indicators.Difference, "5.0%", "5.0%", "0 percentage points"},
	}
	for _, tc := range tests {
		c := sayCatalog(t, tc.op, []string{"a", "b"}, "a", tc.a, "b", tc.b)
		r, err := c.Compute("x")
		if err != nil {
			t.Errorf("%s: Compute: %v", tc.name, err)
			continue
		}
		if got := r.Text(indicators.Style{}); got != tc.want {
			t.Errorf("%s: %v(%q, %q) = %q (interval %v, reason %q), want %q", tc.name, tc.op, tc.a, tc.b, got, r.Interval, r.Reason, tc.want)
		}
		checkSaidRule(t, tc.name, r)
	}
}

// TestDerivedReadsMagnitude checks that what a derived figure's words
// claim has no end below zero where the inputs allow none: "about 1
// million people" + 3 people read from −1,000,000 before review16a.
func TestDerivedReadsMagnitude(t *testing.T) {
	tests := []struct {
		name string
		op   indicators.Op
		a, b string
	}{
		{"about a million plus three", indicators.Sum, "about 1 million people", "3 people"},
		{"migration: about 300,000 plus 40", indicators.Sum, "about 300,000 people", "40 people"},
	}
	for _, tc := range tests {
		c := sayCatalog(t, tc.op, []string{"a", "b"}, "a", tc.a, "b", tc.b)
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s: Compute: %v", tc.name, err)
		}
		if got := indicators.Reads(r); r.Interval.Lo >= 0 && got.Lo < 0 {
			t.Errorf("%s: %q reads %v, below zero, for inputs that allow %v", tc.name, r.Text(indicators.Style{}), got, r.Interval)
		}
		checkSaysOnlyAllowed(t, tc.name, r)
	}
}

// partsDoc is the source text of TestPartsOfWholeDerived: a whole of 100
// with parts that overlap past it, and parts of two years (review16a),
// and five kinds of insolvency that make up their whole (s16g-insolvency).
const partsDoc = `Of 100 people in 2023, less than 5 people walked, 90 people drove, 95 people cycled and 1 to 20 people flew.
In 2019, 40 people took the bus; in 2023, 50 people took the train.
In 2024, 23,872 insolvencies comprised 18,840 CVLs, 3,230 compulsory liquidations, 1,597 administrations, 202 CVAs and 3 receiverships.
In 2023 there were 17,000 CVLs; in 2024 less than 250 were bank administrations and 100 to 5,000 were in London.
Of 3 insolvencies in 2024, 1 was of a bank, 1 of a shop and 1 of a mill.`

// TestPartsOfWholeDerived checks review16a's parts of one whole, by
// verify (Parse) and by the rule it shares with the charts
// (Catalog.PartsOfWhole):
//
//   - a part open below adds zero, not −Inf ("less than 5" + 90 + 95 of
//     100 was accepted, and the chart refused it at build);
//   - a part that cannot be bounded does not end the check ("1 to 20" of
//     100 first, then 90 and 95, was accepted);
//   - derived parts of two periods are refused (2019 and 2023 over a 2023
//     whole was accepted);
//   - parts whose inputs sum to the whole are Complete, with no rest to
//     draw (1, 1 and 1 of 3; the five kinds of 23,872 insolvencies).
//
// Each refusal is shown with the reviewer's whole of 100 people and with
// the insolvency kind's (s16g-insolvency) 23,872.
func TestPartsOfWholeDerived(t *testing.T) {
	type fig struct{ id, stated, quote, period string }
	figs := []fig{
		{"all", "100 people", "Of 100 people in 2023", "2023"},
		{"walk", "less than 5 people", "less than 5 people walked", "2023"},
		{"drive", "90 people", "90 people drove", "2023"},
		{"cycle", "95 people", "95 people cycled", "2023"},
		{"fly", "1 to 20 people", "1 to 20 people flew", "2023"},
		{"bus", "40 people", "In 2019, 40 people took the bus", "2019"},
		{"train", "50 people", "in 2023, 50 people took the train", "2023"},
		{"total", "23,872 insolvencies", "23,872 insolvencies", "2024"},
		{"cvl", "18,840", "18,840 CVLs", "2024"},
		{"comp", "3,230", "3,230 compulsory liquidations", "2024"},
		{"admin", "1,597", "1,597 administrations", "2024"},
		{"cva", "202", "202 CVAs", "2024"},
		{"recv", "3", "3 receiverships", "2024"},
		{"cvl23", "17,000", "In 2023 there were 17,000 CVLs", "2023"},
		{"bank", "less than 250", "less than 250 were bank administrations", "2024"},
		{"london", "100 to 5,000", "100 to 5,000 were in London", "2024"},
		{"three", "3", "Of 3 insolvencies in 2024", "2024"},
		{"bankx", "1", "1 was of a bank", "2024"}, {"shop", "1", "1 of a shop", "2024"}, {"mill", "1", "1 of a mill", "2024"},
	}
	shares := [][2]string{
		{"walk", "all"}, {"drive", "all"}, {"cycle", "all"}, {"fly", "all"}, {"bus", "all"}, {"train", "all"},
		{"cvl", "total"}, {"comp", "total"}, {"admin", "total"}, {"cva", "total"}, {"recv", "total"},
		{"cvl23", "total"}, {"bank", "total"}, {"london", "total"}, {"cvl", "total"},
		{"bankx", "three"}, {"shop", "three"}, {"mill", "three"},
	}
	for _, tc := range []struct {
		name     string
		view     []string
		want     string // a part of the one message, "" for none
		complete bool
	}{
		{"a part open below", []string{"walk-share", "drive-share", "cycle-share"}, `sum to at least 185.0 percent, more than the whole`, false},
		{"an unbounded part first", []string{"fly-share", "drive-share", "cycle-share"}, `sum to at least 186.0 percent, more than the whole`, false},
		{"parts of two years", []string{"bus-share", "train-share"}, `"train-share" is of another period or place than "bus-share"`, false},
		{"insolvency: a part open below", []string{"bank-share", "cvl-share", "cvl2-share"}, `sum to at least 157.8 percent, more than the whole`, false},
		{"insolvency: an unbounded part first", []string{"london-share", "cvl-share", "cvl2-share"}, `sum to at least 158.3 percent, more than the whole`, false},
		{"insolvency: CVLs of 2023 beside 2024's", []string{"cvl23-share", "comp-share"}, `"comp-share" is of another period or place than "cvl23-share"`, false},
		{"parts within the whole", []string{"walk-share", "drive-share"}, "", false},
		{"insolvency: five kinds of the whole", []string{"cvl-share", "comp-share", "admin-share", "cva-share", "recv-share"}, "", true},
		{"1, 1 and 1 of 3", []string{"bankx-share", "shop-share", "mill-share"}, "", true},
		{"insolvency: four kinds of five", []string{"cvl-share", "comp-share", "admin-share", "cva-share"}, "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(partsDoc))
			for _, f := range figs {
				unit := "" // a part stated with no noun counts insolvencies
				if !strings.HasSuffix(f.stated, " people") && !strings.HasSuffix(f.stated, " insolvencies") {
					unit = "\n    unit: insolvency"
				}
				fmt.Fprintf(&b, "  - id: %s\n    title: %s\n    measure: flow\n    status: fact\n    entities: [GB]\n    stated: %q%s\n    period: %q\n    provenance:\n      - source: doc\n        quote: %q\n",
					f.id, f.id, f.stated, unit, f.period, f.quote)
			}
			b.WriteString("derived:\n")
			for i, s := range shares {
				id := s[0]
				if i > 0 && slices.Contains(shares[:i], s) {
					id += "2" // the same part again: cvl2-share
				}
				fmt.Fprintf(&b, "  - {id: %s-share, title: %s share, formula: share, inputs: [%s, %s]}\n", id, id, s[0], s[1])
			}
			fmt.Fprintf(&b, "views:\n  - id: mix\n    title: Mix\n    kind: part_of_whole\n    indicators: [%s]\n", strings.Join(tc.view, ", "))
			read := func(string) ([]byte, error) { return []byte(partsDoc), nil }
			c, err := indicators.Parse("c.yaml", []byte(b.String()), read)
			var list indicators.ErrorList
			switch {
			case tc.want == "" && err != nil:
				t.Fatalf("Parse error = %v, want nil", err)
			case tc.want == "":
				p, err := c.PartsOfWhole(tc.view)
				if err != nil || p.Complete != tc.complete || !p.Derived {
					t.Errorf("PartsOfWhole(%v) = %+v, %v, want Derived, Complete %v, nil", tc.view, p, err, tc.complete)
				}
			case !errors.As(err, &list) || len(list) != 1 || !strings.Contains(list[0].Error(), tc.want):
				t.Fatalf("Parse error = %v, want one error containing %q", err, tc.want)
			}
		})
	}
}
