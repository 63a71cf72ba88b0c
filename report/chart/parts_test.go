package chart

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// deckMinLabel is report/pptx.ChartMinLabel: 14 points on the slide.
const deckMinLabel = 14 * 960 / 888.0

// fittedLabel returns the size s's bar labels are drawn at.
func fittedLabel(s *Slide) vg.Length {
	w, h := s.Options.size()
	s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
	fs, _, _, _, _ := s.body.(*Bars).fit(s.Plot.DataCanvas(s.drawn))
	return fs.LabelStyle.Font.Size
}

// TestPartsKeepLabelsAtFloor: a deck's chart of many bars, which shrank
// its labels to about 11 points on the slide (s10b-births and s11-poll
// drafts), is drawn over as many slides as keep every label at the
// floor or above, its bars in the view's order, on one axis.
func TestPartsKeepLabelsAtFloor(t *testing.T) {
	deck := Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: deckMinLabel}
	tests := []struct {
		bars, parts int
	}{
		{3, 1},
		{8, 2},
		{16, 3},
	}
	for _, tc := range tests {
		var figs []fig
		var want []string
		for i := range tc.bars {
			title := fmt.Sprintf("Adults who said they were worried about the rising cost of living, question %d", i+1)
			figs = append(figs, fig{id: fmt.Sprintf("q%d", i), title: title, stated: fmt.Sprintf("%d%%", 90-i*4), status: indicators.Fact, period: "2022", measure: indicators.Share})
		}
		c := figCatalog(t, figs...)
		v, _ := c.View("all")
		parts, err := Parts(c, v, &deck)
		if err != nil {
			t.Fatalf("Parts(%d bars): %v", tc.bars, err)
		}
		if len(parts) != tc.parts {
			t.Errorf("Parts(%d bars) = %d slides, want %d", tc.bars, len(parts), tc.parts)
		}
		whole, _ := NewSlide(c, v, &deck)
		for _, b := range whole.body.(*Bars).Bars {
			want = append(want, b.Label)
		}
		var got []string
		var axes [][2]float64
		for i, s := range parts {
			if size := fittedLabel(s); float64(size) < deckMinLabel-1e-9 {
				t.Errorf("Parts(%d bars): part %d labels at %.2f points, want at least %.2f", tc.bars, i+1, size, deckMinLabel)
			}
			for _, b := range s.body.(*Bars).Bars {
				got = append(got, b.Label)
			}
			axes = append(axes, [2]float64{s.Plot.X.Min, s.Plot.X.Max})
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Parts(%d bars): bars not in the view's order (-want +got):\n%s", tc.bars, diff)
		}
		for i := 1; i < len(axes); i++ {
			if axes[i] != axes[0] {
				t.Errorf("Parts(%d bars): part %d axis %v, want %v as part 1", tc.bars, i+1, axes[i], axes[0])
			}
		}
	}
}

// TestPartsWithoutFloor: with no MinLabel, a view is one slide, its
// labels shrunk as they must be, as NewSlide draws it.
func TestPartsWithoutFloor(t *testing.T) {
	var figs []fig
	for i := range 16 {
		figs = append(figs, fig{id: fmt.Sprintf("q%d", i), title: fmt.Sprintf("Question %d", i), stated: fmt.Sprintf("%d%%", 10+i), status: indicators.Fact, period: "2022", measure: indicators.Share})
	}
	c := figCatalog(t, figs...)
	v, _ := c.View("all")
	parts, err := Parts(c, v, &Options{Embed: true, Width: 1920, Height: 856, DPI: 144})
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 1 {
		t.Errorf("Parts(16 bars, no floor) = %d slides, want 1", len(parts))
	}
}

