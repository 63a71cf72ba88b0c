package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of climate and energy targets (drafts12), by kind: a goal's
// object ("a new target to cut net greenhouse gas emissions 26-28
// percent" → "Target to cut net greenhouse gas emissions"), a pace from
// one rate to another ("the pace of carbon pollution reduction from 1.2
// percent per year … to 2.3-2.8 percent per year" → "Pace of carbon
// pollution reduction"), cuts "on the order of" a figure ("deep
// economy-wide reductions on the order of 80 percent" → "Economy-wide
// reductions"), capacity in watts of something ("goal to deploy 30 GW of
// offshore wind" → "Offshore wind capacity goal"), and the items of a
// list under one subject and modal ("Deploying 30 GW of offshore wind
// would provide enough power for 10 million homes, support 77,000 jobs"
// → "Homes offshore wind would power", "Jobs offshore wind would
// support").

// targetTitle returns the title of a figure of one of those kinds, or "".
// before and after are the words of its clause before and after it.
func (d *docDraft) targetTitle(m Mention, cs int, before, after []string, measure indicators.MeasureKind) string {
	if t := capacityTitle(m, before, after); t != "" {
		return t
	}
	if t := d.sharedCapacityTitle(m, before, after); t != "" {
		return t
	}
	if t := d.listItemTitle(m, cs, after); t != "" {
		return t
	}
	if measure != indicators.Change && m.Unit.Kind != indicators.Percent {
		return ""
	}
	if t := d.paceTitle(m); t != "" {
		return t
	}
	if t := goalObjectTitle(before); t != "" {
		return t
	}
	if measure == indicators.Change {
		return changeNounTitle(before)
	}
	return ""
}

// goalObjectTitle titles a figure that closes the object of a goal's
// infinitive: "a new goal to reduce methane emissions from oil and gas
// 40-45 percent" → "Goal to reduce methane emissions from oil and gas"
// (what is cut, never who announced it). It returns "" when the verb has
// no object before the figure ("a commitment to invest $55 billion").
func goalObjectTitle(before []string) string {
	n := len(before)
	for i := n - 3; i >= 1 && i >= n-12; i-- {
		if !strings.EqualFold(before[i], "to") {
			continue
		}
		noun := strings.ToLower(before[i-1])
		if !intentNouns[noun] {
			return ""
		}
		verb, obj := before[i+1], before[i+2:]
		if !isLowerWord(verb) || len(obj) > 8 {
			return ""
		}
		for _, w := range obj {
			lw := strings.ToLower(strings.Trim(w, "’'"))
			if hasDigit(w) || strings.ContainsAny(w, ",;:()") || subjectEnds[lw] || lw == "to" {
				return ""
			}
		}
		return shorten(title(noun+" to "+verb+" "+strings.Join(obj, " ")), 60)
	}
	return ""
}

// paceNouns name a pace that goes from one figure to another: "the pace of
// carbon pollution reduction from 1.2 percent per year … to 2.3-2.8
// percent per year".
var paceNouns = map[string]bool{"pace": true, "rate": true, "speed": true, "share": true}

// paceTitle titles either figure of "the <rate> of <what> from <figure> …
// to <figure>" as "<Rate> of <what>", or returns "".
func (d *docDraft) paceTitle(m Mention) string {
	sb := words(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start]))
	n := len(sb)
	if n < 4 {
		return ""
	}
	from := -1
	switch strings.ToLower(sb[n-1]) {
	case "from":
		from = n - 1
	case "to":
		// The other end of the pace: a "from" before whose figure
		// this one closes.
		for k := n - 2; k >= 0 && k >= n-16; k-- {
			if strings.EqualFold(sb[k], "from") && k+1 < n && hasDigit(sb[k+1]) {
				from = k
				break
			}
		}
	}
	if from < 2 {
		return ""
	}
	for j := from - 1; j >= 1 && j >= from-8; j-- {
		lw := strings.ToLower(sb[j])
		if hasDigit(lw) || strings.ContainsAny(sb[j], ",;:") {
			return ""
		}
		if lw != "of" {
			continue
		}
		rate := strings.ToLower(sb[j-1])
		if !paceNouns[rate] {
			return ""
		}
		np := phrase(sb[j+1:from], 8)
		if np == "" || onlyPlaces(np) {
			return ""
		}
		return shorten(title(rate+" of "+np), 60)
	}
	return ""
}

