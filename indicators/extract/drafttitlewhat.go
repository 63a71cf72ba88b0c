package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of the seventh session's genres (drafts25): a title names the
// clause's subject or the noun the figure modifies ("the 2% inflation
// target" → "Inflation target"; "<subject> … X percent of GDP" →
// "<subject> as a share of GDP", with "It" and "They" the subject of the
// sentence before, and "the deficit" the fuller name the text gave it);
// it holds no finite verb ("Deficit grows") and never ends on a
// preposition or a comparison stub ("… in fiscal year", "… significantly
// more than"); an amount an announcement adds is "<Additional> funding
// for …" or "… to <verb> …"; an amount right before a programme's name is
// that programme's funding; a minority's preferred move says who
// preferred it.

// whatTitle titles a figure by the rules of this file, when they apply,
// and cleans any title of a closing verb or stub.
func (d *docDraft) whatTitle(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	set := func(t, why string) {
		if t != "" && t != ind.Title {
			ind.Title, cl.fieldNotes["title"] = t, why
			declare(cl.fieldNotes, "title", "title/whatTitle")
		}
	}
	text := d.src.Text
	switch {
	case (ind.Measure == indicators.Level || ind.Measure == indicators.Share) && m.Unit.String() == "percent" && d.rateNounOf(m) != "":
		// a rate read at a time, or a rate of a part of a population
		// (a share: partRate), titled by its rate either way
		set(d.rateLevelTitle(m), "the rate the percentage is the level of")
	case ind.Measure == indicators.Share && m.Unit.String() == "percent":
		if t := d.gdpShareTitle(m); t != "" {
			set(t, "the clause's subject, a ratio to GDP")
		}
	case ind.Measure == indicators.Threshold && strings.HasPrefix(m.Unit.String(), "deg"):
		set(warmingTitle(strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))), "a limit on warming")
	case ind.Measure == indicators.CountKind:
		if t := d.receivedTitle(m); t != "" {
			set(t, "what the counted received, done to them")
		} else if t := needTitle(text, m, joinBroken(text[m.Span.End:ce])); t != "" && len(strings.Fields(ind.Title)) < 2 {
			set(t, "the counted noun and what it is in need of")
		}
	case m.Kind == Currency:
		if t := d.programmeFunding(m); t != "" {
			set(t, "an amount right before a programme's name: its funding")
		} else if t := d.addedFunding(m); t != "" {
			set(t, "an amount an announcement adds, by what it is for")
		} else if t := d.placeItemFunding(m); t != "" {
			set(t, "a place's amount in a list, or a part of it")
		} else if t := d.inAidTitle(m, ind.Title); t != "" {
			set(t, "the aid the amount is of")
		}
	}
	if ind.Status == indicators.Target {
		// "Australia's pledge to reduce …", now a target.
		for _, n := range []string{"Pledge to ", "Commitment to ", "Promise to "} {
			if strings.HasPrefix(ind.Title, n) {
				set("Target to "+strings.TrimPrefix(ind.Title, n), "the target's object")
			}
		}
	}
	if v, subj, ok := d.preferenceOf(m); ok {
		if strings.Contains(strings.ToLower(text[m.Sentence.Start:m.Span.Start]), v) {
			set(shorten(ind.Title+" "+strings.ToLower(subj)+" "+strings.Fields(v)[0], 64), "what the sentence's subject preferred")
		} else if t := d.preferringTitle(m, v); t != "" {
			set(t, "who preferred the move the sentence names")
		}
	}
	if t := polishTitle(ind.Title); t != ind.Title && t != "" {
		if len(strings.Fields(t)) == 1 {
			if full := d.resolvedSubject(m, "the "+strings.ToLower(t)); full != "" && len(strings.Fields(full)) > 1 {
				t = title(d.leadAdjective(m) + full)
			}
		}
		if len(strings.Fields(t)) > 1 {
			ind.Title = t
		}
	}
}

