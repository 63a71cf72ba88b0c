package pptx

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestPartNotes: a view drawn over two slides carries on each the figures
// and notes of its own bars only, and the view's notes on both
// (s13-housing: six margins of error on each of "(1 of 2)" and "(2 of 2)").
func TestPartNotes(t *testing.T) {
	c := usjapan2015.Catalog()
	v := &c.Views[0]
	if len(v.Indicators) < 2 {
		t.Fatalf("view %q has %d indicators, want 2 or more", v.ID, len(v.Indicators))
	}
	first, second := v.Indicators[:1], v.Indicators[1:]
	for _, id := range v.Indicators {
		for i := range c.Indicators {
			if c.Indicators[i].ID == id {
				c.Indicators[i].Notes = append(c.Indicators[i].Notes, partNote(id))
			}
		}
	}
	v.Notes = append(v.Notes, "a note of the view")
	slides, err := slides(c, map[string]int{v.ID: 2}, map[string][][]string{v.ID: {first, second}})
	if err != nil {
		t.Fatal(err)
	}
	var parts []Slide
	for _, s := range slides {
		if s.View == v.ID {
			parts = append(parts, s)
		}
	}
	if len(parts) != 2 {
		t.Fatalf("view %q on %d slides, want 2", v.ID, len(parts))
	}
	for k, ids := range [][]string{first, second} {
		notes := strings.Join(parts[k].Notes, "\n")
		for _, id := range v.Indicators {
			own := slices.Contains(ids, id)
			if got := strings.Contains(notes, partNote(id).Text); got != own {
				t.Errorf("part %d of 2: notes hold %q = %v, want %v", k+1, partNote(id).Text, got, own)
			}
		}
		if !strings.Contains(notes, "Note: a note of the view") {
			t.Errorf("part %d of 2: no view note in %q", k+1, notes)
		}
		if len(parts[k].Body) != len(ids) {
			t.Errorf("part %d of 2: body of %d lines, want %d", k+1, len(parts[k].Body), len(ids))
		}
	}
}

// partNote is the note TestPartNotes gives indicator id.
func partNote(id string) indicators.Note { return indicators.Note{Text: "the own note of " + id + "."} }
