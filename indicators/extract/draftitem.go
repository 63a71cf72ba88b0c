package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of the figures of lists and labels, as fact sheets of programmes
// and trade pages write them: an amount in parentheses after an activity
// ("Supporting safer medical injection practices ($3 million)"), a count
// after a gerund ("Reaching over seven million Kenyans with …"), a figure
// after a label ("U.S. exports: Increased by $375 million … to $37.6
// billion").

// runInLabel returns the label that opens the line of a figure and ends
// with a colon before it ("U.S. trade surplus:"), without its bullet: one
// to six words, no figure. It returns "" otherwise.
func (d *docDraft) runInLabel(m Mention) string {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	line := text[ls:m.Span.Start]
	i := strings.IndexByte(line, ':')
	if i < 0 {
		return ""
	}
	label := strings.TrimSpace(strings.TrimLeft(line[:i], " \t\u00a0•◦▪·-*–"))
	if f := strings.Fields(label); len(f) == 0 || len(f) > 6 || hasDigit(label) || hasVerb(f) || timePhrase(f) {
		return "" // "The latest quarter: 46,560 applications": a time labels the figure, not what it counts
	}
	return label
}

// changeTitle names the change of what a label or subject names, by its
// direction: "Increase in U.S. exports".
func changeTitle(dir indicators.Direction, what string) string {
	lead := "Change in"
	switch dir {
	case indicators.Up:
		lead = "Increase in"
	case indicators.Down:
		lead = "Decrease in"
	}
	return lead + " " + lowerFirst(what)
}

// lowerFirst lower-cases the first letter of s where only a sentence's
// start capitalized it: not "U.S.", not a name.
func lowerFirst(s string) string {
	f := strings.Fields(s)
	if ps := placesIn(s, 0); len(f) == 0 || len(ps) > 0 && ps[0].start == 0 {
		return s
	}
	if len(f) > 1 && participle(f[0]) == "" {
		if r, _ := utf8.DecodeRuneInString(f[1]); unicode.IsUpper(r) {
			return s // a name: "Global Fund"
		}
	}
	r, n := utf8.DecodeRuneInString(s)
	if rest := f[0][n:]; unicode.IsUpper(r) && strings.ToLower(rest) == rest {
		return string(unicode.ToLower(r)) + s[n:]
	}
	return s
}

// itemFunding titles an amount in parentheses at the end of a list item
// or clause: the funding of the activity the item names. "Supporting
// safer medical injection practices ($3 million)" → "Funding for
// supporting safer medical injection practices".
func (d *docDraft) itemFunding(m Mention) string {
	text := d.src.Text
	if m.Kind != Currency || m.Span.Start < 1 || m.Span.End >= len(text) || text[m.Span.Start-1] != '(' || text[m.Span.End] != ')' {
		return ""
	}
	open := m.Span.Start - 1
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.End <= open && strings.TrimSpace(text[o.Span.End:open]) == "" {
			return "" // a figure restated in another unit: "1 percent (about $375 million)"
		}
	}
	from := m.Sentence.Start
	if ls := strings.LastIndexByte(text[:open], '\n') + 1; ls > from {
		from = ls
	}
	from = itemStart(text, from)
	act := d.activity(m, from, open)
	if act == "" {
		return ""
	}
	if what := d.fundedForCounted(m, from, open, act); what != "" {
		return shorten("Funding for "+what, 60)
	}
	return shorten("Funding for "+lowerFirst(act), 60)
}

// helpVerbs take the people they help and a bare verb: "Helping over
// 96,000 HIV-positive mothers protect their newborn infants".
var helpVerbs = map[string]bool{"helping": true, "enabling": true, "assisting": true}

// fundedForCounted names what an item's amount funds when the item also
// counts the people it serves, who have their own figure: what they are
// helped to do ("Helping over 96,000 HIV-positive mothers protect their
// newborn infants from HIV ($29 million)" → "protecting newborn infants
// from HIV"), or, when the activity is too long for a title, what they are
// reached with ("Reaching over seven million Kenyans with abstinence and
// faithfulness messages ($40 million)" → "abstinence and faithfulness
// messages"). It returns "" otherwise.
func (d *docDraft) fundedForCounted(m Mention, from, to int, act string) string {
	text := d.src.Text
	var counted *Mention
	run := d.mentionsWithin(from, to)
	for i, o := range run {
		if o.Span != m.Span && o.Kind == Count && o.Span.Start >= from && o.Span.End <= to {
			counted = &run[i]
			break
		}
	}
	if counted == nil {
		return ""
	}
	before := words(joinBroken(text[from:counted.Span.Start]))
	after := words(joinBroken(text[counted.Span.End:to]))
	if len(before) == 1 && helpVerbs[strings.ToLower(strings.TrimLeft(before[0], " \t•◦▪·-*–"))] && len(after) > 1 {
		// The noun's last words may trail the figure ("HIV-positive
		// mothers" when the figure stops at the number).
		for k := 0; k < 3 && len(after) > 1 && (!isLowerWord(after[0]) || plural(after[0])); k++ {
			after = after[1:]
		}
		if v := strings.ToLower(after[0]); isLowerWord(v) && !linkWords[v] && !titleStop[v] && !strings.HasSuffix(v, "ing") {
			rest := after[1:]
			if len(rest) > 0 && possessives[strings.ToLower(rest[0])] {
				rest = rest[1:]
			}
			if obj := phrase(rest, 8); obj != "" {
				return gerund(v) + " " + obj
			}
		}
	}
	if utf8.RuneCountInString("Funding for "+act) > 60 {
		for i, w := range after {
			if strings.EqualFold(w, "with") && i+1 < len(after) {
				if means := phrase(after[i+1:], 8); means != "" {
					return means
				}
			}
		}
	}
	return ""
}

