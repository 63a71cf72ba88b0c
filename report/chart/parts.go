package chart

import (
	"image/color"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"

	"github.com/claimbook/claimbook/indicators"
)

// Parts lays out view v of catalog c as NewSlide does, on one slide or,
// where opt.MinLabel is set and the bar labels of a bars or range view
// would have to shrink below it to fit, on as few slides as keep them
// at MinLabel or above: the bars in the view's order, split as evenly as
// they go (the first parts take one more), each slide with the view's
// subtitle, key and notes and the same axis, so that a bar on the second
// slide reads against one on the first. A reference line is drawn on
// each part that holds a bar it crosses. A slide's title says nothing of
// its part: the caller titles them ("… (1 of 2)"), as report/pptx does.
func Parts(c *indicators.Catalog, v *indicators.ChartView, opt *Options) ([]*Slide, error) {
	s, err := NewSlide(c, v, opt)
	if err != nil {
		return nil, err
	}
	bs, ok := s.body.(*Bars)
	if !ok || s.Options.MinLabel == 0 || !s.overflows() {
		return []*Slide{s}, nil
	}
	n := len(bs.Bars)
	if rows(bs.Bars) <= wholeBars {
		// A few bars stay on one slide while their labels read at
		// wholeFloor of MinLabel: six bars split three and three parted
		// the male and female rates they were set side by side for, and
		// left half a slide's axis empty (s15-deaths, s15-gdp), though
		// the PNG held them all legibly.
		o := s.Options
		o.MinLabel *= wholeFloor
		if whole, err := NewSlide(c, v, &o); err == nil && !whole.overflows() {
			return []*Slide{whole}, nil
		}
	}
	var parts []*Slide
	for k := 2; k <= n; k++ {
		// The bars split as evenly as they go, or, where that keeps
		// them fitting, at the changes of period or base nearest the
		// even ends: a quarter's changes on one slide, the rolling
		// year's on the next (s11b-transport).
		parts = nil
		for _, ends := range [][]int{grouped(bs.Bars, evenEnds(n, k)), evenEnds(n, k)} {
			if ps, ok := s.split(bs, unjoined(bs.Bars, ends)); ok {
				parts = ps
				break
			}
		}
		if parts != nil {
			break
		}
	}
	if parts == nil {
		// Not even a bar a slide keeps the floor: a bar a slide still.
		parts, _ = s.split(bs, evenEnds(n, n))
	}
	sameThickness(parts)
	return parts, nil
}

// wholeBars is the most rows (rows) Parts keeps on one slide with labels
// (seven: s15-deaths' and s15-gdp's six, s16g-air's seven growth rates,
// which the PNG drew legibly in one image and the deck split four and
// three, parting "all airlines" from "U.S. airlines")
// smaller than MinLabel, down to wholeFloor of it (10 points of a deck's
// 14: s15-deaths' six rates and three notes needed 11, s21o-suicide's
// seven rates by country and two notes 10, which the PNG drew in one
// image at the size they read on the slide split in two, "(1 of 2)",
// parting the UK from its nations): a chart split in two reads worse than
// its labels a little smaller.
const (
	wholeBars  = 7
	wholeFloor = 10.0 / 14
)

// rows returns the number of labelled rows of bars: grouped bars
// (Bar.Joined) are one row of a measure, its bars named once; four
// countries of two bars each are four rows, which the PNG drew in one
// image and the deck split in two, the countries it compares parted
// (s19m-elections).
func rows(bars []Bar) int {
	n := 0
	for _, b := range bars {
		if !b.Joined {
			n++
		}
	}
	return n
}

// evenEnds returns where each of k parts of n bars ends, split as evenly
// as they go, the first parts taking one more.
func evenEnds(n, k int) []int {
	var ends []int
	for i, to := 0, 0; i < k; i++ {
		to += n / k
		if i < n%k {
			to++
		}
		ends = append(ends, to)
	}
	return ends
}

