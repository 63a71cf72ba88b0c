package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Lists of places, and the overall trade of a page with no partner
// (drafts15). A statistical or trade release names places in lists
// ("its top 10 markets – China, Mexico, Canada, …", "seven of the 10
// markets (China, Mexico, …)"): a list says which places, not who acts,
// so its places are neither the document's subjects nor a figure's
// entities. A page whose places are only listed has no partner, and its
// home party's exports, when no partner is named, go to the world.

// minListed is the fewest places that make a list.
const minListed = 3

// listedPlaces returns the starts of the places of ps (in order, offsets
// into text) that stand in a list: a run of at least minListed items,
// places or other names ("Latin America"), with nothing but commas,
// "and", "or" and "the" between them.
func listedPlaces(text string, ps []placeMention) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(ps); {
		j, items := i+1, 1
		for j < len(ps) {
			n, ok := listGap(text, ps[j-1], ps[j])
			if !ok {
				break
			}
			j, items = j+1, items+1+n
		}
		if items >= minListed {
			for _, p := range ps[i:j] {
				out[p.start] = true
			}
		}
		i = j
	}
	return out
}

// listGap reports whether only a list's separators, and names that are
// items of it, stand between two places, and how many such names.
func listGap(text string, a, b placeMention) (int, bool) {
	if b.start <= a.end || b.start-a.end > 40 {
		return 0, false
	}
	names, inName, sep := 0, false, false
	for _, w := range strings.Fields(strings.ReplaceAll(text[a.end:b.start], ",", " , ")) {
		switch lw := strings.ToLower(w); {
		case lw == "," || lw == "and" || lw == "or":
			inName, sep = false, true
		case lw == "the":
		case isUpperWord(w) && sep:
			if !inName {
				names++
			}
			inName = true
		default:
			return 0, false
		}
	}
	return names, sep
}

// isUpperWord reports whether w starts with a capital letter.
func isUpperWord(w string) bool {
	return w != "" && w[0] >= 'A' && w[0] <= 'Z'
}

// unlisted returns the places of ps that stand in no list of the text.
func (d *docDraft) unlisted(ps []placeMention) []placeMention {
	if d.listed == nil {
		d.listed = listedPlaces(d.src.Text, d.docPlaces())
	}
	if len(d.listed) == 0 {
		return ps
	}
	var out []placeMention
	for _, p := range ps {
		if !d.listed[p.start] {
			out = append(out, p)
		}
	}
	return out
}

// orRestatedChange returns the change that a figure right after ", or"
// restates in another unit: "exports increased 11 percent, or $19.5
// billion, from 2021"; also after a bare "or" when the change is a
// percentage with a direction of its own ("down 0.1 per cent or 0.4 Mt
// CO2-e"), and in brackets right after a rate of growth ("an annual
// growth rate of 1.7% (3,400 people)").
func (d *docDraft) orRestatedChange(m Mention) (Mention, bool) {
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	trimmed := strings.TrimRight(before, " ")
	bare := false
	switch {
	case strings.HasSuffix(trimmed, ", or"):
	case strings.HasSuffix(trimmed, " or"):
		bare = true
	default:
		return d.bracketedRate(m)
	}
	if m.Unit.Kind == indicators.Percent && shareOfWholeRE.MatchString(text[m.Span.End:m.Sentence.End]) {
		// "to USD 29.3 billion, or 14.4% of ODA": a share of the whole
		// it names, whatever the figure before it.
		return Mention{}, false
	}
	comma := m.Sentence.Start + len(trimmed) - len(", or")
	if bare {
		comma = m.Sentence.Start + len(strings.TrimRight(trimmed[:len(trimmed)-len(" or")], " "))
	}
	for _, o := range d.mentionsOf(m.Sentence) { // the sentence's; the checks below keep only them
		if o.Sentence != m.Sentence || o.Span.End != comma || o.Unit.Kind == m.Unit.Kind {
			continue
		}
		if bare && (o.Unit.Kind != indicators.Percent || o.Quantity.Direction == indicators.NoDirection) {
			continue
		}
		if c, ok := asChange(text, o); ok {
			return c, true
		}
	}
	return Mention{}, false
}

// bracketedRate returns the rate of growth that a counted figure in
// brackets right after it restates: "an annual growth rate of 1.7% (3,400
// people)" is growth of 3,400 people, up.
func (d *docDraft) bracketedRate(m Mention) (Mention, bool) {
	text := d.src.Text
	if m.Unit.Kind != indicators.Count || m.Span.Start < 1 || m.Span.End >= len(text) || text[m.Span.Start-1] != '(' || text[m.Span.End] != ')' {
		return Mention{}, false
	}
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Unit.Kind != indicators.Percent || o.Span.End > m.Span.Start-1 || strings.TrimSpace(text[o.Span.End:m.Span.Start-1]) != "" {
			continue
		}
		cs, _ := clauseOf(text, o)
		g := growthRateBefore.FindStringSubmatch(strings.ToLower(joinBroken(text[cs:o.Span.Start])))
		if g == nil {
			continue
		}
		o.Quantity.Direction = indicators.Up
		if g[1] == "decline" {
			o.Quantity.Direction = indicators.Down
		}
		return o, true
	}
	return Mention{}, false
}

// worldSalesCues make a party's sales its exports to the whole world.
var worldSalesCues = []string{"international sales", "sales abroad", "foreign sales", "overseas sales", "global sales"}