// possessives stand before a noun as a determiner does.
var possessives = stopSet(classPossessives, "your")

// gerund returns the -ing form of a bare verb: "protect" → "protecting",
// "provide" → "providing".
func gerund(v string) string {
	if strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee") && len(v) > 2 {
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}

// itemStart returns where the list item whose line starts at ls begins:
// at an earlier line when a blank line (a page break of the PDF the text
// came from) split the item, the line at ls starting in lower case and
// the line before the blank ending on no stop or comma ("Counseling and
// testing more than five million Kenyans, including over one\n\nmillion
// pregnant women ($30 million),").
func itemStart(text string, ls int) int {
	for {
		if r, _ := utf8.DecodeRuneInString(text[ls:]); !unicode.IsLower(r) {
			return ls
		}
		e := ls
		for e > 0 && (text[e-1] == '\n' || text[e-1] == ' ' || text[e-1] == '\t' || text[e-1] == '\r') {
			e--
		}
		if e == 0 || strings.Count(text[e:ls], "\n") < 2 || strings.ContainsAny(text[e-1:e], ".!?:;,)") {
			return ls
		}
		prev := strings.LastIndexByte(text[:e], '\n') + 1
		if isHeadingLine(text[prev:e]) {
			return ls
		}
		ls = prev
	}
}

// isHeadingLine reports whether a line is a short one of capitals, as a
// heading is ("PREVENTION", "CARE AND SUPPORT").
func isHeadingLine(line string) bool {
	t := strings.TrimSpace(line)
	return t != "" && strings.ToUpper(t) == t && len(strings.Fields(t)) <= 8
}

// activity returns the words of text[from:to] that name an activity, the
// numbers of other figures and their hedges left out, up to a means ("by
// collecting …"), a comma or the verb after a plural noun ("mothers
// protect").
func (d *docDraft) activity(m Mention, from, to int) string {
	text := d.src.Text
	var b strings.Builder
	at := from
	for _, o := range d.mentionsWithin(from, to) {
		if o.Span == m.Span || o.Span.Start < from || o.Span.End > to {
			continue
		}
		b.WriteString(text[at:o.Span.Start])
		b.WriteString(" ")
		at = max(o.Numbers[0].End, o.Numbers[1].End)
	}
	b.WriteString(text[at:to])
	ws := words(strings.TrimLeft(b.String(), " \t\u00a0•◦▪·-*–"))
	var keep []string
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if lw == "" || hedgeWords[lw] || len(keep) == 0 && scaleWords[lw] {
			continue
		}
		if len(keep) > 0 && (lw == "by" || lw == "including" || lw == "through" || lw == "which" || lw == "that") {
			break
		}
		keep = append(keep, strings.Trim(w, ",;:()"))
		if strings.HasSuffix(w, ",") {
			break
		}
		if i+1 < len(ws) && plural(lw) && isLowerWord(ws[i+1]) && !linkWords[strings.ToLower(ws[i+1])] {
			break // "mothers protect their newborn infants"
		}
	}
	return phrase(keep, 12)
}

// hedgeWords and scaleWords are left out of an activity's words.
var (
	hedgeWords = map[string]bool{"over": true, "more": true, "than": true, "nearly": true, "about": true, "almost": true, "approximately": true, "some": true, "at": true, "least": true}
	scaleWords = map[string]bool{"thousand": true, "million": true, "billion": true, "trillion": true}
	// linkWords may follow a plural noun inside a noun phrase.
	linkWords = lessWords(stopSet(classConjunctions|classRelativePronouns|classPrepositions,
		"across", "per", "under", "among", "through"),
		"by") // as the list was written: no reason known
)

// participle returns the past participle of a gerund ("reaching" →
// "reached", "caring" → "cared", "building" → "built"), or "".
func participle(g string) string {
	lg := strings.ToLower(g)
	if p, ok := irregularParticiples[lg]; ok {
		return p
	}
	if !strings.HasSuffix(lg, "ing") || len(lg) < 6 {
		return ""
	}
	return strings.TrimSuffix(lg, "ing") + "ed"
}

// irregularParticiples are the gerunds whose participle is not -ed.
var irregularParticiples = map[string]string{"making": "made", "building": "built", "feeding": "fed", "bringing": "brought",
	"selling": "sold", "buying": "bought", "teaching": "taught", "holding": "held", "keeping": "kept", "giving": "given",
	"taking": "taken", "sending": "sent", "spending": "spent", "getting": "got", "putting": "put", "setting": "set",
	"cutting": "cut", "paying": "paid", "leading": "led", "meeting": "met", "finding": "found", "winning": "won",
	"writing": "written", "during": "", "including": "", "according": "", "regarding": "", "following": ""}

