package extract

import vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"

// A keyFilter is a quick test before a look-up in a map with string keys:
// it holds, for each length of key (the last entry for 31 bytes and more),
// the set of the keys' first bytes. Hashing a string costs more than the
// test, and most words asked are no key.
type keyFilter [32][4]uint64

// newKeyFilter returns the filter of the keys of m.
func newKeyFilter[V any](m map[string]V) *keyFilter {
	var f keyFilter
	for k := range m {
		f.add(k)
	}
	return &f
}

func (f *keyFilter) add(k string) {
	if k == "" {
		for c := range 256 {
			f[0][c>>6] |= 1 << (c & 63)
		}
		return
	}
	n, c := min(len(k), 31), k[0]
	f[n][c>>6] |= 1 << (c & 63)
}

// may reports whether w may be a key: false only when no key has its
// length and first byte.
func (f *keyFilter) may(w string) bool {
	if w == "" {
		return f[0][0] != 0
	}
	return f.mayFirst(len(w), w[0])
}

// mayFirst is may for a word of n bytes, n > 0, whose first byte is c.
func (f *keyFilter) mayFirst(n int, c byte) bool {
	n = min(n, 31)
	return f[n][c>>6]&(1<<(c&63)) != 0
}

// The filters of the maps the matcher asks for most words.
var (
	currencySignFilter     = newKeyFilter(currencySigns)
	nounAbbreviationFilter = newKeyFilter(vocab.NounAbbreviations)
	percentAbbrevFilter    = newKeyFilter(percentAbbrev)
	hedgeFirstFilter       = newKeyFilter(hedgesByFirst)
	hedgeLastFilter        = newKeyFilter(hedgesByLast)
	degreeFilter           = newKeyFilter(degreeByLast)
	measureFirstFilter     = newKeyFilter(measureByFirst)
)
