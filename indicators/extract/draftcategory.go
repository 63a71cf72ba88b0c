package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Lists of trade categories, as trade pages write them: "The top export
// categories (2-digit HS) in 2010 were: Machinery ($2.8 billion), Mineral
// Fuel (oil) ($2.2 billion), …". The amount after an item is not the
// item's funding but the trade in it: "U.S. exports of machinery to
// Colombia", the exporter's with the importer as counterpart, for the
// lead-in's year.

// categoryList is a list of trade categories a figure is an item of: the
// trade's direction ("export" or "import"), the lead-in before the list's
// colon, and the item's name.
type categoryList struct {
	dir       string
	why       string // where the direction was read
	lo, hi    int    // the lead-in, text[lo:hi]
	item      string
	flow      Mention // the first amount of the sentence before, when dir was read there
	hasFlow   bool
	home, ptr string // the document's home party and partner
}

// categoryNouns name the categories of a list of traded things.
var categoryNouns = map[string]bool{"categories": true, "category": true, "products": true, "commodities": true, "sectors": true}

// categoryItem returns the list of categories whose item the amount m is
// the figure of: an amount in parentheses after an item of a list after a
// lead-in that names categories of exports or imports ("The five largest
// import categories in 2010 were:"), or categories alone ("Leading
// categories include:") after a sentence of the same paragraph on one
// side of the trade; or, with no direction, categories of no trade ("The
// main program categories were: Clean water ($20 million)"). The document
// must have a home party and a partner.
func (d *docDraft) categoryItem(m Mention) (categoryList, bool) {
	text := d.src.Text
	home, partner := d.home(), d.partner()
	if m.Kind != Currency || home == "" || partner == "" || m.Span.Start < 1 || m.Span.End >= len(text) ||
		text[m.Span.Start-1] != '(' || text[m.Span.End] != ')' {
		return categoryList{}, false
	}
	open := m.Span.Start - 1
	colon := strings.IndexByte(text[m.Sentence.Start:open], ':')
	if colon < 0 {
		return categoryList{}, false
	}
	lo, hi := m.Sentence.Start, m.Sentence.Start+colon
	lead := strings.FieldsFunc(strings.ToLower(text[lo:hi]), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if !anyIn(lead, categoryNouns) {
		return categoryList{}, false
	}
	l := categoryList{lo: lo, hi: hi, home: home, ptr: partner}
	l.dir = tradeDirection(lead)
	l.why = fmt.Sprintf("%q before the list", strings.Join(strings.Fields(text[lo:hi]), " "))
	if l.dir == "" {
		// "Leading categories include:" after "U.S. exports of
		// agricultural products to Colombia totaled $832 million": the
		// first amount of the sentence before in the paragraph.
		ps := paragraphStart(text, m.Sentence.Start)
		for _, o := range d.mentionsFrom(ps, m.Sentence.Start+1) {
			if o.Kind == Currency && o.Sentence.Start >= ps && o.Sentence.End <= m.Sentence.Start && o.Sentence != l.flow.Sentence {
				l.flow, l.hasFlow = o, true
			}
		}
		if l.hasFlow {
			sent := text[l.flow.Sentence.Start:l.flow.Sentence.End]
			l.dir = tradeDirection(strings.FieldsFunc(strings.ToLower(sent), func(r rune) bool { return !unicode.IsLetter(r) }))
			l.why = fmt.Sprintf("%q, after a sentence on %ss", strings.Join(strings.Fields(text[lo:hi]), " "), l.dir)
		}
		if l.dir == "" {
			l.hasFlow = false
			l.why = fmt.Sprintf("%q before the list, of no trade", strings.Join(strings.Fields(text[lo:hi]), " "))
		}
	}
	if len(countries(placesIn(text[lo:hi], lo))) > 0 {
		return categoryList{}, false
	}
	// The item: from the list's colon, or the end of the item before it,
	// to the parenthesis of its amount, without a gloss of its own
	// ("Mineral Fuel (oil)").
	start := hi + 1
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.End <= open && o.Span.Start > start {
			start = o.Span.End
		}
	}
	item := strings.TrimLeft(text[start:open], " ),;")
	for {
		t := strings.TrimSpace(item)
		if !strings.HasSuffix(t, ")") {
			item = t
			break
		}
		j := strings.LastIndexByte(t, '(')
		if j < 0 {
			item = t
			break
		}
		item = t[:j]
	}
	item = strings.TrimPrefix(strings.TrimPrefix(item, "and "), "or ")
	if item == "" || hasDigit(item) || len(strings.Fields(item)) > 6 {
		return categoryList{}, false
	}
	l.item = lowerWords(item)
	return l, true
}

// anyIn reports whether any of ws is in set.
func anyIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

// tradeDirection returns "export" or "import" when the words (lower case)
// name one side of trade only, or "".
func tradeDirection(ws []string) string {
	ex, im := false, false
	for _, w := range ws {
		switch w {
		case "export", "exports", "exported":
			ex = true
		case "import", "imports", "imported":
			im = true
		}
	}
	switch {
	case ex && !im:
		return "export"
	case im && !ex:
		return "import"
	}
	return ""
}

// lowerWords lower-cases the words of a name written in title case
// ("Mineral Fuel and Oil" → "mineral fuel and oil"), leaving acronyms and
// places as written.
func lowerWords(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if len(placesIn(w, 0)) > 0 {
			continue
		}
		r, n := utf8.DecodeRuneInString(w)
		if rest := w[n:]; unicode.IsUpper(r) && strings.ToLower(rest) == rest {
			f[i] = string(unicode.ToLower(r)) + rest
		}
	}
	return strings.Join(f, " ")
}

// title names the trade in the item: "U.S. exports of machinery to
// Colombia", "U.S. imports of mineral fuel and oil from Colombia"; an item
// of a list of no trade is funded ("Funding for clean water").
func (l categoryList) title(d *docDraft, sent indicators.Span) string {
	if l.dir == "" {
		return shorten("Funding for "+l.item, 60)
	}
	home := d.placeName(l.home, sent)
	if l.home == "US" {
		home = "U.S."
	}
	partner := d.placeName(l.ptr, sent)
	if strings.HasSuffix(d.placeForm(l.ptr, sent), "the "+partner) {
		partner = "the " + partner
	}
	if l.dir == "export" {
		return d.fit(home+" exports of "+l.item+" to "+partner, 60)
	}
	return d.fit(home+" imports of "+l.item+" from "+partner, 60)
}

// parties returns the item's entities and counterpart: exports are the
// home party's to the partner, imports the partner's to the home party.
func (l categoryList) parties() ([]string, string) {
	if l.dir == "export" {
		return []string{l.home}, l.ptr
	}
	return []string{l.ptr}, l.home
}