// rateLevelTitle titles the level of a rate: the rate noun compound right
// after the figure ("the 2% inflation target" → "Inflation target"), or
// the rate's name before it ("to maintain Bank Rate at 5.25%" → "Bank
// Rate", "Twelve-month CPI inflation fell to 2.0%" → "Twelve-month CPI
// inflation").
func (d *docDraft) rateLevelTitle(m Mention) string {
	text := d.src.Text
	after := strings.Fields(joinBroken(text[m.Span.End:m.Sentence.End]))
	var np []string
	for _, w := range after {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if titleStop[lw] || lw == "" || !isLowerWord(lw) && !isUpperWord(w) {
			break
		}
		np = append(np, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	if s := strings.ToLower(strings.Join(np, " ")); len(np) > 0 && firstPhrase(s, levelRateNouns) != "" {
		return title(strings.Join(np, " "))
	}
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	lb := strings.ToLower(before)
	at, noun := -1, ""
	for _, n := range levelRateNouns {
		if i := lastPhrase(lb, n); i > at {
			at, noun = i, n
		}
	}
	if at < 0 {
		return ""
	}
	ws := strings.Fields(before[:at+len(noun)])
	k := len(ws) - len(strings.Fields(noun))
	for k > 0 {
		w := strings.Trim(ws[k-1], "“”\"‘’'")
		if strings.ContainsAny(w, ",;:.()") || !rateModifier(w) {
			break
		}
		k--
	}
	return title(strings.Join(ws[k:], " "))
}

// rateWords may stand before a rate noun in its name: "services consumer
// price inflation", "the ten-year bond yield", "the youth unemployment
// rate", "the economic inactivity rate", "the labour force participation
// rate".
var rateWords = map[string]bool{"consumer": true, "price": true, "prices": true, "core": true, "headline": true, "annual": true,
	"monthly": true, "services": true, "goods": true, "food": true, "energy": true, "bond": true, "government": true, "treasury": true,
	"mortgage": true, "policy": true, "official": true, "overnight": true, "lending": true, "deposit": true, "wage": true, "underlying": true,
	"economic": true, "national": true, "youth": true, "adult": true, "female": true, "male": true, "claimant": true, "labour": true, "labor": true, "force": true}

// rateModifier reports whether w may stand in a rate's name: a word of
// rateWords, a capitalized word ("Bank", "CPI", "Twelve-month") or a
// hyphened one ("ten-year").
func rateModifier(w string) bool {
	lw := strings.ToLower(w)
	if rateWords[lw] || strings.Contains(w, "-") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !titleStop[lw] && !subjectEnds[lw]
}

// finiteVerbs end a subject in the sentences of outlooks and releases:
// "the deficit grows to", "It amounts to", "Revenues total".
var finiteVerbs = map[string]bool{"amounts": true, "amount": true, "equals": true, "equal": true, "grows": true, "grow": true, "rises": true,
	"rise": true, "falls": true, "fall": true, "drops": true, "drop": true, "total": true, "totals": true, "reaches": true, "remain": true,
	"remains": true, "continues": true, "continue": true, "swells": true, "increases": true, "increase": true, "decreases": true, "decrease": true, "declines": true,
	"climbs": true, "edges": true, "hits": true, "stays": true, "averages": true, "averaged": true}

// pronounSubjects point back to the subject of the sentence before.
var pronounSubjects = map[string]bool{"it": true, "they": true, "this": true, "these": true}

// sentenceSubject returns the subject of the sentence [s, e): its words up
// to the first finite verb, past an opening "In 2035," or a participial
// phrase and its comma ("Adjusted to exclude …, the deficit grows"), and
// without a closing "in 2025"; and the participle, if any ("Adjusted").
func sentenceSubject(text string, s, e int) (string, string) {
	ws := pastOpeners(strings.Fields(joinBroken(text[s:e])))
	lead := ""
	if len(ws) > 0 {
		first := strings.ToLower(strings.Trim(ws[0], ","))
		if isPrep(first) || strings.HasSuffix(first, "ed") && first != "united" {
			for k, w := range ws {
				if strings.HasSuffix(w, ",") {
					if strings.HasSuffix(first, "ed") {
						lead = first
					}
					ws = ws[k+1:]
					break
				}
			}
		}
	}
	var keep []string
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if subjectEnds[lw] || finiteVerbs[lw] || hasDigit(lw) || strings.ContainsAny(w, "$€£%") {
			break
		}
		keep = append(keep, strings.Trim(w, ",;:"))
	}
	// "Federal outlays in 2025": the year is the period's.
	for len(keep) > 0 && isPrep(strings.ToLower(keep[len(keep)-1])) {
		keep = keep[:len(keep)-1]
	}
	for len(keep) > 0 && titleStop[strings.ToLower(keep[0])] && !pronounSubjects[strings.ToLower(keep[0])] {
		keep = keep[1:]
	}
	return polishTitle(strings.Join(keep, " ")), lead
}

// isPrepWord reports whether w is a preposition a subject may close on
// once a year is taken out of it.
func isPrepWord(w string) bool {
	switch w {
	case "in", "of", "for", "during", "over", "by", "at", "on", "from", "to", "through", "since":
		return true
	}
	return false
}

// lookBack bounds how far back, in bytes, a title's reference to an
// earlier sentence or name is sought: drafting stays linear in the text.
const lookBack = 4000

// previousSentence returns the span of the sentence before byte at (of
// more than three words, within lookBack bytes; the first sentence of the
// window may be cut, so it is never taken).
func previousSentence(text string, at int) (int, int, bool) {
	var prev [2]int
	ok := false
	from := max(0, at-lookBack)
	for _, sp := range sentenceSpans(text[from:at]) {
		if sp[0] > 0 && len(strings.Fields(text[from+sp[0]:from+sp[1]])) > 3 {
			prev, ok = [2]int{from + sp[0], from + sp[1]}, true
		}
	}
	return prev[0], prev[1], ok
}

// resolvedSubject returns a subject with its pronoun or short definite
// name resolved: "It" is the subject of the sentence before; "the
// deficit" the fullest name of the same head noun the text gave before
// ("the federal budget deficit"), keeping its own modifiers ("the
// adjusted deficit" → "adjusted federal budget deficit").
func (d *docDraft) resolvedSubject(m Mention, subj string) string {
	text := d.src.Text
	f := strings.Fields(subj)
	if len(f) == 0 {
		return ""
	}
	if len(f) == 1 && pronounSubjects[strings.ToLower(f[0])] {
		ps, pe, ok := previousSentence(text, m.Sentence.Start)
		if !ok {
			return ""
		}
		s, _ := sentenceSubject(text, ps, pe)
		if len(strings.Fields(s)) == 1 && pronounSubjects[strings.ToLower(s)] {
			return ""
		}
		return d.resolvedSubjectAt(ps, s)
	}
	return d.resolvedSubjectAt(m.Sentence.Start, subj)
}

// resolvedSubjectAt resolves a short definite name before byte at.
func (d *docDraft) resolvedSubjectAt(at int, subj string) string {
	f := strings.Fields(subj)
	if len(f) > 0 && strings.EqualFold(f[0], "the") {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 2 {
		return strings.Join(f, " ")
	}
	head := strings.ToLower(f[len(f)-1])
	re, err := regexp.Compile(`(?i)\bthe ((?:[a-z]+ ){1,3})` + regexp.QuoteMeta(indicators.Singular(head)) + `s?\b`)
	if err != nil {
		return strings.Join(f, " ")
	}
	full := ""
	for _, g := range re.FindAllStringSubmatch(joinBroken(d.src.Text[max(0, at-lookBack):at]), -1) {
		mods := strings.Fields(g[1])
		ok := true
		for _, w := range mods {
			if titleStop[w] || subjectEnds[w] || finiteVerbs[w] || isPrepWord(w) {
				ok = false
			}
		}
		if ok {
			full = strings.ToLower(strings.Join(mods, " ")) + " " + head
		}
	}
	if full == "" {
		return strings.Join(f, " ")
	}
	own := strings.ToLower(strings.Join(f[:len(f)-1], " "))
	if own != "" && !strings.Contains(full, own) {
		full = own + " " + full
	}
	return full
}

// leadAdjective returns the participle that opens the sentence of m,
// with a space ("Adjusted "), or "".
func (d *docDraft) leadAdjective(m Mention) string {
	_, lead := sentenceSubject(d.src.Text, m.Sentence.Start, m.Sentence.End)
	if lead == "" {
		return ""
	}
	return lead + " "
}

// gdpShareTitle titles a ratio to GDP by the clause's subject: "Federal
// outlays in 2025 total $7.0 trillion, or 23.3 percent of GDP" →
// "Federal outlays as a share of GDP"; "its previous high of 106 percent
// of GDP" → "Previous high of federal debt as a share of GDP"; "the 3.8
// percent that deficits have averaged over the past 50 years" → "Average
// deficit as a share of GDP over the past 50 years".
func (d *docDraft) gdpShareTitle(m Mention) string {
	text := d.src.Text
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	if w := gdpWhole(after); w == "" && !d.gdpShareBefore(m) || strings.Contains(w, "global") || strings.Contains(w, "world") {
		return "" // "of global GDP": the world's economy, a share of it by whoever the subject is
	}
	subj, lead := sentenceSubject(text, m.Sentence.Start, m.Sentence.End)
	if subj == "" {
		return ""
	}
	full := d.resolvedSubject(m, subj)
	if full == "" {
		return ""
	}
	if lead == "" && (strings.Contains(after, "(if adjusted") || strings.Contains(after, "(adjusted")) {
		// "reaching 24.4 percent of GDP in 2035 (if adjusted to exclude
		// …)": the adjusted figure.
		lead = "adjusted"
	}
	if lead != "" && !strings.Contains(strings.ToLower(full), lead) {
		full = lead + " " + lowerFirst(full)
	}
	const tail = " as a share of GDP"
	af := strings.Fields(after)
	if k := len(gdpWhole(after)); k > 0 {
		af = strings.Fields(after[k:])
	}
	// "that deficits have averaged over the past 50 years".
	if len(af) > 3 && af[0] == "that" && (af[2] == "have" || af[2] == "has") && strings.HasPrefix(af[3], "averag") {
		noun := indicators.Singular(strings.Trim(af[1], ",.;:"))
		t := "Average " + noun + tail
		if i := strings.Index(after, "over the past"); i >= 0 {
			rest := strings.Fields(after[i:])
			t += " " + strings.TrimRight(strings.Join(rest[:min(len(rest), 5)], " "), ",.;:")
		}
		return t
	}
	bw := strings.Fields(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
	if n := len(bw); n >= 3 && bw[n-1] == "of" && bw[n-2] == "high" || n >= 3 && bw[n-1] == "of" && bw[n-2] == "low" {
		kind := bw[n-2]
		if bw[n-3] == "previous" || bw[n-3] == "record" {
			kind = bw[n-3] + " " + kind
		}
		t := title(kind) + " of " + lowerFirst(full) + tail
		if utf8.RuneCountInString(t) > 64 {
			t = title(kind) + " of " + lowerFirst(headPhrase(full)) + tail
		}
		return t
	}
	t := title(full) + tail
	if utf8.RuneCountInString(t) > 64 {
		t = title(headPhrase(full)) + tail
	}
	return t
}

// headPhrase returns a noun phrase up to its first participle or
// preposition: "federal debt held by the public" → "federal debt".
func headPhrase(np string) string {
	f := strings.Fields(np)
	for k, w := range f {
		lw := strings.ToLower(w)
		if k > 0 && (isPrepWord(lw) || strings.HasSuffix(lw, "ed") && !edAdjectives[lw]) {
			return strings.Join(f[:k], " ")
		}
	}
	return np
}

// polishTitle drops a title's closing finite verb ("Deficit grows" →
// "Deficit"; "Revenues total" → "Total revenues"), a closing phrase of
// time whose number was taken out ("… in fiscal year", "… over the
// past"), a comparison stub ("… significantly more than") and what
// follows a dash. A verb's particle stays ("cared for", "partner with").
func polishTitle(t string) string {
	if i := strings.IndexAny(t, "—"); i > 0 {
		t = strings.TrimSpace(t[:i])
	}
	f := strings.Fields(t)
	if n := len(f); n == 2 && (strings.EqualFold(f[1], "total") || strings.EqualFold(f[1], "totals")) {
		return "Total " + lowerFirst(f[0])
	}
	for {
		n := len(f)
		if n < 2 {
			break
		}
		lw := strings.ToLower(strings.Trim(f[n-1], ",.;:"))
		if finiteVerbs[lw] || closingPreps[lw] {
			f = f[:n-1]
			continue
		}
		if lw == "than" {
			// "… significantly more than": back past the comparison.
			k := n - 1
			for k > 0 && comparisonStub[strings.ToLower(f[k-1])] {
				k--
			}
			f = f[:k]
			continue
		}
		if s := strings.ToLower(strings.Join(f[max(0, n-3):], " ")); strings.HasSuffix(s, "fiscal year") || strings.HasSuffix(s, "calendar year") ||
			strings.HasSuffix(s, "the past") || strings.HasSuffix(s, "in year") {
			// "in fiscal year", "over the past": cut back to the
			// preposition.
			k := n - 1
			for k > 0 && yearlessWords[strings.ToLower(f[k])] {
				k--
			}
			if k > 0 && isPrepWord(strings.ToLower(f[k])) {
				f = f[:k]
				continue
			}
		}
		break
	}
	return strings.Join(f, " ")
}

// closingPreps never close a title as a verb's particle: "Pledge to
// reduce greenhouse gas emissions by".
var closingPreps = map[string]bool{"by": true, "of": true, "from": true, "than": false}

// comparisonStub words stand before a closing "than": "… significantly
// more than".
var comparisonStub = map[string]bool{"more": true, "less": true, "significantly": true, "well": true, "much": true, "far": true, "higher": true, "lower": true}

// yearlessWords name a time whose number a title leaves out: "in fiscal
// year", "over the past".
var yearlessWords = map[string]bool{"year": true, "fiscal": true, "calendar": true, "past": true, "the": true}

// programmeNames end the name of a programme an amount before it funds.
var programmeNames = map[string]bool{"program": true, "programme": true, "fund": true, "initiative": true, "scheme": true, "facility": true,
	"project": true, "plan": true, "strategy": true}

// programmeFunding titles an amount right before a programme's name as
// that programme's funding: "$10 million New Energy Skills Program to
// provide …" → "Funding for the New Energy Skills Program".
func (d *docDraft) programmeFunding(m Mention) string {
	after := strings.Fields(joinBroken(d.src.Text[m.Span.End:m.Sentence.End]))
	var name []string
	for _, w := range after {
		bare := strings.Trim(w, ",.;:")
		r, _ := utf8.DecodeRuneInString(bare)
		if !unicode.IsUpper(r) {
			break
		}
		name = append(name, bare)
		if programmeNames[strings.ToLower(bare)] && len(name) >= 2 {
			return "Funding for the " + strings.Join(name, " ")
		}
		if bare != w {
			break
		}
	}
	return ""
}

// addedLeads open an amount an announcement adds, with the word a title
// gives its funding.
var addedLeads = []struct{ lead, adj string }{{"an additional", "Additional"}, {"a further", "Further"}, {"additional", "Additional"},
	{"further", "Further"}, {"another", "Additional"}, {"the newly allocated", "New"}, {"newly allocated", "New"}, {"the initial", "Initial"},
	{"an initial", "Initial"}}

// provisionVerbs give what their object is: funding "to deliver
// community batteries" is funding for them.
var provisionVerbs = map[string]bool{"deliver": true, "provide": true, "supply": true, "build": true, "fund": true, "support": true,
	"buy": true, "purchase": true, "construct": true, "install": true, "finance": true}

// addedFunding titles an amount an announcement adds by what it is for:
// "An additional $300 million to deliver community batteries and solar
// banks across Australia" → "Additional funding for community batteries
// and solar banks"; "A further $100 million to train 10,000 apprentices"
// → "Further funding to train apprentices"; "the newly allocated €8.7
// million in response to the floods" → "New funding … in response to the
// floods"; "the initial €45.3 million announced by Commissioner X during
// …" → "Initial funding … announced by Commissioner X".
func (d *docDraft) addedFunding(m Mention) string {
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	bw := strings.Fields(strings.TrimLeft(before, " •◦▪·-*–"))
	adj := ""
	for _, l := range addedLeads {
		lw := strings.Fields(l.lead)
		if len(bw) >= len(lw) && strings.Join(bw[len(bw)-len(lw):], " ") == l.lead {
			adj = l.adj
			break
		}
	}
	if adj == "" {
		return ""
	}
	owner := ""
	if p, ok := d.parenOwner(m); ok {
		owner = " for " + p
	}
	after := strings.Fields(joinBroken(text[m.Span.End:m.Sentence.End]))
	stop := func(w string) bool {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		return lw == "across" || lw == "in" || lw == "during" || lw == "including" || hasDigit(w)
	}
	upTo := func(ws []string, n int) []string {
		var out []string
		for k, w := range ws {
			if stop(w) || len(out) == n {
				break
			}
			if strings.EqualFold(w, "and") && k+1 < len(ws) && (titleStop[strings.ToLower(ws[k+1])] || hasDigit(ws[k+1]) ||
				strings.EqualFold(ws[k+1], "another")) {
				break // "… outbreak and another $2 million": the next item
			}
			out = append(out, strings.Trim(w, ",.;:()"))
			if strings.ContainsAny(w, ",.;:()") {
				break
			}
		}
		return out
	}
	t := ""
	switch {
	case len(after) > 2 && strings.EqualFold(after[0], "to") && isLowerWord(after[1]):
		v := strings.ToLower(after[1])
		rest := after[2:]
		// Past the count the verb's object starts with: "to train 10,000
		// New Energy Apprentices".
		for len(rest) > 0 && (hasDigit(rest[0]) || strings.EqualFold(rest[0], "more") || strings.EqualFold(rest[0], "than")) {
			rest = rest[1:]
		}
		obj := upTo(rest, 8)
		if len(obj) == 0 {
			return ""
		}
		if provisionVerbs[v] {
			t = adj + " funding for " + strings.Join(obj, " ")
		} else {
			t = adj + " funding" + owner + " to " + v + " " + strings.Join(obj, " ")
		}
	case len(after) > 3 && strings.EqualFold(after[0], "in") && strings.EqualFold(after[1], "response") && strings.EqualFold(after[2], "to"):
		t = adj + " funding" + owner + " in response to " + strings.Join(upTo(after[3:], 8), " ")
	case len(after) > 2 && strings.HasSuffix(strings.ToLower(after[0]), "ed") && strings.EqualFold(after[1], "by"):
		name := []string{}
		for _, w := range after[2:] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(name) == 3 {
				break
			}
			name = append(name, strings.Trim(w, ",.;:"))
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
		t = adj + " funding" + owner + " " + strings.ToLower(after[0])
		if len(name) > 0 {
			t += " by " + strings.Join(name, " ")
		}
	default:
		return ""
	}
	return shorten(t, 64)
}

// parenOwner returns the place whose parenthesis an amount stands in, or
// at the head of: "Chad (€57.9 million, including …)" → "Chad".
func (d *docDraft) parenOwner(m Mention) (string, bool) {
	text := d.src.Text
	open := strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], '(')
	if open < 0 {
		return "", false
	}
	open += m.Sentence.Start
	if strings.IndexByte(text[open:m.Span.Start], ')') >= 0 {
		return "", false
	}
	ps := placesIn(text[m.Sentence.Start:open], 0)
	if len(ps) == 0 {
		return "", false
	}
	p := ps[len(ps)-1]
	if strings.TrimSpace(text[m.Sentence.Start+p.end:open]) != "" {
		return "", false
	}
	return text[m.Sentence.Start+p.start : m.Sentence.Start+p.end], true
}

// placeItemFunding titles a place's amount in a list of places with
// amounts in parentheses ("Burkina Faso (€26.9 million); Cameroon (€21
// million)") as "Funding for <place>", and a part of it in the same
// parenthesis by its noun ("the reinforcement of €3 million …" →
// "Reinforcement for Mauritania").
func (d *docDraft) placeItemFunding(m Mention) string {
	text := d.src.Text
	p, ok := d.parenOwner(m)
	if !ok {
		return ""
	}
	if strings.TrimSpace(text[strings.LastIndexByte(text[:m.Span.Start], '(')+1:m.Span.Start]) == "" {
		return "Funding for " + p
	}
	bw := strings.Fields(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
	if n := len(bw); n >= 2 && bw[n-1] == "of" && isLowerWord(bw[n-2]) && !titleStop[bw[n-2]] {
		return title(bw[n-2]) + " for " + p
	}
	return ""
}

// preferenceOf returns the preference verb of m's sentence and its
// subject ("Two members"), if the sentence has one.
func (d *docDraft) preferenceOf(m Mention) (string, string, bool) {
	text := d.src.Text
	sent := joinBroken(text[m.Sentence.Start:m.Sentence.End])
	ls := strings.ToLower(sent)
	for _, v := range preferenceVerbs {
		if i := lastPhrase(ls, v); i > 0 {
			subj := strings.TrimSpace(sent[:i])
			if f := strings.Fields(subj); len(f) == 0 || len(f) > 4 {
				return "", "", false
			}
			return v, subj, true
		}
	}
	return "", "", false
}

// preferringTitle titles the count of those who preferred a move: "Two
// members preferred to reduce Bank Rate by 0.25 percentage points" →
// "Members preferring to reduce Bank Rate".
func (d *docDraft) preferringTitle(m Mention, v string) string {
	text := d.src.Text
	if m.Kind == Currency || m.Unit.Kind == indicators.Percent {
		return ""
	}
	noun := strings.Fields(m.Text)
	if len(noun) < 2 {
		return ""
	}
	sent := joinBroken(text[m.Span.End:m.Sentence.End])
	i := strings.Index(strings.ToLower(sent), v)
	if i < 0 {
		return ""
	}
	rest := strings.Fields(sent[i+len(v):])
	var obj []string
	for _, w := range rest {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if lw == "by" || lw == "to" && len(obj) > 0 || hasDigit(w) {
			break
		}
		obj = append(obj, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	if len(obj) == 0 {
		return ""
	}
	verb := "preferring to"
	if !strings.HasSuffix(v, " to") {
		verb = strings.TrimSuffix(v, "ed") + "ing"
	}
	return title(strings.Join(noun[1:], " ") + " " + verb + " " + strings.Join(obj, " "))
}

// warmingTitle titles a limit on warming in degrees that a sentence would
// "keep within reach" ("keep 1.5 degrees within reach" → "Global warming
// limit to keep within reach"), or returns "".
func warmingTitle(after string) string {
	if strings.HasPrefix(strings.TrimSpace(after), "within reach") {
		return "Global warming limit to keep within reach"
	}
	return "" // "the 2 ℃ goal" keeps its own words
}

// receivedNouns turn "received <noun>" into what was done to the counted:
// "6,000 members of the LAF received training" → trained.
var receivedNouns = map[string]string{"training": "trained", "treatment": "treated", "education": "educated", "assistance": "assisted",
	"care": "cared for", "vaccinations": "vaccinated", "scholarships": "given scholarships"}

// receivedTitle titles a count whose verb is "received <noun>": "More than
// 6,000 members of the LAF received training in the United States since
// 1970" → "Members of the LAF trained in the United States"; a later
// count of the same noun after "including" ("…, including 204 members in
// FY 2020") takes the same title.
func (d *docDraft) receivedTitle(m Mention) string {
	text := d.src.Text
	bw := strings.Fields(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
	if len(bw) > 0 && strings.Trim(bw[len(bw)-1], ",") == "including" {
		noun := strings.ToLower(lastWord(m.Text))
		for _, o := range d.sentenceMentions(m) {
			if o.Span.End <= m.Span.Start && strings.ToLower(lastWord(o.Text)) == noun {
				return d.receivedTitle(o)
			}
		}
		return ""
	}
	after := strings.Fields(joinBroken(text[m.Span.End:m.Sentence.End]))
	var of []string
	k := 0
	if len(after) > 1 && strings.EqualFold(after[0], "of") {
		for k = 1; k < len(after) && k <= 4; k++ {
			if strings.EqualFold(after[k], "received") {
				break
			}
			of = append(of, after[k])
		}
	}
	if k >= len(after)-1 || !strings.EqualFold(after[k], "received") {
		return ""
	}
	done, ok := receivedNouns[strings.ToLower(strings.Trim(after[k+1], ",.;:"))]
	if !ok {
		return ""
	}
	noun := strings.Fields(m.Text)
	t := title(noun[len(noun)-1])
	if len(of) > 0 {
		t += " of " + strings.Join(of, " ")
	}
	t += " " + done
	var where []string
	if k+2 < len(after) && strings.EqualFold(after[k+2], "in") {
		for _, w := range after[k+2:] {
			lw := strings.ToLower(strings.Trim(w, ",.;:"))
			if lw == "since" || hasDigit(w) || len(where) == 4 {
				break
			}
			where = append(where, strings.Trim(w, ",.;:"))
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
	}
	if len(where) > 1 {
		t += " " + strings.Join(where, " ")
	}
	return t
}

// needTitle titles a count of people in need: "over 35 million people
// across these regions are in need of aid" → "People in need of aid in
// the Sahel and Lake Chad regions", "these regions" named before.
func needTitle(text string, m Mention, after string) string {
	i := strings.Index(strings.ToLower(after), "in need of ")
	if i < 0 {
		return ""
	}
	what := nounAfter(strings.Fields(after[i+len("in need of "):]))
	if what == "" {
		return ""
	}
	noun := strings.Fields(m.Text)
	t := title(noun[len(noun)-1]) + " in need of " + what
	if where := theseBack(text, m.Span.End, after[:i]); where != "" {
		t += " in " + where
	}
	return shorten(t, 64)
}

// aidPhraseEnds close the noun phrase an amount is "in": "$216 million in
// combined Department of State and Department of Defense (DoD) military
// grant assistance".
var aidPhraseEnds = map[string]bool{"assistance": true, "aid": true, "funding": true, "financing": true, "support": true, "grants": true, "loans": true}

// inAidTitle titles an amount "in" a long noun phrase of aid by the
// phrase's closing words ("Military grant assistance"), when the title
// drafted clipped the phrase; and an amount "for <Name>" whose title only
// names who gave it by its funding ("Department of State" → "Department
// of State funding for IMET").
func (d *docDraft) inAidTitle(m Mention, cur string) string {
	text := d.src.Text
	after := strings.Fields(joinBroken(text[m.Span.End:m.Sentence.End]))
	if len(after) > 1 && strings.EqualFold(after[0], "for") && actorOnly(cur) && len(strings.Fields(cur)) > 1 {
		var name []string
		for _, w := range after[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) || len(name) == 4 {
				break
			}
			name = append(name, strings.Trim(w, ",.;:"))
			if strings.ContainsAny(w, ",.;:") {
				break
			}
		}
		if len(name) > 0 {
			return cur + " funding for " + strings.Join(name, " ")
		}
	}
	if len(after) < 6 || !strings.EqualFold(after[0], "in") {
		return ""
	}
	end := -1
	for k, w := range after[1:] {
		if strings.ContainsAny(w, ".,;:") {
			if aidPhraseEnds[strings.ToLower(strings.Trim(w, ".,;:"))] {
				end = k + 1
			}
			break
		}
	}
	if end < 5 {
		return ""
	}
	k := end
	for k > 1 && isLowerWord(strings.Trim(after[k-1], ".,;:")) {
		k--
	}
	if end-k < 1 {
		return ""
	}
	return title(strings.Trim(strings.Join(after[k:end+1], " "), ".,;:"))
}

// theseNoun matches "across these regions", "in these countries".
var theseNoun = lazyRegexp(`\b(?:across|in|of) (?:these|those) ([a-z]+)\b`)

// theseBack resolves "these <noun>" in words (after a figure at byte at)
// to the places the text named with that noun before: "across these
// regions" after "in the Sahel and Lake Chad regions" → "the Sahel and
// Lake Chad regions". It returns "" when the text names none.
func theseBack(text string, at int, words string) string {
	g := theseNoun.FindStringSubmatch(strings.ToLower(words))
	if g == nil {
		return ""
	}
	re := regexp.MustCompile(`\bthe ((?:[A-Z][\p{L}’'-]*(?: and | )?){1,6})` + regexp.QuoteMeta(g[1]) + `\b`)
	last := ""
	for _, mm := range re.FindAllStringSubmatch(joinBroken(text[max(0, at-lookBack):at]), -1) {
		last = "the " + mm[1] + g[1]
	}
	return last
}
