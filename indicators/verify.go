package indicators

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Verify checks the whole catalog and returns every problem as an
// ErrorList, or nil. For each provenance it checks that the source text's
// SHA-256 is the pinned one, that the quote is at its span (and where it is
// now if it moved), that the section headings stand above it, and that the
// figure the indicator states is in the quote and agrees with its Quantity
// and Unit. It also checks IDs, references, derived formulas and chart
// views, and the rules Load applies to what a file holds: a url is an http
// or https address with a host, and every string (quotes included, source
// texts not) holds only characters XML 1.0 can carry (see CheckText). Load
// runs Verify on every catalog it reads. A message shows what a source text
// says at a span only when the text's sha256 is pinned and matched.
//
// A provenance whose Span is {-1, -1} has its quote looked up, and the span
// filled in, when the quote occurs exactly once.
func (c *Catalog) Verify() error {
	var errs ErrorList
	c.verify(&errs, nil, false)
	errs.Sort()
	return errs.Err()
}

// QuoteNotices returns a notice for each quote the catalog typed with other
// typography than its source's (' for ’, - for –), which Verify accepted
// and replaced with the source's characters: where it stands, and the
// quote to write instead, "write quote: \"…\"". A section heading typed
// so gets one too, with the section to write in the text's characters
// ("write section: [\"Waste – 2023\"]"). The notices are of kind
// ErrVerbatim; none is an error of the catalog. Call it after Verify (Load
// verifies). It also gives, of kind ErrMismatch, the notices of
// nounNotices: a counted noun given apart that the quote's noun after the
// figure contradicts, and of kind ErrValue those of baseNotices: a base
// given to a figure that is no change, and a change with no base whose
// sentence names one, and those of measureNotices: a measure its quote
// plainly contradicts; and of kind ErrMismatch those of titleNotices: a
// count whose stated repeats its title; and of kind ErrMismatch those of
// yearAcrossNotices: a period "2009-10" read as October 2009 where the
// source writes it as a year across two; of greatBritainNotices: GB whose
// quote writes "GB" beside Northern Ireland, Great Britain (GB-GBN); of
// yearFormNotices: one series writing its years across two both ways
// ("2012-13" beside "2020/21"); of kind ErrValue those of
// titleSpanNotices: a title that says its span again ("over the decade");
// and of kind ErrMismatch those of indexNotices: an index level with no
// unit index, or with no base where the text gives its reference; and
// those of placeNotices (a place or period left out, a source updated
// with no date issued), rateNotices (a rate the quote says and the
// catalog drops) and scaleNotices (a figure compared with one of its
// unit that writes a scale word it lacks). One
// quote typed alike under several indicators is one notice, "and 2 more
// quotes typed alike".
func (c *Catalog) QuoteNotices() ErrorList {
	l := c.nounNotices()
	l = append(l, c.countNotices()...)
	l = append(l, c.baseNotices()...)
	l = append(l, c.measureNotices()...)
	l = append(l, c.statusNotices()...)
	l = append(l, c.shareNotices()...)
	l = append(l, c.titleNotices()...)
	l = append(l, c.yearAcrossNotices()...) // fixL_periodnotice.go
	l = append(l, c.greatBritainNotices()...)
	l = append(l, c.yearFormNotices()...)
	l = append(l, c.titleSpanNotices()...)
	l = append(l, c.titlePeriodNotices()...)
	l = append(l, c.indexNotices()...)
	l = append(l, c.abbreviationNotices()...)
	l = append(l, c.placeNotices()...)
	l = append(l, c.rateNotices()...)
	l = append(l, c.scaleNotices()...)
	l = append(l, c.statedLineNotices()...)
	l = append(l, c.bracketNotices()...)
	l = append(l, c.unitPartNotices()...)
	l = append(l, c.newnessNotices()...)
	l = append(l, c.changeUnitNotices()...)
	l = append(l, c.changeRateNotices()...)
	l = append(l, c.baseGrainNotices()...)
	l = append(l, c.statedTotalNotices()...)
	l = append(l, c.listPartsNotices()...)
	l = append(l, c.yearLaterNotices()...)
	l = append(l, c.partRateNotices()...)
	l = append(l, c.columnPeriodNotices()...)
	l = append(l, c.titleDateNotices()...)
	l = append(l, c.silentPassNotices()...)
	// One notice for one quote typed alike under several indicators (a
	// sentence that states three figures), naming the others.
	type typedAlike struct {
		e   *Error
		ids []string
	}
	typed := map[[3]string]*typedAlike{} // source, typed, quote
	var alike []*typedAlike
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		for j, p := range ind.Provenance {
			if p.Typed == "" || p.Typed == p.Quote {
				continue
			}
			k := [3]string{p.Source, p.Typed, p.Quote}
			if t, seen := typed[k]; seen {
				t.ids = append(t.ids, ind.ID)
				continue
			}
			key := fmt.Sprintf("indicators/%s/provenance/%d/quote", ind.ID, j)
			where := fmt.Sprintf("indicator %q, provenance %d", ind.ID, j+1)
			pos := c.position(key)
			if pos.IsValid() {
				where = ""
			}
			l.addAt(pos, where, ErrVerbatim, "quote differs from source %q in typography (%s): write quote: %s",
				p.Source, typographyDiff(p.Typed, p.Quote), strconv.Quote(p.Quote))
			typed[k] = &typedAlike{e: l[len(l)-1]}
			alike = append(alike, typed[k])
		}
	}
	for _, t := range alike {
		if n := len(t.ids); n > 0 {
			noun := "quotes"
			if n == 1 {
				noun = "quote"
			}
			t.e.Msg += fmt.Sprintf("; and %d more %s typed alike (indicators %s)", n, noun, quotedList(t.ids, n))
		}
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		for j, p := range ind.Provenance {
			src, ok := c.Source(p.Source)
			if len(p.Section) == 0 || !ok || p.Span.Start < 0 || p.Span.Start > len(src.Text) {
				continue
			}
			exact, bad, _ := matchSection(src.Text[:p.Span.Start], p.Section)
			if msg := repeatedHeading(src.Text, p, exact, bad); msg != "" {
				key := fmt.Sprintf("indicators/%s/provenance/%d/section", ind.ID, j)
				pos := c.positionNear(key)
				where := fmt.Sprintf("indicator %q, provenance %d", ind.ID, j+1)
				if pos.IsValid() {
					where = ""
				}
				l.addAt(pos, where, ErrNote, "%s", msg) // the first heading may be the one meant: nothing to clear
			}
			if bad >= 0 || slices.Equal(exact, p.Section) {
				continue
			}
			key := fmt.Sprintf("indicators/%s/provenance/%d/section", ind.ID, j)
			where := fmt.Sprintf("indicator %q, provenance %d", ind.ID, j+1)
			pos := c.positionNear(key)
			if pos.IsValid() {
				where = ""
			}
			k := 0
			for exact[k] == p.Section[k] {
				k++
			}
			l.addAt(pos, where, ErrVerbatim, "section heading %q is not in source %q as written, only in other typography (%s): write section: %s",
				p.Section[k], p.Source, typographyDiff(p.Section[k], exact[k]), "["+quotedList(exact, len(exact))+"]")
		}
	}
	l.Sort()
	return l
}

// repeatedHeading says, for a quote that its source repeats, under a
// section whose last heading stands at the start of more than one line
// (a bulletin's "Key results" at its top and again in section 1), which
// of those headings the section took and where the others stand, or "":
// the first is taken silently, and a user who meant another needs the
// heading above it.
func repeatedHeading(text string, p Provenance, exact []string, bad int) string {
	if bad >= 0 || len(exact) == 0 || strings.Count(foldString(text), foldString(p.Quote)) < 2 {
		return ""
	}
	h := exact[len(exact)-1]
	var lines []int
	for off := 0; off < len(text); {
		i := lineStartIndex(text[off:], h)
		if i < 0 {
			break
		}
		lines = append(lines, 1+strings.Count(text[:off+i], "\n"))
		off += i + len(h)
	}
	if len(lines) < 2 {
		return ""
	}
	taken := 1 + strings.Count(text[:p.Span.Start], "\n")
	if taken > lines[1] {
		return "" // the section led to a later one: said on purpose
	}
	var others []string
	for _, n := range lines[1:] {
		others = append(others, strconv.Itoa(n))
	}
	above := "<the heading above it>"
	if a := numberedHeadingBefore(text, lines[1]); a != "" {
		above = a
	}
	return fmt.Sprintf("section heading %q stands at lines %d and %s of source %q; the quote at line %d is taken under the first: to mean the one at line %d, write section: [%q, %q]",
		h, lines[0], strings.Join(others, ", "), p.Source, taken, lines[1], above, h)
}

// numberedHeadingBefore returns the nearest line above line n (1-based)
// of text that is a numbered heading ("1. Incident summary"), or "".
func numberedHeadingBefore(text string, n int) string {
	lines := strings.Split(text, "\n")
	for i := min(n-2, len(lines)-1); i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		mark, rest, ok := strings.Cut(l, " ")
		if ok && len(l) <= 80 && headingMark.MatchString(mark) && mark[0] >= '0' && mark[0] <= '9' && rest != "" {
			return l
		}
	}
	return ""
}

// typographyDiff names the first characters typed differently from the
// source: `"'" for "’"`.
func typographyDiff(typed, exact string) string {
	var seen []string
	t, e := []rune(typed), []rune(exact)
	for i := 0; i < len(t) && i < len(e); i++ {
		if t[i] != e[i] {
			d := strconv.Quote(string(t[i])) + " for " + strconv.Quote(string(e[i]))
			if e[i] == '\n' {
				// Where the text breaks its line, by the word before.
				d = fmt.Sprintf("%q for the line break after %q", string(t[i]), lastWord(string(e[:i])))
			}
			if !slices.Contains(seen, d) {
				seen = append(seen, d)
			}
		}
	}
	if len(seen) == 0 {
		return "spacing"
	}
	return strings.Join(seen, ", ")
}

// Locate fills the span of every provenance whose quote occurs exactly once
// in its source text, and puts the source's own characters in the quote
// (keeping what was typed in Typed, as Load does), leaving the others as
// they are; it helps catalogs built in Go, whose authors know the quote
// but not its offsets. Verify never changes a catalog.
func (c *Catalog) Locate() {
	for i := range c.Indicators {
		for j := range c.Indicators[i].Provenance {
			p := &c.Indicators[i].Provenance[j]
			if s, ok := c.Source(p.Source); ok {
				if at, n := findQuote(s.Text, p.Quote); n == 1 {
					p.Span = at
					if exact := s.Text[at.Start:at.End]; exact != p.Quote {
						if p.Typed == "" {
							p.Typed = p.Quote
						}
						p.Quote = exact
					}
				}
			}
		}
	}
}

// verifier carries per-source state through one verification.
type verifier struct {
	c      *Catalog
	errs   *ErrorList
	hashOK map[string]bool
	// noText holds the sources without a text already reported: one
	// message on the source, not one per quote.
	noText map[string]bool
	// decoded says Load has checked each field while decoding: what a
	// file may hold (characters, URLs) and each item's structure.
	decoded bool
	// bad holds the indicators Load refused a field of: a view check
	// reads no measure from them ("measure: growth" is reported once, on
	// the measure, not again on the view that draws it).
	bad map[string]bool
	// sections holds the first message of each section heading refused
	// for one cause, with the quotes it stood over: one message, "and
	// N more quotes", not one per quote (a YAML flow list split at a
	// heading's comma refuses every quote under it).
	sections causeFold
}

// addOnce adds the message of cause, or, met before, counts it on the
// first message: "…; and 8 more quotes".
func (v *verifier) addOnce(cause, key, where string, kind error, format string, args ...any) {
	v.sections.add(v.errs, cause, func() { v.add(key, where, kind, format, args...) })
}

func (v *verifier) add(key, where string, kind error, format string, args ...any) {
	pos := v.c.positionNear(key)
	if pos.IsValid() {
		where = ""
	}
	v.errs.addAt(pos, where, kind, format, args...)
}

