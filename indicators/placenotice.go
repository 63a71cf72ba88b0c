package indicators

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// placeNotices gives the notices of a figure's place and time the
// catalog leaves out where its source says them (round Q, s23q-wildfires:
// both passed -strict in silence):
//
//   - a source with a date updated and no date issued, which the outputs
//     would cite by the update's year, or an address and no date, which
//     they would cite with no year;
//   - an indicator with no entities (the README's field table requires
//     them) whose place the catalog or the source's address says: the
//     entities every other indicator of its source has, else the country
//     of the source's address (SourceHome). A document of no place, and
//     a figure whose place nothing says, take none; where the other
//     indicators name places of one country, not all the same, the
//     notice names that country (countryOf);
//   - an indicator whose period is "not stated" under a heading (its
//     quote's section, else the source's title) that ends with a period
//     whose words the quote writes in part: "For June, 5,939 fires" under
//     "Wildfires - June 2020". A quote that names no time ("about 60,000
//     households" of a survey's design) takes none; but a line leading in
//     the quote's list, or its last heading, that names a span by both its
//     ends ("In the 12 months from 1 st April 2019 to 31 st March 2020:",
//     "Between January and March 2025") dates every item under it
//     (leadInDates).
func (c *Catalog) placeNotices() ErrorList {
	var l ErrorList
	add := func(ind *Indicator, field, msg string) { c.addField(&l, ind.ID, field, ErrMissing, msg) }
	for i := range c.Sources {
		// A page's "Updated 25 August 2023" with no date published: the
		// outputs would cite the source by the update's year, which
		// misdates the figures of an older release (s24s-flytipping).
		s := &c.Sources[i]
		if s.Publisher == "" && s.URL != "" {
			// A page read with no publisher named (round AH: three drafts
			// passed -strict with only a comment "add publisher", which
			// the README's table says every source takes): the outputs
			// cite it by its title alone.
			c.addNear(&l, "sources/"+s.ID+"/url", fmt.Sprintf("source %q", s.ID), ErrValue, fmt.Sprintf("source %q names no publisher, so every chart and slide cites it by its title alone: write publisher: the body that issued it, as it names itself (the original's, where the page read is a copy)", s.ID))
		}
		if s.IssuedNotStated {
			continue // "issued: not stated": the writer looked and found none
		}
		if s.Issued.IsZero() && !s.Updated.IsZero() {
			// A notice, which -strict fails: the writer clears it with a
			// date found elsewhere or with "issued: not stated" (s25v-coroners,
			// s18k-defence; a note until s36g-minwage found -strict passing
			// what the README says it fails).
			c.addNear(&l, "sources/"+s.ID+"/updated", fmt.Sprintf("source %q", s.ID), ErrValue, fmt.Sprintf("source %q gives the date it was updated and no date issued, so the outputs cite it by the update's year (%q): write issued: the date it was first published where its page, a release calendar or an archive gives it (with issued_from: where it was read), or issued: not stated where none gives it", s.ID, s.ShortName()))
		} else if s.Issued.IsZero() && s.URL != "" {
			// A page whose copy gives no date (s28y-wellbeing): the outputs
			// cite it with no year, which the writer may find elsewhere.
			c.addNear(&l, "sources/"+s.ID+"/url", fmt.Sprintf("source %q", s.ID), ErrValue, fmt.Sprintf("source %q gives no date issued, so the outputs cite it with no year (%q): write issued: the date it was first published where its page, a release calendar or an archive gives it (with issued_from: where it was read), or issued: not stated where none gives it", s.ID, s.ShortName()))
		}
	}
	type placeTold struct {
		e   *Error
		ids []string
	}
	noPlace := map[string]*placeTold{}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if len(ind.Provenance) == 0 {
			continue
		}
		src, _ := c.Source(ind.Provenance[0].Source)
		if len(ind.Entities) == 0 {
			if place := c.placeOf(ind, src); place != "" {
				if _, told := noPlace[place]; !told {
					add(ind, "id", fmt.Sprintf("indicator %q names no entities, which every indicator has: write entities: [%s]", ind.ID, place))
					noPlace[place] = &placeTold{e: l[len(l)-1]}
				} else {
					noPlace[place].ids = append(noPlace[place].ids, ind.ID) // told once (s29z-foi: 17 notices of one cause)
				}
			} else if country := c.countryOf(ind); country != "" {
				// GB-ENG, GB-CMA, GB-KHL: places of one country
				// (s24s-flooding), which the figure's is likely in.
				add(ind, "id", fmt.Sprintf("indicator %q names no entities, though every other indicator of its source names a place in %s: write the place the figure is for (entities: [%s] if nothing narrower is said)", ind.ID, EntityName(country), country))
			}
		}
		if src != nil && len(ind.Entities) == 1 && ind.Entities[0] == SourceHome(src.URL) {
			// entities: [GB] of a gov.wales release whose text names no
			// place (s28y-gpappts): the address's part of the country.
			if place := SourcePlace(src.URL); place != ind.Entities[0] && !namesCountry(src.Text, ind.Entities[0]) {
				c.addField(&l, ind.ID, "entities", ErrMismatch, fmt.Sprintf("entities [%s] is all of %s, but the source's address is the government of %s and its text never names %s: write entities: [%s], the place the address says", ind.Entities[0], EntityName(ind.Entities[0]), EntityName(place), EntityName(ind.Entities[0]), place))
			}
		}
		if ind.Period.IsYear() && src != nil && len(ind.Provenance[0].Section) > 0 {
			// period: 2024 under the heading "October 2024" (s27x-fuelpov,
			// "as at October 2024"), where no quote writes the year: the
			// heading's month.
			s := ind.Provenance[0].Section
			heading := s[len(s)-1]
			y := strconv.Itoa(ind.Period.From.Year)
			if p, words := headingPeriod(heading); words != "" && !p.IsSpan() && p.From.Year == ind.Period.From.Year && p.From.Month != 0 &&
				!slices.ContainsFunc(ind.Provenance, func(pv Provenance) bool { return indexWord(pv.Quote, y) >= 0 }) {
				add(ind, "period", fmt.Sprintf("period %s is the whole year, but the heading %q dates the figure (%q) and no quote names another time: write period: %s", ind.Period, heading, words, p))
			}
		}
		if ind.Period == NotStated && src != nil {
			heading := src.Title
			if s := ind.Provenance[0].Section; len(s) > 0 {
				heading = s[len(s)-1]
			}
			if p, words := headingPeriod(heading); words != "" && quoteDatesPart(ind.Provenance[0].Quote, words) {
				add(ind, "period", fmt.Sprintf("period is not stated, but the heading %q dates the figure (%q): write period: %s", heading, words, p))
			} else if line, p, words := c.leadInDates(ind, src); words != "" {
				add(ind, "period", fmt.Sprintf("period is not stated, but the line leading in its list, %q, dates the figures under it (%q): write period: %s", line, words, p))
			}
		}
	}
	for _, t := range noPlace {
		if n := len(t.ids); n > 0 {
			t.e.Msg += fmt.Sprintf("; and %d more with none, each told alike (%s)", n, idList(t.ids))
		}
	}
	return l
}

