package indicators

import "testing"

// TestFigureIn checks figureIn finds the figure of stated in its quote
// whatever stands before its number: a currency's sign of any script
// ("₹5 crore", "€12"), a hedge, a code ("CHF 12"); and not inside a
// longer number or a word (review20 item 9: the first two fell back to
// the quote's start, the byte before "5" read as a letter).
func TestFigureIn(t *testing.T) {
	tests := []struct {
		text, stated, want string // want: the text from the figure's number on
	}{
		{"Exports were worth ₹5 crore in 2023.", "₹5 crore", "5 crore in 2023."},
		{"Sales were about €12 million last year.", "about €12 million", "12 million last year."},
		{"Fees rose to CHF 12 a head.", "CHF 12", "12 a head."},
		{"In 2012, 12 firms paid ¥12 billion.", "¥12 billion", "12 billion."},
		{"Of 112 firms, 1.12 percent paid 12 percent.", "12 percent", "12 percent."},
		{"Deposits were -€385 million.", "-€385 million", "385 million."},
		{"No figure of it here: 7.", "£5", "No figure of it here: 7."},
	}
	for _, tt := range tests {
		got := tt.text[figureIn(tt.text, Span{0, len(tt.text)}, tt.stated):]
		if got != tt.want {
			t.Errorf("figureIn(%q, %q) is at %q, want %q", tt.text, tt.stated, got, tt.want)
		}
	}
}

// TestFigureAt checks figureAt reads a figure after any currency sign
// lexicon.CurrencySigns knows, not only four written out by hand
// (review20 item 9), and nothing that is no figure.
func TestFigureAt(t *testing.T) {
	tests := []struct{ in, want string }{
		{"£252,000 in 2023", "£252,000 "},
		{"₹5 crore", "₹5 "},
		{"us$1.2 billion", "us$1.2 "},
		{"nz$40 million", "nz$40 "},
		{"₩300 billion", "₩300 "},
		{"2.5 per cent lower", "2.5 per cent "},
		{"4%", "4%"},
		{"march 2012", ""},
		{"chf12", ""},
	}
	for _, tt := range tests {
		if got := figureAt.FindString(tt.in); got != tt.want {
			t.Errorf("figureAt.FindString(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
