package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestWaffleWhole: a part of a whole says what it is a part of, from its
// denominator or its title, never "of the whole" when the catalog says
// more, and never a whole a leading "Share of" may misname (s14-roads:
// "1 percent of all casualties aged 16–22" of a share of all casualties);
// the line under the whole names the part without saying the whole again;
// the key writes percent as the figure does.
func TestWaffleWhole(t *testing.T) {
	tests := []struct {
		title, denom string
		stated       string // "93%" if empty
		status       indicators.Status
		caption, key string
	}{
		{title: "WHO African Region's share of malaria cases worldwide",
			caption: "of malaria cases worldwide\nWHO African Region's share",
			key:     "Each square is 1 percent of malaria cases worldwide"},
		// A leading "Share of" may name the part as well as the whole
		// (the whole is malaria funding, people at risk, all
		// casualties): the title says both, the key no whole.
		{title: "Share of malaria funding from international sources",
			caption: "Share of malaria funding from international sources",
			key:     "Each square is 1 percent"},
		{title: "Share of people at risk of malaria in Africa sleeping under a treated net",
			caption: "Share of people at risk of malaria in Africa sleeping under a treated net",
			key:     "Each square is 1 percent"},
		{title: "Share of all casualties aged 16–22", // s14-roads
			caption: "Share of all casualties aged 16–22",
			key:     "Each square is 1 percent"},
		{title: "Casualties aged 16–22 as a share of all casualties",
			caption: "of all casualties\nCasualties aged 16–22",
			key:     "Each square is 1 percent of all casualties"},
		// s14d-energy: the caption says the whole once, the part
		// under it, never the title again.
		{title: "Renewables' share of electricity generation",
			caption: "of electricity generation\nRenewables' share",
			key:     "Each square is 1 percent of electricity generation"},
		{title: "Renewables in the power mix of Japan",
			caption: "Renewables in the power mix of Japan",
			key:     "Each square is 1 percent"},
		{title: "Renewable electricity",
			caption: "Renewable electricity",
			key:     "Each square is 1 percent"},
		{title: "Share of global GDP", denom: "world GDP",
			caption: "of world GDP\nShare of global GDP",
			key:     "Each square is 1 percent of world GDP"},
		{title: "Share of households connected", status: indicators.Target,
			caption: "Share of households connected (target)",
			key:     "Each square is 1 percent"},
		{title: "Renewable electricity", status: indicators.Target,
			caption: "Renewable electricity (target)",
			key:     "Each square is 1 percent"},
		// s32c-postal: the key spells percent as the figure does, never
		// "1 percent" beside "43.4 per cent".
		{title: "Letter-post share of global public postal revenues", stated: "43.4 per cent",
			caption: "of global public postal revenues\nLetter-post share",
			key:     "Each square is 1 per cent of global public postal revenues"},
		{title: "Letter-post share of global public postal revenues", stated: "43.4 percent",
			caption: "of global public postal revenues\nLetter-post share",
			key:     "Each square is 1 percent of global public postal revenues"},
	}
	for _, tc := range tests {
		stated := tc.stated
		if stated == "" {
			stated = "93%"
		}
		c := figCatalog(t, fig{id: "x", title: tc.title, stated: stated, period: "2018", measure: indicators.Share, denom: tc.denom, status: tc.status})
		c.Views = []indicators.ChartView{{ID: "w", Kind: indicators.PartOfWhole, Indicators: []string{"x"}}}
		s := figSlide(t, c, "w")
		w, ok := s.body.(*Waffle)
		if !ok {
			t.Fatalf("part of whole of %q is drawn by %T, want *Waffle", tc.title, s.body)
		}
		if w.Caption != tc.caption {
			t.Errorf("caption of %q = %q, want %q", tc.title, w.Caption, tc.caption)
		}
		var key string
		for _, k := range s.Key {
			if k.Swatch == SolidSwatch {
				key = k.Text
			}
		}
		if key != tc.key {
			t.Errorf("key of %q = %q, want %q", tc.title, key, tc.key)
		}
	}
}

// TestWaffleKeyColor: a waffle's key draws its squares in the colour the
// squares are drawn in (s13b-air: "Each square is 1 percent" keyed by a
// grey square beside blue ones), and the squares take their share's
// status's colour, which the key's status entry says.
func TestWaffleKeyColor(t *testing.T) {
	for _, tc := range []struct {
		stated string
		status indicators.Status
	}{
		{"43.5%", indicators.Fact},
		{"67%", indicators.Estimate},
		{"nearly 30%", indicators.Fact},
		{"more than 40%", indicators.Estimate},
		{"60%", indicators.Target},
	} {
		c := figCatalog(t, fig{id: "x", title: "Share of household waste recycled", stated: tc.stated, period: "2023", measure: indicators.Share, status: tc.status})
		c.Views = []indicators.ChartView{{ID: "w", Kind: indicators.PartOfWhole, Indicators: []string{"x"}}}
		s := figSlide(t, c, "w")
		w := s.body.(*Waffle)
		if want := statusColor(tc.status); w.Color != want {
			t.Errorf("waffle of %q (%v): squares %v, want %v", tc.stated, tc.status, w.Color, want)
		}
		if len(s.KeyColors) != len(s.Key) {
			t.Fatalf("waffle of %q: %d key colours for %d entries", tc.stated, len(s.KeyColors), len(s.Key))
		}
		for i, k := range s.Key {
			if s.KeyColors[i] != w.Color {
				t.Errorf("waffle of %q (%v): key entry %q in %v, squares in %v", tc.stated, tc.status, k.Text, s.KeyColors[i], w.Color)
			}
		}
	}
}

// TestWaffleFigureInDigits: a waffle's big figure is in digits, as every
// other output writes it, whether the document spells the share in words
// (s14-roads: "Thirteen per cent") or in digits (a health report's
// "93%"), with its hedge.
func TestWaffleFigureInDigits(t *testing.T) {
	for _, c := range []struct{ stated, want string }{
		{"Thirteen per cent", "13%"},
		{"93%", "93%"},
		{"nearly 93%", "nearly 93%"},
	} {
		cat := figCatalog(t, fig{id: "x", title: "Casualties aged 16–22 as a share of all casualties", stated: c.stated, period: "2019", measure: indicators.Share})
		cat.Views = []indicators.ChartView{{ID: "w", Kind: indicators.PartOfWhole, Indicators: []string{"x"}}}
		w, ok := figSlide(t, cat, "w").body.(*Waffle)
		if !ok {
			t.Fatalf("part of whole of %q is not drawn as a waffle", c.stated)
		}
		if w.Label != c.want {
			t.Errorf("waffle figure of %q = %q, want %q", c.stated, w.Label, c.want)
		}
	}
}
