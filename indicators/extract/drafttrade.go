package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Two-sided and one-sided trade. A figure for the trade between two
// parties ("U.S.-Korea trade", "trade between the United States and
// Korea", "bilateral trade with Korea", "two-way trade") is about both,
// the document's home party first, as the hand catalogs write it
// ([US, JP], no counterpart). A one-sided flow ("U.S. exports to Korea")
// is the exporter's, with the partner as counterpart; "imports from Korea"
// are Korea's exports, so Korea is the entity. A sentence that only says
// "Exports totaled $60 billion" after one about the trade with Korea takes
// its parties from that sentence.

// twoSidedCues say that a figure is the trade of two parties together,
// beside bothCues: a parenthesis such as "(two ways)" or "(exports and
// imports)".
var twoSidedCues = []string{"two ways", "two way", "both ways", "exports and imports", "imports and exports", "trade between", "trading between"}

// oneSidedWords make a trade figure one party's: an export is the
// exporter's, a deficit or surplus the reporting party's.
var oneSidedWords = []string{"export", "exports", "exported", "exporting", "import", "imports", "imported", "importing",
	"deficit", "deficits", "surplus", "surpluses", "balance", "sales", "sold", "sell", "sells"}

// wideClause widens the clause [cs, ce) of a figure over a parenthesis
// next to it and the clause beyond: "Trade in services with Korea
// (exports and imports) totaled $25 billion", "$100 billion in total (two
// ways) goods trade".
func wideClause(text string, m Mention, cs, ce int) (int, int) {
	s, e := m.Sentence.Start, m.Sentence.End
	if ce < e && text[ce] == '(' {
		if j := strings.IndexByte(text[ce:e], ')'); j > 0 {
			ce = ce + j + 1
			for ce < e && !isClauseBreak(text, ce, s, e) {
				ce++
			}
		}
	}
	b := cs
	for b > s && text[b-1] == ' ' {
		b--
	}
	if b > s && text[b-1] == ')' {
		if j := strings.LastIndexByte(text[s:b-1], '('); j >= 0 {
			cs = s + j
			for cs > s && !isClauseBreak(text, cs-1, s, e) {
				cs--
			}
		}
	}
	return cs, ce
}

// twoSidedCue returns the cue that makes the clause (lower case) the trade
// of two parties together, or "".
func twoSidedCue(clause string) string {
	if aidOneWay(clause) {
		return ""
	}
	if c := bothCue(clause); c != "" {
		return c
	}
	if c := firstPhrase(clause, twoSidedCues); c != "" {
		return c
	}
	plain := clause
	for _, both := range []string{"exports and imports", "imports and exports"} {
		plain = strings.ReplaceAll(plain, both, "")
	}
	if firstPhrase(plain, oneSidedWords) != "" {
		return ""
	}
	// "trade with Korea", "trade in services with Korea", "our trade
	// with Korea": trade, then "with" within a few words.
	f := strings.FieldsFunc(plain, func(r rune) bool { return r == ' ' || r == ',' || r == '(' || r == ')' })
	for i, w := range f {
		if w != "trade" && w != "trading" {
			continue
		}
		for j := i + 1; j < len(f) && j <= i+4; j++ {
			if f[j] == "partner" || f[j] == "partners" {
				break
			}
			if f[j] == "with" {
				return w + " … with"
			}
		}
	}
	return ""
}

// homeFirst orders codes with the document's subjects first, in their
// order.
func (d *docDraft) homeFirst(codes []string) []string {
	out := slices.Clone(codes)
	rank := func(c string) int {
		if i := slices.Index(d.subjects, c); i >= 0 {
			return i
		}
		return len(d.subjects)
	}
	slices.SortStableFunc(out, func(a, b string) int { return rank(a) - rank(b) })
	return out
}

// twoParties returns the parties of a two-sided figure whose clause names
// codes: both named, or the one named and the document's other subject.
func (d *docDraft) twoParties(codes []string) []string {
	switch {
	case len(codes) >= 2:
		return d.homeFirst(codes[:2])
	case len(codes) == 1:
		for _, s := range d.subjects {
			if s != codes[0] {
				return d.homeFirst([]string{s, codes[0]})
			}
		}
		return nil
	}
	if len(d.subjects) == 2 {
		return d.subjects
	}
	return nil
}

