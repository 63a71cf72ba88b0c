package chart

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestNotesRunToTheWidth: a note a little longer than the slide's width
// fills its first line, as the notes of one line beside it do, rather
// than breaking both lines at three fifths of it (s23q-food deck slide 3:
// "…during the year: Statistically" / "significantly higher…").
func TestNotesRunToTheWidth(t *testing.T) {
	c := indicatortest.FlowSeries(t, "air", []string{"59 days@1993", "24 days@2007"}, "")
	s, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	const width = vg.Length(1000)
	for _, n := range []int{4, 12, 30} {
		var words []string
		for len(words) < 400 && s.NoteStyle.Width("Note: "+strings.Join(words, " ")) < width*vg.Length(1+float64(n)/100) {
			words = append(words, "significantly")
		}
		s.Notes = []string{strings.Join(words, " ")}
		lines, nNotes := s.footLines(width)
		if nNotes != 2 {
			t.Fatalf("a note %d%% wider than the width: %d lines, want 2: %q", n, nNotes, lines[:nNotes])
		}
		if got := s.NoteStyle.Width(lines[0]); got < width*0.85 {
			t.Errorf("a note %d%% wider than the width: first line %v wide, want at least %v: %q", n, got, width*0.85, lines[0])
		}
	}
}
