package indicators

import "testing"

// TestShortNameDropsPeriodWords: a short name made of a title's head
// drops the edition after a dash and any period words left at its end
// cleanly, never "Money and Credit - January … 2020", where an ellipsis
// and a year added back save nothing.
func TestShortNameDropsPeriodWords(t *testing.T) {
	issued := Date{Year: 2020, Month: 3, Day: 2}
	for _, tt := range []struct {
		title, want string
	}{
		{"Money and Credit - January 2020", "Money and Credit 2020"},
		{"Money and Credit – January 2020", "Money and Credit 2020"},
		{"Energy Trends and Prices — April 2019", "Energy Trends and Prices 2020"},
		{"Company insolvency statistics December quarter 2024", "Company insolvency statistics 2020"},
		{"Annual statistics on road traffic accidents in 2019", "Annual statistics on road traffic … 2020"},
		{"Labour market overview January 2020", "Labour market overview 2020"},
		{"Self-employed - the self-employed workforce", "Self-employed 2020"},
	} {
		src := Source{ID: "doc", Title: tt.title, Issued: issued}
		if got := src.ShortName(); got != tt.want {
			t.Errorf("ShortName(Title: %q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