// flowAfterTrade returns the parties of a one-sided flow named without
// places ("Exports totaled $60 billion", "Services imports were $8
// billion") from the two-sided trade figure of the sentence before it in
// the paragraph: exports are the home party's to the other, imports the
// other's to the home party.
func (d *docDraft) flowAfterTrade(m Mention, cs int) (ents []string, counterpart string, ok bool) {
	trade, dir, ok := d.tradeBefore(m, cs)
	if !ok {
		return nil, "", false
	}
	text := d.src.Text
	parties := d.twoParties(distinct(countries(d.placesAt(text, trade.Sentence.Start, trade.Sentence.Start, trade.Sentence.End))))
	if len(parties) == 2 && parties[1] == d.home() {
		// A page that names its partner more than the United States
		// ("U.S. Relations With Zambia") lists the partner first; the
		// exports are still the home party's.
		parties = []string{parties[1], parties[0]}
	}
	if dir == "export" {
		return parties[:1], parties[1], true
	}
	return parties[1:], parties[0], true
}

// tradeBefore returns, for a one-sided flow that names no place but the
// trade's parties, the two-sided trade figure of the sentence before it
// in the paragraph, and whether the flow is an export or an import.
func (d *docDraft) tradeBefore(m Mention, cs int) (trade Mention, dir string, ok bool) {
	text := d.src.Text
	for _, w := range strings.Fields(strings.ToLower(text[cs:m.Span.Start])) {
		switch strings.Trim(w, ",.;:()") {
		case "export", "exports":
			dir = "export"
		case "import", "imports":
			dir = "import"
		}
	}
	if dir == "" {
		return Mention{}, "", false
	}
	named := distinct(countries(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End)))
	ps := paragraphStart(text, m.Sentence.Start)
	prev := -1 // the sentence before m's with a figure
	run := d.mentionsFrom(ps, m.Sentence.Start+d.longest+1)
	for i := len(run) - 1; i >= 0; i-- {
		o := run[i]
		if o.Sentence.Start >= m.Sentence.Start || o.Sentence.Start < ps {
			continue
		}
		if prev >= 0 && o.Sentence.Start != prev {
			break
		}
		prev = o.Sentence.Start
		ocs, oce := clauseOf(text, o)
		ws, we := wideClause(text, o, ocs, oce)
		if twoSidedCue(strings.ToLower(joinBroken(text[ws:we]))) == "" {
			continue
		}
		// The flow's sentence names no place, or only the trade's parties
		// ("U.S. exports to the Philippines were $12.8 billion").
		if parties := d.twoParties(distinct(countries(d.placesAt(text, o.Sentence.Start, o.Sentence.Start, o.Sentence.End)))); len(parties) == 2 &&
			!slices.ContainsFunc(named, func(c string) bool { return !slices.Contains(parties, c) }) {
			return o, dir, true
		}
	}
	return Mention{}, "", false
}

// productWords may stand before "trade" or after "trade in" to say what
// is traded.
var productWords = map[string]bool{"goods": true, "services": true, "and": true, "merchandise": true, "agricultural": true, "energy": true, "digital": true}

