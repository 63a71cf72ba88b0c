package extract

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Each figure of a sentence that holds several takes the subject, group
// and direction of the clause that holds it, never of the sentence's
// first clause, of the sentence before or of a neighbour. A sentence
// that coordinates its figures gives each its own member:
//
//   - a figure in brackets right after a noun phrase of a coordination
//     ("growth in both food stores (1.7%) and non-food stores (1.3%)",
//     "rose among core-aged women (+43,000; +0.7%), and declined among
//     core-aged men (-36,000)") is that phrase's: the measured noun of
//     the sentence, narrowed by the member with its own preposition
//     ("Change in employment among core-aged men");
//   - a figure followed by "for <noun phrase>" ("2.1% for the amount spent
//     and 0.8% for the quantity bought") is that phrase's;
//   - a run of figures closed by "respectively" takes, in order, the
//     members of the list after the run ("at 1.2% and 0.9% for the amount
//     spent and the quantity bought respectively") or of the joined
//     subject before its verb ("both the amount spent and the quantity
//     bought … fell by 0.5% and 0.8% respectively").
//
// A member that is the measured thing itself (a subject, or where the
// sentence's own noun is a vague one: "both measures", "the monthly
// picture") replaces the measured noun; a member after a preposition
// narrows it. Where the figure's own title names no measured noun ("both
// …", a member, the vague noun), the measured noun of the figure before
// it is taken. "that of <noun phrase>" ("while that of domestic exports
// went down 3.2%") is the figure before's measured noun of that phrase.
// "both" is never a title. A change's direction is its own clause's: a
// rise word and no fall word from the last ";" (or the sentence's start)
// to the figure make it a rise, and the reverse, whatever an earlier
// clause said ("recovering from the falls …; the increase was …").

// memberPreps are the prepositions that narrow a measured noun to a
// group: "in food stores", "among women", "for the amount spent".
var memberPreps = map[string]bool{"in": true, "among": true, "amongst": true, "for": true, "across": true, "within": true}

// vagueMeasured are the head nouns that name no measured thing of their
// own: "both measures", "the monthly picture".
var vagueMeasured = map[string]bool{"measures": true, "measure": true, "picture": true, "figures": true, "ones": true, "indicators": true, "both": true}

// clauseDir is each word of change's direction (lexicon.Directions).
var clauseDir = func() map[string]indicators.Direction {
	out := map[string]indicators.Direction{}
	for _, d := range vocab.Directions {
		if !d.Change || d.Either {
			continue
		}
		if d.Up {
			out[d.Word] = indicators.Up
		} else {
			out[d.Word] = indicators.Down
		}
	}
	return out
}()

// figureRE matches a figure of a run: "1.7%", "+43,000", "-0.5%", "£1.2 billion".
var figureRE = lazyRegexp(`[+\-−]?[$£€]?\d[\d.,]*(?:\s?(?:%|per cent\b|percent\b|pence\b))?`)

// thatOfRE matches "that of <noun phrase>" before a verb, ending the
// words before a figure.
var thatOfRE = lazyRegexp(`(?i)\b(?:that|those) of ((?:[\w’'-]+ ){0,4}?[\w’'-]+) [a-z]+(?: (?:up|down|by|to|at))?\s*$`)

// aMember is the member a figure's clause gives it.
type aMember struct {
	member, prep string   // "core-aged men", "among"; prep "" when it is the subject
	others       []string // the coordination's other members
}

