package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// oldNamesUnit is the test nounAfter made of a phrase's last word before
// namesUnit took the word's facts: the oracle of TestNamesUnit and
// FuzzNamesUnit.
func oldNamesUnit(last string, u indicators.Unit) bool {
	return vocab.SingularOf(last) == u.Name || vocab.Singular(strings.ToLower(last)) == u.Name || strings.ToLower(last) == u.Name
}

// checkNamesUnit tokenizes text and compares, for each token and a few
// units (the oracle's own singular and lower case of the word among them,
// so that both answers are met), namesUnit with oldNamesUnit.
func checkNamesUnit(t *testing.T, text, name string) {
	t.Helper()
	s := &scanner{text: text}
	s.tokenize(0, len(text))
	for k := range s.toks {
		w := s.tt(k)
		if w == "" {
			continue
		}
		for _, n := range []string{name, vocab.SingularOf(w), vocab.Singular(strings.ToLower(w)), strings.ToLower(w), w} {
			u := indicators.Unit{Kind: indicators.Count, Name: n}
			if got, want := s.namesUnit(w, s.toks[k].end, u), oldNamesUnit(w, u); got != want {
				t.Fatalf("namesUnit(%q, unit %q) in %q = %v, want %v", w, n, text, got, want)
			}
		}
	}
	s.releaseFacts()
}

// TestNamesUnit compares namesUnit with the lookups it spares on words of
// each kind: plurals, acronyms, capitals, words too long for the facts
// table and words outside ASCII.
func TestNamesUnit(t *testing.T) {
	for _, tc := range []struct{ text, name string }{
		{"1,500 new jobs", "job"},
		{"50 NGOs and 3 NGO staff", "ngo"},
		{"12 Countries, 4 CITIES and 3 people", "country"},
		{"20 focus countries", "city"},
		{"7 internationalizationsandmores here", "internationalizationsandmore"},
		{"5 Ökosysteme und 3 cafés", "café"},
		{"3 U.S. jobs", "job"},
		{"8 sheep, 9 data, 10 series", "series"},
	} {
		checkNamesUnit(t, tc.text, tc.name)
	}
}

// FuzzNamesUnit checks namesUnit against oldNamesUnit on any text.
func FuzzNamesUnit(f *testing.F) {
	for _, s := range []string{"1,500 new jobs", "50 NGOs", "12 Countries", "5 Ökosysteme", "3 STAFFs"} {
		f.Add(s, "job")
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		checkNamesUnit(t, text, name)
	})
}

// TestCurrencyCodes checks that prefixCode and signCode answer as the
// maps they spare: every key of each, a key with another first byte, and
// words that start as a key does but are none.
func TestCurrencyCodes(t *testing.T) {
	words := []string{"", "$", "US$", "Rs", "rs", "INR", "Rsx", "€", "£", "word", "R", "$US"}
	for k := range prefixCurrency {
		words = append(words, k, k+"x", strings.ToUpper(k))
	}
	for k := range currencySigns {
		words = append(words, k, k+"x")
	}
	for _, w := range words {
		if got, want := prefixCode(w), prefixCurrency[w]; got != want {
			t.Errorf("prefixCode(%q) = %q, want %q", w, got, want)
		}
		if got, want := signCode(w), currencySigns[w]; got != want {
			t.Errorf("signCode(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestCmpValues compares cmpValues with indicators.Decimal.Cmp on pairs of
// equal and unequal exponents, signs and zeros.
func TestCmpValues(t *testing.T) {
	coefs := []int64{0, 1, -1, 5, 10, 50, 100, -100, 999999, 1 << 40, -(1 << 40)}
	exps := []int32{-6, -2, -1, 0, 1, 3, 9}
	for _, ca := range coefs {
		for _, ea := range exps {
			for _, cb := range coefs {
				for _, eb := range exps {
					a, b := indicators.Decimal{Coef: ca, Exp: ea}, indicators.Decimal{Coef: cb, Exp: eb}
					if got, want := cmpValues(a, b), a.Cmp(b); got != want {
						t.Errorf("cmpValues(%v, %v) = %d, want %d", a, b, got, want)
					}
				}
			}
		}
	}
}

// FuzzCmpValues checks cmpValues against indicators.Decimal.Cmp on any
// pair of decimals.
func FuzzCmpValues(f *testing.F) {
	f.Add(int64(5), int32(0), int64(7), int32(0))
	f.Add(int64(-12), int32(-1), int64(3), int32(2))
	f.Fuzz(func(t *testing.T, ca int64, ea int32, cb int64, eb int32) {
		// The extractor holds at most indicators.MaxDecimalDigits digits.
		a, b := indicators.Decimal{Coef: ca % 1e15, Exp: ea % 20}, indicators.Decimal{Coef: cb % 1e15, Exp: eb % 20}
		if got, want := cmpValues(a, b), a.Cmp(b); got != want {
			t.Errorf("cmpValues(%v, %v) = %d, want %d", a, b, got, want)
		}
	})
}
