package xlsx

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"image/png"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// chartData is where the Derived sheet holds the series of one chart view.
type chartData struct {
	view *indicators.ChartView
	// about100 marks bars of index levels with no scale word: drawn from
	// their reference, 100, on the slide's axis about them and 100, as
	// the slide draws them (dots about 100 and a line at it), never from
	// 0.
	about100    bool
	first, last int // data rows on the Derived sheet
	pie         bool
	rest        bool // a doughnut's last point is the rest the document does not state
	anyRange    bool
	anyHedge    bool // some bar is at most its end (nearly, up to, less than)
	anyBeyond   bool // some bar is beyond its end (more than, at least)
	anyCommit   bool
	anyStated   bool   // some bar is neither hedged nor a commitment
	axisFmt     string // of the figures: a doughnut's labels
	// tickFmt is the value axis's number format, and axisTitle what it
	// leaves out ("$ per barrel"), when the view's title does not say it.
	tickFmt, axisTitle string
	// axis is the value axis's ends and step.
	axis valueAxis
	// fraction marks chart data of percents held as the fractions they
	// are, as the Indicators sheet holds them (fractionView): 12% is 0.12,
	// shown "12%" by the cells', the labels' and the ticks' formats.
	fraction bool
	items    []chartItem
	// subtitle is the slide's subtitle (wording.Subtitle, or the view's
	// own): the unit, and what the figures are and when, the native
	// chart's value axis title.
	subtitle string
	// ref is the target or threshold the bars are read against
	// (wording.Reference), drawn as a dashed line series, not a bar; nil
	// for none.
	ref *refLine
	// grid, where not nil, reads the bars as the same measures across
	// groups (wording.GridOf), drawn as grouped bars, a series a group:
	// items are then in group order, each group's measures in the
	// grid's order, from row layout of the hidden Chart layout sheet, and
	// the rows after them name the measures (measures). The Chart data
	// sheet lists the bars once, as the chart shows them, top down
	// (reading): hidden rows there were summed twice (s25v-animals).
	grid *wording.Grid
	// layout and measures are the first rows, on the Chart layout sheet,
	// of a grid's bars as its chart reads them and of its measures.
	layout, measures int
	reading          []chartItem
}

// refLine is a target or threshold drawn across a native chart's bars: a
// line series of its value at every bar, named in the legend ("NATO
// guideline 2%"). It is at every bar, not only those of its whole, as
// the slide's line is: a line of one point is not drawn at all.
type refLine struct {
	it    chartItem
	label string
}

// chartItem is one bar or slice of a chart.
type chartItem struct {
	// label is the bar's name as its native chart shows it, broken into
	// lines and cut to fit (fitLines), a small slice's with its figure
	// (nameSmallSlices); name is the same name as the Chart data sheet
	// shows it to a reader: whole, on one line, its figure in the Value
	// cell alone (s26w-firearms: "Refused (2%)"; s26w-taxgap: labels with
	// hard line breaks pasted them; greenbelt: a cut label lost what 37%
	// is of).
	label, name string
	// unit is the figure's unit in words, as the Unit column of the chart
	// data says it beside the figure: "vehicle kms", "percent" (s21o-traffic:
	// "7.1 billion" pasted from the chart data lost what it counts).
	unit string
	// short is the label without the figure, for a figure its bar's data
	// label shows whole (no hedge, no fall): the category need not repeat
	// it ("Child Welfare Centers the project will equip", not "… (47
	// Child Welfare Centers)"); "" where the figure's words say more.
	short string
	// title and parts are the label's title and what it adds to it
	// (wording.Parts), and fig the figure as stated: a bar of a title the
	// chart's title says is labelled by its parts alone (untitle).
	title, fig string
	parts      []string
	// bar is what the subtitle reads of the figure (wording.Bar).
	bar          wording.Bar
	base, span   string // formulas; "" for none
	baseV, spanV float64
	hedged       bool
	// fadeLo is the low end the wording of a hedged figure allows
	// (indicators.Indicator.Interval, the rule the Indicators sheet's
	// Low reads; a derived figure's Result.Interval), where its bar starts to fade
	// (axis.FadeFrom).
	fadeLo float64
	// commitment marks a target, pledge, projection or intention: drawn
	// apart from what is reported (hatched, as the slide draws it).
	commitment bool
	// beyond marks a hedged figure beyond the bar's end ("more than").
	beyond bool
	// status colours the bar as every chart colours it
	// (wording.StatusColor).
	status indicators.Status
	fmt    string
	// against is what a change is set against
	// (indicators.Indicator.AgainstWhat), "" for a period: its format
	// says it ("below the forecast", "above employed women").
	against string
	// baseShown marks a range across zero: its base, from zero down to the
	// low end, is drawn like the rest of the bar (see chartItem).
	baseShown bool
	// notes are the bar's indicator's notes as a chart prints them
	// (wording.NoteSaid).
	notes []string
	// period and basePeriod are the Chart data sheet's Period and Base
	// cells (periodCells): what time the bar is of, and what a change is
	// from, as the Indicators sheet writes them.
	period, basePeriod string
}

// Columns of the chart data on the Chart data sheet.
const (
	cdView = iota + 1
	cdCategory
	cdBase
	cdStated
	cdHedged
	cdBeyond
	cdCommit
	cdRef
	cdUnit
	cdPeriod     // the bar's period, as the Indicators sheet writes it
	cdBasePeriod // a change's base, as the Indicators sheet's Base
)

// Chart colours: a bar takes its status's colour, as on every slide
// (wording.StatusColor); colorStated is the colour of facts, headings and
// a doughnut's share.
var colorStated = wording.StatusColor(indicators.Fact)

const colorRest = "D9D9D9"

// hedgeTint is how much white lightens a bar whose figure is at most its
// end ("nearly", "up to"): the slide fades its end.
const hedgeTint = 0.55

// planCharts lays out the chart data on the Chart data sheet, from
// column A, its header in row 1.
func (b *book) planCharts() error {
	row, layout := 2, 2 // under the header rows of Chart data and Chart layout
	for i := range b.c.Views {
		v := &b.c.Views[i]
		if v.Kind == indicators.Headline {
			continue // its figure is written as the document states it (headlineBlock)
		}
		if b.allRanks(v) {
			continue // places, not amounts: listed (rankBlock), not drawn as bars
		}
		cd := chartData{view: v, first: row}
		signed := v.Kind != indicators.PartOfWhole && wording.Signed(b.quantities(v.Indicators), b.statuses(v.Indicators))
		own := b.ownTimes(v.Indicators)
		mixed, sourced := b.statusesDiffer(v.Indicators), b.sourcesDiffer(v.Indicators)
		usd := false
		var unit0 indicators.Unit
		var sc0 indicators.Scale
		share := true
		var bars []wording.Bar
		alone, err := b.baseAlone(v, signed, own, mixed, sourced)
		if err != nil {
			return fmt.Errorf("xlsx: chart view %q: %w", v.ID, err)
		}
		titles, err := b.tellApart(v.Indicators, signed, own, alone, mixed, sourced)
		if err != nil {
			return fmt.Errorf("xlsx: chart view %q: %w", v.ID, err)
		}
		// Named as the slide names them (wording.BarTitles): the phrase
		// all their titles end with is the subtitle's.
		raw, places := make([]string, len(v.Indicators)), make([][]string, len(v.Indicators))
		for k, id := range v.Indicators {
			if ind, ok := b.c.Indicator(id); ok {
				raw[k], places[k] = ind.Title, ind.Entities
			}
		}
		titles, phrase := wording.BarTitles(v.Title, titles, raw, places)
		ref := -1
		if v.Kind == indicators.Bars {
			ref, _ = b.reference(v.Indicators)
		}
		inPercent := v.Kind == indicators.Bars
		cd.fraction = b.fractionView(v)
		for k, id := range v.Indicators {
			it, unit, err := b.chartItem(id, signed, own[k], alone, mixed, sourced, cd.fraction)
			if err != nil {
				return fmt.Errorf("xlsx: chart view %q: %w", v.ID, err)
			}
			if inPercent {
				unit = b.proportionInPercent(id, &it, unit, cd.fraction)
			}
			it.unit = wording.UnitWords(unit)
			if it.short == "" && hedgeShown(it) {
				// The data label says the hedge and the figure; the
				// category need not ("… East Dorset (approximately 91%)"
				// beside "approximately 91%", s16g-lifeexp).
				it.short = wording.Label(it.title, it.parts...)
			}
			if k == ref {
				// A line across the bars, as the slide draws it; its
				// figure is in the subtitle's words still.
				ind, _ := b.c.Indicator(id)
				cd.ref = &refLine{it: it, label: wording.ReferenceLabel(ind.Title, ind.Status.String(), it.fig)}
				bars = append(bars, it.bar)
				continue
			}
			if titles[k] != it.title {
				// Named as the slide names it (wording.TellApart).
				it.title = titles[k]
				it.label = wording.Label(titles[k], append(slices.Clone(it.parts), it.fig)...)
				if it.short != "" {
					it.short = wording.Label(titles[k], it.parts...)
				}
			}
			if cd.axisFmt == "" {
				unit0, sc0 = unit, scaleOf(b.c, id)
				cd.axisFmt = b.spell(numFmtDigits(0, unit, sc0), unit)
				usd = unit.Kind == indicators.Money && unit.Currency.String() == "USD"
			}
			ind, ok := b.c.Indicator(id)
			share = share && ok && ind.Measure == indicators.Share && unit.Kind == indicators.Percent
			if ok {
				for _, n := range ind.Notes {
					it.notes = append(it.notes, wording.NoteSaid(b.c, n))
				}
			}
			cd.anyRange = cd.anyRange || it.base != ""
			cd.anyHedge = cd.anyHedge || it.hedged && !it.beyond && !it.commitment
			cd.anyBeyond = cd.anyBeyond || it.hedged && it.beyond && !it.commitment
			cd.anyCommit = cd.anyCommit || it.commitment
			cd.anyStated = cd.anyStated || !it.hedged && !it.commitment
			cd.items = append(cd.items, it)
			bars = append(bars, it.bar)
		}
		if len(bars) > 0 {
			// The axis in the scale its subtitle names, the largest the
			// figures were written with (wording.ScaleOf), never the
			// first bar's: "$954 million" first beside "$3.3 billion"
			// ticked "$4,000" under "US$ billion" (s37h-disasteraid).
			sc0 = wording.ScaleOf(bars)
		}
		denom := ""
		if v.Kind == indicators.PartOfWhole {
			denom = b.wholeOfParts(v, cd.items, bars)
		}
		// A part of a whole is a doughnut of its share and the rest; the
		// parts of one whole (verify checks they are shares of one period
		// and place summing to at most 100) a doughnut of each part, in
		// the slide's colours, and the rest the document does not state
		// when they fall short of 100 (s14d-energy's fuels: 99%).
		if v.Kind == indicators.PartOfWhole && unit0.Kind == indicators.Percent && len(cd.items) == len(v.Indicators) && !cd.anyRange {
			cd.pie = true
			var spans []string
			sum := 0.0
			for _, it := range cd.items {
				spans = append(spans, strings.TrimPrefix(it.span, "="))
				sum += it.spanV
			}
			// The whole, as the cells hold it: 100%, the fraction 1.
			whole, wholeF := 100.0, "100-"
			if cd.fraction {
				whole, wholeF = 1, "1-"
			}
			// What the parts leave is a slice of its own, named as the
			// slide's waffle keys it (wording.RestName): never stretched
			// over, as a doughnut of 10%, 32% and 55% drew them as the
			// whole ring, the 3% not stated gone (s26w-language). Only
			// parts that are the whole (indicators.Parts.Complete), or
			// short of it by under 0.05 points, leave none.
			rule, err := b.c.PartsOfWhole(v.Indicators)
			if rest := tidy(whole - sum); len(cd.items) == 1 || rest > whole*0.0005 && err == nil && !rule.Complete {
				label := wording.RestLabel(cd.items[0].bar.Denom, false)
				if len(cd.items) > 1 {
					label = wording.RestName(rule, cd.items[0].bar.Denom, true)
				}
				span := wholeF + cd.items[0].span
				if len(spans) > 1 {
					span = wholeF + "(" + strings.Join(spans, "+") + ")"
				}
				// Of the parts' period: the rest is of the same whole.
				cd.items = append(cd.items, chartItem{label: label, span: span, spanV: rest, fmt: restFormat(cd.items), period: cd.items[0].period})
				cd.rest = true
			}
		}
		if len(cd.items) == 0 {
			continue
		}
		if !cd.pie && wording.RatesShort(bars) {
			ratesShort(cd.items)
		} else if !cd.pie && !wording.CountsMixed(bars) {
			// Counts of more than one noun each keep theirs, one stated
			// bare too, as the slide writes them: "26" stood between
			// "16 police services" and "2 forces" (s30a-missing).
			countsShort(cd.items, wording.CountsShort(bars))
		}
		wordsKept(cd.items)
		subunitTitle := ""
		if !cd.pie && cd.ref == nil {
			subunitTitle = inSubunit(cd.items, bars, v.Title, sc0)
		}
		said := untitle(v.Title, cd.items)
		cd.subtitle = wording.SubtitleWith(wording.SubtitleWith(subtitle(v, bars, own, cd.items[0].title), phrase), said)
		shortLabels(cd.items)
		if cd.pie && len(v.Indicators) > 1 {
			// The parts of one whole, as the slide's waffle of them
			// (a share alone is named as its bar is).
			b.partNames(v, cd.items, denom)
		}
		for k := range cd.items {
			cd.items[k].name = cd.items[k].label
		}
		if cd.pie {
			nameSmallSlices(cd.items)
		}
		if !cd.pie {
			onAxis := cd.items
			if cd.ref != nil {
				// The axis reaches the line, as the slide's does.
				onAxis = append(slices.Clone(cd.items), cd.ref.it)
			}
			// The axis ends where the slide's does: a data label that
			// does not fit past its bar's end is held inside it
			// (insideLabels), never an axis widened a step or two past
			// the image of the view beside it (s11b-transport: 200
			// against 150); a fall's label its bar cannot hold widens
			// it below zero as the slide's does (widenForFalls).
			cd.axis = axisFor(onAxis, cellDiv(sc0, cd.fraction), share)
			widenForFalls(&cd, cellDiv(sc0, cd.fraction))
			if unit0.Kind == indicators.Index && sc0 == indicators.NoScale && cd.ref == nil && !cd.anyRange &&
				!slices.ContainsFunc(cd.items, func(it chartItem) bool { return it.base != "" }) {
				// Index levels read against 100, the slide's axis
				// (report/chart: lo and hi from 100, axis.Range).
				lo, hi := 100.0, 100.0
				for _, it := range cd.items {
					lo, hi = math.Min(lo, it.spanV), math.Max(hi, it.spanV)
				}
				cd.axis.min, cd.axis.max, cd.axis.step = axis.Range(lo, hi)
				cd.about100 = true
			}
		}
		if !cd.pie {
			// LibreOffice never wraps the bars' names of a chart whose
			// axis crosses inside the plot (they took two thirds of its
			// width and turned the ticks), and gives a long name on one
			// line half of any other's width. They are broken here.
			most := categoryLines(len(cd.items))
			for k := range cd.items {
				cd.items[k].label = fitLines(cd.items[k].label, most)
			}
		}
		cd.tickFmt, cd.axisTitle = axisNumFmt(unit0, sc0, cd.axis.decimals)
		cd.tickFmt, cd.axisTitle = b.spell(cd.tickFmt, unit0), b.spellTitle(cd.axisTitle, unit0)
		if unit0.Kind == indicators.Index {
			cd.axisTitle = wording.UnitPhrase(cd.items[0].bar, sc0) // "Index (2015=100)", as the slide's axis
		}
		if unit0.Kind == indicators.PercentagePoint {
			cd.tickFmt = lastTickWord(cd.tickFmt, " pp", cd.axis)
		}
		if f := scaledTicks(unit0, sc0, &cd); f != "" {
			cd.tickFmt = f
		}
		if cd.fraction {
			cd.tickFmt, cd.axisFmt = fractionAxisFormat(cd.tickFmt, cd.axis.decimals), fractionFormat(cd.axisFmt)
		}
		if subunitTitle != "" {
			// "0 1 2 3 4" under "Pence per litre", as the slide's axis.
			cd.tickFmt, _ = axisNumFmt(indicators.Unit{}, indicators.NoScale, cd.axis.decimals)
			cd.axisTitle = subunitTitle
			usd = false
		}
		if usd && slices.ContainsFunc(cd.items, func(it chartItem) bool { return strings.Contains(it.label, "US$") }) {
			// The axis writes the dollar as the figures do: "US$ 5
			// billion" beside "US$2", not "$2".
			cd.tickFmt = strings.ReplaceAll(cd.tickFmt, `"$"`, `"US$"`)
			cd.axisTitle = "US" + cd.axisTitle
		}
		if strings.Contains(strings.ToLower(v.Title), strings.ToLower(cd.axisTitle)) {
			cd.axisTitle = "" // the title says it: "Brent crude oil price, $ per barrel"
		}
		if cd.axis.min < 0 {
			cd.tickFmt = minusTicks(cd.tickFmt) // "−10%", as the slide's axis
		}
		cd.last = row + len(cd.items) - 1
		row = cd.last + 1
		if g, ok := b.gridOf(&cd); ok {
			// Grouped bars, a series a group, as the slide draws them:
			// the items group by group, then a row to name each measure.
			// The measures run bottom up, as the category axis of
			// grouped bars reads them (groupedChart).
			// A reader reads them first, as the chart shows them: each
			// measure top down, its groups top down.
			for _, cells := range g.Cells {
				for _, k := range cells {
					cd.reading = append(cd.reading, cd.items[k])
				}
			}
			slices.Reverse(g.Measures)
			slices.Reverse(g.Cells)
			var items []chartItem
			for j := range g.Groups {
				for _, cells := range g.Cells {
					items = append(items, cd.items[cells[j]])
				}
			}
			cd.layout, cd.measures = layout, layout+len(items)
			cd.items, cd.grid = items, &g
			layout = cd.measures + len(g.Measures)
		} else if slices.ContainsFunc(cd.items, func(it chartItem) bool { return it.label != it.name }) {
			// The chart's names, broken, cut or with a figure, on the
			// hidden Chart layout sheet; the Chart data sheet's whole.
			cd.layout = layout
			layout += len(cd.items)
		}
		b.charts = append(b.charts, cd)
	}
	b.cdCols = keptColumns(b.charts)
	return nil
}

