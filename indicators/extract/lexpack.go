package extract

// The packed table answers lookupIndex for the words the tokenizer meets
// most, ASCII letters only and at most eight of them ("the", "and",
// "billion"): the word folded to lower case is one uint64, compared whole,
// with no string to hash or compare byte by byte.
//
// Whether a word is in the lexicon follows no pattern a branch predictor
// could learn, so packFind reads the word's home slot and the next one and
// picks the entry with conditional moves, not branches; the table is at
// most a quarter full, so few keys sit further on. The home slot of such
// a key has packFar set, and a word whose home slot has it is looked up
// by probing on (packProbe): a branch rarely taken, and then taken for
// the same words. The slots do not wrap: a key whose run passes the last
// home slot goes into the packPad slots after it.
//
// A slot's value holds the key's entry in its low 16 bits and, above
// them, lexMayStart of that entry, so that the tokenizer has a word's
// entry and whether it may start a figure from one load.
var (
	packKeys [packSlots + packPad]uint64 // a word's letters, the first lowest; 0 for an empty slot
	packVal  [packSlots + packPad]uint32 // its entry, lexMayStart<<packMayShift and packFar
)

const (
	packBits  = 12            // the bits of a home slot's number
	packSlots = 1 << packBits // the home slots
	packPad   = 64            // the slots after the last home slot

	packMayShift = 16      // where lexMayStart sits in a slot's value
	packFar      = 1 << 18 // set on a home slot some of whose keys sit two or more slots on
	// packMiss is the value of a word with no entry: entry 0, whose
	// lexMayStart is 2.
	packMiss = 2 << packMayShift
)

// lowerLetters has 0x20 in each byte: OR-ed into ASCII letters, it folds
// them to lower case.
const lowerLetters = 0x2020202020202020

// buildPackTable fills the packed table from the lexicon, once lookupIndex
// can answer for every key and lexMayStart is set. It must stay at most a
// quarter full.
func buildPackTable() {
	n := 0
	for k := range lexKeys() {
		if packable(k) {
			n++
		}
	}
	if 4*n > packSlots {
		panic("extract: the packed lexicon table is over a quarter full: raise packBits")
	}
	for k := range lexKeys() {
		if !packable(k) {
			continue
		}
		x := lookupIndex(k)
		key := packWord(k)
		home := packHash(key)
		for h := home; ; h++ {
			if h == uint64(len(packKeys)) {
				panic("extract: the packed lexicon table overflows")
			}
			if packKeys[h] == 0 {
				packKeys[h] = key
				packVal[h] |= uint32(x) | uint32(lexMayStart[x])<<packMayShift
				if h-home >= 2 {
					packVal[home] |= packFar
				}
				break
			}
		}
	}
}

// The long packed table does for the keys of nine to sixteen ASCII
// letters what the packed table does for the shorter ones: a key is two
// uint64, its first eight letters and the rest, each folded to lower
// case, and lookupPacked16 reads two slots and picks the entry without a
// branch on the word.
var (
	pack16Lo, pack16Hi [pack16Slots + packPad]uint64   // a key's letters; pack16Lo is 0 for an empty slot
	pack16Idx          [pack16Slots + packPad]lexIndex // its entry
)

const (
	pack16Bits  = 9               // the bits of a home slot's number
	pack16Slots = 1 << pack16Bits // the home slots
)

// buildPack16Table fills the long packed table from the lexicon, once
// lookupIndex can answer for every key. It must stay at most a quarter
// full.
func buildPack16Table() {
	n := 0
	for k := range lexKeys() {
		if packable16(k) {
			n++
		}
	}
	if 4*n > pack16Slots {
		panic("extract: the long packed lexicon table is over a quarter full: raise pack16Bits")
	}
	for k := range lexKeys() {
		if !packable16(k) {
			continue
		}
		lo, hi := packWord(k[:8]), packWord(k[8:])
		for h := pack16Hash(lo, hi); ; h++ {
			if h == uint64(len(pack16Lo)) {
				panic("extract: the long packed lexicon table overflows")
			}
			if pack16Lo[h] == 0 {
				pack16Lo[h], pack16Hi[h], pack16Idx[h] = lo, hi, lookupIndex(k)
				break
			}
		}
	}
}

