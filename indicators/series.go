package indicators

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// ErrConflict is the kind of a finding of Catalog.ConflictFindings: two
// documents disagree about one quantity for one period. It is not an error
// of the catalog, which records faithfully what each document says.
var ErrConflict = errors.New("conflict between sources")

// ErrRevision is the kind of a finding of Catalog.ConflictFindings for a
// Conflict that is a Revision: a later document gives another figure for
// the period, as revised statistics do. It is not a problem of the
// catalog: "claimbook verify -strict" does not fail on it.
var ErrRevision = errors.New("revision between sources")

// A Series is one quantity over time, stated by one or more documents: the
// indicators whose Series field names it are its points. Points of a
// series have one unit (the scale word may differ: "$279 billion" and
// "$4.9 trillion" fit one series), one measure, and a stated period each.
type Series struct {
	ID    string // a slug: "us-japan-trade"
	Title string
	// Unit, if not zero, is the unit every point must have; otherwise the
	// points must agree with each other.
	Unit Unit
	// Measure is the measure every point must have, when MeasureSet;
	// otherwise the points must agree with each other.
	Measure    MeasureKind
	MeasureSet bool
}

// A SeriesPoint is an indicator as a point of its series.
type SeriesPoint struct {
	Indicator *Indicator // in the catalog's Indicators
	Source    string     // the ID of the source of its first provenance
}

// A Conflict is two claims of one series for one period whose allowed
// intervals (see Quantity.Interval) have no number in common: "$290
// billion" and "$288 billion" for 2012. Hedges count: "nearly $350
// billion" and "$345 billion" agree.
//
// When both sources have an issue date and the second was issued later,
// the Conflict is a Revision: the later document gives another figure for
// the period, as statistics are revised when more data come in (or it
// reckons the quantity another way). The series line then takes the later
// figure. Two claims of one document, of documents issued the same day or
// of an undated document disagree outright.
type Conflict struct {
	Series     string
	Period     Period
	Indicators [2]string // the IDs, in series order (a Revision's later one second)
	Note       string    // the two figures and their sources, in words
	Revision   bool
}

// comparePeriods orders periods by start, then a single date before a span
// from it, then by end; a year sorts before its months and days.
func comparePeriods(a, b Period) int {
	if c := compareDates(a.From, b.From); c != 0 {
		return c
	}
	return compareDates(a.To, b.To)
}

func compareDates(a, b Date) int {
	return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
}

// SeriesPoints returns the points of every series, in the order of
// c.Series: each in period order, then by the issue date of its source,
// then in catalog order. It looks at each indicator once.
func (c *Catalog) SeriesPoints() [][]SeriesPoint {
	idx := make(map[string]int, len(c.Series))
	for i, s := range c.Series {
		if _, dup := idx[s.ID]; !dup {
			idx[s.ID] = i
		}
	}
	out := make([][]SeriesPoint, len(c.Series))
	var srcs map[string]*Source
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Series == "" {
			continue
		}
		k, ok := idx[ind.Series]
		if !ok {
			continue
		}
		p := SeriesPoint{Indicator: ind}
		if len(ind.Provenance) > 0 {
			p.Source = ind.Provenance[0].Source
		}
		out[k] = append(out[k], p)
	}
	issued := func(id string) Date {
		if srcs == nil {
			srcs = make(map[string]*Source, len(c.Sources))
			for j := range c.Sources {
				srcs[c.Sources[j].ID] = &c.Sources[j]
			}
		}
		if s, ok := srcs[id]; ok {
			return s.Dated()
		}
		return Date{}
	}
	for _, pts := range out {
		slices.SortStableFunc(pts, func(a, b SeriesPoint) int {
			if c := comparePeriods(a.Indicator.Period, b.Indicator.Period); c != 0 {
				return c
			}
			return compareDates(issued(a.Source), issued(b.Source))
		})
	}
	return out
}

// Points returns the points of the series id in order (see SeriesPoints),
// or nil if there is no such series.
func (c *Catalog) Points(id string) []SeriesPoint {
	for i, s := range c.Series {
		if s.ID == id {
			return c.SeriesPoints()[i]
		}
	}
	return nil
}

// Conflicts returns every pair of points of one series and one period
// whose intervals do not overlap, by series, then period, then point
// order. Intervals are compared exactly, in decimal, at full magnitude, so
// the scale word does not matter; for counts and ranks the open lower end
// of "up to" and "less than" is 0.
func (c *Catalog) Conflicts() []Conflict {
	return c.conflicts(c.SeriesPoints())
}

