package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankWordInDigits: a place is said in the document's word wherever
// a figure is shown, the book's Value included (s22p-alcohol: "highest"
// on one slide, "1st" on another; s20n-cancer's "most" beside "1st" in
// the book is "most" in both since).
func TestRankWordInDigits(t *testing.T) {
	tests := []struct {
		stated, unit string
		place        int64
		want         string
	}{
		{"most", "rank", 1, "most"},
		{"largest", "rank", 1, "largest"},
		{"highest", "rank", 1, "highest"},
		{"second largest", "rank", 2, "second largest"},
		{"eighth", "rank", 8, "eighth"},
		{"first", "rank", 1, "first"},
		{"3rd", "rank", 3, "3rd"},
		{"14,167 cancers", "cancer", 14167, "14,167 cancers"},
	}
	for _, tt := range tests {
		u, err := indicators.ParseUnit(tt.unit)
		if err != nil {
			t.Fatal(err)
		}
		ind := &indicators.Indicator{ID: "x", Stated: tt.stated, Unit: u, Measure: indicators.RankKind,
			Quantity: indicators.Quantity{Value: indicators.Decimal{Coef: tt.place}}}
		if got := UnitWritten(ind); got != tt.want {
			t.Errorf("UnitWritten(%q, place %d) = %q, want %q", tt.stated, tt.place, got, tt.want)
		}
		if got := Alone(Shown{Label: LabelOf(ind), Unit: ind.Unit, Q: ind.Quantity, Measure: ind.Measure}); got != tt.want {
			t.Errorf("Alone(LabelOf(%q)) = %q, want %q", tt.stated, got, tt.want)
		}
	}
}

// TestGrouped: a figure the document writes in four digits or more with
// no separator is grouped as the book's number formats show it
// (s20n-gambling: "1400 venues" on the deck, "1,400 venues" in the book);
// a year or other number beside it is not.
func TestGrouped(t *testing.T) {
	tests := []struct {
		label, want string
	}{
		{"1400 venues", "1,400 venues"},
		{"$12500.5 million", "$12,500.5 million"},
		{"1,430 venues", "1,430 venues"},
		{"207 000 tonnes", "207 000 tonnes"},
		{"1400 venues in 2011", "1,400 venues in 2011"},
		{"365 operators", "365 operators"},
	}
	for _, tt := range tests {
		q, _, err := indicators.ParseStated(tt.label)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.label, err)
		}
		if got := Grouped(tt.label, q); got != tt.want {
			t.Errorf("Grouped(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

// TestKeepWhole: a card's dates are never broken across lines.
func TestKeepWhole(t *testing.T) {
	p, _ := indicators.ParsePeriod("2023-06-30")
	q, _ := indicators.ParsePeriod("2010-Q1")
	got := KeepWhole("Up 624,000 people in the year to 30 June 2023, on Q1 2010", p, q, indicators.NotStated)
	want := "Up 624,000 people in the year to 30\u00a0June\u00a02023, on Q1\u00a02010"
	if got != want {
		t.Errorf("KeepWhole = %q, want %q", got, want)
	}
}

// TestLabelOfGroupsCounts: a count's or an amount's digits are grouped on
// every label; a figure of no unit, which may be a year, is not.
func TestLabelOfGroupsCounts(t *testing.T) {
	for _, tt := range []struct{ stated, unit, want string }{
		{"1400", "venue", "1,400"}, // its noun is Counted's to add
		{"$12500", "USD", "$12,500"},
		{"2030", "", "2030"},
	} {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatal(err)
		}
		if tt.unit != "" {
			if u, err = indicators.ParseUnit(tt.unit); err != nil {
				t.Fatal(err)
			}
		}
		ind := &indicators.Indicator{ID: "x", Stated: tt.stated, Quantity: q, Unit: u}
		if got := LabelOf(ind); got != tt.want {
			t.Errorf("LabelOf(%q in %q) = %q, want %q", tt.stated, tt.unit, got, tt.want)
		}
	}
}
