package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestBalanced: a shortened label keeps every bracket it opens closed.
func TestBalanced(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Pancreas cancer in men (lowest of 9 cancers)", true},
		{"Pancreas cancer in men (lowest", false},
		{"of 9 cancers)", false},
		{"UK (18+) [provisional]", true},
		{"a (b]", false},
		{"", true},
	}
	for _, tt := range tests {
		if got := Balanced(tt.s); got != tt.want {
			t.Errorf("Balanced(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestUnrepeatedBrackets: a tail every title shares is not cut where it
// closes a bracket the kept words open (s20n-cancer: "Pancreas cancer in
// men (lowest" on a bar, the chart data and the book).
func TestUnrepeatedBrackets(t *testing.T) {
	tests := []struct {
		name, view string
		titles     []string
		want       []string
	}{
		{
			name: "s20n-cancer: the note closing a bracket stays whole",
			view: "Share diagnosed at stages 1 and 2, lowest and highest of 9 cancers",
			titles: []string{"Share diagnosed at stages 1 and 2, pancreas cancer in men (lowest of 9 cancers)",
				"Share diagnosed at stages 1 and 2, melanoma of skin in women (highest of 9 cancers)"},
			want: []string{"Pancreas cancer in men (lowest of 9 cancers)", "Melanoma of skin in women (highest of 9 cancers)"},
		},
		{
			name:   "another kind: a whole bracket shared goes",
			view:   "Waiting times (all trusts), by nation",
			titles: []string{"Patients seen in England (all trusts)", "Patients seen in Wales (all trusts)"},
			want:   []string{"Patients seen in England", "Patients seen in Wales"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unrepeated(tt.view, tt.titles)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
			}
			for _, g := range got {
				if !Balanced(g) {
					t.Errorf("Unrepeated(%q, …) gave %q, whose brackets do not balance", tt.view, g)
				}
			}
		})
	}
}

// TestDenominatorList: the whole a share is of is cut at a whole
// phrase, never at a comma inside a list of what the part is (s20n-cancer:
// "Percent of registrations that are breast" named one cancer of four).
func TestDenominatorList(t *testing.T) {
	pct := indicators.Unit{Kind: indicators.Percent}
	tests := []struct {
		title, want string
	}{
		{"Share of registrations that are breast, prostate, lung or colorectal cancer", "registrations that are breast, prostate, lung or colorectal cancer"},
		{"Share of spending on food, drink and tobacco", "spending"},
		{"Federal debt as a percent of GDP, 1940 to 2020", "GDP"},
		{"Renewables' share of electricity, UK", "electricity"},
		{"Percent of GDP, Australia and New Zealand", "GDP"},
		{"Share of households, by tenure", "households"},
		{"Share of public charging devices designated as destination chargers", ""}, // s25u-charging: no "devices designated"
		{"Share of adults as of March 2024", "adults"},
		// s32c-childmaint: "of …" after a number is that number's whole.
		{"Paying Parents using Collect and Pay who paid over 90% of the maintenance due", ""},
		{"Households paying up to 10 per cent of their income", ""},
	}
	for _, tt := range tests {
		if got := Denominator(tt.title, "", pct); got != tt.want {
			t.Errorf("Denominator(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestTitledWithUnit: a chart's title says its unit once (s20n-gambling:
// "Gaming machines in pubs and clubs (gaming machines)").
func TestTitledWithUnit(t *testing.T) {
	tests := []struct {
		title, unit, want string
	}{
		{"Gaming machines in pubs and clubs", "gaming machines", "Gaming machines in pubs and clubs"},
		{"Gaming machine operators in pubs and clubs", "operators", "Gaming machine operators in pubs and clubs"},
		{"Total fertility rate, England and Wales", "children per woman", "Total fertility rate, England and Wales (children per woman)"},
		{"Smokers, 2023 (percent)", "percent", "Smokers, 2023 (percent)"},
		{"Gaming machine venues", "", "Gaming machine venues"},
	}
	for _, tt := range tests {
		if got := TitledWithUnit(tt.title, tt.unit); got != tt.want {
			t.Errorf("TitledWithUnit(%q, %q) = %q, want %q", tt.title, tt.unit, got, tt.want)
		}
	}
}

// TestRatesShort: rates of one unit are written as their figures alone
// under the subtitle that says it (s20n-cancer: "653 cases per 100,000
// people" on each bar under "Cases per 100,000 people").
func TestRatesShort(t *testing.T) {
	bar := func(stated string) Bar {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return Bar{Figure: Figure{Unit: u}, Label: stated, Q: q}
	}
	tests := []struct {
		name string
		bars []Bar
		want bool
	}{
		{"one rate", []Bar{bar("653 cases per 100,000 people"), bar("583 cases per 100,000 people")}, true},
		{"two bases", []Bar{bar("21.2 marriages per 1,000 unmarried men"), bar("19.5 marriages per 1,000 unmarried women")}, false},
		{"a hedge", []Bar{bar("about 650 cases per 100,000 people"), bar("583 cases per 100,000 people")}, false},
		{"counts", []Bar{bar("653 cases"), bar("583 cases")}, false},
	}
	for _, tt := range tests {
		if got := RatesShort(tt.bars); got != tt.want {
			t.Errorf("%s: RatesShort = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestNumbersAlone: a series point is labelled by its number alone under
// an axis title that says the unit only where the number says the whole
// figure; "about 29" written "29" would claim a precision the document
// did not (outQ's native series labels).
func TestNumbersAlone(t *testing.T) {
	bar := func(stated string) Bar {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return Bar{Figure: Figure{Unit: u}, Label: stated, Q: q}
	}
	tests := []struct {
		name string
		bars []Bar
		want bool
	}{
		{"exact measures", []Bar{bar("29 µg m-3"), bar("28 µg m-3")}, true},
		{"exact counts", []Bar{bar("24 days"), bar("27 days")}, true},
		{"a hedge", []Bar{bar("about 29 days"), bar("28 days")}, false},
		{"a bound", []Bar{bar("more than 6,000 deaths"), bar("5,900 deaths")}, false},
		{"a range", []Bar{bar("26 to 28 percent"), bar("20 percent")}, false},
		{"none", nil, false},
	}
	for _, tt := range tests {
		if got := NumbersAlone(tt.bars); got != tt.want {
			t.Errorf("%s: NumbersAlone = %v, want %v", tt.name, got, tt.want)
		}
	}
}