// cutNouns name a change a figure right after them measures: "deep
// economy-wide reductions on the order of 80 percent".
var cutNouns = map[string]bool{"cut": true, "cuts": true, "reduction": true, "reductions": true, "increase": true, "increases": true,
	"decline": true, "declines": true, "decrease": true, "decreases": true, "gain": true, "gains": true}

// intensifiers say how much, not what: "deep reductions".
var intensifiers = map[string]bool{"deep": true, "deeper": true, "steep": true, "sharp": true, "significant": true, "substantial": true,
	"dramatic": true, "major": true, "large": true, "big": true, "further": true, "ambitious": true}

// changeNounTitle titles a figure that follows the noun of the change it
// measures, with up to three modifiers but no intensifier or verb:
// "achieve deep economy-wide reductions on the order of 80 percent" →
// "Economy-wide reductions". It returns "" otherwise.
func changeNounTitle(before []string) string {
	n := len(before)
	if n > 0 && strings.EqualFold(before[n-1], "of") {
		n-- // "cuts of 40 percent"
	}
	if n == 0 || !cutNouns[strings.ToLower(before[n-1])] {
		return ""
	}
	i := n - 1
	for i > 0 && n-1-i < 3 {
		w := strings.ToLower(before[i-1])
		if titleStop[w] || nounBreaks[w] || subjectEnds[w] || intensifiers[w] || !isLowerWord(w) {
			break
		}
		if i >= 2 && strings.EqualFold(before[i-2], "to") {
			break // "to achieve reductions": a verb
		}
		i--
	}
	return title(strings.Join(before[i:n], " "))
}

// capacityTitle titles capacity in watts by what it is of: "goal to deploy
// 30 gigawatts (GW) of offshore wind energy" → "Offshore wind energy
// capacity goal"; "There are currently 40 GW of offshore wind in various
// stages of development" → "Offshore wind capacity in development";
// "Deploying 30 GW of offshore wind would …" → "Offshore wind capacity".
// It returns "" when someone named acts on the capacity ("Power Africa
// will add 10,000 megawatts of new generation capacity"), which the
// general rules title.
func capacityTitle(m Mention, before, after []string) string {
	if m.Kind != Measure || !powerUnits[m.Unit.String()] {
		return ""
	}
	for len(after) > 0 && strings.HasPrefix(after[0], "(") && strings.HasSuffix(strings.TrimRight(after[0], ",.;:"), ")") {
		after = after[1:] // "(GW)"
	}
	if len(after) < 2 || !strings.EqualFold(after[0], "of") {
		return ""
	}
	lb := strings.ToLower(strings.Join(before, " "))
	goal := ""
	if c := targetBefore(lb); c != "" {
		goal = " " + strings.TrimSuffix(strings.Fields(c)[0], "s")
	} else if !strings.HasPrefix(lb, "there are") && !strings.HasPrefix(lb, "there is") && !strings.HasPrefix(lb, "there were") &&
		!(len(before) == 1 && strings.HasSuffix(strings.ToLower(before[0]), "ing")) {
		return ""
	}
	np := nounAfter(after[1:])
	if np == "" || onlyPlaces(np) {
		return ""
	}
	t := np
	if !strings.Contains(strings.ToLower(np), "capacity") {
		t += " capacity"
	}
	return shorten(title(t+stageOf(after[1+len(strings.Fields(np)):])+goal), 60)
}

