package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A figure belongs to a noun phrase (title35). A bare number with no noun
// of its own, past the bracket that restates it, names what it counts by
// the phrase after it — its complement — and counts the things the
// sentence's first figure counts: in "Around 340,000 households (25%)
// were in fuel poverty, including 63,000 (5%) in severe fuel poverty and
// 215,000 (16%) at risk of it", 63,000 are households in severe fuel
// poverty and 215,000 households at risk, never "Including" nor the
// phrase before the figure. The complement comes first, before the words
// before the figure (titleWords).

// complementPreps open a figure's complement: "N (P%) in X", "N at risk",
// "N with a disability".
var complementPreps = map[string]bool{"in": true, "at": true, "on": true, "with": true, "without": true, "under": true}

// complementTitle returns the title of bare number m from its complement
// and the counted noun of its sentence's first figure, or "".
func (d *docDraft) complementTitle(m Mention) string {
	bare := m.Kind == Number && m.Unit.IsZero() && !isFraction(m)
	if !bare && !d.listItem(m) {
		return ""
	}
	text := d.src.Text
	rest := joinBroken(text[m.Span.End:m.Sentence.End])
	if r := strings.TrimLeft(rest, " "); strings.HasPrefix(r, "(") {
		k := strings.IndexByte(r, ')')
		if k < 0 || !strings.ContainsAny(r[:k], "0123456789") {
			return ""
		}
		rest = r[k+1:] // "63,000 (5%) in …": past the restatement
	}
	f := strings.Fields(rest)
	if len(f) < 2 || !complementPreps[f[0]] {
		return ""
	}
	var np []string
	for i, w := range f[1:] {
		bare := strings.TrimRight(w, ",;:.)")
		if i > 0 && (bare == "and" || bare == "or") && i+2 < len(f) && hasDigit(f[i+2]) {
			break // "… and 215,000 (16%) at risk": the next item
		}
		if i > 0 && strings.HasPrefix(w, "(") {
			break // "in metropolitan areas (+£83)": the bracket closes the phrase
		}
		if bare == "" || strings.ContainsAny(bare, "0123456789(") || isMonth(bare) || durationMonths[strings.TrimSuffix(bare, "s")] > 0 || len(np) == 6 {
			return "" // a time or a figure, no complement that names things
		}
		np = append(np, bare)
		if bare != w {
			break
		}
	}
	phrase := strings.Join(np, " ")
	if len(np) == 0 || onlyPlaces(phrase) || titleStop[strings.ToLower(np[len(np)-1])] {
		return ""
	}
	if !bare {
		// "The average tax will be £1,405 in London, … and £1,749 (+£86)
		// in shire areas": the sentence's subject, for the item's group.
		subj, _ := sentenceSubject(text, m.Sentence.Start+bulletPrefix(text[m.Sentence.Start:m.Sentence.End]), m.Span.Start)
		if len(strings.Fields(subj)) < 2 || onlyPlaces(subj) {
			return ""
		}
		return upperFirst(subj) + ", " + phrase
	}
	noun := d.leadNoun(m)
	if noun == "" {
		return ""
	}
	return upperFirst(noun + " " + f[0] + " " + phrase)
}

// listItem reports whether m is a later item of a list its sentence's
// verb leads: a figure of the same kind stands before it, with no verb
// between them ("£1,658 in metropolitan areas (+£83), £1,729").
func (d *docDraft) listItem(m Mention) bool {
	p, ok := d.lastBeforeIn(m, func(o Mention) bool { return o.Kind == m.Kind && o.Unit == m.Unit })
	if !ok || m.Kind == Number {
		return false
	}
	between := d.src.Text[p.Span.End:m.Span.Start]
	if i := strings.LastIndexByte(between, ')'); i >= 0 && !strings.Contains(between[:i], "(") {
		between = between[i+1:] // "£1,405 in London (an increase of £55 when compared to 2017-18), £1,658": past the aside the last figure closes
	}
	return !strings.ContainsAny(between, ";:") && !hasVerb(strings.Fields(between)) && !linkVerbIn(between)
}

// linkVerbIn reports whether s holds a verb of being.
func linkVerbIn(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if linkVerbs[strings.Trim(w, ",.;:()")] {
			return true
		}
	}
	return false
}

// leadNoun returns what the first figure of m's sentence before m counts,
// in its own words ("households", "vulnerable households"), or "".
func (d *docDraft) leadNoun(m Mention) string {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start >= m.Span.Start {
			break
		}
		own := strings.Join(strings.Fields(o.Text), " ")
		if i := firstDigitEnd(own); i >= 0 && strings.TrimSpace(own[i:]) != "" {
			return lowerFirst(strings.TrimSpace(own[i:]))
		}
		if _, end, ok := headNounPhrase(text, o.Span.End, o.Sentence.End); ok && end > o.Span.End {
			if np := strings.Join(strings.Fields(vocab.OutsideBrackets(text[o.Span.End:end])), " "); np != "" {
				return lowerFirst(np) // "195,000 lower income households (83%)"
			}
		}
		return ""
	}
	return ""
}

// A ranked list of parts, "A was the largest cause of Y (45%), followed
// by B (13%)", gives each bracketed share its own item: the 45% is A's
// share of Y, the 13% B's — never A's for both, nor the rank's words.

// followedByRE matches a ranked list's lead and its next item: group 1
// the lead's subject, group 2 its whole Y (past "of"), group 3 the lead's
// bracket, group 4 the next item, group 5 its bracket.
var followedByRE = lazyRegexp(`^(.+?)\s+(?:was|were|is|are)\s+the\s+[^()]*?\bof\s+([^()]+?)\s*\(([^()]*)\),?\s+followed\s+by\s+([^()]+?)\s*\(([^()]*)\)`)

// rankedItemTitle returns the title of share m in a ranked list of parts
// (followedByRE): its own item's, with the lead's whole; or "".
func (d *docDraft) rankedItemTitle(m Mention, measure indicators.MeasureKind) string {
	if measure != indicators.Share {
		return ""
	}
	text := d.src.Text
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	ix := followedByRE.FindStringSubmatchIndex(text[ss:m.Sentence.End])
	if ix == nil {
		return ""
	}
	at := m.Span.Start - ss
	item := -1
	switch {
	case ix[6] <= at && at < ix[7]:
		item = 2 // the lead's subject
	case ix[10] <= at && at < ix[11]:
		item = 8 // the next item
	default:
		return ""
	}
	s := text[ss:m.Sentence.End]
	name := strings.TrimSpace(s[ix[item]:ix[item+1]])
	whole := strings.TrimSpace(s[ix[4]:ix[5]])
	if name == "" || whole == "" || len(strings.Fields(name)) > 6 || strings.ContainsAny(name, "%$£€") {
		return ""
	}
	if t := upperFirst(name) + ", share of " + whole; utf8.RuneCountInString(t) <= 64 {
		return t
	}
	return upperFirst(name) // the item alone rather than a clipped whole
}