// flowTitle titles a one-sided flow named without places after two-sided
// trade ("Exports", "Goods imports"), or one that is part of the trade
// before its "of which": the home party's name as written,
// what is traded and the partner's ("U.S. goods and services exports to
// Korea", "U.S. goods imports from Korea"), or "".
func (d *docDraft) flowTitle(m Mention, cs int, t string) string {
	text := d.src.Text
	// The trade of the figure's own sentence ("of which") before the
	// sentence before.
	trade, dir, ok := d.tradeOfWhich(m, cs)
	if !ok {
		trade, dir, ok = d.tradeBefore(m, cs)
	}
	// "U.S. exports to the Philippines" → "exports": the parties are
	// written anew below.
	t = phrase(words(withoutPlaces(t)), 4)
	f := strings.Fields(strings.ToLower(t))
	if !ok || len(f) == 0 || len(f) > 3 || (f[len(f)-1] != "exports" && f[len(f)-1] != "imports") {
		return ""
	}
	parties := d.twoParties(distinct(countries(d.placesAt(text, trade.Sentence.Start, trade.Sentence.Start, trade.Sentence.End))))
	if len(parties) == 2 && parties[1] == d.home() {
		parties = []string{parties[1], parties[0]} // as in flowAfterTrade
	}
	home, partner := d.placeName(parties[0], m.Sentence), d.placeName(parties[1], m.Sentence)
	if strings.HasSuffix(d.placeForm(parties[1], m.Sentence), "the "+partner) {
		partner = "the " + partner // "to the Philippines"
	}
	if home == "" || partner == "" {
		return ""
	}
	what := strings.ToLower(t)
	if len(f) == 1 {
		// What the trade sentence says is traded: "goods and services
		// trade", "trade in services".
		tw := strings.FieldsFunc(strings.ToLower(text[trade.Sentence.Start:trade.Span.Start]), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == ',' })
		for i, w := range tw {
			if w != "trade" {
				continue
			}
			j := i
			for j > 0 && productWords[tw[j-1]] {
				j--
			}
			prod := tw[j:i]
			if len(prod) == 0 && i+2 < len(tw) && tw[i+1] == "in" && productWords[tw[i+2]] {
				prod = tw[i+2 : i+3]
			}
			if len(prod) > 0 && prod[0] != "and" {
				what = strings.Join(prod, " ") + " " + what
			}
			break
		}
	}
	if dir == "export" {
		return home + " " + what + " to " + partner
	}
	return home + " " + what + " from " + partner
}

// placeForm returns the place's form in the sentence sent (or else the
// document) with the four bytes before it, for its article ("to the
// Philippines"), or "".
func (d *docDraft) placeForm(code string, sent indicators.Span) string {
	for i, span := range []indicators.Span{sent, {Start: 0, End: len(d.src.Text)}} {
		ps := d.docPlaces()
		if i == 0 {
			ps = placesIn(d.src.Text[span.Start:span.End], span.Start)
		}
		for _, p := range ps {
			if p.code == code {
				return d.src.Text[max(span.Start, p.start-4):p.end]
			}
		}
	}
	return ""
}

// placeName returns the form of a place as the sentence sent writes it,
// else as the document first does ("U.S.", "Korea"), or "".
func (d *docDraft) placeName(code string, sent indicators.Span) string {
	for _, p := range placesIn(d.src.Text[sent.Start:sent.End], sent.Start) {
		if p.code == code {
			return d.src.Text[p.start:p.end]
		}
	}
	for _, p := range d.docPlaces() {
		if p.code == code {
			return d.src.Text[p.start:p.end]
		}
	}
	return ""
}

// changeOfFlow titles a change that goes on from a flow in the same
// sentence ("U.S. goods exports to Korea … were $43.5 billion, up 12.0%"):
// the flow's title after the change's own noun ("Increase in", "Growth
// of", "Decline in"), or "".
func (d *docDraft) changeOfFlow(m Mention, t string) string {
	head := changeHeads[strings.ToLower(t)]
	if head == "" {
		return ""
	}
	head += " "
	text := d.src.Text
	// The figure whose change this is: the one its clause goes on from,
	// else the sentence's first.
	cands := d.mentionsOf(m.Sentence)
	if cs, _ := clauseOf(text, m); d.appositiveChange(m, cs) {
		if p, ok := d.parentFigure(m, cs); ok {
			cands = []Mention{p}
		}
	}
	for _, o := range cands {
		if o.Sentence != m.Sentence || o.Span.End > m.Span.Start {
			continue
		}
		if u := o.Quantity; o.Unit.String() == "percent" || u.Direction != 0 {
			continue
		}
		ocs, _ := clauseOf(text, o)
		pt := d.titleWords(o, ocs, indicators.Flow)
		if len(strings.Fields(pt)) < 2 || strings.HasPrefix(pt, "Figure of") {
			return ""
		}
		return d.fit(head+pt, 60)
	}
	return ""
}

