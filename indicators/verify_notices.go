package indicators

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// LoadWithNotices is LoadWith that also returns the catalog's notices
// (QuoteNotices), so that a writer gets every message of a catalog in one
// run: with the catalog when it verifies, and beside the ErrorList when it
// does not. A refused catalog's notices are those of its indicators that
// have no error of their own (an error in a view, say, leaves the "write
// unit: migrant" of the figure it draws standing); an indicator with an
// error, and a file that does not parse, give none, but a view that draws
// one still has its title told (viewTitleHyphenNotices).
func LoadWithNotices(name string, o *LoadOptions) (*Catalog, ErrorList, error) {
	src, err := readCatalogFile(name, o.maxCatalog())
	if err != nil {
		return nil, nil, err
	}
	t, err := newTextOpener(filepath.Dir(name), o)
	if err != nil {
		return nil, nil, err
	}
	defer t.close()
	return ParseWithNotices(name, src, t.read)
}

// ParseWithNotices is Parse that also returns the notices of
// LoadWithNotices: the catalog's, or, where it has problems, those of its
// indicators with none of their own.
func ParseWithNotices(filename string, src []byte, readText TextReader) (*Catalog, ErrorList, error) {
	d := newDecoder(filename, readText)
	if err := d.run(src); err != nil {
		if d.fatal {
			return nil, nil, err
		}
		return nil, d.noticesBeside(), err
	}
	return d.c, d.c.QuoteNotices(), nil
}

// noticesBeside returns the notices of the indicators of a refused
// catalog that have no error of their own: neither a field that did not
// decode (d.bad) nor a problem at a line among theirs. The notices look at
// a copy of the catalog that holds only those indicators, and only the
// views, derived figures and series whose indicators all are among them.
func (d *decoder) noticesBeside() ErrorList {
	c := d.c
	type lines struct{ from, to int }
	own := map[string]lines{}
	for id, p := range c.ipos {
		if p == nil || !p.item.IsValid() {
			continue
		}
		l := lines{p.item.Line, p.item.Line}
		for _, q := range []Pos{p.id, p.series, p.stated, p.value, p.measure, p.period, p.base, p.title, p.counterpart, p.unit} {
			l.to = max(l.to, q.Line)
		}
		for _, pp := range p.prov {
			l.to = max(l.to, pp.item.Line, pp.source.Line, pp.quote.Line, pp.start.Line)
		}
		own[id] = l
	}
	faulty := map[string]bool{}
	for id := range d.bad {
		faulty[id] = true
	}
	for _, e := range d.errs {
		if !e.Pos.IsValid() || e.Pos.File != d.file {
			continue
		}
		for id, l := range own {
			if e.Pos.Line >= l.from && e.Pos.Line <= l.to {
				faulty[id] = true
			}
		}
	}
	kept := *c
	kept.Indicators = nil
	for i := range c.Indicators {
		if _, placed := own[c.Indicators[i].ID]; placed && !faulty[c.Indicators[i].ID] {
			kept.Indicators = append(kept.Indicators, c.Indicators[i])
		}
	}
	if len(kept.Indicators) == 0 {
		return nil
	}
	// A derived figure stands where its inputs do, a derived one's
	// inputs too (two rounds reach a derived figure of derived ones).
	has := func(ids []string) bool {
		return !slices.ContainsFunc(ids, func(id string) bool {
			_, ok := kept.Indicator(id)
			_, derived := kept.DerivedIndicator(id)
			return !ok && !derived
		})
	}
	kept.Derived = nil
	for range 2 {
		kept.Derived = slices.DeleteFunc(slices.Clone(c.Derived), func(x Derived) bool { return !has(x.Inputs) })
	}
	kept.Views = slices.DeleteFunc(slices.Clone(c.Views), func(v ChartView) bool { return !has(v.Indicators) })
	kept.Series = slices.DeleteFunc(slices.Clone(c.Series), func(s Series) bool {
		for i := range c.Indicators {
			if c.Indicators[i].Series == s.ID && faulty[c.Indicators[i].ID] {
				return true
			}
		}
		return false
	})
	l := kept.QuoteNotices()
	// A view left out for a faulty figure still has its title told.
	titles := kept
	titles.Views = slices.DeleteFunc(slices.Clone(c.Views), func(v ChartView) bool { return has(v.Indicators) })
	l = append(l, titles.viewTitleHyphenNotices()...)
	l.Sort()
	return l
}

