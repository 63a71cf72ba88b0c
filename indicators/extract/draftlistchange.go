package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// One verb of change over a list of "<noun> by <figure>" items: "increase
// trade by £25.5 billion, GDP by £4.8 billion and wages by £2.2 billion
// each year in the long run". Every item is a change of its own noun,
// with the verb's direction and status and the list's closing words.

// listChangeVerbs give the direction of the change their list's items
// make.
var listChangeVerbs = map[string]indicators.Direction{"increase": indicators.Up, "increases": indicators.Up, "increasing": indicators.Up,
	"raise": indicators.Up, "raises": indicators.Up, "raising": indicators.Up, "boost": indicators.Up, "boosts": indicators.Up,
	"boosting": indicators.Up, "grow": indicators.Up, "expand": indicators.Up, "reduce": indicators.Down, "reduces": indicators.Down,
	"reducing": indicators.Down, "cut": indicators.Down, "cuts": indicators.Down, "cutting": indicators.Down, "lower": indicators.Down,
	"lowering": indicators.Down}

// A listChange is one item of a verb's list of changes.
type listChange struct {
	verb    string
	dir     indicators.Direction
	noun    string // the item's noun: "UK GDP"
	first   Mention
	closing string // the words after the list's last item: "each year in the long run"
}

// listChangeOf reports whether m is an item "<noun> by <figure>" of a list
// one verb of change governs.
func (d *docDraft) listChangeOf(m Mention) (listChange, bool) {
	text := d.src.Text
	ms := d.sentenceMentions(m)
	k := mentionIndex(ms, m)
	if k < 0 {
		return listChange{}, false
	}
	var lc listChange
	var last Mention
	// The items: from m back while each is "<noun> by <figure>" after the
	// figure before it, then the verb before the first.
	for i := k; i >= 0; i-- {
		o := ms[i]
		from := o.Sentence.Start
		if i > 0 {
			from = ms[i-1].Span.End
		}
		f := strings.Fields(joinBroken(text[from:o.Span.Start]))
		if len(f) < 2 || f[len(f)-1] != "by" {
			return listChange{}, false
		}
		f = f[:len(f)-1]
		// The verb, if this is the first item.
		for j := len(f) - 2; j >= 0 && j >= len(f)-5; j-- {
			if dir, ok := listChangeVerbs[strings.ToLower(f[j])]; ok {
				if i == k {
					lc.noun = strings.Join(f[j+1:], " ")
				}
				lc.verb, lc.dir, lc.first = strings.ToLower(f[j]), dir, o
				break
			}
		}
		if lc.verb != "" {
			break
		}
		if i == 0 || strings.TrimSpace(strings.Trim(strings.TrimSpace(text[ms[i-1].Span.End:o.Span.Start]), ",")) == "" {
			return listChange{}, false
		}
		// ", UK GDP by", " and wages by": the item's noun.
		for len(f) > 0 && (f[0] == "," || f[0] == "and" || f[0] == "or") {
			f = f[1:]
		}
		if len(f) == 0 || len(f) > 4 {
			return listChange{}, false
		}
		if i == k {
			lc.noun = strings.Join(f, " ")
		}
	}
	if lc.verb == "" || lc.first.Span == m.Span && k+1 >= len(ms) {
		return listChange{}, false
	}
	// The list's last item and what closes it.
	last = m
	for _, o := range ms[k+1:] {
		between := strings.Fields(joinBroken(text[last.Span.End:o.Span.Start]))
		if len(between) == 0 || between[len(between)-1] != "by" {
			break
		}
		last = o
	}
	if last.Span == m.Span && lc.first.Span == m.Span {
		return listChange{}, false // no list: one "increase X by Y"
	}
	tail := strings.TrimRight(strings.TrimSpace(joinBroken(text[last.Span.End:m.Sentence.End])), ".;:")
	if f := strings.Fields(tail); len(f) > 0 && len(f) <= 7 {
		switch strings.ToLower(f[0]) {
		case "each", "every", "a", "per", "annually", "in", "over", "by":
			lc.closing = tail
		}
	}
	lc.noun = strings.Trim(lc.noun, ",;:")
	return lc, lc.noun != ""
}