func (c *Catalog) conflicts(all [][]SeriesPoint) []Conflict {
	var out []Conflict
	for _, p := range c.conflictPairs(all) {
		out = append(out, p.Conflict)
	}
	return out
}

// A conflictPair is a Conflict with its two points.
type conflictPair struct {
	Conflict
	a, b *Indicator
}

func (c *Catalog) conflictPairs(all [][]SeriesPoint) []conflictPair {
	var out []conflictPair
	for k, pts := range all {
		for i := 0; i < len(pts); {
			j := i + 1
			for j < len(pts) && pts[j].Indicator.Period.Same(pts[i].Indicator.Period) {
				j++
			}
			if pts[i].Indicator.Period.IsStated() && j-i > 1 {
				for a := i; a < j; a++ {
					for b := a + 1; b < j; b++ {
						if overlaps(pts[a].Indicator, pts[b].Indicator) {
							continue
						}
						x, y := pts[a], pts[b]
						cf := Conflict{
							Series:     c.Series[k].ID,
							Period:     x.Indicator.Period,
							Indicators: [2]string{x.Indicator.ID, y.Indicator.ID},
							Note: fmt.Sprintf("%s says %q, %s says %q: no figure fits both",
								sourceWord(x.Source), x.Indicator.Label(), sourceWord(y.Source), y.Indicator.Label()),
						}
						dx, dy := c.issued(x.Source), c.issued(y.Source)
						if !dx.IsZero() && !dy.IsZero() && compareDates(dx, dy) < 0 {
							cf.Revision = true
							cf.Note = fmt.Sprintf("%s (%s) says %q, the later %s (%s) says %q: a revised figure, or another reckoning",
								x.Source, dx, x.Indicator.Label(), y.Source, dy, y.Indicator.Label())
						}
						out = append(out, conflictPair{cf, x.Indicator, y.Indicator})
					}
				}
			}
			i = j
		}
	}
	return out
}

// issued is the issue date of the source id; the zero Date when it has
// none or there is no such source.
func (c *Catalog) issued(id string) Date {
	if s, ok := c.Source(id); ok {
		return s.Dated()
	}
	return Date{}
}

func sourceWord(id string) string {
	if id == "" {
		return "a claim without a source"
	}
	return id
}

// ConflictFindings returns a finding for each Conflict, at the second
// indicator's "series" field, with both figures, their sources and their
// quotes: of kind ErrConflict, "conflict: series …, 2012: …", or for a
// Revision of kind ErrRevision, "revision: series …, 2012: …". None is an
// error of the catalog; a caller decides whether to fail on them (as
// "claimbook verify -strict" does on conflicts). Call it after Verify
// (Load verifies).
func (c *Catalog) ConflictFindings() ErrorList {
	var l ErrorList
	for _, cf := range c.conflictPairs(c.SeriesPoints()) {
		a, b := cf.a, cf.b
		key := "indicators/" + b.ID + "/series"
		pos := c.position(key)
		if !pos.IsValid() {
			pos = c.position("indicators/" + b.ID)
		}
		where := ""
		if !pos.IsValid() {
			where = fmt.Sprintf("indicator %q", b.ID)
		}
		if cf.Revision {
			l.addAt(pos, where, ErrRevision, "revision: series %q, %s: %s (%s: %s, issued %s) is %s in a later source (%s: %s, issued %s); both are kept, and the series line takes the later figure",
				cf.Series, cf.Period, strconv.Quote(a.Label()), a.ID, quoteOf(a), c.issued(cf.a.Provenance[0].Source), strconv.Quote(b.Label()), b.ID, quoteOf(b), c.issued(cf.b.Provenance[0].Source))
			continue
		}
		l.addAt(pos, where, ErrConflict, "conflict: series %q, %s: %s (%s: %s) and %s (%s: %s) allow no common value; both are kept, as each source says",
			cf.Series, cf.Period, strconv.Quote(a.Label()), a.ID, quoteOf(a), strconv.Quote(b.Label()), b.ID, quoteOf(b))
	}
	l.Sort()
	return l
}

// quoteOf returns the first quote of ind, in quotation marks and the
// source's ID: `"…" in wh-2014`.
func quoteOf(ind *Indicator) string {
	if len(ind.Provenance) == 0 {
		return "no quote"
	}
	p := ind.Provenance[0]
	return strconv.Quote(clip(p.Quote)) + " in " + p.Source
}

