package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"golang.org/x/text/language"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A bilateral relations page ("U.S. – Ghana Relations") counts people and
// firms of one side in the other ("Thousands of Ghanaians have been
// educated in the United States", "the 37 U.S. companies that have made
// new investments in Ghana"), values what they did ("…, totaling $800
// million") and names the other side's programmes ("The new Millennium
// Challenge Compact … will invest nearly $500 million"). The rules of this
// file read those.

// withoutContainingRegions drops a region named beside a country it
// contains: in "Ghana attracts hundreds of American students each year
// seeking to experience the culture of West Africa" the region only says
// where Ghana lies.
func withoutContainingRegions(ps []placeMention) []placeMention {
	contains := func(rc, cc string) bool {
		r, err := language.ParseRegion(rc)
		if err != nil || len(rc) != 3 {
			return false
		}
		c, err := language.ParseRegion(cc)
		return err == nil && rc != cc && r.Contains(c)
	}
	var out []placeMention
	for _, p := range ps {
		if !slices.ContainsFunc(ps, func(o placeMention) bool { return len(o.code) == 2 && contains(p.code, o.code) }) {
			out = append(out, p)
		}
	}
	return out
}

// countedSubject reports whether the place named in a count's own words
// acts: the counted words open the sentence's subject and the other place
// comes only after them ("Thousands of Ghanaians have been educated in the
// United States", "the 37 U.S. companies that have made new investments
// in Ghana"). Where the other place comes first, it acts on those counted
// ("Japanese companies employed approximately 650,000 U.S. workers"). It
// returns the reason.
func (d *docDraft) countedSubject(m Mention, places []placeMention) (string, bool) {
	text := d.src.Text
	var in, out string
	for _, p := range places {
		switch {
		case m.Span.Start <= p.start && p.end <= m.Span.End:
			in = text[p.start:p.end]
		case p.start < m.Span.Start:
			return "", false
		case out == "":
			out = text[p.start:p.end]
		}
	}
	if in == "" || out == "" || hasVerb(words(text[m.Sentence.Start:m.Span.Start])) {
		return "", false
	}
	return fmt.Sprintf("%s counted, the subject; %s after it", in, out), true
}

// subjectGives reports whether a flow whose clause names one place, only
// after the figure, is given by the document's home party named in the
// sentence's subject before the clause: "The new Millennium Challenge
// Compact II, which entered into force in 2016, will invest nearly $500
// million to support the transformation of Ghana’s power sector" is the
// United States' to Ghana.
func (d *docDraft) subjectGives(m Mention, cs int, places []placeMention) bool {
	home := d.home()
	if home == "" || cs <= m.Sentence.Start || len(places) == 0 || places[0].code == home {
		return false
	}
	for _, p := range places {
		if p.start < m.Span.End {
			return false
		}
	}
	subj := distinct(countries(d.placesAt(d.src.Text, m.Sentence.Start, m.Sentence.Start, cs)))
	return len(subj) == 1 && subj[0] == home
}

// relatedBefore returns the places of the figure of the sentence right
// before m's when m's sentence names none and goes on about what that
// figure's sentence said: a word of six letters or more of the earlier
// sentence recurs in m's, up to the figure's end ("… the 37 U.S. companies
// that have made new investments in Ghana in the last five years. Even
// more exciting is the 79 new investments or trade deals …"). It is asked
// before the heading's places, which name the whole page's two sides.
func (d *docDraft) relatedBefore(m Mention, measure indicators.MeasureKind) ([]string, string, string, bool) {
	if d.relating {
		return nil, "", "", false
	}
	d.relating = true
	defer func() { d.relating = false }()
	text := d.src.Text
	prev, ok := d.mentionBeforeSentence(m)
	if !ok || !sharesSubject(text[prev.Sentence.Start:prev.Sentence.End], text[m.Sentence.Start:m.Span.End]) {
		return nil, "", "", false
	}
	gap := text[prev.Sentence.End:m.Sentence.Start]
	if strings.Count(gap, "\n") > 1 || strings.Contains(gap, "\n") && opensBullet(text, m.Sentence.Start) {
		return nil, "", "", false // another paragraph, or a sibling bullet: its places are its own
	}
	cs, ce := clauseOf(text, prev)
	es, cp, _, _ := d.entities(prev, cs, d.ownEnd(prev, ce), measure)
	if len(es) == 0 || cp == "" {
		return nil, "", "", false
	}
	return es, cp, fmt.Sprintf("no place of its own: goes on from %s in the sentence before", strings.Join(strings.Fields(prev.Text), " ")), true
}

// mentionBeforeSentence returns the last figure that is a claim before
// m's sentence, in the sentence right before it: "the 37 U.S. companies",
// not the "five years" after it.
func (d *docDraft) mentionBeforeSentence(m Mention) (Mention, bool) {
	text := d.src.Text
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Sentence.Start })
	for i--; i >= 0; i-- {
		prev := d.mentions[i]
		if prev.Sentence.End > m.Sentence.Start || strings.TrimSpace(text[prev.Sentence.End:m.Sentence.Start]) != "" {
			return Mention{}, false
		}
		if _, u, err := indicators.ParseStated(prev.Text); err == nil && notAClaim(text, prev, u) == "" {
			return prev, true
		}
	}
	return Mention{}, false
}