// packable16 reports whether the lexicon key k goes into the long packed
// table: nine to sixteen lower-case ASCII letters.
func packable16(k string) bool {
	return len(k) > 8 && len(k) <= 16 && packable(k[:8]) && packable(k[8:])
}

func pack16Hash(lo, hi uint64) uint64 {
	return ((lo ^ hi*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15) >> (64 - pack16Bits)
}

// lookupPacked16 is lookupIndex for text[i:j], nine to sixteen ASCII
// letters.
func lookupPacked16(text string, i, j int) lexIndex {
	var lo, hi uint64
	if i+16 <= len(text) {
		shift := (64 - 8*uint(j-i-8)) & 63 // 0 to 56
		lo = load8(text, i) | lowerLetters
		hi = load8(text, i+8)<<shift>>shift | lowerLetters>>shift
	} else {
		lo, hi = packWord(text[i:i+8]), packWord(text[i+8:j])
	}
	h := pack16Hash(lo, hi)
	lo0, lo1 := pack16Lo[h], pack16Lo[h+1]
	ne0 := notEqual(lo0, lo) | notEqual(pack16Hi[h], hi)
	ne1 := notEqual(lo1, lo) | notEqual(pack16Hi[h+1], hi)
	x := pack16Idx[h]&lexIndex(ne0-1) | pack16Idx[h+1]&lexIndex(ne1-1)
	// Both slots taken by other keys: read on, a branch rarely taken.
	if ne0&ne1&notEqual(lo0, 0)&notEqual(lo1, 0) != 0 {
		for h += 2; h < uint64(len(pack16Lo)) && pack16Lo[h] != 0; h++ {
			if pack16Lo[h] == lo && pack16Hi[h] == hi {
				return pack16Idx[h]
			}
		}
		return 0
	}
	return x
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

func packHash(key uint64) uint64 { return (key * 0x9E3779B97F4A7C15) >> (64 - packBits) }

// lookupPacked is lookupIndex for text[i:j], one to eight ASCII letters.
func lookupPacked(text string, i, j int) lexIndex {
	shift := (64 - 8*uint(j-i)) & 63 // 0 to 56: no guard for a shift of 64
	var key uint64
	if i+8 <= len(text) {
		key = load8(text, i)<<shift>>shift | lowerLetters>>shift
	} else {
		key = packWord(text[i:j])
	}
	return lexIndex(packFind(key))
}

// packFind returns the packed table's value for key, the letters of a
// word as packWord gives them: its entry in the low 16 bits (0 for none)
// and lexMayStart of it above (packMiss for none), without packFar.
// tokenize does the same inline (shortWords).
func packFind(key uint64) uint32 {
	h := packHash(key)
	k0, k1 := packKeys[h], packKeys[h+1]
	v0, v1 := packVal[h], packVal[h+1]
	v := uint32(packMiss)
	if k0 == key {
		v = v0
	}
	if k1 == key {
		v = v1
	}
	if v0&packFar != 0 {
		v = packProbe(key, h)
	}
	return v &^ packFar
}

// packProbe reads on from the home slot h for the key, some of whose keys
// sit two or more slots on, and returns its value as packFind does.
func packProbe(key, h uint64) uint32 {
	for ; h < uint64(len(packKeys)); h++ {
		k := packKeys[h]
		if k == key {
			return packVal[h] &^ packFar
		}
		if k == 0 {
			break
		}
	}
	return packMiss
}

// notEqual returns 1 when a != b and 0 when they are equal, without a
// branch.
func notEqual(a, b uint64) uint64 {
	d := a ^ b
	return (d | -d) >> 63
}