// gridOf returns the grid the bars of cd form (wording.GridOf), as the
// slide reads them: figures of one status, none a commitment (no key of
// their colour: wording.OneStatus), none a range, hedged or read against
// a line, each bar its indicator's.
func (b *book) gridOf(cd *chartData) (wording.Grid, bool) {
	v := cd.view
	if v.Kind != indicators.Bars || cd.pie || cd.ref != nil || cd.anyRange || cd.anyHedge || cd.anyBeyond || cd.anyCommit || len(cd.items) != len(v.Indicators) {
		return wording.Grid{}, false
	}
	named := make([]wording.Named, len(v.Indicators))
	for i, id := range v.Indicators {
		ind, ok := b.c.Indicator(id)
		if !ok || ind.Status.IsCommitment() || ind.Unit.Kind == indicators.Rank {
			return wording.Grid{}, false
		}
		if first, _ := b.c.Indicator(v.Indicators[0]); ind.Status != first.Status {
			return wording.Grid{}, false // a status would need the colours
		}
		named[i] = wording.Named{Title: ind.Title, ID: id, Period: ind.Period.Label(), Entity: wording.EntityNames(ind.Entities)}
	}
	// Named as the slide names them (wording.Grid.Shortened): "Reception
	// (aged 4-5)" under a title that says England, never "Reception (aged
	// 4-5), England" beside the slide's (s21o-obesity).
	g, ok := wording.GridOf(named)
	if !ok {
		return g, false
	}
	return g.Shortened(v.Title), true
}

// reference returns the index among ids of the target or threshold the
// others are read against, and the indices among the others of the bars
// it crosses (wording.Reference, as the slide draws it); -1 for none.
func (b *book) reference(ids []string) (int, []int) {
	figs := make([]wording.RefFigure, len(ids))
	for i, id := range ids {
		ind, ok := b.c.Indicator(id)
		if !ok {
			figs[i] = wording.RefFigure{Derived: true}
			continue
		}
		lo, _ := ind.Quantity.Ends()
		figs[i] = wording.RefFigure{Range: ind.Quantity.IsRange(), Low: lo,
			Commitment: ind.Status.IsCommitment(), Threshold: ind.Measure == indicators.Threshold, Unit: ind.Unit,
			Whole: wording.Denominator(ind.Title, ind.Denominator, ind.Unit)}
	}
	return wording.Reference(figs)
}

// keptColumns returns the columns of the chart data that hold a figure
// of some chart, in order: view and bar always, then each of the others
// that some bar fills. A column empty for every row would take the width
// of a printed page for nothing.
func keptColumns(charts []chartData) []int {
	used := map[int]bool{cdView: true, cdCategory: true}
	for _, cd := range charts {
		for _, it := range cd.items {
			used[cellCol(it, cd.pie)] = true
			used[cdPeriod] = used[cdPeriod] || it.period != ""
			used[cdBasePeriod] = used[cdBasePeriod] || it.basePeriod != ""
			if it.base != "" {
				used[cdBase] = true
			}
		}
	}
	for _, cd := range charts {
		if cd.ref != nil {
			used[cdRef] = true
		}
		for _, it := range cd.items {
			if unitUnsaid(it) {
				used[cdUnit] = true
			}
		}
	}
	var cols []int
	for c := cdView; c <= cdBasePeriod; c++ {
		if used[c] {
			cols = append(cols, c)
		}
	}
	return cols
}

// unitUnsaid reports whether the Unit cell of it says what its Value
// cell, as its format shows it, does not: "33,000 fly-tipping incidents"
// said its unit twice beside "fly-tipping incidents" (s24s-flytipping);
// "£10.9 million" says "GBP", as "16%" says "percent". The column's
// header says so (unitHeader).
func unitUnsaid(it chartItem) bool {
	shown := displayText(it.spanV, it.fmt)
	if sign := strings.TrimSpace(indicators.CurrencySign(it.bar.Unit)); sign != "" && strings.Contains(shown, sign) {
		shown += " " + it.bar.Unit.Currency.String() // "€25.06" says "EUR" (s25u-paygap: "€25.06 EUR")
	}
	// "down 1 incident" says "incidents" in the singular (s27x-hatecrime:
	// "down 1 incident incidents" printed).
	u := it.bar.Unit
	if !strings.ContainsAny(shown, "0123456789") {
		// The document's words ("about one-seventh", wordsKept) say a
		// proportion, no unit: "percent" beside them printed "about
		// one-seventh percent" (s30a-roads).
		return false
	}
	return it.unit != "" && !wording.SaysUnit(shown, it.unit) && !(u.Kind == indicators.Count && u.Name != "" && wording.SaysUnit(shown, u.Name))
}

// col returns the column of the chart data, from 1, that holds its
// column c (cdStated, …), or 0 for a column left out (keptColumns).
func (b *book) col(c int) int {
	return slices.Index(b.cdCols, c) + 1
}

// scaleOf returns the scale of an indicator or derived indicator.
func scaleOf(c *indicators.Catalog, id string) indicators.Scale {
	if ind, ok := c.Indicator(id); ok {
		return ind.Quantity.Scale
	}
	if r, err := c.Compute(id); err == nil {
		return r.Quantity.Scale
	}
	return indicators.NoScale
}

// minus is the formula a-b of two defined names, either negated ("-X").
func minus(a, b string) string {
	na, nb := strings.HasPrefix(a, "-"), strings.HasPrefix(b, "-")
	switch {
	case na && nb:
		return b[1:] + "-" + a[1:]
	case nb:
		return a + "+" + b[1:]
	}
	return a + "-" + b
}

// quantities returns the quantities of the indicators or derived
// indicators ids; nothing for an ID that is neither.
func (b *book) quantities(ids []string) []indicators.Quantity {
	var qs []indicators.Quantity
	for _, id := range ids {
		if ind, ok := b.c.Indicator(id); ok {
			qs = append(qs, ind.Quantity)
		} else if r, ok := b.results[id]; ok {
			qs = append(qs, r.Quantity)
		}
	}
	return qs
}

// statuses returns the statuses of the indicators or derived indicators
// ids, one per figure quantities returns.
func (b *book) statuses(ids []string) []indicators.Status {
	var st []indicators.Status
	for _, id := range ids {
		if ind, ok := b.c.Indicator(id); ok {
			st = append(st, ind.Status)
		} else if r, ok := b.results[id]; ok {
			st = append(st, r.Status)
		}
	}
	return st
}

// ownTimes returns which of the indicators or derived indicators ids say
// their own time on their bars ("Brent crude oil price forecast ($54,
// 2015)"), as the slide beside them does (wording.OwnTimes): none when
// all are of one period, and where most share one, only the others.
func (b *book) ownTimes(ids []string) []bool {
	times := make([]wording.BarTime, len(ids))
	for i, id := range ids {
		if ind, ok := b.c.Indicator(id); ok {
			times[i].Period = ind.Period
			if ind.Measure == indicators.Change && !ind.Status.IsCommitment() {
				// Two changes to one year from different bases are
				// told apart by their spans (wording.ChangeSpan).
				times[i].Base = ind.Base
			}
		} else if r, ok := b.results[id]; ok {
			times[i].Period, times[i].Base = r.Period, r.Base
		}
	}
	return wording.OwnTimes(times)
}

// statusesDiffer reports whether the indicators or derived indicators
// ids are of more than one status: a commitment's bar then says which.
func (b *book) statusesDiffer(ids []string) bool {
	seen := map[indicators.Status]bool{}
	for _, id := range ids {
		if ind, ok := b.c.Indicator(id); ok {
			seen[ind.Status] = true
		} else if r, ok := b.results[id]; ok {
			seen[r.Status] = true
		}
	}
	return len(seen) > 1
}

// sourcesDiffer reports whether the indicators or derived indicators ids
// are quoted from more than one set of sources: each bar then names its
// own.
func (b *book) sourcesDiffer(ids []string) bool {
	seen := map[string]bool{}
	for _, id := range ids {
		seen[b.shortNames(id)] = true
	}
	return len(seen) > 1
}

// shortNames returns the short names of the sources of id, joined by
// "and", as a slide's bar label names them.
func (b *book) shortNames(id string) string {
	var names []string
	for _, src := range b.c.CitedSources([]string{id}) {
		if n := src.ShortName(); n != "" && !slices.Contains(names, n) {
			names = append(names, src.ShortName())
		}
	}
	return strings.Join(names, " and ")
}

// wholeOfParts gives the bars of part-of-whole view v, items, the whole
// that none of them says and their titles or the view's title do
// (wording.PartsWhole), as the slide's waffle of them does: "Percent of
// referred children", not "Percent" (s18k-children).
func (b *book) wholeOfParts(v *indicators.ChartView, items []chartItem, bars []wording.Bar) (denom string) {
	if len(items) != len(v.Indicators) || len(bars) != len(items) {
		return ""
	}
	titles := make([]string, len(items))
	for i, id := range v.Indicators {
		if bars[i].Denom != "" {
			if ind, ok := b.c.Indicator(v.Indicators[0]); ok {
				return ind.Denominator
			}
			return ""
		}
		if ind, ok := b.c.Indicator(id); ok {
			titles[i] = ind.Title
		} else if d, ok := b.c.DerivedIndicator(id); ok {
			titles[i] = d.Title
		}
	}
	whole := wording.PartsWhole(v.Title, titles)
	for i := range items {
		items[i].bar.Denom, bars[i].Denom = whole, whole
	}
	return whole
}

// partNames names the parts of doughnut view v, items, as the slide's
// waffle names them (wording.PartName, wording.PartNames): "Child
// protection investigation", never "Further action: child protection
// investig…" cut at the chart's edge (s18k-children); denom is the whole
// the first part's figure is of, as the waffle reads it. The rest, if
// any, keeps its name.
func (b *book) partNames(v *indicators.ChartView, items []chartItem, denom string) {
	n := min(len(v.Indicators), len(items))
	if n == 0 {
		return
	}
	title := ""
	if ind, ok := b.c.Indicator(v.Indicators[0]); ok {
		title = ind.Title
	} else if d, ok := b.c.DerivedIndicator(v.Indicators[0]); ok {
		title = d.Title
	}
	whole, _ := wording.WholeOf(title, denom)
	names := make([]string, n)
	for i := range n {
		names[i] = wording.PartName(items[i].label)
	}
	for i, name := range wording.PartNames(names, whole, v.Title) {
		items[i].label = name
	}
}

// subtitle returns the subtitle of the native chart of view v of bars,
// as the slide beside it says it: the view's own, or wording.SharedSubtitle
// of the bars, own of which say their own time, under the view's title
// (first, the first bar's title, if it has none).
func subtitle(v *indicators.ChartView, bars []wording.Bar, own []bool, first string) string {
	if v.Subtitle != "" {
		return v.Subtitle
	}
	title := v.Title
	if title == "" {
		title = first
	}
	_, sub := wording.SharedSubtitle(title, bars, own)
	return sub
}

// seriesSubtitle returns the subtitle of series view v, as its slide
// says it: the view's own, or wording.SeriesSubtitle of its points, which
// says "as each source states it" when they come from several sources.
func seriesSubtitle(c *indicators.Catalog, v *indicators.ChartView) string {
	if v.Subtitle != "" {
		return v.Subtitle
	}
	all := c.SeriesPoints()
	var bars []wording.Bar
	var srcs []string
	for i, sr := range c.Series {
		if !slices.Contains(v.Series, sr.ID) {
			continue
		}
		for _, sp := range all[i] {
			ind := sp.Indicator
			bars = append(bars, wording.PointBar(ind))
			srcs = append(srcs, sp.Source)
		}
	}
	one := true
	for _, src := range srcs {
		one = one && src == srcs[0]
	}
	return wording.SeriesSubtitle(v.Title, bars, one)
}