// grouped returns ends with each end but the last moved to the nearest
// change of group (period and base) among bars, if one lies within half
// a part of it and keeps every part one bar or more; else ends as they
// are.
func grouped(bars []Bar, ends []int) []int {
	out := append([]int(nil), ends...)
	k := len(ends)
	reach := max(len(bars)/k/2, 1)
	for i := 0; i < k-1; i++ {
		prev := 0
		if i > 0 {
			prev = out[i-1]
		}
		best := -1
		for d := 0; d <= reach && best < 0; d++ {
			for _, e := range []int{ends[i] - d, ends[i] + d} {
				if e > prev && e < out[i+1] && bars[e-1].group != bars[e].group {
					best = e
					break
				}
			}
		}
		if best > 0 {
			out[i] = best
		}
	}
	return out
}

// unjoined returns ends with each end that would part a bar from the bar
// it is joined to (Bar.Joined: grouped bars) moved to before the first
// bar of their measure.
func unjoined(bars []Bar, ends []int) []int {
	out := append([]int(nil), ends...)
	for i, e := range out {
		for e > 0 && e < len(bars) && bars[e].Joined {
			e--
		}
		out[i] = e
	}
	return out
}

// split returns the parts of s that end at ends, and whether every one
// keeps its labels at the floor (none overflows).
func (s *Slide) split(bs *Bars, ends []int) ([]*Slide, bool) {
	var parts []*Slide
	fits := true
	from := 0
	for _, to := range ends {
		if to <= from {
			return nil, false
		}
		p := s.part(bs, from, to)
		parts = append(parts, p)
		fits = fits && !p.overflows()
		from = to
	}
	return parts, fits
}

// sameThickness draws the bars of every part as thick as the thinnest
// part's, so that a part of fewer bars does not draw them thicker. A
// part's labels may shrink with its bars (Bars.fit), so the thickness is
// matched over a few passes.
func sameThickness(parts []*Slide) {
	if len(parts) < 2 {
		return
	}
	thick := func(p *Slide) vg.Length {
		w, h := p.Options.size()
		p.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		_, t, _, _, _ := p.body.(*Bars).fit(p.Plot.DataCanvas(p.drawn))
		return t
	}
	for _, p := range parts {
		if _, ok := p.body.(*Bars); !ok {
			return
		}
	}
	for range 4 {
		ts := make([]vg.Length, len(parts))
		thin := vg.Length(-1)
		for i, p := range parts {
			ts[i] = thick(p)
			if thin < 0 || ts[i] < thin {
				thin = ts[i]
			}
		}
		same := true
		for i, p := range parts {
			if ts[i]-thin > 0.01 {
				same = false
				p.body.(*Bars).Thickness *= thin / ts[i]
			}
		}
		if same {
			return
		}
	}
}

// overflows reports whether the slide's bars do not fit their plot with
// labels at Options.MinLabel or above; false for a chart of no bars.
func (s *Slide) overflows() bool {
	bs, ok := s.body.(*Bars)
	if !ok {
		return false
	}
	w, h := s.Options.size()
	s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
	fs, _, _, _, _ := bs.fit(s.Plot.DataCanvas(s.drawn))
	return fs.overflow
}

// part returns a copy of s that draws bars [from, to) of bs, on the axis
// of all of them.
func (s *Slide) part(bs *Bars, from, to int) *Slide {
	p := plot.New()
	p.BackgroundColor = nil
	p.TextHandler = handler
	p.Legend.TextStyle.Handler = handler
	p.X, p.Y = s.Plot.X, s.Plot.Y
	p.Y.Min, p.Y.Max = 0, float64(to-from)
	sub := *bs
	sub.Bars = append([]Bar(nil), bs.Bars[from:to]...)
	sub.all = bs.axisBars()
	if bs.Reference != nil {
		r := *bs.Reference
		r.Rows = []int{} // not nil: nil is every row
		for i := from; i < to; i++ {
			if bs.Reference.crosses(i) {
				r.Rows = append(r.Rows, i-from)
			}
		}
		if len(r.Rows) == to-from {
			r.Rows = nil
		}
		sub.Reference = &r
	}
	p.Add(barsGrid(s.Options), &sub)
	ns := *s
	ns.Plot, ns.body = p, &sub
	ns.Key, ns.KeyColors = partKey(s, &sub)
	if !s.own {
		ns.Subtitle = partSubtitle(s, &sub)
	}
	ns.Notes = partNotes(s, &sub)
	return &ns
}

