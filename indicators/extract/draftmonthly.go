package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Monthly and quarterly statistical releases name a figure's month
// without its year, speak of one country's overall trade without naming
// it again, and put the month where a title's words would be:
//
//	October 5, 2017 … The deficit decreased from $43.6 billion in July
//	(revised) to $42.4 billion in August → 2017-07, 2017-08
//	The U.S. monthly international trade deficit decreased … The goods
//	deficit decreased $0.9 billion → the U.S.'s, with the world (WLD)
//	The previously published July deficit was $43.7 billion → U.S.
//	international trade deficit as first published

// releaseSubject is what a national statistical release is about, read
// from its first sentence: "The U.S. monthly international trade deficit
// decreased in August 2017".
type releaseSubject struct {
	home   string // the country's code
	phrase string // "U.S. international trade deficit"
	noun   string // its head: "deficit"
	at     int    // where the sentence ends
}

// releaseSubjectRe reads the subject of a release's first sentence: a
// place, an optional frequency, and a trade aggregate.
var releaseSubjectRe = lazyRegexp(`^(?:The )?((?:[A-Z][\w.]*\.?)(?: [A-Z][\w.]*)?)(?:'s|’s)? (?:(?:monthly|quarterly|annual) )?((?:international )?(?:goods and services )?trade (deficit|surplus|balance|gap))\b`)

// releaseSubjectOf returns the subject of the first sentence of a
// release's body (the first sentence after the dateline), if it is one
// country's trade aggregate.
func releaseSubjectOf(text string) (releaseSubject, bool) {
	start := 0
	if lines := strings.SplitN(text, "\n", 16); len(lines) > 0 && !datelineOf(lines[0]).IsZero() {
		start = len(lines[0])
	}
	for start < len(text) && (text[start] == '\n' || text[start] == '\r' || text[start] == ' ') {
		start++
	}
	g := releaseSubjectRe.FindStringSubmatchIndex(text[start:])
	if g == nil {
		return releaseSubject{}, false
	}
	end := strings.Index(text[start+g[1]:], ". ")
	if end < 0 {
		return releaseSubject{}, false
	}
	end += start + g[1] + 1
	ps := placesIn(text[start+g[2]:start+g[3]], start+g[2])
	if len(ps) != 1 || ps[0].code == indicators.World {
		return releaseSubject{}, false
	}
	return releaseSubject{
		home:   ps[0].code,
		phrase: text[start+g[2]:start+g[3]] + " " + text[start+g[4]:start+g[5]],
		noun:   text[start+g[6] : start+g[7]],
		at:     end,
	}, true
}

// releaseWords are the words of a release's trade figures: a figure with
// no place of its own whose sentence has one is the home country's, with
// the world.
var releaseWords = []string{"deficit", "surplus", "balance", "exports", "imports", "trade gap"}

// releaseEntities returns the release's home country and WLD, and why,
// for a figure after the release's first sentence whose clause names no
// place of its own and speaks of its trade.
func (d *docDraft) releaseEntities(m Mention) ([]string, string, string, bool) {
	r := d.release
	if r.home == "" || m.Span.Start < r.at {
		return nil, "", "", false
	}
	lower := strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Sentence.End]))
	w := firstPhrase(lower, releaseWords)
	if w == "" {
		return nil, "", "", false
	}
	return []string{r.home}, indicators.World, fmt.Sprintf("%q: a figure of %q, the release's subject, with the whole world", w, r.phrase), true
}

// monthAt returns the month a word names, or 0: a month written out,
// capitalized, and "May" only after "in" (else the modal).
func monthAt(text string, at int, w string) time.Month {
	w = strings.TrimRight(w, ",.;:)")
	if len(w) < 3 || w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	n := monthNumber(w)
	if n == 0 {
		return 0
	}
	if n == 5 && !strings.HasSuffix(text[:at], "in ") {
		return 0
	}
	return time.Month(n)
}

// wordAt is a word of a text with its byte offset.
type wordAt struct {
	w  string
	at int
}

// wordsOf returns the words of text[from:to] with their offsets.
func wordsOf(text string, from, to int) []wordAt {
	var out []wordAt
	i := from
	for i < to {
		for i < to && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r') {
			i++
		}
		j := i
		for j < to && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' && text[j] != '\r' {
			j++
		}
		if j > i {
			out = append(out, wordAt{text[i:j], i})
		}
		i = j
	}
	return out
}

