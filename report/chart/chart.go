package chart

import (
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
	"github.com/claimbook/claimbook/report/internal/wording"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// New returns the chart of view v of catalog c as a gonum plot, for
// callers who restyle it the gonum way and draw it themselves: the plot's
// title is the view's title, and its plotters are the Bars, Waffle or Card
// of the view's kind. The subtitle, key, notes and source footer are drawn
// only by NewSlide, PNG and Slide.Encode.
func New(c *indicators.Catalog, v *indicators.ChartView, opt *Options) (*plot.Plot, error) {
	s, err := NewSlide(c, v, opt)
	if err != nil {
		return nil, err
	}
	p := s.Plot
	p.Title.Text = s.Title
	p.Title.TextStyle = s.TitleStyle
	p.Title.TextStyle.XAlign = draw.XCenter
	p.Title.TextStyle.YAlign = draw.YTop
	p.Title.Padding = s.Options.px(24)
	return p, nil
}

// PNG renders view v of catalog c as a slide and returns the encoded
// image: PNG, or SVG when opt.Format is "svg". Identical input gives
// identical bytes.
func PNG(c *indicators.Catalog, v *indicators.ChartView, opt *Options) ([]byte, error) {
	s, err := NewSlide(c, v, opt)
	if err != nil {
		return nil, err
	}
	return s.Encode()
}

// NewSlide lays out view v of catalog c as a slide: the title, a subtitle
// with unit and period (the view's own, if it has one), a key to how
// hedges and commitments are drawn, the plot, the notes (the view's, the
// indicators', then opt.Notes) and the footer from the indicators'
// provenance; with opt.Embed, no title and no footer. It returns a *GlyphError if the font lacks a character of
// any text.
func NewSlide(c *indicators.Catalog, v *indicators.ChartView, opt *Options) (*Slide, error) {
	c = wording.Input(c) // one wording of a rate base; "estimated 9.7 billion" of an estimate is "9.7 billion"
	o, err := opt.resolved()
	if err != nil {
		return nil, err
	}
	if c != nil && v != nil && v.Kind == indicators.SeriesKind {
		return newSeriesSlide(c, v, o)
	}
	items, err := resolve(c, v)
	if err != nil {
		return nil, err
	}
	if v.Kind == indicators.Bars || v.Kind == indicators.RangeChart {
		if err := signChanges(items); err != nil {
			return nil, fmt.Errorf("chart: view %q: %w", v.ID, err)
		}
		for i := range items {
			it := &items[i]
			it.rise = it.measure == indicators.Change && it.q.Direction == indicators.Up && !it.status.IsCommitment()
		}
		proportionsAsPercent(items)
	}
	s := newPlotSlide(o)
	s.Title = v.Title
	if s.Title == "" {
		s.Title = items[0].title
	}
	w := describe(items, s.Title)
	perBar := make([][]string, len(items))
	for i, it := range items {
		perBar[i] = it.notes
	}
	for i, notes := range wording.SameNotes(s.Title, perBar) {
		items[i].notes = notes // one way of each note, none the title says
	}
	foldNotes(items)
	if v.Kind == indicators.PartOfWhole && len(items) > 1 {
		// A note of a part names it as the key does ("Outside the EU:
		// The document calls this …"), never by its whole label
		// (s19m-students: "NI HEIs domiciled outside the EU, share: …").
		nameNotes(items, partNames(items, w.labels, v.Title))
	} else {
		nameNotes(items, w.labels)
	}
	s.Subtitle = v.Subtitle
	s.items, s.own = items, v.Subtitle != ""
	if s.own {
		s.Subtitle = wording.SubtitleWith(s.Subtitle, w.phrase) // w.subtitle says it
	} else {
		s.Subtitle = w.subtitle
		if v.Kind == indicators.Headline {
			// The card says what the figure is and when, once; and the
			// unit too, when its figure writes it ("About US$242
			// million" under no "US$ million").
			s.Subtitle = cardUnit(items[0], s.Title)
			if wording.SaysUnit(cardValue(items[0]), s.Subtitle) {
				s.Subtitle = ""
			}
		}
	}
	s.Footer = c.SourceLine(v.Indicators)
	s.viewTitle = s.Title
	if o.Embed {
		s.Title, s.Footer = "", ""
	}
	// A note is said once, however many bars it is a note of: two
	// changes of one release with one remark ("The document writes a
	// change of coverage in percent …") printed it twice (s13-vaccines).
	// Nor is a note the subtitle says (wording.NotesUnsaid).
	// Nor a note another opens with: "Experimental statistics." over
	// "Experimental statistics: figures on lost … March 2021."
	// (s26w-firearms).
	notes := wording.NotesUnsaid(s.Subtitle, slices.Concat(v.Notes, notesOf(items), marginNotes(items, v.Kind == indicators.Bars), o.Notes))
	for _, n := range notes {
		// A note that opens another, or another's after the bars that
		// lead it ("Taxi drivers … — The All London/Suburban breakdown
		// is collated monthly, so …"), is said by that one.
		opens := slices.ContainsFunc(notes, func(m string) bool {
			_, body, _ := strings.Cut(m, " — ")
			return wording.Opens(n, m) || wording.Opens(n, body)
		})
		if !opens && !slices.Contains(s.Notes, n) {
			s.Notes = append(s.Notes, n)
		}
	}

	var texts []string
	switch v.Kind {
	case indicators.Bars, indicators.RangeChart:
		texts, err = barsChart(s, items, w, v.Kind == indicators.RangeChart)
	case indicators.PartOfWhole:
		texts, err = waffleChart(s, c, v, items, w)
	case indicators.Headline:
		texts, err = cardChart(s, c, items, w, v.Title)
	default:
		err = fmt.Errorf("chart: view %q: unknown chart kind %v", v.ID, v.Kind)
	}
	if err != nil {
		return nil, err
	}
	if err := CheckText(append(texts, s.texts()...)...); err != nil {
		return nil, fmt.Errorf("chart: view %q: %w", v.ID, err)
	}
	return s, nil
}

// proportionsAsPercent draws the shares among items stated as a
// proportion ("over a third", "one in five", "1 in 8": a pure number from
// 0 to 1) in percent, so that they are on one axis with percents beside
// them and the axis says what they are: s14-hospitals drew "one in five"
// as a bar of 0.2 beside "57.7 per cent" on an axis to 60, and s14-crime
// "1 in 8" on an axis of "Number" from 0 to 0.15. Their labels stay as
// the document words them; the subtitle says "Percent".
func proportionsAsPercent(items []item) {
	for i := range items {
		it := &items[i]
		if it.u != (indicators.Unit{}) || it.measure != indicators.Share || it.q.Scale != indicators.NoScale || it.lo < 0 || it.hi > 1 {
			continue
		}
		it.u = indicators.PercentUnit
		it.lo, it.hi = it.lo*100, it.hi*100
		it.iv.Lo, it.iv.Hi = it.iv.Lo*100, it.iv.Hi*100
		it.q.Value, it.q.Low, it.q.High = it.q.Value.Shift(2), it.q.Low.Shift(2), it.q.High.Shift(2)
	}
}

// signChanges draws the decreases of items below zero when the items go
// both ways or are reported falls (wording.Signed), and marks every item
// signed, so that the subtitle says "change" rather than "increase" or
// "reduction" and each bar says which way it went. A decrease's ends and
// the interval its wording allows are negated alike, so that a hedge
// fades toward zero ("nearly 0.5 per cent" down allows −0.5 to −0.4).
// A move either way (indicators.Either, "daily changes of more than 5%")
// has no side of zero to be drawn on: beside rises and falls it is an
// error, not a rise.
func signChanges(items []item) error {
	qs := make([]indicators.Quantity, len(items))
	st := make([]indicators.Status, len(items))
	for i := range items {
		qs[i], st[i] = items[i].q, items[i].status
	}
	if !wording.Signed(qs, st) {
		return nil
	}
	for i := range items {
		it := &items[i]
		it.signed = true
		switch it.q.Direction {
		case indicators.Down:
			it.lo, it.hi = -it.hi, -it.lo
			it.iv.Lo, it.iv.Hi = -it.iv.Hi, -it.iv.Lo
		case indicators.Either:
			return fmt.Errorf("%q (%s) is a move either way, with no side of zero to be drawn on beside rises and falls: chart it apart from them", it.id, it.label)
		}
	}
	return nil
}

// tipOf returns how a bar of it ends, and where a faded end starts, in
// full magnitude, on an axis spanning span.
func tipOf(it item, span float64) (Tip, float64) {
	switch it.q.Qualifier {
	case indicators.Nearly, indicators.UpTo, indicators.LessThan:
		// Fade over what the wording allows (axis.FadeFrom).
		return Faded, axis.FadeFrom(it.hi, it.iv.Lo, span)
	case indicators.MoreThan, indicators.AtLeast:
		return Beyond, it.hi
	}
	return Closed, it.hi
}

// keyFor returns the key entries that explain how items are drawn.
func keyFor(items []item, fadeWord func(item) bool) []KeyEntry {
	var statuses, fadeWords, beyondWords, computed, magnitudes []string
	ranges := false
	for _, it := range items {
		if it.status.IsCommitment() {
			statuses = wording.AppendOnce(statuses, it.status.String())
		}
		if it.computed != "" {
			// A computed figure's hedge is no word of the source's.
			switch q := it.q.Qualifier; {
			case it.unbounded:
			case q == indicators.Nearly || q == indicators.UpTo || q == indicators.LessThan:
				computed = append(computed, "Fading end: "+it.label+", computed from "+it.computed+"; at most the end shown")
			case q == indicators.MoreThan || q == indicators.AtLeast:
				computed = append(computed, "Arrow: "+it.label+", computed from "+it.computed+"; beyond the end shown")
			case q == indicators.Range:
				ranges = true
			}
			continue
		}
		switch it.q.Qualifier {
		case indicators.Nearly, indicators.UpTo, indicators.LessThan:
			if fadeWord(it) {
				fadeWords = wording.AppendOnce(fadeWords, "“"+hedgeWord(it)+"”")
			}
		case indicators.MoreThan, indicators.AtLeast:
			beyondWords = wording.AppendOnce(beyondWords, "“"+hedgeWord(it)+"”")
		case indicators.Range:
			if indicators.IsOrderOfMagnitude(it.label) {
				magnitudes = wording.AppendOnce(magnitudes, "“"+it.label+"”")
			} else {
				ranges = true
			}
		}
	}
	var key []KeyEntry
	if len(statuses) > 0 && !colorKeyed(items) {
		key = append(key, KeyEntry{HatchedSwatch, "Hatched: " + article(statuses[0]) + joinOr(statuses) + ", not a reported figure"})
	}
	if ranges {
		key = append(key, KeyEntry{RangeSwatch, "Range: both ends as stated"})
	}
	if len(magnitudes) > 0 {
		key = append(key, KeyEntry{RangeSwatch, magnitudeKey(magnitudes)})
	}
	if len(fadeWords) > 0 {
		key = append(key, KeyEntry{FadedSwatch, "Fading end: the source says " + joinOr(fadeWords) + "; the figure is at most the end shown"})
	}
	if len(beyondWords) > 0 {
		key = append(key, KeyEntry{ArrowSwatch, "Arrow: the source says " + joinOr(beyondWords) + "; the figure is beyond the end shown"})
	}
	for _, k := range computed {
		sw := FadedSwatch
		if strings.HasPrefix(k, "Arrow") {
			sw = ArrowSwatch
		}
		key = append(key, KeyEntry{sw, k})
	}
	return key
}

// colorKeyed reports whether a chart of items says what its colours are:
// when they hold more than one status, or a status but fact beside a
// commitment, a reader would otherwise take the colours for categories
// (quarters, countries). Bars all of one status but fact
// (wording.OneStatus) are keyed by their subtitle, not by a key of one
// entry.
func colorKeyed(items []item) bool {
	if wording.OneStatus(barsOf(items)) {
		return false // the subtitle says it
	}
	for _, it := range items {
		if it.status != indicators.Fact {
			return true
		}
	}
	return false
}

// statusKey returns the key entries that say what each colour of items
// is, one a status in the order of the statuses (fact first), and the
// colour of each entry's swatch; none when colorKeyed is false. A
// commitment's swatch is hatched, as its bar is, and its entry says it is
// no reported figure.
func statusKey(items []item) ([]KeyEntry, []color.Color) {
	if !colorKeyed(items) {
		return nil, nil
	}
	seen := map[indicators.Status]bool{}
	for _, it := range items {
		seen[it.status] = true
	}
	var key []KeyEntry
	var colors []color.Color
	for st := indicators.Fact; st <= indicators.Intention; st++ {
		if !seen[st] {
			continue
		}
		e := KeyEntry{SolidSwatch, wording.StatusKey(st)}
		if st.IsCommitment() {
			e.Swatch = HatchedSwatch
		}
		key = append(key, e)
		colors = append(colors, statusColor(st))
	}
	return key, colors
}

// withStatusKey sets the key of s to the status entries of items
// (statusKey) followed by rest, with the status entries' colours.
func withStatusKey(s *Slide, items []item, rest []KeyEntry) {
	key, colors := statusKey(items)
	s.Key = append(key, rest...)
	s.KeyColors = colors
	// An arrow or a fading end is keyed in the colour the bars draw it
	// in, that of the first bar drawn so, not the key's grey.
	for _, k := range rest {
		s.KeyColors = append(s.KeyColors, tipColor(items, k.Swatch))
	}
}

// tipColor returns the colour of the first of items whose bar ends as
// swatch sw draws it (an arrow: "more than"; a fading end: "nearly"),
// or of the first item for a key of one figure's squares; nil for any
// other swatch, which the key draws in its own colour.
func tipColor(items []item, sw Swatch) color.Color {
	var match func(indicators.Qualifier) bool
	switch sw {
	case ArrowSwatch:
		match = func(q indicators.Qualifier) bool { return q == indicators.MoreThan || q == indicators.AtLeast }
	case FadedSwatch:
		match = func(q indicators.Qualifier) bool {
			return q == indicators.Nearly || q == indicators.UpTo || q == indicators.LessThan || q == indicators.Range
		}
	default:
		return nil
	}
	for _, it := range items {
		if match(it.q.Qualifier) {
			return statusColor(it.status)
		}
	}
	if len(items) > 0 {
		return statusColor(items[0].status)
	}
	return nil
}

// article returns "a " or "an " for word.
func article(word string) string {
	if word != "" && strings.IndexByte("aeiou", word[0]) >= 0 {
		return "an "
	}
	return "a "
}

// magnitudeKey is the key entry of ranges written as orders of magnitude
// (indicators.IsOrderOfMagnitude): the words imply the ends.
func magnitudeKey(quoted []string) string {
	return "Range: the source says " + wording.JoinAnd(quoted) + "; the bar runs from the low end to ten times it, as the words allow"
}

func joinOr(w []string) string { return wording.JoinOr(w) }

// barsChart fills s with a Bars plot of items; a range chart labels both
// ends of each bar under it.
func barsChart(s *Slide, items []item, w words, rangeKind bool) ([]string, error) {
	o := s.Options
	p := s.Plot
	sc := scaleOf(items)
	div := math.Pow(10, float64(sc.Exp()))
	lo, hi := 0.0, 0.0
	for _, it := range items {
		lo = math.Min(lo, it.lo/div)
		hi = math.Max(hi, it.hi/div+marginOf(it, div)) // an error bar's end on the axis (margin20)
	}
	if hi == lo {
		hi = lo + 1
	}
	const nticks = 5
	var step float64
	// Both ends on ticks of one step, which the ticks keep (the step of
	// the widened axis could skip the low end: "0% 5% 10%" from −2.5%),
	// by the rule the book's native chart of the view follows
	// (axis.Range), above zero as below it: €2,500 million for a highest
	// €2,037 million on the slide as in the book (s15-visitors).
	// Index levels are read against their reference, 100: dots on an
	// axis about 100, a line at it, never bars from 0 (s19m-industry:
	// 103.9 and 109.2 alike on an axis from 0 to 120).
	index := indexOf(items)
	if index != "" && sc == indicators.NoScale {
		lo, hi = 100, 100
		for _, it := range items {
			lo, hi = math.Min(lo, it.lo), math.Max(hi, it.hi)
		}
	} else {
		index = ""
	}
	lo, top, step := axis.Range(lo, hi)
	ranks := allPlaces(items)
	if ranks {
		// Places on a scale of 1 to the last, with no 0 nor half a place
		// ("1 = largest" in the subtitle): dots, the first at the left.
		lo, top = 0.5, math.Max(hi, 2)+0.5
		step = 1
		if hi > 10 {
			step = axis.NiceStep(hi / float64(nticks-1))
		}
	}
	span := top - lo
	format := tickFormat(items, sc)
	// A target or threshold the other bars are read against is a line
	// across them, not a bar of its own (referenceOf); the axis above
	// reaches it still.
	var ref *Reference
	var refItem item
	if r, rows := referenceOf(items); r >= 0 && !rangeKind {
		refItem = items[r]
		ref = &Reference{Value: refItem.hi / div, Label: wording.ReferenceLabel(refItem.title, refItem.status.String(), w.values[r]), Color: statusColor(refItem.status), Rows: rows, ID: refItem.id}
		if len(ref.Rows) == len(items)-1 {
			ref.Rows = nil // every bar
		}
		items = append(items[:r:r], items[r+1:]...)
		drop := func(s []string) []string { return append(s[:r:r], s[r+1:]...) }
		w.labels, w.values, w.when = drop(w.labels), drop(w.values), drop(w.when)
	}
	colors := statusColors(items)
	// The same measures across groups are grouped bars: each measure
	// named once, its bars joined, a colour and a key entry per group.
	grid, isGrid := wording.Grid{}, false
	if ref == nil && !rangeKind && !ranks {
		grid, isGrid = gridOf(items)
		grid = grid.Shortened(s.viewTitle)
	}
	var joined []bool
	if isGrid {
		var order []int
		var labels []string
		for m, row := range grid.Cells {
			for j, i := range row {
				order = append(order, i)
				labels = append(labels, "")
				if j == 0 {
					labels[len(labels)-1] = grid.Measures[m]
				}
				joined = append(joined, j > 0)
				colors[i] = Palette[j%len(Palette)]
			}
		}
		pick := func(s []string) []string {
			out := make([]string, len(order))
			for k, i := range order {
				out[k] = s[i]
			}
			return out
		}
		w.values, w.when = pick(w.values), pick(w.when)
		w.labels = labels
		its, cs := make([]item, len(order)), make([]color.Color, len(order))
		for k, i := range order {
			its[k], cs[k] = items[i], colors[i]
		}
		items, colors = its, cs
	}
	var bars []Bar
	var texts []string
	for i, it := range items {
		b := Bar{
			Label:      w.labels[i],
			Value:      w.values[i],
			Start:      0,
			End:        it.hi / div,
			Margin:     marginOf(it, div),
			Range:      it.q.IsRange(),
			Commitment: it.status.IsCommitment(),
			Color:      colors[i],
			ID:         it.id,
			group:      it.period.Label() + "|" + it.base.Label(),
		}
		if isGrid {
			b.Joined = joined[i]
		}
		switch {
		case it.u.Kind == indicators.Rank && !b.Range:
			b.Mark = true // a place, not an amount
		case index != "" && !b.Range:
			b.Mark = true // a level against 100, not an amount from 0
			b.Start = b.End
		case b.Range:
			b.Start = it.lo / div
		case it.hi < 0 && it.q.Qualifier.OpenEnd():
			// An open end is drawn at the bar's right end; for a bar from
			// a negative figure to 0 that end is the 0, not the figure.
			// "Down about 1 percent" has a plain end: a fall like any.
			return nil, fmt.Errorf("chart: charts of negative figures are not drawn yet with an open end (%s): %q (%s) can be shown as a headline", it.q.Qualifier.Word(), it.id, it.label)
		case it.hi < 0:
			// A negative figure is a bar from it to 0.
			b.Start, b.End = it.lo/div, 0
		}
		if it.status.IsCommitment() && it.period.IsStated() && !w.labelled && !w.quiet && !strings.Contains(s.Subtitle, w.when[i]) && !wording.SaysPeriod(s.viewTitle, it.period) {
			// A commitment's time, unless the subtitle or the title says
			// it already: "pledge and total for 2010–2013" over a hatched
			// bar needs no "pledge for 2010–2013" beside it.
			b.Note = it.status.String() + " " + w.when[i]
		}
		var from float64
		b.Tip, from = tipOf(it, span*div)
		b.FadeFrom = math.Max(from/div, b.Start)
		if rangeKind && b.Range {
			b.EndLabels = [2]string{format(b.Start), format(b.End)}
		}
		bars = append(bars, b)
		texts = append(texts, b.Label, b.Value, b.Note, b.EndLabels[0], b.EndLabels[1])
	}
	bs, err := NewBars(bars)
	if err != nil {
		return nil, err
	}
	bs.style(o)
	if index != "" && ref == nil {
		ref = &Reference{Value: 100, Label: "Index reference: " + index, Color: muted}
	}
	bs.Reference = ref
	bs.floor = vg.Length(o.MinLabel)
	p.Add(barsGrid(o), bs)
	s.body = bs
	p.X.Min, p.X.Max = lo, top
	p.Y.Min, p.Y.Max = 0, float64(len(bars))
	p.HideY()
	p.X.LineStyle.Width = 0
	p.X.Tick.Length = 0
	p.X.Padding = o.px(8)
	ticks := Ticks{Count: nticks, Format: format, Step: step}
	percentOnLast(&ticks, items, format)
	if k := items[0].u.Kind; k == indicators.PercentagePoint || k == indicators.Measure && sc == indicators.NoScale {
		// "−0.5 0 0.5 1 pp", "0 5,000 10,000 megawatts": the unit
		// once, on the last tick.
		ticks.Format, ticks.Last = wording.Thousands, format
	}
	if items[0].u.Kind == indicators.Times && sc == indicators.NoScale {
		// "0 0.5 1 1.5 2×": the ticks of a ratio say what they count
		// on the last, as a unit is (s14d-energy's "more than doubled"
		// was drawn on "0 … 2").
		ticks.Format = wording.Thousands
		ticks.Last = func(v float64) string { return wording.Thousands(v) + "×" }
	}
	if subunit(items) != "" && sc == indicators.NoScale {
		// "0 20 … 80 cents", as the labels say "30 cents".
		ticks.Format, ticks.Last = subunitNumber, format
	}
	if sc != indicators.NoScale {
		// "$100 billion" on every tick crowds a narrow slide: the scale
		// is written on the last tick only (and in the subtitle).
		ticks.Format, ticks.Last = tickFormat(items, indicators.NoScale), format
		if items[0].u.Kind == indicators.Measure {
			ticks.Format = wording.Thousands // not "100 t" beside "400 million t"
		}
	}
	ticks.scaleWord(items, sc, top, step)
	p.X.Tick.Marker = ticks
	p.X.Tick.Label = textStyle(o.fontPx(24, false), muted)
	p.X.Tick.Label.XAlign = draw.XCenter
	p.X.Tick.Label.YAlign = draw.YTop
	withStatusKey(s, items, keyFor(items, func(item) bool { return true }))
	if isGrid {
		for j, g := range grid.Groups {
			s.Key = append(s.Key, KeyEntry{Swatch: SolidSwatch, Text: g})
			s.KeyColors = append(s.KeyColors[:len(s.Key)-1:len(s.Key)-1], Palette[j%len(Palette)])
			texts = append(texts, g)
		}
	}
	if ref != nil {
		s.Key = append(s.Key, KeyEntry{Swatch: ReferenceSwatch, Text: ref.Label})
		s.KeyColors = append(s.KeyColors[:len(s.Key)-1:len(s.Key)-1], ref.Color)
		texts = append(texts, ref.Label)
	}
	return texts, nil
}

// scaleWord makes t write "0 1 2 3 million", never "0 1,000,000
// 2,000,000": an axis of unscaled figures reaching top, ticked every step,
// in millions or more (axisScale) writes its scale once, on the last tick, as a scaled axis
// does (s17j-benefits' "2,774,000 claimants"). The bars' and points'
// labels keep the figures as stated.
func (t *Ticks) scaleWord(items []item, sc indicators.Scale, top, step float64) {
	as := axisScale(items, sc, top, step)
	if as == indicators.NoScale {
		return
	}
	d := math.Pow(10, float64(as.Exp()))
	plain, scaled := tickFormat(items, indicators.NoScale), tickFormat(items, as)
	t.Format = func(v float64) string { return plain(roundTo(v/d, step/d)) }
	t.Last = func(v float64) string { return scaled(roundTo(v/d, step/d)) }
}

// axisScale returns the scale an axis of items, stated with scale sc,
// reaching top and ticked every step, writes its ticks in: a million or a
// billion where counts, sums of money or plain numbers stated in full
// digits reach it, ticked every tenth of it or more ("0 0.5 1 1.5
// million"); NoScale otherwise (a percent, a measure, a rank
// or a ratio keeps its own ticks, and a scaled figure its own scale).
func axisScale(items []item, sc indicators.Scale, top, step float64) indicators.Scale {
	if sc != indicators.NoScale || len(items) == 0 {
		return indicators.NoScale
	}
	switch items[0].u.Kind {
	case indicators.Count, indicators.NoUnit, indicators.Money:
	default:
		return indicators.NoScale
	}
	if subunit(items) != "" {
		return indicators.NoScale
	}
	for _, as := range []indicators.Scale{indicators.Billion, indicators.Million} {
		if d := math.Pow(10, float64(as.Exp())); top >= d && step >= d/10 {
			return as
		}
	}
	return indicators.NoScale
}

// gridOf returns the grid items form (wording.GridOf) where they can be
// drawn as grouped bars: figures of one status, none a commitment, whose
// colours then say the group (a key of statuses would need them:
// colorKeyed), none a range or a place.
func gridOf(items []item) (wording.Grid, bool) {
	named := make([]wording.Named, len(items))
	for i, it := range items {
		if colorKeyed(items) || it.q.IsRange() || it.u.Kind == indicators.Rank {
			return wording.Grid{}, false
		}
		named[i] = wording.Named{Title: it.title, ID: it.id, Period: it.period.Label(), Entity: wording.EntityNames(it.entities)}
	}
	return wording.GridOf(named)
}

// barsGrid returns the vertical grid lines behind bars.
func barsGrid(o Options) *plotter.Grid {
	grid := plotter.NewGrid()
	grid.Horizontal.Color = nil
	grid.Vertical = draw.LineStyle{Color: rule, Width: o.px(1.5)}
	return grid
}

// allPlaces reports whether items are all ranks of one place each, which
// a chart draws as dots on a scale from 1.
func allPlaces(items []item) bool {
	for _, it := range items {
		if it.u.Kind != indicators.Rank || it.q.IsRange() {
			return false
		}
	}
	return len(items) > 0
}

// statusColors returns the colour of each item's bar: its status's colour
// (wording.StatusColor), the same in every chart whatever the mix. The bars of
// a view share a unit and have no series to tell apart, so a colour per
// bar would say nothing; a colour per status says what the hatching of
// commitments says, and bars of one status are one colour (as Our World
// in Data gives one colour per entity).
func statusColors(items []item) []color.Color {
	out := make([]color.Color, len(items))
	for i, it := range items {
		out[i] = statusColor(it.status)
	}
	return out
}

// statusColor returns the colour of status s in every chart, book and
// deck (wording.StatusColor).
func statusColor(s indicators.Status) color.Color {
	r, g, b := wording.RGB(wording.StatusColor(s))
	return color.NRGBA{R: r, G: g, B: b, A: 0xFF}
}

// waffleChart fills s with a Waffle of the first item, a share, or of
// the parts of one whole, the items of view v of catalog c.
func waffleChart(s *Slide, c *indicators.Catalog, v *indicators.ChartView, items []item, wd words) ([]string, error) {
	if len(items) > 1 {
		return compositionChart(s, c, v, items, wd)
	}
	if len(items) != 1 {
		return nil, fmt.Errorf("chart: a part-of-whole chart shows one share, not %d", len(items))
	}
	it := items[0]
	if it.u.Kind != indicators.Percent {
		return nil, fmt.Errorf("chart: a part-of-whole chart shows a percentage, not %q", it.u)
	}
	if it.lo < 0 {
		return nil, fmt.Errorf("chart: charts of negative figures are not drawn yet as a part of a whole: %q (%s) can be shown as bars or a headline", it.id, it.label)
	}
	whole, title := wording.WholeOf(it.title, it.denom)
	caption := strings.TrimPrefix(whole+"\n"+title, "\n")
	caption = strings.TrimSuffix(caption, "\n")
	if it.status.IsCommitment() {
		// "of malaria cases (target)", or the title's first line.
		first, rest, _ := strings.Cut(caption, "\n")
		caption = strings.TrimSuffix(first+" ("+it.status.String()+")\n"+rest, "\n")
	}
	// The big figure in digits, as the Indicators sheet and the chart
	// data write it: "13%", never a share in words lower-cased out of
	// its sentence ("thirteen per cent", s14-roads).
	// A share in words that is no whole number of percent ("one-third",
	// 33.3333333333333) is written to one decimal place, as the
	// Indicators sheet shows it: "33.3%", never fifteen digits
	// (s17i-broadband).
	big := wd.values[0]
	if !strings.ContainsAny(big, "0123456789") && !it.unbounded && !wording.WordsKept(barsOf(items), 0) {
		q := it.q
		if q.Value.Exp < -1 {
			if d, err := indicators.ParseDecimal(strconv.FormatFloat(q.Value.Float64(), 'f', 1, 64)); err == nil {
				q.Value = d
			}
		}
		big = indicators.Format(q, it.u, indicators.Style{Compact: true})
	}
	w, err := NewWaffle(math.Min(math.Max(it.hi, 0), 100), big, caption)
	if err != nil {
		return nil, err
	}
	w.style(s.Options)
	// The squares in the share's status's colour, as its bar and its
	// card are drawn, and as the key's status entry says: an estimate
	// keyed green was drawn blue.
	clr := statusColor(it.status)
	w.Color, w.Hatch.Color, w.LabelStyle.Color = clr, clr, clr
	w.Commitment = it.status.IsCommitment()
	switch it.q.Qualifier {
	case indicators.Approx:
		// "About a quarter" is not 25 squares exactly: those its
		// wording allows either side of the figure are faded
		// (s20n-gambling), as a bar of "about" figures is not.
		if lo := math.Max(0, math.Floor(finiteOr(it.iv.Lo, it.hi))); lo < it.hi {
			w.Value = math.Min(100, math.Ceil(finiteOr(it.iv.Hi, it.hi)))
			w.Tip, w.FadeFrom = Faded, lo
		}
	case indicators.Nearly, indicators.UpTo, indicators.LessThan:
		w.Tip, w.FadeFrom = Faded, math.Ceil(it.hi)-1
		if it.computed != "" || it.q.Qualifier != indicators.Nearly {
			// Solid squares only for what the figure is at least: none
			// for "less than 27 percent" of a share, which may be 0.
			w.FadeFrom = math.Min(w.FadeFrom, math.Max(0, finiteOr(it.iv.Lo, 0)))
		}
	case indicators.Range:
		w.Tip, w.FadeFrom = Faded, it.lo
	case indicators.MoreThan, indicators.AtLeast:
		w.Tip = Beyond
	}
	p := s.Plot
	p.Add(w)
	s.body = w
	p.HideAxes()
	var key []KeyEntry
	if w.Commitment && !colorKeyed(items) {
		key = append(key, KeyEntry{HatchedSwatch, "Hatched: a " + it.status.String() + ", not a reported figure"})
	}
	pc := " " + percentSpelling(items)
	key = append(key, KeyEntry{SolidSwatch, strings.TrimSpace("Each square is 1" + pc + " " + whole)})
	switch {
	case it.unbounded:
		w.Label = wording.UpperFirst(indicators.UnboundedText)
	case it.computed != "" && w.Tip == Faded:
		key = append(key, KeyEntry{FadedSwatch, "Faded squares: what the share may be; computed from " + it.computed})
	case it.computed != "" && w.Tip == Beyond:
		key = append(key, KeyEntry{ArrowSwatch, "Arrow: the share is beyond the squares; computed from " + it.computed})
	case w.Tip == Faded:
		if it.q.IsRange() {
			key = append(key, KeyEntry{FadedSwatch, fmt.Sprintf("Faded squares: the range %s", it.label)})
		} else if it.q.Qualifier == indicators.Approx {
			// The ends its words allow, as the CSV's and the JSON's Low
			// and High write them (indicators.Indicator.Interval):
			// "around two-thirds" may be 61.7 to 71.7 percent, not the
			// whole squares' 61 to 72.
			lo, hi := finiteOr(it.iv.Lo, w.FadeFrom), finiteOr(it.iv.Hi, w.Value)
			key = append(key, KeyEntry{FadedSwatch, "Faded squares: the source says “" + hedgeWord(it) + "”; the share may be " +
				wording.Thousands(tidyEnd(lo)) + " to " + wording.Thousands(tidyEnd(hi)) + pc})
		} else {
			key = append(key, KeyEntry{FadedSwatch, "Faded square: the source says “" + hedgeWord(it) + "”; the share is at most " + wording.Thousands(it.hi) + pc})
		}
	case w.Tip == Beyond:
		key = append(key, KeyEntry{ArrowSwatch, "Arrow: the source says “" + hedgeWord(it) + "”"})
	}
	withStatusKey(s, items, key)
	// The waffle's own entries (its squares, their hatching, fading or
	// arrow) in the colour its squares are drawn in: a grey square keyed
	// "Each square is 1 percent" beside blue squares did not look like
	// what it explains (s13b-air).
	for i := len(s.Key) - len(key); i < len(s.Key); i++ {
		s.KeyColors[i] = w.Color
	}
	return []string{w.Label, w.Caption}, nil
}

// compositionChart fills s with a Waffle of the parts of one whole, the
// shares items of view v, which the catalog's one rule accepts
// (indicators.Catalog.PartsOfWhole: shares of one period and place
// summing to at most 100 percent, or derived shares of one whole): each
// part's squares in its own colour, a hedged part's faded, the squares no
// part fills left empty and keyed as the rest the document does not
// state, and beside the grid a key of each part's name and figure as the
// document writes it ("Coal: 47%").
func compositionChart(s *Slide, c *indicators.Catalog, v *indicators.ChartView, items []item, wd words) ([]string, error) {
	rule, err := c.PartsOfWhole(v.Indicators)
	if err != nil {
		return nil, fmt.Errorf("chart: view %q draws the parts of one whole, and %w", v.ID, err)
	}
	if len(items) > len(Palette) {
		return nil, fmt.Errorf("chart: a whole of %d parts cannot be told apart in %d colours: draw it as bars", len(items), len(Palette))
	}
	var parts []WafflePart
	sum, hedged := 0.0, false
	var texts []string
	for i, it := range items {
		// What a waffle can draw, beside the rule: squares of a
		// percentage, none below zero.
		if it.u.Kind != indicators.Percent || it.lo < 0 {
			return nil, fmt.Errorf("chart: a part of a whole is drawn as squares of at least 0 percent, not %q (%s)", it.id, it.label)
		}
		// A derived part's words ("less than 0.1%") are no hedge of the
		// source's: it is drawn solid, its figure in the key says it.
		p := WafflePart{Value: math.Min(it.hi, 100), Figure: wd.values[i], Color: Palette[i], Hedged: it.q.Qualifier != indicators.Exact && it.op == ""}
		sum += p.Value
		hedged = hedged || p.Hedged
		parts = append(parts, p)
		texts = append(texts, p.Name, p.Figure)
	}
	whole, _ := wording.WholeOf(items[0].title, items[0].denom)
	for i, n := range partNames(items, wd.labels, v.Title) {
		parts[i].Name = n
	}
	texts = texts[:0]
	for _, p := range parts {
		texts = append(texts, p.Name, p.Figure)
	}
	w, err := NewWaffle(0, "", "")
	if err != nil {
		return nil, err
	}
	w.style(s.Options)
	w.Parts = parts
	// Derived shares whose parts make up their one whole leave no rest:
	// 1, 1 and 1 of 3 are "33%" three times, and no "All other:
	// 1%" the document never gave (review16a item 7). Each part is drawn
	// at its exact share, so that the squares fill the whole.
	// Shares of hedged inputs have no exact share (shareInputsOf gives
	// none): they keep their upper ends, which partCells fits into the
	// hundred squares (0/0 here drew at NaN and hung the rasterizer,
	// s29z-foodhygiene).
	if rule.Complete {
		for i, it := range items {
			if it.of.total > 0 {
				parts[i].Value = 100 * it.of.part / it.of.total
			}
		}
	}
	// Parts as the source rounds them may pass the whole (34%, 17%, 34%
	// and 16% are 101%): the hundred squares hold 100, so the last part
	// is drawn short, and a note says which and why, never silently
	// (s29z-foi drew its 16% as 15 squares unsaid).
	if !rule.Complete {
		cells := partCells(parts)
		for i, p := range parts {
			if !math.IsNaN(p.Value) && cells[i] < p.Value-0.05 {
				s.Notes = append(s.Notes, fmt.Sprintf("%s (%s) is drawn as %s squares: the parts, as the source rounds them, add up to %s%%.",
					p.Name, p.Figure, strconv.FormatFloat(math.Round(cells[i]*10)/10, 'f', -1, 64), strconv.FormatFloat(math.Round(sum*10)/10, 'f', -1, 64)))
			}
		}
	}
	// Every other part fills its own squares, never stretched to fill
	// the whole: 10%, 32% and 55% drawn as 10, 33 and 57 squares "because
	// of rounding" hid the 3% who did not say (s26w-language). The
	// squares no part fills are the rest, keyed in its own colour.
	if rest := 100 - sum; !rule.Complete && (math.Round(sum) < 100 || rule.Rest() && rest > 0.05) {
		w.Rest = wording.RestName(rule, items[0].denom, len(items) > 1) + ": " + strconv.FormatFloat(math.Round(rest*10)/10, 'f', -1, 64) + percentAfter(items)
		texts = append(texts, w.Rest)
	}
	s.Plot.Add(w)
	s.body = w
	s.Plot.HideAxes()
	key := []KeyEntry{{SolidSwatch, strings.TrimSpace("Each square is 1 "+percentSpelling(items)+" "+whole) + partSquares(parts)}}
	if hedged {
		var said []string
		for _, it := range items {
			if hw := hedgeWord(it); it.q.Qualifier != indicators.Exact && it.op == "" && hw != "" && !slices.Contains(said, "“"+hw+"”") {
				said = append(said, "“"+hw+"”")
			}
		}
		key = append(key, KeyEntry{FadedSwatch, "Faded squares: a part the source hedges (" + strings.Join(said, ", ") + ")"})
	}
	s.Key = key
	s.KeyColors = nil
	return texts, nil
}

// partSquares returns what the key adds where a part fills part of a
// square (partCells): "; part of a square is part of a percent", so that
// 1.8% drawn as one square and four fifths of the next is read as drawn;
// "" where every part fills whole squares.
func partSquares(parts []WafflePart) string {
	for _, n := range partCells(parts) {
		if n != math.Floor(n) {
			return "; part of a square is part of a percent"
		}
	}
	return ""
}

// cardValue returns the figure of it as a headline card writes it: as a
// sentence starts ("An estimated 228 million cases"), or that it cannot
// be bounded.
func cardValue(it item) string {
	if it.unbounded {
		return wording.UpperFirst(indicators.UnboundedText)
	}
	return wording.Card(wording.Shown{Label: respell(it.label, it.u), Quote: it.quote, Unit: it.u, Q: it.q, Measure: it.measure, Period: it.period,
		Base: wording.BasePhrase(it.title, it.base, it.period, it.status.IsCommitment()), Against: it.against, Title: it.title})
}

// partNames returns the names the parts of a whole, items labelled
// labels, go by in its key and notes: each label's part name
// (wording.PartName), shortened by what the chart says already
// (wording.PartNames).
func partNames(items []item, labels []string, viewTitle string) []string {
	names := make([]string, len(items))
	for i := range items {
		names[i] = wording.PartName(labels[i])
	}
	whole, _ := wording.WholeOf(items[0].title, items[0].denom)
	return wording.PartNames(names, whole, viewTitle)
}

// cardChart fills s with a headline Card of the first item.
func cardChart(s *Slide, c *indicators.Catalog, items []item, w words, viewTitle string) ([]string, error) {
	if len(items) != 1 {
		return nil, fmt.Errorf("chart: a headline card shows one figure, not %d", len(items))
	}
	it := items[0]
	value := cardValue(it)
	// Under the title, what the figure is and when, unless the figure's
	// own title or the view's says when: "Projection for 2025", never
	// "For 2006–2021" under "since 2006", nor "2023" under a view titled
	// "…, 2023" (s13b-air). The view's title is asked whether the card is
	// drawn with it (a PNG) or without it (a slide, Embed, whose slide
	// title is the view's), so that both say one line.
	fig := figureOf(it)
	fig.Card = value
	// A caption that would repeat the view's title says what the title
	// does not, the place ("England"), or nothing; read against the
	// view's title on the slide as on the PNG, so that the slide's card
	// names the place as the PNG's does ("Live births, England and
	// Wales", never "Live births" alone on the slide, s15-births). A
	// caption the figure already says is the place alone.
	cd := NewCard(value, wording.CardCaption(viewTitle, it.title, value, it.entities), wording.CardLine(fig, it.title))
	// The figure in its status's colour, as its bar would be drawn: an
	// estimate is green on the card as in the bars.
	r, g, b := wording.RGB(wording.CardColor(it.status))
	cd.style(s.Options, color.NRGBA{R: r, G: g, B: b, A: 0xFF})
	cd.Commitment = it.status.IsCommitment()
	// The document's own comparison, where the catalog holds the figure
	// of the period before (wording.Previous, s16g-fire).
	// And the change the catalog states of it: "Up 5% on 2020/21" under
	// 69,565 students (s19m-students). One comparison, the document's
	// own (wording.CardComparison).
	if ind, ok := c.Indicator(it.id); ok {
		prev, ch := wording.CardComparison(c, ind)
		if prev != nil {
			cd.Previous = wording.PreviousLine(prev)
		}
		if ch != nil {
			cd.Change = wording.ChangeLine(ch)
		}
	}
	s.Plot.Add(cd)
	s.body = cd
	s.Plot.HideAxes()
	texts := []string{cd.Value, cd.Label, cd.Period}
	if cd.Previous != "" {
		texts = append(texts, cd.Previous)
	}
	if cd.Change != "" {
		texts = append(texts, cd.Change)
	}
	return texts, nil
}

// finiteOr returns x, or def when x is infinite.
func finiteOr(x, def float64) float64 {
	if math.IsInf(x, 0) {
		return def
	}
	return x
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

// nameNotes names the bar each note of items is about where the chart
// draws more than one bar and not every bar carries the note: "EU2
// (Romanian and Bulgarian) citizens: The ONS calls it a record high.",
// where s14-tourism's note stood under three bars for one. labels are
// the bars' labels (describe), an item's title where one is empty.
func nameNotes(items []item, labels []string) {
	if len(items) < 2 || len(labels) != len(items) {
		return
	}
	count := map[string]int{}
	for _, it := range items {
		for _, n := range it.notes {
			count[n]++
		}
	}
	// A note of several bars names them all, once: "Drug poisoning
	// mortality rate, males and Drug poisoning mortality rate, females:
	// Unchanged compared with 2010", never a line each repeating it
	// (s15-deaths).
	names := map[string][]string{}
	labels = slices.Clone(labels)
	for i, it := range items {
		// A name another bar's label starts with says its bar's time:
		// "… issued by the 7 main retailers" named either of two bars,
		// one of them "… (2014)" (s30a-carrierbags).
		if l := labels[i]; l != "" && it.period.IsStated() && slices.ContainsFunc(labels, func(o string) bool { return o != l && strings.HasPrefix(o, l) }) {
			labels[i] = wording.Label(l, it.period.Label())
		}
	}
	for i, it := range items {
		name := labels[i]
		if name == "" {
			name = it.title
		}
		for _, n := range it.notes {
			if name != "" {
				names[n] = wording.AppendOnce(names[n], name)
			}
		}
	}
	// A note that names its bars by their period, as every bar of that
	// period carries it, names them itself: "October 2018 figures are
	// provisional", never after both bars' labels in full, three lines
	// under a chart whose key says Estimate already (s19m-industry).
	dated := map[string]bool{}
	for n := range count {
		dated[n] = true
		for _, it := range items {
			has := slices.Contains(it.notes, n)
			if has != wording.SaysPeriod(n, it.period) || !it.period.IsStated() && has {
				dated[n] = false
			}
		}
	}
	// A note every bar of one period carries, and no bar of another,
	// names that period alone: "2008: Provisional.", never both bars'
	// titles in full before it (s22p-air's "Urban background PM10
	// concentration, annual average (2008) and Roadside PM10
	// concentration, annual average (2008): Provisional.").
	period := map[string]string{}
	for n := range count {
		var p indicators.Period
		one := true
		for _, it := range items {
			has := slices.Contains(it.notes, n)
			switch {
			case has && !it.period.IsStated():
				one = false
			case has && p == (indicators.Period{}):
				p = it.period
			case has && it.period != p, !has && it.period == p:
				one = false
			}
		}
		for _, it := range items {
			if !slices.Contains(it.notes, n) && it.period == p {
				one = false
			}
		}
		if one && p.IsStated() && count[n] > 1 {
			period[n] = p.Label()
		}
	}
	// Each note of some bars is tied to them one way: where any is led
	// by its bars, one that names its period itself is led too ("2013 —
	// The release says “today”; read as 2013 …" under "2010 — A fall
	// …", s32c-postal, whose second note stood unled).
	led := false
	for n, c := range count {
		led = led || c < len(items) && !dated[n]
	}
	for i := range items {
		name := labels[i]
		if name == "" {
			name = items[i].title
		}
		if name == "" {
			continue
		}
		notes := slices.Clone(items[i].notes)
		own := -1 // the line of this bar's notes alone, its name said once
		for k, n := range notes {
			switch {
			case dated[n] && !led:
			case count[n] == len(items) || strings.HasPrefix(n, name+":") || strings.HasPrefix(n, wording.UpperFirst(items[i].title)+":") ||
				len(names[n]) == 1 && wording.NamesByInitials(n, name, slices.Delete(slices.Clone(labels), i, i+1)):
			case period[n] != "":
				notes[k] = wording.Dated(period[n], n)
			case len(names[n]) == 1 && own >= 0:
				// A second note of this bar alone goes on its line: the
				// bar's whole title once, never a line each repeating it
				// (s26w-driving).
				notes[own] += " " + n
				notes[k] = ""
			default:
				notes[k] = wording.Dated(wording.JoinAnd(names[n]), n)
				if len(names[n]) == 1 {
					own = k
				}
			}
		}
		items[i].notes = slices.DeleteFunc(notes, func(n string) bool { return n == "" })
	}
}

// foldNotes says a note of items that another of theirs opens by the
// longer alone (wording.FoldNotes), before nameNotes names their bars.
func foldNotes(items []item) {
	perBar := make([][]string, len(items))
	for i, it := range items {
		perBar[i] = it.notes
	}
	for i, notes := range wording.FoldNotes(perBar) {
		items[i].notes = notes
	}
}

// notesOf returns the notes of items, in order, each once: a note of
// several bars is theirs alike (nameNotes).
func notesOf(items []item) []string {
	var out []string
	for _, it := range items {
		for _, n := range it.notes {
			out = wording.AppendOnce(out, n)
		}
	}
	return out
}

// percentOnLast writes the word of percent ("per cent", "percent") on the
// last tick only, as a scale is, where the figures of items write it in
// words: the one style of a bar chart's axis and a series chart's alike
// (s21o-obesity: "0 per cent … 15 per cent" on every tick of the series
// beside "40 per cent" on the last of the bars).
func percentOnLast(ticks *Ticks, items []item, format func(float64) string) {
	if len(items) > 0 && items[0].u.Kind == indicators.Percent && percentWord(items) {
		ticks.Format, ticks.Last = wording.Thousands, format
	}
}

// tidyEnd rounds away the float noise an interval's end takes from
// scaling (0.15 × 100 is 15.000000000000002), at ten decimal places, far
// finer than any figure a document writes.
func tidyEnd(x float64) float64 {
	return math.Round(x*1e10) / 1e10
}