// TestPartsClaims: each part of a split view lists the indicators its
// bars draw (s11b-earnings: the deck's closing slides named the first
// part for claims the second held), every claim once, in the view's order.
func TestPartsClaims(t *testing.T) {
	deck := Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: deckMinLabel}
	var figs []fig
	var want []string
	for i := range 8 {
		title := fmt.Sprintf("Adults who said they were worried about the rising cost of living, question %d", i+1)
		figs = append(figs, fig{id: fmt.Sprintf("q%d", i), title: title, stated: fmt.Sprintf("%d%%", 90-i*4), status: indicators.Fact, period: "2022", measure: indicators.Share})
		want = append(want, fmt.Sprintf("q%d", i))
	}
	c := figCatalog(t, figs...)
	v, _ := c.View("all")
	parts, err := Parts(c, v, &deck)
	if err != nil {
		t.Fatalf("Parts(8 bars): %v", err)
	}
	if len(parts) < 2 {
		t.Fatalf("Parts(8 bars) = %d slides, want at least 2", len(parts))
	}
	var got []string
	for i, s := range parts {
		ids := s.Claims()
		if len(ids) == 0 {
			t.Errorf("Parts(8 bars): part %d Claims() = %v, want its bars' IDs", i+1, ids)
		}
		got = append(got, ids...)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Claims() of the parts of 8 bars (-want +got):\n%s", diff)
	}
}

// TestPartsKeyOwnStatuses: a part keys only the statuses its bars have:
// no "Fact" on a part of estimates alone (s11b-earnings draft, "Changes
// in percent (2 of 2)").
func TestPartsKeyOwnStatuses(t *testing.T) {
	deck := Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: deckMinLabel}
	var figs []fig
	for i := range 8 {
		st := indicators.Fact
		if i >= 4 {
			st = indicators.Estimate
		}
		title := fmt.Sprintf("Adults who said they were worried about the rising cost of living, question %d", i+1)
		figs = append(figs, fig{id: fmt.Sprintf("q%d", i), title: title, stated: fmt.Sprintf("%d%%", 90-i*4), status: st, period: "2022", measure: indicators.Share})
	}
	c := figCatalog(t, figs...)
	v, _ := c.View("all")
	parts, err := Parts(c, v, &deck)
	if err != nil {
		t.Fatalf("Parts(8 bars): %v", err)
	}
	if len(parts) != 2 {
		t.Fatalf("Parts(8 bars) = %d slides, want 2", len(parts))
	}
	want := [][]string{{"Fact"}, {"Estimate"}}
	for i, s := range parts {
		var got []string
		for _, k := range s.Key {
			got = append(got, k.Text)
		}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("Parts(8 bars) part %d key (-want +got):\n%s", i+1, diff)
		}
		if len(s.KeyColors) != len(s.Key) {
			t.Errorf("Parts(8 bars) part %d: %d key colours for %d entries", i+1, len(s.KeyColors), len(s.Key))
		}
	}
}

// TestPartsGroupsAndThickness: a split view keeps the bars of one period
// together where a part can hold them, and draws its bars equally thick
// on every part (s11b-transport draft: a Q1 change on the rolling year's
// slide, thin bars on one part and thick on the other).
func TestPartsGroupsAndThickness(t *testing.T) {
	deck := Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: deckMinLabel}
	var figs []fig
	var want [][]string
	// Nine bars: more than Parts keeps whole at smaller labels
	// (wholeBars).
	for i := range 9 {
		p := "2022"
		if i >= 3 {
			p = "2023"
		}
		title := fmt.Sprintf("Adults who said they were worried about the rising cost of living, question %d", i+1)
		figs = append(figs, fig{id: fmt.Sprintf("q%d", i), title: title, stated: fmt.Sprintf("%d%%", 90-i*4), status: indicators.Fact, period: p, measure: indicators.Share})
	}
	want = [][]string{{"q0", "q1", "q2"}, {"q3", "q4", "q5", "q6", "q7", "q8"}}
	c := figCatalog(t, figs...)
	v, _ := c.View("all")
	parts, err := Parts(c, v, &deck)
	if err != nil {
		t.Fatalf("Parts(9 bars): %v", err)
	}
	var got [][]string
	var thick []vg.Length
	for _, s := range parts {
		got = append(got, s.Claims())
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		_, th, _, _, _ := s.body.(*Bars).fit(s.Plot.DataCanvas(s.drawn))
		thick = append(thick, th)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parts(9 bars of 2022 and 2023) (-want +got):\n%s", diff)
	}
	for i := 1; i < len(thick); i++ {
		if d := thick[i] - thick[0]; d > 1e-6 || d < -1e-6 {
			t.Errorf("Parts(9 bars): part %d bars %.2f thick, part 1 %.2f", i+1, thick[i], thick[0])
		}
	}
}