// yearAfter returns what follows a month word: its year ("August 2017"),
// 0 for none, or -1 for a day ("July 4": a date, which yearsIn reads).
func yearAfter(ws []wordAt, k int) int {
	if k+1 >= len(ws) || strings.ContainsAny(ws[k].w, ",.;:)") {
		return 0
	}
	w := strings.TrimRight(ws[k+1].w, ",.;:)")
	n, err := strconv.Atoi(w)
	switch {
	case err != nil:
		return 0
	case len(w) == 4 && n >= 1900 && n < 2100:
		return n
	}
	return -1
}

// figureMonth returns the month a figure is of, the month word's offset
// and the year written with it, if any: "in July" right after the figure,
// before any other figure (and, for a figure in brackets, in its own
// clause: "(12%); in March" is the next clause's), or
// the last month before it with no other figure between ("The previously
// published July deficit was $43.7 billion", "decreased $0.9 billion in
// August to $64.4 billion").
func (d *docDraft) figureMonth(m Mention) (time.Month, int, int, bool) {
	text := d.src.Text
	from := m.Span.End
	if rest := text[from:m.Sentence.End]; strings.HasPrefix(rest, ", or ") {
		// "$0.8 billion, or 0.4 percent, in August": past the restatement.
		if j := strings.IndexByte(rest[5:], ','); j >= 0 {
			from += 5 + j + 1
		}
	}
	after := wordsOf(text, from, m.Sentence.End)
	bracketed := strings.HasPrefix(m.Text, "(") || strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " "), "(")
	for k, w := range after {
		if k > 4 || strings.ContainsAny(w.w, "$0123456789") {
			break
		}
		if bracketed && k > 0 && (strings.ContainsAny(after[k-1].w, ",;") || slices.Contains([]string{"and", "but", "while", "whereas"}, after[k-1].w)) {
			break // "(12%); in March …", "(40%) and, in March …": the next clause's month, not the bracketed figure's
		}
		if k > 1 && after[k-1].w == "in" && after[k-2].w == "than" {
			break // "0.2% lower than in September 2018": the time compared with, never the figure's
		}
		if k > 0 && after[k-1].w == "in" {
			if mo := monthAt(text, w.at, w.w); mo != 0 && yearAfter(after, k) >= 0 && !(k+2 < len(after) && priceBaseWord(after[k+2].w)) {
				return mo, w.at, yearAfter(after, k), true
			}
		}
	}
	before := wordsOf(text, m.Sentence.Start, m.Span.Start)
	for k := len(before) - 1; k >= 0; k-- {
		w := before[k]
		if strings.ContainsAny(w.w, "$0123456789") {
			break
		}
		if mo := monthAt(text, w.at, w.w); mo != 0 && yearAfter(before, k) == 0 && (k > 0 || mo != time.May) {
			return mo, w.at, 0, true
		}
	}
	return 0, 0, 0, false
}

// monthPeriod returns the month a figure of a release is of, with its
// year: the dateline's, or that of the last "Month YYYY" before the
// figure; a month later in the year than that one is of the year before.
func (d *docDraft) monthPeriod(m Mention) (indicators.Period, string, bool) {
	mo, at, year, ok := d.figureMonth(m)
	if ok && year > 0 {
		return indicators.Period{From: indicators.Date{Year: year, Month: mo}}, fmt.Sprintf("%q after the figure", snippet(d.src.Text, at, at+len(mo.String())+5)), true
	}
	if !ok {
		// "Exports of goods and services increased … in August to $195.3
		// billion. Exports of goods increased $0.6 billion": a sentence
		// with no month nor year of its own goes on about the month of the
		// one before.
		if memo(&d.memo.dated, d.src.Text[m.Sentence.Start:m.Sentence.End], sentenceDated) {
			return indicators.Period{}, "", false
		}
		prev, ok := d.figureBefore(m)
		if !ok {
			return indicators.Period{}, "", false
		}
		if _, _, _, ok := d.figureMonth(prev); !ok {
			return indicators.Period{}, "", false
		}
		p, why, ok := d.monthPeriod(prev)
		return p, why + ", as the sentence before, which this one goes on", ok
	}
	ref, evidence := d.dateline, "the dateline"
	if ref.IsZero() {
		if t, title := d.titledMonth(); !t.IsZero() {
			ref, evidence = t, "the release's reference month "+strconv.Quote(title)
		}
	}
	if ref.IsZero() {
		ref, evidence = d.monthYearBefore(at)
	}
	if ref.IsZero() {
		return indicators.Period{}, "", false
	}
	y := ref.Year
	if mo > ref.Month {
		y--
	}
	p := indicators.Period{From: indicators.Date{Year: y, Month: mo}}
	why := fmt.Sprintf("%q, of %d by %s (%s)", snippet(d.src.Text, at, at+len(mo.String())), y, evidence, ref.Long())
	return p, why, true
}