// statedLineNotices gives a notice for each stated written across a line
// break or with other spacing than one space between words ("5,954\npeople",
// copied from a text that breaks its line there): the outputs print stated
// as written, so the notice gives the one-line form to write, as a quote
// typed otherwise than its source is given the source's (s23r-mental).
func (c *Catalog) statedLineNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if one := strings.Join(strings.Fields(ind.Stated), " "); one != ind.Stated {
			c.addField(&l, ind.ID, "stated", ErrVerbatim, fmt.Sprintf("stated %q is not on one line with one space between words, and the book, deck and CSV print it as written: write stated: %q", ind.Stated, one))
		}
	}
	return l
}

// bracketNotices gives a notice at each quote that leaves a bracket open
// or closes one it did not open ("83% of charities)", s25u-cyber: a clause
// cut out of "… phishing (84% of businesses and 83% of charities)"), with
// the sentence it stands in to write: a quote is the sentence, and every
// output prints it as written. A sentence whose own brackets do not
// balance is no better, and takes none.
func (c *Catalog) bracketNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		for j, p := range ind.Provenance {
			src, ok := c.Source(p.Source)
			if !ok || strings.Count(p.Quote, "(") == strings.Count(p.Quote, ")") {
				continue
			}
			sentence := strings.TrimSpace(sentenceAround(src.Text, p.Span))
			if sentence == p.Quote || strings.Count(sentence, "(") != strings.Count(sentence, ")") || strings.Count(src.Text, sentence) != 1 {
				continue
			}
			c.addNear(&l, fmt.Sprintf("indicators/%s/provenance/%d/quote", ind.ID, j), fmt.Sprintf("indicator %q, provenance %d", ind.ID, j+1), ErrVerbatim,
				fmt.Sprintf("quote %q leaves a bracket unbalanced, and every output prints it as written: a quote is the sentence: write quote: %q", p.Quote, sentence))
		}
	}
	return l
}

