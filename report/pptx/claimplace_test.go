package pptx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestClaimLinePlace: a line of the "All claims" slide says its place
// after its title where the title names none, so that a line pasted alone
// keeps it (s16g-marriages), and a count in words says its noun
// (s16g-insolvency: "Receivership appointments: three").
func TestClaimLinePlace(t *testing.T) {
	tests := []struct {
		title, stated, unit string
		entities            []string
		want                string
	}{
		{"Marriages", "242,842 marriages", "", []string{"GB-EAW"}, "Marriages, England and Wales: 242,842 marriages, 2017"},
		{"Receivership appointments", "three", "insolvency", []string{"GB-EAW"}, "Receivership appointments, England and Wales: three insolvencies, 2017"},
		// Another kind: a title that names its place gains nothing.
		{"People sleeping rough in England", "4,667 people", "", []string{"GB-ENG"}, "People sleeping rough in England: 4,667 people, 2017"},
		{"Schools", "12 schools", "", nil, "Schools: 12 schools, 2017"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if tt.unit != "" {
			u = indicators.CountOf(tt.unit)
		}
		ind := &indicators.Indicator{ID: "x", Title: tt.title, Stated: tt.stated, Quantity: q, Unit: u, Entities: tt.entities,
			Measure: indicators.Flow, Period: indicators.YearPeriod(2017)}
		if got := claimLine(&indicators.Catalog{}, ind, 0); got != tt.want {
			t.Errorf("claimLine(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestNotesSayClaims: a slide's speaker notes say each claim in the All
// claims slide's words (claimWords): a fall with its direction and base
// (s17i-fisheries: "27.6%" for a fall), a place once where the title
// names it (s17i-vehicles: "Prince Edward Island, Prince Edward Island")
// or names its counterpart (s17i-fisheries: "in Norway, Ireland"); and
// another kind's level keeps its place appended (s16g-marriages).
func TestNotesSayClaims(t *testing.T) {
	tests := []struct {
		title, stated string
		measure       indicators.MeasureKind
		down          bool
		base          int
		entities      []string
		counterpart   string
		span          string // a period other than 2016
		want          string
	}{
		// A country's adjective names it: "Irish ports" is no place
		// to follow with ", Ireland" (s33d-airports' "Irish airports,
		// Ireland"; indicators.PlaceAdjectives).
		{"Change in landings by foreign vessels in Irish ports", "27.6%", indicators.Change, true, 2015, []string{"IE"}, "", "",
			"Change in landings by foreign vessels in Irish ports: down 27.6% from 2015 to 2016"},
		{"Change in new motor vehicle registrations, Prince Edward Island", "49.4%", indicators.Change, false, 2015, []string{"CA-PE"}, "", "",
			"Change in new motor vehicle registrations, Prince Edward Island: up 49.4% from 2015 to 2016"},
		{"Landings by Irish vessels in Norway", "8,312 tonnes", indicators.Flow, false, 0, []string{"IE"}, "NO", "",
			"Landings by Irish vessels in Norway: 8,312 tonnes, 2016"},
		{"Marriages", "242,842 marriages", indicators.Flow, false, 0, []string{"GB-EAW"}, "", "",
			"Marriages, England and Wales: 242,842 marriages, 2016"},
		// s17i-water: a span its title names by its start alone.
		{"Designated bathing waters added since 2015", "5 bathing waters", indicators.CountKind, false, 0, []string{"GB-SCT"}, "", "2015/2023",
			"Designated bathing waters added since 2015, Scotland: 5 bathing waters, 2015–2023"},
		// Another kind: a span the title names whole gains nothing.
		{"Rough sleepers, 2010 to 2017", "4,751 people", indicators.Flow, false, 0, []string{"GB-ENG"}, "", "2010/2017",
			"Rough sleepers, 2010 to 2017, England: 4,751 people"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		if tt.measure == indicators.Change {
			q.Direction = indicators.Up
			if tt.down {
				q.Direction = indicators.Down
			}
		}
		ind := indicators.Indicator{ID: "x", Title: tt.title, Stated: tt.stated, Quantity: q, Unit: u, Entities: tt.entities,
			Counterpart: tt.counterpart, Measure: tt.measure, Status: indicators.Fact, Period: indicators.YearPeriod(2016)}
		if tt.base != 0 {
			ind.Base = indicators.YearPeriod(tt.base)
		}
		if tt.span != "" {
			if ind.Period, err = indicators.ParsePeriod(tt.span); err != nil {
				t.Fatal(err)
			}
		}
		c := &indicators.Catalog{Indicators: []indicators.Indicator{ind}}
		notes := appendNotes(nil, c, nil, "x", map[string]bool{}, 0)
		if len(notes) == 0 || notes[0] != tt.want {
			t.Errorf("notes of %q = %q, want first %q", tt.title, notes, tt.want)
		}
		if got := claimLine(c, &c.Indicators[0], 0); got != tt.want {
			t.Errorf("claimLine(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
