package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// What a figure done by someone measures (title36). In "the coastguard
// recovered 42 tonnes of plastic waste", "Ports receive 1,200 new
// requests for berthing" or "Operators issued 3.2 million tickets", the
// figure is the object of a verb of doing: what is measured is the thing
// done, named by its noun phrase, the verb's participle and its doer
// ("Plastic waste recovered by the coastguard"), never the doer alone,
// which is the clause's subject.

// doneObjectTitle returns the title of figure m when the figure's own
// words before it (before, its clause's words) end in a verb of doing,
// past or present, with only a hedge between ("seized over", "issued a
// total of"), whose subject names who did it; or "".
func (d *docDraft) doneObjectTitle(m Mention, before, after []string) string {
	b := trimHedge(before)
	if len(b) < 2 {
		return ""
	}
	pp := doneParticipleOf(b[len(b)-1])
	if pp == "" || m.Kind == Count && (doneBy[strings.ToLower(b[len(b)-1])] != "" || predicateAfterNP(after) != "") {
		return "" // a count's own predicate, or a verb doneByPhrase reads, names it in titleWords
	}
	subj := b[:len(b)-1]
	if lw := strings.ToLower(subj[len(subj)-1]); lw == "to" || subjectEnds[lw] && !strings.HasSuffix(lw, "ed") {
		return "" // "aim to reach", "will create": a thing meant, not done
	}
	for i := len(subj) - 1; i >= 0; i-- {
		lw := strings.ToLower(subj[i])
		if lw == "that" || lw == "which" || lw == "who" || strings.HasSuffix(subj[i], ",") {
			subj = subj[i+1:] // "In 2031, ports received": the frame is no doer
			break
		}
	}
	for len(subj) > 0 && (timeModifiers[strings.ToLower(subj[0])] || timeNoun(strings.ToLower(strings.Trim(subj[0], ","))) || yearWord(subj[0])) {
		subj = subj[1:] // "Last year Peru signed": the time is the period's
	}
	if len(subj) == 0 || doerPronouns[strings.ToLower(subj[0])] {
		return ""
	}
	who := subject(subj)
	if who == "" || hasDigit(who) || len(strings.Fields(who)) > 6 || onlyPlaces(who) {
		return ""
	}
	if strings.EqualFold(subj[0], "the") {
		who = "the " + lowerFirst(strings.TrimPrefix(strings.TrimPrefix(who, "The "), "the "))
	} else {
		who = lowerFirst(who)
	}
	var np string
	switch {
	case len(after) > 1 && strings.EqualFold(after[0], "of") && m.Kind != Percent:
		np = nounAfter(after[1:]) // "42 tonnes of plastic waste"
	case m.Kind == Count && m.Numbers[0].End < m.Span.End:
		// "1,200 new requests for berthing support": the counted noun and
		// the phrase "for" or "of" ties to it.
		np = strings.TrimSpace(d.src.Text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
		if hasDigit(np) {
			return ""
		}
		if len(after) > 1 && (strings.EqualFold(after[0], "for") || strings.EqualFold(after[0], "of")) {
			if tail := nounAfter(after[1:]); tail != "" {
				np += " " + strings.ToLower(after[0]) + " " + tail
			}
		} else {
			np += postModifier(after) // "workers in the United States"
		}
	}
	if np == "" || onlyPlaces(np) {
		return ""
	}
	for _, t := range []string{np + " " + pp + " by " + who, np + " " + pp} {
		if t = title(t); utf8.RuneCountInString(t) <= maxTitle && titleFault(t) == "" {
			return t
		}
	}
	return ""
}

// doerPronouns stand for a doer a title cannot name: "we received",
// "they issued", "there were".
var doerPronouns = stopSet(classPronouns|classDemonstratives|classRelativePronouns, "there")

// hedgeBefore are the words of a hedge or a total that may stand between
// a verb and its object figure: "seized over", "issued a total of",
// "received an estimated": an activity's hedgeWords and more.
var hedgeBefore = withWords(wordSet([]string{"around", "roughly", "just", "under", "up", "to", "an", "estimated", "a", "total", "of", "record"}), hedgeWords)

// trimHedge returns ws without the hedge words that end it.
func trimHedge(ws []string) []string {
	for len(ws) > 0 && hedgeBefore[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// doneParticipleOf returns the participle of w when w is a verb of doing
// in the past or the present ("seized", "recovered", "receive",
// "issues"), "" when it is none or a verb of being, change or level
// ("rose", "totalled", "reached"), which links a figure to its subject.
func doneParticipleOf(w string) string {
	lw := strings.ToLower(strings.Trim(w, ",;:"))
	if lw != w {
		return ""
	}
	if v := doneBy[lw]; v != "" {
		return v
	}
	if slices.Contains(doneVerbs, lw) || irregularDone[lw] && !subjectEnds[lw] && !numberOfVerbs[lw] {
		return lw
	}
	for _, s := range []string{lw + "d", lw + "ed", strings.TrimSuffix(lw, "s") + "d", strings.TrimSuffix(lw, "s") + "ed", strings.TrimSuffix(lw, "es") + "ed"} {
		if s != lw && slices.Contains(doneVerbs, s) {
			return s
		}
	}
	if len(lw) > 4 && strings.HasSuffix(lw, "ed") && (!stateParticiples[lw] || doneStates[lw]) && !subjectEnds[lw] && !edAdjectives[lw] && !numberOfVerbs[lw] {
		return lw
	}
	return ""
}

// doneStates are the participles stateParticiples reads as a state of
// things after their noun ("persons recorded") that, as the verb of a
// doer before its object, are a doing: "police recorded 5,000 offences",
// "the survey found 300 cases", "floods affected 2,000 homes".
var doneStates = map[string]bool{"recorded": true, "reported": true, "recovered": true, "assessed": true, "surveyed": true,
	"reviewed": true, "counted": true, "found": true, "served": true, "supported": true, "identified": true, "affected": true,
	"named": true, "educated": true, "studied": true, "covered": true, "analysed": true, "analyzed": true}
