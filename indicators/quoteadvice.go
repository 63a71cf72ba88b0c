package indicators

// The advice verify's messages end with, where a quote is right but the
// catalog's words around it are not: the heading that does stand above
// it, the word of change earlier in its sentence. Each is a helper of
// verify.go's checks (the section's, the direction's).

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// sectionAdvice says which heading stands above a quote that starts at
// byte at of text, for a section path that does not: "; the heading
// nearest above the quote is \"1. Main points\": write section: [\"1. Main
// points\"]", or "" when no line above looks like a heading. verify's
// message for a section heading not above its quote ends with it (round
// F: "Key findings" was refused without naming "1. Main points").
func sectionAdvice(text string, at int) string {
	h := headingAbove(text, at)
	if h == "" {
		return ""
	}
	return "; the heading nearest above the quote is " + strconv.Quote(h) + ": write section: [" + strconv.Quote(h) + "]"
}

// headingAbove returns the nearest line above byte at of text that reads
// as a heading, trimmed, or "": a line of its own between blank lines (or
// the text's start), of at most maxHeadingLen bytes, that starts with no
// bullet and ends with no full stop, comma, colon or semicolon. A list's
// number or letter may lead it ("1. Main points").
func headingAbove(text string, at int) string {
	if at < 0 || at > len(text) {
		return ""
	}
	lines := strings.Split(text[:at], "\n")
	// The quote's own line is not above it.
	lines = lines[:len(lines)-1]
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if t == "" || len(t) > maxHeadingLen {
			continue
		}
		blankBefore := i == 0 || strings.TrimSpace(lines[i-1]) == ""
		blankAfter := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		if !blankBefore || !blankAfter || strings.ContainsAny(t[len(t)-1:], ".,:;") || strings.HasPrefix(t, "•") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- ") {
			continue
		}
		return t
	}
	return ""
}

// maxHeadingLen is the longest line headingAbove takes for a heading.
const maxHeadingLen = 100

// directionAdvice says what to write for a direction d that a quote at
// span of text has no word for, or "". Where the quote has a word for the
// other way ("3,700 people lower than forecast" with direction: up), it
// is the direction to write: a longer quote would only add another
// figure's word and verify the wrong way (round N, s20n-population).
// Otherwise a word for d in the figure's own clause of its sentence,
// before the quote ("; its sentence has \"increased\" before the quote:
// quote from the sentence's start, …", round F: "Wales to £166,000
// (2.2%)" after "Average house prices increased over the year in England
// to £252,000 (2.2%)") or after it to the clause's end ("Tasmania (0.3
// per cent) and Northern Territory (0.9 per cent) were the slowest
// growing jurisdictions"). Words of another clause (after ", and") are
// another figure's.
func directionAdvice(text string, span Span, d Direction) string {
	if span.Start < 0 || span.End > len(text) || span.Start > span.End {
		return ""
	}
	other := map[Direction]Direction{Up: Down, Down: Up}[d]
	if w := DirectionWord(text[span.Start:span.End], other); other != NoDirection && w != "" {
		return fmt.Sprintf("; the quote says %q, which goes %s: write direction: %s", w, other, other)
	}
	from := sentenceStart(text, span.Start)
	low := lowerASCII(text[from:span.Start])
	for _, stop := range lexicon.ClauseStops {
		if i := strings.LastIndex(low, stop); i >= 0 {
			from = max(from, from+i+len(stop))
		}
	}
	if w := DirectionWord(text[from:span.Start], d); w != "" && !ownedElsewhere(text[from:span.Start], w) {
		if ow := DirectionWord(text[from:span.Start], other); ow == "" {
			return "; its sentence has " + strconv.Quote(w) + " before the quote: quote from the sentence's start, " + strconv.Quote(strings.TrimSpace(text[from:span.End]))
		}
	}
	_, end := sentenceBounds(text, span)
	rest := lowerASCII(text[span.End:end])
	for _, stop := range lexicon.ClauseStops {
		if i := strings.Index(rest, stop); i >= 0 && span.End+i < end {
			end = span.End + i
		}
	}
	after := strings.TrimRight(text[span.End:end], ". ")
	if w := DirectionWord(after, d); w != "" && DirectionWord(after, other) == "" {
		return "; its sentence has " + strconv.Quote(w) + " after the quote: quote to the clause's end, " + strconv.Quote(strings.TrimSpace(text[span.Start:span.End+len(after)]))
	}
	return ""
}