// countryOf returns the one country that every entity of the other
// indicators of ind's source lies in, where they name places and not all
// the same ones (placeOf), or "".
func (c *Catalog) countryOf(ind *Indicator) string {
	country := ""
	for i := range c.Indicators {
		o := &c.Indicators[i]
		if o == ind || len(o.Provenance) == 0 || o.Provenance[0].Source != ind.Provenance[0].Source || len(o.Entities) == 0 {
			continue
		}
		for _, e := range o.Entities {
			k := entityCountry(e)
			if k == "" || country != "" && k != country {
				return ""
			}
			country = k
		}
	}
	return country
}

// placeOf returns the entities, written as a catalog lists them, that
// the other indicators of ind's source all have, else the country of
// src's address, or "".
func (c *Catalog) placeOf(ind *Indicator, src *Source) string {
	var common []string
	seen := false
	for i := range c.Indicators {
		o := &c.Indicators[i]
		if o == ind || len(o.Provenance) == 0 || len(o.Entities) == 0 || o.Provenance[0].Source != ind.Provenance[0].Source {
			continue
		}
		if seen && !slices.Equal(common, o.Entities) {
			return ""
		}
		common, seen = o.Entities, true
	}
	if seen {
		return strings.Join(common, ", ")
	}
	if src != nil {
		return SourcePlace(src.URL)
	}
	return ""
}

// namesCountry reports whether text names the country code (EntityCode
// of one of its words or two words together: "UK", "United Kingdom").
func namesCountry(text, code string) bool {
	w := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' })
	for i := range w {
		if EntityCode(strings.Trim(w[i], ".")) == code || i+1 < len(w) && EntityCode(w[i]+" "+strings.Trim(w[i+1], ".")) == code {
			return true
		}
	}
	return false
}