// seriesNotes returns what the notes and statuses of the points of the
// series of view v say, each once and dated (wording.PointNotes), as the
// slide's notes say it.
func seriesNotes(c *indicators.Catalog, v *indicators.ChartView) []string {
	all := c.SeriesPoints()
	var points []wording.PointNote
	for i, sr := range c.Series {
		if !slices.Contains(v.Series, sr.ID) {
			continue
		}
		for _, sp := range all[i] {
			points = append(points, wording.PointNoteOf(c, sp.Indicator))
		}
	}
	return wording.PointNotes(points)
}

// untitle labels items by what each adds to its title alone, where they
// are of one title (wording.Untitled), as the slide labels its bars:
// "2011 (3,548,948)", not "Students attending school in Australia (2011,
// 3,548,948)". It returns the title for the subtitle to say, where the
// chart's title does not.
func untitle(chartTitle string, items []chartItem) string {
	titles, parts := make([]string, len(items)), make([][]string, len(items))
	for i, it := range items {
		titles[i], parts[i] = it.title, it.parts
	}
	untitled, said := wording.Untitled(chartTitle, titles, parts)
	if !untitled {
		return ""
	}
	for i, it := range items {
		items[i].label = wording.Label(wording.Bare(it.parts...), it.fig)
		if it.short != "" {
			items[i].short = wording.Bare(it.parts...)
		}
	}
	return said
}

// categoryLine is the most characters a line of a bar's name takes in a
// native chart whose names are broken by breakLines: about a third of the
// chart's width at 9 points.
const categoryLine = 36

// categoryLines returns how many lines of 9 points each of n bars' names
// has room for in a native chart of chartHeight: a name of more lines
// ran into the next one's (s11b-earnings, three lines a bar among
// seven). About 110 pixels go to the title, the value axis and the
// legend; a line takes 14 and a bar's name 4 more apart.
func categoryLines(n int) int {
	if n <= 0 {
		return 1
	}
	return max(1, int((float64(chartHeight-110)/float64(n)-4)/14))
}

// fitLines breaks s into lines of about categoryLine characters, at
// most most of them: wider lines, up to a half again, where that keeps
// it to most; else its first most lines, the last ending in "…". A name
// that ends in what sets its bar apart, in brackets ("(30 September
// 2022, compared with 30 September 2021)"), keeps the brackets whole
// and its title is cut before them, where they leave it a line. The
// Chart data sheet holds the name whole.
func fitLines(s string, most int) string {
	for n := categoryLine; n <= categoryLine*3/2; n += 2 {
		if b := breakLines(s, n); strings.Count(b, "\n") < most {
			return b
		}
	}
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		// Lines no wider than LibreOffice shows a name's line unbroken
		// (it broke one of 49 characters, not one of 38).
		head, tail := strings.Fields(s[:i]), s[i+1:]
		for k := len(head) - 1; k > 0; k-- {
			if cutWord[strings.ToLower(head[k-1])] {
				continue // never "… on a …"
			}
			b := breakLines(strings.Join(head[:k], " ")+" …", bracketLine) + "\n" + breakLines(tail, bracketLine)
			if strings.Count(b, "\n") < most {
				return b
			}
		}
	}
	lines := strings.Split(breakLines(s, categoryLine*3/2), "\n")[:most]
	last := strings.Fields(lines[most-1])
	for len(last) > 1 && utf8.RuneCountInString(strings.Join(last, " ")+" …") > categoryLine*3/2 {
		last = last[:len(last)-1]
	}
	lines[most-1] = strings.Join(last, " ") + " …"
	return strings.Join(lines, "\n")
}

// bracketLine is the most characters a line of a name cut before its
// brackets takes (fitLines).
const bracketLine = categoryLine + 4

// cutWord are the words a name cut short never ends on.
var cutWord = map[string]bool{"a": true, "an": true, "the": true, "on": true, "of": true, "in": true, "for": true, "and": true, "or": true, "to": true, "with": true, "by": true, "from": true}

