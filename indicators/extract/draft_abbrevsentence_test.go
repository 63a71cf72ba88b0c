package extract

import "testing"

// TestDraftAbbreviationsEndNoSentence: "etc." before a list item's
// figure in parentheses, and "incl.", "excl.", "e.g.", "i.e.", "approx.",
// "No." before any word, end no sentence; "etc." before a capital still
// may.
func TestDraftAbbreviationsEndNoSentence(t *testing.T) {
	tests := []struct {
		text, figure, sentence string
	}{
		{"Repairs took most of the budget. Roads, bridges etc. (38%) and schools (12%) followed.", "38%",
			"Roads, bridges etc. (38%) and schools (12%) followed."},
		{"Repairs took most of the budget. Roads, bridges etc. (38%) and schools (12%) followed.", "12%",
			"Roads, bridges etc. (38%) and schools (12%) followed."},
		{"Fares rose in 2031. Prices incl. VAT rose 4% in the year.", "4%", "Prices incl. VAT rose 4% in the year."},
		{"Fares rose in 2031. Prices excl. VAT rose 3% in the year.", "3%", "Prices excl. VAT rose 3% in the year."},
		{"Costs fell. Fuel, e.g. Diesel, fell 6% in May.", "6%", "Fuel, e.g. Diesel, fell 6% in May."},
		{"Costs fell. Rents rose approx. 2% in May.", "approx. 2%", "Rents rose approx. 2% in May."},
		{"Stock fell. Fruit, nuts etc. Sales fell 5% in May.", "5%", "Sales fell 5% in May."},
	}
	for _, tt := range tests {
		var got string
		for _, m := range Extract(tt.text) {
			if m.Text == tt.figure {
				got = tt.text[m.Sentence.Start:m.Sentence.End]
			}
		}
		if got != tt.sentence {
			t.Errorf("sentence of %q in %q = %q, want %q", tt.figure, tt.text, got, tt.sentence)
		}
	}
}