// clauseMembers titles each figure of a coordinating sentence by its own
// member, "that of" figures by the figure before's measured noun, and
// sets each change's direction from its own clause.
func (d *docDraft) clauseMembers(out []claim) []claim {
	lastNoun, lastQuote := "", ""
	var before *claim // the claim drafted before, in the same sentence
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		ind := &cl.ind
		q := ind.Provenance[0].Quote
		at := strings.Index(q, ind.Stated)
		if at < 0 {
			at = strings.Index(q, strings.TrimLeft(ind.Stated, "+-−"))
		}
		if at < 0 {
			continue
		}
		end := at + len(ind.Stated)
		if ind.Measure == indicators.Change {
			if dir := ownClauseDirection(q, at); !directionAfter(q[end:]) && dir != indicators.NoDirection && dir != ind.Quantity.Direction &&
				ind.Quantity.Direction != indicators.Either && !strings.ContainsAny(ind.Stated[:1], "+-−") {
				ind.Quantity.Direction = dir
				cl.fieldNotes["direction"] = "the word of change of the figure's own clause"
				declare(cl.fieldNotes, "direction", "direction/clauseMembers")
				if rest, ok := cutChangeLead(ind.Title); ok && !strings.HasPrefix(ind.Title, "Change in ") {
					ind.Title = changeTitle(dir, rest)
				}
			}
		}
		if before != nil && before.ind.Provenance[0].Quote != q {
			before = nil
		}
		if t, why := apposedChange(before, cl, q, at); t != "" && t != ind.Title {
			ind.Title, cl.fieldNotes["title"] = t, why
			declare(cl.fieldNotes, "title", "title/clauseMembers#1")
			ind.ID = d.unique(idOf(*ind))
		}
		before = cl
		lead, noun, tail := splitMeasured(ind.Title)
		prev := ""
		if lastQuote != "" {
			prev = lastNoun
		}
		mem, ok := figureMember(q, at, end)
		t, why := "", "the member of its sentence's coordination that its own clause gives it"
		switch {
		case ok:
			t = memberTitle(lead, noun, tail, prev, mem, ind.Measure)
		default:
			if m := thatOfRE.FindStringSubmatch(q[:at]); m != nil && prev != "" {
				if j := strings.LastIndex(strings.ToLower(prev), " of "); j > 0 {
					why = "\"that of\": the measured noun of the figure before, of its own clause's noun phrase"
					t = lead + prev[:j+4] + strings.TrimPrefix(m[1], "the ") + tail
					if lead == "" && tail == "" && ind.Measure == indicators.Change {
						t = changeTitle(ind.Quantity.Direction, prev[:j+4]+strings.TrimPrefix(m[1], "the "))
					}
				}
			}
		}
		if t == "" && ind.Measure == indicators.Change && !sharesQuoteWord(ind.Title, q) {
			if own := ownSubjectChange(q, at, end); own != "" {
				t, why = own, "its own sentence's subject, not a title of the sentence before"
			}
		}
		if t != "" && !strings.EqualFold(t, ind.Title) {
			ind.Title = upperFirst(t)
			cl.fieldNotes["title"] = why
			declare(cl.fieldNotes, "title", "title/clauseMembers#2")
			ind.ID = d.unique(idOf(*ind))
			_, noun, _ = splitMeasured(ind.Title)
		}
		if !vagueNoun(noun) && !(ok && strings.EqualFold(noun, mem.member)) {
			lastNoun, lastQuote = noun, q // a member alone is no measured noun
		}
		if ok && mem.prep != "" {
			// A narrowed noun is the measured noun of the figures after it.
			if j := strings.Index(strings.ToLower(noun), " "+mem.prep+" "); j > 0 {
				lastNoun = noun[:j]
			}
		}
	}
	return out
}