// breakLines breaks s between words into the fewest lines of at most n
// characters (a longer word alone on its line), balanced: the narrowest
// width that keeps that many lines, so that no word is left alone on the
// last one. Words in brackets that fit a line stay on one ("(down 0.2
// percentage points)").
func breakLines(s string, n int) string {
	var words []string
	for _, w := range strings.Fields(s) {
		if k := len(words) - 1; k >= 0 && strings.HasPrefix(words[k], "(") && !strings.Contains(words[k], ")") {
			words[k] += " " + w
			continue
		}
		words = append(words, w)
	}
	for k := 0; k < len(words); k++ {
		// A bracket longer than a line is words again.
		if utf8.RuneCountInString(words[k]) > n && strings.Contains(words[k], " ") {
			f := strings.Fields(words[k])
			words = append(words[:k], append(f, words[k+1:]...)...)
			k += len(f) - 1
		}
	}
	wrap := func(width int) []string {
		var out []string
		line := ""
		for _, w := range words {
			switch {
			case line == "":
				line = w
			case utf8.RuneCountInString(line)+1+utf8.RuneCountInString(w) <= width:
				line += " " + w
			default:
				out = append(out, line)
				line = w
			}
		}
		if line != "" {
			out = append(out, line)
		}
		return out
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	most := wrap(n)
	for width := 1; width < n; width++ {
		if l := wrap(width); len(l) == len(most) {
			return strings.Join(l, "\n")
		}
	}
	return strings.Join(most, "\n")
}

// hedgeShown reports whether the data label of it, its cell as its
// number format shows it, alone says its figure's hedge and figure whole
// ("approximately 91%"): a point, not a range, drawn as stated (an
// "about", not a fading or dashed end, whose category keeps the figure
// beside the bar's mark), whose format leads with the hedge the figure as
// stated leads with.
func hedgeShown(it chartItem) bool {
	h := indicators.LeadingHedge(it.fig)
	return !it.hedged && h != "" && it.base == "" && strings.HasPrefix(displayText(it.spanV, it.fmt), h+" ")
}

// shortLabels drops the figure from the category of each item whose bar's
// data label shows it whole (chartItem.short), unless another bar's
// category would then read the same: the figure tells them apart.
func shortLabels(items []chartItem) {
	count := map[string]int{}
	for _, it := range items {
		if it.short != "" {
			count[it.short]++
		} else {
			count[it.label]++
		}
	}
	for i, it := range items {
		if it.short != "" && count[it.short] == 1 && count[it.short]+count[it.label] <= 1 {
			items[i].label = it.short
		}
	}
}

// baseAlone reports whether the bars of view v are changes to one period
// from bases of their own, which its subtitle says once, as the slide
// beside it decides (wording.BaseAlone): each bar then says its base
// alone.
func (b *book) baseAlone(v *indicators.ChartView, signed bool, own []bool, mixed, sourced bool) (bool, error) {
	var bars []wording.Bar
	title := v.Title // as subtitle reads it
	for k, id := range v.Indicators {
		it, _, err := b.chartItem(id, signed, own[k], false, mixed, sourced, false)
		if err != nil {
			return false, err
		}
		if title == "" {
			title = it.title
		}
		bars = append(bars, it.bar)
	}
	return wording.BaseAlone(title, bars), nil
}

// tellApart returns the titles the bars of ids are labelled by, as the
// slide beside them labels them (wording.TellApart): bars of one title
// that would read alike are named by their quotes' words or their ids.
func (b *book) tellApart(ids []string, signed bool, own []bool, alone, mixed, sourced bool) ([]string, error) {
	var named []wording.Named
	for k, id := range ids {
		it, _, err := b.chartItem(id, signed, own[k], alone, mixed, sourced, false)
		if err != nil {
			return nil, err
		}
		n := wording.Named{Title: it.title, Parts: strings.Join(it.parts, "\x00"), ID: id}
		if ind, ok := b.c.Indicator(id); ok {
			n.Stated = wording.LabelOf(ind)
			n.Entity = wording.EntityNames(ind.Entities)
			if ind.Period.IsStated() {
				n.Period = ind.Period.Label()
			}
			if len(ind.Provenance) > 0 {
				n.Quote = ind.Provenance[0].Quote
			}
		}
		named = append(named, n)
	}
	return wording.TellApart(named), nil
}

// chartItem returns the bar of one indicator or derived indicator; in a
// chart of changes that go both ways or of reported falls (signed,
// wording.Signed) a decrease is drawn below zero, and a rise says so. Its category is the title with what the
// slide's bar label adds (wording.Parts: its time when periods differ, its
// status when statuses are mixed, its sources when sourced), then the
// figure as stated.
func (b *book) chartItem(id string, signed, periods, alone, mixed, sourced, frac bool) (chartItem, indicators.Unit, error) {
	lo, hi, isRange, err := b.endsAs(id, frac)
	if err != nil {
		return chartItem{}, indicators.Unit{}, err
	}
	var q indicators.Quantity
	var u indicators.Unit
	var title, label string
	var loV, hiV float64
	var iv indicators.Interval // what its words allow (indicators.Indicator.Interval)
	var status indicators.Status
	var period indicators.Period
	var against string // a derived figure's is no forecast's
	fig := wording.Figure{}
	words := true // a derived figure's pure number is a proportion
	if ind, ok := b.c.Indicator(id); ok {
		words = inWords(ind.Stated)
		q, u, title, label = ind.Quantity, ind.Unit, ind.Title, wording.LabelOf(ind)
		iv = ind.Interval()
		status, period, against = ind.Status, ind.Period, ind.AgainstWhat()
		fig = wording.Figure{Status: status, Measure: ind.Measure, Period: period, Unit: u, Denom: wording.Denominator(title, ind.Denominator, u), Base: ind.Base, Cadence: cadenceOf(ind)}
		loV, hiV = q.Ends()
		if len(ind.Provenance) > 0 {
			if src, ok := b.c.Source(ind.Provenance[0].Source); ok {
				fig.Issued = src.Issued // never its update date (wording.Figure.Issued)
			}
		}
	} else {
		r := b.results[id]
		d, _ := b.c.DerivedIndicator(id)
		q, u, title, label = r.Quantity, r.Unit, d.Title, r.Text(indicators.Style{Compact: true, Words: true})
		iv = r.Interval
		words = u != indicators.PercentUnit // a share's Value has the digits it is said to ("78.92%")
		status, period = r.Status, r.Period
		// A derived share's whole is its title's, as the slide's waffle
		// reads it (chart's denomOf): "of those impounded", never the
		// view title's "Share of impounded stray dogs humanely destroyed",
		// which named the part as the whole and its rest "Other impounded
		// stray dogs humanely destroyed" (s32c-dogs).
		fig = wording.Figure{Status: status, Period: period, Base: r.Base, Unit: u, Op: d.Op.String(), Denom: wording.Denominator(title, "", u)}
		loV, hiV = r.Lo, r.Hi
		if !live(r, isRange && r.Quantity.IsRange()) {
			loV, hiV = q.Ends() // the bound, or 0 for a figure that cannot be bounded
		}
	}
	// The figure as the slide beside it writes it: a foreign dollar
	// named, a fall said; its thousands grouped with commas
	// (wording.LabelOf), as the book's number formats group the axis and
	// the data labels beside it ("22,500", not "22 500" over "20,000").
	label = indicators.CurrencyLabel(label, u)
	down := signed && q.Direction == indicators.Down
	// A reported rise says so in a chart of rises alone too, as the
	// slide's image beside it does (report/chart's turned): "up 2.1%"
	// there and a bare "2.1%" here, in the Chart data sheet and the
	// native chart, while the next view's "up 1.2%" kept its word
	// (s34e-retail, s34e-trade).
	up := (signed || fig.Measure == indicators.Change && !status.IsCommitment() && u.Kind != indicators.Times) && q.Direction == indicators.Up
	if signed || up {
		// Said as plainly as the falls beside it: "(up 1,900)" beside
		// "(down 4,900)", as the slide writes it (wording.Turned).
		label = wording.Turned(label, q, against)
	}
	src := ""
	if sourced {
		src = b.shortNames(id)
	}
	parts := wording.Parts(title, fig, periods && !alone, mixed, src)
	if alone {
		parts = append([]string{wording.BaseLabel(fig.Base, fig.Period)}, parts...)
	}
	it := chartItem{label: wording.Label(title, append(parts, label)...), commitment: status.IsCommitment(), status: status, title: title, fig: label, parts: parts, against: against}
	it.bar = wording.Bar{Figure: fig, Label: label, Q: q, Signed: signed}
	it.period, it.basePeriod = periodCells(period, fig.Base)
	if ind, ok := b.c.Indicator(id); ok {
		it.bar.Base = ind.Base
		it.bar.Entities = ind.Entities
		it.basePeriod = wording.BaseWords(ind) // "2015=100" of an index level, as the Indicators sheet's Base
	}
	if q.Qualifier == indicators.Exact && !isRange {
		// A rise or fall too: its data label says "up" or "down"
		// (turnedFmt).
		it.short = wording.Label(title, parts...)
	}
	switch {
	case isRange:
		// Spreadsheets stack negative values apart from positive ones,
		// each from zero: a range above zero stands on an invisible base
		// up to its low end, one below zero hangs from an invisible base
		// down to its high end, and one across zero is two visible parts,
		// zero down to the low end (the base, shown) and zero up to the
		// high end.
		it.fmt = b.spell(numFmt(q.High, u, q.Scale, words), u)
		if down {
			lo, hi, loV, hiV = negate(hi), negate(lo), -hiV, -loV
		}
		switch {
		case loV >= 0:
			it.base, it.baseV = lo, loV
			it.span, it.spanV = minus(hi, lo), hiV-loV
		case hiV <= 0:
			it.base, it.baseV = hi, hiV
			it.span, it.spanV = minus(lo, hi), loV-hiV
		default:
			it.base, it.baseV, it.baseShown = lo, loV, true
			it.span, it.spanV = hi, hiV
		}
	default:
		it.fmt = b.spell(numFmt(q.Value, u, q.Scale, words), u)
		it.span, it.spanV = lo, loV
		if down {
			it.span, it.spanV = negate(lo), -loV
		}
		switch {
		case (down || up) && against != "":
			// "£2.7 billion below the forecast", as the slide says it
			// (wording.Turned), never "down".
			it.fmt = againstFormat(it.fmt, "", against, q.Direction, q.Value.Float64() == 1)
		case down || up:
			it.fmt = turnedFmt(it.fmt, q.Value.Float64() == 1)
		}
		// As the slide draws them: "nearly", "up to" and "less than" are
		// at most the end (a fading end, here as there), "more than"
		// and "at least" beyond it (an arrow there, a dashed outline
		// here); "about" is drawn as stated.
		switch q.Qualifier {
		case indicators.Nearly, indicators.UpTo, indicators.LessThan:
			it.hedged = true
		case indicators.MoreThan, indicators.AtLeast:
			it.hedged, it.beyond = true, true
		}
		it.fadeLo = iv.Lo
		if h := indicators.LeadingHedge(label); (it.hedged || q.Qualifier == indicators.Approx) && h != "" && !down && !up {
			// The data label keeps the hedge as the slide's does:
			// "under 4 years", never "4 years"; and "about 60%", drawn
			// as stated, never "60%" (s14d-energy).
			it.fmt = leadSections(it.fmt, quote(h+" "))
		}
	}
	if frac {
		it.fmt = fractionFormat(it.fmt)
	}
	if frac && storedPercent(u, q.Scale) {
		// The fractions the cells hold (fractionView): 12% is 0.12,
		// each divided once its sums are done and tidied, so that 28%
		// less 26% is 0.02, not 0.020000000000000018, and 23.4% is the
		// 0.234 its defined name holds, not 0.23399999999999999.
		it.baseV, it.spanV, it.fadeLo = tidy(it.baseV/100), tidy(it.spanV/100), tidy(it.fadeLo/100)
	}
	return it, u, nil
}

// scaledTicks returns the value axis format of cd, bars of figures in
// unit u stated in full digits (scale sc none), whose axis reaches a
// million or a billion ticked every tenth of it or more: the ticks in
// that scale, its word on the last tick alone, "0 1 2 3 million", as the
// slide beside it writes them (report/chart's axisScale), never "0
// 1,000,000 2,000,000 3,000,000" (s17j-benefits' "2,774,000 claimants");
// "" for any other axis, and for a step of hundredths of the scale,
// whose format would show "0.00 0.25 … 1.00". A count or a plain
// number: money keeps its sign on every tick.
func scaledTicks(u indicators.Unit, sc indicators.Scale, cd *chartData) string {
	if sc != indicators.NoScale || cd.pie || u.Per != "" || !(u.Kind == indicators.Count || u.Kind == indicators.NoUnit) {
		return ""
	}
	a := cd.axis
	for _, as := range []indicators.Scale{indicators.Billion, indicators.Million} {
		d := math.Pow(10, float64(as.Exp()))
		if a.max < d || a.step < d/10 {
			continue
		}
		decimals := 0
		for k := 1.0; decimals < 10 && math.Abs(a.step/d*k-math.Round(a.step/d*k)) > 1e-9; k *= 10 {
			decimals++
		}
		if decimals > 1 {
			// A format keeps its zeros: "0.00 0.25 … 1.00 million" is
			// worse than the digits.
			return ""
		}
		num := "#,##0"
		if decimals > 0 {
			num += "." + strings.Repeat("0", decimals)
		}
		num += strings.Repeat(",", as.Exp()/3)
		word := " " + as.String()
		return lastTickWord(num+quote(word), word, a)
	}
	return ""
}

// restFormat returns the number format of the rest of a whole whose
// parts are items: the first part's, less its hedge, with the hedge the
// parts' hedges leave the rest: "nearly 30%" is strictly under 30%, as
// "less than" is, so its rest is "more than 70%", never "nearly 70%" (the
// book's doughnut of the embedded fact sheet said so of "Other world
// GDP") nor the looser "at least 70%" (review19 item 10); of "up to 30%"
// "at least 70%"; of "more than 30%" "less than
// 70%", of "about 30%" "about 70%"; of exact parts plain, as the slide's
// key writes it ("All other: 5%"). Parts hedged both ways, or
// about, leave it "about".
func restFormat(items []chartItem) string {
	plain := items[0].fmt
	if h := indicators.LeadingHedge(items[0].fig); h != "" {
		plain = strings.ReplaceAll(plain, quote(h+" "), "")
	}
	// The side of the rest each hedge bounds: +1 from below (the parts
	// at most their figures), -1 from above; strict for "nearly", "less
	// than" and "more than".
	side, strict, about := 0, false, false
	for _, it := range items {
		s, st := 0, false
		switch it.bar.Q.Qualifier {
		case indicators.Exact:
			continue
		case indicators.UpTo:
			s = 1
		case indicators.Nearly, indicators.LessThan:
			s, st = 1, true
		case indicators.MoreThan:
			s, st = -1, true
		case indicators.AtLeast:
			s = -1
		default:
			about = true
			continue
		}
		if side != 0 && s != side {
			about = true
		}
		side, strict = s, strict || st
	}
	word := ""
	switch {
	case about:
		word = "about"
	case side > 0 && strict:
		word = "more than"
	case side > 0:
		word = "at least"
	case side < 0 && strict:
		word = "less than"
	case side < 0:
		word = "up to"
	}
	if word == "" {
		return plain
	}
	return leadSections(plain, quote(word+" "))
}

// tidy returns x to 12 significant digits, more than any stated figure
// has: a sum of fractions carries binary noise (1 less 0.32 is
// 0.6799999999999999), which a cell should not hold for the 68% it is.
func tidy(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
	return v
}

// fractionView reports whether the chart data of view v hold its figures
// as fractions, by the book's one rule for a percent (storedPercent): its
// figures are all percents so held on the Indicators and Derived sheets,
// or shares stated as proportions that its bars draw in percent
// (proportionInPercent), so that the cell of 12% holds 0.12, as its
// defined name does, and formats show it "12%". A view that mixes them
// with figures of other units keeps one scale for its axis: the percents
// as numbers, as stated.
func (b *book) fractionView(v *indicators.ChartView) bool {
	if len(v.Indicators) == 0 {
		return false
	}
	for _, id := range v.Indicators {
		if ind, ok := b.c.Indicator(id); ok {
			if !storedPercent(ind.Unit, ind.Quantity.Scale) && !(v.Kind == indicators.Bars && isProportion(ind)) {
				return false
			}
			continue
		}
		if r, ok := b.results[id]; !ok || !storedPercent(r.Unit, r.Quantity.Scale) {
			return false
		}
	}
	return true
}

// isProportion reports whether ind is a share stated as a proportion
// ("one in five", "a third": a pure number from 0 to 1), which a view of
// bars draws in percent (proportionInPercent).
func isProportion(ind *indicators.Indicator) bool {
	q := ind.Quantity
	return ind.Unit == (indicators.Unit{}) && ind.Measure == indicators.Share && q.Scale == indicators.NoScale && !q.IsRange() && q.Value.Sign() >= 0 && q.Value.Float64() <= 1
}

// proportionInPercent draws the bar it of indicator id in percent where
// its figure is a share stated as a proportion ("one in five", "over a
// third", "1 in 8": a pure number from 0 to 1), as the slide does
// (s14-hospitals drew 0.2 as a hairline beside 57.7 per cent; s14-crime
// "1 in 8" on an axis of 0.00 to 0.15 called "Number"): its
// cells and fading end times 100, its format and its subtitle's unit
// percent. It returns the unit the bar is drawn in.
func (b *book) proportionInPercent(id string, it *chartItem, unit indicators.Unit, frac bool) indicators.Unit {
	ind, ok := b.c.Indicator(id)
	if !ok {
		return unit // a derived figure: drawn as computed
	}
	q := ind.Quantity
	if !isProportion(ind) || it.base != "" {
		return unit
	}
	if !frac {
		it.span, it.spanV = "100*("+strings.TrimPrefix(it.span, "=")+")", 100*it.spanV
		it.fadeLo *= 100
	}
	pct := indicators.PercentUnit
	// As many digits as the Indicators sheet shows of it ("33.3%" of a
	// third, "0.559%" of one in 179; proportionDecimals).
	pd, _ := proportionDecimals(q.Value, unit, indicators.NoScale)
	it.fmt = b.spell(numFmtDigits(pd, pct, indicators.NoScale), pct)
	if frac {
		// The proportion is the fraction the cell holds (fractionView).
		it.fmt = fractionFormat(it.fmt)
	}
	if h := indicators.LeadingHedge(it.fig); it.hedged && h != "" {
		it.fmt = leadSections(it.fmt, quote(h+" "))
	}
	it.bar.Unit = pct
	it.bar.Q.Value = q.Value.Shift(2)
	return pct
}

// writeChartData puts the series of the charts into g: formulas over the
// defined names, so that the charts follow an analyst's edits of the
// Indicators sheet. The header and the categories wrap in the chart
// data's columns of widths.
func (b *book) writeChartData(g, layout *rowGrid, widths []float64) error {
	if len(b.charts) == 0 {
		return nil
	}
	headWrap, err := b.style("header-wrap", func() *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Family: font, Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
			Alignment: &excelize.Alignment{Vertical: "center", WrapText: true},
		}
	})
	if err != nil {
		return err
	}
	wrap, err := b.wrapStyle()
	if err != nil {
		return err
	}
	indent, err := b.wrapIndentStyle()
	if err != nil {
		return err
	}
	note, err := b.style("axis-label-note", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Italic: true, Color: "595959"}, Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	hdr := make([]any, len(b.cdCols))
	n := 1
	for i, c := range b.cdCols {
		h := chartDataHeader[c-1]
		hdr[i] = excelize.Cell{StyleID: headWrap, Value: h}
		n = max(n, lines(h, widths[i], true))
	}
	g.put(1, 0, hdr, float64(n*lineHeight))
	for _, cd := range b.charts {
		// A grid's bars are written twice: as the reader reads them
		// (reading), and on the Chart layout sheet as its native chart
		// reads them (items, from layout), with its measures' rows.
		type rowsAt struct {
			g     *rowGrid
			at    int
			items []chartItem
		}
		rows := []rowsAt{{g, cd.first, cd.items}}
		if cd.grid != nil {
			rows = []rowsAt{{g, cd.first, cd.reading}, {layout, cd.layout, cd.items}}
		} else if cd.layout > 0 {
			rows = append(rows, rowsAt{layout, cd.layout, cd.items})
		}
		for _, rs := range rows {
			for k, it := range rs.items {
				label := it.label
				if rs.g == g {
					label = it.name // the reader's: whole, no figure
				}
				label, err := checkText(fmt.Sprintf("chart view %q", cd.view.ID), label)
				if err != nil {
					return err
				}
				viewID, err := checkText(fmt.Sprintf("chart view %q", cd.view.ID), cd.view.ID)
				if err != nil {
					return err
				}
				row := make([]any, len(b.cdCols))
				row[b.col(cdView)-1], row[b.col(cdCategory)-1] = excelize.Cell{StyleID: wrap, Value: viewID}, excelize.Cell{StyleID: wrap, Value: label}
				// Indented, as the Unit: right of a right-aligned figure
				// it printed "£11,107 million 2019" as one.
				if it.period != "" {
					row[b.col(cdPeriod)-1] = excelize.Cell{StyleID: indent, Value: it.period}
				}
				if it.basePeriod != "" {
					row[b.col(cdBasePeriod)-1] = excelize.Cell{StyleID: indent, Value: it.basePeriod}
				}
				// As tall as its longest wrapped cell, the unit too: D3
				// "penalty charge notices" in two lines overprinted the
				// row below in LibreOffice's PDF (s31b-parking).
				n := max(lines(viewID, widths[b.col(cdView)-1], false), lines(label, widths[b.col(cdCategory)-1], false))
				if it.period != "" {
					n = max(n, lines(it.period, widths[b.col(cdPeriod)-1], false))
				}
				if it.basePeriod != "" {
					n = max(n, lines(it.basePeriod, widths[b.col(cdBasePeriod)-1], false))
				}
				if unitUnsaid(it) {
					n = max(n, lines(it.unit, widths[b.col(cdUnit)-1], false))
				}
				var height float64
				if n > 1 {
					height = float64(n * lineHeight)
				}
				st, err := b.numStyle(it.fmt)
				if err != nil {
					return err
				}
				if it.base != "" {
					row[b.col(cdBase)-1] = excelize.Cell{StyleID: st, Formula: it.base, Value: it.baseV}
				}
				row[b.col(cellCol(it, cd.pie))-1] = excelize.Cell{StyleID: st, Formula: it.span, Value: it.spanV}
				if unitUnsaid(it) {
					// Indented: right of a right-aligned number it printed
					// "2,941dwellings" (s29z-righttobuy).
					row[b.col(cdUnit)-1] = excelize.Cell{StyleID: indent, Value: it.unit}
				}
				if r := cd.ref; r != nil {
					rst, err := b.numStyle(r.it.fmt)
					if err != nil {
						return err
					}
					row[b.col(cdRef)-1] = excelize.Cell{StyleID: rst, Formula: r.it.span, Value: r.it.spanV}
				}
				rs.g.put(rs.at+k, 0, row, height)
			}
		}
		if cd.grid == nil {
			continue
		}
		// The measures of grouped bars, the categories of every group's
		// series.
		for m, name := range cd.grid.Measures {
			name, err := checkText(fmt.Sprintf("chart view %q", cd.view.ID), fitLines(name, categoryLines(len(cd.grid.Measures))))
			if err != nil {
				return err
			}
			row := make([]any, len(b.cdCols))
			row[b.col(cdView)-1], row[b.col(cdCategory)-1] = excelize.Cell{StyleID: wrap, Value: cd.view.ID}, excelize.Cell{StyleID: wrap, Value: name}
			// Said to be an axis label where a figure would stand: with
			// an empty Value it read as a missing figure (s16g-fire:
			// "Fire-related fatalities", "Fatal fires").
			if i := b.firstFigureCol(); i >= 0 {
				row[i] = excelize.Cell{StyleID: note, Value: axisLabelNote}
			}
			var height float64
			if n := lines(name, widths[b.col(cdCategory)-1], false); n > 1 {
				height = float64(n * lineHeight)
			}
			layout.put(cd.measures+m, 0, row, height)
		}
	}
	return nil
}

// periodCells returns the Period and Base cells of a bar of period p and
// base (a change's; the zero Period for none), as the Indicators sheet
// writes them ("FY 2010–11", "year ending September 2024"): a reader of
// the Chart data sheet could not tell what year each bar was, its
// periods said only in the chart's subtitle and the Indicators sheet
// (round AG's users). A period the catalog leaves unstated is "not
// stated", never blank, which read as missing data.
func periodCells(p, base indicators.Period) (period, basePeriod string) {
	period = "not stated"
	if p.IsStated() {
		period = p.Label()
	}
	if base.IsStated() {
		basePeriod = base.Label()
	}
	return period, basePeriod
}

// firstFigureCol returns the index (from 0) of the first column of the
// chart data after the view and the bar, which holds a figure, where a
// row of grouped bars' axis label says it is one, or -1 where the sheet
// has none.
func (b *book) firstFigureCol() int {
	if len(b.cdCols) > cdCategory {
		return cdCategory
	}
	return -1
}

// axisLabelNote stands in the first number column of a row of the chart
// data that holds an axis label of grouped bars, not a bar.
const axisLabelNote = "axis label, no figure"

// cellCol returns the column of the chart data that holds the bar of it
// (beyond its base), and so the series that draws it.
func cellCol(it chartItem, pie bool) int {
	switch {
	case pie:
	case it.commitment:
		return cdCommit
	case it.hedged && it.beyond:
		return cdBeyond
	case it.hedged:
		return cdHedged
	}
	return cdStated
}

// piePoints returns the fills of a doughnut's n points: a share in the
// stated colour and the rest in grey; the parts of one whole in the
// palette's colours, as the slide's waffle draws them, and the rest, if
// the doughnut has one (rest), grey. The grey is the rest's alone: parts
// that make up the whole have no rest, and their last part its palette
// colour ("Poor 2%" was grey, s17i-water).
func piePoints(n int, rest bool) []excelize.ChartDataPoint {
	fill := func(i int, c string) excelize.ChartDataPoint {
		return excelize.ChartDataPoint{Index: i, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{c}}}
	}
	if n == 2 && rest {
		return []excelize.ChartDataPoint{fill(0, colorStated), fill(1, colorRest)}
	}
	var pts []excelize.ChartDataPoint
	for i := range n {
		c := wording.PaletteColor(i)
		if rest && i == n-1 {
			c = colorRest
		}
		pts = append(pts, fill(i, c))
	}
	return pts
}

