package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// This file drafts the figures of a service's performance against its
// benchmark: shares written as ratios ("about 8 out of 10 patients
// received …"), shares "of the time", shares after a colon or "with",
// and the change a dash sets after a share ("84% … —a 6% increase").

// maxBenchTitle is the longest title the rules of this file write, in
// bytes: longer ones lose their last words.
const maxBenchTitle = 64

// benchStops cannot end a title: articles, prepositions, conjunctions,
// "its" and "their" ("had their procedures done"), and "established".
var benchStops = lessWords(stopSet(classArticles|classPrepositions|classConjunctions|classPossessives, "within", "established"),
	"our", "his", "her") // as the list was written: no reason known

// benchIrregular are past participles without -ed.
var benchIrregular = map[string]bool{"done": true, "seen": true, "made": true, "held": true, "paid": true, "met": true, "given": true, "taken": true,
	"kept": true, "sent": true, "spent": true, "built": true, "written": true, "undertaken": true, "begun": true, "heard": true, "found": true,
	"known": true, "born": true, "sold": true, "bought": true, "lost": true, "won": true, "left": true, "shown": true, "drawn": true, "grown": true, "chosen": true, "driven": true}

// benchPersons are head nouns of people whose procedures a share counts:
// "hip replacement surgery patients had their procedures done".
var benchPersons = map[string]bool{"patients": true, "people": true, "clients": true, "users": true, "residents": true, "children": true, "adults": true}

// benchMeasureNouns end a subject that names what is measured of the
// thing before them: "Radiation therapy wait times".
var benchMeasureNouns = map[string]bool{"wait": true, "waiting": true, "times": true, "time": true, "lists": true, "list": true, "queues": true,
	"queue": true, "rates": true, "rate": true, "levels": true}

// benchSubjectVerb matches the verb that ends a sentence's subject.
var benchSubjectVerb = lazyRegexp(`(?i)\b(?:was|were|is|are|has|have|had|remained|remain|remains|showed|shows|exhibited|exhibit|exhibits|saw|recorded|reported)\b`)

// benchDashBreak matches a dash or comma after a share and before the
// figure of a change: "within benchmark—a 6% increase".
var benchDashBreak = lazyRegexp(`\s*(?:[—–]|\s-\s|,)\s*`)

// isPastParticiple reports whether w is a past participle.
func isPastParticiple(w string) bool {
	return benchIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && w != "need" && w != "indeed"
}

// presentParticiple returns the -ing form of a past tense: "received" →
// "receiving", "reported" → "reporting", "applied" → "applying"; "" when w
// is none.
func presentParticiple(w string) string {
	switch {
	case w == "had":
		return "having"
	case w == "got":
		return "getting"
	case w == "saw":
		return "seeing"
	case strings.HasSuffix(w, "eed") && len(w) > 4:
		return w[:len(w)-1] + "ing"
	case strings.HasSuffix(w, "ied") && len(w) > 4:
		return w[:len(w)-3] + "ying"
	case strings.HasSuffix(w, "ed") && len(w) > 4:
		return w[:len(w)-2] + "ing"
	}
	return ""
}