// ownedElsewhere reports whether the word of change w in before (the
// words of a sentence before a quote) is another figure's: w "by" a
// figure that stands before the quote with more than "and" or a comma
// between them ("declined by €632 million during the month of April
// following a net monthly flow of" is the €632 million's decline, not the
// €167 million's, s20n-credit), where figures joined by "and" share it
// ("decreased by €188 million and" €51 million).
func ownedElsewhere(before, w string) bool {
	low := lowerASCII(before)
	i := strings.LastIndex(low, lowerASCII(w))
	if i < 0 {
		return false
	}
	rest := low[i+len(w):]
	r, ok := strings.CutPrefix(strings.TrimLeft(rest, " "), "by ")
	if !ok {
		return false
	}
	m := figureAt.FindString(r)
	if m == "" {
		return false
	}
	between := strings.TrimSpace(r[len(strings.TrimRight(m, " ")):])
	for _, scale := range []string{"million", "billion", "thousand", "per cent", "percent"} {
		between = strings.TrimSpace(strings.TrimPrefix(between, scale))
	}
	switch between {
	case "", "and", ",", ", and", "or", "to":
		return false
	}
	return true
}

// sentenceStart returns where the sentence holding byte at of text
// starts: after the last full stop, question or exclamation mark and
// space, line break or bullet before it, or 0.
func sentenceStart(text string, at int) int {
	for i := at - 1; i >= 0; i-- {
		switch c := text[i]; {
		case c == '\n':
			return skipLead(text, i+1, at)
		case (c == '.' || c == '?' || c == '!') && i+1 < len(text) && text[i+1] == ' ' && (i == 0 || text[i-1] < '0' || text[i-1] > '9' || i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z'):
			return skipLead(text, i+1, at)
		}
	}
	return skipLead(text, 0, at)
}

// skipLead returns from past the spaces and a list mark
// (lexicon.ListMarks) that start a line or sentence, not past at.
func skipLead(text string, from, at int) int {
	t := text[from:at]
	trimmed := strings.TrimLeft(t, " \t")
	for _, m := range lexicon.ListMarks {
		if strings.HasPrefix(trimmed, m) {
			trimmed = strings.TrimLeft(trimmed[len(m):], " \t")
			break
		}
	}
	return from + len(t) - len(trimmed)
}

// spacedAdvice returns "; the text has it with other spacing, …" for a quote the
// text holds once but for its spaces ("up from 50.7 % in 2020" for "up
// from 50.7% in 2020", s17i-vehicles; a doubled space) or a table's cell
// separators ("Wales 2,307,877" for "Wales | 2,307,877", s19m-elections),
// or "": the nearest matching text, in the text's characters, to copy.
func spacedAdvice(text, quote string) string {
	squeeze := func(s string) (string, []int) {
		var b strings.Builder
		var offs []int
		for i, r := range s {
			if unicode.IsSpace(r) || r == '|' {
				continue
			}
			f := foldRune(r)
			for range utf8.RuneLen(f) {
				offs = append(offs, i)
			}
			b.WriteRune(f)
		}
		offs = append(offs, len(s))
		return b.String(), offs
	}
	st, offs := squeeze(text)
	sq, _ := squeeze(quote)
	if len(sq) < 8 || strings.Count(st, sq) != 1 {
		return ""
	}
	i := strings.Index(st, sq)
	start, end := offs[i], offs[i+len(sq)-1]
	_, n := utf8.DecodeRuneInString(text[end:])
	found := text[start : end+n]
	if before, after, ok := strings.Cut(found, "\n\n"); ok {
		// A sentence a page breaks into two paragraphs ("The tax gap is
		// estimated to be", a blank line, "4.8% of …", s26w-taxgap).
		return fmt.Sprintf("; the text has it across a paragraph break after %q: write quote: %q, the break as \\n\\n in double quotes, or quote from %q", lastWords(before, 3), found, firstWords(strings.TrimLeft(after, "\n"), 3))
	}
	if strings.Count(found, "|") > strings.Count(quote, "|") && !strings.Contains(found, "\n") {
		return fmt.Sprintf("; the text has it with its table's cell separators (\"|\"), %q", found)
	}
	if strings.Contains(found, "\n") {
		// Go's quoting is YAML's double-quoted form: "\n" is the break.
		return fmt.Sprintf("; the text has it with other spacing, across a line break: write quote: %q", found)
	}
	return fmt.Sprintf("; the text has it with other spacing, %q", found)
}

// nearestAdvice returns "; the text has \"deprived6\" where the quote has
// \"deprived\" …: write quote: \"…\"" for a quote the text does not hold
// but for a few characters (nearestPassage): a footnote number glued to a
// word ("most deprived6 areas", "similar to 2015/163)"), a hyphen typed as
// a space ("Kingston-upon-Thames"), a quotation mark of another kind. It
// is "" where no passage is near enough, or two are equally near. Round O
// (s21o-obesity): the only message was "copy it verbatim from the text",
// which showed neither the text's characters nor where they differ.
func nearestAdvice(text, quote string) string {
	passage, diffs, ok := nearestPassage(text, quote)
	if !ok || len(diffs) == 0 {
		return ""
	}
	var parts []string
	digitsChanged := false
	for i, d := range diffs {
		if !gluedFootnote(d[0], d[1]) && digitsOf(d[0]) != digitsOf(d[1]) {
			digitsChanged = true
		}
		if i == maxQuoteDiffs {
			parts = append(parts, "and more")
			break
		}
		s := fmt.Sprintf("%q where the quote has %q", d[0], d[1])
		switch {
		case d[1] == "":
			s = fmt.Sprintf("%q, which the quote lacks", d[0])
		case d[0] == "":
			s = fmt.Sprintf("no %q, which the quote has", d[1])
		}
		if gluedFootnote(d[0], d[1]) {
			s += " (a footnote number glued to the word: a quote keeps it)"
		}
		parts = append(parts, s)
	}
	if digitsChanged {
		// "2018," where the quote has "2019,": the text's figure or year
		// is not the quote's, and a quote rewritten to it would
		// contradict the catalog's stated or period.
		return fmt.Sprintf("; the text has %s: a number differs, so check stated and period against the text before quoting it", strings.Join(parts, ", "))
	}
	return fmt.Sprintf("; the text has %s: write quote: %q", strings.Join(parts, ", "), passage)
}

// digitsOf returns the ASCII digits of s in order ("2018" of "2018,").
func digitsOf(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// maxQuoteDiffs is how many differences nearestAdvice names.
const maxQuoteDiffs = 3

// gluedFootnote reports whether the text's word t is the quote's word q
// with digits glued to its end after a letter or a year, before any
// mark that ends a phrase, lexicon.PhraseEnds ("deprived6" for "deprived",
// "2015/163)" for "2015/16)").
func gluedFootnote(t, q string) bool {
	for _, p := range lexicon.PhraseEnds {
		if m := string(p); strings.HasSuffix(t, m) && strings.HasSuffix(q, m) {
			t, q = t[:len(t)-len(m)], q[:len(q)-len(m)] // "2015/163)"
		}
	}
	rest, ok := strings.CutPrefix(t, q)
	if !ok || q == "" || rest == "" || strings.Trim(rest, "0123456789"+lexicon.SuperscriptDigits) != "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(q)
	if unicode.IsLetter(last) {
		return true
	}
	// After digits only a year: "2015/16", "2016-17", "2015"; a digit
	// more after "20.0" may be the figure's own.
	digits := len(q) - len(strings.TrimRight(q, "0123456789"))
	before := strings.TrimRight(q, "0123456789")
	return digits == 4 || digits == 2 && (strings.HasSuffix(before, "/") || strings.HasSuffix(before, "-"))
}

// nearestPassage finds the passage of text nearest to quote by edit
// distance over folded characters (quoteRune), within a few edits (one in
// eight characters, at least two), and returns it in the text's own
// characters with the words where the two differ, the text's first. It
// looks only around the places where a word of the quote of four or more
// characters stands in the text, so its cost follows the quote, not the
// text. ok is false where no passage is near enough, where two are equally
// near, or where the nearest spans a paragraph break.
func nearestPassage(text, quote string) (passage string, diffs [][2]string, ok bool) {
	var tr []rune
	var tb []int
	for i, r := range text {
		tr = append(tr, quoteRune(r))
		tb = append(tb, i)
	}
	tb = append(tb, len(text))
	qr := []rune(strings.Map(quoteRune, quote))
	m := len(qr)
	if m < 8 || m > maxNearQuote || len(tr) == 0 {
		return "", nil, false
	}
	limit := max(2, m/8)
	slack := limit + 2
	// Each place a word of the quote stands in the text says where the
	// quote would start there; a passage near the quote gathers the
	// votes of most of its words at about one start.
	var starts []int
	for k := 0; k < m; {
		for k < m && qr[k] == ' ' {
			k++
		}
		e := k
		for e < m && qr[e] != ' ' {
			e++
		}
		if e-k >= 4 {
			w := qr[k:e]
			found := 0
			for p := 0; p+len(w) <= len(tr) && found < maxAnchorHits; p++ {
				if tr[p] == w[0] && slices.Equal(tr[p:p+len(w)], w) {
					found++
					starts = append(starts, p-k)
				}
			}
		}
		k = e
	}
	if len(starts) == 0 {
		return "", nil, false
	}
	slices.Sort(starts)
	type window struct{ from, to, votes int }
	var windows []window
	// Each run of starts within 2×slack of its first, the densest first
	// (two pointers: a run of common words over a long text is cut).
	for i := 0; i < len(starts); {
		j := i
		for j < len(starts) && starts[j]-starts[i] <= 2*slack {
			j++
		}
		windows = append(windows, window{max(0, starts[i]-slack), min(len(tr), starts[j-1]+m+slack), j - i})
		i = j
	}
	slices.SortStableFunc(windows, func(a, b window) int { return b.votes - a.votes })
	looked := windows[:min(len(windows), maxNearWindows)]
	best, bestFrom, bestTo := limit+1, -1, -1
	var bestOps []alignOp
	tie := false
	cells := 0
	for _, w := range looked {
		if cells += (w.to - w.from) * m; cells > maxNearCells {
			break // the places with the most votes are looked at first
		}
		d, from, to, ops, twice := alignIn(tr[w.from:w.to], qr)
		from, to = from+w.from, to+w.from
		for k := range ops {
			ops[k].t += w.from
		}
		switch {
		case d < best:
			best, bestFrom, bestTo, bestOps, tie = d, from, to, ops, twice
		case d == best && (from != bestFrom || to != bestTo):
			tie = true
		}
	}
	if bestFrom < 0 || tie || best == 0 {
		return "", nil, false
	}
	passage = text[tb[bestFrom]:tb[bestTo]]
	if strings.Contains(passage, "\n\n") {
		return "", nil, false
	}
	// Group the edits into words: each run of edits widened to the
	// spaces around it in the text and in the quote.
	ql := []rune(quote)
	textWord := func(i int) (int, int) {
		a, b := i, i
		for a > bestFrom && tr[a-1] != ' ' {
			a--
		}
		for b < bestTo && tr[b] != ' ' {
			b++
		}
		return a, b
	}
	quoteWord := func(i int) (int, int) {
		a, b := i, i
		for a > 0 && qr[a-1] != ' ' {
			a--
		}
		for b < m && qr[b] != ' ' {
			b++
		}
		return a, b
	}
	for i := 0; i < len(bestOps); {
		if bestOps[i].same {
			i++
			continue
		}
		j := i
		for j < len(bestOps) && !bestOps[j].same {
			j++
		}
		ta, _ := textWord(bestOps[i].t)
		_, tz := textWord(max(bestOps[j-1].t, ta))
		qa, _ := quoteWord(bestOps[i].q)
		_, qz := quoteWord(max(bestOps[j-1].q, qa))
		// Take in the edits the widened words cover.
		for j < len(bestOps) && (bestOps[j].t < tz || bestOps[j].q < qz) {
			if _, b := textWord(bestOps[j].t); b > tz {
				tz = b
			}
			if _, b := quoteWord(bestOps[j].q); b > qz {
				qz = b
			}
			j++
		}
		diffs = append(diffs, [2]string{text[tb[ta]:tb[tz]], string(ql[qa:qz])})
		i = j
	}
	return passage, diffs, true
}

// maxNearQuote is the longest quote, in characters, nearestPassage
// looks for, and maxNearCells how many cells of edit distance it
// computes at most, whatever the catalog (BenchmarkNearestAdvice: 16 ms
// for a quote of 150 characters in a text of 180 KB, best of three).
const (
	maxNearQuote = 1000
	maxNearCells = 2_000_000
)

// maxNearWindows is how many places, those with the most of the quote's
// words, nearestPassage aligns the quote with.
const maxNearWindows = 8

// maxAnchorHits is how many places of one word nearestPassage looks at.
const maxAnchorHits = 200

// An alignOp is one step of an alignment of a passage of text with a
// quote: the text's rune t (from the passage's start) and the quote's
// rune q it stands against, same when they are one character. A
// character of one with none in the other stands against the position
// where it would go.
type alignOp struct {
	t, q int
	same bool
}

// alignIn aligns q with the passage of t nearest to it (edit distance,
// the passage free to start and end anywhere in t) and returns the
// distance, the passage's rune bounds in t and the steps; tie says
// another passage of t, apart from it, is as near.
func alignIn(t, q []rune) (dist, from, to int, ops []alignOp, tie bool) {
	n, m := len(t), len(q)
	// d[i][j]: the distance of q[:j] to the best passage ending at t[i].
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		for j := 1; j <= m; j++ {
			if i == 0 {
				d[i][j] = j
				continue
			}
			c := d[i-1][j-1]
			if t[i-1] != q[j-1] {
				c++
			}
			d[i][j] = min(c, d[i-1][j]+1, d[i][j-1]+1)
		}
	}
	// The nearest end; of ends as near, one where the quote's last
	// character is the text's ("2015/163)" ends at its bracket).
	to = 0
	for i := 1; i <= n; i++ {
		if d[i][m] < d[to][m] || d[i][m] == d[to][m] && t[i-1] == q[m-1] && (to == 0 || t[to-1] != q[m-1]) {
			to = i
		}
	}
	dist = d[to][m]
	for i := 1; i <= n; i++ {
		if d[i][m] == dist && (i-to > m/2 || to-i > m/2) {
			tie = true // two passages apart as near: "5 per cent" and "6 per cent" for "7 per cent"
		}
	}
	i, j := to, m
	for j > 0 {
		switch {
		case i > 0 && d[i][j] == d[i-1][j-1] && t[i-1] == q[j-1]:
			i, j = i-1, j-1
			ops = append(ops, alignOp{i, j, true})
		case i > 0 && d[i][j] == d[i-1][j-1]+1:
			i, j = i-1, j-1
			ops = append(ops, alignOp{i, j, false})
		case i > 0 && d[i][j] == d[i-1][j]+1:
			i--
			ops = append(ops, alignOp{i, j, false}) // a character of the text the quote lacks
		default:
			j--
			ops = append(ops, alignOp{i, j, false}) // a character of the quote the text lacks
		}
	}
	slices.Reverse(ops)
	return dist, i, to, ops, tie
}

// lastWords returns the last n words of s, as written; firstWords the
// first n.
func lastWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[max(0, len(f)-n):], " ")
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