// worldTrade returns WLD as the counterpart of a flow or change of one
// party's exports or imports, and why, when the document has no partner
// and the sentence names no other place: "U.S. agricultural exports
// increased 11 percent", "international sales of U.S. farm products
// reaching $196 billion".
func (d *docDraft) worldTrade(m Mention, cs, ce int, ents []string, cp string, measure indicators.MeasureKind) (string, string, bool) {
	if cp != "" || len(ents) != 1 || ents[0] == indicators.World || measure != indicators.Flow && measure != indicators.Change {
		return "", "", false
	}
	text := d.src.Text
	if o, ok := d.orRestatedChange(m); ok {
		cs, ce = clauseOf(text, o) // the change it restates names the flow
	}
	lower := strings.ToLower(joinBroken(text[cs:ce]))
	if c := firstPhrase(lower, worldSalesCues); c != "" {
		return indicators.World, fmt.Sprintf("%q: to the whole world", c), true
	}
	if d.partner() != "" || ents[0] != d.home() {
		return "", "", false
	}
	w := firstPhrase(lower, []string{"exports", "imports"})
	if w == "" || twoSidedCue(lower) != "" {
		return "", "", false
	}
	others := slices.DeleteFunc(distinct(countries(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End))),
		func(c string) bool { return c == ents[0] || c == indicators.World })
	if len(others) > 0 {
		return "", "", false
	}
	return indicators.World, fmt.Sprintf("%q, no partner named on a page about no partner: to or from the whole world", w), true
}

// reportingVerbs report what data or a person found or published, with
// "that" after them, or "on" a day that dates the saying (saidOnDay): "Final 2022 trade data … shows that U.S. exports increased".
var reportingVerbs = map[string]bool{"show": true, "shows": true, "showed": true, "shown": true, "indicate": true, "indicates": true,
	"indicated": true, "confirm": true, "confirms": true, "confirmed": true, "reveal": true, "reveals": true, "revealed": true,
	"find": true, "finds": true, "found": true, "say": true, "says": true, "said": true, "report": true, "reports": true, "reported": true,
	"publish": true, "publishes": true, "published": true, "announce": true, "announces": true, "announced": true}

// reportedClause returns the words of the clause that a reporting verb
// and "that" introduce, when ws hold one, else ws: the figure's subject
// is the reported clause's ("U.S. agricultural exports"), not the data's
// ("Final 2022 trade data").
func reportedClause(ws []string) []string {
	for i := len(ws) - 2; i >= 1; i-- {
		if strings.EqualFold(ws[i], "that") && reportingVerbs[strings.ToLower(ws[i-1])] {
			return ws[i+1:]
		}
	}
	return ws
}

// sayVerbs report speech and take the said clause with or without a
// "that": "The minister said 2,100 boats were moored".
var sayVerbs = map[string]bool{"say": true, "says": true, "said": true}

// reportedFrom returns m with its sentence, and cs its clause start, begun
// past a reporting frame before the figure (reportingFrameEnd): the figure
// belongs to the reported clause, and who says it never names what is
// counted.
func reportedFrom(text string, m Mention, cs int) (Mention, int) {
	if m.Sentence.Start < 0 || m.Span.Start > len(text) || m.Sentence.Start >= m.Span.Start {
		return m, cs
	}
	m.Sentence.Start = reportingFrameEnd(text, m.Sentence.Start, m.Span.Start)
	return m, max(cs, m.Sentence.Start)
}

// reportingFrameEnd returns where the clause a reporting frame before
// byte e of the sentence that begins at s introduces begins, or s when it
// has none. A frame is a subject and a verb of saying or finding with
// "that" ("Figures published today show that …", "A spokesman said that
// of the …"), or a verb of saying alone ("The harbour master said 2,100
// boats …"). A verb of finding without "that" takes the figure as its
// object ("Schools reported 420 incidents") and frames nothing, nor does a
// verb after a relative pronoun ("The share of adults who said they felt
// safe was 61%"), whose clause is the subject's.
func reportingFrameEnd(text string, s, e int) int {
	frame, relative := s, false
	for _, loc := range wordRE.FindAllStringIndex(text[s:e], -1) {
		from, to := s+loc[0], s+loc[1]
		switch w := strings.ToLower(text[from:to]); {
		case w == "that" && !relative && reportingVerbs[lastWord(text[s:from])]:
			frame = to // "show that", "said that"
		case relativeWords[w]:
			relative = true
		case sayVerbs[w] && !relative:
			frame = to
		}
	}
	for frame < e && (text[frame] == ' ' || text[frame] == ',') {
		frame++
	}
	return frame
}

// wordRE matches a word of letters, with its inner apostrophes.
var wordRE = lazyRegexp(`[A-Za-z][A-Za-z'’]*`)

// absoluteWith returns the noun phrase of an absolute "with" clause that
// ws hold, without its participle ("with international sales of American
// lumber reaching" → "international sales of American lumber"), else ws.
func absoluteWith(ws []string) []string {
	n := len(ws)
	if n < 3 || !strings.EqualFold(ws[0], "with") {
		return ws
	}
	if last := ws[n-1]; isLowerWord(last) && strings.HasSuffix(last, "ing") && len(last) > 5 {
		return ws[1 : n-1]
	}
	return ws
}

// shareOfWholeRE matches the whole a percentage is of, right after it: " of
// ODA", " of total spending", " of the total". "N% of <whole>" is a share.
var shareOfWholeRE = lazyRegexp(`^\s*of\s+(?:the\s+|their\s+|its\s+)?[A-Za-z]`)
