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
	if m.Kind != Number || !m.Unit.IsZero() || isFraction(m) {
		return ""
	}
	text := d.src.Text
	rest := text[m.Span.End:m.Sentence.End]
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
		if i > 0 && (bare == "and" || bare == "or") && i+2 < len(f) && isDigit(f[i+2][0]) {
			break // "… and 215,000 (16%) at risk": the next item
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
	noun := d.leadNoun(m)
	if noun == "" {
		return ""
	}
	return upperFirst(noun + " " + f[0] + " " + phrase)
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