// unitPartNotices gives a notice at each view that counts one thing
// under two units, one the other's head noun ("device" beside "charging
// device", s25u-charging: a total and its parts, shown as two units in
// every output): the head noun is the unit to write, as the unit row of
// the README says.
func (c *Catalog) unitPartNotices() ErrorList {
	var l ErrorList
	for i := range c.Views {
		vw := &c.Views[i]
		var heads []string
		longer := map[string][]string{} // head noun → ids counted under a longer unit
		for _, id := range vw.Indicators {
			if ind, ok := c.Indicator(id); ok && ind.Unit.Kind == Count && ind.Unit.Per == "" && !slices.Contains(heads, ind.Unit.Name) {
				heads = append(heads, ind.Unit.Name)
			}
		}
		for _, id := range vw.Indicators {
			ind, ok := c.Indicator(id)
			if !ok || ind.Unit.Kind != Count || ind.Unit.Per != "" {
				continue
			}
			for _, h := range heads {
				// "full-time equivalent civil servant" beside "civil servant"
				// (s29z-civilservice): another measure of one workforce,
				// not a part of it, in a unit of its own (countBases).
				if mod, ok := strings.CutSuffix(ind.Unit.Name, " "+h); ok && !slices.Contains(slices.Collect(maps.Values(countBases)), mod) {
					longer[h] = append(longer[h], id)
				}
			}
		}
		for _, h := range heads {
			ids := longer[h]
			if ids == nil {
				continue
			}
			msg := fmt.Sprintf("view %q counts %s in a unit ending %q, beside figures in %s: one thing under two units, which every output shows as two: write unit: %s on %s (the kind goes in the title)", vw.ID, idList(ids), h, h, h, quotedList(ids, len(ids)))
			if in, ok := c.Indicator(ids[0]); ok && len(ids) == 1 {
				// The longer unit as written may be what both count ("potential
				// victim": a modifier that changes what is counted): offered too.
				var hs []string
				for _, id := range vw.Indicators {
					if o, ok := c.Indicator(id); ok && o.Unit.Kind == Count && o.Unit.Name == h {
						hs = append(hs, id)
					}
				}
				msg += fmt.Sprintf(", or unit: %s on %s where %s %s too", in.Unit.Name, quotedList(hs, len(hs)), map[bool]string{true: "it counts", false: "they count"}[len(hs) == 1], Plural(in.Unit.Name))
			}
			if as, writes := c.statedAsLonger(vw, h, ids); as != nil {
				// The figures in h write the longer unit in their stated
				// ("17,004 potential victims", read as victim): its words
				// are the unit, and h would drop what they count.
				msg = fmt.Sprintf("view %q counts %s in unit %q, though %s writes %q: one thing under two units, which every output shows as two: write unit: %s on %s (the unit as its stated writes it)", vw.ID, idList(as), h, idList(as), writes, writes, quotedList(as, len(as)))
			}
			c.addNear(&l, "views/"+vw.ID+"/indicators", fmt.Sprintf("view %q", vw.ID), ErrValue, msg)
		}
	}
	return l
}

// newnessNotices gives a notice, of kind ErrValue, at each unit that
// starts with a word of lexicon.NewnessWords ("new licence", "additional
// officer"): the word says the things were added in the period, not what
// is counted, so a flow of new licences and the stock of licences it adds
// to would be two units, which no output sets side by side. The unit is
// the noun; the word goes in the title, and stated may keep the quote's
// words ("8 new licences" reads as unit licence).
func (c *Catalog) newnessNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != Count {
			continue
		}
		first, noun, ok := strings.Cut(ind.Unit.Name, " ")
		if !ok || !slices.Contains(lexicon.NewnessWords, first) || !isNoun(noun) {
			continue
		}
		want := noun
		if ind.Unit.Per != "" {
			want += " per " + ind.Unit.Per
		}
		c.addField(&l, ind.ID, "unit", ErrValue, fmt.Sprintf("unit %q keeps %q, which says the %s were added in the period, not what is counted: write unit: %s, and say %q in the title (%q), so that the figure and the total it adds to are in one unit", unitWord(ind.Unit), first, Plural(noun), want, first, strings.ToUpper(first[:1])+first[1:]+" "+Plural(noun)))
	}
	return l
}

// changeUnitNotices gives a notice, of kind ErrValue, at the unit of a
// change stated bare whose quote counts the level it changes in another
// noun ("There were 21,681 licences, a decrease of 2 on the previous
// year" with unit: dog): a change is counted in its level's unit, so one
// of the two is wrong, or the change counts another thing its quote does
// not name. A unit that is the quote's noun with a word before it ("taxi
// licence" of "licences"), or its head ("licence" of "taxi licences"), is
// the same thing.
func (c *Catalog) changeUnitNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Measure != Change || ind.Unit.Kind != Count || ind.Unit.Per != "" || len(ind.Provenance) == 0 {
			continue
		}
		if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() {
			continue // the stated words name the noun, and the stated check reads them
		}
		quote := ind.Provenance[0].Quote
		q, words, ok := QuoteCount(quote, ind.Stated)
		if !ok || q.Kind != Count || q.Name == ind.Unit.Name || strings.HasSuffix(" "+ind.Unit.Name, " "+q.Name) || strings.HasSuffix(" "+q.Name, " "+ind.Unit.Name) {
			continue
		}
		if listedKinds(quote, words) {
			continue // "teachers, graduate staff and staff … was 4,781, an increase of 559": the level counts several kinds, its unit their sum
		}
		if fq, words := lowerASCII(foldString(quote)), strings.Fields(ind.Unit.Name); slices.ContainsFunc(words, func(w string) bool {
			w = strings.Trim(w, ",")
			return indexWord(fq, w) >= 0 || indexWord(fq, Plural(w)) >= 0
		}) {
			continue // "385 firearms certificates …, a 26% increase (+79)": the quote names the unit's noun too
		}
		c.addField(&l, ind.ID, "unit", ErrValue, fmt.Sprintf("unit %q of the change %q differs from %q, the noun its quote counts the level in (%q): a change is counted in its level's unit: write unit: %s, or quote the words that name what the change counts", unitWord(ind.Unit), ind.Stated, q.Name, words, q.Name))
	}
	return l
}