// benchClip cuts a title to maxBenchTitle bytes between words: before
// the last phrase that would be cut ("… procedures within established
// benchmarks" loses "within established benchmarks"), and without the
// words that cannot end it.
func benchClip(t string) string {
	f := strings.Fields(t)
	cut := false
	for len(f) > 2 && len(strings.Join(f, " ")) > maxBenchTitle {
		f, cut = f[:len(f)-1], true
	}
	if cut {
		for i := len(f) - 1; i >= 3; i-- {
			if benchPrepositions[strings.ToLower(f[i])] {
				f = f[:i]
				break
			}
		}
	}
	for len(f) > 2 && benchStops[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// benchPrepositions open the phrases a clipped title loses whole.
var benchPrepositions = stopSet(classPrepositions, "within")

// benchWords returns the words of s, lower case, without the final
// punctuation of each.
func benchWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, ".,;:—–“”\"'()"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// benchmarkClaim applies the rules of this file to cl.
func (d *docDraft) benchmarkClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	if ind.Measure == indicators.Share && m.Kind == Number && ratioText.MatchString(strings.ToLower(m.Text)) {
		if t := ratioShareTitle(text[m.Span.End:ce]); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "a share written as a ratio: what its noun did"
			declare(cl.fieldNotes, "title", "title/benchmarkClaim#1")
		}
		return
	}
	if ind.Measure == indicators.RankKind {
		if t := peerRankTitle(text[m.Sentence.Start:m.Sentence.End], m.Text, text[m.Span.End:ce]); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "a rank among peers: what is ranked, and among whom"
			declare(cl.fieldNotes, "title", "title/benchmarkClaim#2")
		}
		return
	}
	if m.Unit.String() != "percent" {
		return
	}
	if ind.Measure == indicators.Change && m.Quantity.Direction == indicators.NoDirection {
		if o, ok := d.dashChangeAfter(m, ce); ok {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Share, fmt.Sprintf("a percentage; the change word after it is %s's", flatText(o.Text))
			declare(cl.fieldNotes, "measure", "measure/benchmarkClaim")
		}
	}
	if ind.Measure == indicators.Change {
		if o, ok := d.dashShareBefore(m); ok {
			ocs, _ := clauseOf(text, o)
			if t := d.titleFor(o, ocs, indicators.Share); strings.HasPrefix(t, "Share of ") {
				ind.Title, cl.fieldNotes["title"] = "Change in "+lowerFirst(t), fmt.Sprintf("a change set after %s: a change of that share", flatText(o.Text))
				declare(cl.fieldNotes, "title", "title/benchmarkClaim#3")
			}
		}
		return
	}
	if ind.Measure != indicators.Share {
		return
	}
	start := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	before := text[start:m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	if t := ofTheTimeTitle(before, after); t != "" {
		ind.Title, cl.fieldNotes["title"] = t, "a share \"of the time\": of the subject, as its predicate says"
		declare(cl.fieldNotes, "title", "title/benchmarkClaim#4")
	} else if t := colonShareTitle(before); t != "" {
		ind.Title, cl.fieldNotes["title"] = t, "a share after a colon: of the subject, as the words before the colon say"
		declare(cl.fieldNotes, "title", "title/benchmarkClaim#5")
	} else if t := withShareTitle(before, after); t != "" {
		ind.Title, cl.fieldNotes["title"] = t, "a share after \"with\": of its noun, named by the subject"
		declare(cl.fieldNotes, "title", "title/benchmarkClaim#6")
	}
}

// ratioShareTitle titles a share written as a ratio from the words after
// it: "patients received priority surgical procedures" → "Share of
// patients receiving priority surgical procedures".
func ratioShareTitle(after string) string {
	w := benchWords(after)
	for i := 1; i < len(w) && i <= 4; i++ {
		if p := presentParticiple(w[i]); p != "" && !benchStops[w[i-1]] {
			return benchClip("Share of " + strings.Join(w[:i], " ") + " " + p + " " + strings.Join(w[i+1:], " "))
		}
	}
	return ""
}

// benchSubject splits s at the verb that ends its subject.
func benchSubject(s string) (subj, rest string, ok bool) {
	loc := benchSubjectVerb.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return "", "", false
	}
	subj = strings.TrimSpace(s[:loc[0]])
	if n := len(strings.Fields(subj)); n == 0 || n > 6 || strings.ContainsAny(subj, ",;:") {
		return "", "", false
	}
	return subj, s[loc[0]:], true
}

// ofTheTimeTitle titles "Cataract surgeries were performed within
// benchmark 80% of the time" as "Share of cataract surgeries performed
// within benchmark", and "Hip replacement surgery patients had their
// procedures done within benchmark 83% of the time" as "Share of hip
// replacement procedures done within benchmark".
func ofTheTimeTitle(before, after string) string {
	if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(after)), "of the time") {
		return ""
	}
	subj, rest, ok := benchSubject(before)
	if !ok {
		return ""
	}
	sw, rw := benchWords(subj), benchWords(rest)
	switch {
	case len(rw) >= 2 && (rw[0] == "was" || rw[0] == "were" || rw[0] == "is" || rw[0] == "are") && isPastParticiple(rw[1]):
		return benchClip("Share of " + strings.Join(sw, " ") + " " + strings.Join(rw[1:], " "))
	case len(rw) >= 4 && rw[0] == "had" && rw[1] == "their" && isPastParticiple(rw[3]) && len(sw) > 1 && benchPersons[sw[len(sw)-1]]:
		sw = sw[:len(sw)-1]
		if l := sw[len(sw)-1]; len(sw) > 1 && (l == "surgery" || l == "surgeries") {
			sw = sw[:len(sw)-1]
		}
		return benchClip("Share of " + strings.Join(sw, " ") + " " + strings.Join(rw[2:], " "))
	}
	return ""
}

// colonShareTitle titles "Knee replacement surgeries exhibited only a
// small decrease for procedures performed within benchmark: 79%" as
// "Share of knee replacement surgeries performed within benchmark".
func colonShareTitle(before string) string {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, ":") {
		return ""
	}
	subj, rest, ok := benchSubject(b)
	if !ok {
		return ""
	}
	rw := benchWords(rest)
	for i := len(rw) - 1; i > 0; i-- {
		if isPastParticiple(rw[i]) && rw[i-1] != "was" && rw[i-1] != "were" {
			if i+1 == len(rw) {
				return ""
			}
			return benchClip("Share of " + strings.Join(benchWords(subj), " ") + " " + strings.Join(rw[i:], " "))
		}
	}
	return ""
}

