package extract

import "math/bits"

// The packed table answers lookupIndex for the words the tokenizer meets
// most, ASCII letters only and at most eight of them ("the", "and",
// "billion"): the word folded to lower case is one uint64, compared whole,
// with no string to hash or compare byte by byte.
var (
	packKeys  []uint64   // a word's letters, the first lowest; 0 for an empty slot
	packIdx   []lexIndex // its entry
	packShift uint       // 64 less the bits of the slot numbers
	packMask  uint64
)

// lowerLetters has 0x20 in each byte: OR-ed into ASCII letters, it folds
// them to lower case.
const lowerLetters = 0x2020202020202020

// buildPackTable fills the packed table from the lexicon, at most a
// quarter full, once lookupIndex can answer for every key.
func buildPackTable() {
	n := 0
	for k := range lexicon {
		if packable(k) {
			n++
		}
	}
	size := 64
	for size < 4*n {
		size <<= 1
	}
	packKeys, packIdx = make([]uint64, size), make([]lexIndex, size)
	packShift, packMask = uint(64-bits.TrailingZeros(uint(size))), uint64(size-1)
	for k := range lexicon {
		if !packable(k) {
			continue
		}
		x := lookupIndex(k)
		key := packWord(k)
		for h := packHash(key); ; h = (h + 1) & packMask {
			if packKeys[h] == 0 {
				packKeys[h], packIdx[h] = key, x
				break
			}
		}
	}
}

// packable reports whether the lexicon key k goes into the packed table:
// one to eight lower-case ASCII letters.
func packable(k string) bool {
	if len(k) == 0 || len(k) > 8 {
		return false
	}
	for i := 0; i < len(k); i++ {
		if k[i] < 'a' || k[i] > 'z' {
			return false
		}
	}
	return true
}

// packWord returns the letters of w, one to eight ASCII letters, folded to
// lower case, the first in the lowest byte.
func packWord(w string) uint64 {
	var x uint64
	for i := len(w) - 1; i >= 0; i-- {
		x = x<<8 | uint64(w[i])
	}
	return x | lowerLetters>>(64-8*uint(len(w)))
}

func packHash(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> packShift }

// lookupPacked is lookupIndex for text[i:j], one to eight ASCII letters.
func lookupPacked(text string, i, j int) lexIndex {
	n := uint(j - i)
	var key uint64
	if i+8 <= len(text) {
		key = load8(text, i) & (^uint64(0) >> (64 - 8*n))
		key |= lowerLetters >> (64 - 8*n)
	} else {
		key = packWord(text[i:j])
	}
	for h := packHash(key); ; h = (h + 1) & packMask {
		k := packKeys[h]
		if k == key {
			return packIdx[h]
		}
		if k == 0 {
			return 0
		}
	}
}