// verify runs every check; decoded says Load has already checked each
// item's fields while decoding, so only cross-checks and provenance remain.
func (c *Catalog) verify(errs *ErrorList, bad map[string]bool, decoded bool) {
	if bad == nil {
		bad = map[string]bool{}
	}
	v := &verifier{c: c, errs: errs, hashOK: map[string]bool{}, noText: map[string]bool{}, decoded: decoded, bad: bad}
	if !decoded {
		// The rules Load applies while decoding, for catalogs built in Go.
		v.chars()
		for _, s := range c.Sources {
			if err := CheckURL(s.URL); s.URL != "" && err != nil {
				v.add("sources/"+s.ID, "source "+strconv.Quote(s.ID), ErrValue, "%v", err)
			}
		}
	}
	ids := map[string]string{} // id → what it names
	claim := func(key, where, id, what string) {
		if id == "" {
			return
		}
		if prev, dup := ids[id]; dup {
			v.add(key+"/id", where, ErrDuplicateID, "duplicate id %q (already used by %s): give each %s its own id", id, prev, what)
			return
		}
		ids[id] = what + " " + strconv.Quote(id)
	}
	// The book names each figure by its id folded (NameOfID), a range's
	// ends by the name with _LOW and _HIGH: two ids must not fold alike.
	named := map[string]string{} // name → id
	name := func(key, where, id string) {
		q, _, _, ok := v.figure(id)
		n := NameOfID(id)
		for _, k := range []string{n, n + "_LOW", n + "_HIGH"} {
			if prev, clash := named[k]; clash && prev != id {
				v.add(key+"/id", where, ErrDuplicateID, "ids %q and %q are both named %s in the book, which keeps letters and digits only, in upper case: write id: %s-2, or another id that differs in a letter or digit", prev, id, k, id)
				return
			}
			if k == n && !(ok && q.IsRange()) {
				break
			}
		}
		named[n] = id
		if ok && q.IsRange() {
			named[n+"_LOW"], named[n+"_HIGH"] = id, id
		}
	}
	srcIDs := map[string]bool{}
	for i := range c.Sources {
		s := &c.Sources[i]
		key := "sources/" + s.ID
		if srcIDs[s.ID] {
			v.add(key, "source "+strconv.Quote(s.ID), ErrDuplicateID, "duplicate source id %q: give each source its own id", s.ID)
		}
		srcIDs[s.ID] = true
		if !s.Issued.IsZero() && !s.Updated.IsZero() && s.Updated.before(s.Issued) {
			v.add(key, "source "+strconv.Quote(s.ID), ErrValue, "source %q is updated %s, before it was issued %s: write the page's \"Published\" date as issued and its \"Updated\" date as updated", s.ID, s.Updated, s.Issued)
		}
		if s.Text == "" {
			continue
		}
		sum := sha256.Sum256([]byte(s.Text))
		got := hex.EncodeToString(sum[:])
		switch {
		case s.SHA256 == "":
			if !decoded {
				v.add(key, "source "+strconv.Quote(s.ID), ErrHash, "source %q has no SHA256: pin its text with %q", s.ID, got)
			}
		case len(s.SHA256) != 64 && decoded:
			// malformed; reported while loading
		case s.SHA256 != got:
			v.add(key+"/sha256", "source "+strconv.Quote(s.ID), ErrHash, "the text of source %q has sha256 %s, not the pinned %s: the text changed; restore the original, or if the change is intended re-check every quote and write sha256: %s", s.ID, got, s.SHA256, got)
		default:
			v.hashOK[s.ID] = true
		}
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		key := "indicators/" + ind.ID
		where := "indicator " + strconv.Quote(ind.ID)
		if ind.ID == "" {
			v.add(key, fmt.Sprintf("indicator %d", i+1), ErrMissing, "indicator has no id")
		}
		claim(key, where, ind.ID, "indicator")
		name(key, where, ind.ID)
		if bad[ind.ID] {
			v.provenance(ind, key, where, false)
			continue
		}
		if !decoded {
			v.structure(ind, where)
		}
		v.unitNamed(ind, key, where)
		v.populationBase(ind, key, where)
		v.monthOrSplit(ind, key, where)
		v.provenance(ind, key, where, true)
	}
	v.bareRates()
	for i := range c.Derived {
		d := &c.Derived[i]
		key := "derived/" + d.ID
		where := "derived " + strconv.Quote(d.ID)
		claim(key, where, d.ID, "derived indicator")
		name(key, where, d.ID)
		dangling := false
		for j, in := range d.Inputs {
			_, isInd := c.Indicator(in)
			_, isDer := c.DerivedIndicator(in)
			if !isInd && !isDer {
				dangling = true
				v.add(fmt.Sprintf("%s/inputs/%d", key, j), where, ErrDangling, "input %q is not the id of an indicator or derived indicator%s", in, v.suggestID(in))
			}
		}
		if len(d.Inputs) == 0 {
			v.add(key, where, ErrMissing, "derived indicator %q has no inputs: list the ids it is computed from", d.ID)
			continue
		}
		for _, in := range d.Inputs {
			dangling = dangling || bad[in]
		}
		if !dangling && d.Op != 0 {
			if _, err := c.Compute(d.ID); err != nil {
				v.add(key+"/inputs", where, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
			}
		}
	}
	for i := range c.Views {
		vw := &c.Views[i]
		key := "views/" + vw.ID
		where := "view " + strconv.Quote(vw.ID)
		claim(key, where, vw.ID, "view")
		if vw.Kind == SeriesKind {
			if len(vw.Indicators) > 0 {
				v.add(key, where, ErrValue, "view %q of kind series draws series, not indicators: list series ids under \"series\" and remove \"indicators\"", vw.ID)
			}
			continue // checked by verifySeries
		}
		if len(vw.Indicators) == 0 {
			v.add(key, where, ErrMissing, "view %q shows no indicators: list their ids under \"indicators\"", vw.ID)
		}
		for j, in := range vw.Indicators {
			_, isInd := c.Indicator(in)
			_, isDer := c.DerivedIndicator(in)
			if !isInd && !isDer {
				v.add(fmt.Sprintf("%s/indicators/%d", key, j), where, ErrDangling, "view %q shows %q, which is not an indicator or derived indicator%s", vw.ID, in, v.suggestID(in))
			}
		}
		v.viewDraws(vw, key, where)
	}
	v.verifySeries(ids)
}

// viewDraws checks that a view's kind can draw its figures, so that what
// verify passes, build builds: a part of a whole shows one percentage of
// at least 0, a headline card one figure, and a bar no negative figure
// with an open end, "nearly" or "more than" (that end would be drawn at
// the 0 end; "down about 1 percent" is a fall like any).
func (v *verifier) viewDraws(vw *ChartView, key, where string) {
	switch n := len(vw.Indicators); {
	case vw.Kind == PartOfWhole && n > 1:
		if !v.composition(vw, key, where) {
			return
		}
	case vw.Kind == Headline && n > 1:
		v.add(key+"/indicators", where, ErrValue, "view %q of kind headline shows one figure, not %d: make a headline view for each, or write kind: bars", vw.ID, n)
		return
	}
	if vw.Kind == Bars || vw.Kind == RangeChart {
		if !v.viewMixesChanges(vw, key, where) && !v.viewMixesQuantities(vw, key, where) {
			// A view of the changes apart may share one axis.
			v.viewMixesUnits(vw, key, where)
		}
	}
	// The bars draw a fall below zero as the charts sign it (SignedMoves).
	var qs []Quantity
	var sts []Status
	for _, id := range vw.Indicators {
		if q, _, st, ok := v.figure(id); ok {
			qs, sts = append(qs, q), append(sts, st)
		}
	}
	signed := SignedMoves(qs, sts)
	for j, id := range vw.Indicators {
		q, u, _, ok := v.figure(id)
		if !ok || v.bad[id] {
			continue // a refused stated or unit is reported there, not again on the view
		}
		lo, hi := q.Ends()
		if signed {
			lo, hi = q.SignedEnds()
		}
		at := fmt.Sprintf("%s/indicators/%d", key, j)
		switch {
		case vw.Kind == PartOfWhole && u.Kind != Percent:
			v.add(at, where, ErrValue, "view %q of kind part_of_whole shows a percentage, and %q is in %s: write kind: bars or headline", vw.ID, id, unitWord(u))
		case vw.Kind == PartOfWhole && lo < 0:
			v.add(at, where, ErrValue, "view %q of kind part_of_whole cannot show the negative %q: write kind: bars or headline", vw.ID, id)
		case (vw.Kind == Bars || vw.Kind == RangeChart) && hi < 0 && q.Qualifier.OpenEnd() && u.Kind != Rank:
			v.add(at, where, ErrValue, "view %q of kind %s cannot yet draw the negative %q with its open end (%s): %s", vw.ID, vw.Kind, id, q.Qualifier.Word(), ownView(vw, id, Headline))
		case (vw.Kind == Bars || vw.Kind == RangeChart) && signed && q.Direction == Either:
			v.add(at, where, ErrValue, "view %q draws %q, a move either way, beside rises and falls: it has no side of zero to be drawn on; %s", vw.ID, id, ownView(vw, id, Bars))
		}
	}
}

// ownView is the advice that draws id of view vw in a view of its own
// of kind k: the kind alone where vw shows id alone.
func ownView(vw *ChartView, id string, k ChartKind) string {
	if len(vw.Indicators) == 1 {
		return "write kind: " + k.String()
	}
	return fmt.Sprintf("take %q out of this view's indicators and give it a view of its own: kind: %s, indicators: [%s]", id, k, id)
}

// composition checks a part_of_whole view of several shares, drawn as
// the parts of one whole, by the rule the charts draw them by
// (Catalog.PartsOfWhole): stated shares of one period and place, or
// derived shares of one whole (formula: share, the same divisor for
// each), which is how a whole stated as a count with its parts as counts
// is drawn ("23,872 insolvencies comprising 18,840 CVLs, 3,230 …";
// domestic and international passengers of the systemwide total), of one
// period, summing to at most 100 percent.
//
// Counts themselves, a mix of stated and derived shares, or derived
// shares of two wholes or periods are refused, with what to write. It
// reports what stops them being parts of one whole, and says whether the
// per-figure checks should follow.
func (v *verifier) composition(vw *ChartView, key, where string) bool {
	if n := len(vw.Indicators); n > 6 {
		// The charts tell parts apart by the six colours of their palette.
		v.add(key+"/indicators", where, ErrValue, "view %q of kind part_of_whole draws the parts of one whole, at most 6 told apart by colour, not %d: write kind: bars", vw.ID, n)
		return false
	}
	_, err := v.c.PartsOfWhole(vw.Indicators)
	var pe *PartsError
	if !errors.As(err, &pe) {
		return true
	}
	problem := pe.Problem
	if ind, ok := v.c.Indicator(pe.NotShare); ok {
		problem += ": " + v.partsAdvice(vw, ind)
	}
	v.add(key+"/indicators", where, ErrValue, "view %q of kind part_of_whole draws the parts of one whole, and %s", vw.ID, problem)
	return false
}

// partsAdvice says what to write for a part_of_whole view that lists ind,
// no share: for a count or an amount (of one measure kind with the view's
// other figures), a derived share of the whole for each part, the whole
// named where the view lists a figure in ind's unit, of its period and
// place, as large as two or more others together ("23,872 insolvencies"
// of its five types); else shares only, or bars.
func (v *verifier) partsAdvice(vw *ChartView, ind *Indicator) string {
	const plain = "list shares only, or write kind: bars"
	if ind.Unit.Kind != Count && ind.Unit.Kind != Money && ind.Unit.Kind != Measure {
		return plain
	}
	for _, id := range vw.Indicators {
		// Amounts of two kinds (a trade flow and an investment stock)
		// are no parts of one whole.
		if o, ok := v.c.Indicator(id); ok && o.Measure != ind.Measure {
			return plain
		}
	}
	whole, wholeLo, all, n := "", 0.0, 0.0, 0
	other := "" // the first comparable figure that is not the largest
	for _, id := range vw.Indicators {
		o, ok := v.c.Indicator(id)
		if !ok || o.Unit != ind.Unit || o.Period != ind.Period || !slices.Equal(o.Entities, ind.Entities) {
			continue
		}
		lo, _ := o.Quantity.Ends()
		all += lo
		n++
		if whole == "" || lo > wholeLo {
			if whole != "" && other == "" {
				other = whole
			}
			whole, wholeLo = id, lo
		} else if other == "" {
			other = id
		}
	}
	if n < 2 || 2*wholeLo < all {
		whole = "" // no figure as large as two or more others together
	}
	part, unsure := ind.ID, ""
	if whole == ind.ID {
		part = cmp.Or(other, "<part>")
	}
	switch {
	case whole == "":
		whole = "<the whole>"
	case n == 2:
		// Two figures: the larger may be their whole ("3,724,646
		// procedures", "778,759 were fish") or another part.
		unsure = fmt.Sprintf(", where %s is the whole %s is part of; else inputs: [%s, <the whole>]", whole, part, part)
	}
	return fmt.Sprintf("a part_of_whole view draws shares; for parts stated as amounts, derive each part's share of the whole (derived: formula: share, inputs: [%s, %s]%s) and list those shares (the whole itself not among them), or write kind: bars", part, whole, unsure)
}

// viewMixesChanges reports a bars or range view that draws a change beside
// figures that are no changes: "adding $1.3 billion" as a bar beside the
// $23.5 billion it was added to reads as an amount of its own. Changes are
// drawn with changes, levels and flows with their kind. It reports
// whether it found one.
func (v *verifier) viewMixesChanges(vw *ChartView, key, where string) bool {
	change, other := "", ""
	for _, id := range vw.Indicators {
		ind, ok := v.c.Indicator(id)
		switch {
		case !ok || v.bad[id]:
		case ind.Measure == Change && change == "":
			change = id
		case ind.Measure != Change && other == "":
			other = id
		}
	}
	if change == "" || other == "" {
		return false
	}
	v.add(key+"/indicators", where, ErrValue, "view %q draws the change %q beside %q, which is no change: a bar of a change reads as an amount of its own; make a view of the changes apart", vw.ID, change, other)
	return true
}

// viewMixesQuantities reports a bars or range view whose bars, on one
// axis, are no one quantity: a count of a flow (counted over its period)
// beside a count of a stock (counted at a date), a change of the one beside a change of the
// other (a change's kind is that of the figure its quote states it of:
// "40,000 new applications, up 5,100" is a flow's), or bars over time
// whose counted noun changes with the period ("licences" in 1982 and
// 1983, "dogs" in 1984) with no period holding both. Bars of kinds or
// places of one period ("emergency calls" beside "patient journeys") are
// one view's. It reports whether it found one.
func (v *verifier) viewMixesQuantities(vw *ChartView, key, where string) bool {
	var flow, stock string
	nouns := map[Period]string{}
	var first, other string
	for _, id := range vw.Indicators {
		ind, ok := v.c.Indicator(id)
		if !ok || v.bad[id] {
			continue
		}
		if ind.Unit.Kind != Count || ind.Unit.Per != "" {
			continue // percentages of a flow and a stock compare their growth
		}
		if k, ok := v.quantityKind(ind); ok && k == Flow {
			flow = cmp.Or(flow, id)
		} else if ok {
			stock = cmp.Or(stock, id)
		}
		if n, ok := nouns[ind.Period]; ok && n != ind.Unit.Name {
			first = "-" // a period of two nouns: kinds, not one quantity over time
		}
		nouns[ind.Period] = ind.Unit.Name
		if first == "" {
			first = id
		} else if o, _ := v.c.Indicator(first); first != "-" && other == "" && o.Unit.Name != ind.Unit.Name &&
			!strings.HasSuffix(o.Unit.Name, " "+ind.Unit.Name) && !strings.HasSuffix(ind.Unit.Name, " "+o.Unit.Name) {
			other = id // not "potential victim" beside "victim", which unitPartNotices tells
		}
	}
	if flow != "" && stock != "" {
		v.add(key+"/indicators", where, ErrValue, "view %q draws %q, a flow (counted over its period), beside %q, a stock (counted at a date): its bars share one axis and read as one quantity; make a view of each", vw.ID, flow, stock)
		return true
	}
	if first != "-" && other != "" {
		a, _ := v.c.Indicator(first)
		b, _ := v.c.Indicator(other)
		v.add(key+"/indicators", where, ErrValue, "view %q draws %q in %s (%s) beside %q in %s (%s): bars over time read as one quantity, and these count two things; if they count one, write one unit on both (and say the change of wording in a note), else make a view of each", vw.ID, first, Plural(a.Unit.Name), a.Period, other, Plural(b.Unit.Name), b.Period)
		return true
	}
	return false
}

// quantityKind is Flow or Stock for a figure of that measure, and for a
// change, the measure of the flow or stock whose quote states it ("40,000
// new applications, up 5,100"); ok false for any other.
func (v *verifier) quantityKind(ind *Indicator) (MeasureKind, bool) {
	if ind.Measure == Flow || ind.Measure == Stock {
		return ind.Measure, true
	}
	if ind.Measure != Change || len(ind.Provenance) == 0 {
		return 0, false
	}
	for i := range v.c.Indicators {
		o := &v.c.Indicators[i]
		if (o.Measure == Flow || o.Measure == Stock) && len(o.Provenance) > 0 && o.Provenance[0].Quote == ind.Provenance[0].Quote {
			return o.Measure, true
		}
	}
	return 0, false
}

// viewMixesUnits reports a bars or range view whose figures do not share
// one axis (Unit.SharesAxis, the rule series views keep): 10.6% beside bare 17.3
// and 3.6 on a 0–40% axis reads the bare figures as percentages. It names
// the figures in the fewest units, the odd ones out.
func (v *verifier) viewMixesUnits(vw *ChartView, key, where string) {
	type group struct {
		unit Unit
		ids  []string
	}
	var groups []group
	for _, id := range vw.Indicators {
		if v.bad[id] {
			continue
		}
		_, u, _, ok := v.figure(id)
		if !ok {
			continue
		}
		i := slices.IndexFunc(groups, func(g group) bool { return g.unit.SharesAxis(u) })
		if i < 0 {
			groups = append(groups, group{unit: u})
			i = len(groups) - 1
		}
		groups[i].ids = append(groups[i].ids, id)
	}
	if len(groups) < 2 {
		return
	}
	// The most figures of one unit are the view's; of as many, a unit
	// beats none: a bare "518,000" beside "106,000" in person is the one
	// whose unit was left out (s20n-population), not the other way about.
	most := 0
	for i, g := range groups {
		if len(g.ids) > len(groups[most].ids) || len(g.ids) == len(groups[most].ids) && groups[most].unit.IsZero() && !g.unit.IsZero() {
			most = i
		}
	}
	for i, g := range groups {
		if i == most {
			continue
		}
		if g.unit.IsZero() && groups[most].unit.Kind == Count {
			// A count stated bare beside counts of a noun (a strength
			// "181,550" beside strengths in person, s18k-defence): most
			// likely its unit was left out. Where its quote names what it
			// counts, that is the unit to write.
			var named []string
			for _, id := range g.ids {
				if ind, ok := v.c.Indicator(id); ok {
					if msg := v.c.bareCount(ind); msg != "" {
						_, unit, _ := strings.Cut(msg, "write unit: ")
						named = append(named, fmt.Sprintf("unit: %s on %q (%s)", unit, id, msg[:strings.Index(msg, ": write unit: ")]))
					}
				}
			}
			if len(named) == len(g.ids) {
				v.add(key+"/indicators", where, ErrMismatch, "view %q of kind %s draws %s in %s beside %s in %s: its bars share one axis; give %s the unit of what it counts: write %s",
					vw.ID, vw.Kind, idList(g.ids), seriesUnitWord(g.unit), idList(groups[most].ids), seriesUnitWord(groups[most].unit), quotedList(g.ids, len(g.ids)), strings.Join(named, ", and "))
				continue
			}
			v.add(key+"/indicators", where, ErrMismatch, "view %q of kind %s draws %s in %s beside %s in %s: its bars share one axis; give %s the unit of what it counts (unit: %s, if it counts the same thing), or draw it in a view of its own",
				vw.ID, vw.Kind, idList(g.ids), seriesUnitWord(g.unit), idList(groups[most].ids), seriesUnitWord(groups[most].unit), quotedList(g.ids, len(g.ids)), groups[most].unit)
			continue
		}
		if mu := groups[most].unit; g.unit.Per == "" && mu.Per != "" && g.unit == (Unit{Kind: mu.Kind, Currency: mu.Currency, Name: mu.Name}) {
			// £60.40 beside £474 per week (s24s-spending): the rate its
			// quote or the document's frame says is the unit, where it does.
			v.add(key+"/indicators", where, ErrMismatch, "view %q of kind %s draws %s in %s beside %s in %s: its bars share one axis; where a quote or the document's frame says the rate, write unit: %s on %s, else draw %s in a view of its own",
				vw.ID, vw.Kind, idList(g.ids), seriesUnitWord(g.unit), idList(groups[most].ids), seriesUnitWord(mu), unitWord(mu), quotedList(g.ids, len(g.ids)), quotedList(g.ids, len(g.ids)))
			continue
		}
		v.add(key+"/indicators", where, ErrMismatch, "view %q of kind %s draws %s in %s beside %s in %s: its bars share one axis; draw %s in a view of its own",
			vw.ID, vw.Kind, idList(g.ids), seriesUnitWord(g.unit), idList(groups[most].ids), seriesUnitWord(groups[most].unit), quotedList(g.ids, len(g.ids)))
	}
}

// idList quotes up to three ids, and says how many more there are.
func idList(ids []string) string {
	if len(ids) > 3 {
		return fmt.Sprintf("%s and %d more", quotedList(ids, 3), len(ids)-3)
	}
	return quotedList(ids, 3)
}

// unitNamed reports a unit the catalog gives a figure whose stated words
// lack it, where no quote names it either: a currency or a measure given
// to a bare number, a rate per year given to a count. Load cannot tell
// while it decodes the indicator, before its quotes.
func (v *verifier) unitNamed(ind *Indicator, key, where string) {
	if ind.Stated == "" || ind.Unit.Per == "" && ind.Unit.Kind != Money && ind.Unit.Kind != Measure {
		return
	}
	_, u, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil || !statedUnitAllows(ind.Stated, u, ind.Unit) && !percentAsPoints(ind, u, ind.Unit) {
		return // reported with the stated words
	}
	if msg := v.c.unitNamedMsg(ind, u); msg != "" {
		if u.Kind == NoUnit && u.Per != "" && ind.Unit.Kind == Count {
			if s := v.sentenceNaming(ind, ind.Unit.Name); s != "" {
				// "London had the lowest at 7.8 per 100,000" after "13.2
				// deaths per 100,000 population": the sentence names
				// the noun (s21o-suicide was offered unit: per 100,000).
				msg = fmt.Sprintf("unit %q gives the rate %q a counted noun, but no quote names %s; its sentence does: write quote: %q", unitWord(ind.Unit), ind.Stated, Plural(ind.Unit.Name), s)
			}
		}
		v.add(key+"/unit", where, ErrMismatch, "%s", msg)
	}
}

// sentenceNaming returns the sentence that holds a quote of ind and
// names the counted noun (nounNamed), in the text's characters from its
// start (past a bullet) to its end (a full stop left out), or "". Only a
// pinned text is shown.
func (v *verifier) sentenceNaming(ind *Indicator, noun string) string {
	for _, p := range ind.Provenance {
		src, ok := v.c.Source(p.Source)
		if !ok || src.Text == "" || !v.hashOK[src.ID] {
			continue
		}
		at, n := findQuote(src.Text, p.Quote)
		if n != 1 {
			continue
		}
		_, end := sentenceBounds(src.Text, at)
		s := strings.TrimRight(src.Text[sentenceStart(src.Text, at.Start):end], ". ")
		if nounNamed(s, noun) && strings.Count(src.Text, s) == 1 {
			return s
		}
	}
	return ""
}

// unitNamedMsg says what unitNamed reports of ind, whose stated words
// read as u, or "". A rate per span that the text framing the figure
// says (rateFramed) is named as a quote's is.
func (c *Catalog) unitNamedMsg(ind *Indicator, u Unit) string {
	named := func(f func(quote string) bool) bool {
		return slices.ContainsFunc(ind.Provenance, func(p Provenance) bool { return f(p.Quote) })
	}
	switch {
	case u.IsZero() && ind.Unit.Kind == Measure && !named(func(q string) bool { return measureNamed(q, ind.Unit.Name) }):
		for _, p := range ind.Provenance {
			if w, sym, ok := powerMeasureIn(p.Quote, ind.Unit.Name); ok {
				return fmt.Sprintf("unit %q given to %q, but the quote names %q, an area or a volume, no length: write unit: %s", unitWord(ind.Unit), ind.Stated, w, sym)
			}
		}
		return fmt.Sprintf("unit %q given to the bare number %q, but no quote names that unit: quote the words that do, or leave the unit out", unitWord(ind.Unit), ind.Stated)
	case u.Per == "" && lexicon.RatePhrases[ind.Unit.Per] != nil && !named(func(q string) bool { return rateNamed(q, ind.Unit.Per) }) &&
		!c.rateFramed(ind, ind.Unit.Per):
		return fmt.Sprintf("unit %q gives %q a rate per %s, but no quote says so: quote the words that do (%s), or leave \"per %s\" out", unitWord(ind.Unit), ind.Stated, ind.Unit.Per, quotedList(lexicon.RatePhrases[ind.Unit.Per], 3), ind.Unit.Per)
	case (baseApart(u, ind.Unit) || u.IsZero() && ind.Unit.Per != "" && !isPerNumber(strings.Fields(ind.Unit.Per)[0])) && lexicon.RatePhrases[ind.Unit.Per] == nil &&
		!c.baseSaid(ind, u, func(q string) bool {
			return baseNamed(q, ind.Unit.Per) || u.IsZero() && baseWordsNamed(q, ind.Unit.Per)
		}):
		// One rule for "2.1 days" and a bare "5.6" in unit: day per
		// staff year: the quote, or the line that leads in its list,
		// names the base (s27x-absence); a bare figure's words stand
		// apart, as a bare count's noun does ("the pupil teacher
		// ratio", "acres/crew/day").
		bare := ind.Unit
		bare.Per = ""
		ex := "price"
		w := strings.Fields(ind.Stated)
		num := slices.IndexFunc(w, func(f string) bool { return strings.ContainsAny(f, "0123456789") })
		if num >= 0 && num < len(w)-1 {
			ex = strings.Join(w[num+1:], " ") // "litres" of "383 litres", the document's word, never "Ls"
		} else if bare.Kind != Money {
			ex = Plural(unitWord(bare))
		}
		other := fmt.Sprintf(", or write unit: %s and name the base in the title", unitWord(bare))
		if ind.Series != "" {
			other = "" // a series' points keep one unit
		}
		return fmt.Sprintf("unit %q gives %q a base per %s, but no quote names it, nor the line leading in its list, its paragraph's opening sentence or its heading: quote the words that do (\"%s per %s\", \"per %s:\" leading in a list)%s", unitWord(ind.Unit), ind.Stated, ind.Unit.Per, ex, ind.Unit.Per, ind.Unit.Per, other)
	case u.Kind == NoUnit && u.Per != "" && ind.Unit.Kind == Count && !named(func(q string) bool { return nounNamed(q, ind.Unit.Name) }):
		return fmt.Sprintf("unit %q gives the rate %q a counted noun, but no quote names %s: quote the words that do, or write unit: %s", unitWord(ind.Unit), ind.Stated, Plural(ind.Unit.Name), unitWord(u))
	case u.Kind == NoUnit && isPerNumber(canonicalPer(u.Per)) && !samePer(u.Per, ind.Unit.Per) &&
		!named(func(q string) bool { return nounNamed(q, strings.TrimPrefix(ind.Unit.Per, canonicalPer(u.Per)+" ")) }):
		// "4.1 per 100,000" in "per 100,000 workers": a quote names them.
		bare := ind.Unit
		bare.Per = canonicalPer(u.Per)
		return fmt.Sprintf("unit %q words the base of %q as %q, but no quote names it: quote the words that do, or write unit: %s", unitWord(ind.Unit), ind.Stated, ind.Unit.Per, unitWord(bare))
	case u.Kind == NoUnit && ind.Unit.Kind == Money && !named(func(q string) bool { return currencyNamed(q, ind.Unit.Currency.String()) }):
		for _, p := range ind.Provenance {
			// "?16.2 billion": the stored copy lost its "£"; a note of
			// the indicator's says which currency the sign was.
			if m := lostSign(p.Quote, ind.Stated); m != "" {
				if slices.ContainsFunc(ind.Notes, func(n Note) bool { return currencyNamed(n.Text, ind.Unit.Currency.String()) }) {
					return ""
				}
				return fmt.Sprintf("unit %q given to the bare number %q, with no quote naming that currency: %s", unitWord(ind.Unit), ind.Stated, lostSignAdvice(m+ind.Stated, m, ind.Unit.Currency.String()))
			}
		}
		return fmt.Sprintf("unit %q given to the bare number %q, but no quote names that currency: quote the words that do (\"Rs\", \"₹\", \"rupees\", the code), or leave the unit out", unitWord(ind.Unit), ind.Stated)
	}
	return ""
}

// monthOrSplit reports a period or base written as a year and a month
// ("2008-09", September 2008; "2010-12", December 2010) whose month is
// the last two digits of a later year, where a quote writes it as it
// stands (with a hyphen or a dash) and names no month: the document means
// years, not a month. Where the month is the next year's digits it is the
// year across two that ParsePeriod reads with a hyphen only from "2012-13"
// on, so the catalog must write it with a slash ("2008/09"); where it is a
// later year's, it is a span of years, as life tables pool three
// ("2010–12" is 2010 to 2012), written "2010/2012".
func (v *verifier) monthOrSplit(ind *Indicator, key, where string) {
	for _, f := range []struct {
		name string
		p    Period
	}{{"period", ind.Period}, {"base", ind.Base}} {
		d := f.p.From
		if f.p.IsSpan() || f.p.Fiscal || f.p.UpTo || d.Day != 0 || d.Month == 0 {
			continue
		}
		end := d.Year - d.Year%100 + int(d.Month)
		if end <= d.Year {
			continue // "2010-09" is September 2010 or nothing a year could mean
		}
		written := d.String()
		for _, p := range ind.Provenance {
			q := foldString(p.Quote)
			at := indexWord(q, written)
			if at < 0 || monthNamed(q) {
				continue
			}
			if end == d.Year+1 {
				// The quote's own characters ("2009–10", s33d-adoption),
				// and what the outputs then print: a slash, since "10"
				// could be a month, where "2018-19" keeps its dash.
				v.add(key+"/"+f.name, where, ErrMismatch, "%s %q reads as %s, but the quote writes %q, a year across two: write %s %s (every output labels it so: a second year that could be a month keeps the slash, where 2018-19 keeps the document's dash; write the series' other years with a slash too where their labels should agree)",
					f.name, written, f.p.Label(), quoteRunes(p.Quote, q, at, len(written)), f.name, SplitYear(d.Year))
				break
			}
			span := Period{From: Date{Year: d.Year}, To: Date{Year: end}}
			v.add(key+"/"+f.name, where, ErrMismatch, "%s %q reads as %s, but the document's %q is the years %d to %d: write %s: %s",
				f.name, written, f.p.Label(), quoteRunes(p.Quote, q, at, len(written)), d.Year, end, f.name, span)
			break
		}
	}
}

// quoteRunes returns the text of quote at the byte offsets [at, at+n) of
// its folded form fq, as the quote writes it ("2010–12" with its en dash
// for the folded "2010-12"): folding keeps the count of runes.
func quoteRunes(quote, fq string, at, n int) string {
	from := utf8.RuneCountInString(fq[:at])
	count := utf8.RuneCountInString(fq[at : at+n])
	r := []rune(quote)
	if from+count > len(r) {
		return fq[at : at+n]
	}
	return string(r[from : from+count])
}

// monthNamed reports whether s names a month in words.
func monthNamed(s string) bool {
	for _, w := range strings.FieldsFunc(lowerASCII(s), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if monthWord(w) != 0 {
			return true
		}
	}
	return false
}

// baseSaid reports whether named holds of a quote of ind or of a text
// that frames it (framed); for a bare figure (u zero), of the text of a
// source it quotes: its unit's words all stand apart from it, as a bare
// count's noun does ("13.6" of "the PTR", which the text defines as
// "the number of pupils per teacher").
func (c *Catalog) baseSaid(ind *Indicator, u Unit, named func(string) bool) bool {
	return slices.ContainsFunc(ind.Provenance, func(p Provenance) bool {
		src, ok := c.Source(p.Source)
		return named(p.Quote) || ok && (u.IsZero() && named(src.Text) || named(paragraphLead(src, p)))
	}) || c.framed(ind, false, named)
}

// paragraphLead returns the opening sentence of the paragraph that holds
// p's quote in src, where the quote stands after it, or "": prose leads
// in its figures as a list's line does ("Table 4A shows the monthly
// average consumption per meter per day by county. Cavan had the lowest
// … at 298 litres", s31b-leakage: the base said once for the paragraph).
func paragraphLead(src *Source, p Provenance) string {
	at := p.Span
	if at.Start < 0 {
		if sp, n := findQuote(src.Text, p.Quote); n == 1 {
			at = sp
		}
	}
	if at.Start <= 0 || at.Start > len(src.Text) {
		return ""
	}
	start := strings.LastIndex(src.Text[:at.Start], "\n\n") + 1
	lead, _, ok := strings.Cut(src.Text[start:at.Start], ". ")
	if !ok {
		return ""
	}
	return lead
}

// baseWordsNamed reports whether quote names each noun of the base per,
// in the singular or plural, anywhere in it: "the pupil teacher ratio"
// names the teacher of unit: pupil per teacher, "acres/crew/day" the crew
// and the day of acre per crew per day.
func baseWordsNamed(quote, per string) bool {
	for _, part := range strings.Split(per, " per ") {
		if !nounNamed(quote, part) {
			return false
		}
	}
	return true
}

// nounNamed reports whether quote names the counted noun, in the singular
// or the plural, in any case ("people" for "person").
func nounNamed(quote, noun string) bool {
	q := lowerASCII(foldString(quote))
	return indexWord(q, noun) >= 0 || indexWord(q, Plural(noun)) >= 0
}

// bareRates reports a rate stated without its counted noun ("6.8 per
// 100,000") whose unit is the bare base while another figure of the same
// source has the same base with a noun ("8.1 people per 100,000", unit
// "person per 100,000"): the document names the noun once, and the two
// rates are one unit, which the advice keeps (stated in the document's
// words, unit with the noun).
func (v *verifier) bareRates() {
	withNoun := map[string]string{} // source and base → the first indicator with a noun
	key := func(ind *Indicator, per string) string {
		src := ""
		if len(ind.Provenance) > 0 {
			src = ind.Provenance[0].Source
		}
		return src + "\x00" + BareRateBase(canonicalPer(per)) // "100,000 population" is "100,000"
	}
	for i := range v.c.Indicators {
		ind := &v.c.Indicators[i]
		if u := ind.Unit; u.Kind == Count && u.Per != "" {
			if k := key(ind, u.Per); withNoun[k] == "" {
				withNoun[k] = ind.ID
			}
		}
	}
	// A bare number's base is the one worded base of that number in
	// the source ("per 100,000" beside "per 100,000 workers").
	for k, id := range withNoun {
		src, per, _ := strings.Cut(k, "\x00")
		num, _, worded := strings.Cut(per, " ")
		if !worded || !isPerNumber(num) {
			continue
		}
		if prev, ok := withNoun[src+"\x00"+num]; !ok {
			withNoun[src+"\x00"+num] = id
		} else if o, _ := v.c.Indicator(prev); o != nil && canonicalPer(o.Unit.Per) != canonicalPer(per) && BareRateBase(canonicalPer(o.Unit.Per)) != num {
			withNoun[src+"\x00"+num] = "\x00" // two worded bases: none is the bare one's
		}
	}
	for i := range v.c.Indicators {
		ind := &v.c.Indicators[i]
		u := ind.Unit
		if u.Kind != NoUnit || u.Name != "" || u.Per == "" || baseGoesOn(ind) != "" {
			continue // "3.6 per 1,000 live births" is no rate per 1,000 population
		}
		id := withNoun[key(ind, u.Per)]
		if id == "" || id == "\x00" {
			continue
		}
		other, _ := v.c.Indicator(id)
		if BareRateBase(canonicalPer(other.Unit.Per)) != BareRateBase(canonicalPer(u.Per)) {
			// A base worded with a noun of its own ("per 1,000
			// unmarried men") is the bare one's only where one sentence
			// words it once for both ("4.0 per 100,000 workers, down
			// slightly from a rate of 4.1 per 100,000").
			if s := v.sentenceNaming(ind, other.Unit.Name); s == "" || !strings.Contains(lowerASCII(s), lowerASCII(" per "+other.Unit.Per)) {
				continue
			}
		}
		named := slices.ContainsFunc(ind.Provenance, func(p Provenance) bool { return nounNamed(p.Quote, other.Unit.Name) })
		quote := ""
		if !named {
			// The unit advised must be one a quote names (unitNamed):
			// the sentence's, where it names the noun; else the bare
			// rate stands as the document words it.
			s := v.sentenceNaming(ind, other.Unit.Name)
			if s == "" {
				continue
			}
			quote = fmt.Sprintf(", and quote the sentence that names %s: write quote: %q", Plural(other.Unit.Name), s)
		}
		want := other.Unit
		if _, noun, worded := strings.Cut(u.Per, " "); worded && noun != "" {
			want.Per = u.Per // the base as its own stated words it: "per 1,000 persons" beside "per 1,000 people"
		}
		v.add("indicators/"+ind.ID+"/stated", "indicator "+strconv.Quote(ind.ID), ErrMismatch,
			"%q is in %q while %q of the same source is in %q: the document names the counted noun once, so both are one unit; keep stated in the document's words and write unit: %s%s",
			ind.Stated, unitWord(u), id, unitWord(other.Unit), want, quote)
		// One cause, one message: the ratio or view that draws the bare
		// rate beside rates of a noun is not told again.
		v.bad[ind.ID] = true
	}
}

// baseGoesOn returns the word that follows, in a quote of ind, the
// number of a bare rate's base that ind states ("live" of "3.6 per 1,000
// live births" for stated "3.6 per 1,000"), or "" where nothing, a word
// naming the whole population (lexicon.PopulationBases) or a function
// word ("in 2023") follows it. A bare rate has the population's base only
// where "" is returned: "per 1,000 live births" is not "per 1,000
// population".
func baseGoesOn(ind *Indicator) string {
	_, u, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil || u.Per == "" || BareRateBase(u.Per) != u.Per || !isPerNumber(u.Per) {
		return ""
	}
	stated := lowerASCII(foldString(ind.Stated))
	for _, p := range ind.Provenance {
		q := lowerASCII(foldString(p.Quote))
		for from := 0; ; {
			i := strings.Index(q[from:], stated)
			if i < 0 {
				break
			}
			end := from + i + len(stated)
			from = end
			if end < len(q) && (q[end] >= '0' && q[end] <= '9' || q[end] == ',') {
				continue // "per 1,000" in "per 1,000,000"
			}
			rest := strings.TrimLeft(q[end:], " ")
			if len(rest) == len(q[end:]) {
				continue // no space: punctuation or the text's end
			}
			w := rest[:len(rest)-len(strings.TrimLeftFunc(rest, func(r rune) bool { return r < utf8.RuneSelf && isLetterByte(byte(r)) || r == '-' }))]
			if w != "" && !slices.Contains(lexicon.PopulationBases, w) && !functionWord(w) && monthWord(w) == 0 {
				return w
			}
		}
	}
	return ""
}

// populationBase reports a bare rate ("3.6 per 1,000") given a unit of
// the whole population's base ("per 1,000 population") while its quote
// goes on with another noun ("3.6 per 1,000 live births"): that rate is
// per live birth, and no unit of the population fits it.
func (v *verifier) populationBase(ind *Indicator, key, where string) {
	given := canonicalPer(ind.Unit.Per)
	if given == "" || BareRateBase(given) == given {
		return
	}
	if w := baseGoesOn(ind); w != "" {
		v.add(key+"/unit", where, ErrMismatch, "unit %q gives %q the base of the whole population, but its quote goes on with %q after the base's number: the rate is not per head of population; write stated in the quote's words with the noun of its base",
			unitWord(ind.Unit), ind.Stated, w)
	}
}

// figure returns the quantity, unit and status of an indicator or of a derived
// indicator that computes; false otherwise (reported elsewhere).
func (v *verifier) figure(id string) (Quantity, Unit, Status, bool) {
	if ind, ok := v.c.Indicator(id); ok {
		return ind.Quantity, ind.Unit, ind.Status, true
	}
	if _, ok := v.c.DerivedIndicator(id); ok {
		if r, err := v.c.Compute(id); err == nil && r.Bounded {
			return r.Quantity, r.Unit, r.Status, true
		}
	}
	return Quantity{}, Unit{}, 0, false
}

// suggestID returns ": did you mean …?" for the closest ID, or "".
func (v *verifier) suggestID(id string) string {
	var all []string
	for _, ind := range v.c.Indicators {
		all = append(all, ind.ID)
	}
	for _, d := range v.c.Derived {
		all = append(all, d.ID)
	}
	if s := suggest(id, all); s != "" {
		return fmt.Sprintf(": did you mean %q?", s)
	}
	return ""
}

// structure checks what Load checks while decoding, for catalogs built in Go.
func (v *verifier) structure(ind *Indicator, where string) {
	if err := ind.Quantity.Validate(); err != nil {
		v.add("indicators/"+ind.ID, where, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
	}
	for _, e := range ind.Entities {
		if err := CheckEntityFor(e, HomeOf(v.c.Sources)); err != nil {
			v.add("indicators/"+ind.ID, where, ErrValue, "%v", err)
		}
	}
	if ind.Counterpart != "" {
		if err := CheckEntityFor(ind.Counterpart, HomeOf(v.c.Sources)); err != nil {
			v.add("indicators/"+ind.ID, where, ErrValue, "%v", err)
		}
	}
	if ind.Unit.Kind == Money {
		if _, err := MoneyUnit(ind.Unit.Currency.String()); err != nil {
			v.add("indicators/"+ind.ID, where, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
		}
	}
	if msg := signedDirection(ind.Quantity, ind.Quantity.Direction, ind.Stated, ind.Provenance); msg != "" && !settled(ind) {
		v.add("indicators/"+ind.ID, where, ErrMismatch, "%s", msg)
	}
	if msg := negativeCount(ind.Quantity, ind.Unit, ind.Measure, ind.Stated); msg != "" {
		v.add("indicators/"+ind.ID, where, ErrValue, "%s", msg)
	}
	if msg := checkAgainst(ind); msg != "" {
		v.add("indicators/"+ind.ID, where, ErrMismatch, "%s", msg)
	}
	if ind.Stated != "" {
		q, u, err := statedAs(ind.Stated, ind.Measure)
		switch {
		case err != nil:
			v.add("indicators/"+ind.ID, where, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
		case !statedUnitAllows(ind.Stated, u, ind.Unit) && !percentAsPoints(ind, u, ind.Unit) && !ofKindQuoted(ind, u):
			v.add("indicators/"+ind.ID+"/unit", where, ErrMismatch, "unit %q disagrees with stated %q, which reads as %q: %s", unitWord(ind.Unit), ind.Stated, unitWord(u), unitFix(ind.Stated, u, ind.Unit))
		case v.c.unitNamedMsg(ind, u) != "":
			// unitNamed reports it.
		default:
			// A catalog built in Go may keep a change's sign in its
			// value ("-6.5%" as -6.5): Verify settles it in the one
			// shape Load gives (settleMove), so that every export and
			// output reads one shape whichever way the catalog came.
			msg := quantityDiff(ind.Quantity, tableScaled(ind, settleMove(q, ind.Measure, ind.Stated)))
			switch {
			case msg != "" && quantityDiff(ind.Quantity, tableScaled(ind, q)) != "":
				v.add("indicators/"+ind.ID, where, ErrMismatch, "quantity disagrees with stated %q: %s", ind.Stated, msg)
			case ind.Quantity.Direction == NoDirection:
				ind.Quantity = settleMove(ind.Quantity, ind.Measure, ind.Stated)
			}
			settleMargin(ind, q) // margin20: the margin as Load reads it
		}
	}
	if msg := checkPercentAsPoints(ind); msg != "" {
		v.add("indicators/"+ind.ID, where, ErrMismatch, "%s", msg)
	}
	if len(ind.Provenance) == 0 {
		v.add("indicators/"+ind.ID, where, ErrMissing, "indicator %q has no provenance: give at least one quote from a source", ind.ID)
	}
}

func (v *verifier) provenance(ind *Indicator, key, where string, checkNumbers bool) {
	for j := range ind.Provenance {
		p := &ind.Provenance[j]
		if !v.decoded {
			// Verify checks a catalog; it does not change it. Load
			// (decoded) keeps the span it found and the source's exact
			// characters; Locate does so for catalogs built in Go.
			cp := *p
			p = &cp
		}
		// Two strings per quote of a large catalog: no fmt.
		pkey := key + "/provenance/" + strconv.Itoa(j)
		pwhere := where + ", provenance " + strconv.Itoa(j+1)
		src, ok := v.c.Source(p.Source)
		if !ok {
			hint := ""
			var ids []string
			for _, s := range v.c.Sources {
				ids = append(ids, s.ID)
			}
			if s := suggest(p.Source, ids); s != "" {
				hint = fmt.Sprintf(": did you mean %q?", s)
			} else if len(ids) > 0 {
				hint = fmt.Sprintf(" (sources: %s)", strings.Join(ids, ", "))
			}
			v.add(pkey+"/source", pwhere, ErrDangling, "source %q is not in the catalog's sources%s", p.Source, hint)
			continue
		}
		if src.Text == "" {
			if v.c.position("sources/" + src.ID + "/text-failed").IsValid() {
				continue // the text could not be read; reported on the source
			}
			if !v.noText[src.ID] {
				v.noText[src.ID] = true
				v.add("sources/"+src.ID, "source "+strconv.Quote(src.ID), ErrSourceText, "source %q has no text to check its quotes against: add \"text: <path to the exact text file>\" to the source", p.Source)
			}
			continue
		}
		if !v.hashOK[src.ID] && src.SHA256 != "" {
			continue // reported once, on the source
		}
		if p.Quote == "" {
			v.add(pkey, pwhere, ErrMissing, "empty quote: copy the sentence that states the figure from the source")
			continue
		}
		if CheckText(p.Quote) != nil {
			continue // a character the outputs cannot hold: reported by chars, or while loading
		}
		if p.Span == (Span{Start: -1, End: -1}) {
			at, n := findQuote(src.Text, p.Quote)
			switch n {
			case 0:
				hint := ""
				if v.hashOK[src.ID] {
					hint = spacedAdvice(src.Text, p.Quote) // the text's own words, pinned
				}
				if hint == "" && v.hashOK[src.ID] {
					if near := nearestAdvice(src.Text, p.Quote); near != "" {
						v.add(pkey+"/quote", pwhere, ErrQuote, "quote %q is not in source %q%s", clip(p.Quote), p.Source, near)
						continue
					}
				}
				v.add(pkey+"/quote", pwhere, ErrQuote, "quote %q is not in source %q%s: copy it verbatim from the text", clip(p.Quote), p.Source, hint)
				continue
			case 1:
				p.Span = at
			default:
				if sp, ok := quoteInSection(src.Text, p.Quote, p.Section); ok {
					p.Span = sp // the one under the section's headings
					break
				}
				v.add(pkey+"/quote", pwhere, ErrQuote, "quote occurs %d times in source %q: give section: [the heading above the one you mean] (the first after its headings is taken), or its start and end (%s)", n, p.Source, occurrences(src.Text, p.Quote))
				continue
			}
		} else {
			got, ok := p.Span.In(src.Text)
			if !ok || !foldEqual(got, p.Quote) {
				at, n := findQuote(src.Text, p.Quote)
				rs := NewRunes(src.Text).Span(p.Span)
				switch {
				case n == 1:
					r := NewRunes(src.Text).Span(at)
					v.add(pkey+"/quote", pwhere, ErrSpan, "quote is not at its span %d..%d but occurs once at %d..%d: write start: %d and end: %d", rs.Start, rs.End, r.Start, r.End, r.Start, r.End)
				case n > 1:
					v.add(pkey+"/quote", pwhere, ErrSpan, "quote is not at its span %d..%d and occurs %d times elsewhere: correct start and end", rs.Start, rs.End, n)
				default:
					hint := ""
					// Show what the text says there only from a text whose
					// hash is pinned and matched: an unpinned path may name
					// any file, and its content is not ours to print.
					if ok && v.hashOK[src.ID] {
						hint = fmt.Sprintf("; the text there reads %q", clip(got))
					}
					v.add(pkey+"/quote", pwhere, ErrQuote, "quote %q is not in source %q%s: copy it verbatim from the text", clip(p.Quote), p.Source, hint)
				}
				continue
			}
		}
		// Matching folds typography; the model carries the source's own
		// characters, and remembers what was typed.
		if exact := src.Text[p.Span.Start:p.Span.End]; exact != p.Quote {
			if p.Typed == "" {
				p.Typed = p.Quote
			}
			p.Quote = exact
		}
		v.section(src, p, pkey, pwhere)
		if checkNumbers {
			v.numbers(ind, src.Text, p, pkey, pwhere)
			v.tableScale(ind, src, p, pkey, pwhere)
			if adv := contributionAdvice(ind, p.Quote); adv != "" && j == 0 {
				v.add(key+"/measure", pwhere, ErrMismatch, "%s", adv)
			}
			if adv := inflationAdvice(ind, p.Quote); adv != "" && j == 0 {
				v.add(key+"/measure", pwhere, ErrMismatch, "%s", adv)
			}
			if adv := directionOfNoChange(ind, p.Quote); adv != "" && j == 0 {
				v.add(key+"/direction", pwhere, ErrMismatch, "%s", adv)
			}
			if adv := unsignedPullAdvice(ind, p.Quote); adv != "" && j == 0 {
				v.add(key+"/stated", pwhere, ErrMismatch, "%s", adv)
			}
			if ind.Measure == Share && ind.Unit.Kind == Times && j == 0 {
				// "more than twice as high" (s21o-obesity) is a ratio.
				v.add(key+"/measure", pwhere, ErrMismatch, "%q is in times, a ratio of two figures, which is no share of a whole: write measure: level (a share is a percent of a whole)", ind.Stated)
			}
			if adv := fromToPeriod(ind, p.Quote); adv != "" {
				v.add(key+"/period", pwhere, ErrMismatch, "%s", adv)
			}
			if adv := halfCoordinatedUnit(ind, p.Quote); adv != "" && j == 0 {
				v.add(key+"/stated", pwhere, ErrMismatch, "%s", adv) // no position of its own for unit
			}
		}
	}
}

// section checks that each heading of the section path stands in the text
// before the quote, in order.
func (v *verifier) section(src *Source, p *Provenance, pkey, pwhere string) {
	if len(p.Section) == 0 {
		return
	}
	for _, h := range p.Section {
		if CheckText(h) != nil {
			return // a character the outputs cannot hold: reported already
		}
	}
	_, bad, inLine := matchSection(src.Text[:p.Span.Start], p.Section)
	switch {
	case bad < 0:
	case inLine:
		adv := `in a list, quote a heading that holds a comma or a colon: ["Labour Force Survey, May 2022"]`
		if joined := joinedHeadings(src.Text[:p.Span.Start], p.Section, bad); joined != nil {
			adv = "the list split a heading at its comma: " + sectionListAdvice(joined)
		} else if !strings.Contains(strings.TrimRight(src.Text, "\n"), "\n") {
			// s27x-hatecrime, -insurance: a page or PDF stored as one line.
			adv = "the text is one line, its headings run into the sentences, so none starts a line: leave section out, or store the text with each heading on a line of its own (its sha256 then changes)"
		}
		v.addOnce(p.Source+"\x00"+p.Section[bad], pkey, pwhere, ErrQuote, "section heading %q stands in source %q but starts no line: a heading is a whole line or starts one (%s)", p.Section[bad], p.Source, adv)
	default:
		v.add(pkey, pwhere, ErrQuote, "section heading %q does not stand above the quote in source %q: copy the heading from the text, outermost first%s", p.Section[bad], p.Source, sectionAdvice(src.Text, p.Span.Start))
	}
}

// matchSection finds each heading of section in before (the text above a
// quote), in order, each at the start of a line: as written, or else after
// folding typography (headings typed by hand may write "-" for "–"). It
// returns the headings in the text's own characters, and the index of the
// first heading not found, or -1; inLine says that heading stands in the
// text but starts no line.
func matchSection(before string, section []string) (exact []string, bad int, inLine bool) {
	exact, bad, inLine, _ = matchSectionAt(before, section)
	return exact, bad, inLine
}

// matchSectionAt is matchSection that also returns where the last heading
// found ends in before.
func matchSectionAt(before string, section []string) (exact []string, bad int, inLine bool, at int) {
	for k, h := range section {
		rest := before[at:]
		if i := lineStartIndex(rest, h); i >= 0 {
			exact = append(exact, h)
			at += i + len(h)
			continue
		}
		// foldRune maps rune to rune, so a rune count carries a folded
		// offset back to the text.
		fr, fh := foldString(rest), foldString(h)
		i := lineStartIndex(fr, fh)
		if i < 0 {
			return exact, k, strings.Contains(fr, fh), at
		}
		from := runeOffset(rest, utf8.RuneCountInString(fr[:i]))
		to := from + runeOffset(rest[from:], utf8.RuneCountInString(fh))
		exact = append(exact, rest[from:to])
		at += to
	}
	return exact, -1, false, at
}

// occurrences lists where quote occurs in text (the first five), in
// code points: "start: 298, end: 357; start: 1210, end: 1269".
func occurrences(text, quote string) string {
	runes := NewRunes(text)
	var parts []string
	for off := 0; len(parts) < 5; {
		sp, n := findQuote(text[off:], quote)
		if n == 0 {
			break
		}
		sp = Span{Start: sp.Start + off, End: sp.End + off}
		r := runes.Span(sp)
		parts = append(parts, fmt.Sprintf("start: %d, end: %d", r.Start, r.End))
		off = sp.End
	}
	return strings.Join(parts, "; ")
}

// quoteInSection returns the first occurrence of quote after the section
// path's headings, found in order from the start of text: a quote that a
// bulletin repeats word for word (its key findings, then its body) is the
// one its section heads. ok is false when the headings are not all there
// or the quote does not follow them.
func quoteInSection(text, quote string, section []string) (Span, bool) {
	if len(section) == 0 {
		return Span{}, false
	}
	_, bad, _, at := matchSectionAt(text, section)
	if bad >= 0 {
		return Span{}, false
	}
	sp, n := findQuote(text[at:], quote)
	if n == 0 {
		return Span{}, false
	}
	return Span{Start: sp.Start + at, End: sp.End + at}, true
}

// runeOffset returns the byte offset of the n-th rune of s (len(s) past
// its end).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// lineStartIndex returns where h first stands in s at the start of a line,
// after a list or heading mark if any ("• ", "2. ", "b. ", "(iv) ", "## "),
// or -1: a heading starts its line ("Actual Results." runs into its
// paragraph).
func lineStartIndex(s, h string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], h)
		if i < 0 {
			return -1
		}
		i += off
		line := s[strings.LastIndexByte(s[:i], '\n')+1 : i]
		if lead := strings.TrimSpace(line); lead == "" || headingMark.MatchString(lead) {
			return i
		}
		off = i + 1
	}
}

// headingMark matches what may stand before a heading on its line: a
// bullet, a number or letter of a list, a Markdown heading's hashes.
var headingMark = regexp.MustCompile(`^(?:[•*#–-]+|\(?(?:\d{1,3}|[A-Za-z]{1,4})[.)])$`)

// marginAfter matches a margin of error written after a figure, with the
// name of its measure if any: " ± 0.8 [SE]" of "41.2 ± 0.8 [SE] million
// birds" (s18k-birds), " ±1.4%".
var marginAfter = regexp.MustCompile(`\s*±\s*[0-9][0-9.,]*(?:%|\s*per\s?cent)?(?:\s*[\[(][A-Za-z .]{1,12}[\])])?`)

// numbers checks that the indicator's figure is in the quote. A margin of
// error after the figure is read past ("41.2 ± 0.8 [SE] million birds"
// states 41.2 million birds), so that the figure's scale word and noun
// are its own; the margin is kept in a note.
func (v *verifier) numbers(ind *Indicator, text string, p *Provenance, pkey, pwhere string) {
	if msg := cutQuote(text, p.Span); msg != "" {
		v.add(pkey+"/quote", pwhere, ErrMismatch, "%s", msg) // "9.0108" of "2018109.0108.0"
		return
	}
	// A line break is a space, in the quote and in stated alike
	// ("5,954\npeople", which statedLineNotices tells to write on one
	// line).
	raw := strings.ReplaceAll(foldString(p.Quote), "\n", " ")
	// A word for the minus sign is the sign ("minus €167 million"), in
	// the quote and in stated alike.
	fq := minusWordsAsSigns(marginAfter.ReplaceAllString(raw, ""))
	var forms []string
	if ind.Stated != "" {
		forms = []string{minusWordsAsSigns(strings.ReplaceAll(ind.Stated, "\n", " "))}
	} else {
		forms = []string{Format(ind.Quantity, ind.Unit, Style{}), Format(ind.Quantity, ind.Unit, Style{Compact: true})}
	}
	if !ind.Quantity.Margin.IsZero() {
		// A figure stated with its margin is found with it, the
		// margin's label ("[SE]") left out of both (marginKindInQuotes
		// reads it).
		fq = withoutMarginLabels(raw)
		for i, f := range forms {
			forms[i] = withoutMarginLabels(foldString(f))
		}
	}
	found := false
	for _, f := range forms {
		at := indexWord(fq, foldString(f))
		if at < 0 {
			at = indexBeforeFootnote(fq, foldString(f)) // "14.3 million4"
		}
		if at < 0 {
			continue
		}
		if w := scaleAfterFigure(fq, foldString(f)); w != "" && ind.Quantity.Scale == NoScale {
			// Across a margin the scale word is the figure's and the
			// margin's both: "41.2 ± 0.8 [SE] million" is written
			// "41.2 ± 0.8 million".
			mg := ""
			if ra := indexWord(raw, foldString(f)); ra >= 0 {
				mg = marginInQuote(raw, ra, foldString(f))
			}
			across := ""
			if mg != "" {
				across = " across its margin"
			}
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote writes %q after %q%s, a scale word the stated figure lacks, so %s would be read a %s times too small: write stated: %q", w, f, across, strconv.Quote(f), scaleWordFactor(w), f+mg+" "+strings.TrimRight(w, "0123456789"+lexicon.SuperscriptDigits))
			return
		}
		if w := moreDigitsInQuote(fq, at, foldString(f)); w != "" && ind.Stated != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote writes %q where stated is %q: write stated: %q, the document's characters (its digits say the figure's precision)", w, f, w)
			return
		}
		found = true
		// A hedge just before the figure that the indicator lacks: the
		// document says "nearly $350 billion", the catalog "$350 billion".
		if ind.Quantity.Qualifier == Exact {
			if h := hedgeBeforeFigure(fq[:at]); h != "" {
				st, isStatus := StatusOfWord(h)
				switch {
				case isStatus && st == ind.Status:
					// "the estimated 9.7 billion": the word is the
					// figure's status, which status records (round O,
					// s21o-traffic; the outputs print it so,
					// wording.StatusHedge).
				case isStatus:
					v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote says %q before %q, the figure's status, not a bound on its value: write status: %s (and keep stated: %q)", h, f, st, ind.Stated)
					return
				case len(ind.Provenance) > 1:
					// "312,000 people" and "almost 312,000": one hedge.
					v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote says %q before %q but the indicator is exact, and an indicator has one hedge: keep the hedged wording, stated: %q, and leave the unhedged quote out (or give it an indicator of its own)", h, f, h+" "+f)
					return
				default:
					v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote says %q before %q but the indicator is exact: write stated: %q", h, f, h+" "+f)
					return
				}
			}
		}
		break
	}
	if ext := unitGoesOn(fq, ind); found && ext != "" {
		_, u, _ := ParseStated(ext)
		v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote's unit goes on past stated %q: it writes %q, in %s, not %s: write stated: %q", ind.Stated, ext, u, ind.Unit, ext)
		return
	}
	quantified := ind.Unit.Kind == Rank && firstPlaceOnlyQuantified(p.Quote, ind.Stated)
	timeOnly := ind.Unit.Kind == Rank && firstTimeOnly(p.Quote, ind.Stated)
	if quantified || timeOnly {
		found = false // "most of the exports": a quantity, no first place; "for the first time": a time
	}
	if !found && ind.Unit.Kind == Rank {
		found = comparisonInQuote(fq, ind.Stated) // "more passengers than any other airline"
	}
	if !found && ind.Stated != "" && voteSide(fq, ind) {
		found = true // "Four" of "a majority of 5–4": one number written two ways (s35f-monetary)
	}
	gluedSigned := false
	if !found && ind.Stated != "" {
		found = gluedCellStated(text, p.Span, ind.Stated)         // "17.3" of "Deprivation13.716.617.3"
		gluedSigned = found && strings.HasPrefix(ind.Stated, "-") // "-0.2" of "Monthly % change-0.2-1.8"
	}
	if run := runAfterOrdinal(fq, ind); found && run != "" {
		v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote writes %q, a run of %s, not a place in a list: write stated: %q and measure: count (held as %s)",
			run, Format(mustStated(run)), run, Format(mustStated(run)))
		return
	}
	if reach := reachOfRank(fq, ind); found && reach != "" {
		v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote writes %q as the reach of a first place, %q: a rank, not a %s: write stated: %q and measure: rank, with no unit (the title says what is ranked)",
			ind.Stated, reach, ind.Measure, reach)
		return
	}
	signed := gluedSigned
	if !found && ind.Quantity.Direction == Down {
		// "(-43,000)" stated "43,000" with direction: down: the sign is
		// the fall the direction says.
		found = indexAfterMinus(fq, foldString(forms[0])) >= 0
		signed = found // a figure of no change given a direction is reported on its direction (directionOfNoChange)
	}
	if lo, _ := ind.Quantity.Ends(); !found && ind.Measure == Flow && lo < 0 && netFallBefore(fq, strings.TrimLeft(foldString(forms[0]), "-")) {
		found, signed = true, true // "declined by €632 million", "net repayments of £0.9 billion": a net flow below zero
	}
	if !found && negativeContribution(p.Quote, ind) {
		found, signed = true, true // "detracted 0.3 percentage points", stated "-0.3 percentage points"
	}
	if !found && !quantified {
		// "12,440 people" against the quote's "12,440 People" (a
		// headline's capital): the unit word is lower case in stated, as
		// the outputs print it.
		if at := indexWord(lowerASCII(fq), lowerASCII(foldString(forms[0]))); at >= 0 && nounCaseOnly(fq[at:at+len(foldString(forms[0]))], foldString(forms[0])) {
			found = true
		}
	}
	if !found {
		if timeOnly {
			msg := fmt.Sprintf("the quote writes %q only in \"the %s time\", which says when, not a place", forms[0], lowerASCII(ind.Stated))
			if c := comparisonIn(fq); c != "" {
				msg += fmt.Sprintf("; the quote states the place as a comparison: write stated: %q", c)
			} else if adv := rankWordAdvice(p.Quote, ind); adv != "" {
				msg += "; " + adv
			} else {
				msg += "; quote the words that state the place, or leave the rank out"
			}
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if quantified {
			// "for most of the exports": the quote's own word for the
			// place, if it has one ("the top destination").
			msg := rankWordAdvice(p.Quote, ind)
			if msg == "" {
				msg = fmt.Sprintf("the quote says %q only as a quantity (%s), not a first place: quote the words that state the place", forms[0], strings.Join(lexicon.FirstPlaceQuantifiers, ", "))
			}
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if at := indexWord(lowerASCII(fq), lowerASCII(foldString(forms[0]))); at >= 0 {
			if msg := fractionBesidePercent(ind, p.Quote); msg != "" {
				// "almost two-thirds" of "Almost two-thirds (64%)": the
				// percent is the figure to write, in one round trip
				// (s22p-volunteer took two).
				v.add(pkey+"/quote", pwhere, ErrMismatch, "%s", msg)
				return
			}
			w := fq[at : at+len(foldString(forms[0]))]
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote writes %q, which differs from stated %q only in case: write stated: %q, the quote's own letters", w, forms[0], w)
			return
		}
		if msg := belowZeroInQuote(raw, fq, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if f := strings.Fields(lowerASCII(forms[0])); ind.Unit.Kind == Rank && len(f) > 1 {
			// "highest on record" of "the highest number of seizures on
			// record": the rank's words and its reach, apart in the quote.
			if frame, said := rankReach(p.Quote, f[0]); said != "" && strings.HasSuffix(strings.Join(f, " "), lowerASCII(frame)) {
				if slices.ContainsFunc(ind.Provenance, func(o Provenance) bool {
					return indexWord(lowerASCII(foldString(o.Quote)), lowerASCII(foldString(forms[0]))) >= 0
				}) {
					// "highest percentage since records began" and "its
					// highest point since records began", two quotes of one
					// record (s37h-conceptions): either quote's words move
					// the error to the other; the place word states both.
					v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: it gives the place its reach %q with other words between, %q, and another of its quotes words it %q: write stated: %q, with %q in the title, which both quotes state", forms[0], frame, said, forms[0], said[:len(f[0])], frame)
					return
				}
				v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: it gives the place its reach %q with other words between: write stated: %q, the quote's words (or stated: %q, with %q in the title)", forms[0], frame, said, said[:len(f[0])], frame)
				return
			}
		}
		if w := quoteWording(p.Quote, ind); w != "" {
			if fig := bareWords(forms[0], ind.Measure); fig != "" && slices.ContainsFunc(ind.Provenance, func(o Provenance) bool {
				return indexWord(foldString(o.Quote), foldString(forms[0])) >= 0
			}) {
				// "35.7 mean paid weekly hours" and "35.7 hours", two
				// quotes of one figure (s25u-paygap): either wording moves
				// the error to the other quote; the figure and its unit
				// state both.
				v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: it words the figure %q, another of its quotes %q: write stated: %q and unit: %s, which both state", forms[0], w, forms[0], fig, unitWord(ind.Unit))
				return
			}
			if at := strings.Index(p.Quote, w); at >= 0 && ind.Quantity.Qualifier == Exact {
				if h := hedgeBeforeFigure(p.Quote[:at]); h != "" {
					// "2.75%" of "around 2¾%" (s35f-monetary): the advice
					// keeps the hedge, or the next run asks for it.
					w = h + " " + w
					v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote hedges it and words it %q: write stated: %q, the quote's own characters", forms[0], w, w)
					return
				}
			}
			if fig := figureAlone(w); fig != w && ind.Unit.Kind == Count && ind.Unit.Per == "" {
				// "4" of "Four members" with unit: member: the figure
				// alone keeps the unit the catalog gives (s35f-monetary).
				v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote words it %q: write stated: %q, the quote's own characters (or stated: %q, its figure alone, and keep unit: %s)", forms[0], w, w, fig, ind.Unit)
				return
			}
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote words it %q: write stated: %q, the quote's own characters", forms[0], w, w)
			return
		}
		if msg := unsignedInQuote(fq, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if w := fractionWording(p.Quote, ind); w != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: it writes %q, which is held as its percent: write stated: %q, the document's words", forms[0], w, w)
			return
		}
		if msg := nounApart(fq, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if msg := baseBeforeAdvice(fq, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if msg := signOtherwise(fq, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if msg := percentSignApart(fq, text, p.Span, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if msg := scaleNotInQuote(fq, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if w := otherHedgeWording(p.Quote, ind); w != "" {
			if len(ind.Provenance) > 1 {
				// "497,000 people" and "almost 497,000": one figure, one
				// hedge; the hedged wording is the one to keep (s23r-water).
				hedged := ind.Stated
				if ind.Quantity.Qualifier == Exact {
					hedged = w
				} else if h := hedgeOf(p.Quote, w); h != "" {
					// "almost 312,000" and "about 312,000": no quote is
					// the unhedged one to leave out.
					v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote hedges it otherwise, %q, and an indicator has one hedge: keep the quotes that hedge it as stated, and give this one an indicator of its own (stated: %q)", forms[0], h, h)
					return
				}
				v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote hedges it otherwise, %q, and an indicator has one hedge: keep the hedged wording, stated: %q, and leave the unhedged quote out (or give it an indicator of its own)", forms[0], w, hedged)
				return
			}
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote hedges it otherwise, %q: write stated: %q, the quote's own words", forms[0], w, w)
			return
		}
		if w := pointsInQuote(forms[0], ind.Unit, PercentagePointUnit, []string{p.Quote}); w != "" {
			// "1.1%" of "a decrease of 1.1 percentage points": the number
			// agrees, the unit does not.
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: its number agrees, but the quote's unit is percentage points, %q, not percent: write stated: %q", forms[0], w, w)
			return
		}
		if msg := rankWordAdvice(p.Quote, ind); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if msg := gluedRowAdvice(text, p.Span); msg != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], msg)
			return
		}
		if num := strings.Trim(leadingDigits.FindString(forms[0]), ",."); num != "" && strings.Contains(quoteNumbers(p.Quote), strconv.Quote(num)) {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: %s", forms[0], numberOtherwise(p.Quote, forms[0], ind))
			return
		}
		v.add(pkey+"/quote", pwhere, ErrMismatch, "the quote does not state %q: the numbers in the quote (%s) disagree with the indicator; fix the quote or the figure", forms[0], quoteNumbers(p.Quote))
		return
	}
	if d := ind.Quantity.Direction; d != NoDirection && d != Either && !signed && ind.Measure == Change && DirectionWord(fq, d) == "" && !eitherWayWord(fq) && !signInQuote(fq, foldString(forms[0]), d) && !multipleSaysWay(ind, d) &&
		DirectionWord(foldString(leadInAbove(text, p.Span.Start)), d) == "" { // "fares increased by:" above "- 2.1% in Scotland"

		if m := movedFrom(p.Quote, ind.Stated); m != "" {
			v.add(pkey+"/quote", pwhere, ErrMismatch, "direction %q but the quote has no word for it: %q says how the figure moved to the next, not its own way; quote the sentence from the verb that says its way (\"rose by …, %s\")", d, m, m)
			return
		}
		if contributionAdvice(ind, p.Quote) != "" || inflationAdvice(ind, p.Quote) != "" {
			return // a contribution or a rate, which has no way: reported on its measure
		}
		v.add(pkey+"/quote", pwhere, ErrMismatch, "direction %q but the quote has no word for it (such as %q): fix the direction or the quote%s", d, map[Direction]string{Up: "increase", Down: "reduce"}[d], directionAdvice(text, p.Span, d))
	}
}

// nounCaseOnly reports whether stated differs from quoted, the quote's
// characters at the figure, only in capitals the quote gives the words
// after the figure's first word ("12,440 People" for "12,440 people").
func nounCaseOnly(quoted, stated string) bool {
	sp := strings.IndexByte(stated, ' ')
	if sp < 0 || len(quoted) != len(stated) || quoted[:sp] != stated[:sp] {
		return false
	}
	for i := sp; i < len(stated); i++ {
		if quoted[i] != stated[i] && !(quoted[i] >= 'A' && quoted[i] <= 'Z' && quoted[i]+'a'-'A' == stated[i]) {
			return false
		}
	}
	return true
}

// runAfterOrdinal returns the words of the folded quote fq that state a
// run of periods where ind states only its ordinal as a rank ("eighth" of
// "for the eighth consecutive year"), or "": the run is a count of years
// (runOfPeriods), which a rank would show as the eighth place.
func runAfterOrdinal(fq string, ind *Indicator) string {
	if ind.Unit != RankUnit || ind.Stated == "" {
		return ""
	}
	at := indexWord(fq, foldString(ind.Stated))
	if at < 0 {
		return ""
	}
	words := strings.Fields(fq[at:])
	if len(words) < 3 {
		return ""
	}
	run := strings.Join(words[:3], " ")
	run = strings.TrimRight(run, ".,;:)")
	if _, u, err := parseStated(lowerASCII(run)); err != nil || u.Kind != Count {
		return ""
	}
	return run
}

// mustStated returns what ParseStated reads from s, which the caller has
// read before, for Format.
func mustStated(s string) (Quantity, Unit, Style) {
	q, u, _ := ParseStated(s)
	return q, u, Style{}
}

// comparisonInQuote reports whether the folded quote fq writes the first
// place stated as a comparison ("more than any other",
// lexicon.FirstPlaceComparisons) with at most maxComparisonWords words
// between its two parts: "carried more total system passengers in 2017
// than any other U.S. airline".
func comparisonInQuote(fq, stated string) bool {
	low := lowerASCII(fq)
	for _, c := range lexicon.FirstPlaceComparisons {
		if lowerASCII(stated) != c[0]+" "+c[1] {
			continue
		}
		for from := 0; from < len(low); {
			i := indexWord(low[from:], c[0])
			if i < 0 {
				break
			}
			i += from + len(c[0])
			if j := indexWord(low[i:], c[1]); j >= 0 && len(strings.Fields(lexicon.OutsideBrackets(low[i:i+j]))) <= maxComparisonWords {
				return true
			}
			from = i
		}
	}
	return false
}

// comparisonIn returns the first place the folded quote fq writes as a
// comparison ("more than any other", comparisonInQuote), or "".
func comparisonIn(fq string) string {
	for _, c := range lexicon.FirstPlaceComparisons {
		if s := c[0] + " " + c[1]; comparisonInQuote(fq, s) {
			return s
		}
	}
	return ""
}

// firstTimeOnly reports whether stated, an ordinal word ("first"),
// stands in the quote only before "time" ("for the first time in
// 2019"), which says when, not a place.
func firstTimeOnly(quote, stated string) bool {
	w := lowerASCII(strings.TrimSpace(stated))
	seen := false
	f := quoteWords(quote)
	for i, x := range f {
		if x != w {
			continue
		}
		if i+1 < len(f) && f[i+1] == "time" {
			seen = true
			continue
		}
		return false
	}
	return seen
}

// maxComparisonWords bounds the words between the two parts of a first
// place stated as a comparison: "more total system passengers in 2017" has
// five after "more".
const maxComparisonWords = 8

// quoteWording returns the words of quote, as the quote writes them, that
// state the indicator's figure with its unit and hedge ("0.98 tCO2e per
// person" for stated "0.98 tonnes CO2e per person", "978 PJ" for "978
// petajoules", "just under half" for a share stated "just under 50%", read
// as the indicator's measure), or "" when no run of up to
// maxWordingWords words does. Of several, the longest wins, and of those
// the first. It runs only on a figure verify could not find, to say what
// to write.
func quoteWording(quote string, ind *Indicator) string {
	words := strings.Fields(quote)
	best := ""
	sign := statedSign(ind)
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= maxWordingWords; j++ {
			joined := strings.Join(words[i:j], " ")
			w := strings.Trim(joined, ",;:()[]")
			w = strings.TrimRight(w, ".")
			if strings.Count(w, "(") > strings.Count(w, ")") && strings.HasSuffix(strings.TrimRight(joined, ",;:.*"), ")") {
				w += ")" // "7.7 percent (±1.2 percent)": the margin's parentheses
			}
			q, u, err := ParseStatedAs(w, ind.Measure) // as the figure was read: "one in five" of a share is 20 percent
			if err == nil && u == ind.Unit && sameFigure(settleMove(q, ind.Measure, w), ind.Quantity) && signOf(q, ind.Measure, w) == sign {
				// The shortest run from this word: the counted noun ends
				// the figure ("300 separate woodland creation projects",
				// not "… in Scotland last year"); the longest of those,
				// so a hedge before the figure is kept.
				if len(w) > len(best) {
					best = w
				}
				break
			}
		}
	}
	return best
}

// otherHedgeWording returns the words of quote that state ind's figure
// with another hedge (the quote "80%" where stated is "more than 80%"),
// or "": the numbers agree, so the message says which words to copy
// rather than that the numbers differ.
func otherHedgeWording(quote string, ind *Indicator) string {
	if ind.Quantity.IsRange() {
		return ""
	}
	for q := Exact; q < numQualifiers; q++ {
		if q == ind.Quantity.Qualifier || q == Range {
			continue
		}
		probe := *ind
		probe.Quantity.Qualifier = q
		if w := quoteWording(quote, &probe); w != "" {
			return w
		}
	}
	return ""
}

// hedgeOf returns the hedge quote writes right before w, a figure's
// wording in it, with w's first word, its number ("about 312,000" of
// "put it at about 312,000 people" for w "312,000 people"), or "" where
// none stands there.
func hedgeOf(quote, w string) string {
	i := strings.Index(quote, w)
	if i <= 0 {
		return ""
	}
	h := HedgeBefore(quote[:i])
	if h == "" || i < len(h)+1 {
		return ""
	}
	return strings.TrimSpace(quote[i-len(h)-1:i]) + " " + strings.Fields(w)[0]
}

// maxWordingWords bounds the words quoteWording reads as one figure:
// "355 sentenced prisoners per 100,000 U.S. residents" has seven.
const maxWordingWords = 9

// sameFigure reports whether a and b state the same figure with the same
// hedge: values, ends, qualifier and margin (not the scale word or noun
// as written, nor what the margin measures).
func sameFigure(a, b Quantity) bool {
	return a.Qualifier == b.Qualifier && a.Value.Equal(b.Value) && a.Low.Equal(b.Low) && a.High.Equal(b.High) &&
		a.Margin.IsZero() == b.Margin.IsZero() && a.Margin.HalfWidth.Equal(b.Margin.HalfWidth)
}

// hedgeBeforeFigure returns the hedge at the end of before as the text
// writes it, with an article between it and the figure ("more than an"
// of "more than an 80% jump", which stated reads as more_than 80 percent),
// or "".
func hedgeBeforeFigure(before string) string {
	if h := HedgeBefore(before); h != "" {
		return writtenBefore(before, h)
	}
	t := strings.TrimRight(before, " ")
	for _, a := range []string{" an", " a"} {
		if len(t) < len(a) || lowerASCII(t[len(t)-len(a):]) != a {
			continue
		}
		b := t[:len(t)-len(a)]
		if h := HedgeBefore(b); h != "" {
			return writtenBefore(b, h) + t[len(b):]
		}
	}
	return ""
}

// writtenBefore returns the hedge h, which HedgeBefore read in lower case
// at the end of before, in the letters before writes it ("An estimated"
// at the start of a sentence), so that advice to copy it can be followed.
func writtenBefore(before, h string) string {
	t := strings.TrimRight(before, " ")
	if w := t[max(0, len(t)-len(h)):]; lowerASCII(w) == h {
		return w
	}
	return h
}

// indexWord returns where sub is in s, not inside a longer number or word
// ("30 countries" is not in "130 countries"), or -1.
func indexWord(s, sub string) int {
	return indexWhere(s, sub, func(i, j int) bool {
		return (i == 0 || !isAlnum(s[i-1]) && !signOrRangeDash(s, i)) && (j == len(s) || !isAlnum(s[j]))
	})
}

// indexAfterMinus returns where sub stands as a whole word right after a
// minus sign in s ("(-43,000)", " -2.4%"; dashes are folded to '-'), not
// after a range's dash ("3-5"), or -1.
func indexAfterMinus(s, sub string) int {
	return indexWhere(s, sub, func(i, j int) bool {
		return i >= 1 && s[i-1] == '-' && (i == 1 || s[i-2] == ' ' || s[i-2] == '(' || s[i-2] == ';') && (j == len(s) || !isAlnum(s[j]))
	})
}

// minusWordsAsSigns returns s, folded text, with each word for a minus
// sign (lexicon.MinusWords) written as the sign it is: "was minus €167
// million" reads "was -€167 million", "negative 0.3 percent" "-0.3
// percent", so that a quote and a stated figure agree whichever way each
// writes the sign. "plus or minus 0.8", a margin, keeps its words.
func minusWordsAsSigns(s string) string {
	if !strings.Contains(s, "inus ") && !strings.Contains(s, "egative ") {
		return s // most quotes: no copy
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		if i == 0 || !isAlnum(s[i-1]) && s[i-1] != '-' {
			if w, rest := signWordAt(s[i:]); w != "" && !strings.HasSuffix(lowerASCII(s[:i]), "or ") {
				b.WriteByte('-')
				i = len(s) - len(rest)
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	return b.String()
}

// indexWhere returns the first place sub stands in s, from i to j, where
// ok(i, j) holds, or -1.
func indexWhere(s, sub string, ok func(i, j int) bool) int {
	for off := 0; ; {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		i += off
		if ok(i, i+len(sub)) {
			return i
		}
		off = i + 1
	}
}

// signOrRangeDash reports whether a dash ends s[:i] as a minus sign ("−0.3",
// dashes are folded to '-') or as the dash of a range ("3-5"), so that the
// figure at i is only part of what the text says. A dash after a letter
// ("economy—$279 billion") is punctuation.
func signOrRangeDash(s string, i int) bool {
	if s[i-1] != '-' {
		return false
	}
	if i == 1 {
		return !zeroAt(s, i) // "−0.0": a sign before zero changes nothing
	}
	c := s[i-2]
	return c >= '0' && c <= '9' || (c == ' ' || c == '(') && !zeroAt(s, i)
}

// zeroAt reports whether the number at s[i:] is zero ("0", "0.0").
func zeroAt(s string, i int) bool {
	j := i
	for j < len(s) && (s[j] == '0' || s[j] == '.' && j > i) {
		j++
	}
	return j > i && s[i] == '0' && (j == len(s) || s[j] < '1' || s[j] > '9')
}

func isAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 60 {
		return s
	}
	r := []rune(s)
	return string(r[:57]) + "..."
}

// foldRune maps the typographic variants documents use to one form: spaces
// to a space, curly quotes to straight ones, dashes to a hyphen.
func foldRune(r rune) rune {
	switch r {
	case '\u00a0', '\u2009', '\u202f', '\u2007', '\t':
		return ' '
	case '‘', '’', '′':
		return '\''
	case '“', '”', '″':
		return '"'
	}
	if lexicon.IsDash(r) || r == lexicon.Minus {
		return '-'
	}
	return r
}

// foldString folds every rune of s; ASCII passes through unchanged.
func foldString(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '\t' {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// foldEqual reports whether a and b are equal after folding.
func foldEqual(a, b string) bool {
	if a == b {
		return true
	}
	return foldString(a) == foldString(b)
}

// quoteRune folds r as foldRune does, and a line break to a space: a
// quote typed on one line finds the text that breaks its line there
// (gov.uk's "Key Points" blocks, "…Service Personnel\nat 1 October
// 2024", s18k-defence), and the model keeps the text's own characters at
// the span, as for a no-break space typed as a space.
func quoteRune(r rune) rune {
	if r == '\n' {
		return ' '
	}
	return foldRune(r)
}

// findQuote finds quote in text, exactly or else after folding
// (quoteRune), and returns the byte span of the first occurrence and how
// many there are.
func findQuote(text, quote string) (Span, int) {
	if quote == "" {
		return Span{}, 0
	}
	if i := strings.Index(text, quote); i >= 0 {
		return Span{Start: i, End: i + len(quote)}, strings.Count(text, quote)
	}
	// Fold both, remembering where each folded rune came from.
	fq := strings.Map(quoteRune, quote)
	var ft strings.Builder
	offs := make([]int, 0, len(text)+1)
	for i, r := range text {
		f := quoteRune(r)
		n := utf8.RuneLen(f)
		for k := 0; k < n; k++ {
			offs = append(offs, i)
		}
		ft.WriteRune(f)
	}
	offs = append(offs, len(text))
	fs := ft.String()
	i := strings.Index(fs, fq)
	if i < 0 {
		return Span{}, 0
	}
	return Span{Start: offs[i], End: offs[i+len(fq)]}, strings.Count(fs, fq)
}

// checkGiven checks the computed fields a file gives for derived indicators
// (as the JSON export writes them) against the computation.
func (d *decoder) checkGiven() {
	for _, g := range d.given {
		r, err := d.c.Compute(g.id)
		if err != nil {
			continue // reported by verify
		}
		dv, _ := d.c.DerivedIndicator(g.id)
		j := derivedJSON(d.c, dv, r, true)
		if g.field == "restates" {
			if got := d.strings(g.node, "restates"); !slices.Equal(got, j.Restates) {
				d.errorf(g.node, ErrMismatch, "derived %q computes restates = [%s], not [%s]: remove \"restates\" (it is computed) or write that", g.id, strings.Join(j.Restates, ", "), strings.Join(got, ", "))
			}
			continue
		}
		var want *string // nil: null
		str := func(s string) *string { return &s }
		number := false
		switch g.field {
		case "text":
			want = str(j.Text)
		case "qualifier":
			want = j.Qualifier
		case "value", "low", "high":
			n := map[string]*json.Number{"value": j.Value, "low": j.Low, "high": j.High}[g.field]
			if n != nil {
				want = str(string(*n))
			}
			number = true
		case "unit":
			want = str(j.Unit)
		case "period":
			want = j.Period
		case "base":
			want = str(j.Base)
		case "status":
			want = str(j.Status)
		case "bounded":
			want = str(strconv.FormatBool(j.Bounded))
		case "reason":
			want = str(j.Reason)
		}
		got := g.node.Value
		ok := false
		switch {
		case isNull(g.node):
			ok = want == nil || *want == "" && (g.field == "reason" || g.field == "base")
		case want == nil:
		case number:
			x, err := parseDecimal(got)
			y, _ := parseDecimal(*want)
			ok = err == nil && x.Equal(y)
		default:
			ok = got == *want
		}
		if ok {
			continue
		}
		wrote := "null"
		if want != nil {
			wrote = strconv.Quote(*want)
			if number {
				wrote = *want
			}
		}
		d.errorf(g.node, ErrMismatch, "derived %q computes %s = %s, not %s: remove %q (it is computed) or write that", g.id, g.field, wrote, g.node.Value, g.field)
	}
}

// indexBeforeFootnote returns where sub stands in s as indexWord finds
// it, but ended by a footnote marker glued to its last word
// (lexicon.GluedFootnote: "14.3 million" in "from 14.3 million4 in
// 2013/14"; lexicon.MarkerAt after a rate's base: "per day2"), or by the next word where the text's extraction lost the
// space between them ("778,759" in "778,759were fish": a figure ending
// in a digit, then a lower-case word of three letters or more that is
// no scale word or unit symbol, which "12bn" and "15mph" are), or -1.
// The marker and the word are the document's, not part of the figure.
func indexBeforeFootnote(s, sub string) int {
	return indexWhere(s, sub, func(i, j int) bool {
		if i > 0 && (isAlnum(s[i-1]) || signOrRangeDash(s, i)) || j == len(s) || !isAlnum(s[j]) {
			return false
		}
		w0 := strings.LastIndexByte(sub, ' ') + 1
		k := j
		for k < len(s) && isAlnum(s[k]) {
			k++
		}
		if _, _, ok := lexicon.GluedFootnote(sub[w0:] + s[j:k]); ok {
			return true
		}
		if strings.HasSuffix(sub, "%") && markerEndsClause(s, j, k) {
			return true // "rose by 0.3%1.": a figure's percent sign and a footnote marker (s35f-productivity)
		}
		if lexicon.MarkerAt(s[j:]) == k-j && strings.Contains(" "+strings.ToLower(sub[:w0]), " per ") {
			return true // "5,100 new requests per day" in "… per day2": a rate's base, whose word may name ("Day 2") where GluedFootnote reads it
		}
		return gluedWord(sub, s[j:k])
	})
}

// voteSides matches a vote or a score written as two counts joined by a
// dash: "5–4", "52-48".
var voteSides = regexp.MustCompile(`(?:^|[^0-9.,])([0-9]{1,3}) ?[–-] ?([0-9]{1,3})(?:$|[^0-9.,%])`)

// voteSide reports whether ind, a count, is one side of a vote the quote
// writes as two counts joined by a dash ("voted by a majority of 5–4"),
// with a word of a vote or a score (lexicon.ScoreWords) in the quote: the
// indicator of "Four members preferred …" may quote both sentences, which
// write its one number two ways.
func voteSide(quote string, ind *Indicator) bool {
	if ind.Measure != CountKind || ind.Quantity.IsRange() || ind.Quantity.Qualifier != Exact {
		return false
	}
	score := false
	for _, w := range strings.FieldsFunc(lowerASCII(quote), func(r rune) bool { return !unicode.IsLetter(r) }) {
		score = score || slices.Contains(lexicon.ScoreWords, w)
	}
	if !score {
		return false
	}
	want := ind.Quantity.Value.Float64()
	for _, m := range voteSides.FindAllStringSubmatch(quote, -1) {
		for _, side := range m[1:] {
			if n, err := strconv.Atoi(side); err == nil && float64(n) == want {
				return true
			}
		}
	}
	return false
}

// markerEndsClause reports whether s[j:k], glued after a figure, is a
// footnote marker of one or two digits that ends the figure's clause: a
// space, the end, or a stop or comma before a space or the end follows
// it ("0.3%1." or "0.3%1, while"), not another figure of a glued table
// row ("5.2%10.3%").
func markerEndsClause(s string, j, k int) bool {
	if k-j > 2 || lexicon.MarkerAt(s[j:]) != k-j {
		return false
	}
	rest := s[k:]
	if rest != "" && strings.ContainsRune(".,;:)", rune(rest[0])) {
		rest = rest[1:]
	}
	return rest == "" || rest[0] == ' ' || rest[0] == '\n'
}

// gluedWord reports whether w, the letters right after the figure sub,
// is a word of the sentence the text ran into the figure ("were" of
// "778,759were"), not its scale or unit.
func gluedWord(sub, w string) bool {
	if len(w) < 3 || sub == "" || sub[len(sub)-1] < '0' || sub[len(sub)-1] > '9' {
		return false
	}
	for _, c := range []byte(w) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	_, _, err := ParseStated("1" + w)
	return err != nil
}

// scaleAfterFigure returns the scale word (a whole word, not an
// abbreviation: "m" may be metres) that follows every place sub stands
// in s as a whole word, perhaps with a footnote marker glued on
// ("million4"), or "": stated "14.3" against "14.3 million4" is a
// figure a million times too small.
func scaleAfterFigure(s, sub string) string {
	word := ""
	for off := 0; ; {
		i := indexWord(s[off:], sub)
		if i < 0 {
			return word
		}
		j := off + i + len(sub)
		off = j
		rest := strings.TrimLeft(s[j:], " ")
		if len(rest) == len(s[j:]) {
			return "" // no space: not a word after the figure
		}
		w, _, _ := strings.Cut(rest, " ")
		w = bareWord(w)
		bare := w
		if b, _, ok := lexicon.GluedFootnote(w); ok {
			bare = b
		}
		sc, ok := lexicon.LookupScale(lowerASCII(bare))
		if !ok || sc.Abbrev {
			return ""
		}
		word = w
	}
}

// scaleWordFactor names the factor of a scale word written in a quote
// ("million4" is a million).
func scaleWordFactor(w string) string {
	sc, _ := lexicon.LookupScale(lowerASCII(strings.TrimRight(w, "0123456789"+lexicon.SuperscriptDigits)))
	return strings.TrimSuffix(Scale(sc.Exp/3).String(), "s")
}

// countNotices returns a notice for each figure that counts what its
// quote names but has no unit (countWithoutUnit), at its stated line:
// "write unit: death". It is a notice, which verify -strict refuses,
// because the drafts verify as written and draft such counts bare.
func (c *Catalog) countNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if len(ind.Provenance) == 0 {
			continue
		}
		msg := c.bareCount(ind)
		if msg == "" {
			msg = capitalUnit(ind, ind.Provenance[0].Quote)
		}
		if msg == "" {
			msg = fractionBesidePercent(ind, ind.Provenance[0].Quote)
		}
		if msg == "" {
			msg = rateTwin(ind, c.quoteSentence(ind))
		}
		if msg == "" {
			msg = conjunctionUnit(ind, ind.Provenance[0].Quote)
		}
		if msg == "" {
			continue
		}
		c.addField(&l, ind.ID, "stated", ErrMissing, msg)
	}
	return l
}

// bareCount is countWithoutUnit of ind's first quote or, where that
// names no noun, of its sentence: the quote of one of two figures of a
// sentence may leave out the noun the sentence gives both.
func (c *Catalog) bareCount(ind *Indicator) string {
	if len(ind.Provenance) == 0 {
		return ""
	}
	p := ind.Provenance[0]
	msg := countWithoutUnit(ind, p.Quote)
	if msg == "" {
		if s := c.quoteSentence(ind); s != "" && s != p.Quote {
			msg = countWithoutUnitIn(ind, s, "sentence")
		}
	}
	return msg
}

// firstQuoteIn returns ind's first provenance and the text of its
// source, where the quote has a span of its own in that text.
func (c *Catalog) firstQuoteIn(ind *Indicator) (Provenance, string, bool) {
	if len(ind.Provenance) == 0 {
		return Provenance{}, "", false
	}
	p := ind.Provenance[0]
	src, ok := c.Source(p.Source)
	if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start >= p.Span.End {
		return Provenance{}, "", false
	}
	return p, src.Text, true
}

// quoteSentence returns the sentence of its source's text around ind's
// first quote (sentenceAround), or "" where the quote has no span in it.
func (c *Catalog) quoteSentence(ind *Indicator) string {
	p, text, ok := c.firstQuoteIn(ind)
	if !ok {
		return ""
	}
	return sentenceAround(text, p.Span)
}

// nounNotices returns a notice for each quote that writes a plural noun
// right after a bare stated figure whose counted noun the catalog gives
// apart as another: stated "100 million" with unit: victimization against
// "100 million crimes" counts crimes, not victimizations (round C's crime
// release), and verify cannot tell which the figure counts. A unit that
// another figure of the catalog states with its own noun is the whole the
// document names, and its parts are counted in it without a notice
// (round G's insolvencies: "1,597 administrations" beside "23,872
// registered company insolvencies", unit insolvency, as its siblings).
func (c *Catalog) nounNotices() ErrorList {
	var l ErrorList
	// The units a figure of the catalog states with its own noun
	// ("23,872 registered company insolvencies"): the document names that
	// whole, and a part of it counted in its unit ("1,597 administrations",
	// unit insolvency) is no other thing, as its siblings whose noun is
	// not right after the figure ("3,230 compulsory liquidations") are not.
	whole := map[Unit]bool{}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err == nil && u.Kind == Count && u == ind.Unit {
			whole[u] = true
		}
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != Count || ind.Stated == "" || whole[ind.Unit] {
			continue
		}
		if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() {
			continue
		}
		name := ind.Unit.Name
		if k := strings.LastIndexByte(name, ' '); k >= 0 {
			name = name[k+1:]
		}
		for j, p := range ind.Provenance {
			w := nounAfterFigure(foldString(p.Quote), foldString(ind.Stated))
			if w == "" || lexicon.Singular(lowerASCII(w)) == name || lowerASCII(w) == name {
				continue
			}
			q, st := foldString(p.Quote), foldString(ind.Stated)
			if coordinatedAfter(q[indexWord(q, st)+len(st):], w) {
				continue // "1400 pubs and clubs" with unit: venue, the noun for both
			}
			if f := strings.Fields(lowerASCII(q[:indexWord(q, st)])); len(f) >= 2 && f[len(f)-1] == "of" && lexicon.Singular(f[len(f)-2]) == name {
				continue // "loans of 174.9 million books", unit: loan, counts loans
			}
			phrase := countedPhrase(ind, q[indexWord(q, st)+len(st):], w)
			if head := lastWord(phrase); lexicon.Singular(lowerASCII(head)) == name || lowerASCII(head) == name {
				continue // "385 firearms certificates", unit: certificate: the head noun is the last
			}
			key := fmt.Sprintf("indicators/%s/provenance/%d/quote", ind.ID, j)
			where := fmt.Sprintf("indicator %q, provenance %d", ind.ID, j+1)
			pos := c.position(key)
			if pos.IsValid() {
				where = ""
			}
			l.addAt(pos, where, ErrMismatch, "the quote counts %q after %q, but unit %q counts another thing: if the figure counts %s, write stated: %q and leave the unit out",
				phrase, ind.Stated, unitWord(ind.Unit), phrase, ind.Stated+" "+phrase)
		}
	}
	return l
}

// coordinatedAfter reports whether rest, the words after a figure,
// start with the plural w joined by "and" or a comma to another plural
// ("pubs and clubs"): a phrase that counts both, which a unit naming
// both (venue) counts (coordinatedParts).
func coordinatedAfter(rest, w string) bool {
	f := strings.Fields(lowerASCII(rest))
	if len(f) < 3 || bareWord(f[0]) != w {
		return false
	}
	next := f[1:]
	if strings.HasSuffix(f[0], ",") && next[0] != "and" {
		return lexicon.IsPlural(bareWord(next[0]))
	}
	if next[0] == "and" && len(next) > 2 && next[1] == "other" {
		next = append([]string{"and"}, next[2:]...) // "books and other materials"
	}
	return slices.Contains(lexicon.Conjunctions, next[0]) && len(next) > 1 && lexicon.IsPlural(bareWord(next[1]))
}

// nounAfterFigure returns the word right after the figure sub in s when
// it is a plural noun in lower case ("crimes" in "100 million crimes"),
// or "".
func nounAfterFigure(s, sub string) string {
	i := indexWord(s, sub)
	if i < 0 {
		return ""
	}
	rest := s[i+len(sub):]
	if !strings.HasPrefix(rest, " ") {
		return ""
	}
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	w = bareWord(w)
	if w == "" || !asciiLetters(w) || lowerASCII(w) != w || !lexicon.IsPlural(w) {
		return ""
	}
	if _, ok := lexicon.LookupScale(w); ok {
		return ""
	}
	return w
}

// bareWord returns w, a word split at spaces from running text or a stated
// figure, without the punctuation that may close it ("million4," is
// "million4"; "deaths)" is "deaths").
func bareWord(w string) string {
	return strings.TrimRight(w, ".,;:)")
}
