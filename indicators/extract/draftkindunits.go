package extract

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The counted noun of a bare count or change, as a statistics office's
// release writes it (drafts41, what19):
//
//	Visitor arrivals from Asia were down 4,900 → arrival, the plural head
//	of the sentence's subject
//	The largest changes were from:
//	• Malaysia – down 1,800 → arrival, as the count of the paragraph
//	that leads in to the list
//	22.4 million people claimed … Of these:
//	• 12.7 million were of State Pension Age → person
//	of the 19.6 million attendances recorded:
//	• Over a third (6.9 million) had … → attendance
//	Nearly 5.4 million people went to botanic gardens, 5.0 million to
//	animal and marine parks → person: an item of a list of counts
//
// The genre's pattern: a count whose own words name nothing counted is an
// item of a list whose first item or lead-in names what it counts. (A row
// of a table whose header names what its figures count, "Benefit Number
// of claimants / State Pension 12,579,000", is the table drafter's:
// draftclaims_table.go.)

// leadInCount returns the counted figure of the paragraph that leads in
// to the bullet list whose item m is: the list's line before it (past
// other items and blank lines) ends with ":", and the last figure of that
// paragraph drafted with a counted noun.
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
		if line == "" || bulletPrefix(line) > 0 {
			// Another item, or the blank line between items.
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
		if inAside := strings.Count(text[ps:o.Span.Start], "(") > strings.Count(text[ps:o.Span.Start], ")"); inAside {
			continue // "(of the 17 benefits included …)": an aside, not the list's whole
		}
		if u, ok := d.what.unitAt[o.Span.Start]; ok {
			unit, from, found = u, o, true
		}
	}
	return unit, from, found
}

// kindUnit gives a bare count with no counted noun the noun of the
// paragraph that leads in to its list or of the list item before it in
// its sentence. (A bare change counts what the count it reaches counts by
// countedNoun's reading of the move, which replaced changedToCount.)
func (d *docDraft) kindUnit(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Kind != Number || isFraction(m) || !ind.Unit.IsZero() || ind.Measure == indicators.Share || ind.Measure == indicators.Level {
		return
	}
	defer func() {
		// The next item of the list counts what this one counts.
		if ind.Unit.Kind == indicators.Count && ind.Unit.Name != "" && ind.Unit.Per == "" {
			if d.what.unitAt == nil {
				d.what.unitAt = map[int]indicators.Unit{}
			}
			d.what.unitAt[m.Span.Start] = ind.Unit
		}
	}()
	_, ownCount := d.lastBeforeIn(m, func(o Mention) bool { _, ok := d.what.unitAt[o.Span.Start]; return ok })
	if u, o, ok := d.leadInCount(m); ok && (!ownCount || ind.Measure == indicators.Change) {
		// An item that counts something before the figure ("592,996
		// incidents …, (578,150)") is read by its own words.
		ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s in the paragraph that leads in to the list; stated keeps the figure as written", u.Name, flatText(o.Text))
		declare(cl.fieldNotes, "unit", "unit/kindUnit#1")
		return
	}
	if u, o, ok := d.listItemCount(m); ok {
		ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, as %s, the item before in the sentence's list of counts; stated keeps the figure as written", u.Name, flatText(o.Text))
		declare(cl.fieldNotes, "unit", "unit/kindUnit#2")
		return
	}
}

// listItemBefore matches the words between two items of a list of counts
// that share one counted noun: the first item's own words, then a comma
// or "and" ("people went to botanic gardens, ", " to popular music
// performances and ").
var listItemBefore = lazyRegexp(`^[^.;:()0-9]{0,80}?(?:,|\band)\s*(?:and\s+)?$`)

// listItemCount returns the counted noun of the figure before m in its
// sentence when m opens the next item of their list (listItemBefore) and
// that figure was drafted with a counted noun.
func (d *docDraft) listItemCount(m Mention) (indicators.Unit, Mention, bool) {
	o, ok := d.lastBeforeIn(m, nil)
	if !ok || !listItemBefore.MatchString(d.src.Text[o.Span.End:m.Span.Start]) {
		return indicators.Unit{}, Mention{}, false
	}
	u, ok := d.what.unitAt[o.Span.Start]
	return u, o, ok
}
