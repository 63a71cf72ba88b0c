package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Views a draft proposes per document: its first figure (not a multiple
// such as "double") as a headline card, and up to maxBarViews bar charts of figures that compare (one
// unit, one measure), each of at most maxBars bars, so that a draft
// builds a deck with charts before anyone has written a view.
const (
	maxBarViews = 4
	maxBars     = 8
)

// proposeViews proposes the chart views of one document's drafted
// indicators, inds, in document order; src is the document's source ID.
// Each view comes with the comment lines that say why it is proposed.
// View IDs are made unique through taken, which WriteDrafts shares
// across documents.
func proposeViews(src string, inds []indicators.Indicator, taken map[string]int) ([]indicators.ChartView, map[string][]string) {
	return proposeViewsTitled(src, "", inds, taken)
}

// proposeViewsTitled is proposeViews for a document whose title is
// docTitle: a figure the title states ("Bank Rate maintained at 5.25%")
// is the headline card, not the document's first figure.
func proposeViewsTitled(src, docTitle string, inds []indicators.Indicator, taken map[string]int) ([]indicators.ChartView, map[string][]string) {
	notes := map[string][]string{}
	var views []indicators.ChartView
	unique := func(id string) string {
		taken[id]++
		if n := taken[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		return id
	}
	if i, ok := titleFigure(docTitle, inds); ok {
		ind := &inds[i]
		v := indicators.ChartView{ID: unique(src + "-headline"), Title: ind.Title, Kind: indicators.Headline, Indicators: []string{ind.ID}}
		views = append(views, v)
		notes[v.ID] = []string{"proposed view: the figure the document's title states (" + ind.Stated + ") as a headline card"}
	}
	if i, ok := mainTotal(inds); ok && len(views) == 0 {
		ind := &inds[i]
		v := indicators.ChartView{ID: unique(src + "-headline"), Title: ind.Title, Kind: indicators.Headline, Indicators: []string{ind.ID}}
		views = append(views, v)
		what := "the document's main total"
		if slices.IndexFunc(inds, func(o indicators.Indicator) bool { return o.Unit.Kind != indicators.Times }) == i {
			what = "the document's first figure"
		}
		notes[v.ID] = []string{"proposed view: " + what + " (" + ind.Stated + ") as a headline card"}
	}
	first := slices.IndexFunc(inds, func(o indicators.Indicator) bool {
		return o.Unit.Kind != indicators.Times && !spanOfTime(&o) && (o.Measure != indicators.CountKind || strings.ContainsAny(o.Stated, "0123456789"))
	})
	for i := range inds {
		if len(views) > 0 {
			break
		}
		if first >= 0 && i < first {
			continue // "thousands of homes", "nine nations": no count to put on a card
		}
		if inds[i].Unit.Kind != indicators.Times && !spanOfTime(&inds[i]) {
			ind := &inds[i]
			if k, ok := beforeAfterPairs(inds)[i]; ok && k > i {
				ind = &inds[k] // "rose from A to B": the later figure is the news
			}
			v := indicators.ChartView{ID: unique(src + "-headline"), Title: ind.Title, Kind: indicators.Headline, Indicators: []string{ind.ID}}
			views = append(views, v)
			what := "the document's first figure"
			if i > 0 && first == i {
				what = "the document's first figure with a number" // a count in words before it
			}
			notes[v.ID] = []string{"proposed view: " + what + " (" + ind.Stated + ") as a headline card"}
			break
		}
	}
	type group struct {
		unit    indicators.Unit
		measure indicators.MeasureKind
		basis   string
		kind    string // viewKind: an annual rate or not
		ids     []string
		titles  []string
		seen    map[string]int // the figures drawn, by title and by draftedFigureKey (where its quote starts)
	}
	var groups []*group
	byID := map[string]*indicators.Indicator{}
	for i := range inds {
		byID[inds[i].ID] = &inds[i]
	}
	pairs := beforeAfterPairs(inds)
	runs, inRun := seriesRuns(inds), map[int]bool{}
	for _, r := range runs {
		for _, k := range r {
			inRun[k] = true
		}
	}
	for i := range inds {
		ind := &inds[i]
		if !chartable(ind) {
			continue
		}
		if r, ok := runs[i]; ok {
			// "from 4% in 2019 to 8% in 2022 and 16% in 2023": one
			// series of levels, a view of its own.
			g := &group{unit: ind.Unit, measure: ind.Measure, basis: "pair"}
			for _, k := range r {
				g.ids, g.titles = append(g.ids, inds[k].ID), append(g.titles, inds[k].Title)
			}
			groups = append(groups, g)
			continue
		}
		if inRun[i] {
			continue
		}
		if k, ok := pairs[i]; ok {
			// "from $34.4 billion in 2011 to $35.4 billion in 2013": the
			// two years of one series, a before/after view of their own.
			if k > i {
				g := &group{unit: ind.Unit, measure: ind.Measure, basis: "pair", ids: []string{ind.ID, inds[k].ID}, titles: []string{ind.Title, inds[k].Title}}
				groups = append(groups, g)
			}
			continue
		}
		var g *group
		basis, kind := indicatorBasis(ind), viewKind(ind)+viewSide(ind)
		for _, o := range groups {
			if o.unit == ind.Unit && o.measure == ind.Measure && o.basis == basis && o.kind == kind {
				g = o
				break
			}
		}
		if g == nil {
			g = &group{unit: ind.Unit, measure: ind.Measure, basis: basis, kind: kind}
			groups = append(groups, g)
		}
		if g.seen == nil {
			g.seen = map[string]int{}
		}
		k1, k2 := "title\x00"+ind.Title+"\x00"+ind.Stated, draftedFigureKey(ind)
		if _, ok := g.seen[k1]; ok {
			continue // "four pillars" twice: one bar
		}
		if at, ok := g.seen[k2]; ok && k2 != "" && at != ind.Provenance[0].Span.Start {
			continue // a sentence restated elsewhere: one bar
		}
		g.seen[k1] = 0
		if k2 != "" {
			g.seen[k2] = ind.Provenance[0].Span.Start
		}
		g.ids = append(g.ids, ind.ID)
		g.titles = append(g.titles, ind.Title)
	}
	// A total never stands beside its own parts: parts that add up to a
	// figure of their group go to a group of their own, and the headline's
	// figure, when it is as large as all the others of its group together,
	// leaves the bars (it is the whole they share).
	headline := ""
	if len(views) > 0 {
		headline = views[0].Indicators[0]
	}
	whys := map[*group]string{}
	leftOut := map[*group][]string{} // the totals and parts a group leaves out
	for k := 0; k < len(groups); k++ {
		g := groups[k]
		if at, n, ok := partsRun(g.ids, byID); ok {
			parts := &group{unit: g.unit, measure: g.measure, basis: g.basis, ids: slices.Clone(g.ids[at+1 : at+1+n]), titles: slices.Clone(g.titles[at+1 : at+1+n])}
			whys[parts] = fmt.Sprintf(" (the parts of %s, which add up to it)", byID[g.ids[at]].Stated)
			g.ids = slices.Delete(g.ids, at+1, at+1+n)
			g.titles = slices.Delete(g.titles, at+1, at+1+n)
			groups = slices.Insert(groups, k+1, parts)
		}
		if out := otherGrain(g.ids, byID); len(out) > 0 {
			// Months never beside quarters: the other grain's figures
			// are a group of their own.
			other := &group{unit: g.unit, measure: g.measure, basis: g.basis, kind: g.kind + "\x00" + periodGrain(byID[out[0]])}
			for _, id := range out {
				other.ids, other.titles = append(other.ids, id), append(other.titles, byID[id].Title)
			}
			g.ids, g.titles = without(g.ids, g.titles, out)
			groups = slices.Insert(groups, k+1, other)
		}
		if ok := wholeChange(g.ids, byID) || wholeOfRun(g.ids, byID); ok && whys[g] == "" {
			how := "as large as the others together"
			if !wholeChange(g.ids, byID) {
				how = "the sum of the changes after it"
			}
			whys[g] += fmt.Sprintf(" (without %s, %s: the whole change, whose parts they are)", byID[g.ids[0]].Stated, how)
			g.ids = slices.Delete(g.ids, 0, 1)
			g.titles = slices.Delete(g.titles, 0, 1)
		}
		if out := totalsAndParts(g.ids, byID); len(out) > 0 && len(g.ids) > 1 && whys[g] == "" {
			leftOut[g] = out
			whys[g] += " (without " + statedList(out, byID) + ": a total and the parts its sentence names, never a bar beside the others)"
			g.ids, g.titles = without(g.ids, g.titles, out)
		}
		if out := includedParts(g.ids, byID); len(out) > 0 && len(g.ids) > len(out) && whys[g] == "" {
			whys[g] += " (without " + statedList(out, byID) + ": a total and its own parts, never bars side by side)"
			g.ids, g.titles = without(g.ids, g.titles, out)
		}
		if out := mixedTargets(g.ids, byID); len(out) > 0 && whys[g] == "" {
			whys[g] += " (without " + statedList(out, byID) + ": a target to reach by a year, never a bar beside one year's count)"
			g.ids, g.titles = without(g.ids, g.titles, out)
		}
		if out := openFalls(g.ids, byID); len(out) > 0 && whys[g] == "" {
			whys[g] += " (without " + statedList(out, byID) + ": a fall with an open end, which bars of rises and falls cannot yet draw)"
			g.ids, g.titles = without(g.ids, g.titles, out)
		}
		if out := otherPeriodWholes(g.ids, byID); len(out) > 0 && whys[g] == "" {
			whys[g] += " (without " + statedList(out, byID) + ": another period's figure of another whole, never a bar beside this period's parts)"
			g.ids, g.titles = without(g.ids, g.titles, out)
		}
		if at, ok := wholeOf(g.ids, byID, headline); ok && whys[g] == "" {
			whys[g] += fmt.Sprintf(" (without %s, as large as the others together: their total)", byID[g.ids[at]].Stated)
			g.ids = slices.Delete(g.ids, at, at+1)
			g.titles = slices.Delete(g.titles, at, at+1)
		}
		if g.basis != "pair" {
			pairs, out := yearSplit(g.ids, byID)
			for n, p := range pairs {
				pg := &group{unit: g.unit, measure: g.measure, basis: "pair", ids: p}
				for _, id := range p {
					pg.titles = append(pg.titles, byID[id].Title)
				}
				g.ids, g.titles = without(g.ids, g.titles, p)
				groups = slices.Insert(groups, k+1+n, pg)
			}
			if len(out) > 0 {
				whys[g] += " (without " + statedList(out, byID) + ": an earlier year's figure of another group, never a bar beside this year's)"
				g.ids, g.titles = without(g.ids, g.titles, out)
			}
		}
	}
	var drawn []string // the figures of the groups before, kept or left out
	var kept []*group
	for _, g := range groups {
		restated := restatedGroup(g.ids, drawn, byID)
		drawn = append(drawn, g.ids...)
		drawn = append(drawn, leftOut[g]...)
		if len(g.ids) < 2 || restated {
			continue // too few bars, or the same amounts in a second currency
		}
		kept = append(kept, g)
	}
	var cur indicators.Unit // the document's first amount's currency
	for i := range inds {
		if inds[i].Unit.Kind == indicators.Money {
			cur = inds[i].Unit
			break
		}
	}
	kept = demoteSecondViews(kept, func(g *group) bool { return weakGroup(g.ids, g.unit, cur, byID) })
	for _, g := range kept {
		ids, left := g.ids, 0
		if len(ids) > maxBars {
			ids, left = ids[:maxBars], len(ids)-maxBars
		}
		title := groupTitle(g.titles[:len(ids)], g.measure, g.unit)
		if sfx := basisWords[g.basis]; sfx != "" && viewBasis(title) != g.basis {
			title += sfx // "Changes in percent, year on year"
		}
		v := indicators.ChartView{ID: unique(slug(src+" "+title, 60)), Title: title, Kind: indicators.Bars, Indicators: ids}
		views = append(views, v)
		why := fmt.Sprintf("proposed view: the %d %s figures in %s of the document, as bars", len(g.ids), g.measure, unitWords(g.unit))
		switch uw := strings.TrimSpace(unitWords(g.unit)); {
		case uw == "":
			why = fmt.Sprintf("proposed view: the %d %s figures without a unit of the document, as bars", len(g.ids), g.measure)
		case strings.HasPrefix(uw, "per "):
			why = fmt.Sprintf("proposed view: the %d %s figures %s of the document, as bars", len(g.ids), g.measure, uw)
		}
		if left > 0 {
			why += fmt.Sprintf(" (the first %d; %d more are left out)", maxBars, left)
		}
		why += whys[g]
		notes[v.ID] = []string{why}
	}
	return views, notes
}

// demoteSecondViews keeps at most maxBarViews of the groups gs, in their
// order: when there are more, a group that weak(g) says is a weak view
// (flows in a second currency, a count beside the whole it is counted out
// of) gives way to the others, so that a release's main figures (an IMF
// release's growth, inflation and deficits) are drawn.
func demoteSecondViews[G any](gs []G, weak func(G) bool) []G {
	if len(gs) <= maxBarViews {
		return gs
	}
	keep := map[int]bool{}
	for _, w := range []bool{false, true} {
		for i, g := range gs {
			if len(keep) < maxBarViews && weak(g) == w {
				keep[i] = true
			}
		}
	}
	var out []G
	for i, g := range gs {
		if keep[i] {
			out = append(out, g)
		}
	}
	return out
}

// weakGroup reports whether a group of figures makes a weak view: money in
// a currency other than the document's first amount's (cur), or two
// counts one of which is counted out of the other ("11 of 17 structural
// benchmarks").
func weakGroup(ids []string, u indicators.Unit, cur indicators.Unit, byID map[string]*indicators.Indicator) bool {
	if u.Kind == indicators.Money && cur.Kind == indicators.Money && u.Currency != cur.Currency {
		return true
	}
	if u.Kind != indicators.Count || len(ids) != 2 {
		return false
	}
	a, b := byID[ids[0]], byID[ids[1]]
	if len(a.Provenance) == 0 || len(b.Provenance) == 0 || a.Provenance[0].Span != b.Provenance[0].Span {
		return false
	}
	return strings.Contains(a.Provenance[0].Quote, a.Stated+" of "+b.Stated) || strings.Contains(a.Provenance[0].Quote, b.Stated+" of "+a.Stated)
}

// chartable reports whether a drafted figure can stand among bars: a
// rank, a threshold or a multiple ("double") compares with nothing on an
// axis. Any figure but a multiple may be a headline.
func chartable(ind *indicators.Indicator) bool {
	switch ind.Measure {
	case indicators.RankKind, indicators.Threshold:
		return false
	}
	switch ind.Unit.Kind {
	case indicators.Rank, indicators.Times:
		return false
	}
	return true
}

// groupTitle names a group of figures by the words their titles begin
// with ("U.S. goods exports" for "U.S. goods exports to Colombia" and "U.S.
// goods exports to Peru"), by both titles when two are short, or else by
// their measure and unit ("Flows in US dollars", "Numbers of jobs").
func groupTitle(titles []string, m indicators.MeasureKind, u indicators.Unit) string {
	common := strings.Fields(titles[0])
	for _, t := range titles[1:] {
		w := strings.Fields(t)
		k := 0
		for k < len(common) && k < len(w) && strings.EqualFold(common[k], w[k]) {
			k++
		}
		common = common[:k]
	}
	for len(common) > 0 && isConnective(common[len(common)-1]) {
		common = common[:len(common)-1]
	}
	shortest := len(strings.Fields(titles[0]))
	for _, t := range titles[1:] {
		shortest = min(shortest, len(strings.Fields(t)))
	}
	if len(common) >= 2 && 2*len(common) >= shortest {
		return strings.Join(common, " ")
	}
	if len(titles) == 2 && len(titles[0])+len(titles[1]) <= 55 {
		return titles[0] + " and " + lowerFirst(titles[1])
	}
	if m == indicators.CountKind && u.Kind == indicators.Count {
		return "Numbers of " + unitWords(u)
	}
	switch uw := unitWords(u); {
	case uw == "":
		return measureTitle(m) // a pure number: "Counts", never "Counts in "
	case strings.HasPrefix(uw, " per "), strings.HasPrefix(uw, "per "):
		return measureTitle(m) + " " + strings.TrimSpace(uw) // "Levels per quintal"
	default:
		return measureTitle(m) + " in " + uw
	}
}

// basisWords end a view's title that does not say its basis itself.
var basisWords = map[string]string{"year": ", year on year", "period": ", on the previous period", "revision": " (revisions)",
	"threemonth": ", three months on the previous three months", "threemonth-year": ", three months on a year earlier", "level": ", on a base level"}

// viewBasis returns what a figure's title says it is compared with or
// what kind of change it is, so that no view mixes growth on the previous
// quarter with growth on a year before, nor a revision with levels:
// "quarter", "year", "revision", or "".
func viewBasis(title string) string {
	t := strings.ToLower(title)
	switch {
	case strings.Contains(t, "revision") || strings.HasSuffix(t, ", first estimate"):
		return "revision"
	case strings.Contains(t, "three-month change on a year earlier"):
		return "threemonth-year"
	case strings.Contains(t, "previous three months"):
		return "threemonth"
	case strings.Contains(t, " compared with ") && strings.HasSuffix(t, " level"):
		return "level"
	case strings.Contains(t, "previous year"), strings.Contains(t, "year-on-year"), strings.Contains(t, "year-over-year"),
		strings.Contains(t, "a year earlier"), strings.Contains(t, "12 months earlier"):
		return "year"
	case strings.Contains(t, "previous quarter"), strings.Contains(t, "previous month"), strings.Contains(t, "quarter-on-quarter"),
		strings.Contains(t, "month-on-month"):
		return "period"
	}
	return ""
}

// indicatorBasis returns the basis of a figure: the one the words after
// it in its quote compare with ("0.5 percentage points up on the previous
// quarter": "period"), else the one its title says (viewBasis), so that a
// tail titled without its base, or with another's, is not charted beside
// one of another basis.
func indicatorBasis(ind *indicators.Indicator) string {
	if len(ind.Provenance) == 0 {
		return viewBasis(ind.Title)
	}
	q := ind.Provenance[0].Quote
	i := strings.Index(q, ind.Stated)
	if i < 0 {
		return viewBasis(ind.Title)
	}
	g := compareTailRe.FindStringSubmatch(strings.ToLower(q[i+len(ind.Stated):]))
	if g == nil && viewBasis(ind.Title) == "" && ind.Measure == indicators.Change {
		if ind.Base.IsStated() {
			if b := stepBasis(ind.Period, ind.Base); b != "" {
				return b // "rose by 0.4% in June 2031" on May, and 0.7% in June 2030 on May 2030
			}
			return "since " + ind.Base.String()
		}
		if b := quoteBasis(q, i, i+len(ind.Stated)); b != "" {
			return b
		}
		if b := sentenceBasis(q); b != "" {
			return b
		}
	}
	switch {
	case g == nil || g[3] != "" && viewBasis(ind.Title) != "":
		// Two bases ("than the previous year and the previous quarter"):
		// each claim's title names its own.
		return viewBasis(ind.Title)
	case strings.Contains(g[2], "year"):
		return "year"
	default:
		return "period"
	}
}

// restatedGroup reports whether every figure of a group of money restates,
// in another currency, a figure of an earlier group of the same measure:
// the same quote, the figure in parentheses right after the other ("about
// US$242 million (SDR 178.4 million)"). Such a group is not drawn twice.
func restatedGroup(ids []string, earlier []string, byID map[string]*indicators.Indicator) bool {
	if len(ids) == 0 {
		return false
	}
	for _, id := range ids {
		ind := byID[id]
		if ind.Unit.Kind != indicators.Money || len(ind.Provenance) == 0 {
			return false
		}
		found := false
		for _, oid := range earlier {
			o := byID[oid]
			if o.Unit.Kind != indicators.Money || o.Unit.Currency == ind.Unit.Currency || len(o.Provenance) == 0 || o.Provenance[0].Span != ind.Provenance[0].Span {
				continue
			}
			q := o.Provenance[0].Quote
			if i := strings.Index(q, o.Stated); i >= 0 && strings.HasPrefix(strings.TrimLeft(q[i+len(o.Stated):], " "), "("+ind.Stated) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// isConnective reports whether a title may not end in w: a preposition,
// conjunction or article.
func isConnective(w string) bool {
	switch strings.ToLower(strings.Trim(w, ",;:")) {
	case "of", "in", "to", "for", "by", "from", "with", "and", "or", "the", "a", "an", "on", "at":
		return true
	}
	return strings.HasSuffix(w, ",") || strings.HasSuffix(w, ":")
}

// measureTitle is the plural heading of a measure: "Flows", "Shares".
func measureTitle(m indicators.MeasureKind) string {
	switch m {
	case indicators.Flow:
		return "Flows"
	case indicators.Stock:
		return "Stocks"
	case indicators.Share:
		return "Shares"
	case indicators.Change:
		return "Changes"
	case indicators.CountKind:
		return "Counts"
	case indicators.Level:
		return "Levels"
	}
	return "Figures"
}

// unitWords says a unit in a view's title or note: "US dollars",
// "percent", "jobs".
func unitWords(u indicators.Unit) string {
	per := ""
	if u.Per != "" {
		per = " per " + u.Per
	}
	switch {
	case u.Kind == indicators.Count && u.Name != "":
		return indicators.Plural(u.Name) + per
	case u.Kind == indicators.Money && u.Currency.String() == "USD":
		return "US dollars" + per
	case u.Kind == indicators.Money && u.Currency.String() == "XDR":
		return "SDR" + per // the IMF's special drawing rights, as releases write them
	case u.Kind == indicators.PercentagePoint:
		return "percentage points" + per
	}
	u.Per = ""
	if w, ok := unitNames[u.String()]; ok {
		return w + per // "Flows in tonnes", never "Flows in t"
	}
	return strings.ReplaceAll(u.String(), "_", " ") + per // never a raw unit id
}

// unitNames spell out the unit symbols a view's title would
// otherwise show: "t" is "tonnes".
var unitNames = map[string]string{"t": "tonnes", "kt": "thousand tonnes", "Mt": "million tonnes", "kg": "kilograms",
	"km": "kilometres", "m": "metres", "l": "litres", "ha": "hectares", "kWh": "kilowatt hours", "MWh": "megawatt hours",
	"GWh": "gigawatt hours", "TWh": "terawatt hours", "MW": "megawatts", "GW": "gigawatts"}

// titleFigure returns the index of the figure that a document's title
// states, by value and unit ("Bank Rate maintained at 5.25%" → the
// drafted 5.25%), a fact before any other.
func titleFigure(docTitle string, inds []indicators.Indicator) (int, bool) {
	if docTitle == "" {
		return 0, false
	}
	e := Extractor{}
	found := -1
	for _, m := range e.Extract(docTitle) {
		q, u, err := indicators.ParseStated(m.Text)
		if err != nil || u.Kind == indicators.Times {
			continue
		}
		for i := range inds {
			ind := &inds[i]
			if ind.Unit == u && ind.Quantity.Value.Equal(q.Value) && !ind.Quantity.IsRange() {
				if found < 0 || ind.Status == indicators.Fact && inds[found].Status != indicators.Fact {
					found = i
				}
			}
		}
		if found >= 0 {
			return found, true
		}
	}
	return 0, false
}

// valueOf returns a figure's value at full magnitude, the middle of a
// range.
func valueOf(ind *indicators.Indicator) float64 {
	lo, hi := ind.Quantity.Ends()
	return (lo + hi) / 2
}

// sameQuote reports whether a and b quote the same sentence, or either
// quotes none.
func sameQuote(a, b *indicators.Indicator) bool {
	return len(a.Provenance) == 0 || len(b.Provenance) == 0 || a.Provenance[0].Span == b.Provenance[0].Span
}

// partsRun finds an amount of money of ids followed by two or more
// figures that add up to it within 2% when its own sentence lists them,
// within 0.5% otherwise (percentages of different wholes add up by
// chance) ("Chad (€57.9 million, including … €8.7 million …
// €3.1 million … €45.3 million)"), and returns where it is and how many
// parts follow it.
func partsRun(ids []string, byID map[string]*indicators.Indicator) (int, int, bool) {
	for at := range ids {
		whole := valueOf(byID[ids[at]])
		if whole <= 0 || byID[ids[at]].Unit.Kind != indicators.Money {
			continue
		}
		sum := 0.0
		inSentence := true // every part in the whole's sentence ("including …")
		for n := 1; at+n < len(ids); n++ {
			sum += valueOf(byID[ids[at+n]])
			inSentence = inSentence && sameQuote(byID[ids[at+n]], byID[ids[at]])
			// Parts the whole's sentence lists may be rounded; figures
			// from other sentences are parts only when their sum is the
			// whole to rounding (12.8 + 16.1 is no 29.3).
			tol := 0.02
			if !inSentence {
				tol = 0.005
			}
			if n >= 2 && sum >= (1-tol)*whole && sum <= (1+tol)*whole {
				return at, n, true
			}
			if sum > 1.02*whole {
				break
			}
		}
	}
	return 0, 0, false
}

// wholeOf reports where the headline's amount of money stands in ids, of
// three or more, when it is at least as large as all the others together: their
// total ("€201 million in humanitarian funding" beside each country's
// amount).
func wholeOf(ids []string, byID map[string]*indicators.Indicator, headline string) (int, bool) {
	at := slices.Index(ids, headline)
	if len(ids) < 3 || at < 0 || byID[headline].Unit.Kind != indicators.Money {
		return 0, false
	}
	total := 0.0
	for _, id := range ids {
		total += valueOf(byID[id])
	}
	v := valueOf(byID[headline])
	return at, v > 0 && v >= total-v
}

// stepBasis returns "period" when base is the month right before the
// month period, "year" when it is the same month a year earlier, else "":
// changes on the month before are one basis whatever their months.
func stepBasis(period, base indicators.Period) string {
	p, b := period.From, base.From
	if period.IsSpan() || base.IsSpan() || p.Month == 0 || b.Month == 0 || p.Day != 0 || b.Day != 0 {
		return ""
	}
	pm, bm := p.Year*12+int(p.Month), b.Year*12+int(b.Month)
	switch pm - bm {
	case 1:
		return "period"
	case 12:
		return "year"
	}
	return ""
}

// Words of a change's sentence that say what it is set against: three
// months on the three before, a year on a year earlier, a month on the
// month before (status44). A view never draws changes of two of them
// side by side, as the README's views rule says.
var (
	threeMonthBasisRe = lazyRegexp(`\b(?:three|3)[- ]months? (?:to|ending)\b|\bthree-month period\b|\b(?:previous|preceding) (?:three|3) months\b`)
	yearBasisRe       = lazyRegexp(`\byear[- ](?:on|over)[- ]year\b|\b(?:a year|12 months|twelve months) (?:earlier|ago|before)\b|\bsame (?:month|quarter|period) (?:of |in )?(?:last|the previous|a) year\b`)
	monthBasisRe      = lazyRegexp(`\bmonth[- ]on[- ]month\b|\b(?:previous|preceding) month\b|\bmonthly picture\b|\bon the month\b`)
)

// sentenceBasis returns the basis the words of a change's sentence give
// it where those around the figure give none: "threemonth" ("In the three
// months to January 2020, … fell by 0.8%"), "threemonth-year" (three
// months on a year earlier), "year" ("rose 18.2% year-on-year", "up 3.3%
// … year over year"), "period" ("the monthly picture was one of growth
// at 1.2%"), or "" when the sentence says none or more than one.
func sentenceBasis(q string) string {
	l := strings.ToLower(q)
	three, year, month := threeMonthBasisRe.MatchString(l), yearBasisRe.MatchString(l), monthBasisRe.MatchString(l)
	switch {
	case three && year && !month:
		return "threemonth-year"
	case three && !year && !month:
		return "threemonth"
	case year && !three && !month:
		return "year"
	case month && !three && !year:
		return "period"
	}
	return ""
}
