package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Figures that lean on another figure or noun of their sentence. A press
// release packs several figures into one sentence: "Total goods trade
// reached $138.8 billion in 2022, of which U.S. exports were $13.8 billion
// and imports were $128.4 billion"; "… was $3.5 billion in 2022, a 26.8
// percent increase from 2021"; "with that surplus reaching $1.6 billion
// amidst $3.3 billion of total services trade during 2022". Each figure
// takes from the figure or noun it leans on what its own words leave out:
// its year, its parties, its status or the words of its title.

// appositiveChange reports whether the figure m opens an appositive that
// gives the change of the figure before it: "…, a 26.8 percent increase
// from 2021", "…, up 12.0% from 2010".
func (d *docDraft) appositiveChange(m Mention, cs int) bool {
	text := d.src.Text
	f := strings.Fields(strings.ToLower(text[cs:m.Span.Start]))
	if len(f) != 1 {
		return false
	}
	switch f[0] {
	case "a", "an":
		after := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End]))
		return len(after) > 0 && changeHeads[strings.Trim(after[0], ",.;:")] != ""
	case "up", "down":
		return true
	}
	return false
}

// changeNounOf reports whether the clause of m at cs is a change noun
// phrase whose "of" brings m: "…, a decrease of 6.1% from the same
// period" restates the figure before it as a change, as "a 6.1% decrease"
// does.
func changeNounOf(text string, m Mention, cs int) bool {
	f := strings.Fields(strings.ToLower(text[cs:m.Span.Start]))
	return len(f) == 3 && (f[0] == "a" || f[0] == "an") && changeHeads[f[1]] != "" && f[2] == "of"
}

// changeHeads are the nouns of a change after its figure ("a 26.8 percent
// increase"), with the words a title of the change opens with.
var changeHeads = map[string]string{"increase": "Increase in", "rise": "Rise in", "growth": "Growth of", "gain": "Gain in",
	"jump": "Jump in", "decline": "Decline in", "decrease": "Decrease in", "drop": "Drop in", "fall": "Fall in",
	"reduction": "Reduction in", "up": "Growth of", "down": "Decline in"}

// ofWhich reports whether the clause of m at cs opens with "of which",
// the parts of the figure before it: "…, of which U.S. exports were $13.8
// billion".
func ofWhich(text string, cs int, m Mention) bool {
	f := strings.Fields(strings.ToLower(text[cs:m.Span.Start]))
	return len(f) >= 2 && f[0] == "of" && (f[1] == "which" || f[1] == "whom")
}

// ownStart returns where the words of m's own figure begin in its clause
// [cs, m): after the last other figure of the clause and the word that
// joins the two ("U.S. exports were $13.8 billion and imports were"), or
// cs.
func (d *docDraft) ownStart(m Mention, cs int) int {
	start := cs
	for _, o := range d.sentenceMentions(m) {
		if o.Sentence == m.Sentence && o.Span.Start >= cs && o.Span.End <= m.Span.Start && o.Span != m.Span {
			start = o.Span.End
		}
	}
	if start == cs {
		return cs
	}
	text := d.src.Text
	// Past a year that closes the other figure ("$5 billion in 2012 and").
	rest := text[start:m.Span.Start]
	f := strings.Fields(rest)
	skip := 0
	for skip < len(f) {
		lw := strings.ToLower(strings.Trim(f[skip], ",.;:"))
		if lw == "in" || lw == "during" || hasDigit(lw) {
			skip++
			continue
		}
		break
	}
	if skip > 0 && skip < len(f) {
		start += strings.Index(rest, f[skip])
	}
	return start
}

// figureLinks join two figures of one clause without naming what the second
// measures: "$1.6 billion amidst $3.3 billion of total services trade".
var figureLinks = stopSet(classConjunctions,
	"amidst", "amid", "among", "with", "of", "out", "against", "versus", "while", "including", "plus", "but")

// onlyLinks reports whether ws holds link words alone, or nothing.
func onlyLinks(ws []string) bool {
	for _, w := range ws {
		if !figureLinks[strings.ToLower(strings.Trim(w, ",.;:"))] {
			return false
		}
	}
	return true
}

// isTradeNoun reports whether a title phrase names the trade of two
// parties: its head noun is "trade" ("Total goods trade", "Services
// trade"), with no word of one side's flow ("exports", "surplus").
func isTradeNoun(np string) bool {
	lower := strings.ToLower(np)
	f := strings.Fields(lower)
	return len(f) > 0 && strings.Trim(f[len(f)-1], ",.;:") == "trade" && firstPhrase(lower, oneSidedWords) == ""
}

