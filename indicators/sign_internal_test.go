package indicators

import "testing"

// TestMinusBefore checks the signed form advice writes is the one Format
// and ReaderSigns write: the minus before a currency's code too ("-CHF
// 12", not "CHF -12").
func TestMinusBefore(t *testing.T) {
	tests := []struct{ in, want string }{
		{"€632 million", "-€632 million"},
		{"about €632 million", "about -€632 million"},
		{"CHF 12", "-CHF 12"},
		{"about SDR 11.0 billion", "about -SDR 11.0 billion"},
		{"12 tonnes", "-12 tonnes"},
		{"-€5 million", "-€5 million"},
		{"minus €167 million", "minus €167 million"},
	}
	for _, tc := range tests {
		if got := minusBefore(tc.in); got != tc.want {
			t.Errorf("minusBefore(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNetFallBefore checks only a fall word that governs the figure
// ("declined by €632 million") or a net-fall phrase next to it signs a
// net flow, never a fall word elsewhere in the quote (review20: "Exports
// fell in May, while imports were €51 million" stored imports as −51).
func TestNetFallBefore(t *testing.T) {
	tests := []struct {
		quote, bare string
		want        bool
	}{
		{"Lending to households declined by €632 million in April", "€632 million", true},
		{"Lending fell €5 million", "€5 million", true},
		{"UK businesses made net repayments of £0.9 billion of finance", "£0.9 billion", true},
		{"up from £2.3 billion of net repayments in July", "£2.3 billion", true},
		{"Exports fell in May, while imports were €51 million.", "€51 million", false},
		{"Exports fell by €34 million in June, to €900 million.", "€900 million", false},
		{"Net repayments ended in May; lending was €40 million.", "€40 million", false},
		{"Net lending to small firms rose by €34 million in April", "€34 million", false},
		// A word of a fall that governs from further off (s20n-credit).
		{"a decrease in loans for consumption purposes of €394 million", "€394 million", true},
		{"also decreased by €188 million and €51 million, respectively", "€51 million", true},
		{"decreased by €188 million, €51 million and €7 million", "€7 million", true},
		{"fell by 5 per cent and €51 million", "€51 million", true},
		{"following an annual decline of €2.2 million in March", "€2.2 million", true},
		{"a further sharp decrease in deposits of €9 million", "€9 million", true},
		// … and what it does not govern.
		{"rose by €188 million and €51 million, respectively", "€51 million", false},
		{"decreased by 5% in April and €51 million in May", "€51 million", false},
		{"A decrease of €5 million in deposits and loans of €7 million", "€7 million", false},
		{"a decrease in rates, while loans of €7 million were made", "€7 million", false},
		{"Lending fell in April following a net flow of €167 million", "€167 million", false},
		{"lending declined in the month of €167 million", "€167 million", false},
		{"Lending declined as a share of €167 million", "€167 million", false},
		{"The fall in lending was the main driver of €5 million", "€5 million", false},
		{"Deposits fell by 3% in 2012 the value of €167 million", "€167 million", false},
	}
	for _, tc := range tests {
		if got := netFallBefore(foldString(tc.quote), foldString(tc.bare)); got != tc.want {
			t.Errorf("netFallBefore(%q, %q) = %v, want %v", tc.quote, tc.bare, got, tc.want)
		}
	}
}

// TestSignNetFlow checks the drafter's sign of a flow is the one verify
// accepts: the quote's own sign, or a minus where a word of a fall
// governs the figure; never a fall word that governs another figure.
func TestSignNetFlow(t *testing.T) {
	tests := []struct {
		name, stated, quote string
		measure             MeasureKind
		want                string // stated after; "" where it is not changed
	}{
		{"minus in words", "€167 million", "Lending to households declined by €632 million during the month of April following a net monthly flow of minus €167 million in March", Flow, "minus €167 million"},
		{"a minus sign", "€385 million", "The three-month average flow of consumer credit was -€385 million.", Flow, "-€385 million"},
		{"a noun of a fall", "€394 million", "a decrease in loans for consumption purposes of €394 million", Flow, "-€394 million"},
		{"coordinated", "€51 million", "Loans for house purchase and other purposes also decreased by €188 million and €51 million, respectively", Flow, "-€51 million"},
		{"right after the verb", "£0.9 billion", "UK businesses made net repayments of £0.9 billion", Flow, "-£0.9 billion"},
		{"a rise", "€34 million", "following an increase of €34 million in March", Flow, ""},
		{"another clause", "€51 million", "Exports fell in May, while imports were €51 million.", Flow, ""},
		{"a level reached", "€900 million", "Exports fell by €34 million in June, to €900 million.", Flow, ""},
		{"a change keeps its direction", "€632 million", "Lending to households declined by €632 million", Change, ""},
	}
	for _, tt := range tests {
		q, u, err := ParseStated(tt.stated)
		if err != nil {
			t.Fatal(err)
		}
		ind := Indicator{Stated: tt.stated, Quantity: q, Unit: u, Measure: tt.measure, Provenance: []Provenance{{Quote: tt.quote}}}
		why := SignNetFlow(&ind)
		want, wantLo := tt.want, 0.0
		if want == "" {
			want = tt.stated
			wantLo, _ = q.SignedEnds()
		} else {
			wq, _, _ := ParseStated(tt.want)
			wantLo, _ = wq.SignedEnds()
		}
		lo, _ := ind.Quantity.SignedEnds()
		if ind.Stated != want || lo != wantLo || (why != "") != (tt.want != "") {
			t.Errorf("%s: SignNetFlow (%q) = stated %q, value %v; want %q, %v", tt.name, why, ind.Stated, lo, want, wantLo)
		}
	}
}