// sharedCapacityTitle titles capacity in watts with no "of" of its own
// by what an earlier capacity of its sentence is of, and the path it is on
// when a "pathway to" or "path to" leads to it: "… to deploy 30 gigawatts
// (GW) of offshore wind energy by 2030 and set the nation on a pathway to
// 110 GW or more by 2050" → "Offshore wind energy capacity pathway".
func (d *docDraft) sharedCapacityTitle(m Mention, before, after []string) string {
	if m.Kind != Measure || !powerUnits[m.Unit.String()] || len(after) > 0 && strings.EqualFold(after[0], "of") {
		return ""
	}
	np := ""
	for _, o := range d.mentionsFrom(m.Sentence.Start, m.Span.Start) {
		if o.Sentence.Start != m.Sentence.Start || o.Kind != Measure || !powerUnits[o.Unit.String()] {
			continue
		}
		ws := strings.Fields(d.src.Text[o.Span.End:m.Span.Start])
		for len(ws) > 0 && strings.HasPrefix(ws[0], "(") && strings.HasSuffix(strings.TrimRight(ws[0], ",.;:"), ")") {
			ws = ws[1:] // "(GW)"
		}
		if len(ws) > 1 && strings.EqualFold(ws[0], "of") {
			np = nounAfter(ws[1:])
		}
	}
	if np == "" || onlyPlaces(np) {
		return ""
	}
	t := np
	if !strings.Contains(strings.ToLower(np), "capacity") {
		t += " capacity"
	}
	if n := len(before); n >= 2 && strings.EqualFold(before[n-1], "to") {
		switch p := strings.ToLower(before[n-2]); p {
		case "pathway", "path", "trajectory":
			t += " " + p
		}
	}
	return shorten(title(t), 60)
}

// stageOf returns the stage a phrase after capacity puts it in: "in
// various stages of development" → " in development"; "under
// construction"; or "".
func stageOf(ws []string) string {
	if len(ws) < 2 {
		return ""
	}
	p := strings.ToLower(ws[0])
	if p != "in" && p != "under" {
		return ""
	}
	for i := 1; i < len(ws) && i <= 4; i++ {
		w := strings.ToLower(strings.Trim(ws[i], ",.;:"))
		if stageNouns[w] {
			return " " + p + " " + w
		}
		if w != "various" && w != "early" && w != "late" && w != "different" && w != "stages" && w != "stage" && w != "of" && w != "the" {
			return ""
		}
	}
	return ""
}

// stageNouns name the stage a project is in.
var stageNouns = map[string]bool{"development": true, "construction": true, "operation": true, "planning": true, "permitting": true}

// listModals are the modals whose subject a list's items share.
var listModals = map[string]bool{"would": true, "could": true, "will": true, "might": true, "can": true}