// overlaps reports whether the intervals of two figures have a number in
// common: in floating point when the answer is clear by a margin, else
// exactly.
func overlaps(a, b *Indicator) bool {
	x, y := a.Quantity.IntervalFor(a.Unit), b.Quantity.IntervalFor(b.Unit)
	lo, hi := math.Max(x.Lo, y.Lo), math.Min(x.Hi, y.Hi)
	margin := 1e-9 * math.Max(math.Abs(lo), math.Abs(hi))
	if math.IsInf(margin, 0) || math.IsNaN(margin) {
		margin = 0
	}
	switch {
	case math.IsInf(lo, 0) || math.IsInf(hi, 0):
		if lo < hi {
			return true // one end open to infinity, the other finite above
		}
	case hi-lo > margin:
		return true
	case lo-hi > margin:
		return false
	}
	return exactInterval(a).overlaps(exactInterval(b))
}

// An exact interval is an Interval with decimal ends; nil is infinite.
type exactIv struct {
	lo, hi         *big.Rat
	loOpen, hiOpen bool
}

func ratOf(d Decimal) *big.Rat {
	r := new(big.Rat).SetInt64(d.Coef)
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(d.Exp))), nil)
	if d.Exp >= 0 {
		return r.Mul(r, new(big.Rat).SetInt(p))
	}
	return r.Quo(r, new(big.Rat).SetInt(p))
}

func abs32(x int32) int32 {
	if x < 0 {
		return -x
	}
	return x
}

func pow10Rat(e int32) *big.Rat { return ratOf(Decimal{Coef: 1, Exp: e}) }

// exactInterval is Quantity.IntervalFor in exact arithmetic.
func exactInterval(ind *Indicator) exactIv {
	q := ind.Quantity
	x := ratOf(q.Value)
	var iv exactIv
	switch q.Qualifier {
	case Approx:
		h := new(big.Rat).Mul(pow10Rat(q.Value.Exp), big.NewRat(1, 2))
		iv = exactIv{lo: new(big.Rat).Sub(x, h), hi: new(big.Rat).Add(x, h)}
	case Nearly:
		n := q.Value.normalize()
		e := n.Exp
		if n.Coef == 0 {
			e = q.Value.Exp
		}
		u := pow10Rat(e)
		if x.Sign() < 0 {
			iv = exactIv{lo: x, hi: new(big.Rat).Add(x, u), hiOpen: true}
		} else {
			iv = exactIv{lo: new(big.Rat).Sub(x, u), hi: x, loOpen: true}
		}
	case MoreThan:
		iv = exactIv{lo: x, loOpen: true, hiOpen: true}
	case AtLeast:
		iv = exactIv{lo: x, hiOpen: true}
	case UpTo:
		iv = exactIv{hi: x, loOpen: true}
	case LessThan:
		iv = exactIv{hi: x, loOpen: true, hiOpen: true}
	case Range:
		iv = exactIv{lo: ratOf(q.Low), hi: ratOf(q.High)}
	default:
		iv = exactIv{lo: x, hi: x}
	}
	if lo, _ := q.Ends(); ind.Unit.NonNegative() && lo >= 0 && (iv.lo == nil || iv.lo.Sign() < 0) {
		iv.lo, iv.loOpen = new(big.Rat), false
	}
	return iv
}

// overlaps reports whether a and b have a number in common.
func (a exactIv) overlaps(b exactIv) bool {
	// The intersection's lower end is the higher of the two, open if
	// either is open there; likewise its upper end.
	lo, loOpen := a.lo, a.loOpen
	switch {
	case b.lo == nil:
	case lo == nil:
		lo, loOpen = b.lo, b.loOpen
	default:
		switch b.lo.Cmp(lo) {
		case 1:
			lo, loOpen = b.lo, b.loOpen
		case 0:
			loOpen = loOpen || b.loOpen
		}
	}
	hi, hiOpen := a.hi, a.hiOpen
	switch {
	case b.hi == nil:
	case hi == nil:
		hi, hiOpen = b.hi, b.hiOpen
	default:
		switch b.hi.Cmp(hi) {
		case -1:
			hi, hiOpen = b.hi, b.hiOpen
		case 0:
			hiOpen = hiOpen || b.hiOpen
		}
	}
	if lo == nil || hi == nil {
		return true
	}
	switch lo.Cmp(hi) {
	case -1:
		return true
	case 0:
		return !loOpen && !hiOpen
	}
	return false
}