// partNotes returns the notes of s that a part drawing part carries: the
// view's and the caller's, and those of its own bars and line, never a
// note of a bar on another part only (s13-housing: six margins of error
// under each of two parts that drew three bars each).
func partNotes(s *Slide, part *Bars) []string {
	drawn := map[string]bool{}
	for _, b := range part.Bars {
		drawn[b.ID] = true
	}
	if r := part.Reference; r != nil && (r.Rows == nil || len(r.Rows) > 0) {
		drawn[r.ID] = true
	}
	own, other := map[string]bool{}, map[string]bool{}
	for _, it := range s.items {
		for _, n := range it.notes {
			if drawn[it.id] {
				own[n] = true
			} else {
				other[n] = true
			}
		}
	}
	var notes []string
	for _, n := range s.Notes {
		if other[n] && !own[n] {
			continue
		}
		notes = append(notes, n)
	}
	return notes
}

// partSubtitle returns the subtitle of a part of s that draws part: the
// periods, bases and units of its own bars and line only, not the whole
// view's (s11b-transport: "April 2018–March 2019 and Q1 2019" over a part
// of Q1 changes alone).
func partSubtitle(s *Slide, part *Bars) string {
	drawn := map[string]bool{}
	for _, b := range part.Bars {
		drawn[b.ID] = true
	}
	if r := part.Reference; r != nil && (r.Rows == nil || len(r.Rows) > 0) {
		drawn[r.ID] = true
	}
	var items []item
	for _, it := range s.items {
		if drawn[it.id] {
			items = append(items, it)
		}
	}
	if len(items) == 0 {
		return s.Subtitle
	}
	return describe(items, s.viewTitle).subtitle
}

// partKey returns the key of s and its colours with the entries that no
// bar or line of part draws left out: a part of facts alone keys no
// estimate ("Fact" on a slide of no fact bar, s11b-earnings).
func partKey(s *Slide, part *Bars) ([]KeyEntry, []color.Color) {
	var key []KeyEntry
	var colors []color.Color
	for i, k := range s.Key {
		var c color.Color
		if i < len(s.KeyColors) {
			c = s.KeyColors[i]
		}
		if !partDraws(part, k.Swatch, c) {
			continue
		}
		key = append(key, k)
		colors = append(colors, c)
	}
	if len(s.KeyColors) == 0 {
		colors = nil
	}
	return key, colors
}

// partDraws reports whether a bar or line of part is drawn as a key entry
// of swatch sw in colour c (nil: any colour) says; true for swatches a
// part of bars does not draw on its own.
func partDraws(part *Bars, sw Swatch, c color.Color) bool {
	same := func(b color.Color) bool {
		if c == nil || b == nil {
			return true
		}
		r1, g1, b1, a1 := c.RGBA()
		r2, g2, b2, a2 := b.RGBA()
		return r1 == r2 && g1 == g2 && b1 == b2 && a1 == a2
	}
	switch sw {
	case SolidSwatch, HatchedSwatch, FadedSwatch, ArrowSwatch:
	case ReferenceSwatch:
		return part.Reference != nil && (part.Reference.Rows == nil || len(part.Reference.Rows) > 0)
	default:
		return true
	}
	for _, b := range part.Bars {
		switch {
		case sw == SolidSwatch && !b.Commitment && same(b.Color),
			sw == HatchedSwatch && b.Commitment && same(b.Color),
			sw == FadedSwatch && b.Tip == Faded,
			sw == ArrowSwatch && b.Tip == Beyond:
			return true
		}
	}
	return false
}

// Claims returns the IDs of the indicators the slide's bars and reference
// line draw, in the order drawn: on a part of a split view (Parts), the
// claims that part holds. It returns nil for a slide of no bars.
func (s *Slide) Claims() []string {
	bs, ok := s.body.(*Bars)
	if !ok {
		return nil
	}
	var ids []string
	for _, b := range bs.Bars {
		if b.ID != "" {
			ids = append(ids, b.ID)
		}
	}
	if r := bs.Reference; r != nil && r.ID != "" && (r.Rows == nil || len(r.Rows) > 0) {
		ids = append(ids, r.ID)
	}
	return ids
}
