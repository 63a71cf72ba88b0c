package extract

import (
	"slices"
	"strings"
	"testing"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Each filter admits every key of its map, as the maps stand once the
// package is initialised (a key added in an init function after the
// filter was built would fail here), and turns away some words.
func TestKeyFilters(t *testing.T) {
	keys := func(m any) []string {
		var ks []string
		switch m := m.(type) {
		case map[string]string:
			for k := range m {
				ks = append(ks, k)
			}
		case map[string][]int:
			for k := range m {
				ks = append(ks, k)
			}
		case map[string]bool:
			for k := range m {
				ks = append(ks, k)
			}
		case map[string][][]string:
			for k := range m {
				ks = append(ks, k)
			}
		}
		return ks
	}
	for _, tc := range []struct {
		name   string
		filter *keyFilter
		keys   []string
	}{
		{"currencySigns", currencySignFilter, keys(currencySigns)},
		{"NounAbbreviations", nounAbbreviationFilter, keys(vocab.NounAbbreviations)},
		{"percentAbbrev", percentAbbrevFilter, keys(percentAbbrev)},
		{"hedgesByFirst", hedgeFirstFilter, keys(hedgesByFirst)},
		{"hedgesByLast", hedgeLastFilter, keys(hedgesByLast)},
		{"degreeByLast", degreeFilter, keys(degreeByLast)},
		{"measureByFirst", measureFirstFilter, keys(measureByFirst)},
		{"abbreviations", abbreviationFilter, keys(abbreviations)},
	} {
		if len(tc.keys) == 0 {
			t.Errorf("%s: no keys", tc.name)
		}
		for _, k := range tc.keys {
			if !tc.filter.may(k) {
				t.Errorf("%s filter: may(%q) = false, want true", tc.name, k)
			}
		}
		turned := 0
		for _, w := range []string{"the", "infrastructure", "Qatar", "zz", "x", "development", "yesterday"} {
			if !tc.filter.may(w) {
				turned++
			}
		}
		if turned == 0 {
			t.Errorf("%s filter admits every word tried, want some turned away", tc.name)
		}
	}
}

// A filter admits exactly the lengths and first bytes of its keys.
func TestKeyFilter(t *testing.T) {
	f := newKeyFilter(map[string]bool{"ab": true, "xyz": true, "": true, "a-very-long-key-of-more-than-31-bytes": true})
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"ab", true}, {"aq", true}, {"ba", false}, {"abc", false}, {"xyz", true}, {"x", false}, {"", true},
		{"a-very-long-key-of-more-than-31-bytes-and-then-some", true}, {"b-very-long-key-of-more-than-31-bytes", false},
	} {
		if got := f.may(tc.w); got != tc.want {
			t.Errorf("may(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
	if g := newKeyFilter(map[string]int{"a": 1}); g.may("") {
		t.Errorf("may(%q) = true for a map without the empty key, want false", "")
	}
}

// measuresFirst answers as measureByFirst does for the word in lower
// case, for every key in three cases and words that are no key.
func TestMeasuresFirst(t *testing.T) {
	words := []string{"", "countries", "Percent", "KM", "Km²", "°C", "℃", "İn", "MW", "Mbps", "x", "Ω", "µg", "ΜG"}
	for k := range measureByFirst {
		words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
	}
	found := 0
	for _, w := range words {
		idx, ok := measuresFirst(w)
		widx, wok := measureByFirst[strings.ToLower(w)]
		if ok != wok || !slices.Equal(idx, widx) {
			t.Errorf("measuresFirst(%q) = %v, %v, want %v, %v", w, idx, ok, widx, wok)
		}
		if ok {
			found++
		}
	}
	if found < len(measureByFirst) {
		t.Errorf("%d words found, want at least %d", found, len(measureByFirst))
	}
}
