package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A numbered list run into a sentence ranks its items: "Top three
// categories: 1. Debt collection; 2. Identity theft; 3. Imposter
// scams." Each number is the rank of the item it opens ("Debt
// collection" is 1st), not a count of anything, and it is titled by its
// own item, never by the item before it.

// numberedItemRe matches the words right after a list's number: its full
// stop or bracket and the item it opens, up to the item's end (a
// semicolon, a full stop or the next number).
var numberedItemRe = lazyRegexp(`^[.)][ \t]+([A-Z][^;.\n]{0,60}?)\s*(?:[;.]|$|\s\d{1,2}[.)]\s)`)

// numberedLeadRe matches the lead of a numbered list in its line: the
// words before a colon and the first number ("Top three categories: 1.
// Debt collection").
var numberedLeadRe = lazyRegexp(`([A-Za-z][A-Za-z ,'-]{0,60}):\s*1[.)][ \t]`)

// numberedRanks makes each figure of out that numbers an item of a
// numbered list run into its sentence a rank, titled by its item and
// what the list ranks.
func (d *docDraft) numberedRanks(out []claim) []claim {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || cl.ind.Measure == indicators.RankKind {
			continue
		}
		m, ok := d.mentionStated(cl)
		if !ok || m.Kind != Number || !m.Unit.IsZero() {
			continue
		}
		n, err := strconv.Atoi(strings.TrimSpace(m.Text))
		if err != nil || n < 1 || n > 20 {
			continue
		}
		item, ok := numberedItem(text, m, n)
		if !ok {
			continue
		}
		ind := &cl.ind
		ind.Measure = indicators.RankKind
		cl.fieldNotes["measure"] = fmt.Sprintf("%d. %s: the number of an item of a numbered list, its rank", n, item)
		declare(cl.fieldNotes, "measure", "measure/numberedRanks")
		ind.Title = item + ", rank"
		if lead := numberedListLead(text, m); lead != "" {
			ind.Title += " among " + lead
		}
		cl.fieldNotes["title"] = "the item the number opens, and what the list ranks"
		declare(cl.fieldNotes, "title", "title/numberedRanks")
		ind.ID = d.unique(idOf(*ind))
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "title: ") })
		if lo, hi, ok := numberedRun(text, m); ok {
			// The quote is the list, which the full stops after its
			// numbers cut into sentences: the item is in the quote.
			ind.Provenance[0].Span = indicators.Span{Start: lo, End: hi}
			ind.Provenance[0].Quote = text[lo:hi]
		}
	}
	return out
}

// numberedItem returns the item the number n at m opens, when m is one
// of a run of numbers in its sentence ("1. Debt collection; 2. Identity
// theft"): the number before it or after it stands in its line too (the
// sentences of such a line end at each number's full stop).
func numberedItem(text string, m Mention, n int) (string, bool) {
	ls, le := lineStart(text, m.Span.Start), lineEnd(text, m.Span.End)
	g := numberedItemRe.FindStringSubmatch(text[m.Span.End:le])
	if g == nil {
		return "", false
	}
	line := text[ls:le]
	next := regexpNumberAt(line, n+1)
	prev := n > 1 && regexpNumberAt(line, n-1)
	if !next && !prev {
		return "", false
	}
	return strings.TrimSpace(g[1]), true
}

// regexpNumberAt reports whether s holds the list number n ("2." or
// "2)") as a word of its own before an item's capital.
func regexpNumberAt(s string, n int) bool {
	k := strconv.Itoa(n)
	for from := 0; ; {
		i := strings.Index(s[from:], k)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(k)
		if i > 0 && s[i-1] != ' ' && s[i-1] != '\t' && s[i-1] != ':' && s[i-1] != ';' {
			continue
		}
		if numberedItemRe.MatchString(s[from:]) {
			return true
		}
	}
}

// numberedListLead returns what a numbered list ranks, from the lead
// before its first number ("Top three categories:" → "categories"),
// lower case, or "".
func numberedListLead(text string, m Mention) string {
	before := text[lineStart(text, m.Span.Start):min(len(text), m.Span.End+2)]
	ms := numberedLeadRe.FindAllStringSubmatch(before, -1)
	if len(ms) == 0 {
		return ""
	}
	g := ms[len(ms)-1]
	if g == nil {
		return ""
	}
	f := strings.Fields(strings.ToLower(g[1]))
	for len(f) > 1 {
		if _, isNum := smallNumber(f[0]); f[0] == "top" || f[0] == "the" || isNum {
			f = f[1:]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// numberedItemsRe matches each numbered item of a line: its number and
// the item up to its semicolon or full stop.
var numberedItemsRe = lazyRegexp(`(?:^|[\s:;])(\d{1,2})[.)][ \t]+[A-Z][^;.\n]{0,60}?[;.]`)

// numberedRun returns the byte span of the numbered list m's number is
// of, from its lead ("Top three categories:") or its first number to
// the end of its last item; false when m is in no run of numbers 1, 2,
// … of its line.
func numberedRun(text string, m Mention) (int, int, bool) {
	ls, le := lineStart(text, m.Span.Start), lineEnd(text, m.Span.End)
	line := text[ls:le]
	type item struct{ n, at, end int }
	var run []item // the run of numbers 1, 2, … being read
	for _, g := range numberedItemsRe.FindAllStringSubmatchIndex(line, -1) {
		k, _ := strconv.Atoi(line[g[2]:g[3]])
		switch {
		case k == 1:
			if slices.ContainsFunc(run, func(it item) bool { return ls+it.at == m.Span.Start }) {
				break // m's run ended; a new one starts
			}
			run = []item{{k, g[2], g[1]}}
			continue
		case len(run) > 0 && k == run[len(run)-1].n+1:
			run = append(run, item{k, g[2], g[1]})
			continue
		}
		if slices.ContainsFunc(run, func(it item) bool { return ls+it.at == m.Span.Start }) {
			break
		}
		run = nil
	}
	if len(run) < 2 || !slices.ContainsFunc(run, func(it item) bool { return ls+it.at == m.Span.Start }) {
		return 0, 0, false
	}
	lo, hi := run[0].at, run[len(run)-1].end
	if g := numberedLeadRe.FindAllStringIndex(line[:min(len(line), lo+3)], -1); len(g) > 0 {
		lo = g[len(g)-1][0]
	}
	return ls + lo, ls + hi, true
}
