package extract

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode/utf8"
)

// A lazyRE is a regular expression compiled the first time a rule
// asks of it. The drafter's rules hold some three hundred patterns; compiled
// at init they cost every command 18 ms and 6.4 MB of allocation before it
// started (more on a loaded machine) and left two megabytes of live heap
// that each garbage collection of Extract had to mark, even where nothing
// is drafted.
//
// Each pattern also keeps the words any match of it must hold (needs):
// most patterns are asked of texts and sentences they do not match, and
// the regexp package reads every position of such a text (its literal
// prefix helps only a pattern that starts with case-sensitive letters,
// few of the drafter's do), where one pass over the bytes finds that no
// needed word is there (drafting the corpus spent half its instructions
// in the regexp package).
type lazyRE struct {
	once  sync.Once
	expr  string
	re    *regexp.Regexp
	needs needles
}

// lazyRegexp returns expr to be compiled on first use; a pattern that
// does not compile panics then, as regexp.MustCompile would at init (the
// tests use every pattern; TestLazyRegexpsCompile compiles them all).
func lazyRegexp(expr string) *lazyRE {
	l := &lazyRE{expr: expr}
	allLazyRegexps = append(allLazyRegexps, l)
	return l
}

// allLazyRegexps lists every pattern, for the test that compiles them.
var allLazyRegexps []*lazyRE

// get returns the compiled pattern.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() {
		l.re = regexp.MustCompile(l.expr)
		l.needs = needlesOf(l.expr)
	})
	return l.re
}

// may reports whether s holds one of the words any match of the pattern
// holds: false only where the pattern matches nowhere in s.
func (l *lazyRE) may(s string) bool {
	l.get()
	return l.needs.in(s)
}

// needles are words of which every match of a pattern holds one. No
// needles means no filter.
type needles []needle

// A needle is a word, as written where the pattern's is case-sensitive,
// else in lower case (fold), to be compared with the text's ASCII letters
// folded; at is the place in a folded word of its rarest byte in prose
// (byteRank), which is looked for in the text, in either case, with
// strings.IndexByte: a common first letter would stop the search at most
// words.
type needle struct {
	w    string
	at   int
	fold bool
}

// needlesOf returns the needles of expr: nil where a match may hold no
// literal word (".*", "[0-9]+").
func needlesOf(expr string) needles {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	n, _ := required(re.Simplify())
	for k, nd := range n {
		for i := range len(nd.w) {
			if byteRank[nd.w[i]] > byteRank[nd.w[n[k].at]] {
				n[k].at = i
			}
		}
	}
	return n
}

// byteRank ranks the bytes of English prose from the commonest (the
// space, 0) to the rarest: the letters by their frequency, then digits
// and signs; bytes it does not list are rarer still.
var byteRank = func() (r [256]uint8) {
	for i := range r {
		r[i] = 255
	}
	for i, c := range []byte(" etaoinshrdlcumwfgyp,.b0123456789vk-()jxqz") {
		r[c] = uint8(i)
	}
	return r
}()