// referredNoun returns the noun phrase of the sentence that a "that" or
// "this" before the figure points back to ("with that surplus reaching
// $1.6 billion" → "surplus in services trade with Vietnam" of "runs a
// consistent surplus in growing services trade with Vietnam"), or "".
func (d *docDraft) referredNoun(m Mention, own int) string {
	text := d.src.Text
	f := strings.Fields(text[own:m.Span.Start])
	var noun string
	for i := 0; i+1 < len(f); i++ {
		if lw := strings.ToLower(f[i]); lw == "that" || lw == "this" || lw == "these" || lw == "those" {
			noun = strings.ToLower(strings.Trim(f[i+1], ",.;:"))
			break
		}
	}
	if noun == "" || len(noun) < 4 {
		return ""
	}
	earlier := strings.Fields(text[m.Sentence.Start:own])
	for i, w := range earlier {
		if strings.ToLower(strings.Trim(w, ",.;:")) != noun {
			continue
		}
		var keep []string
		for _, x := range earlier[i:] {
			lx := strings.ToLower(strings.Trim(x, ",.;:"))
			if len(keep) > 0 && (subjectEnds[lx] || clauseWords[lx] || hasDigit(lx) || figureLinks[lx] && lx != "with" && lx != "of") {
				break
			}
			// "growing", "consistent": how it goes, not what it is.
			if len(keep) > 0 && strings.HasSuffix(lx, "ing") && !gerundNouns[lx] {
				continue
			}
			keep = append(keep, strings.Trim(x, ",;:()"))
			if strings.ContainsAny(x, ",;:") {
				break
			}
		}
		return phrase(keep, 8)
	}
	return ""
}

// balanceNouns name what one side of a trade holds against the other.
var balanceNouns = vocab.BalanceNouns

// holdVerbs say that their subject holds a balance: "The United States
// runs a surplus".
var holdVerbs = map[string]bool{"runs": true, "ran": true, "run": true, "has": true, "had": true, "recorded": true, "records": true,
	"posted": true, "posts": true, "maintains": true, "maintained": true, "registered": true, "registers": true, "holds": true, "held": true}

// withHolder names the holder of a balance that a figure's "that surplus"
// refers to, when the sentence's subject is one place that runs it: "The
// United States runs a consistent surplus in growing services trade with
// Vietnam, with that surplus reaching $1.6 billion" → "U.S. surplus in
// services trade with Vietnam". It returns np unchanged otherwise.
func (d *docDraft) withHolder(m Mention, own int, np string) string {
	f := strings.Fields(np)
	if len(f) == 0 || !balanceNouns[strings.ToLower(f[0])] {
		return np
	}
	text := d.src.Text
	earlier := strings.Fields(text[m.Sentence.Start:own])
	for i, w := range earlier {
		if !holdVerbs[strings.ToLower(w)] {
			continue
		}
		subj := strings.Join(earlier[:i], " ")
		ps := countries(placesIn(subj, 0))
		if c := distinct(ps); len(c) != 1 || !actorOnly(subj) || strings.ContainsAny(subj, ",;:") {
			return np
		}
		name := subj[ps[0].start:ps[0].end]
		switch {
		case ps[0].code == "US":
			name = "U.S."
		case strings.HasSuffix(name, "s"):
			name += "’" // "the Philippines’"
		default:
			name += "’s"
		}
		if lastWord(subj[:ps[0].start]) == "" && strings.HasSuffix(strings.ToLower(strings.TrimSpace(subj[:ps[0].start])), "the") && ps[0].code != "US" {
			name = "the " + name
		}
		return name + " " + lowerFirst(np)
	}
	return np
}

// closingYear returns the year that closes the sentence of m ("… during
// 2022.") when m is joined to the figures after it by link words alone
// and none has a year of its own: the year of all of them.
func (d *docDraft) closingYear(m Mention, refs []yearRef) (yearRef, bool) {
	text := d.src.Text
	for _, r := range refs {
		if r.start < m.Span.End || r.role != yearPeriod {
			continue
		}
		tail := strings.TrimRight(text[r.end:m.Sentence.End], " \n")
		if tail != "" && tail != "." {
			continue
		}
		pre := strings.Fields(strings.ToLower(text[m.Sentence.Start:r.start]))
		if len(pre) == 0 || (pre[len(pre)-1] != "during" && pre[len(pre)-1] != "in") {
			continue
		}
		// No other year after m, and each figure from m on joined to the
		// next by link words alone ("amidst", "and").
		for _, o := range refs {
			if o.start >= m.Span.End && o.start < r.start {
				return yearRef{}, false
			}
		}
		at := m.Span.End
		for _, o := range d.mentionsOf(m.Sentence) {
			if o.Sentence != m.Sentence || o.Span.Start < at || o.Span.End > r.start {
				continue
			}
			if !onlyLinks(words(text[at:o.Span.Start])) || strings.ContainsAny(text[at:o.Span.Start], "();") {
				return yearRef{}, false
			}
			at = o.Span.End
		}
		return r, at > m.Span.End
	}
	return yearRef{}, false
}

// parentStatus returns the status the cue words of a parent figure's
// clause give it.
func (d *docDraft) parentStatus(parent Mention) indicators.Status {
	text := d.src.Text
	pcs, pce := clauseOf(text, parent)
	before := strings.ToLower(joinBroken(text[pcs:parent.Span.Start]))
	after := strings.ToLower(wordsAfter(text[parent.Span.End:pce], 3))
	st, _ := statusOf(strings.Join(strings.Fields(before+" "+strings.ToLower(parent.Text)+" "+after), " "), parent.Unit)
	return st
}