// TestPartsKeepsFewWhole: a view of a few bars whose labels would shrink
// below the deck's floor stays on one slide while they read at
// wholeFloor of it; six bars and three notes were split three and three
// (s15-deaths' rates by sex, parting each male rate from the female).
func TestPartsKeepsFewWhole(t *testing.T) {
	deck := Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: deckMinLabel}
	tests := []struct {
		name   string
		titles []string
		notes  int // how many bars carry a note
		parts  int
	}{
		{"s15-deaths rates by sex", []string{
			"Drug poisoning mortality rate, males", "Drug poisoning mortality rate, females",
			"Drug misuse mortality rate, males", "Drug misuse mortality rate, females",
			"Drug misuse mortality rate, males aged 30 to 39 (highest age group)", "Drug misuse mortality rate, females aged 30 to 39 (highest age group)"}, 3, 1},
		{"s14-hospitals kind, six waits", []string{
			"Patients seen within four hours at major emergency departments", "Patients seen within four hours at all emergency departments",
			"Patients waiting more than twelve hours from decision to admit", "Patients admitted, transferred or discharged within four hours",
			"Ambulance handovers within thirty minutes", "Ambulance handovers delayed over one hour"}, 3, 1},
		{"s16g-air seven growth rates", []string{
			"Change in systemwide passengers", "Change in passengers on domestic flights",
			"Change in passengers on international flights to and from the U.S.", "Change in passengers on U.S. airlines' domestic flights",
			"Change in passengers on U.S. airlines' international flights", "Change in U.S. airlines' systemwide passengers",
			"Change in passengers on foreign airlines to and from the U.S."}, 0, 1},
		// Seven rates, the UK's, its nations' and two regions', with two
		// notes: split "(1 of 2)", "(2 of 2)" at 11 points, parting the UK
		// from its nations (s21o-suicide).
		{"s21o-suicide seven rates by country", []string{
			"Suicide rate, all persons", "Suicide rate, England", "Suicide rate, Wales", "Suicide rate, Scotland",
			"Suicide rate, Northern Ireland", "Suicide rate, North East (highest English region)", "Suicide rate, London (lowest English region)"}, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var figs []fig
			for i, title := range tt.titles {
				figs = append(figs, fig{id: fmt.Sprintf("b%d", i), title: title, stated: fmt.Sprintf("%d%%", 70-i*7), status: indicators.Fact, period: "2011", measure: indicators.Share})
			}
			c := figCatalog(t, figs...)
			for i := range tt.notes {
				text := "Unchanged compared with 2010, the bulletin says."
				if i%2 == 1 {
					text = "Decreased in 2011, driven by a fall among men, the bulletin says." // a note of its own line
				}
				c.Indicators[i].Notes = append(c.Indicators[i].Notes, indicators.Note{Text: text})
			}
			v, _ := c.View("all")
			parts, err := Parts(c, v, &deck)
			if err != nil {
				t.Fatalf("Parts: %v", err)
			}
			if len(parts) != tt.parts {
				t.Errorf("Parts(%d bars, %d notes) = %d slides, want %d", len(tt.titles), tt.notes, len(parts), tt.parts)
			}
		})
	}
}