// changeTitleLeads are the words a change's title opens with ("Fall in ",
// "Growth of "): the leads the drafter's writers of change titles use
// (changeHeads, changeNouns), with "Change in " and the leads of a gain or
// loss; longest first, so that a lead is cut whole.
var changeTitleLeads = func() []string {
	set := map[string]bool{"Change in ": true, "Growth in ": true, "Gain in ": true, "Loss in ": true}
	for _, m := range []map[string]string{changeHeads, changeNouns} {
		for _, l := range m {
			set[l+" "] = true
		}
	}
	out := slices.Collect(maps.Keys(set))
	slices.SortFunc(out, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	return out
}()

// cutChangeLead returns what a change's title says changes: "Fall in X" → "X".
func cutChangeLead(t string) (string, bool) {
	for _, l := range changeTitleLeads {
		if rest, ok := strings.CutPrefix(t, l); ok {
			return rest, true
		}
	}
	return "", false
}

// splitMeasured splits a title into its lead ("Change in "), its measured
// noun and its tail (" change on the previous month").
func splitMeasured(t string) (lead, noun, tail string) {
	noun = t
	if rest, ok := cutChangeLead(t); ok {
		lead, noun = t[:len(t)-len(rest)], rest
	}
	if j := strings.Index(noun, " change on "); j > 0 {
		noun, tail = noun[:j], noun[j:]
	}
	return lead, noun, tail
}

// vagueNoun reports whether a measured noun names nothing measured of
// its own: "", "both food stores", "Both measures", "Monthly picture".
func vagueNoun(n string) bool {
	f := strings.Fields(strings.ToLower(n))
	if len(f) == 0 {
		return true
	}
	return f[0] == "both" || vagueMeasured[f[len(f)-1]]
}

// memberTitle returns the title of a figure of member mem whose title so
// far is lead+noun+tail; prev is the measured noun of the figure before.
func memberTitle(lead, noun, tail, prev string, mem aMember, measure indicators.MeasureKind) string {
	low := strings.ToLower(noun)
	if mem.prep == "" || vagueNoun(noun) && (mem.prep == "for" || prev == "") {
		// The member is what is measured.
		if strings.EqualFold(noun, mem.member) {
			return ""
		}
		if lead == "" && tail == "" && measure == indicators.Change {
			lead = "Change in "
		}
		return lead + mem.member + tail
	}
	if strings.Contains(low, strings.TrimSuffix(strings.ToLower(mem.member), "s")) && !vagueNoun(noun) && !strings.EqualFold(noun, mem.member) {
		return "" // named already
	}
	measured := noun
	named := vagueNoun(noun) || strings.Contains(low, strings.ToLower(mem.member))
	for _, o := range mem.others {
		named = named || strings.Contains(low, strings.ToLower(o))
	}
	if named {
		measured = prev
		for _, o := range append([]string{mem.member}, mem.others...) {
			if j := strings.Index(strings.ToLower(measured), " "+mem.prep+" "+strings.ToLower(o)); j > 0 {
				measured = measured[:j] // the measured noun of a sibling, without its member
			}
		}
	}
	if measured == "" || vagueNoun(measured) || isFallbackTitle(measured) {
		return ""
	}
	if lead == "" && tail == "" && measure == indicators.Change {
		lead = "Change in "
	}
	if lead != "" {
		measured = lowerFirst(measured)
	}
	return lead + measured + " " + mem.prep + " " + mem.member + tail
}

// ownClauseDirection returns the direction the words of change of a
// figure's own clause give: from the last ";" before it (or the
// sentence's start) to the figure, a rise word and no fall word, or the
// reverse; none otherwise.
func ownClauseDirection(q string, at int) indicators.Direction {
	s := strings.LastIndexAny(q[:at], ";") + 1
	up, down := false, false
	for _, w := range strings.Fields(strings.ToLower(q[s:at])) {
		switch clauseDir[strings.Trim(w, ",.;:()")] {
		case indicators.Up:
			up = true
		case indicators.Down:
			down = true
		}
	}
	switch {
	case up && !down:
		return indicators.Up
	case down && !up:
		return indicators.Down
	}
	return indicators.NoDirection
}

// figureMember returns the member of a coordination a figure at q[at:end]
// takes from its own clause.
func figureMember(q string, at, end int) (aMember, bool) {
	if m, ok := bracketMember(q, at); ok {
		return m, true
	}
	if m, ok := forMember(q, end); ok {
		return m, true
	}
	return respectivelyMember(q, at)
}

// cleanMember drops a member's article and closing signs: "the amount
// spent" → "amount spent"; "" when it is no noun phrase of one to six
// words without digits.
func cleanMember(s string) string {
	s = strings.Trim(strings.TrimSpace(s), ",;:.")
	f := strings.Fields(s)
	for len(f) > 0 && (strings.EqualFold(f[0], "the") || strings.EqualFold(f[0], "both")) {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 6 || strings.ContainsAny(s, "0123456789()") {
		return ""
	}
	for _, w := range f {
		if _, ok := clauseDir[strings.ToLower(w)]; ok || relativeWords[strings.ToLower(w)] {
			return "" // a clause, not a noun phrase
		}
	}
	out := strings.Join(f, " ")
	if titleStop[strings.ToLower(f[len(f)-1])] || hasVerb(f) || len(placesIn(out, 0)) > 0 {
		return "" // a clause, or a place: places are entities, not titles
	}
	return out
}

// figureBracket reports whether q[o] opens a bracket of figures alone:
// "(1.7%)", "(+43,000; +0.7%)".
func figureBracket(q string, o int) bool {
	c := strings.IndexByte(q[o:], ')')
	if c < 0 {
		return false
	}
	in := q[o+1 : o+c]
	return strings.ContainsAny(in, "0123456789") && !strings.ContainsFunc(in, unicode.IsLetter)
}

// bracketMember reads "in both food stores (1.7%) and non-food stores
// (1.3%)": a figure in a bracket of figures right after a member, in a
// sentence with another such bracket.
func bracketMember(q string, at int) (aMember, bool) {
	o := strings.LastIndexByte(q[:at], '(')
	if o < 0 || strings.ContainsRune(q[o:at], ')') || strings.ContainsFunc(q[o+1:at], unicode.IsLetter) || !figureBracket(q, o) {
		return aMember{}, false
	}
	var brackets []int
	for i := 0; i < len(q); i++ {
		if q[i] == '(' && figureBracket(q, i) {
			brackets = append(brackets, i)
		}
	}
	if len(brackets) < 2 {
		return aMember{}, false
	}
	var members []string
	mine, prep := "", ""
	for _, b := range brackets {
		mem, p := memberBefore(q[:b])
		if mem == "" {
			return aMember{}, false
		}
		if b == o {
			mine, prep = mem, p
		} else {
			members = append(members, mem)
		}
	}
	if prep == "" {
		return aMember{}, false
	}
	return aMember{member: mine, prep: prep, others: members}, true
}

// memberBefore returns the noun phrase ending the words before a bracket
// of figures, back to a preposition, "both", "and" or a comma, and the
// preposition that governs it (the nearest of memberPreps within twelve
// words back).
func memberBefore(before string) (string, string) {
	ws := strings.Fields(before)
	i := len(ws)
	for i > 0 {
		w := strings.ToLower(ws[i-1])
		if w == "the" && i < len(ws) {
			i--
			continue
		}
		if titleStop[w] || memberPreps[w] || w == "both" || strings.ContainsAny(w, ",;:()") {
			break
		}
		i--
	}
	if i == 0 || i == len(ws) {
		return "", ""
	}
	// The phrase opens after its preposition or a word of coordination.
	switch w := strings.ToLower(ws[i-1]); {
	case memberPreps[w]:
		if mem := cleanMember(strings.Join(ws[i:], " ")); mem != "" {
			return mem, w
		}
		return "", ""
	case w == "both" || w == "and" || w == "or":
	default:
		return "", ""
	}
	mem := cleanMember(strings.Join(ws[i:], " "))
	if mem == "" {
		return "", ""
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		w := strings.ToLower(strings.Trim(ws[j], ",;:"))
		if memberPreps[w] {
			return mem, w
		}
		if strings.HasSuffix(ws[j], ";") || strings.HasSuffix(ws[j], ".") {
			break
		}
	}
	return mem, ""
}

// forMember reads "2.1% for the amount spent and 0.8% for the quantity
// bought": a figure followed by "for <member>" in a sentence where
// another figure is too.
func forMember(q string, end int) (aMember, bool) {
	rest, ok := strings.CutPrefix(q[end:], " for ")
	if !ok {
		return aMember{}, false
	}
	np := rest
	for _, stop := range []string{" and ", ",", ";", ".", " respectively", ")", " when ", " compared "} {
		if j := strings.Index(np, stop); j >= 0 {
			np = np[:j]
		}
	}
	mem := cleanMember(np)
	if mem == "" {
		return aMember{}, false
	}
	var others []string
	for _, ix := range figureRE.FindAllStringIndex(q, -1) {
		if r, ok := strings.CutPrefix(q[ix[1]:], " for "); ok && ix[1] != end {
			for _, stop := range []string{" and ", ",", ";", ".", " respectively", ")", " when ", " compared "} {
				if j := strings.Index(r, stop); j >= 0 {
					r = r[:j]
				}
			}
			if o := cleanMember(r); o != "" && !strings.EqualFold(o, mem) {
				others = append(others, o)
			}
		}
	}
	if len(others) == 0 {
		return aMember{}, false
	}
	return aMember{member: mem, prep: "for", others: others}, true
}

// splitMembers splits "X, Y and Z" into its members, "" where one is no
// noun phrase.
func splitMembers(s string) []string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, ", and ", ", "), " and ", ", ")
	var out []string
	for _, p := range strings.Split(s, ", ") {
		m := cleanMember(p)
		if m == "" {
			return nil
		}
		out = append(out, m)
	}
	return out
}

