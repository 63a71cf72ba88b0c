package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Sectors in titles (drafts61): "Median weekly earnings for full-time
// employees in the private sector were £517 (up 3.4% on 2015) compared
// with £594 (up 0.7%) for the public sector" names four figures of two
// sectors; each title says its own, and a change in brackets takes the
// sector of the figure it follows.

// drafts61SectorRe is a sector a figure is of: "in the private sector",
// "for the public sector". Group 1 is the sector's adjective.
var drafts61SectorRe = lazyRegexp(`\b(?:in|for) the ((?:[a-z-]+ )?[a-z-]+) sector\b`)

// drafts61SectorAdjRe is a sector written as an adjective in a title:
// "private-sector".
var drafts61SectorAdjRe = lazyRegexp(`\b[a-z]+(?:-[a-z]+)*?-sector\b`)

// drafts61SectorTitle gives a figure's title the sector its sentence
// names for it.
func (d *docDraft) drafts61SectorTitle(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	low := strings.ToLower(sent)
	if !strings.Contains(low, " sector") {
		return
	}
	at := m.Span.Start - m.Sentence.Start
	inParen := strings.LastIndexByte(low[:at], '(') > strings.LastIndexByte(low[:at], ')')
	anchor := at
	if inParen {
		anchor = strings.LastIndexByte(low[:at], '(')
	}
	sector := d.drafts61SectorAt(m, low, anchor)
	if sector == "" {
		return
	}
	t := ind.Title
	if lt := strings.ToLower(t); strings.Contains(lt, "sector") {
		// A title copied from a figure of another sector ("compared
		// with £594 … for the public sector") takes this one's.
		adj := strings.ReplaceAll(sector, " ", "-") + "-sector"
		if g := drafts61SectorAdjRe.FindStringIndex(t); g != nil && t[g[0]:g[1]] != adj {
			ind.Title, cl.fieldNotes["title"] = t[:g[0]]+adj+t[g[1]:], "the title of the figure it is compared with, in its own sector"
		}
		return
	}
	if inParen && ind.Measure == indicators.Change {
		// "(up 3.4% on 2015)": the growth of the figure before it.
		for _, p := range []string{"Growth of ", "Growth in ", "Increase in ", "Increase of ", "Rise in ", "Fall in ", "Decrease in "} {
			if strings.HasPrefix(t, p) {
				lead := "Growth in "
				if ind.Quantity.Direction == indicators.Down || strings.HasPrefix(p, "Fall") || strings.HasPrefix(p, "Decrease") {
					lead = "Fall in "
				}
				level := t[len(p):]
				if w, _, _ := strings.Cut(level, " "); strings.HasPrefix(sent, w) {
					level = lowerFirst(level) // the sentence's first word
				}
				if st := drafts61WithSector(level, sector, 64-len(lead)); st != "" {
					ind.Title, cl.fieldNotes["title"] = lead+st, "the growth of the figure before its brackets, in its sector"
				}
				return
			}
		}
		return
	}
	if ind.Measure == indicators.Change {
		return
	}
	if st := drafts61WithSector(t, sector, 64); st != "" {
		ind.Title, cl.fieldNotes["title"] = st, "the sector the sentence names for the figure"
	}
}

// drafts61SectorAt returns the sector of the figure at anchor in the
// lower-case sentence low: the first sector named after it before another
// figure outside brackets, else the last named before it.
func (d *docDraft) drafts61SectorAt(m Mention, low string, anchor int) string {
	next := len(low)
	for _, o := range d.mentionsAround(m.Span.End) {
		if o.Sentence != m.Sentence {
			continue
		}
		s := o.Span.Start - m.Sentence.Start
		if s <= anchor || s >= next || s >= len(low) {
			continue
		}
		if strings.LastIndexByte(low[:s], '(') > strings.LastIndexByte(low[:s], ')') {
			continue // a figure in brackets goes with the one before it
		}
		next = s
	}
	all := drafts61SectorRe.FindAllStringSubmatchIndex(low, -1)
	for _, g := range all {
		if g[0] > anchor && g[0] < next {
			return low[g[2]:g[3]]
		}
	}
	for k := len(all) - 1; k >= 0; k-- {
		if all[k][1] <= anchor {
			return low[all[k][2]:all[k][3]]
		}
	}
	return ""
}

// drafts61WithSector returns title with its group of the sector: "Median
// weekly earnings for full-time employees" of "private" gives "Median
// weekly earnings of full-time private-sector employees"; words of its
// head ("gross", "weekly") go until it fits in n; "" when it cannot.
func drafts61WithSector(title, sector string, n int) string {
	adj := strings.ReplaceAll(sector, " ", "-") + "-sector"
	head, group := title, ""
	for _, p := range []string{" for ", " of "} {
		if i := strings.LastIndex(title, p); i > 0 {
			head, group = title[:i], title[i+len(p):]
			break
		}
	}
	build := func(head string) string {
		if group == "" {
			return head + " in the " + sector + " sector"
		}
		f := strings.Fields(group)
		return head + " of " + strings.Join(append(f[:len(f)-1:len(f)-1], adj, f[len(f)-1]), " ")
	}
	t := build(head)
	for _, w := range []string{"gross ", "weekly ", "hourly ", "annual "} {
		if len(t) <= n {
			break
		}
		head = strings.Replace(head, w, "", 1)
		t = build(head)
	}
	if len(t) > n {
		return ""
	}
	return t
}