// asideYear reports whether a year before a figure stands in an aside set
// off by commas that dates something else: a relative clause ("The new
// Millennium Challenge Compact II, which entered into force in 2016, will
// invest nearly $500 million") or an event ("The fund, launched in 2019,
// has disbursed $40 million"). The figure's own year is not there.
func asideYear(text string, m Mention, r yearRef) bool {
	lo := strings.LastIndex(text[m.Sentence.Start:r.start], ", ")
	if lo < 0 {
		return false
	}
	lo += m.Sentence.Start + 2
	hi := strings.IndexByte(text[r.end:m.Span.Start], ',')
	if hi < 0 {
		return false
	}
	aside := strings.ToLower(text[lo:r.start])
	return hasPrefixWord(aside, "which") || hasPrefixWord(aside, "who") || firstPhrase(aside, eventVerbs) != ""
}

// hasPrefixWord reports whether s opens with the word w.
func hasPrefixWord(s, w string) bool {
	rest, ok := strings.CutPrefix(s, w)
	return ok && (rest == "" || rest[0] == ' ')
}

// coordinatedStated returns a count's stated figure grown over the nouns
// joined to its counted one ("79 new investments or trade deals", whose
// extractor's mention ends at "investments"), or over the head noun its
// counted one modifies ("385 firearms certificates", compoundHead), with
// the quantity and unit the catalog reads from it: the head noun of the
// last ("deal", "certificate"). It returns false when no nouns are joined
// or the catalog reads the grown figure otherwise.
func (d *docDraft) coordinatedStated(m Mention, q indicators.Quantity, u indicators.Unit) (string, indicators.Quantity, indicators.Unit, bool) {
	if u.Kind != indicators.Count {
		return "", q, u, false
	}
	text := d.src.Text
	_, ce := clauseOf(text, m)
	if _, end, ok := compoundHead(text, m.Span.End, ce); ok {
		// "385 firearms certificates": the extractor's noun is a
		// modifier of the plural after it, the head.
		st := text[m.Span.Start:end]
		if q2, u2, err := indicators.ParseStated(st); err == nil && u2.Kind == indicators.Count && q2.Value.Equal(q.Value) && q2.Qualifier == q.Qualifier && !q2.IsRange() {
			return st, q2, u2, true
		}
	}
	if st, u2, ok := nounListStated(text, m, m.Sentence.End, u); ok {
		// "5,662 complaints and enquiries", "18,000 nurses, midwives and
		// nursing associates": a noun phrase joined by "and" is one unit,
		// every noun of it counted (README, "A noun phrase joined by
		// "and" or "or" is one unit").
		return st, q, u2, true
	}
	ext, _ := coordinatedNoun(words(text[m.Span.End:max(m.Span.End, ce)]))
	if !strings.HasPrefix(ext, "or ") {
		// "20 million new households and commercial entities" may count
		// both together; "or" counts either under one figure.
		return "", q, u, false
	}
	pos := m.Span.End
	for _, w := range strings.Fields(ext) {
		for pos < len(text) && (text[pos] == ' ' || text[pos] == '\t') {
			pos++
		}
		if !strings.HasPrefix(text[pos:], w) {
			return "", q, u, false
		}
		pos += len(w)
	}
	st := text[m.Span.Start:pos]
	q2, u2, err := indicators.ParseStated(st)
	if err != nil || u2.Kind != indicators.Count || !q2.Value.Equal(q.Value) || !q2.Low.Equal(q.Low) || !q2.High.Equal(q.High) || q2.Qualifier != q.Qualifier {
		return "", q, u, false
	}
	return st, q2, u2, true
}

