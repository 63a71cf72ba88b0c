package extract

import "strings"

// The part of a whole. A release states a whole and then its parts,
// each a figure with only a predicate of its own ("22.4 million people
// claimed some combination of DWP benefits … Of these: • 12.7 million
// were of State Pension Age"): a part counts what the whole counts,
// narrowed by its predicate, so its title is the whole's counted noun
// phrase (countedNP) with the predicate past its verb of being, read by
// the one reader of a count's own predicate (ownPredicate): "People of
// State Pension Age", "People under 16".

// partLeads open the parts of the whole a figure before them states.
var partLeads = []string{"of these", "of them", "of whom", "of which", "within which", "of those"}

// opensPart reports whether the words before a figure in its sentence
// are a part lead (partLead), bare or with the whole's noun and a hedge
// ("of these", "of all calls,", "of these visits, some"): at most two
// words past the lead.
func opensPart(before string) bool {
	loc := partLead.FindStringIndex(before)
	return loc != nil && len(strings.Fields(before[loc[1]:])) <= 2
}

// partTitle returns the title of figure m when it is a part of the whole
// a figure before a part lead states (partLeads), is a count, and opens its own
// sentence or bullet with only a verb of being and a predicate after it;
// "" otherwise.
func (d *docDraft) partTitle(m Mention) string {
	if m.Kind != Number && m.Kind != Count {
		return "" // a share of the whole is shareWholeTitle's
	}
	text := d.src.Text
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	after := measuredWords(text[m.Span.End:m.Sentence.End])
	if len(after) < 2 {
		return ""
	}
	pred := ownPredicate(after) // "were of State Pension Age" → "of State Pension Age"
	if pred == "" {
		return ""
	}
	lead := -1
	if before := strings.ToLower(strings.TrimSpace(text[ss:m.Span.Start])); before != "" {
		// "Of these 2.95 million were …", "Of all calls, 6.98 million
		// resulted in …": the part lead opens the figure's own sentence.
		switch at := innerPartLead(before); {
		case opensPart(before):
			lead = ss
		case at >= 0:
			// "Some 8,300 stray dogs were impounded, of which 810 were
			// sold 1,650 were reclaimed", "Of the 70,475 FOI requests
			// received, 46,769 were resolvable": the lead inside the
			// sentence, the whole's figure before it.
			lead = ss + at
		default:
			return ""
		}
	} else {
		from := max(0, ss-600)
		low := strings.ToLower(text[from:ss])
		for _, l := range partLeads {
			if i := strings.LastIndex(low, l); i > lead {
				if rest := strings.TrimLeft(low[i+len(l):], " "); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, ",") {
					lead = i
				}
			}
		}
		if lead < 0 {
			return ""
		}
		lead += from
	}
	whole := Mention{} // the last figure before the lead, not an aside's
	for _, p := range d.mentionsWithin(max(0, lead-400), lead) {
		in := text[p.Sentence.Start:p.Span.Start]
		if opensPart(strings.ToLower(strings.TrimSpace(in))) {
			continue // a part before, not the whole: "Of these 2.95 million were …"
		}
		if w := strings.Fields(strings.ToLower(tail(in, 40))); p.Kind == Percent || p.Kind == Ratio || changeBy(in) ||
			len(w) > 1 && w[len(w)-1] == "of" && isChangeNoun(w[len(w)-2]) {
			// "rose by 5,120", "an increase of 3,918": a share or a
			// change is no whole a count's part is of.
			continue
		}
		if p.Span.End <= lead && strings.Count(in, "(") <= strings.Count(in, ")") {
			whole = p
		}
	}
	if whole.Text == "" {
		return ""
	}
	np := d.countedHead(whole)
	if np == "" {
		np, _ = d.measuredPhrase(whole) // "the number of emergency calls was 9.08 million"
	}
	if np == "" {
		return ""
	}
	return shorten(np+" "+pred, 64)
}

// innerLeadRe matches a part lead inside a sentence, after the whole it
// parts: ", of which", ", of whom", ", including", ", comprising", or the
// comma that closes an opening "Of the <figure> <noun> …,".
var innerLeadRe = lazyRegexp(`,\s+(?:of\s+(?:which|whom)|including|comprising)(?:\s+|$)|^of\s+the\s+(?:[^,;:()]|\d,\d)*\d(?:[^,;:()]|\d,\d)*,(?:\s+|$)`)

// innerPartLead returns where in before, the lower-case words of a
// figure's sentence before it, its part lead ends when the lead stands
// inside the sentence (innerLeadRe) and only the earlier parts of one
// list stand between it and the figure ("of which 810 were sold 1,650
// were reclaimed and"): no clause's end, no parenthesis, at most twelve
// words. It returns -1 otherwise.
func innerPartLead(before string) int {
	locs := innerLeadRe.FindAllStringIndex(before, -1)
	if len(locs) == 0 {
		return -1
	}
	end := locs[len(locs)-1][1]
	if between := before[end:]; strings.ContainsAny(between, ";:()") || len(strings.Fields(between)) > 12 {
		return -1
	}
	return end
}