// headingPeriod returns the period the last words of heading write
// ("June 2020" of "Wildfires - June 2020"), with those words, or "".
func headingPeriod(heading string) (Period, string) {
	f := strings.Fields(strings.TrimRight(heading, ":. "))
	for k := min(len(f), 3); k >= 1; k-- {
		words := strings.Join(f[len(f)-k:], " ")
		if !strings.ContainsAny(words, "0123456789") || !isAlnum(words[0]) {
			continue
		}
		p, err := ParsePeriod(words)
		if msg := fmt.Sprint(err); err != nil && strings.Contains(msg, "write ") {
			p, err = ParsePeriod(msg[strings.LastIndex(msg, "write ")+len("write "):]) // "June 2020": periodAdvice's 2020-06
		}
		if err == nil && p.IsStated() {
			if before := len(f) - k - 1; before >= 0 {
				// "September to November 2019": the end of a span
				// read apart, or a month the year alone leaves out.
				dated := func(w string) bool {
					w = strings.ToLower(w)
					return monthWord(w) != 0 || strings.ContainsAny(w, "0123456789")
				}
				b := strings.ToLower(f[before])
				dash := slices.Contains([]string{"-", "–", "—"}, b) && before > 0 && dated(f[before-1]) // "January - June 2020", not "Wildfires - June 2020"
				if dash || slices.Contains([]string{"to", "through", "until", "and"}, b) || dated(b) {
					return Period{}, ""
				}
			}
			return p, words
		}
	}
	return Period{}, ""
}

// quoteDatesPart reports whether quote writes a word of words, a date,
// that is no number: "June" of "June 2020" in "For June, 5,939 fires".
func quoteDatesPart(quote, words string) bool {
	q := lowerASCII(foldString(quote))
	for _, w := range strings.Fields(lowerASCII(words)) {
		if !strings.ContainsAny(w, "0123456789") && indexWord(q, w) >= 0 {
			return true
		}
	}
	return false
}

// leadInDates returns the line leading in the list that holds ind's first
// quote, or its last section heading, where it names a span of whole
// months by both its ends (leadInPeriod), with that period and its
// words; words is "" where neither does.
func (c *Catalog) leadInDates(ind *Indicator, src *Source) (line string, p Period, words string) {
	pv := ind.Provenance[0]
	var lines []string
	if s := pv.Section; len(s) > 0 {
		lines = append(lines, s[len(s)-1])
	}
	if l, ok := leadInOf(src, pv); ok {
		lines = append(lines, l)
	}
	for _, l := range lines {
		if p, words := leadInPeriod(l); words != "" {
			return l, p, words
		}
	}
	return "", NotStated, ""
}

// leadInPeriod returns the span of whole months a line names by its two
// ends after "between" or "from" ("Between January and March 2025", "In
// the 12 months from 1 st April 2019 to 31 st March 2020"), with its
// words; words is "" where it names none. The first end may leave its
// year to the second's ("January and March 2025"); a day must be the
// first of its month at the start and the last at the end. Three months
// of one calendar quarter are that quarter ("2025-Q1").
func leadInPeriod(line string) (Period, string) {
	f := strings.Fields(lowerASCII(foldString(strings.TrimRight(line, ":. "))))
	for i := 0; i < len(f); i++ { // "1st April", "1 st April": the day alone
		for _, o := range lexicon.OrdinalSuffixes {
			if d := strings.TrimSuffix(f[i], o); d != f[i] && d != "" && strings.Trim(d, "0123456789") == "" {
				f[i] = d
			}
		}
		if i+1 < len(f) && slices.Contains(lexicon.OrdinalSuffixes, f[i+1]) && strings.Trim(f[i], "0123456789") == "" {
			f = slices.Delete(f, i+1, i+2)
		}
	}
	for i, w := range f {
		if w != "between" && w != "from" {
			continue
		}
		for j := i + 2; j < len(f) && j <= i+4; j++ {
			if f[j] != "and" && f[j] != "to" {
				continue
			}
			b, n := dateAt(strings.Join(f[j+1:], " "))
			if n == 0 {
				break
			}
			a, _ := dateAt(strings.Join(f[i+1:j], " "))
			if !a.IsStated() {
				// "January and March 2025": the first end takes the
				// second's year, the one before where it is later
				a = Period{From: Date{Year: b.From.Year, Month: monthWord(f[j-1])}}
				if j-i == 3 {
					a.From.Day, _ = strconv.Atoi(strings.TrimSuffix(f[i+1], "st"))
				}
				if a.From.Month == 0 || j-i > 3 {
					break
				}
				if a.From.Month > b.From.Month {
					a.From.Year--
				}
			}
			end := time.Date(b.From.Year, b.From.Month+1, 0, 0, 0, 0, 0, time.UTC).Day()
			if a.From.Day > 1 || b.From.Day != 0 && b.From.Day != end || a.From.Year*12+int(a.From.Month) >= b.From.Year*12+int(b.From.Month) {
				break
			}
			p := Period{From: Date{Year: a.From.Year, Month: a.From.Month}, To: Date{Year: b.From.Year, Month: b.From.Month}}
			if q := quarter(p.From); p.From.Year == p.To.Year && int(p.From.Month) == 3*q-2 && int(p.To.Month) == 3*q {
				p, _ = ParsePeriod(fmt.Sprintf("%d-Q%d", p.From.Year, q))
			}
			return p, strings.Join(f[i:], " ")
		}
	}
	return NotStated, ""
}
