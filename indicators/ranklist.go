package indicators

import "strings"

// rankLists gives the places one sentence ranks one rank word: "the most
// common nationality referred this year was UK …; the second most
// commonly referred nationality was Albanian and third was Vietnamese"
// (s26w-slavery) ranks three places of one list, by the words its
// ordinal says ("most commonly referred"). A bare ordinal ("third")
// leaves those words out, as English does after the first, and a first
// place that starts with the same word ("most common") says them
// shorter: each takes the ordinal's words as its rank's name, so every
// output says one "rank (1 = most commonly referred)" for the list.
// stated keeps the quote's words; the name is read again from them at
// every load, so an exported catalog loads the same.
func (c *Catalog) rankLists() {
	type placed struct {
		ind    *Indicator
		source string
		text   string
		span   Span
	}
	var ranks []placed
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != Rank {
			continue
		}
		if p, text, ok := c.firstQuoteIn(ind); ok {
			ranks = append(ranks, placed{ind, p.Source, text, p.Span})
		}
	}
	first := func(name string) string { w, _, _ := strings.Cut(name, " "); return w }
	named := make([]string, len(ranks)) // each rank's list word, or ""
	for i, r := range ranks {
		name := r.ind.Unit.Name
		firstPlace := r.ind.Quantity.Value == Decimal{Coef: 1}
		if name != "" && !firstPlace {
			continue // an ordinal with its words: the list's own
		}
		for _, o := range ranks {
			frame := o.ind.Unit.Name
			if o.ind == r.ind || frame == "" || o.ind.Quantity.Value == (Decimal{Coef: 1}) || o.source != r.source || !SameSentence(r.text, r.span, o.span) {
				continue
			}
			if name == "" && o.span.Start < r.span.Start || firstPlace && name != "" && first(name) == first(frame) {
				named[i] = frame // the nearest before a bare ordinal: the last one met
				if firstPlace {
					break // a first place takes the first ordinal of its word
				}
			}
		}
	}
	for i, r := range ranks {
		if named[i] != "" {
			r.ind.Unit.Name = named[i]
		}
	}
}