// respectivelyMember reads a run of figures closed by "respectively": its
// members are the list after the run, after a preposition ("at 1.2% and
// 0.9% for the amount spent and the quantity bought respectively"), or
// the joined subject before the run's verb ("both the amount spent and the
// quantity bought … fell by 0.5% and 0.8% respectively").
func respectivelyMember(q string, at int) (aMember, bool) {
	r := strings.Index(q[at:], "respectively")
	if r < 0 {
		return aMember{}, false
	}
	r += at
	figs := figureRE.FindAllStringIndex(q[:r], -1)
	k := -1
	for j, ix := range figs {
		if ix[0] <= at && at < ix[1] || ix[0] == at {
			k = j
		}
	}
	if k < 0 {
		return aMember{}, false
	}
	joined := func(a, b int) bool {
		g := q[figs[a][1]:figs[b][0]]
		return g == " and " || g == ", " || g == ", and "
	}
	first, last := k, k
	for first > 0 && joined(first-1, first) {
		first--
	}
	for last+1 < len(figs) && joined(last, last+1) {
		last++
	}
	n := last - first + 1
	if n < 2 {
		return aMember{}, false
	}
	tail := strings.TrimSpace(q[figs[last][1]:r])
	var members []string
	prep := ""
	if tail != "" {
		p, rest, ok := strings.Cut(tail, " ")
		if !ok || !memberPreps[strings.ToLower(p)] {
			return aMember{}, false
		}
		members, prep = splitMembers(rest), ""
	} else {
		// The joined subject: after "both", else the clause's start, to
		// the verb of change before the run.
		before := q[:figs[first][0]]
		s := max(strings.LastIndex(before, ", "), strings.LastIndex(before, "; "))
		if b := strings.LastIndex(strings.ToLower(before), "both "); b >= 0 && b > s {
			s = b + len("both ") - 2
		}
		if s < 0 {
			s = -2
		}
		ws := strings.Fields(before[s+2:])
		v := -1
		for j, w := range ws {
			if _, ok := clauseDir[strings.ToLower(w)]; ok {
				v = j
				break
			}
		}
		if v < 1 {
			return aMember{}, false
		}
		members = splitMembers(strings.Join(ws[:v], " "))
	}
	if len(members) != n {
		return aMember{}, false
	}
	mine := members[k-first]
	others := append(append([]string{}, members[:k-first]...), members[k-first+1:]...)
	return aMember{member: mine, prep: prep, others: others}, true
}