// listChangeClaim makes an item of a verb's list of changes a change of
// its own noun, with the verb's direction and the status of the words
// before the list.
func (d *docDraft) listChangeClaim(cl *claim, m Mention) {
	lc, ok := d.listChangeOf(m)
	if !ok {
		return
	}
	text := d.src.Text
	ind := &cl.ind
	sent := text[m.Sentence.Start:m.Sentence.End]
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q … by: an item of the verb's list of changes", lc.verb)
	declare(cl.fieldNotes, "measure", "measure/listChangeClaim")
	if ind.Quantity.Direction == indicators.NoDirection && indicators.DirectionWord(sent, lc.dir) != "" {
		ind.Quantity.Direction = lc.dir
	}
	if st, c := statusOf(strings.ToLower(joinBroken(text[m.Sentence.Start:lc.first.Span.Start])), m.Unit); st != indicators.Fact {
		ind.Status, cl.fieldNotes["status"] = st, fmt.Sprintf("%q, before the list this item is in", c)
		declare(cl.fieldNotes, "status", "status/listChangeClaim")
	}
	t := changeTitle(lc.dir, lc.noun)
	if lc.closing != "" {
		t += " " + lc.closing
	}
	ind.Title, cl.fieldNotes["title"] = shorten(t, 60), fmt.Sprintf("the item's own noun after %q", lc.verb)
	declare(cl.fieldNotes, "title", "title/listChangeClaim")
}

// rankClaim gives a rank "to become the 3rd largest global economy" to the
// place it follows in its sentence, with the world as counterpart when
// the ranked set is global, and titles it "<place>'s rank among <what is
// ranked>".
func (d *docDraft) rankClaim(cl *claim, m Mention, ce int) {
	ind := &cl.ind
	if ind.Measure != indicators.RankKind {
		return
	}
	text := d.src.Text
	after := strings.Fields(joinBroken(text[m.Span.End:ce]))
	var set []string
	for _, w := range after {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if lw == "within" || lw == "by" || lw == "in" || lw == "after" || lw == "over" || lw == "since" || lw == "of" {
			break
		}
		set = append(set, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	if len(set) == 0 {
		return
	}
	ranked := strings.Join(set, " ")
	global := false
	for _, p := range placesIn(ranked, 0) {
		if p.code == indicators.World {
			global = true
		}
	}
	if !global {
		return
	}
	ps := d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Span.Start)
	for i := len(ps) - 1; i >= 0; i-- {
		p := ps[i]
		if p.code == "" || p.code == indicators.World {
			continue
		}
		name := strings.TrimSuffix(strings.TrimSuffix(text[p.start:p.end], "’s"), "'s")
		if !placeName(name) {
			continue // a demonym: "Indian consumers"
		}
		ind.Entities, ind.Counterpart = []string{p.code}, indicators.World
		delete(cl.fieldNotes, "entities")
		cl.fieldNotes["counterpart"] = fmt.Sprintf("%s, the place the rank goes on from, among %q: the world", name, ranked)
		declare(cl.fieldNotes, "counterpart", "counterpart/rankClaim")
		lead := name + "'s"
		if strings.Contains(cl.fieldNotes["status"], "forecast") {
			lead += " forecast"
		}
		ind.Title, cl.fieldNotes["title"] = lead+" rank among "+pluralPhrase(ranked), "the place and what the sentence ranks"
		declare(cl.fieldNotes, "title", "title/rankClaim")
		return
	}
}

// placeName reports whether a place's form is its name rather than a
// demonym ("India", not "Indian").
func placeName(form string) bool {
	for _, p := range gazetteer() {
		if p.form == form {
			return !p.demonym
		}
	}
	return true
}

// mentionIndex returns the index of m among ms (the mentions of a
// sentence, say), by its span, or -1.
func mentionIndex(ms []Mention, m Mention) int {
	return slices.IndexFunc(ms, func(o Mention) bool { return o.Span == m.Span })
}
