package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The counted noun of a bare change, as a statistics office's release
// writes it (drafts41):
//
//	Visitor arrivals from Asia were down 4,900 → arrival, the plural head
//	of the sentence's subject
//	The largest changes were from:
//	• Malaysia – down 1,800 → arrival, as the count of the paragraph
//	that leads in to the list

// leadInCount returns the counted figure of the paragraph that leads in
// to the bullet list whose item m is: the list's line before it ends with
// ":", and the last figure of that paragraph drafted with a counted noun.
func (d *docDraft) leadInCount(m Mention) (indicators.Unit, Mention, bool) {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	if bulletPrefix(strings.TrimLeft(text[ls:m.Span.Start], " \t")) == 0 {
		return indicators.Unit{}, Mention{}, false
	}
	// Back over the list's items to the line that leads in.
	at := ls
	for at > 0 {
		ps := strings.LastIndexByte(text[:at-1], '\n') + 1
		line := strings.TrimSpace(text[ps : at-1])
		if bulletPrefix(line) > 0 {
			at = ps
			continue
		}
		if !strings.HasSuffix(line, ":") {
			return indicators.Unit{}, Mention{}, false
		}
		break
	}
	if at == 0 {
		return indicators.Unit{}, Mention{}, false
	}
	ps := strings.LastIndex(text[:at], "\n\n") + 1
	var unit indicators.Unit
	var from Mention
	found := false
	first := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= ps })
	for _, o := range d.mentions[first:] {
		if o.Span.Start >= at {
			break
		}
		if u, ok := d.what.unitAt[o.Span.Start]; ok {
			unit, from, found = u, o, true
		}
	}
	return unit, from, found
}

// kindUnit gives a bare change with no counted noun the noun of its
// sentence's subject or of the paragraph that leads in to its list.
func (d *docDraft) kindUnit(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Kind != Number || isFraction(m) || !ind.Unit.IsZero() || ind.Measure != indicators.Change {
		return
	}
	if u, o, ok := d.leadInCount(m); ok {
		ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s in the paragraph that leads in to the list; stated keeps the figure as written", u.Name, flatText(o.Text))
		return
	}
	if u, o, ok := d.changedToCount(m); ok {
		ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s, the count the change reaches; stated keeps the figure as written", u.Name, flatText(o.Text))
	}
}

// changedToCount returns the counted noun of the level a change reaches
// ("has risen by around 2,350 … to 80,659"): a bare figure after "to" in
// the sentence that an earlier figure of the document states with a
// counted noun ("80,659 prisoners").
func (d *docDraft) changedToCount(m Mention) (indicators.Unit, Mention, bool) {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End || o.Kind != Number {
			continue
		}
		ws := strings.Fields(text[m.Span.End:o.Span.Start])
		if len(ws) == 0 || ws[len(ws)-1] != "to" {
			continue
		}
		for _, e := range d.mentions {
			if e.Span.Start >= m.Span.Start {
				break
			}
			if u, ok := d.what.unitAt[e.Span.Start]; ok && e.Quantity.Value.String() == o.Quantity.Value.String() {
				return u, e, true
			}
		}
	}
	return indicators.Unit{}, Mention{}, false
}
