package extract

import (
	"sort"

	"github.com/claimbook/claimbook/indicators"
)

// The questions a draft asks of the figures around a figure (the others of
// its sentence, those between two offsets, those of the paragraph before)
// are answered from a narrow run of d.mentions, found by binary search,
// rather than by a walk over the whole document's figures for each figure:
// that walk made drafting one large document quadratic in its size. The
// callers keep their own tests of each figure, so the run only has to hold
// every figure that passes them, in text order.

// indexMentions readies the mentions for mentionsFrom and its kin: it
// records the longest sentence holding a figure, and whether the
// mentions are in text order with each one's start inside its sentence,
// as the runs assume; if not, every run is the whole list.
func (d *docDraft) indexMentions() {
	d.indexed = true
	for i, m := range d.mentions {
		if i > 0 && m.Span.Start < d.mentions[i-1].Span.Start || m.Span.Start < m.Sentence.Start || m.Span.Start > m.Sentence.End {
			d.indexed = false
			return
		}
		d.longest = max(d.longest, m.Sentence.End-m.Sentence.Start)
	}
}

// mentionsFrom returns the mentions that start at or after byte from and
// before byte to, in text order (the whole list if they are not indexed).
func (d *docDraft) mentionsFrom(from, to int) []Mention {
	if !d.indexed {
		return d.mentions
	}
	lo := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= from })
	hi := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= to })
	return d.mentions[lo:max(lo, hi)]
}

// mentionsWithin returns the mentions that may lie within bytes from to
// to: every mention whose span does, in text order, and maybe others.
func (d *docDraft) mentionsWithin(from, to int) []Mention {
	return d.mentionsFrom(from, to+1)
}

// mentionsOf returns the mentions that may be of sentence s: every
// mention whose Sentence is s, in text order, and maybe others.
func (d *docDraft) mentionsOf(s indicators.Span) []Mention {
	return d.mentionsFrom(s.Start, s.End+1)
}

// mentionsAround returns the mentions whose sentence may hold byte at:
// every one whose does, in text order, and maybe others.
func (d *docDraft) mentionsAround(at int) []Mention {
	return d.mentionsFrom(at-d.longest, at+d.longest+1)
}

// firstProgrammes returns the first programme of each name, when ps is in
// text order (else ps): programmeActing returns the first programme,
// introduced before a figure, whose name its sentence or paragraph holds,
// and that is always the first of its name; a document that introduces
// one programme in each of its parts is asked about one, not all.
func firstProgrammes(ps []programme) []programme {
	seen := map[string]bool{}
	var out []programme
	for i, p := range ps {
		if i > 0 && p.at < ps[i-1].at {
			return ps
		}
		if !seen[p.name] {
			seen[p.name] = true
			out = append(out, p)
		}
	}
	return out
}

// indexHeads records, when the headings are in text order, the first
// heading of each text, for headsAbove, and the heading and subheading in
// force before each heading and the longest reach of a run-in heading,
// for sectionAt.
func (d *docDraft) indexHeads() {
	first := map[string]int{}
	topSub := make([][2]string, len(d.heads)+1)
	var top, sub string
	for i, h := range d.heads {
		if i > 0 && h.at < d.heads[i-1].at {
			return
		}
		if _, ok := first[h.text]; !ok {
			first[h.text] = i
		}
		switch {
		case h.runIn:
			d.longestRun = max(d.longestRun, h.end-h.at)
		case h.level == 1:
			top, sub = h.text, ""
		default:
			sub = h.text
		}
		topSub[i+1] = [2]string{top, sub}
	}
	d.firstHead, d.topSub = first, topSub
}

// sectionAt returns sectionOf(d.heads, at), from the index when there is
// one: the heading and subheading in force before the first heading at or
// after at, and the last run-in heading before at that reaches past it,
// which starts no further back than the longest reach.
func (d *docDraft) sectionAt(at int) []string {
	if d.firstHead == nil {
		return sectionOf(d.heads, at)
	}
	n := sort.Search(len(d.heads), func(i int) bool { return d.heads[i].at >= at })
	run := ""
	for i := n - 1; i >= 0 && d.heads[i].at >= at-d.longestRun; i-- {
		if h := d.heads[i]; h.runIn && at < h.end {
			run = h.text
			break
		}
	}
	var out []string
	for _, s := range []string{d.topSub[n][0], d.topSub[n][1], run} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