// fit shortens a title to n characters, first by writing a long name the
// document defines with an acronym as that acronym ("Increase in U.S.
// foreign direct investment stock in Indonesia" → "Increase in U.S. FDI
// stock in Indonesia"), then by shorten.
func (d *docDraft) fit(t string, n int) string {
	if utf8.RuneCountInString(t) <= n {
		return t
	}
	if d.acronyms == nil {
		d.acronyms = append(acronymsIn(d.src.Text), acronym{}) // a last zero one marks them read
	}
	for _, a := range d.acronyms {
		if a.long == "" {
			continue
		}
		if i := strings.Index(strings.ToLower(t), strings.ToLower(a.long)); i >= 0 {
			t = t[:i] + a.short + t[i+len(a.long):]
		}
	}
	return shorten(t, n)
}

// An acronym is a short name a text defines for a long one.
type acronym struct{ long, short string }

// acronymsIn returns the acronyms text defines as "foreign direct
// investment (FDI)": two to six capitals in parentheses after the words
// whose initials spell them, as longFormBefore reads them.
func acronymsIn(text string) []acronym {
	var out []acronym
	for i := 0; ; {
		j := strings.IndexByte(text[i:], '(')
		if j < 0 {
			return out
		}
		i += j + 1
		k := strings.IndexByte(text[i:], ')')
		if k < 2 || k > 6 {
			continue
		}
		short := text[i : i+k]
		if strings.ToUpper(short) != short || strings.IndexFunc(short, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
			continue
		}
		if long := longFormBefore(text, i-1, short); long != "" && !slices.Contains(out, acronym{long, short}) {
			out = append(out, acronym{long, short})
		}
	}
}

// worldFlowCues make a party's exports or imports its trade with the whole
// world, the counterpart WLD, when no partner is named: "our record
// overall exports of $2.35 trillion".
var worldFlowCues = []string{"overall exports", "total exports", "global exports", "worldwide exports", "exports to the world",
	"overall imports", "total imports", "global imports", "worldwide imports", "imports from the world"}

// aidOneWay reports whether a clause speaks of aid, which goes one way
// although "bilateral" names the two parties: "bilateral assistance",
// "bilateral aid".
func aidOneWay(clause string) bool {
	return firstPhrase(clause, []string{"bilateral assistance", "bilateral aid", "bilateral development assistance",
		"bilateral support", "bilateral funding", "bilateral programs"}) != ""
}

// twoWayTitle titles an amount followed by the two-sided trade it is, as
// trade pages write it ("with $27.7 billion in total (two way) goods trade
// during 2010"): the two parties, the home party first, and what is
// traded ("U.S.-Colombia two-way goods trade"), or "".
func (d *docDraft) twoWayTitle(m Mention, parties []string) string {
	if len(parties) != 2 || m.Kind != Currency {
		return ""
	}
	text := d.src.Text
	_, ce := clauseOf(text, m)
	_, wce := wideClause(text, m, m.Span.End, ce)
	f := strings.FieldsFunc(strings.ToLower(text[m.Span.End:wce]), func(r rune) bool { return r == ' ' || r == '(' || r == ')' || r == '\n' })
	if len(f) < 2 || f[0] != "in" {
		return ""
	}
	f = f[1:]
	if f[0] == "total" {
		f = f[1:]
	}
	if len(f) >= 2 && (f[0] == "two" || f[0] == "both") && (f[1] == "way" || f[1] == "ways") {
		f = f[2:]
	}
	i := 0
	for i < len(f) && productWords[f[i]] {
		i++
	}
	if i == len(f) || f[i] != "trade" || i > 0 && f[0] == "and" {
		return ""
	}
	name := func(code string) string {
		if code == "US" {
			return "U.S."
		}
		return d.placeName(code, m.Sentence)
	}
	home, partner := name(parties[0]), name(parties[1])
	if home == "" || partner == "" {
		return ""
	}
	what := strings.Join(append(slices.Clone(f[:i]), "trade"), " ")
	return d.fit(home+"-"+partner+" two-way "+what, 60)
}