// withShareTitle titles "Radiation therapy wait times remained consistent,
// with 98% of treatments performed within benchmark" as "Share of
// radiation therapy treatments performed within benchmark".
func withShareTitle(before, after string) string {
	bw := benchWords(before)
	if len(bw) == 0 || bw[len(bw)-1] != "with" {
		return ""
	}
	aw := benchWords(after)
	if len(aw) < 3 || aw[0] != "of" {
		return ""
	}
	k := -1
	for i := 2; i < len(aw) && i <= 4; i++ {
		if isPastParticiple(aw[i]) {
			k = i
			break
		}
	}
	if k < 0 {
		return ""
	}
	noun := strings.Join(aw[1:k], " ")
	mod := ""
	if subj, _, ok := benchSubject(before); ok {
		sw := benchWords(subj)
		for len(sw) > 0 && benchMeasureNouns[sw[len(sw)-1]] {
			sw = sw[:len(sw)-1]
		}
		if len(sw) > 0 && len(sw) <= 3 && !strings.Contains(noun, sw[0]) {
			mod = strings.Join(sw, " ") + " "
		}
	}
	return benchClip("Share of " + mod + noun + " " + strings.Join(aw[k:], " "))
}

// dashChangeAfter returns the figure of a change a dash or comma sets
// after m in its clause when the clause's change word follows that
// figure, not m: "84% … within benchmark—a 6% increase".
func (d *docDraft) dashChangeAfter(m Mention, ce int) (Mention, bool) {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End || o.Span.Start >= ce {
			continue
		}
		between := text[m.Span.End:o.Span.Start]
		loc := benchDashBreak.FindAllStringIndex(between, -1)
		if len(loc) == 0 || firstPhrase(strings.ToLower(between), changeCues) != "" {
			return Mention{}, false
		}
		if firstPhrase(strings.ToLower(wordsAfter(text[o.Span.End:ce], 2)), changeCues) == "" {
			return Mention{}, false
		}
		return o, true
	}
	return Mention{}, false
}

// dashShareBefore returns the share a change figure is set after with a
// dash or comma: the 84% of "84% … within benchmark—a 6% increase".
func (d *docDraft) dashShareBefore(m Mention) (Mention, bool) {
	var prev Mention
	found := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start >= m.Span.Start {
			break
		}
		prev, found = o, true
	}
	if !found || prev.Unit.String() != "percent" || prev.Quantity.Direction != indicators.NoDirection {
		return Mention{}, false
	}
	_, pce := clauseOf(d.src.Text, prev)
	o, ok := d.dashChangeAfter(prev, max(pce, m.Span.End))
	return prev, ok && o.Span.Start == m.Span.Start
}

// superlativeRank matches a rank written as an ordinal and a superlative:
// "second-shortest", "3rd-largest", the ordinals of the lexicon's one list.
var superlativeRank = lazyRegexp(`(?i)^(?:` + strings.Join(vocab.Ordinals, "|") + `|\d+(?:st|nd|rd|th))[-‑ ]([a-z]+est)$`)

// peersBefore matches the peers a sentence compares with at its start:
// "Compared with peer OECD countries,".
var peersBefore = lazyRegexp(`(?i)^\s*(?:•\s*)?(?:compared (?:with|to)|among|relative to)\s+([^,]{3,80}),`)

// peerRankTitle titles "Compared with peer OECD countries, Canada had …
// the second-shortest wait times for both hip and knee replacements" as
// "Rank for shortest wait times for hip and knee replacements among peer
// OECD countries", leaving the peers out when the title would be too
// long.
func peerRankTitle(sent, rank, after string) string {
	g := superlativeRank.FindStringSubmatch(strings.TrimSpace(rank))
	p := peersBefore.FindStringSubmatch(sent)
	if g == nil || p == nil {
		return ""
	}
	var np []string
	for _, w := range strings.Fields(after) {
		lw := strings.ToLower(strings.Trim(w, ".,;:"))
		if lw == "both" || lw == "the" {
			continue
		}
		np = append(np, strings.Trim(w, ".,;:"))
		if strings.ContainsAny(w, ".,;:") {
			break
		}
	}
	if len(np) == 0 {
		return ""
	}
	t := "Rank for " + strings.ToLower(g[1]) + " " + strings.Join(np, " ")
	if long := t + " among " + strings.TrimSpace(p[1]); len(long) <= maxBenchTitle {
		return long
	}
	return benchClip(t)
}