// chartDataHeader is the header of the chart data.
// Its words are the native charts' legend, and say what the slide's key
// says.
// A bar's value is signed where the chart draws a fall below zero: the
// document's own characters are the Indicators sheet's Stated column,
// so no column here is called "As stated".
var chartDataHeader = []string{"Chart view", "Bar", "Range start", "Value", "Fading: at most", "Dashed: beyond", "Hatched: not reported", "Dashed line: read against", unitHeader, periodHeader, baseHeader}

// The headers of the chart data's Period and Base columns, as the
// Indicators sheet heads the same words.
const (
	periodHeader = "Period"
	baseHeader   = "Base"
)

// textHeader reports whether h heads a column of the chart data that holds
// words, not a figure: the Unit, the Period and the Base.
func textHeader(h string) bool {
	return h == unitHeader || h == periodHeader || h == baseHeader
}

// unitHeader is the header of the chart data's Unit column, which names
// a bar's unit only where its Value cell does not show it (unitUnsaid):
// "16%", "£10.9 million" and "33,000 fly-tipping incidents" say theirs,
// and a Unit cell beside them said it twice (s24s-flytipping, s25u-paygap,
// s27x-hatecrime). Headed "Unit" alone, its blank cells on percent and
// money rows read as missing data to three of five users
// (s29z-foodhygiene, s29z-overflows, s30a-missing), so its header says
// when it is blank: the column reads one way in every row.
const unitHeader = "Unit, where the Value does not show it"

// seriesLegend is what the legend of a native chart says of the series
// of a chart data column whose short header needs a sentence: the words
// of the slide's key. The cover says them once for the sheet.
var seriesLegend = map[int]string{cdHedged: atMostSeries, cdBeyond: beyondSeries, cdCommit: commitSeries}

// The series of hedged figures, named as the slide's key names them; a
// figure beyond its end has a dashed outline here where the slide beside
// it draws an arrow, and the legend says so (s14-crime read two
// conventions for one "more than").
const (
	atMostSeries = "Fading end: the source says nearly, up to or less than; the figure is at most the end shown"
	beyondSeries = "Dashed outline (the slide's arrow): the source says more than or at least; the figure is beyond the end shown"
)

// commitSeries names the series of targets, pledges, projections and
// intentions: the legend says what the hatched bars are.
const commitSeries = "Hatched: a target, pledge, projection or intention, not a reported figure"

// chartDataWidths returns the widths of the chart data's columns: the
// view IDs' and categories' widest unbroken words (wider, up to a cap,
// for the categories), and 14 for numbers.
func (b *book) chartDataWidths() []float64 {
	view, cat := textWidth("Chart view", true), 24.0
	var viewWords, catWords float64
	for _, cd := range b.charts {
		view = max(view, textWidth(cd.view.ID, false))
		viewWords = max(viewWords, wordsNeed(cd.view.ID, true, false, 44))
		for _, it := range cd.items {
			cat = max(cat, min(textWidth(it.name, false), 48), longestWord(it.name))
			catWords = max(catWords, wordsNeed(it.name, true, false, 60))
		}
	}
	// The Unit column shows each word of a unit unbroken: "percent" was
	// printed "percen/t" in a column as wide as its letters alone
	// (s22p-dental, s22p-volunteer).
	unitW := textWidth("Unit", true)
	var unitWords float64
	for _, cd := range b.charts {
		for _, it := range cd.items {
			if !unitUnsaid(it) {
				continue // no Unit cell (unitUnsaid)
			}
			unitW = max(unitW, min(textWidth(it.unit, false), 30))
			unitWords = max(unitWords, wordsNeed(it.unit, true, false, 30))
		}
	}
	unitW = wordFit(unitW, unitWords, 6, 30, 30)
	// Period and Base as wide as their longest label, up to a cap past
	// which a label wraps at its spaces ("year ending September 2024"),
	// each word whole ("August–September", TestWordsFitColumns).
	periodW, baseW := textWidth("Period", true), textWidth("Base", true)
	var periodWords, baseWords float64
	for _, cd := range b.charts {
		for _, it := range cd.items {
			periodW = max(periodW, min(textWidth(it.period, false), 24))
			periodWords = max(periodWords, wordsNeed(it.period, true, false, 30))
			baseW = max(baseW, min(textWidth(it.basePeriod, false), 24))
			baseWords = max(baseWords, wordsNeed(it.basePeriod, true, false, 30))
		}
	}
	periodW, baseW = wordFit(periodW, periodWords, 8, 24, 30), wordFit(baseW, baseWords, 6, 24, 30)
	all := []float64{wordFit(view, viewWords, 10, 30, 44), wordFit(cat, catWords, 24, 60, 60), 14, 14, 16, 16, 16, 16, unitW, periodW, baseW}
	// Every number cell as wide as its text: "246 million" and "4.37
	// billion bushels" show "###" in a column too narrow.
	for _, cd := range b.charts {
		for _, it := range cd.items {
			if it.base != "" {
				all[cdBase-1] = max(all[cdBase-1], numberWidth(it.baseV, it.fmt))
			}
			c := cellCol(it, cd.pie) - 1
			all[c] = max(all[c], numberWidth(it.spanV, it.fmt))
		}
		if cd.ref != nil {
			all[cdRef-1] = max(all[cdRef-1], numberWidth(cd.ref.it.spanV, cd.ref.it.fmt))
		}
	}
	widths := make([]float64, len(b.cdCols))
	for i, c := range b.cdCols {
		widths[i] = all[c-1]
	}
	for _, cd := range b.charts {
		if i := b.firstFigureCol(); cd.grid != nil && i >= 0 {
			widths[i] = max(widths[i], fitWidth(textWidth(axisLabelNote, false), 0, 30))
		}
	}
	return widths
}

// numberWidth is the width a column needs to show v in number format f
// whole (displayText), rounded up to a quarter.
func numberWidth(v float64, f string) float64 {
	return math.Ceil(wordsNeed(displayText(v, f), false, false, 0)*4) / 4
}

// ref returns an absolute reference to column col of the chart data
// (cdStated, …), rows first to last, on the Derived sheet.
func (b *book) ref(col, first, last int) string {
	return b.refAt(b.col(col), first, last)
}

// cats returns an absolute reference to the names of cd's bars as its
// native chart reads them: on the hidden Chart layout sheet where they
// are set apart from the reader's (chartItem), else on the Chart data
// sheet.
func (b *book) cats(cd *chartData) string {
	if cd.layout == 0 {
		return b.ref(cdCategory, cd.first, cd.last)
	}
	return b.layoutRef(cdCategory, cd.layout, cd.layout+len(cd.items)-1)
}

// layoutRef returns an absolute reference to the col-th column of the
// chart data, rows first to last, on the hidden Chart layout sheet.
func (b *book) layoutRef(col, first, last int) string {
	c, _ := excelize.ColumnNumberToName(b.col(col))
	return sheetRef(SheetChartLayout, fmt.Sprintf("$%s$%d:$%s$%d", c, first, c, last))
}

// refAt returns an absolute reference to the col-th column of the chart
// data as written, rows first to last, on the Derived sheet.
func (b *book) refAt(col, first, last int) string {
	c, _ := excelize.ColumnNumberToName(col)
	return sheetRef(b.dataSheet(), fmt.Sprintf("$%s$%d:$%s$%d", c, first, c, last))
}

// Chart geometry on the Charts sheet, in pixels and rows.
const (
	chartWidth  = 640
	chartHeight = 340
	blockRows   = 20
)

// writeCharts draws each view as a native chart over its chart data, with
// the PNG of Options.Charts beside it.
func (b *book) writeCharts() error {
	f := b.f
	title, err := b.titleStyle()
	if err != nil {
		return err
	}
	sub, err := b.style("caption", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Size: 9, Italic: true, Color: "595959"}}
	})
	if err != nil {
		return err
	}
	if err := f.SetCellValue(SheetCharts, "A1", "Charts"); err != nil {
		return err
	}
	if err := f.SetCellStyle(SheetCharts, "A1", "A1", title); err != nil {
		return err
	}
	views := b.chartViews()
	intro := "Native charts over the chart data on the " + b.dataSheet() + " sheet, each bar in its status's colour as on the slides. Ranges are floating bars; a figure the source says is at most its end (nearly, up to) fades at its end, one beyond it (more than, at least) has a dashed outline."
	for _, cd := range b.charts {
		if cd.anyCommit && !cd.pie {
			intro = strings.TrimSuffix(intro, ".") + "; targets, pledges and projections are hatched, apart from reported figures."
			break
		}
	}
	if n := b.seriesViews(); n == len(views) {
		intro = "Native charts over the Year and Value columns of the Series sheet, one marker per point as each source states it."
	} else if n > 0 {
		intro += " A series view is a scatter chart over the Year and Value columns of the Series sheet."
	}
	for _, vb := range views {
		if vb.headline {
			intro += " A headline view is its figure as the document states it, its title linked to its row."
			break
		}
	}
	for _, vb := range views {
		if vb.ranks {
			intro += " A view of ranks lists them, linked to their rows: a place in a list is no bar's length."
			break
		}
	}
	if len(b.opt.Charts) > 0 {
		intro += " Beside each chart, the same view as a slide image."
	}
	if len(views) == 0 {
		intro = "The catalog has no chart views."
	}
	if err := f.SetCellValue(SheetCharts, "A2", intro); err != nil {
		return err
	}
	// The intro wraps over the native charts' columns: one long line
	// would widen the printed page past the charts and shrink them.
	wrap, err := b.wrapStyle()
	if err != nil {
		return err
	}
	if err := f.MergeCell(SheetCharts, "A2", introLastCol+"2"); err != nil {
		return err
	}
	if err := f.SetCellStyle(SheetCharts, "A2", "A2", wrap); err != nil {
		return err
	}
	if n := lines(intro, introColumns*defaultColWidth, false); n > 1 {
		if err := f.SetRowHeight(SheetCharts, 2, float64(n*lineHeight)); err != nil {
			return err
		}
	}
	perPage := b.chartsPerPage()
	for i, vb := range views {
		top := 4 + i*blockRows
		if i > 0 && i%perPage == 0 {
			// A chart never splits across printed pages.
			if err := f.InsertPageBreak(SheetCharts, "A"+strconv.Itoa(top)); err != nil {
				return err
			}
		}
		// Every row of the block as tall as a line, set, not left to the
		// spreadsheet: LibreOffice draws rows of 12.8 points, in which a
		// chart of chartHeight pixels filled its block and the next
		// caption touched its frame (s11b-transport); at lineHeight the
		// block leaves two rows under it, as chartsPerPage counts.
		for r := top; r < top+blockRows; r++ {
			if err := f.SetRowHeight(SheetCharts, r, lineHeight); err != nil {
				return err
			}
		}
		v := vb.view
		vt, err := checkText(fmt.Sprintf("chart view %q: title", v.ID), v.Title)
		if err != nil {
			return err
		}
		cell := "A" + strconv.Itoa(top)
		alt, caption := vt, v.ID
		if src := b.sourceLine(v); src != "" {
			// Never "msm-trend ·" with nothing after it.
			alt, caption = alt+". "+src, caption+" · "+src
		}
		caption += marginCaption(b.c.ViewMargins(v)) // margin20: the native chart draws no error bars
		heading, err := checkText(fmt.Sprintf("chart view %q", v.ID), caption)
		if err != nil {
			return err
		}
		if err := f.SetCellValue(SheetCharts, cell, heading); err != nil {
			return err
		}
		if err := f.SetCellStyle(SheetCharts, cell, cell, sub); err != nil {
			return err
		}
		if vb.headline {
			// One figure is no chart: it is written large, as the
			// document states it, linked to its row, beside its slide.
			if err := b.headlineBlock(v, top+2); err != nil {
				return err
			}
			if img, ok := b.opt.Charts[v.ID]; ok && len(img) > 0 {
				if err := b.addPicture(v, img, "L"+strconv.Itoa(top+1), alt); err != nil {
					return err
				}
			}
			continue
		}
		if vb.ranks {
			if err := b.rankBlock(v, top+2); err != nil {
				return err
			}
			if img, ok := b.opt.Charts[v.ID]; ok && len(img) > 0 {
				if err := b.addPicture(v, img, "L"+strconv.Itoa(top+1), alt); err != nil {
					return err
				}
			}
			continue
		}
		var ch, line *excelize.Chart
		if vb.data == nil {
			ch = b.seriesChart(vt, v.ID, alt, vb.series)
			ch.Dimension = excelize.ChartDimension{Width: chartWidth, Height: chartHeight}
			sub := seriesSubtitle(b.c, v)
			if sub != "" {
				// As the slide's subtitle says it, the unit, what the
				// points are and their years, under the title: the
				// value axis's title is the unit alone, never a sentence
				// wrapped down the axis line by line.
				// The subtitle names the unit once ("Millions of
				// attendances; totals, …"): the value axis has no title
				// to say it twice.
				ch.Title.Paragraph = append(ch.Title.Paragraph, excelize.RichTextRun{Text: sub, Font: &excelize.Font{Size: 9, Color: "404040"}})
				ch.YAxis.Title = excelize.ChartTitle{}
			}
			// What the points' notes and statuses say, as the slide's
			// notes do: "Note: 2008: Provisional." under the chart
			// (s22p-air: the book's chart of a provisional 2008 said
			// nothing of it).
			// The view's own notes first, as the slide prints them
			// (s26w-taxgap's "Estimates; uncertain and subject to
			// revision" was under the slide's chart only).
			notes := slices.Concat(wording.NotesUnsaid(sub, v.Notes), seriesNotes(b.c, v))
			if err := b.chartNotes(notes, top, ch); err != nil {
				return err
			}
			if len(vb.series) == 1 {
				// One series, which the chart's title is of (s14-hospitals'
				// "Attendances at major (Type 1) A&E departments, England";
				// s21o-obesity's "Obesity prevalence, reception (aged 4-5),
				// England" under "Obesity prevalence in reception,
				// England"): a key that repeats the title says nothing, as
				// the slide draws none.
				ch.Legend = excelize.ChartLegend{Position: "none"}
			}
		} else {
			ch, line = b.barChart(vb.data, vt, alt)
			// The view's notes, as the slide prints them under its
			// plot (s24s-stopsearch: a note of the whole view was in no
			// cell of the book), then its bars' notes, as the slide
			// prints them too (s34e-retail: "First estimate, seasonally
			// adjusted." was under the slide's chart only).
			notes := slices.Concat(wording.NotesUnsaid(vb.data.subtitle, v.Notes), barNotes(vb.data.items))
			notes = wording.NotesUnsaid(vb.data.subtitle, notes)
			if err := b.chartNotes(notes, top, ch); err != nil {
				return err
			}
		}
		var combo []*excelize.Chart
		if line != nil {
			combo = append(combo, line)
		}
		if err := b.addChart(SheetCharts, "A"+strconv.Itoa(top+1), ch, combo...); err != nil {
			return fmt.Errorf("xlsx: chart view %q: %w", v.ID, err)
		}
		if img, ok := b.opt.Charts[v.ID]; ok && len(img) > 0 {
			if err := b.addPicture(v, img, "L"+strconv.Itoa(top+1), alt); err != nil {
				return err
			}
		}
	}
	return nil
}