// seriesMeasure is the measure most points of an undeclared series
// hold, and the first point that holds it.
type seriesMeasure struct {
	measure MeasureKind
	by      string
}

// seriesMeasures returns, for each series of byID whose measure is not
// declared, the measure most of its points hold (the first point's where
// two are as many): a point of another measure is then the one told to
// change, not every point but the first (s34e-charities: one quarter
// written flow among counts drew a message on each of the others).
// Points whose own fields were refused do not count.
func (v *verifier) seriesMeasures(byID map[string]*Series) map[string]seriesMeasure {
	counts := map[string]map[MeasureKind]int{}
	firsts := map[string]map[MeasureKind]string{}
	order := map[string][]MeasureKind{} // each series' measures, by first point
	for i := range v.c.Indicators {
		ind := &v.c.Indicators[i]
		s, ok := byID[ind.Series]
		if !ok || s.MeasureSet || v.bad[ind.ID] {
			continue
		}
		if counts[s.ID] == nil {
			counts[s.ID], firsts[s.ID] = map[MeasureKind]int{}, map[MeasureKind]string{}
		}
		if _, ok := firsts[s.ID][ind.Measure]; !ok {
			firsts[s.ID][ind.Measure] = ind.ID
			order[s.ID] = append(order[s.ID], ind.Measure)
		}
		counts[s.ID][ind.Measure]++
	}
	most := map[string]seriesMeasure{}
	for id, n := range counts {
		var best seriesMeasure
		for _, m := range order[id] {
			if best.by == "" || n[m] > n[best.measure] {
				best = seriesMeasure{m, firsts[id][m]}
			}
		}
		most[id] = best
	}
	return most
}

// undeclaredClashes tells, after the series list an undeclared series
// message offers, which of its ids another item of the catalog holds
// already (ids: each id and what holds it), so that pasting the list is
// not refused next as a duplicate id (s34e-dental: seven series named
// as their views): a view is renamed (nothing refers to a view), any
// other item's id is left to it and the series takes another on its
// points. It is "" where no id clashes.
func undeclaredClashes(order []string, ids map[string]string) string {
	var views, views2, others []string
	for _, id := range order {
		prev, ok := ids[id]
		switch {
		case !ok:
		case strings.HasPrefix(prev, "view "):
			views = append(views, strconv.Quote(id))
			views2 = append(views2, "id: "+id+"-chart")
		default:
			others = append(others, fmt.Sprintf("%q (already used by %s)", id, prev))
		}
	}
	var out string
	if len(views) > 0 {
		out += fmt.Sprintf("; %s already name views, and series and views share one id space: rename the views first (%s)", strings.Join(views, ", "), strings.Join(views2, ", "))
		if len(views) == 1 {
			out = strings.Replace(out, "already name views", "already names a view", 1)
			out = strings.Replace(out, "rename the views", "rename the view", 1)
		}
	}
	if len(others) > 0 {
		out += fmt.Sprintf("; %s: give such a series an id of its own, here and on its points", strings.Join(others, ", "))
	}
	return out
}

// seriesUnitWord names a unit for a series message.
func seriesUnitWord(u Unit) string {
	if u.Kind == Rank {
		return "rank"
	}
	return unitWord(u)
}