// nounListStated returns the stated figure of count m grown over the
// plural nouns joined to its counted noun by "and", with commas before
// the last where there are three or more (" and enquiries", ", midwives
// and nursing associates": each of one or two words in lower case, the
// last plural), and the unit of them all, each noun in the singular in
// the document's order ("complaint and enquiry", "nurse, midwife and
// nursing associate", lexicon.IsNounList); false where no such list
// follows, or where the list goes on into a noun it modifies ("coach and
// bus user casualties").
func nounListStated(text string, m Mention, limit int, u indicators.Unit) (string, indicators.Unit, bool) {
	f := strings.Fields(m.Text)
	if u.Name == "" || u.Per != "" || len(f) < 2 || indicators.Singular(f[len(f)-1]) != u.Name[strings.LastIndexByte(u.Name, ' ')+1:] {
		return "", u, false
	}
	names := []string{u.Name}
	at := m.Span.End
	for last := false; !last; {
		// One conjunct: ", " or " and " (", and"), then one or two
		// words, the last a plural noun.
		rest := text[at:max(at, limit)]
		sep := len(rest) - len(strings.TrimLeft(rest, " \t"))
		switch r := rest[sep:]; {
		case strings.HasPrefix(r, ", and "):
			sep, last = sep+len(", and "), true
		case strings.HasPrefix(r, "and "):
			sep, last = sep+len("and "), true
		case strings.HasPrefix(r, ", "):
			sep += len(", ")
		default:
			return "", u, false
		}
		var ws []string
		k := at + sep
		for len(ws) < 2 {
			j := k
			for j < limit && text[j] >= 'a' && text[j] <= 'z' || j < limit && j > k && text[j] == '-' {
				j++
			}
			w := text[k:j]
			if w == "" || headStops[w] || titleStop[w] || auxiliaries[w] || j < limit && text[j] != ' ' && text[j] != ',' && text[j] != '.' && text[j] != ';' && text[j] != '\n' {
				return "", u, false
			}
			ws = append(ws, w)
			at = j
			if vocab.MadePlural(w) || vocab.OtherPlural(w) {
				break
			}
			if j >= limit || text[j] != ' ' {
				return "", u, false
			}
			k = j + 1
		}
		h := ws[len(ws)-1]
		if !vocab.MadePlural(h) && !vocab.OtherPlural(h) {
			return "", u, false
		}
		ws[len(ws)-1] = indicators.Singular(h)
		names = append(names, strings.Join(ws, " "))
	}
	if rest := strings.Fields(text[at:max(at, limit)]); len(rest) > 0 && isLowerWord(rest[0]) && (vocab.MadePlural(rest[0]) || vocab.OtherPlural(rest[0])) && !headStops[rest[0]] {
		return "", u, false // "coach and bus user casualties": the list modifies a noun after it
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	if st := text[m.Span.Start:at]; indicators.CountsTogether(st, indicators.CountOf(name)) {
		return st, indicators.CountOf(name), true
	}
	return "", u, false
}

// sinceTotal returns the year of a "since" in a figure's sentence when the
// figure is a total over the years since it ("Since 1951, the United States
// has provided more than $2 billion", "has sent more than 4,000 volunteers
// to Nepal since 1962"): the figure names no direction, and its sentence
// has no other figure and no year of its own.
func (d *docDraft) sinceTotal(m Mention, refs []yearRef) (yearRef, bool) {
	if m.Quantity.Direction != indicators.NoDirection {
		return yearRef{}, false
	}
	// The mentions are in text order: a figure of the same sentence is a
	// neighbour.
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Span.Start })
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(d.mentions) && d.mentions[j].Sentence == m.Sentence {
			return yearRef{}, false
		}
	}
	var since yearRef
	found := false
	for _, r := range refs {
		switch {
		case r.role == yearPeriod:
			return yearRef{}, false
		case r.role == yearBase && strings.HasSuffix(strings.ToLower(strings.TrimRight(d.src.Text[m.Sentence.Start:r.start], " ")), "since"):
			since, found = r, true
		}
	}
	return since, found
}

// givingParticiples open a clause that says what the subject of the
// clause before gives: "The United States is one of Nepal's largest
// bilateral donors, providing more than $130 million in assistance".
var givingParticiples = map[string]string{"providing": "provided", "giving": "given", "contributing": "contributed",
	"investing": "invested", "donating": "donated", "offering": "offered"}

// givingParticiple returns the giver and the receiver of an amount whose
// clause opens with a participle of givingParticiples and names no place:
// the place that opens the clause before at ps (its subject) gives, the
// other place that clause names receives.
func givingParticiple(text string, m Mention, cs, ps int, places []placeMention) (string, string, bool) {
	if _, ok := givingParticiples[strings.ToLower(firstWord(text[cs:m.Span.Start]))]; !ok {
		return "", "", false
	}
	codes := distinct(places)
	if len(codes) != 2 || places[0].code != codes[0] {
		return "", "", false
	}
	lead := strings.Fields(text[ps:places[0].start])
	if len(lead) > 1 || len(lead) == 1 && !strings.EqualFold(lead[0], "the") {
		return "", "", false // the place is no subject
	}
	return codes[0], codes[1], true
}

// firstWord returns the first word of s, without punctuation.
func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",.;:()")
}

// contrastYear returns the year of the figure before m in its sentence
// when m's clause opens with "while" or "whereas" and names no year: two
// facts set side by side share one ("exports … totaled $98 million in
// 2022, while imports from Nepal were $130 million").
func (d *docDraft) contrastYear(m Mention, cs int) (indicators.Period, string, bool) {
	text := d.src.Text
	switch strings.ToLower(firstWord(text[cs:m.Span.Start])) {
	case "while", "whereas":
	default:
		return indicators.Period{}, "", false
	}
	for i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= cs }) - 1; i >= 0; i-- {
		o := d.mentions[i]
		if o.Sentence != m.Sentence {
			break
		}
		if o.Span.End > cs {
			continue
		}
		ocs, oce := clauseOf(text, o)
		if p, _, why, _ := d.period(o, ocs, oce); p.IsStated() {
			return p, why + ", for " + strings.Join(strings.Fields(o.Text), " ") + ", set against this one by " + strconv.Quote(firstWord(text[cs:m.Span.Start])), true
		}
		break
	}
	return indicators.Period{}, "", false
}