// chartNotes writes notes under the native chart ch of the block at row
// top, a "Note: …" a line, in a cell across the chart's columns, and
// shortens the chart by the rows they take,
// as the slide prints its notes under its plot: never in the chart's
// title, where six notes squeezed the plot into a sixth of the chart
// (s23q-food) and a long list ran past its frame.
func (b *book) chartNotes(notes []string, top int, ch *excelize.Chart) error {
	if len(notes) == 0 {
		return nil
	}
	// excelize anchors a chart counting a row of lineHeight points as 18
	// pixels (ceil(15*4/3.4)), and LibreOffice draws it over those rows.
	const rowPx, maxRows = 18, 9 // the chart keeps 9 rows
	text := "Note: " + strings.Join(notes, "\nNote: ")
	rows := min(lines(text, introColumns*defaultColWidth*11/9, false), maxRows) // lines measures 11-point text; these are 9
	chartRows := blockRows - 2 - rows                                           // under the caption, over a free row
	ch.Dimension.Height = uint(chartRows * rowPx)
	first := top + 1 + chartRows
	from, to := "A"+strconv.Itoa(first), introLastCol+strconv.Itoa(first+rows-1)
	st, err := b.style("chart-notes", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Size: 9, Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	if err := b.f.MergeCell(SheetCharts, from, to); err != nil {
		return err
	}
	if err := b.f.SetCellStr(SheetCharts, from, text); err != nil {
		return err
	}
	return b.f.SetCellStyle(SheetCharts, from, from, st)
}

// headlineBlock writes the first figure of the headline view v from row:
// the figure as the document states it, large and linked to its row on
// the Indicators sheet (for a derived figure, the Derived sheet), then
// what it is and when.
func (b *book) headlineBlock(v *indicators.ChartView, row int) error {
	f := b.f
	id := v.Indicators[0]
	var label, title, link string
	var base indicators.Period // a change's base, which the big figure may name
	var entities []string
	var fig wording.Figure
	if ind, ok := b.c.Indicator(id); ok {
		sh := wording.Shown{Label: wording.LabelOf(ind), Unit: ind.Unit, Q: ind.Quantity, Measure: ind.Measure, Period: ind.Period,
			Base: wording.BasePhrase(ind.Title, ind.Base, ind.Period, ind.Status.IsCommitment()), Against: ind.AgainstWhat(), Title: ind.Title}
		if len(ind.Provenance) > 0 {
			sh.Quote = ind.Provenance[0].Quote
			if src, ok := b.c.Source(ind.Provenance[0].Source); ok {
				fig.Issued = src.Issued // never its update date (wording.Figure.Issued)
			}
		}
		label, title, entities, base = wording.Card(sh), ind.Title, ind.Entities, ind.Base
		fig = wording.Figure{Status: ind.Status, Measure: ind.Measure, Period: ind.Period, Unit: ind.Unit, Denom: ind.Denominator, Issued: fig.Issued, Cadence: cadenceOf(ind)}
		link = rowRef(SheetIndicators, b.rowOf[id])
	} else if d, ok := b.c.DerivedIndicator(id); ok {
		r := b.results[id]
		label, title = wording.Card(wording.Shown{Label: wording.DerivedSaid(b.c, r), Unit: r.Unit, Title: d.Title}), d.Title
		fig = wording.Figure{Status: r.Status, Period: r.Period, Base: r.Base, Unit: r.Unit, Op: d.Op.String()}
		link = rowRef(SheetDerived, b.derRow[id])
	} else {
		return fmt.Errorf("xlsx: chart view %q: unknown indicator %q", v.ID, id)
	}
	// The figure in its status's colour, as the slide's card and the
	// bars draw it (wording.CardColor).
	colour := wording.CardColor(fig.Status)
	big, err := b.style("headline-figure-"+colour, func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 28, Color: colour}, Alignment: &excelize.Alignment{Vertical: "bottom", WrapText: true}}
	})
	if err != nil {
		return err
	}
	what, err := b.style("headline-title", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Size: 14}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	muted, err := b.style("headline-period", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	heading, err := b.style("headline-view", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 12}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	// As the slide's card says it: the view's title, the figure, what it
	// is, and what sort and when (wording.CardLine: "Projection for 2025").
	s := &sheetWriter{b: b, sheet: SheetCharts, row: row - 1}
	if v.Title != "" {
		s.set(1, wording.YearDashes(v.Title), heading)
		s.fitLeft(wording.YearDashes(v.Title), 12, true, 0)
	}
	s.row++
	// No date broken across the big figure's lines (wording.KeepWhole).
	s.set(1, wording.KeepWhole(label, fig.Period, base), big)
	if s.err == nil {
		s.err = f.SetRowHeight(SheetCharts, row, 40)
	}
	s.fitLeft(label, 28, true, 40)
	// The title under the figure links to its row: LibreOffice shows a
	// linked cell in its link colour, and the figure keeps its status's,
	// as the slide's card does. A caption that would repeat the view's
	// title says the place, or nothing, and the figure links then
	// (wording.CardCaption).
	caption := wording.CardCaption(v.Title, title, label, entities)
	if caption == "" {
		s.link(1, link)
	}
	s.row++
	s.set(1, caption, what)
	s.fitLeft(caption, 14, false, 0)
	if caption != "" {
		s.link(1, link)
	}
	fig.Card = label
	// The line the slide's card and the PNG write: no period the view's
	// title above it states (wording.CardLine).
	if line := wording.CardLine(fig, title); line != "" {
		s.row++
		s.set(1, line, muted)
		s.fitLeft(line, 11, true, 0)
	}
	// The document's own comparison, as the PNG's card writes it under
	// the figure (wording.Previous): "62,994 cases in Q3 2022" beside
	// 62,440 cases in Q4 2022 (s17i-courts).
	// And the change the catalog states of it, as the PNG's card says it
	// (the book's card had left it out, s20n-gambling): one comparison,
	// the document's own (wording.CardComparison).
	if ind, ok := b.c.Indicator(id); ok {
		prev, ch := wording.CardComparison(b.c, ind)
		if prev != nil {
			s.row++
			s.set(1, wording.PreviousLine(prev), what)
			s.fitLeft(wording.PreviousLine(prev), 14, false, 0)
		}
		if ch != nil {
			line := wording.ChangeCard(ch)
			s.row++
			s.set(1, line, what)
			s.fitLeft(line, 14, false, 0)
		}
	}
	return s.err
}

// rankBlock lists the ranks of view v from row, one a row, as the
// document states them and linked to their rows, with what each ranks
// and when: a bar's length would say nothing of a place in a list.
func (b *book) rankBlock(v *indicators.ChartView, row int) error {
	place, err := b.style("rank-place", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 14, Color: "0563C1"}, Alignment: &excelize.Alignment{Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	what, err := b.style("rank-title", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Size: 11}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	s := &sheetWriter{b: b, sheet: SheetCharts, row: row}
	room := blockRows - 3
	for k, id := range v.Indicators {
		if k == room-1 && len(v.Indicators) > room {
			s.set(1, fmt.Sprintf("… and %d more on the Indicators sheet", len(v.Indicators)-k), what)
			break
		}
		ind, _ := b.c.Indicator(id)
		s.set(1, wording.LabelOf(ind), place)
		s.link(1, rowRef(SheetIndicators, b.rowOf[id]))
		title := ind.Title
		if ind.Period.IsStated() && !wording.SaysPeriod(title, ind.Period) {
			title += " (" + ind.Period.Label() + ")"
		}
		s.set(3, title, what)
		// The title wraps in C to K, left of the slide image at L.
		r := strconv.Itoa(s.row)
		if s.err == nil {
			s.err = b.f.MergeCell(SheetCharts, "C"+r, introLastCol+r)
		}
		if n := lines(title, (introColumns-2)*defaultColWidth, false); n > 1 && s.err == nil {
			s.err = b.f.SetRowHeight(SheetCharts, s.row, float64(n*lineHeight))
		}
		s.row++
	}
	return s.err
}

// The Charts sheet's intro spans the columns under the native charts (A
// to K, at the default width), where the slide images start at L.
const (
	introLastCol    = "K"
	introColumns    = 11
	defaultColWidth = 8.43
)

// viewBlock is one chart view of the Charts sheet: bars over its chart
// data, the series it draws, or a headline figure.
type viewBlock struct {
	view     *indicators.ChartView
	data     *chartData    // for a view of indicators
	series   []seriesBlock // for a series view: the rows of its series
	headline bool          // for a headline view: its first figure
	ranks    bool          // for a view of ranks only: the list of them
}

// allRanks reports whether the bars or range view v shows ranks only: a
// place in an ordering has no length to draw.
func (b *book) allRanks(v *indicators.ChartView) bool {
	if v.Kind != indicators.Bars && v.Kind != indicators.RangeChart || len(v.Indicators) == 0 {
		return false
	}
	for _, id := range v.Indicators {
		ind, ok := b.c.Indicator(id)
		if !ok || ind.Unit.Kind != indicators.Rank {
			return false
		}
	}
	return true
}

// chartViews returns the views the Charts sheet draws, in catalog order:
// each view of indicators with chart data, and each series view with
// points. The Cover counts them.
func (b *book) chartViews() []viewBlock {
	data := map[*indicators.ChartView]*chartData{}
	for i := range b.charts {
		data[b.charts[i].view] = &b.charts[i]
	}
	var out []viewBlock
	for i := range b.c.Views {
		v := &b.c.Views[i]
		if cd, ok := data[v]; ok {
			out = append(out, viewBlock{view: v, data: cd})
			continue
		}
		if v.Kind == indicators.Headline && len(v.Indicators) > 0 {
			out = append(out, viewBlock{view: v, headline: true})
			continue
		}
		if b.allRanks(v) {
			out = append(out, viewBlock{view: v, ranks: true})
			continue
		}
		if v.Kind != indicators.SeriesKind {
			continue
		}
		var blocks []seriesBlock
		for _, id := range v.Series {
			if bl, ok := b.seriesBlocks[id]; ok {
				blocks = append(blocks, bl)
			}
		}
		if len(blocks) > 0 {
			out = append(out, viewBlock{view: v, series: blocks})
		}
	}
	return out
}

// seriesViews returns how many series views the Charts sheet draws.
func (b *book) seriesViews() int {
	n := 0
	for _, vb := range b.chartViews() {
		if vb.series != nil {
			n++
		}
	}
	return n
}

// addChart adds ch to sheet at cell, counting the charts: excelize numbers
// them as they are added, across sheets (chartPart).
func (b *book) addChart(sheet, cell string, ch *excelize.Chart, combo ...*excelize.Chart) error {
	if err := b.f.AddChart(sheet, cell, ch, combo...); err != nil {
		return err
	}
	b.nCharts++
	return nil
}

// barChart returns the native chart of a view of indicators over its
// chart data: floating bars, or a doughnut for one share; and, for a view
// of a target or threshold its bars are read against (chartData.ref), the
// line chart to combine with it: a dashed line series of its value at
// each bar it crosses, named in the legend, as the slide draws it.
func (b *book) barChart(cd *chartData, title, alt string) (ch, line *excelize.Chart) {
	v := cd.view
	ch = &excelize.Chart{
		Title:     titleOf(title, ""),
		Format:    excelize.GraphicOptions{AltText: alt, Name: v.ID},
		Dimension: excelize.ChartDimension{Width: chartWidth, Height: chartHeight},
		Legend:    excelize.ChartLegend{Position: "bottom"},
	}
	cats := b.cats(cd)
	if cd.pie {
		ch.Type = excelize.Doughnut
		ch.HoleSize = 55
		ch.Series = []excelize.ChartSeries{{Name: b.seriesName(cdStated), Categories: cats, Values: b.ref(cdStated, cd.first, cd.last),
			DataPoint: piePoints(len(cd.items), cd.rest)}}
		// Each slice says its figure as its cell does, in the cell's own
		// format: the digits the document gave ("47.9%" and "52.1%",
		// never "48%"), and a bound's words: a derived "less than 0.1
		// percent", held at its bound 0.1, was labelled "0.1%" by the
		// first slice's format (s16g-insolvency); it reads "less than
		// 0.1%", as the slide's key does.
		ch.PlotArea = excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{SourceLinked: true}}
		// No axis to title: the subtitle is the title's second line
		// (LibreOffice draws it in the title's bold).
		ch.Title = titleOf(title, cd.subtitle)
		if edit := pieLabels(cd); edit != nil {
			b.edit(chartPart(b.nCharts), edit)
		}
		return ch, nil
	}
	if cd.grid != nil {
		return b.groupedChart(cd, ch), nil
	}
	ch.Type = excelize.BarStacked
	if !cd.anyRange {
		// Each bar is one point of one series, the others blank: bars
		// drawn over each other (an overlap of 100) read as the stacked
		// ones, and their data labels may sit outside the bar's end,
		// which a stacked chart does not allow (barLabels).
		ch.Type = excelize.Bar
		overlap := 100
		ch.Overlap = &overlap
	}
	// One colour per series, and a legend only to tell hedged bars from
	// stated ones: the bars are named on their axis. The invisible segment
	// a range stands on has no entry.
	vary := false
	ch.VaryColors = &vary
	keyed := statusKeyed(cd.items)
	legend := cd.anyHedge || cd.anyBeyond || cd.anyCommit || keyed || cd.ref != nil
	if !legend {
		ch.Legend.Position = "none"
	}
	if !cd.anyRange {
		// Each bar says its figure, as the slide beside it does, in its
		// cell's own format ("14%", "11.7 million people"). A range's
		// invisible base would be labelled too: ranges are labelled on
		// the Chart data sheet only.
		ch.PlotArea = excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{SourceLinked: true}}
	}
	// The part of the chart about to be added.
	part := chartPart(b.nCharts)
	b.edit(part, b.literalNames(cd))
	if cd.anyRange {
		ch.Series = append(ch.Series, excelize.ChartSeries{Name: b.seriesName(cdBase), Categories: cats, Values: b.ref(cdBase, cd.first, cd.last),
			Fill: excelize.Fill{Type: "pattern", Pattern: 0}})
		if legend {
			// The invisible base has no fill, and no name in the
			// legend: a deleted legend entry (legendEntry) is the
			// series of that index to Excel, another to LibreOffice.
			// Its name is a space: LibreOffice shows a series of an
			// empty name by its first value ("26%" in the legend).
			b.edit(part, literalName(b.seriesName(cdBase), " "))
		}
		var shown []int
		for k, it := range cd.items {
			if it.baseShown {
				shown = append(shown, k)
			}
		}
		if len(shown) > 0 {
			b.edit(part, showBasePoints(shown, colorStated))
		}
	}
	// Each bar in its status's colour, as every slide draws it: a series
	// (and its legend entry) takes the look of its first bar, and each
	// bar its own.
	named := map[indicators.Status]bool{}
	if keyed {
		// The legend lists the statuses in their order, fact first, as
		// the slide's key does: a status before every one a series is
		// named for comes first, as an empty series (statusLegend).
		lead := leadStatuses(cd)
		b.statusLegend(ch, part, cd, func(st indicators.Status) bool { return !lead[st] })
	}
	room := labelRoom(cd)
	if room > 0 {
		b.edit(part, plotLayout(room, titleLines(title), axisTitleLines(cmp.Or(cd.subtitle, cd.axisTitle)), legendLines(cd, legend), ch))
	}
	add := func(col int, fill func(chartItem) string) indicators.Status {
		var first *chartItem
		idx := map[int]string{}
		for k := range cd.items {
			if it := &cd.items[k]; cellCol(*it, cd.pie) == col {
				if first == nil {
					first = it
				}
				idx[k] = fill(*it)
			}
		}
		if first == nil {
			first = &chartItem{}
		}
		ch.Series = append(ch.Series, excelize.ChartSeries{Name: b.seriesName(col), Categories: cats, Values: b.ref(col, cd.first, cd.last),
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{wording.StatusColor(first.status)}}})
		if !cd.anyRange {
			ch.Series[len(ch.Series)-1].DataLabelPosition = excelize.ChartDataLabelsPositionOutsideEnd
			ch.Series[len(ch.Series)-1].DataLabel.Font = excelize.Font{Family: font, Size: 9, Color: labelColor}
		}
		b.edit(part, seriesFill(len(ch.Series)-1, fill(*first), idx))
		if !cd.anyRange {
			b.edit(part, barLabels(len(ch.Series)-1, insideLabels(cd, col, room > 0)))
		}
		return first.status
	}
	if cd.anyStated || !cd.anyHedge && !cd.anyBeyond && !cd.anyCommit {
		first := add(cdStated, func(it chartItem) string { return solidFill(wording.StatusColor(it.status)) })
		if keyed || legend {
			// The series takes its first bar's colour: its entry is
			// that status's ("Fact", not the column's "Value", which
			// says nothing beside "Dashed outline: …").
			b.edit(part, literalName(b.seriesName(cdStated), wording.StatusKey(first)))
			named[first] = true
		}
	}
	if cd.anyHedge {
		add(cdHedged, func(it chartItem) string {
			// From where the slide's bar starts to fade (axis.FadeFrom).
			at := 0.75
			if mag := math.Abs(it.spanV); mag > 0 {
				at = axis.FadeFrom(mag, it.fadeLo, cd.axis.max-cd.axis.min) / mag
			}
			return fadeFill(wording.StatusColor(it.status), wording.Tint(wording.StatusColor(it.status), hedgeTint), it.spanV < 0, at)
		})
	}
	if cd.anyBeyond {
		add(cdBeyond, func(it chartItem) string {
			return solidFill(wording.StatusColor(it.status)) + `<a:ln w="19050"><a:solidFill><a:srgbClr val="1A1A1A"></a:srgbClr></a:solidFill><a:prstDash val="dash"></a:prstDash></a:ln>`
		})
	}
	if cd.anyCommit {
		// excelize writes solid fills only: the series is hatched by an
		// edit of its part, as the slide beside it hatches it; a
		// commitment at most its end ("up to") is hatched lighter.
		first := add(cdCommit, func(it chartItem) string {
			// Lines keep 3:1 against white (wording.StatusLine); a hedged
			// commitment's hatching is lighter, its outline not.
			line := wording.StatusLine(it.status)
			hatch := line
			if it.hedged && !it.beyond {
				hatch = wording.Tint(wording.StatusColor(it.status), hedgeTint)
			}
			if it.beyond {
				// "More than" a target: the dashed outline of a figure
				// beyond its bar, as the slide draws it, in the line's
				// colour and as wide as the beyond series' outline.
				return beyondHatchFill(hatch, line)
			}
			return hatchFill(hatch, line)
		})
		if keyed {
			// Its entry is its first bar's status ("Hatched: a
			// projection, …"), not every commitment's.
			old := literalTx(commitSeries)
			lit := literalTx(wording.StatusKey(first))
			b.edit(part, func(src []byte) []byte { return bytes.Replace(src, []byte(old), []byte(lit), 1) })
			named[first] = true
		}
	}
	if keyed {
		lead := leadStatuses(cd)
		b.statusLegend(ch, part, cd, func(st indicators.Status) bool { return named[st] || lead[st] })
	}
	b.barAxes(cd, ch, part)
	if !cd.anyRange {
		// The last edit: it moves the series the others find by place.
		b.edit(part, reverseSeries)
	}
	gap := uint(60)
	ch.GapWidth = &gap
	if r := cd.ref; r != nil && !cd.anyRange {
		line = &excelize.Chart{Type: excelize.Line, Series: []excelize.ChartSeries{{
			Name: b.seriesName(cdRef), Categories: cats, Values: b.ref(cdRef, cd.first, cd.last),
			Line:   excelize.LineOptions{Dash: excelize.LineDashDash, Width: 2},
			Marker: excelize.ChartMarker{Symbol: "none"},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{wording.StatusLine(r.it.status)}},
		}}}
		// excelize writes the axes of the chart combined last: the
		// line's are the bars'.
		line.XAxis, line.YAxis = ch.XAxis, ch.YAxis
		b.edit(part, literalName(b.seriesName(cdRef), r.label))
	}
	return ch, line
}