// experienceVerbs say that a sentence's subject underwent the change its
// object names: "Fuel saw a large fall of 5.7%".
var experienceVerbs = map[string]bool{"saw": true, "sees": true, "see": true, "recorded": true, "records": true, "reported": true,
	"reports": true, "showed": true, "shows": true, "experienced": true, "experiences": true, "posted": true, "posts": true}

// ownSubjectChange returns the title of a change at q[at:end] whose
// sentence opens with a subject of its own before a verb of change or of
// undergoing ("Fuel saw a large fall of 5.7% in the quantity bought" →
// "Change in fuel quantity bought"): the subject, with the noun phrase
// after the figure's "in" where there is one; "" where the sentence opens
// otherwise (a pronoun, a time phrase, a clause before the figure).
func ownSubjectChange(q string, at, end int) string {
	q0 := bulletPrefix(q)
	if at < q0 || strings.ContainsAny(q[q0:at], ",;:()") {
		return ""
	}
	ws := strings.Fields(q[q0:at])
	v := -1
	for j, w := range ws {
		lw := strings.ToLower(w)
		if _, ok := clauseDir[lw]; ok || experienceVerbs[lw] || subjectEnds[lw] {
			v = j
			break
		}
	}
	if v < 1 || v > 4 {
		return ""
	}
	subj := ws[:v]
	if strings.EqualFold(subj[0], "the") {
		subj = subj[1:]
	}
	if len(subj) == 0 || titleStop[strings.ToLower(subj[0])] || hasDigit(strings.Join(subj, " ")) || len(placesIn(strings.Join(subj, " "), 0)) > 0 {
		return "" // "This is …", "It rose …": another rule reads what they stand for
	}
	t := "Change in " + lowerFirst(strings.Join(subj, " "))
	after := strings.Fields(q[end:])
	if len(after) > 1 && after[0] == "in" {
		var np []string
		for _, w := range after[1:] {
			lw := strings.ToLower(w)
			if lw == "the" && len(np) == 0 {
				continue
			}
			if titleStop[lw] || memberPreps[lw] || hasDigit(w) || strings.ContainsAny(w, ",;:()") || isMonth(strings.Trim(w, ",.;:")) {
				break
			}
			np = append(np, w)
		}
		if n := cleanMember(strings.Join(np, " ")); n != "" && len(np) <= 4 {
			t += " " + n
		}
	}
	return t
}