// changeRateNotices gives a notice, of kind ErrValue, at the unit of a
// change in money written with no rate where the level it changes, an
// indicator of the same title or quote, is a rate of that currency
// ("+$0.99 to $31.06" of "Average hourly wages" with unit: CAD beside the
// level's CAD per hour, s34e-jobs): a change is counted in its level's
// unit, and the outputs would print "up C$0.99" beside "C$31.06 per
// hour".
func (c *Catalog) changeRateNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Measure != Change || ind.Unit.Kind != Money || ind.Unit.Per != "" || len(ind.Provenance) == 0 {
			continue
		}
		for j := range c.Indicators {
			lv := &c.Indicators[j]
			if lv.Measure == Change || lv.Unit.Kind != Money || lv.Unit.Currency != ind.Unit.Currency || lv.Unit.Per == "" || len(lv.Provenance) == 0 {
				continue
			}
			if lv.Title != strings.TrimSuffix(ind.Title, ", change") && lv.Provenance[0].Quote != ind.Provenance[0].Quote {
				continue
			}
			c.addField(&l, ind.ID, "unit", ErrValue, fmt.Sprintf("unit %s of the change %q has no rate, but %q, a level of its title or quote, is in %s: a change is counted in its level's unit: write unit: %s", ind.Unit, ind.Stated, lv.ID, lv.Unit, lv.Unit))
			break
		}
	}
	return l
}

// yearLaterNotices gives a notice, of kind ErrMismatch, at the period of
// a figure that is no change whose quotes name one year only, the year
// after the figure's ("In 2023, there were 21,681 licences" with period:
// 2022): the sentence dates the figure, and the catalog a year earlier.
// A year across two ("2022-23"), a span or a running total is read
// otherwise, and a change's other year is its base; a quote that names
// two years names its comparison, and one that counts a year back
// (lexicon.YearBackPhrases: "the preceding year (16,921)") says the
// figure is of the year before.
func (c *Catalog) yearLaterNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		p := ind.Period
		if ind.Measure == Change || !p.IsStated() || p.IsSpan() || p.Split || p.Fiscal || p.UpTo || ind.Base.IsStated() || len(ind.Provenance) == 0 {
			continue
		}
		year, words := 0, ""
		for _, pv := range ind.Provenance {
			low := lowerASCII(foldString(pv.Quote))
			if slices.ContainsFunc(lexicon.YearBackPhrases, func(w string) bool { return strings.Contains(low, w) }) {
				year = -1 // "…in 2023, similar to the preceding year (16,921)": the quote says so
				break
			}
			y, w, ok := onlyYear(pv.Quote)
			if ok && startOfMove(pv.Quote, ind.Stated) {
				year = -1 // "decreased in 2014 from 17.8 to 16.8": the level a move starts at is of the time before
				break
			}
			if !ok || year != 0 && y != year {
				year = -1
				break
			}
			year, words = y, w
		}
		if year != p.From.Year+1 {
			continue
		}
		at := Period{From: Date{Year: year, Month: p.From.Month, Day: p.From.Day}}
		c.addField(&l, ind.ID, "period", ErrMismatch, fmt.Sprintf("period %s is a year before the %d its quote dates the figure by (%q): write period: %s, or, where the figure is of the year before, quote the words that say so", p, year, words, at))
	}
	return l
}