// barAxes gives ch, the horizontal bars of cd in chart part part, the
// axes of every bar chart of the book, plain or grouped: the bars' names
// at the low end of the value axis, clear of bars that fall below zero;
// the value axis at the bottom. Plain bars read from the top, on a
// category axis in reverse whose value axis crosses it at its last
// (valueAxisCrossesAtMax); grouped bars' data runs bottom up instead
// (groupedChart). The value axis says what the slide's subtitle says (the
// unit, what the figures are and when), or at least the unit its ticks
// leave out: a title's second line would be drawn by LibreOffice in the
// title's bold, as one title.
func (b *book) barAxes(cd *chartData, ch *excelize.Chart, part string) {
	tick := excelize.Font{Family: font, Size: 9, Color: "404040"}
	cd.axis.min, cd.axis.max, cd.axis.step = axis.Exact(cd.axis.min), axis.Exact(cd.axis.max), axis.Exact(cd.axis.step)
	ch.XAxis = excelize.ChartAxis{ReverseOrder: cd.grid == nil, TickLabelPosition: excelize.ChartTickLabelLow, Font: tick}
	ch.YAxis = excelize.ChartAxis{MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: cd.tickFmt}, Font: tick,
		Minimum: &cd.axis.min, Maximum: &cd.axis.max, MajorUnit: cd.axis.step}
	if at := cmp.Or(cd.subtitle, cd.axisTitle); at != "" {
		ch.YAxis.Title = excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: at, Font: &excelize.Font{Size: 9, Color: "404040"}}}}
	}
	if cd.grid == nil {
		b.edit(part, valueAxisCrossesAtMax)
	}
	if cd.about100 {
		b.edit(part, categoriesCrossAt100)
	}
}

// categoriesCrossAt100 is the edit of a bar chart's part of index levels
// that sets its category axis across the value axis at 100, their
// reference, so that each bar runs from 100 to its level (98.4 a short
// bar left of it, 103.5 right of it), as the slide's dots stand about
// its line at 100: bars from 0 made 98.4 and 103.5 look alike (out45).
func categoriesCrossAt100(src []byte) []byte {
	i := bytes.Index(src, []byte(`<catAx>`))
	if i < 0 {
		return src
	}
	const auto, at = `<crosses val="autoZero"></crosses>`, `<crossesAt val="100"></crossesAt>`
	j := bytes.Index(src[i:], []byte(auto))
	if j < 0 {
		return src
	}
	return slices.Concat(src[:i+j], []byte(at), src[i+j+len(auto):])
}

// groupedChart fills ch with the grouped bars of cd: a series a group,
// in its colour and named by it in the legend, over the measures'
// rows, each bar saying its figure past its end, as the slide does.
func (b *book) groupedChart(cd *chartData, ch *excelize.Chart) *excelize.Chart {
	g := cd.grid
	m := len(g.Measures)
	ch.Type = excelize.Bar
	vary := false
	ch.VaryColors = &vary
	ch.PlotArea = excelize.ChartPlotArea{ShowVal: true, NumFmt: excelize.ChartNumFmt{SourceLinked: true}}
	part := chartPart(b.nCharts)
	if room := labelRoom(cd); room > 0 {
		b.edit(part, plotLayout(room, titleLines(ch.Title.Paragraph[0].Text), axisTitleLines(cmp.Or(cd.subtitle, cd.axisTitle)), legendLines(cd, true), ch))
	}
	cats := b.layoutRef(cdCategory, cd.measures, cd.measures+m-1)
	// The measures run bottom up and the groups are written last
	// first, so that both spreadsheets draw the slide's order, the
	// first measure on top and in each the first group's bar on top, and
	// list the groups in it: on a category axis in reverse
	// (barAxes), LibreOffice draws a group's bars in document order but
	// lists them in reverse, Excel in the order it draws them; on one
	// running bottom up both draw the last series on top and list the
	// series top down (s16g-fire's legend read "2023, 2022" under bars of
	// 2022 over 2023).
	for j := len(g.Groups) - 1; j >= 0; j-- {
		name := g.Groups[j]
		first := cd.layout + j*m
		// Named by the view's cell of its first row, which an edit
		// replaces with the group's words.
		ref := b.layoutRef(cdView, first, first)
		ch.Series = append(ch.Series, excelize.ChartSeries{Name: ref, Categories: cats, Values: b.layoutRef(cdStated, first, first+m-1),
			Fill:              excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{wording.PaletteColor(j)}},
			DataLabelPosition: excelize.ChartDataLabelsPositionOutsideEnd,
			DataLabel:         excelize.ChartDataLabel{Font: excelize.Font{Family: font, Size: 9, Color: labelColor}}})
		b.edit(part, literalName(ref, name))
	}
	b.barAxes(cd, ch, part)
	gap := uint(60)
	ch.GapWidth = &gap
	return ch
}

// plotLayout returns the edit of a native bar chart's part that lays its
// plot area out by hand, leaving room pixels right of it for the data
// labels past the longest bars' ends (labelRoom): under a title of
// title lines, over a value axis title of axis lines and a legend of
// legend lines, in the height ch has as it is written (the notes under
// it take their rows after the layout is planned: greenbelt's legend was
// drawn over the axis title of a chart a note had shortened).
// Spreadsheets leave no room for labels past the plot's end: LibreOffice
// drew "6.0 million people" across the chart's frame.
func plotLayout(room float64, title, axis, legend int, ch *excelize.Chart) func([]byte) []byte {
	const (
		side   = 0.02 // of the width, each side
		lineTx = 17.0 // a title line, in pixels
		lineAx = 14.0 // a line of the axis title or legend, in pixels
	)
	return func(src []byte) []byte {
		height := float64(cmp.Or(ch.Dimension.Height, chartHeight))
		top := (12 + lineTx*float64(title)) / height
		// The value axis's tick labels, its title's lines, the legend's.
		bottom := 6 + lineAx*float64(1+axis) + 6
		if legend > 0 {
			bottom += lineAx*float64(legend) + 10
		}
		h := 1 - top - bottom/height
		w := 1 - 2*side - (room+8)/chartWidth
		layout := fmt.Sprintf(`<layout><manualLayout><layoutTarget val="outer"></layoutTarget><xMode val="edge"></xMode><yMode val="edge"></yMode><x val="%.4f"></x><y val="%.4f"></y><w val="%.4f"></w><h val="%.4f"></h></manualLayout></layout>`, side, top, w, h)
		return bytes.Replace(src, []byte(`<plotArea>`), []byte(`<plotArea>`+layout), 1)
	}
}

// legendLines returns how many lines the legend of cd's native chart
// takes (0 for none): LibreOffice sets its entries in columns as wide as
// the widest, as many to a line as fit. The legend of s23r-water ("Fact"
// and "Fading end: the source says …") took two lines where one was left
// for it, and was drawn over the value axis title.
func legendLines(cd *chartData, legend bool) int {
	if !legend {
		return 0
	}
	n, widest := 0, textWidth("Estimate", false)
	for _, e := range []struct {
		on    bool
		words string
	}{{true, ""}, {cd.anyHedge, atMostSeries}, {cd.anyBeyond, beyondSeries}, {cd.anyCommit, commitSeries}, {cd.ref != nil, ""}} {
		if e.on {
			n++
			widest = max(widest, textWidth(e.words, false))
		}
	}
	perLine := max(1, int(chartWidth/6.5*0.9/(widest+4)))
	return (n + perLine - 1) / perLine
}

// titleLines returns how many lines a native chart's title takes, as
// LibreOffice wraps it: at about four fifths of the chart's width, not
// the whole (s13-housing: "…(seasonally adjusted annual" and "rate)" on a
// second line the layout had not made room for, over the plot).
func titleLines(title string) int {
	return lines(title, chartWidth/8.0*titleWrap, true)
}

// titleWrap is the share of a native chart's width its title's lines
// take before LibreOffice wraps them.
const titleWrap = 0.8

// axisTitleLines returns how many lines a native chart's value axis
// title takes (0 for none).
func axisTitleLines(title string) int {
	if title == "" {
		return 0
	}
	return lines(title, chartWidth/6.5*0.9, false)
}

// titleOf returns a native chart's title: title in bold, and under
// it, if any, the subtitle (the unit, what the figures are and when) in
// a smaller grey, each its own paragraph.
func titleOf(title, subtitle string) excelize.ChartTitle {
	t := excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: wording.YearDashes(title), Font: &excelize.Font{Bold: true, Size: 11}}}}
	if subtitle != "" {
		t.Paragraph = append(t.Paragraph, excelize.RichTextRun{Text: subtitle, Font: &excelize.Font{Size: 9, Color: "404040"}})
	}
	return t
}

// statusKeyed reports whether a native chart of items says what its
// colours are, as the slide beside it does: when they hold more than one
// status, or a status but fact beside a commitment; not for bars all of
// one status but fact (wording.OneStatus), which the subtitle names.
func statusKeyed(items []chartItem) bool {
	bars := make([]wording.Bar, len(items))
	for i, it := range items {
		bars[i] = it.bar
	}
	if wording.OneStatus(bars) {
		return false // the subtitle says it, as the slide's does
	}
	for _, it := range items {
		if it.status != indicators.Fact {
			return true
		}
	}
	return false
}

// leadStatuses returns the statuses of cd's bars that no series is named
// for and that come before every status a series is named for (the
// status of the first bar of the stated and of the hatched series): the
// legend lists them first, so that it lists the statuses in their order,
// fact first, as the slide's key does.
func leadStatuses(cd *chartData) map[indicators.Status]bool {
	least := indicators.Intention + 1
	seen := map[int]bool{}
	for _, it := range cd.items {
		if c := cellCol(it, cd.pie); (c == cdStated || c == cdCommit) && !seen[c] {
			seen[c] = true
			least = min(least, it.status)
		}
	}
	out := map[indicators.Status]bool{}
	for _, it := range cd.items {
		if it.status < least {
			out[it.status] = true
		}
	}
	return out
}