// required returns words of which every match of re holds one, and
// whether there are such: a literal's own (its longest run of letters
// that fold only to ASCII letters, below), one part's of a sequence (the
// longest: it filters best), every branch's of an alternation, a group's
// or a repeat's of at least one.
func required(re *syntax.Regexp) (needles, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		fold := re.Flags&syntax.FoldCase != 0
		if w := foldSafe(re.Rune, fold); w != "" {
			return needles{{w: w, fold: fold}}, true
		}
	case syntax.OpCapture, syntax.OpPlus:
		return required(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return required(re.Sub[0])
		}
	case syntax.OpConcat:
		var best needles
		for _, sub := range re.Sub {
			if set, ok := required(sub); ok && (best == nil || shortest(set) > shortest(best)) {
				best = set
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all needles
		for _, sub := range re.Sub {
			set, ok := required(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	}
	return nil, false
}

// shortest returns the length of the shortest word of set.
func shortest(set needles) int {
	m := 0
	for i, nd := range set {
		if i == 0 || len(nd.w) < m {
			m = len(nd.w)
		}
	}
	return m
}

// foldSafe returns the longest run of runes of a literal that a text
// holding a match of it holds as written (case-sensitive) or with only
// its ASCII letters' case changed (fold, in lower case). A case-sensitive
// literal is safe whole but for U+FFFD,
// which the regexp package also matches at a byte that is not UTF-8; a
// case-folded literal only in its ASCII letters and signs, but for k and
// s, which also fold to the Kelvin sign and the long s ("(?i)kelvin"
// matches "\u212aelvin").
func foldSafe(runes []rune, fold bool) string {
	best, cur := "", []rune(nil)
	for i := 0; i <= len(runes); i++ {
		ok := i < len(runes) && runes[i] != utf8.RuneError
		if ok && fold {
			r := runes[i] | 0x20
			ok = runes[i] < utf8.RuneSelf && r != 'k' && r != 's'
		}
		if ok {
			cur = append(cur, runes[i])
			continue
		}
		if w := string(cur); len(w) > len(best) {
			best = w
		}
		cur = cur[:0]
	}
	if fold {
		return strings.ToLower(best)
	}
	return best
}

// in reports whether s holds one of the needles, or whether there are
// none.
func (n needles) in(s string) bool {
	for _, nd := range n {
		if nd.in(s) {
			return true
		}
	}
	return len(n) == 0
}

// in reports whether s holds the needle's word: as written, or for a
// folded word with the ASCII letters of s folded, looking for its rarest
// byte in both cases, the two searches merged, and comparing the word
// around each one found.
func (nd needle) in(s string) bool {
	if !nd.fold {
		return strings.Contains(s, nd.w)
	}
	lo := nd.w[nd.at]
	up := lo
	if lo-'a' < 26 {
		up = lo - ('a' - 'A')
	}
	pl, pu := indexFrom(s, lo, nd.at), -1
	if up != lo {
		pu = indexFrom(s, up, nd.at)
	}
	for pl >= 0 || pu >= 0 {
		p := pl
		if p < 0 || pu >= 0 && pu < p {
			p = pu
		}
		if start := p - nd.at; start+len(nd.w) <= len(s) && asciiFoldPrefix(s[start:], nd.w) {
			return true
		}
		if p == pl {
			pl = indexFrom(s, lo, p+1)
		} else {
			pu = indexFrom(s, up, p+1)
		}
	}
	return false
}

// indexFrom returns the first index of c in s at or after i, or -1.
func indexFrom(s string, c byte, i int) int {
	if i >= len(s) {
		return -1
	}
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return -1
}

// asciiFoldPrefix reports whether s starts with w, a word in lower case,
// with the ASCII letters of s folded.
func asciiFoldPrefix(s, w string) bool {
	for j := 0; j < len(w); j++ {
		c := s[j]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if c != w[j] {
			return false
		}
	}
	return true
}

// The methods below answer as the compiled pattern's do; where the
// text holds none of its needles, at once.

func (l *lazyRE) String() string            { return l.expr }
func (l *lazyRE) MatchString(s string) bool { return l.may(s) && l.re.MatchString(s) }
func (l *lazyRE) FindString(s string) string {
	if !l.may(s) {
		return ""
	}
	return l.re.FindString(s)
}
func (l *lazyRE) FindStringIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringIndex(s)
}
func (l *lazyRE) FindStringSubmatch(s string) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatch(s)
}
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindStringSubmatchIndex(s)
}
func (l *lazyRE) FindAllString(s string, n int) []string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllString(s, n)
}
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !l.may(s) {
		return nil
	}
	return l.re.FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllString(src, repl string) string {
	if !l.may(src) {
		return src
	}
	return l.re.ReplaceAllString(src, repl)
}