// apposedRE matches the words between a level and a change set after it
// in apposition: ", an increase of ", ", a fall of ".
var apposedRE = lazyRegexp(`^[^,;()]*,\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:increase|decrease|rise|fall|drop|decline|reduction|gain|loss)\s+of\s+$`)

// apposedWhy is the note of a change titled by apposedChange.
const apposedWhy = "a change set in apposition after a figure is the change in what that figure measures"

// apposedChange returns the title of a change cl set in apposition after
// the figure before it in its sentence ("there were 24,545 dentists …,
// an increase of 237 (1.0%) on 2017-18"): the change in what that figure
// measures, and a figure restating such a change in brackets its title; ""
// otherwise.
func apposedChange(prev, cl *claim, q string, at int) (string, string) {
	if prev == nil || cl.ind.Measure != indicators.Change {
		return "", ""
	}
	pat := strings.Index(q, prev.ind.Stated)
	if pat < 0 || pat+len(prev.ind.Stated) > at {
		return "", ""
	}
	gap := q[pat+len(prev.ind.Stated) : at]
	if figureRE.MatchString(yearWordRE.ReplaceAllString(gap, " year")) {
		return "", "" // another figure between them, a year aside
	}
	if prev.ind.Measure == indicators.Change && strings.TrimSpace(gap) == "(" && prev.fieldNotes["title"] == apposedWhy {
		return prev.ind.Title, "restates in brackets the change before it"
	}
	if prev.ind.Measure == indicators.Change || !apposedRE.MatchString(gap) || quoteWordShare(cl.ind.Title, q) >= 0.5 || sharesTitleWord(cl.ind.Title, prev.ind.Title) {
		return "", "" // a title mostly of its own quote's words stands
	}
	_, noun, _ := splitMeasured(prev.ind.Title)
	for _, w := range strings.Fields(strings.ToLower(noun)) {
		if _, ok := clauseDir[w]; ok {
			return "", "" // no measured noun: "Registrations an increase in the number"
		}
	}
	t := "Change in " + lowerFirst(noun)
	if vagueNoun(noun) || len(t) > 60 {
		return "", ""
	}
	return t, apposedWhy
}

// quoteWordShare returns the share of title t's words of four letters or
// more, its change's lead aside, that its quote writes (case aside).
func quoteWordShare(t, quote string) float64 {
	if rest, ok := cutChangeLead(t); ok {
		t = rest
	}
	q := strings.ToLower(quote)
	n, in := 0, 0
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if w = strings.Trim(w, ",.;:()’'"); len(w) >= 4 {
			n++
			if strings.Contains(q, w) {
				in++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// directionAfter reports whether one of the two words after a figure is a
// word of change ("a $4.9 billion reduction", "0.2 points up"), which
// gives the figure its direction before its clause does.
func directionAfter(after string) bool {
	for i, w := range strings.Fields(after) {
		if i == 2 {
			break
		}
		if _, ok := clauseDir[strings.ToLower(strings.Trim(w, ",.;:()"))]; ok {
			return true
		}
	}
	return false
}

// sharesTitleWord reports whether titles a and b share a word of four
// letters or more, their change's lead aside. It reads the words as
// written; titlesMeetOn, the restatement test, reads contentWords (stems,
// no places). One reading for both was measured on 2 December 2026 and
// moved the drafts (reading contentWords here: dental wording 0.318 →
// 0.227), so the two are kept apart until one reading serves both.
func sharesTitleWord(a, b string) bool {
	if rest, ok := cutChangeLead(a); ok {
		a = rest
	}
	if rest, ok := cutChangeLead(b); ok {
		b = rest
	}
	bw := strings.Fields(strings.ToLower(b))
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if w = strings.Trim(w, ",.;:()’'"); len(w) >= 4 && w != "change" {
			for _, x := range bw {
				if strings.Trim(x, ",.;:()’'") == w {
					return true
				}
			}
		}
	}
	return false
}