// sentenceDated reports whether a sentence names a month with its year,
// or a year.
func sentenceDated(sent string) bool {
	return monthYearRe.MatchString(sent) || len(yearsIn(sent, 0)) > 0
}

// monthYearRe is a month with its year: "August 2017", from the one list
// of month names (vocab.Months), capitalised as a date writes them.
var monthYearRe = func() *regexp.Regexp {
	var names []string
	for _, m := range vocab.Months {
		names = append(names, strings.ToUpper(m[:1])+m[1:])
	}
	return regexp.MustCompile(`\b(` + strings.Join(names, "|") + `) ((?:19|20)\d\d)\b`)
}()

// monthYearBefore returns the last month written with its year before at,
// but for one a change is compared with ("above the August 2018 rate"):
// a base, which never dates the months of later sentences (drafts66).
func (d *docDraft) monthYearBefore(at int) (indicators.Date, string) {
	var ref indicators.Date
	var ev string
	for _, g := range monthYearRe.FindAllStringSubmatchIndex(d.src.Text[:at], -1) {
		if comparedMonthYear(d.src.Text, g[0]) {
			continue
		}
		y, _ := strconv.Atoi(d.src.Text[g[4]:g[5]])
		ref = indicators.Date{Year: y, Month: time.Month(monthNumber(d.src.Text[g[2]:g[3]]))}
		ev = strconv.Quote(d.src.Text[g[0]:g[1]]) + " earlier in the text"
	}
	return ref, ev
}

// revisedRe marks a figure as revised: "$43.6 billion in July (revised)".
var revisedRe = lazyRegexp(`^\s+(?:in [A-Z][a-z]+ )?\(revised\)`)

// releaseVerbs end a release sentence's subject.
var releaseVerbs = map[string]bool{"increased": true, "decreased": true, "rose": true, "fell": true, "grew": true, "declined": true,
	"was": true, "were": true, "widened": true, "narrowed": true, "totaled": true, "reached": true}

// publishedWords mark a figure as first published, before a revision.
var publishedWords = []string{"previously published", "originally published", "first published", "previously reported"}

// monthlyTitle returns the title of a release's figure whose drafted title
// holds a month or a bare adverb instead of what is measured: the
// sentence's subject, a bare noun of the release's subject named in full,
// with "(revised)" and "as first published" where the sentence says so.
// "Deficit of August" → "U.S. international trade deficit"; "August" for
// "Exports of goods and services increased …, in August to $195.3
// billion" → "Exports of goods and services".
func (d *docDraft) monthlyTitle(m Mention, title string) (string, bool) {
	if _, _, _, ok := d.figureMonth(m); !ok {
		return "", false
	}
	text := d.src.Text
	var subj []string
	for _, w := range wordsOf(text, m.Sentence.Start, m.Span.Start) {
		if releaseVerbs[w.w] {
			break
		}
		subj = append(subj, w.w)
	}
	lower := strings.ToLower(strings.Join(subj, " "))
	published := firstPhrase(lower, publishedWords)
	monthly := false
	for _, w := range strings.Fields(title) {
		if monthNumber(w) != 0 {
			monthly = true
		}
	}
	if !monthly && published == "" || len(subj) == 0 || len(subj) == len(wordsOf(text, m.Sentence.Start, m.Span.Start)) {
		return "", false
	}
	var kept []string
	for i, w := range subj {
		if i == 0 && strings.EqualFold(w, "the") || monthNumber(w) != 0 {
			continue
		}
		kept = append(kept, w)
	}
	t := strings.Join(kept, " ")
	if published != "" {
		t = strings.TrimSpace(strings.Replace(strings.ToLower(t), published, "", 1))
	}
	if r := d.release; r.home != "" && strings.EqualFold(t, r.noun) {
		t = r.phrase
	}
	if t == "" || strings.ContainsAny(t, "$0123456789,") {
		return "", false
	}
	if revisedRe.MatchString(text[m.Span.End:m.Sentence.End]) {
		t += " (revised)"
	}
	if published != "" {
		t += " as first published"
	}
	return capitalize(t), true
}

// priceBaseWord reports whether w, after a "Month YYYY", makes it the base
// of a price: "in March 2020 prices", "in April 2019 terms" (review19 #2).
func priceBaseWord(w string) bool {
	w = strings.ToLower(strings.TrimRight(w, ",.;:"))
	return w == "prices" || w == "terms"
}