// ownNoun returns the noun phrase that names the figure m in its own part
// of the clause [cs, ce): the subject before it, or the noun after its
// "of" when only link words stand before it ("amidst $3.3 billion of
// total services trade").
func (d *docDraft) ownNoun(m Mention, cs, ce int) string {
	text := d.src.Text
	before := words(joinBroken(text[d.ownStart(m, cs):m.Span.Start]))
	after := words(joinBroken(text[m.Span.End:ce]))
	if onlyLinks(before) {
		if len(after) > 1 && strings.EqualFold(after[0], "of") {
			return nounAfter(after[1:])
		}
		return ""
	}
	return subject(before)
}

// partOfTrade splits the two-sided trade of a parent figure (parties pe,
// no counterpart pc) into the one side that the clause of m names: "of
// which U.S. exports were $13.8 billion" are the first party's exports to
// the other; "and imports were $128.4 billion" the other's exports to the
// first, as the corpus writes imports.
func (d *docDraft) partOfTrade(m Mention, cs int, pe []string, pc string) ([]string, string, bool) {
	if len(pe) != 2 || pc != "" {
		return nil, "", false
	}
	text := d.src.Text
	own := strings.ToLower(joinBroken(text[d.ownStart(m, cs):m.Span.Start]))
	w := firstPhrase(own, oneSidedWords)
	if w == "" {
		return nil, "", false
	}
	// The party named before the word acts: "Vietnam's exports".
	actor := pe[0]
	for _, p := range d.placesAt(text, m.Sentence.Start, d.ownStart(m, cs), m.Span.Start) {
		if slices.Contains(pe, p.code) {
			actor = p.code
		}
	}
	other := pe[0]
	if other == actor {
		other = pe[1]
	}
	if strings.HasPrefix(w, "import") {
		return []string{other}, actor, true
	}
	return []string{actor}, other, true
}

// tradeOfWhich returns the two-sided trade figure that the clause of m
// gives the parts of ("Total goods trade reached $138.8 billion in 2022,
// of which U.S. exports were …"), and whether m is an export or an
// import.
func (d *docDraft) tradeOfWhich(m Mention, cs int) (Mention, string, bool) {
	text := d.src.Text
	if !ofWhich(text, cs, m) {
		return Mention{}, "", false
	}
	parent, ok := d.parentFigure(m, cs)
	if !ok {
		return Mention{}, "", false
	}
	pcs, pce := clauseOf(text, parent)
	if !isTradeNoun(d.ownNoun(parent, pcs, pce)) {
		return Mention{}, "", false
	}
	w := firstPhrase(strings.ToLower(text[d.ownStart(m, cs):m.Span.Start]), oneSidedWords)
	switch {
	case strings.HasPrefix(w, "export"):
		return parent, "export", true
	case strings.HasPrefix(w, "import"):
		return parent, "import", true
	}
	return Mention{}, "", false
}

// withoutPlaces returns a phrase without the names of places in it ("U.S.
// exports" → "exports").
func withoutPlaces(s string) string {
	ps := placesIn(s, 0)
	for i := len(ps) - 1; i >= 0; i-- {
		s = s[:ps[i].start] + " " + s[ps[i].end:]
	}
	return strings.Join(strings.Fields(s), " ")
}

// ownEnd returns where the part of m's clause (ending at ce) that is its
// own ends: before an "and" that opens a clause of its own, with a verb
// and another figure ("U.S. exports to Chile were $15 billion and U.S.
// imports from Chile were $10 billion"), or ce.
func (d *docDraft) ownEnd(m Mention, ce int) int {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Sentence != m.Sentence || o.Span.Start < m.Span.End || o.Span.End > ce {
			continue
		}
		between := text[m.Span.End:o.Span.Start]
		i := strings.Index(between, " and ")
		if i < 0 {
			return ce
		}
		for _, w := range strings.Fields(strings.ToLower(between[i+5:])) {
			if subjectEnds[strings.Trim(w, ",.;:")] {
				return m.Span.End + i
			}
		}
		return ce
	}
	return ce
}

// sentenceMentions returns the figures of m's sentence: the mentions are
// in text order, so they stand together, found by binary search rather
// than by a walk over the document's for each figure.
func (d *docDraft) sentenceMentions(m Mention) []Mention {
	lo := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Sentence.Start })
	hi := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Sentence.End })
	return d.mentions[lo:max(lo, hi)]
}

// lastBeforeIn returns the last figure of m's sentence that ends before m
// and that ok accepts (nil accepts any), and whether there is one.
func (d *docDraft) lastBeforeIn(m Mention, ok func(Mention) bool) (Mention, bool) {
	var prev Mention
	found := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && (ok == nil || ok(o)) {
			prev, found = o, true
		}
	}
	return prev, found
}