// listItemTitle titles an item of a list under one subject and modal by
// what the item counts or the money is in, the subject, the modal and the
// item's verb: "Deploying 30 GW of offshore wind would provide enough
// power for 10 million homes, support 77,000 jobs, and spur $12 billion
// per year in direct private investment" → "Homes offshore wind would
// power", "Jobs offshore wind would support", "Direct private investment
// offshore wind would spur". The subject is a gerund's object ("Deploying
// 30 GW of offshore wind") or a noun phrase without a figure. It returns
// "" for other figures.
func (d *docDraft) listItemTitle(m Mention, cs int, after []string) string {
	text := d.src.Text
	s := m.Sentence.Start
	var head []string // the words before the modal
	modal, verb := "", ""
	if cs > s {
		// A later item: its own verb, after the modal of the first.
		if _, ok := listModal(text, s, cs); !ok {
			return ""
		}
		own := words(text[cs:m.Span.Start])
		if len(own) > 0 && own[0] == "and" {
			own = own[1:]
		}
		if len(own) != 1 || !isLowerWord(own[0]) {
			return ""
		}
		verb = own[0]
		sb := words(joinBroken(text[s:cs]))
		for i, w := range sb {
			if listModals[strings.ToLower(w)] {
				head, modal = sb[:i], strings.ToLower(w)
				break
			}
		}
	} else {
		sb := words(joinBroken(text[s:m.Span.Start]))
		for i, w := range sb {
			if listModals[strings.ToLower(w)] {
				head, modal = sb[:i], strings.ToLower(w)
				verb = itemVerb(sb[i+1:])
				break
			}
		}
	}
	if modal == "" || verb == "" || len(head) == 0 {
		return ""
	}
	subj := listSubject(head)
	if subj == "" {
		return ""
	}
	var noun string
	switch {
	case m.Unit.Kind == indicators.Money:
		if len(after) > 1 && (strings.EqualFold(after[0], "in") || strings.EqualFold(after[0], "of")) {
			noun = nounAfter(after[1:])
		}
	case m.Kind == Count || m.Kind == Number:
		noun = strings.TrimSpace(text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
	}
	if noun == "" || hasDigit(noun) || onlyPlaces(noun) {
		return ""
	}
	return shorten(title(noun+" "+subj+" "+modal+" "+verb), 60)
}

// itemVerb returns the verb of a list's first item from the words between
// its modal and its figure: one verb ("support"), or "power" for
// "provide enough power for" (of electricity or energy); else "".
func itemVerb(ws []string) string {
	switch {
	case len(ws) == 1 && isLowerWord(ws[0]):
		return ws[0]
	case len(ws) == 4 && ws[0] == "provide" && ws[1] == "enough" && ws[3] == "for":
		switch ws[2] {
		case "power", "electricity", "energy":
			return "power"
		}
	}
	return ""
}

// listSubject returns the subject of a list's modal as a title writes it:
// a gerund's object past its figure ("Deploying 30 GW of offshore wind" →
// "offshore wind"), or a short noun phrase with its article ("The plan" →
// "the plan"); else "".
func listSubject(head []string) string {
	if len(head) >= 3 && isGerund(head[0]) {
		for i := 1; i+1 < len(head); i++ {
			if strings.EqualFold(head[i], "of") && hasDigit(strings.Join(head[1:i], " ")) {
				return phrase(head[i+1:], 6)
			}
		}
		return ""
	}
	if len(head) > 4 || hasVerb(head) || hasDigit(strings.Join(head, " ")) || strings.ContainsAny(strings.Join(head, " "), ",;:") {
		return ""
	}
	return verbPhrase(head, 4, true)
}

// isGerund reports whether w, capitalized or not, is an -ing verb that
// opens a gerund phrase ("Deploying", "Adding"), not a noun ("Funding").
func isGerund(w string) bool {
	lw := strings.ToLower(w)
	return len(lw) > 5 && strings.HasSuffix(lw, "ing") && !gerundNouns[lw]
}

// relativeAntecedent returns the noun phrase a relative clause opened at
// cs by "which" or "that" after a comma refers to, as a title writes it:
// ", we are building a clean and durable American power source, which
// will bring" → "the American power source" (adjectives joined by "and"
// left out, at most three words). It returns "" otherwise.
func relativeAntecedent(text string, s, cs int) string {
	b := strings.TrimRight(text[s:cs], " ")
	if !strings.HasSuffix(b, ",") {
		return ""
	}
	ws := words(strings.TrimSuffix(b, ","))
	i := len(ws)
	for i > 0 {
		lw := strings.ToLower(ws[i-1])
		if titleStop[lw] && lw != "and" || demonstratives[lw] || subjectEnds[lw] || hasDigit(lw) || strings.ContainsAny(ws[i-1], ",;:“”\"") ||
			i < len(ws) && isGerund(lw) {
			break
		}
		i--
	}
	np := ws[i:]
	for k := len(np) - 1; k >= 0; k-- {
		if strings.EqualFold(np[k], "and") || strings.EqualFold(np[k], "or") {
			np = np[min(len(np), k+2):] // "clean and durable American power source"
			break
		}
	}
	if len(np) > 3 {
		np = np[len(np)-3:]
	}
	if len(np) == 0 {
		return ""
	}
	return "the " + strings.Join(np, " ")
}