// statusLegend adds to ch, the chart of part, one empty series per status
// of cd's bars but those skipped (a series is named for it, or it was
// added before), fact first, in the
// status's colour (a commitment hatched) and named for it
// (wording.StatusKey): with the series named for their first bar's
// status, the legend says what the slide's status key says. A series
// names its status as a literal, in place of a reference (statusName);
// its values are the blank column right of the chart data, so that it
// draws no bar.
func (b *book) statusLegend(ch *excelize.Chart, part string, cd *chartData, skip func(indicators.Status) bool) {
	seen := map[indicators.Status]bool{}
	for _, it := range cd.items {
		seen[it.status] = !skip(it.status)
	}
	blank := b.refAt(len(b.cdCols)+1, cd.first, cd.last)
	for st := indicators.Fact; st <= indicators.Intention; st++ {
		if !seen[st] {
			continue
		}
		name := statusName(st)
		ch.Series = append(ch.Series, excelize.ChartSeries{Name: name, Categories: b.cats(cd), Values: blank,
			Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{wording.StatusColor(st)}}})
		fill := solidFill(wording.StatusColor(st))
		if st.IsCommitment() {
			fill = hatchFill(wording.StatusLine(st), wording.StatusLine(st))
		}
		b.edit(part, seriesFill(len(ch.Series)-1, fill, nil))
		b.edit(part, literalName(name, wording.StatusKey(st)))
	}
}

// literalName returns the edit of a chart part that names the series
// named by the formula ref with the literal words instead.
func literalName(ref, words string) func([]byte) []byte {
	old := []byte(`<tx><strRef><f>` + html.EscapeString(ref) + `</f></strRef></tx>`)
	lit := []byte(literalTx(words))
	return func(src []byte) []byte { return bytes.Replace(src, old, lit, 1) }
}

// statusName is the placeholder name of the legend series of status st
// (statusLegend), a cell name no sheet of the book uses, which an edit
// replaces with the status's words.
func statusName(st indicators.Status) string {
	return "STATUS" + strconv.Itoa(int(st))
}

// chartsPerPage is how many chart blocks fit on a printed page of the
// Charts sheet: the sheet is scaled to fit the page's width, the chart and
// the picture beside it, so the narrower it is the more blocks fit. The
// page is the smaller of A4 and US Letter in landscape, in points, less
// the margins; the scale that of the wider, so that the estimate holds on
// both.
func (b *book) chartsPerPage() int {
	const (
		pageWidth  = 11.69*72 - 2*marginSide*72
		pageHeight = 8.27*72 - (marginTop+marginBottom)*72
		colPx      = 64 // a column of the default width, in pixels
		pictureCol = 11 // column L, where the pictures start
	)
	content := float64(chartWidth)
	for _, img := range b.opt.Charts {
		if cfg, err := png.DecodeConfig(bytes.NewReader(img)); err == nil && cfg.Height > 0 {
			content = max(content, pictureCol*colPx+float64(cfg.Width)*chartHeight/float64(cfg.Height))
		}
	}
	scale := min(1, pageWidth/(content*0.75)) // 0.75 points a pixel
	rows := int(pageHeight / (lineHeight * scale))
	return max(1, (rows-3)/blockRows) // 3: the sheet's title rows
}

// chartPart is the part of the i-th chart of the book (from 0): excelize
// numbers charts as they are added, on any sheet (the Series sheet's chart
// comes first).
func chartPart(i int) string {
	return "xl/charts/chart" + strconv.Itoa(i+1) + ".xml"
}

// edit adds fn to the edits of the book's part named part, after those
// it has (canonZip.edit applies them as the part goes into the zip).
func (b *book) edit(part string, fn func([]byte) []byte) {
	if prev := b.edits[part]; prev != nil {
		b.edits[part] = func(src []byte) []byte { return fn(prev(src)) }
		return
	}
	b.edits[part] = fn
}

// showBasePoints returns the edit of a bar chart's part that fills the
// points idxs of its first series, the invisible base, with color: the
// base of a range across zero is part of the bar. excelize writes data
// points for pie charts only; a dPt goes before the series' dLbls.
func showBasePoints(idxs []int, color string) func([]byte) []byte {
	return func(src []byte) []byte {
		const at = `<dLbls>`
		i := bytes.Index(src, []byte(at))
		if i < 0 || bytes.Index(src, []byte(`</ser>`)) < i {
			return src
		}
		var pts []byte
		for _, k := range idxs {
			pts = append(pts, `<dPt><idx val="`+strconv.Itoa(k)+`"></idx><invertIfNegative val="0"></invertIfNegative><bubble3D val="0"></bubble3D><spPr><a:solidFill><a:srgbClr val="`+color+`"></a:srgbClr></a:solidFill></spPr></dPt>`...)
		}
		return slices.Concat(src[:i], pts, src[i:])
	}
}

// solidFill is the inside of a shape's spPr that fills it with color.
func solidFill(color string) string {
	return `<a:solidFill><a:srgbClr val="` + color + `"></a:srgbClr></a:solidFill>`
}

// fadeFill is the inside of a shape's spPr that draws a bar whose figure
// is at most its end ("nearly", "up to") as the slide does: in color,
// fading to light from at (a share of its length, 0 to 1) to its right
// end, or its left for a bar below zero (left).
func fadeFill(color, light string, left bool, at float64) string {
	ang := "0"
	if left {
		ang = "10800000"
	}
	pos := strconv.Itoa(int(math.Round(math.Min(math.Max(at, 0), 1) * 100000)))
	return `<a:gradFill rotWithShape="1"><a:gsLst><a:gs pos="0"><a:srgbClr val="` + color + `"></a:srgbClr></a:gs>` +
		`<a:gs pos="` + pos + `"><a:srgbClr val="` + color + `"></a:srgbClr></a:gs>` +
		`<a:gs pos="100000"><a:srgbClr val="` + light + `"></a:srgbClr></a:gs></a:gsLst><a:lin ang="` + ang + `" scaled="1"></a:lin></a:gradFill>`
}

// hatchFill is the inside of a shape's spPr that draws it hatched: wide
// upward diagonals of color hatch on white, outlined in color line, as
// the slides draw a commitment. excelize writes no pattern fills
// (Fill.Pattern other than 1 is no fill).
func hatchFill(hatch, line string) string {
	return `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="` + hatch + `"></a:srgbClr></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"></a:srgbClr></a:bgClr></a:pattFill>` +
		`<a:ln w="12700"><a:solidFill><a:srgbClr val="` + line + `"></a:srgbClr></a:solidFill></a:ln>`
}

// beyondHatchFill returns the fill of a hatched bar whose figure is
// beyond its end ("more than" a target): hatched as hatchFill, its
// outline dashed and wider.
func beyondHatchFill(hatch, line string) string {
	return `<a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="` + hatch + `"></a:srgbClr></a:fgClr><a:bgClr><a:srgbClr val="FFFFFF"></a:srgbClr></a:bgClr></a:pattFill>` +
		`<a:ln w="19050"><a:solidFill><a:srgbClr val="` + line + `"></a:srgbClr></a:solidFill><a:prstDash val="dash"></a:prstDash></a:ln>`
}

// nthSeries returns where the inside of the n-th series (from 0) of a
// chart part starts and ends, after its <ser> and before its </ser>.
func nthSeries(src []byte, n int) (at, end int, ok bool) {
	for i := 0; i <= n; i++ {
		j := bytes.Index(src[at:], []byte(`<ser>`))
		if j < 0 {
			return 0, 0, false
		}
		at += j + len(`<ser>`)
	}
	e := bytes.Index(src[at:], []byte(`</ser>`))
	if e < 0 {
		return 0, 0, false
	}
	return at, at + e, true
}

// seriesFill returns the edit of a chart part that gives its n-th series
// (from 0) the shape fill (the inside of an spPr) and its points idxs
// theirs. excelize writes data points for pie charts only; a dPt goes
// before the series' dLbls.
func seriesFill(n int, fill string, idxs map[int]string) func([]byte) []byte {
	return func(src []byte) []byte {
		at, end, ok := nthSeries(src, n)
		if !ok {
			return src
		}
		ser := src[at:end]
		if i, j := bytes.Index(ser, []byte(`<spPr>`)), bytes.Index(ser, []byte(`</spPr>`)); i >= 0 && j > i {
			ser = slices.Concat(ser[:i+len(`<spPr>`)], []byte(fill), ser[j:])
		}
		var pts []byte
		for _, k := range slices.Sorted(maps.Keys(idxs)) {
			pts = append(pts, `<dPt><idx val="`+strconv.Itoa(k)+`"></idx><invertIfNegative val="0"></invertIfNegative><bubble3D val="0"></bubble3D><spPr>`+idxs[k]+`</spPr></dPt>`...)
		}
		if i := bytes.Index(ser, []byte(`<dLbls>`)); i >= 0 {
			ser = slices.Concat(ser[:i], pts, ser[i:])
		}
		return slices.Concat(src[:at], ser, src[end:])
	}
}

// valueAxisCrossesAtMax is the edit of a bar chart's part that puts its
// value axis at the bottom: the categories run top down (maxMin), so the
// value axis, which crosses them at the first by default, stood at the
// top; it crosses them at the last instead.
func valueAxisCrossesAtMax(src []byte) []byte {
	i := bytes.Index(src, []byte(`<valAx>`))
	if i < 0 {
		return src
	}
	const auto, at = `<crosses val="autoZero"></crosses>`, `<crosses val="max"></crosses>`
	j := bytes.Index(src[i:], []byte(auto))
	if j < 0 {
		return src
	}
	return slices.Concat(src[:i+j], []byte(at), src[i+j+len(auto):])
}

// addPicture places a PNG of a chart view, scaled to the chart's height.
func (b *book) addPicture(v *indicators.ChartView, img []byte, cell, alt string) error {
	cfg, err := png.DecodeConfig(bytes.NewReader(img))
	if err != nil {
		return fmt.Errorf("xlsx: chart view %q: the PNG in Options.Charts does not decode: %v", v.ID, err)
	}
	scale := 1.0
	if cfg.Height > 0 {
		scale = float64(chartHeight) / float64(cfg.Height)
	}
	return b.f.AddPictureFromBytes(SheetCharts, cell, &excelize.Picture{
		Extension: ".png",
		File:      img,
		Format:    &excelize.GraphicOptions{AltText: alt, Name: v.ID + ".png", ScaleX: scale, ScaleY: scale, LockAspectRatio: true},
	})
}

// sourceLine names the sources of a view's indicators, and of the
// indicators of its series, as the charts' footers do
// (indicators.Catalog.SourceLine).
func (b *book) sourceLine(v *indicators.ChartView) string {
	ids := slices.Clone(v.Indicators)
	for _, ind := range b.c.Indicators {
		if ind.Series != "" && slices.Contains(v.Series, ind.Series) {
			ids = append(ids, ind.ID)
		}
	}
	return b.c.SourceLine(ids)
}

// titleStyle is the style of a sheet's title in A1.
func (b *book) titleStyle() (int, error) {
	return b.style("title", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: titleSize, Color: colorStated}}
	})
}

// subtitleStyle is the style of a heading within a sheet.
func (b *book) subtitleStyle() (int, error) {
	return b.style("subtitle", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 12, Color: colorStated}}
	})
}

// font is the typeface of styled cells, excelize's default.
const font = "Calibri"

// seriesName is the reference to the chart data header cell naming a
// series: excelize writes a series name as a formula. The legend of a
// series that has a sentence of its own (seriesLegend) says that
// sentence instead (literalNames).
func (b *book) seriesName(col int) string {
	c, _ := excelize.ColumnNumberToName(b.col(col))
	return sheetRef(b.dataSheet(), fmt.Sprintf("$%s$1", c)) // the header row
}

// literalNames returns the edit of a chart part that writes the name of
// each series of a column of seriesLegend as that sentence, a literal
// (<tx><v>…</v></tx>), in place of the reference to its short header:
// the legend says what the slide's key says, the header stays one or two
// lines.
//
// The hedged series name the hedges of cd's bars in the document's own
// words (wording.HedgeWord), as the slide's key does: "the source says
// “almost”", where the generic sentence said "nearly, up to or less
// than" of s14-crime's "almost 11 million".
func (b *book) literalNames(cd *chartData) func([]byte) []byte {
	var fade, beyond []string
	for _, it := range cd.items {
		if !it.hedged || it.commitment {
			continue
		}
		w := "“" + wording.HedgeWord(it.bar.Label, it.bar.Q.Qualifier) + "”"
		if it.beyond {
			beyond = wording.AppendOnce(beyond, w)
		} else {
			fade = wording.AppendOnce(fade, w)
		}
	}
	own := map[int]string{}
	if len(fade) > 0 {
		own[cdHedged] = "Fading end: the source says " + wording.JoinOr(fade) + "; the figure is at most the end shown"
	}
	if len(beyond) > 0 {
		own[cdBeyond] = "Dashed outline (the slide's arrow): the source says " + wording.JoinOr(beyond) + "; the figure is beyond the end shown"
	}
	return func(src []byte) []byte {
		for col, words := range seriesLegend {
			if b.col(col) == 0 {
				continue
			}
			if w, ok := own[col]; ok {
				words = w
			}
			ref := `<tx><strRef><f>` + html.EscapeString(b.seriesName(col)) + `</f></strRef></tx>`
			src = bytes.ReplaceAll(src, []byte(ref), []byte(literalTx(words)))
		}
		return src
	}
}

// cadenceOf is wording.Cadence of ind's title and first quote, as the
// charts read it: "weekly" for "£539 a week".
func cadenceOf(ind *indicators.Indicator) string {
	if len(ind.Provenance) > 0 {
		return wording.Cadence(ind.Title, ind.Provenance[0].Quote)
	}
	return wording.Cadence(ind.Title)
}

// barNotes returns the notes of a bar chart's items, each once, a note
// another opens said by the longer alone (wording.FoldNotes), a note of
// some bars and not all led by their names as the slide names them:
// "December 2019 — Seasonally adjusted." where one bar of two carries it.
func barNotes(items []chartItem) []string {
	perBar := make([][]string, len(items))
	for i, it := range items {
		perBar[i] = it.notes
	}
	folded := wording.FoldNotes(perBar)
	var order []string
	names := map[string][]string{}
	count := map[string]int{}
	for i, notes := range folded {
		name := items[i].name
		if name == "" {
			name = wording.Label(items[i].title, items[i].parts...)
		}
		for _, n := range notes {
			if count[n] == 0 {
				order = append(order, n)
			}
			count[n]++
			if name != "" {
				names[n] = wording.AppendOnce(names[n], name)
			}
		}
	}
	bars := 0 // a doughnut's rest, which no indicator states, aside
	for _, it := range items {
		if it.title != "" {
			bars++
		}
	}
	var out []string
	for _, n := range order {
		if count[n] < bars && bars > 1 && len(names[n]) > 0 {
			n = strings.Join(names[n], " and ") + " — " + n
		}
		out = append(out, n)
	}
	return out
}
