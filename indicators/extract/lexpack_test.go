package extract

import (
	"strings"
	"testing"
)

// lookupPacked gives what lookupIndex gives for every word of one to eight
// ASCII letters: each lexicon key in lower, upper and title case, words
// that are no key, and words at the very end of the text (where the
// eight-byte load cannot be used).
func TestLookupPacked(t *testing.T) {
	words := []string{"the", "The", "THE", "billion", "Billion", "a", "A", "an", "zzz", "thee", "th", "thousand", "Thousand", "hundreds", "abcdefgh", "x", "percent", "fold"}
	for k := range lexicon {
		if packable(k) {
			words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
		}
	}
	n := 0
	for _, w := range words {
		want := lookupIndex(w)
		if want != 0 {
			n++
		}
		for _, text := range []string{w, w + " and more text", "(" + w + ")"} {
			i := strings.Index(text, w)
			if got := lookupPacked(text, i, i+len(w)); got != want {
				t.Errorf("lookupPacked(%q, %d, %d) = %d, want %d", text, i, i+len(w), got, want)
			}
		}
	}
	if n < 100 {
		t.Errorf("%d words found in the lexicon, want at least 100", n)
	}
}

// Every run of the packed table is read right: keys at their home slot,
// the slot after it and further (packProbe), and words that are no key
// whose two slots are both taken by keys.
func TestLookupPackedRuns(t *testing.T) {
	far := 0 // keys two slots or more past their home slot
	for k := range lexicon {
		if !packable(k) {
			continue
		}
		key := packWord(k)
		h := packHash(key)
		for packKeys[h] != key {
			h++
		}
		if h-packHash(key) >= 2 {
			far++
		}
	}
	if far == 0 {
		t.Error("no key of the packed table is two slots past its home: packProbe goes untested")
	}
	full := 0 // words, no key, whose home slot and the next are taken
	const letters = "abcdefghijklmnopqrstuvwxyz"
	var words []string
	for _, a := range letters {
		for _, b := range letters {
			for _, c := range letters {
				words = append(words, string([]rune{a, b, c}), string([]rune{a, b, c, 'x', 'q'}))
			}
		}
	}
	for _, w := range words {
		h := packHash(packWord(w))
		if packKeys[h] != 0 && packKeys[h+1] != 0 && lookupIndex(w) == 0 {
			full++
		}
		for _, text := range []string{w, w + " and more text"} {
			if got, want := lookupPacked(text, 0, len(w)), lookupIndex(w); got != want {
				t.Errorf("lookupPacked(%q, 0, %d) = %d, want %d", text, len(w), got, want)
			}
		}
	}
	if full < 100 {
		t.Errorf("%d words of no key find both their slots taken, want at least 100", full)
	}
}

// tokenize gives each word the entry lookupIndex gives it, on each of its
// paths: words of up to eight letters (the packed table, inline, or
// lookupPacked at the end of the text), longer words, words with an
// apostrophe or non-ASCII letters, and runs of letters longer than eight
// bytes that lettersEnd reads on.
func TestTokenizeLookups(t *testing.T) {
	words := []string{"don't", "Naïve", "zürich", "abcdefghijklmnopqrstuvwxyzabc", "internationally", "ALTOGETHER", "o'clock"}
	for k := range lexicon {
		if k != "" {
			words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
		}
	}
	n := 0
	for _, w := range words {
		for _, text := range []string{w, "(" + w + ")", w + " and more text", "A " + w + ".", "zz " + w} {
			s := scanner{text: text}
			s.tokenize(0, len(text))
			for i := range s.toks {
				tk := &s.toks[i]
				if tk.kind != tWord {
					continue
				}
				n++
				if got, want := tk.lx, lookupIndex(s.tt(i)); got != want {
					t.Errorf("tokenize(%q): token %q has entry %d, want %d", text, s.tt(i), got, want)
				}
			}
		}
	}
	eachSentence(t, "", func(s *scanner) {
		for i := range s.toks {
			if tk := &s.toks[i]; tk.kind == tWord {
				n++
				if got, want := tk.lx, lookupIndex(s.tt(i)); got != want {
					t.Errorf("tokenize: token %q has entry %d, want %d", s.tt(i), got, want)
				}
			}
		}
	})
	if n < 10000 {
		t.Errorf("%d words read, want at least 10000", n)
	}
}

// lookupPacked16 gives what lookupIndex gives for every word of nine to
// sixteen ASCII letters: each lexicon key of that length in three cases,
// words that are no key, some of them with both their slots taken, and
// words at the very end of the text (where the loads cannot be used).
func TestLookupPacked16(t *testing.T) {
	words := []string{"september", "September", "SEPTEMBER", "thousands", "percentage", "approximately", "zzzzzzzzz", "internationally", "abcdefghijklmnop"}
	keys := 0
	for k := range lexicon {
		if packable16(k) {
			keys++
			words = append(words, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:], k[:len(k)-1]+"q")
		}
	}
	if keys < 50 {
		t.Errorf("%d lexicon keys of nine to sixteen letters, want at least 50", keys)
	}
	for _, a := range "abcdefghijklmnopqrstuvwxyz" {
		for _, b := range "abcdefghijklmnopqrstuvwxyz" {
			words = append(words, "ninelette"+string([]rune{a, b}), string([]rune{a, b})+"sixteenletters")
		}
	}
	found, full := 0, 0
	for _, w := range words {
		want := lookupIndex(w)
		if want != 0 {
			found++
		}
		lo, hi := packWord(strings.ToLower(w[:8])), packWord(strings.ToLower(w[8:]))
		if h := pack16Hash(lo, hi); want == 0 && pack16Lo[h] != 0 && pack16Lo[h+1] != 0 {
			full++
		}
		for _, text := range []string{w, w + " and more text", "(" + w + ")"} {
			i := strings.Index(text, w)
			if got := lookupPacked16(text, i, i+len(w)); got != want {
				t.Errorf("lookupPacked16(%q, %d, %d) = %d, want %d", text, i, i+len(w), got, want)
			}
		}
	}
	if found < 3*keys {
		t.Errorf("%d words found, want %d", found, 3*keys)
	}
	if full == 0 {
		t.Error("no word of no key finds both its slots taken: the probe goes untested")
	}
}
