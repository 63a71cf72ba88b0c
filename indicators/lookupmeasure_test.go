package indicators

import (
	"strings"
	"testing"
)

// lookupMeasureSearch is LookupMeasure's definition read as a search of
// measures in order, the way it was answered before measureIndex.
func lookupMeasureSearch(s string) (MeasureInfo, bool) {
	for _, m := range measures {
		if m.Symbol == s {
			return m, true
		}
	}
	for _, m := range measures {
		for _, a := range m.Aliases {
			if a == s || len(a) > 3 && strings.EqualFold(a, s) {
				return m, true
			}
		}
	}
	return MeasureInfo{}, false
}

// TestLookupMeasureSearch asks LookupMeasure every symbol and alias of the
// measures, in their own case, upper and lower case and with a first
// letter changed, and words of no measure, and wants the search's answer.
func TestLookupMeasureSearch(t *testing.T) {
	asks := []string{"", "x", "KG", "Kg", "tonnes", "TONNES", "ſquare metres", "℃", "°c", "\xff\xfe", "degrees"}
	for _, m := range measures {
		for _, w := range append([]string{m.Symbol, m.Display, m.Singular, m.Plural}, m.Aliases...) {
			asks = append(asks, w, strings.ToUpper(w), strings.ToLower(w), strings.Title(w), "z"+w, w+"s")
		}
	}
	found := 0
	for _, s := range asks {
		got, gok := LookupMeasure(s)
		want, wok := lookupMeasureSearch(s)
		if gok != wok || got.Symbol != want.Symbol {
			t.Errorf("LookupMeasure(%q) = %q, %v, want %q, %v", s, got.Symbol, gok, want.Symbol, wok)
		}
		if wok {
			found++
		}
	}
	if found < len(measures) {
		t.Errorf("the asks found %d measures, want at least %d (each symbol)", found, len(measures))
	}
}

// TestFoldKey checks that foldKey's keys are equal exactly when
// strings.EqualFold holds, on pairs that fold past ASCII.
func TestFoldKey(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"tonnes", "TONNES"}, {"kelvin", "\u212aELVIN"}, {"sq", "\u017fQ"}, {"Σσς", "σΣσ"},
		{"metre", "metres"}, {"a\xffb", "a\xfeb"}, {"a\xffb", "a\ufffdb"}, {"ß", "SS"}, {"", ""},
	} {
		want := strings.EqualFold(tc.a, tc.b)
		if got := foldKey(tc.a) == foldKey(tc.b); got != want {
			t.Errorf("foldKey(%q) == foldKey(%q) is %v, want %v (strings.EqualFold)", tc.a, tc.b, got, want)
		}
	}
}