// verifySeries checks the series, the indicators' series fields and the
// series views: known IDs, one unit and one measure per series, a stated
// period for every point.
func (v *verifier) verifySeries(ids map[string]string) {
	c := v.c
	byID := make(map[string]*Series, len(c.Series))
	clashed := map[string]bool{}
	var all []string
	for i := range c.Series {
		s := &c.Series[i]
		key := "series/" + s.ID
		where := "series " + strconv.Quote(s.ID)
		if s.ID == "" {
			v.add(key, fmt.Sprintf("series %d", i+1), ErrMissing, "series has no id")
			continue
		}
		if !v.decoded && !idPattern.MatchString(s.ID) {
			v.add(key, where, ErrValue, "series id %q is not a slug: write lower-case letters, digits and hyphens, like %q", s.ID, slugify(s.ID))
		}
		if prev, dup := ids[s.ID]; dup {
			fix := "give each series its own id"
			if strings.HasPrefix(prev, "view ") {
				fix = fmt.Sprintf("rename the view (id: %s-chart), or give the series another id, here and on its points", s.ID)
			}
			v.add(key+"/id", where, ErrDuplicateID, "duplicate id %q (already used by %s): %s", s.ID, prev, fix)
			if _, twice := byID[s.ID]; twice {
				continue
			}
			// An id another kind of item uses: the series still stands,
			// so that its points are not reported too.
			clashed[s.ID] = true
		}
		ids[s.ID] = "series " + strconv.Quote(s.ID)
		byID[s.ID] = s
		all = append(all, s.ID)
	}
	// The unit and measure of each series: declared, or its first point's.
	type first struct {
		unit    Unit
		measure MeasureKind
		by, mBy string // the indicators that set them, or "" if declared
		hasUnit bool
		hasMeas bool
		points  int
	}
	seen := make(map[string]*first, len(byID))
	for id, s := range byID {
		seen[id] = &first{unit: s.Unit, hasUnit: !s.Unit.IsZero(), measure: s.Measure, hasMeas: s.MeasureSet}
	}
	// Series no declared one is near, each with its points: one message
	// for them all (a catalog that names its series only on its points
	// needs one "series:" list, not a message a point).
	undeclared := map[string][]*Indicator{}
	var order []string
	most := v.seriesMeasures(byID)
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Series == "" {
			continue
		}
		key := "indicators/" + ind.ID + "/series"
		where := fmt.Sprintf("indicator %q", ind.ID)
		s, ok := byID[ind.Series]
		if !ok {
			if h := suggest(ind.Series, all); h != "" {
				v.add(key, where, ErrDangling, "series %q is not in the catalog's series: did you mean %q?", ind.Series, h)
			} else {
				if _, seen := undeclared[ind.Series]; !seen {
					order = append(order, ind.Series)
				}
				undeclared[ind.Series] = append(undeclared[ind.Series], ind)
			}
			continue
		}
		f := seen[s.ID]
		f.points++
		if v.bad[ind.ID] {
			// A field of the point was refused (a malformed period,
			// an unknown measure): reported there, not again here.
			continue
		}
		if !ind.Period.IsStated() {
			v.add(key, where, ErrMissing, "indicator %q is a point of series %q but its period is not stated: a point needs the year or date it is for; write it in \"period\", or remove \"series\"", ind.ID, s.ID)
		}
		from := func(by string) string {
			if by == "" {
				return fmt.Sprintf("series %q", s.ID)
			}
			return fmt.Sprintf("series %q (from its point %q)", s.ID, by)
		}
		switch {
		case !f.hasUnit:
			f.unit, f.hasUnit, f.by = ind.Unit, true, ind.ID
		case !sameUnit(f.unit, ind.Unit) && !sameRate(f.unit, ind.Unit):
			fix := "put it in a series of its own"
			if ind.Unit.IsZero() || ind.Unit.Kind == f.unit.Kind && ind.Unit.Kind != Money || ind.Unit.Kind == NoUnit && ind.Unit.Name == "" {
				// One thing written two ways ("deaths per million" and
				// "death per million population"), or a bare figure whose
				// noun the document gave once: the series' unit is the fix.
				fix = fmt.Sprintf("write unit: %s to match (or, if it measures something else, put it in a series of its own)", f.unit)
			}
			if f.unit.IsZero() && f.by != "" {
				fix = fmt.Sprintf("give %q unit: %s too (or, if it measures something else, put this point in a series of its own)", f.by, ind.Unit)
			} else if first, ok := v.c.Indicator(f.by); ok && ind.Unit.Kind == Count && f.unit.Kind == Count && first.Stated != "" &&
				strings.HasSuffix(ind.Unit.Name, " "+f.unit.Name) && statedUnitAllows(first.Stated, first.Unit, ind.Unit) {
				// "18,484 gaming machines" read as machine beside unit:
				// gaming machine (s20n-gambling): the first point's own
				// words write the longer unit, the document's.
				fix = fmt.Sprintf("give %q unit: %s, which its stated words %q write (or write unit: %s here)", f.by, ind.Unit, first.Stated, f.unit)
				if _, own, err := statedAs(ind.Stated, ind.Measure); ind.Stated != "" && err == nil && own == f.unit && !statedUnitAllows(ind.Stated, own, ind.Unit) {
					// "680 dissolutions" beside "525 civil partnership
					// dissolutions" (s35f-divorces): this point's own words
					// do not write the longer unit, which would be refused
					// next; the shorter unit fits both.
					fix = fmt.Sprintf("write unit: %s here, which its stated words %q count (they do not write all of %q)", f.unit, ind.Stated, ind.Unit.Name)
				}
			}
			v.add(key, where, ErrMismatch, "indicator %q is in %s, whose unit is %s, but its own unit is %s: the points of a series have one unit (the scale word may differ); %s",
				ind.ID, from(f.by), seriesUnitWord(f.unit), seriesUnitWord(ind.Unit), fix)
			continue
		}
		if !f.hasMeas {
			f.measure, f.hasMeas, f.mBy = most[s.ID].measure, true, most[s.ID].by
		}
		if f.measure != ind.Measure {
			v.add("indicators/"+ind.ID+"/measure", where, ErrMismatch, "indicator %q is a %s but %s holds %ss: the points of a series have one measure; write measure: %s to match, or put it in a series of its own",
				ind.ID, ind.Measure, from(f.mBy), f.measure, f.measure)
		}
	}
	if len(order) > 0 {
		held := ids
		first := undeclared[order[0]][0]
		var ids, stubs []string
		for _, id := range order {
			ids = append(ids, strconv.Quote(id))
			stubs = append(stubs, fmt.Sprintf("{id: %s, title: %s}", id, strconv.Quote(undeclared[id][0].Title)))
		}
		var points []string
		for _, id := range order {
			for _, ind := range undeclared[id] {
				points = append(points, ind.ID)
			}
		}
		what := fmt.Sprintf("series %s is", ids[0])
		if len(ids) > 1 {
			what = fmt.Sprintf("%d series (%s) are", len(ids), strings.Join(ids, ", "))
		}
		fix := fmt.Sprintf("declare it in a top-level \"series:\" list (each title is its first point's: write the series' own where it differs): write series: [%s]", strings.Join(stubs, ", "))
		if len(all) > 0 {
			fix = fmt.Sprintf("add to the top-level \"series:\" list (which holds %s) the items %s (each title is its first point's: write the series' own where it differs)", strings.Join(clipList(all), ", "), strings.Join(stubs, ", "))
		}
		if len(ids) > 1 {
			fix = strings.Replace(fix, "declare it", "declare them", 1)
		}
		fix += undeclaredClashes(order, held)
		by := "indicator"
		if len(points) > 1 {
			by = "indicators"
		}
		v.add("indicators/"+first.ID+"/series", fmt.Sprintf("indicator %q", first.ID), ErrDangling, "%s not in the catalog's series, named by %s %s: %s",
			what, by, quotedList(points, len(points)), fix)
	}
	for _, id := range all {
		if seen[id].points == 0 && !clashed[id] {
			v.add("series/"+id, "series "+strconv.Quote(id), ErrMissing, "series %q has no points: add \"series: %s\" to the indicators that state it, or remove the series", id, id)
		}
	}
	for i := range c.Views {
		vw := &c.Views[i]
		key := "views/" + vw.ID
		where := "view " + strconv.Quote(vw.ID)
		if vw.Kind != SeriesKind {
			if len(vw.Series) > 0 {
				v.add(key+"/series", where, ErrValue, "view %q of kind %s lists series: write \"kind: series\", or list indicators", vw.ID, vw.Kind)
			}
			continue
		}
		if len(vw.Series) == 0 && (!v.decoded || c.position(key+"/series").IsValid()) {
			// (A file without the field was told so while loading.)
			v.add(key, where, ErrMissing, "view %q of kind series draws no series: list their ids under \"series\"", vw.ID)
		}
		var u Unit
		uBy := ""
		for j, id := range vw.Series {
			f, ok := seen[id]
			if _, told := undeclared[id]; !ok && told {
				continue // told with its points
			}
			if !ok {
				hint := ""
				if h := suggest(id, all); h != "" {
					hint = fmt.Sprintf(": did you mean %q?", h)
				}
				v.add(fmt.Sprintf("%s/series/%d", key, j), where, ErrDangling, "view %q draws %q, which is not a series%s", vw.ID, id, hint)
				continue
			}
			if !f.hasUnit {
				continue
			}
			if uBy == "" {
				u, uBy = f.unit, id
				continue
			}
			if !u.SharesAxis(f.unit) {
				v.add(fmt.Sprintf("%s/series/%d", key, j), where, ErrMismatch, "view %q draws series %q in %s and %q in %s: a series chart has one axis; draw them in two views",
					vw.ID, uBy, seriesUnitWord(u), id, seriesUnitWord(f.unit))
			}
		}
	}
}

// clipList keeps the first ten words of a list for a message.
func clipList(w []string) []string {
	if len(w) > 10 {
		return append(append([]string(nil), w[:10]...), "…")
	}
	return w
}