// gerundCount titles a count that a gerund at the start of its clause
// governs: "Caring for over 440,000 orphans and vulnerable children" →
// "Orphans and vulnerable children cared for"; "Counseling and testing
// more than five million Kenyans" → "Kenyans counseled and tested";
// "Reaching over seven million Kenyans with abstinence and faithfulness
// messages" → "Kenyans reached with abstinence and faithfulness
// messages". noun is the counted noun phrase as written.
func gerundCount(before, after []string, noun string) string {
	// After a means: "by collecting 180,000 uninfected units of blood",
	// "in bringing 4 million textbooks to African children".
	for k := len(before) - 1; k >= 0; k-- {
		if strings.EqualFold(before[k], "by") || strings.EqualFold(before[k], "in") && k+1 < len(before) && participle(before[k+1]) != "" {
			before = before[k+1:]
			break
		}
	}
	// The gerunds, joined by "and", with a particle ("caring for").
	var verbs []string
	i := 0
	for i < len(before) {
		w := strings.Trim(before[i], ",;:")
		if p := participle(w); p != "" {
			verbs = append(verbs, p)
			i++
			if i < len(before) && (strings.EqualFold(before[i], "for") || strings.EqualFold(before[i], "to")) && i == len(before)-1 {
				verbs[len(verbs)-1] += " " + strings.ToLower(before[i])
				i++
			}
			continue
		}
		if strings.EqualFold(w, "and") && len(verbs) > 0 {
			i++
			continue
		}
		break
	}
	// The gerunds must be all the words before the figure.
	if len(verbs) == 0 || i != len(before) {
		return ""
	}
	// What goes with the noun: "and vulnerable children", "of blood".
	var more, rest []string
	for k, w := range after {
		lw := strings.ToLower(strings.Trim(w, ",;:()"))
		if participle(lw) != "" {
			rest = nil // "lives and reducing the combined death rate": another clause
			break
		}
		if k == 0 && (lw == "and" || lw == "or" || lw == "of") || len(more) > 0 && len(rest) == 0 && !nounBreaks[lw] && !strings.HasSuffix(more[len(more)-1], ",") && isLowerWordOrName(w) && !subjectEnds[lw] {
			more = append(more, w)
			continue
		}
		rest = after[k:]
		break
	}
	t := strings.TrimRight(strings.Join(append([]string{noun}, more...), " "), ",;:")
	t += " " + strings.Join(verbs, " and ")
	if len(more) > 0 && (strings.EqualFold(more[len(more)-1], "and") || strings.EqualFold(more[len(more)-1], "or")) {
		more = more[:len(more)-1]
	}
	if len(rest) > 0 {
		if lw := strings.ToLower(rest[0]); nounBreaks[lw] || isLowerWord(lw) && !subjectEnds[lw] && lw != "and" && lw != "or" {
			if np := restPhrase(rest, 8); np != "" {
				t = shorten(t+" "+np, 60)
			}
		}
	}
	return title(t)
}

// restPhrase returns the words that go on after a title's noun and verb,
// its preposition kept ("with abstinence and faithfulness messages"), up
// to a comma, a parenthesis or a figure, at most n words, without stop
// words at its end.
func restPhrase(ws []string, n int) string {
	var keep []string
	for _, w := range ws {
		if hasDigit(w) || strings.HasPrefix(w, "(") || len(keep) == n {
			break
		}
		keep = append(keep, strings.TrimRight(w, ",;:."))
		if strings.ContainsAny(w, ",;:.") {
			break
		}
	}
	for len(keep) > 0 && (titleStop[strings.ToLower(keep[len(keep)-1])] || subjectEnds[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	return strings.Join(keep, " ")
}

// isLowerWordOrName reports whether w is a lower-case word or a
// capitalized one inside a noun phrase ("HIV-positive").
func isLowerWordOrName(w string) bool {
	w = strings.Trim(w, ",;:()")
	return w != "" && !hasDigit(w) && (isLowerWord(w) || unicode.IsUpper([]rune(w)[0]))
}

// labelGoverns reports whether the label before a colon is what the
// figure after it measures: the words between open with a verb or a
// preposition ("U.S. exports: Increased by $375 million … to $37.6
// billion") or there are none ("Exports: $60 billion"), and no other
// subject stands between.
func (d *docDraft) labelGoverns(m Mention, label string) bool {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	i := strings.IndexByte(text[ls:m.Span.Start], ':')
	between := words(text[ls+i+1 : m.Span.Start])
	if len(between) == 0 {
		return true
	}
	first := strings.ToLower(strings.Trim(between[0], ",.;:()"))
	_, change := changeNouns[first]
	return change || nounBreaks[first] || subjectEnds[first] || strings.HasSuffix(first, "ed") && !edAdjectives[first] ||
		first == "up" || first == "down"
}
