package extract

import (
	"slices"
	"testing"
)

// TestMentionRuns checks, on every text of the corpus and on the corpus
// joined into one document, that the runs of mentions the draft asks of
// hold every mention the full walk would find, in text order.
func TestMentionRuns(t *testing.T) {
	srcs := []DraftSource{{ID: "joined", Text: largeDraftText(t, 64<<10)}}
	for _, s := range draftCorpus(t).Sources {
		srcs = append(srcs, DraftSource{ID: s.ID, Text: s.Text})
	}
	for _, src := range srcs {
		d := newDocDraft(src, map[string]int{})
		if !d.indexed {
			t.Errorf("newDocDraft(%q).indexed = false, want true", src.ID)
			continue
		}
		for _, m := range d.mentions {
			var same, around, within []Mention
			for _, o := range d.mentions {
				if o.Sentence == m.Sentence {
					same = append(same, o)
				}
				if o.Sentence.Start <= m.Span.Start && m.Span.Start < o.Sentence.End {
					around = append(around, o)
				}
				if o.Span.Start >= m.Sentence.Start && o.Span.End <= m.Span.End {
					within = append(within, o)
				}
			}
			for _, c := range []struct {
				name      string
				run, want []Mention
			}{
				{"mentionsOf", d.mentionsOf(m.Sentence), same},
				{"mentionsAround", d.mentionsAround(m.Span.Start), around},
				{"mentionsWithin", d.mentionsWithin(m.Sentence.Start, m.Span.End), within},
			} {
				if got := keep(c.run, c.want); !slices.EqualFunc(got, c.want, sameMention) {
					t.Errorf("%s: %s for %q holds %d of the %d mentions the walk finds", src.ID, c.name, m.Text, len(got), len(c.want))
				}
			}
		}
	}
}

// TestMentionRunsUnordered checks that mentions out of text order, or
// outside their sentence, are not indexed: every run is the whole list.
func TestMentionRunsUnordered(t *testing.T) {
	a := Mention{Text: "a"}
	a.Span.Start, a.Span.End, a.Sentence.Start, a.Sentence.End = 50, 52, 40, 60
	b := Mention{Text: "b"}
	b.Span.Start, b.Span.End, b.Sentence.Start, b.Sentence.End = 10, 12, 0, 20
	c := Mention{Text: "c"}
	c.Span.Start, c.Span.End, c.Sentence.Start, c.Sentence.End = 70, 72, 0, 20
	for _, ms := range [][]Mention{{a, b}, {b, c}} {
		d := &docDraft{mentions: ms}
		d.indexMentions()
		if got := d.mentionsFrom(0, 1); d.indexed || len(got) != len(ms) {
			t.Errorf("mentionsFrom(0, 1) of %d mentions out of order = %d mentions (indexed %v), want all, not indexed", len(ms), len(got), d.indexed)
		}
	}
}

// keep returns the mentions of run that are in want, in run's order.
func keep(run, want []Mention) []Mention {
	var out []Mention
	for _, o := range run {
		if slices.ContainsFunc(want, func(w Mention) bool { return sameMention(o, w) }) {
			out = append(out, o)
		}
	}
	return out
}

func sameMention(a, b Mention) bool { return a.Span == b.Span && a.Sentence == b.Sentence }

// TestFirstHeadsAndProgrammes checks, on every text of the corpus and on
// the corpus joined twice, that sectionAt answers as sectionOf does, and
// headsAbove and programmeActing from the first heading and programme of
// each name as they do from all of them.
func TestFirstHeadsAndProgrammes(t *testing.T) {
	srcs := []DraftSource{{ID: "joined", Text: largeDraftText(t, 64<<10)}}
	for _, s := range draftCorpus(t).Sources {
		srcs = append(srcs, DraftSource{ID: s.ID, Text: s.Text})
	}
	for _, src := range srcs {
		d := newDocDraft(src, map[string]int{})
		all := newDocDraft(src, map[string]int{})
		all.firstHead, all.programmes = nil, programmesIn(src.Text)
		if d.firstHead == nil {
			t.Errorf("newDocDraft(%q).firstHead = nil, want an index", src.ID)
		}
		for _, m := range d.mentions {
			for _, at := range []int{m.Sentence.Start, m.Span.Start, m.Sentence.End} {
				if got, want := d.sectionAt(at), sectionOf(d.heads, at); !slices.Equal(got, want) {
					t.Errorf("%s: sectionAt(%d) = %q, want %q", src.ID, at, got, want)
				}
			}
			if got, want := d.headsAbove(m.Sentence.Start), all.headsAbove(m.Sentence.Start); !slices.Equal(got, want) {
				t.Errorf("%s: headsAbove(%d) = %v, want %v", src.ID, m.Sentence.Start, got, want)
			}
			got, gok := d.programmeActing(m)
			want, wok := all.programmeActing(m)
			if got != want || gok != wok {
				t.Errorf("%s: programmeActing(%q) = %v, %v, want %v, %v", src.ID, m.Text, got, gok, want, wok)
			}
		}
	}
}