// onlyYear returns the one calendar year quote names, as a word of four
// digits from 1900 to 2099 after "in", "during", "for" or "of", which
// date a figure, and the words before it ("In 2023"); false where it
// names none, more than one, a year across two ("2022-23", "2022/23"),
// or a year that dates no figure ("the 2023 report", "since 2023").
func onlyYear(quote string) (int, string, bool) {
	quote = foldString(quote) // "2022–23" with its en dash
	year, at := 0, -1
	for i := 0; i+4 <= len(quote); i++ {
		if i > 0 && isAlnum(quote[i-1]) || !allDigits(quote[i:i+4]) || i+4 < len(quote) && isAlnum(quote[i+4]) {
			continue
		}
		y := atoiOr(quote[i : i+4])
		if y < 1900 || y > 2099 {
			continue
		}
		if i+5 < len(quote) && (quote[i+4] == '-' || quote[i+4] == '/') && quote[i+5] >= '0' && quote[i+5] <= '9' {
			return 0, "", false // a year across two, or a span
		}
		if year != 0 && y != year {
			return 0, "", false
		}
		year, at = y, i
	}
	if year == 0 {
		return 0, "", false
	}
	if f := strings.Fields(lowerASCII(quote[:at])); len(f) == 0 || !slices.Contains([]string{"in", "during", "for", "of"}, f[len(f)-1]) {
		return 0, "", false // "the 2023 report", "since 2023": no date of the figure
	}
	from := strings.LastIndexByte(strings.TrimRight(quote[:at], " "), ' ') + 1 // the word before: "In 2023"
	return year, quote[from : at+4], true
}

// listedKinds reports whether words, the noun a quote counts a level in,
// stands first in a list of nouns ("teachers, graduate staff and staff
// working towards graduate level qualifications … was 4,781"): the level
// counts the kinds together, and its change's unit names their sum.
func listedKinds(quote, words string) bool {
	i := strings.Index(quote, words)
	if i < 0 {
		return false
	}
	rest := quote[i+len(words):]
	if j := strings.IndexAny(rest, "0123456789"); j >= 0 {
		rest = rest[:j] // the list ends before the figure
	}
	if strings.HasPrefix(rest, " and ") || strings.HasPrefix(rest, " or ") {
		return true
	}
	if !strings.HasPrefix(rest, ", ") || !strings.Contains(rest, " and ") && !strings.Contains(rest, " or ") {
		return false
	}
	next, _, _ := strings.Cut(rest[2:], " ")
	next = lowerASCII(next) // "licences, a decrease of 2" ends a clause; "teachers, graduate staff and …" lists
	return !slices.Contains(lexicon.Articles, next) && !slices.Contains(lexicon.RelativePronouns, next) && !slices.Contains(lexicon.Prepositions, next) && next != "up" && next != "down"
}

// startOfMove reports whether stated's figure stands in quote right
// after "from" ("decreased in 2014 from 17.8 to 16.8", "(from 252,000 to
// 238,000)"): the level a move starts at, of the time before the one the
// quote's year names.
func startOfMove(quote, stated string) bool {
	fig := ""
	for _, f := range strings.Fields(stated) {
		if strings.ContainsAny(f, "0123456789") {
			fig = strings.TrimRight(f, ",.;:)")
			break
		}
	}
	if fig == "" {
		return false
	}
	for at := 0; ; {
		i := strings.Index(quote[at:], fig)
		if i < 0 {
			return false
		}
		i += at
		if before := strings.TrimRight(quote[:i], " "); strings.HasSuffix(lowerASCII(before), " from") || strings.HasSuffix(lowerASCII(before), "(from") {
			return true
		}
		at = i + len(fig)
	}
}
