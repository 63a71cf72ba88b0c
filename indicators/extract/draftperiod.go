package extract

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A yearRef is a year (or span of years, or a date) written in a text, and
// what the words around it make of it.
type yearRef struct {
	start, end int // byte offsets of the words
	period     indicators.Period
	role       yearRole
	// phraseStart is where the time phrase the year closes starts
	// (yearPhrase: "Q3 2022", "31 March 2022"), start when none, and
	// phrase the whole phrase's time.
	phraseStart int
	phrase      indicators.Period
	// same is a year that names the months of another time of the text
	// in it: "the same quarter of 2015-16", "the same period in 2019",
	// a time compared with. period is the year until a reader that
	// knows that time moves its months there (sameMonths).
	same bool
}

type yearRole uint8

const (
	yearPeriod yearRole = iota // "in 2014", "for 2013", "by 2030", "FY22", "2002-2012"
	yearBase                   // "from 2021", "since 2012": the base of a change
	yearName                   // "Act of 2015", "post-2020", "the 2020 Olympics"
	yearDate                   // "November 17, 2021", "April 2014": when something happened
	// yearCompared is a year a figure is compared with, of no figure:
	// "the lowest since 2006", "since records began in 1971" (drafts54).
	yearCompared
)

// monthWords returns every word of the month table, lower case.
func monthWords() []string {
	out := slices.Clone(vocab.Months)
	for w := range vocab.MonthAbbrevs {
		out = append(out, w)
	}
	slices.Sort(out[12:])
	return out
}

// monthNumber returns the number of the month w names, full or short
// ("December", "dec.", "Dec"), or 0.
func monthNumber(w string) int {
	for k, m := range vocab.Months {
		if strings.EqualFold(w, m) {
			return k + 1
		}
	}
	if len(w) > len("sept.") {
		return 0
	}
	return vocab.MonthAbbrevs[strings.ToLower(strings.TrimSuffix(w, "."))]
}

// yearsIn returns the years written in s, at byte offsets from base, with
// their role.
func yearsIn(s string, base int) []yearRef {
	var out []yearRef
	for i := 0; i < len(s); i++ {
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		y, n := readYear(s[i:])
		if n == 0 {
			continue
		}
		j := i + n
		if j < len(s) && isWordByte(s[j]) && !(j+1 < len(s) && s[j] == 's' && !isWordByte(s[j+1])) && !dashAt(s[j:]) {
			continue // "2014abc"; "1990s" is read below as a year too
		}
		start := i
		fiscal := fiscalBefore(s[:start])
		p := indicators.YearPeriod(y)
		if fiscal {
			p = indicators.FiscalYear(y)
		}
		// A span: "2002-2012", "2004–2013", "2010 to 2014", "between 2020
		// and 2025".
		seps := []string{"-", "–", "—", " to ", " through ", "/"}
		if strings.HasSuffix(strings.ToLower(tail(strings.TrimRight(s[:start], " "), 32)), "between") {
			seps = append(seps, " and ")
		}
		if across, n, ok := indicators.YearToNext(tail(s[:start], 16), s[start:]); ok {
			// "in 2022 to 2023", "the 2005 to 2006 tax year": one year
			// across two, as "2022/23" (GOV.UK's words).
			p, j, seps = across, start+n, nil
		}
		for _, sep := range seps {
			if strings.HasPrefix(s[j:], sep) {
				if y2, n2 := readYear(s[j+len(sep):]); n2 > 0 && y2 > y {
					p = indicators.Period{From: indicators.Date{Year: y}, To: indicators.Date{Year: y2}}
					if y2 == y+1 && sep != " to " && (fiscal || fiscalAfter(s[j+len(sep)+n2:])) {
						// "the financial years 2013-2014 and 2014-2015":
						// one financial year, however many digits
						// name its second year
						p = indicators.FiscalYearAcross(y)
						if financialYearOf(s[:start], s[j+len(sep)+n2:]) {
							p = indicators.SplitYear(y)
						}
					}
					j += len(sep) + n2
				} else if n2 == 2 || n2 == 0 {
					// "2014-15" (a fiscal year): the year it ends in, or
					// after "fiscal year" the fiscal year across both
					if k := twoDigits(s[j+len(sep):]); k >= 0 && sep != " to " {
						p = indicators.YearPeriod(y/100*100 + k)
						if p.From.Year < y {
							p = indicators.YearPeriod(y)
						}
						if y2 := y/100*100 + k; y2 > y+1 && y2 <= y+10 && sep != "/" && !isoDateAfter(s[j+len(sep)+2:]) {
							// "2010–12", "2006-08": a year ending is one
							// year on, so an end two or more years on is
							// a span of years (life tables' three-year
							// periods), not its end year.
							p = indicators.Period{From: indicators.Date{Year: y}, To: indicators.Date{Year: y2}}
						}
						if (fiscal || fiscalAfter(s[j+len(sep)+2:])) && k == (y+1)%100 {
							p = indicators.FiscalYearAcross(y)
							if financialYearOf(s[:start], s[j+len(sep)+2:]) {
								// "financial year 2018-19": a UK
								// financial year, a year across two
								// as its releases write it (README,
								// Financial years); "fiscal year",
								// "FY" name the fiscal year.
								p = indicators.SplitYear(y)
							}
						}
						if !fiscal && !fiscalAfter(s[j+len(sep)+2:]) && k == (y+1)%100 && episodeAfter(s[j+len(sep)+2:]) {
							// "the 2008-09 recession": an episode of
							// both calendar years.
							p = indicators.Period{From: indicators.Date{Year: y}, To: indicators.Date{Year: y + 1}}
						} else if !fiscal && !fiscalAfter(s[j+len(sep)+2:]) && k == (y+1)%100 && !isoDateAfter(s[j+len(sep)+2:]) {
							// A year and the next one's last two digits
							// is a year across two, however the document
							// joins them: "In 2021/22" (a farm year),
							// "in 2021-22" (Australian and UK releases'
							// financial year), "the 2023–24 academic
							// session", never the year it ends in. The
							// catalog writes it "2021/22", as the hand
							// catalogs do.
							p = indicators.SplitYear(y)
						}
						j += len(sep) + 2
					} else if sep == "/" && oneDigitAfter(s[j+1:]) == (y+1)%10 && !fiscal {
						// "During 2023/4": a split year written with its
						// second year's last digit, as "2023/24".
						p = indicators.SplitYear(y)
						j += 2
					}
				}
				break
			}
		}
		role := yearRoleOf(s[:start], s[j:])
		if (p.Split || p.Fiscal) && strings.HasSuffix(s[:start], " the ") {
			// "up 2.1% on the 2021/22 academic year": the article opens
			// the year's phrase; the words before it give its role
			if r := yearRoleOf(s[:start-len("the ")], s[j:]); r != yearBase || !strings.HasSuffix(strings.ToLower(strings.TrimRight(s[:start-len("the ")], " ")), "over") {
				role = r // "over the 2014-15 financial year" is a span a figure runs over
			}
		}
		pstart, phrase := start, p
		if p.Split || p.Fiscal && p.Across {
			// A quarter or months of a year across two: "2016-17 Q2",
			// "Q2 2016-17", "July to September 2016-17".
			if fp, n, ok := acrossMonths(s[:start], s[j:], y); ok {
				pstart, phrase, p = start-n.before, fp, fp
				j += n.after
				role = yearPhrase{kind: monthsPhrase}.role(s[:pstart], s[j:])
			}
		}
		same := sameTimeBeforeRe.MatchString(tail(s[:start], 40))
		if same {
			role = yearRoleOf(s[:start-len(sameTimeBeforeRe.FindString(tail(s[:start], 40)))], s[j:])
		}
		if p == indicators.YearPeriod(y) && !fiscal {
			if ph, ok := yearPhraseBefore(s[:start], y); ok {
				pstart, phrase = start-ph.n, ph.period
				// "compared with Q3 2021", "up 2.1% on December 2020",
				// "than in the year ending March 2022": a time phrase
				// the words before it set a figure against is the
				// base, the whole phrase (the time of a figure is
				// read closer by the rules of when).
				switch r := ph.role(s[:start-ph.n], s[j:]); {
				case r == yearBase || r == yearCompared:
					role, p = r, ph.period
				case r == yearPeriod && ph.kind == dayPhrase:
					// "on 31 March 2022", "as at 30 June 2023": the day
					// a figure is read on
					role, p = r, ph.period
				case r == yearPeriod && ph.kind == monthPhrase:
					role = r // "December 2021: 46,560 registrations", the month set below
				case r == yearPeriod && ph.kind == firstMonthsPhrase:
					role, p = r, ph.period // "in the first 9 months of 2016"
				}
			}
		}
		if mo := monthBefore(s[:start]); role == yearPeriod && mo != 0 && p == indicators.YearPeriod(y) {
			p = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(mo)}} // "in December 2021": the month
			if to, n := monthYearTo(s[j:]); n > 0 && (to.Year > y || to.Year == y && int(to.Month) > mo) {
				p.To = to // "For April 2024 to March 2025": a span of months, not its first
				j += n
			}
		}
		r := yearRef{start: base + start, end: base + j, period: p, role: role, phraseStart: base + pstart, phrase: phrase, same: same}
		if same {
			r.start = base + start - len(sameTimeBeforeRe.FindString(tail(s[:start], 40)))
			r.phraseStart = r.start
			sameMonths(&r, out)
		}
		out = append(out, r)
		i = j
	}
	betweenTimes(s, base, out)
	return monthSpans(s, base, out)
}

// spanGapRe is what joins the two ends of a span of whole months: "to",
// "and" (after "between"), "through", a dash.
var spanGapRe = lazyRegexp(`^\s*(?:to|and|through|until|–|—|-)\s*$`)

// spanOpenRe closes the words that open a span's first end: "from",
// "between", "the 12 months from".
var spanOpenRe = lazyRegexp(`(?i)\b(?:from|between)\s*$`)

// monthSpans reads the pairs of times of refs (yearsIn's of s, at offset
// base) that "from … to …" or "between … and …" join into one span of
// whole months: the first day of a month to the last day of a month, less
// than a year and a month on — "In the 12 months from 1 April 2019 to 31
// March 2020", "between 1 st April 2019 and 31 st March 2020" read as
// 2019-04/2020-03, the twelve months of a year ending in March
// (splitYearOf writes it as the document writes its years). Two days
// that are not the ends of whole months ("between 31 March 2019 and 31
// March 2020", a stock read twice) and two months ("between December
// 2018 and March 2019", an index read twice, betweenTimes) stay two
// times.
func monthSpans(s string, base int, refs []yearRef) []yearRef {
	whole := func(r yearRef, last bool) (indicators.Date, bool) {
		p := r.phrase
		if !p.To.IsZero() || p.From.Month == 0 || r.phraseStart == r.start {
			return indicators.Date{}, false
		}
		d := p.From
		switch {
		case !last && d.Day == 1, last && d.Day == time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC).Day():
			d.Day = 0
		default:
			return indicators.Date{}, false
		}
		return d, true
	}
	for i := 0; i+1 < len(refs); i++ {
		a, b := refs[i], refs[i+1]
		from, ok1 := whole(a, false)
		to, ok2 := whole(b, true)
		if n := to.Year*12 + int(to.Month) - from.Year*12 - int(from.Month); !ok1 || !ok2 || n <= 0 || n >= 12 || !spanGapRe.MatchString(s[a.end-base:b.phraseStart-base]) {
			continue
		}
		g := spanOpenRe.FindStringIndex(s[:a.phraseStart-base])
		if g == nil {
			continue
		}
		p := indicators.Period{From: from, To: to}
		if from.Month == time.January && to.Month == time.December && from.Year == to.Year {
			p = indicators.YearPeriod(from.Year)
		}
		role := yearRoleOf(s[:base+g[0]-base], s[b.end-base:])
		if role != yearBase && role != yearCompared {
			role = yearPeriod
		}
		refs[i] = yearRef{start: a.start, end: b.end, period: p, role: role, phraseStart: base + g[0], phrase: p}
		refs = slices.Delete(refs, i+1, i+2)
	}
	return refs
}

// monthYearTo reads the end of a span of months after its first month's
// year: " to March 2025", "–March 2025", " through June 2023"; it returns
// the month and the bytes read, or 0 bytes.
func monthYearTo(s string) (indicators.Date, int) {
	for _, sep := range []string{" to ", " through ", " - ", " – ", "-", "–"} {
		if !strings.HasPrefix(s, sep) {
			continue
		}
		rest := s[len(sep):]
		sp := strings.IndexByte(rest, ' ')
		if sp <= 0 {
			return indicators.Date{}, 0
		}
		mo := monthNumber(rest[:sp])
		if mo == 0 {
			return indicators.Date{}, 0
		}
		y, n := readYear(rest[sp+1:])
		if n == 0 || sp+1+n < len(rest) && isWordByte(rest[sp+1+n]) {
			return indicators.Date{}, 0
		}
		return indicators.Date{Year: y, Month: time.Month(mo)}, len(sep) + sp + 1 + n
	}
	return indicators.Date{}, 0
}

// betweenGapRe is what stands between the two times of "between … and
// …": "and", after a year across two's noun ("the 2021/22 academic year
// and the 2022/23 academic year").
var betweenGapRe = lazyRegexp(`^(?: (?:academic|school|financial|fiscal|calendar) year)? and (?:the )?$`)

// comparedTimeAt reports whether the time phrase of text[start:end]
// (a quarter, a month, a year: "Q3 2021", "the first quarter of 2019")
// is one a figure is compared with, by yearsIn's reading of the words
// around it: "compared with Q3 2021", "up 2.1% on Q3 2021", the first of
// "between Q3 2021 and Q3 2022".
func comparedTimeAt(text string, start, end int) bool {
	lo, hi := max(0, start-96), min(len(text), end+48)
	for lo > 0 && lo < len(text) && text[lo]&0xC0 == 0x80 {
		lo-- // not inside a character
	}
	if k := max(strings.LastIndex(text[lo:start], ". "), strings.LastIndexAny(text[lo:start], "\n;")); k >= 0 {
		lo += k + 1 // the words of its own sentence
	}
	for _, r := range yearsIn(text[lo:hi], lo) {
		if r.end == end || r.end == end-1 && text[end-1] == ' ' {
			return r.role == yearBase || r.role == yearCompared
		}
	}
	return false
}

// betweenTimes reads the pairs of times of refs (yearsIn's of s, at
// offset base) that "between … and …" joins: "increased by 12% between
// Q3 2021 and Q3 2022", "Between 2020-21 and 2021-22, the number … rose".
// The genre's pattern: a change between two times is measured from the
// first, its base, to the second, its time, whatever form the times take
// (a year, a quarter, a month, a year across two or ending in a month).
// Two bare years are a span of years already ("between 2020 and 2025",
// yearsIn), which the rules of when read so.
func betweenTimes(s string, base int, refs []yearRef) {
	if !strings.Contains(s, "etween") {
		return
	}
	for i := 0; i+1 < len(refs); i++ {
		a, b := &refs[i], &refs[i+1]
		if !betweenGapRe.MatchString(s[a.end-base:b.phraseStart-base]) || a.role != yearPeriod && a.role != yearDate || b.role != yearPeriod && b.role != yearDate {
			continue
		}
		before := strings.TrimSuffix(strings.TrimRight(s[:a.phraseStart-base], " "), " the")
		if !strings.HasSuffix(strings.ToLower(tail(before, 8)), "between") {
			continue
		}
		a.role, a.period = yearBase, a.phrase
		b.role, b.period = yearPeriod, b.phrase
	}
}

// A yearPhrase is the words before a year that name one time with it:
// a quarter ("Q3 2022", "the third quarter of 2022"), a month ("December
// 2021"), a day ("31 March 2022", "March 31, 2022"), a span of months
// ("July to September 2022") or a year ending in a month ("the year
// ending March 2023", "the 12 months to June 2019"). The genre's
// pattern: a release writes the time of a figure, and the time it is
// compared with, in any of these forms, and the words before the whole
// phrase say which it is — "in Q3 2022" is the figure's time as "in 2022"
// is, "compared with Q3 2021" and "up 2.1% on Q3 2021" its base as
// "compared with 2021" is (yearRoleOf), "between Q3 2021 and Q3 2022"
// the change from the one to the other.
type yearPhrase struct {
	n      int // bytes of the phrase before the year
	period indicators.Period
	kind   yearPhraseKind
}

type yearPhraseKind uint8

const (
	monthPhrase       yearPhraseKind = iota + 1 // "December 2021"
	dayPhrase                                   // "31 March 2022"
	quarterPhrase                               // "Q3 2022"
	monthsPhrase                                // "July to September 2022"
	endingPhrase                                // "the year ending March 2023"
	firstMonthsPhrase                           // "the first 9 months of 2016": a year to date
)

var (
	// phraseEndingRe closes the words before a year on a year ending in
	// one of its months: "the year ending March ", "the 12 months to 30
	// June ", "the financial year ending ".
	phraseEndingRe = lazyRegexp(`(?:\b(?i:the) )?\b((?i:(?:` + endingSpanRe + `) ` + endingWordRe + `(?: \((?:FYE|YE)\))?)|FYE)(?: the)? (?:\d{1,2} )?` + monthNameRe + `(?: \d{1,2})?,? $`)
	// phraseMonthsRe closes them on a span of months: "July to
	// September ", "April–June ".
	phraseMonthsRe = lazyRegexp(`(?:\b(?i:between) ` + monthNameRe + ` and|\b` + monthNameRe + ` ?(?:to|through|-|–)) ?` + monthNameRe + `,? $`)
	// phraseDayRe closes them on a day of a month: "31 March ", "Tuesday
	// 16 March ", "March 31, ", "1st April ", "April 1st, ", and "1 st
	// April " where a superscript ordinal was flattened.
	phraseDayRe = lazyRegexp(`(?:\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?\b(?:(\d{1,2})(?: ?(?:st|nd|rd|th))? ` + monthNameRe + `|` + monthNameRe + ` (\d{1,2})(?:st|nd|rd|th)?,) $`)
	// phraseFirstMonthsRe closes them on the first months of a year: "the
	// first 9 months of ", "the first three months of ".
	phraseFirstMonthsRe = lazyRegexp(`(?:\b(?i:the) )?\b(?i:first) (\d{1,2}|` + smallNumberAlt() + `) (?i:months) of $`)
	// phraseQuarterRe closes them on a quarter: "Q3 ", "the third
	// quarter of ", "quarter 3 ".
	phraseQuarterRe = lazyRegexp(`(?:\bQ([1-4])|(?:\b(?i:the) )?\b(?i:(first|second|third|fourth) quarter)(?: of)?|\b(?i:quarter) ([1-4])),? $`)
)

// yearPhraseBefore returns the phrase that the words before a year y
// (before, up to the year) close on, if any.
func yearPhraseBefore(before string, y int) (yearPhrase, bool) {
	b := tail(before, 64)
	last := b[strings.LastIndexAny(strings.TrimRight(b, " "), " \n(")+1:]
	last = strings.TrimRight(last, " ,")
	if len(b) == 0 || b[len(b)-1] != ' ' || last == "" {
		return yearPhrase{}, false
	}
	switch {
	case monthNumber(last) != 0 && last[0] >= 'A' && last[0] <= 'Z':
		mo := time.Month(monthNumber(last))
		if g := phraseEndingRe.FindStringSubmatchIndex(b); g != nil {
			p := yearEndingIn(b[g[2]:g[3]], y, mo)
			return yearPhrase{len(b) - g[0], p, endingPhrase}, true
		}
		if g := phraseMonthsRe.FindStringSubmatchIndex(b); g != nil {
			k := 2 // "between April and June", else "April to June"
			if g[2] < 0 {
				k = 4
			}
			m1 := time.Month(monthNumber(b[g[k]:g[k+1]]))
			from := indicators.Date{Year: y, Month: m1}
			if m1 > mo {
				from.Year-- // "December to February 2023"
			}
			if m1 != mo {
				return yearPhrase{len(b) - g[0], indicators.Period{From: from, To: indicators.Date{Year: y, Month: mo}}, monthsPhrase}, true
			}
		}
		if g := phraseDayRe.FindStringSubmatchIndex(b); g != nil && g[2] >= 0 {
			if p, ok := dayPeriod(y, mo, b[g[2]:g[3]]); ok {
				return yearPhrase{len(b) - g[0], p, dayPhrase}, true
			}
		}
		return yearPhrase{len(last) + 1, indicators.Period{From: indicators.Date{Year: y, Month: mo}}, monthPhrase}, true
	case isDigit(last[0]) && strings.HasSuffix(strings.TrimRight(b, " "), ","):
		if g := phraseDayRe.FindStringSubmatchIndex(b); g != nil && g[6] >= 0 {
			if p, ok := dayPeriod(y, time.Month(monthNumber(b[g[6]:g[7]])), b[g[8]:g[9]]); ok {
				return yearPhrase{len(b) - g[0], p, dayPhrase}, true
			}
		}
	case last == "of" && phraseFirstMonthsRe.MatchString(b):
		g := phraseFirstMonthsRe.FindStringSubmatchIndex(b)
		n, err := strconv.Atoi(b[g[2]:g[3]])
		if err != nil {
			n, _ = smallNumber(strings.ToLower(b[g[2]:g[3]]))
		}
		if n >= 2 && n <= 11 {
			return yearPhrase{len(b) - g[0], indicators.Period{From: indicators.Date{Year: y, Month: time.January}, To: indicators.Date{Year: y, Month: time.Month(n)}}, firstMonthsPhrase}, true
		}
	case last[0] == 'Q' || last == "of" || last == "quarter" || len(last) == 1 && last[0] >= '1' && last[0] <= '4':
		if g := phraseQuarterRe.FindStringSubmatchIndex(b); g != nil {
			q := 0
			switch {
			case g[2] >= 0:
				q = int(b[g[2]] - '0')
			case g[4] >= 0:
				q = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}[strings.ToLower(b[g[4]:g[5]])]
			default:
				q = int(b[g[6]] - '0')
			}
			return yearPhrase{len(b) - g[0], indicators.QuarterPeriod(y, q), quarterPhrase}, true
		}
	}
	return yearPhrase{}, false
}

// dayPeriod returns the day day (its digits) of month mo of year y.
func dayPeriod(y int, mo time.Month, day string) (indicators.Period, bool) {
	n, err := strconv.Atoi(day)
	if err != nil || n < 1 || n > 31 || mo == 0 {
		return indicators.Period{}, false
	}
	p, err := indicators.ParsePeriod(indicators.Date{Year: y, Month: mo, Day: n}.String())
	return p, err == nil
}

// role returns what the words before a time phrase (before) and after it
// make of it: what they make of a year (yearRoleOf), but a month or a day
// is the time of a figure only after a word of time ("in December 2021",
// "on 31 March 2022", "as at 30 June 2023") or as a label ("December
// 2021: …"); after other words it is a date something happened on
// ("published 12 March 2024").
func (ph yearPhrase) role(before, after string) yearRole {
	r := yearRoleOf(before, after)
	if r == yearBase && ph.kind != monthPhrase && ph.kind != dayPhrase && strings.HasSuffix(strings.ToLower(strings.TrimRight(before, " ")), "over") {
		return yearPeriod // "over the first quarter 2031", "over the year to December 2019": a span a figure runs over
	}
	if r != yearPeriod || ph.kind != monthPhrase && ph.kind != dayPhrase {
		return r
	}
	if timeLabelRe.MatchString(after) && (ph.kind == monthPhrase || strings.TrimLeft(tail(before, 8), " \t•-*") == "" || strings.HasSuffix(strings.TrimRight(before, " \t•-*"), "\n")) {
		// "December 2021: 46,560,452 registrations", "31 March 2022:
		// 12,345 households" opening its line: a time labels the figure
		// that follows; "28 January 2016: New analysis of …" is a
		// dateline
		return yearPeriod
	}
	words := strings.Fields(strings.ToLower(tail(before, 48)))
	if monthOfTime(words) && !publishedBefore(words) || ph.kind == dayPhrase && len(words) > 1 && words[len(words)-1] == "on" && !eventOn(words) {
		// "were recorded on 31 March 2022"; a sentence that opens "On
		// November 17, 2021," dates an event ("the two governments
		// approved …")
		return yearPeriod
	}
	return yearDate
}

// timeLabelRe opens the words after a time that labels a figure: a colon,
// then the figure.
var timeLabelRe = lazyRegexp(`^:\s*(?:(?i:about|around|over|nearly|almost|more than|an estimated) )?[£$€]?\d`)

// eventOn reports whether the words before a day's "on" name an event
// dated by it ("published on", "debated on"), not a figure's time.
func eventOn(words []string) bool {
	if len(words) < 2 {
		return false
	}
	w := strings.Trim(words[len(words)-2], ",")
	return reportingVerbs[w] && w != "reported" || eventDateVerbs[w]
}

// eventDateVerbs date an event by the day after their "on": "the meeting
// ending on 7 May 2024", "the agreement signed on …", "took place on …";
// a verb of counting ("recorded", "received", "registered") dates its
// figure.
var eventDateVerbs = map[string]bool{"released": true, "issued": true, "updated": true, "posted": true, "debated": true, "signed": true,
	"launched": true, "held": true, "agreed": true, "approved": true, "adopted": true, "took": true, "place": true, "ending": true,
	"ended": true, "introduced": true, "opened": true, "closed": true, "began": true, "started": true, "meeting": true}

// readYear reads a year at the start of s, four digits 1900–2099, and
// returns it and the bytes read, or 0, 0.
func readYear(s string) (int, int) {
	if len(s) >= 4 && isDigit4(s[:4]) && (len(s) == 4 || !isDigit(s[4])) {
		y, _ := strconv.Atoi(s[:4])
		if y >= 1900 && y <= 2099 {
			if len(s) > 4 && (s[4] == ',' || s[4] == '.') && len(s) > 5 && isDigit(s[5]) {
				return 0, 0 // "2,014", "2014.5"
			}
			return y, 4
		}
	}
	return 0, 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isDigit4(s string) bool {
	return isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3])
}

// oneDigitAfter returns the one digit s opens with, standing alone ("4"
// in "2023/4 a total"), or -1.
func oneDigitAfter(s string) int {
	if len(s) >= 1 && isDigit(s[0]) && (len(s) == 1 || !isWordByte(s[1]) && s[1] != '.' && s[1] != ',') {
		return int(s[0] - '0')
	}
	return -1
}

func twoDigits(s string) int {
	if len(s) >= 2 && isDigit(s[0]) && isDigit(s[1]) && (len(s) == 2 || !isDigit(s[2])) {
		return int(s[0]-'0')*10 + int(s[1]-'0')
	}
	return -1
}

// fiscalYears reads "FY22" and "FY 2022" forms, which yearsIn does not.
func fiscalYears(s string, base int) []yearRef {
	var out []yearRef
	for from := 0; ; {
		i := strings.Index(s[from:], "FY")
		if i < 0 {
			return out
		}
		i += from
		from = i + 2
		if i > 0 && isWordByte(s[i-1]) {
			continue
		}
		j := i + 2
		if j < len(s) && s[j] == ' ' {
			j++
		}
		var y int
		switch {
		case j+4 <= len(s) && isDigit4(s[j:j+4]) && (j+4 == len(s) || !isWordByte(s[j+4])):
			y, _ = strconv.Atoi(s[j : j+4])
			j += 4
		case twoDigits(s[j:]) >= 0 && (j+2 == len(s) || !isWordByte(s[j+2])):
			y = 2000 + twoDigits(s[j:])
			j += 2
		default:
			continue
		}
		p := indicators.FiscalYear(y)
		if j+3 <= len(s) && (s[j] == '-' || s[j] == '/') && twoDigits(s[j+1:]) == (y+1)%100 && (j+3 == len(s) || !isWordByte(s[j+3])) {
			p = indicators.FiscalYearAcross(y) // "FY2024-25", "FY 2024/25"
			j += 3
		}
		role := yearRoleOf(s[:i], s[j:]) // "compared with FY2022": a base
		if role != yearBase && role != yearCompared {
			role = yearPeriod
		}
		out = append(out, yearRef{start: base + i, end: base + j, period: p, role: role, phraseStart: base + i, phrase: p})
	}
}

// timeRefsIn returns the times written in s, at byte offsets from base:
// its years and their phrases (yearsIn) and its fiscal years written
// "FY22" (fiscalYears), in text order, with the pairs "between … and …"
// joins read (betweenTimes).
func timeRefsIn(s string, base int) []yearRef {
	refs := yearsIn(s, base)
	fy := fiscalYears(s, base)
	if len(fy) == 0 {
		return refs
	}
	refs = append(refs, fy...)
	slices.SortStableFunc(refs, func(a, b yearRef) int { return a.start - b.start })
	betweenTimes(s, base, refs)
	return refs
}

// schoolYearWords name a year that runs from one autumn to the next.
var schoolYearWords = []string{"school year", "academic year", "academic session", "school session"}

// fiscalBefore reports whether the words before a year name it a fiscal
// year: "fiscal year 2025", "Fiscal Year 2017", "FY 2020", "financial
// year 2024-25".
func fiscalBefore(before string) bool {
	b := strings.ToLower(strings.TrimRight(tail(before, 48), " \u00a0"))
	if g := fiscalYearsListRe.FindStringSubmatch(b); g != nil {
		b = strings.TrimSuffix(g[1], "s") // "financial years 2013-2014 and": a list of them
	}
	for _, w := range fiscalYearWords {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isWordByte(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// fiscalYearsListRe closes the words before a year in a list that names
// its years fiscal ones (lower case, spaces trimmed): "financial years",
// "the fiscal years 2019-20,", "financial years 2013-2014 and" (group 1:
// up to the noun).
var fiscalYearsListRe = lazyRegexp(`((?:financial|fiscal) years?)(?: (?:19|20)\d\d[-–/](?:19|20)?\d\d(?:,| and| to))*$`)

// fiscalYearWords name a year a fiscal one, before it ("fiscal year 2025",
// "FY 2020") or, the first two, after a pair of years ("the 2014-15
// financial year").
var fiscalYearWords = []string{"fiscal year", "financial year", "fiscal", "fy"}

// fiscalAfter reports whether the words after a pair of years name it a
// fiscal year: "the 2014-15 financial year", "the 2024-25 fiscal year".
// The document's own word beats a calendar reading of the pair: a
// "2014-15 financial year" is FY2014-15, never the year 2015.
func fiscalAfter(after string) bool {
	a := strings.ToLower(strings.TrimLeft(after[:min(len(after), 24)], " \u00a0"))
	for _, w := range fiscalYearWords[:2] {
		if strings.HasPrefix(a, w) && (len(a) == len(w) || !isWordByte(a[len(w)])) {
			return true
		}
	}
	return false
}

// financialYearOf reports whether "financial year" names the pair of
// years between before and after: "financial year 2018-19", "the
// 2014-15 financial year".
func financialYearOf(before, after string) bool {
	const w = "financial year"
	b := strings.ToLower(strings.TrimRight(tail(before, 48), " \u00a0"))
	if g := fiscalYearsListRe.FindStringSubmatch(b); g != nil {
		b = strings.TrimSuffix(g[1], "s")
	}
	a := strings.ToLower(strings.TrimLeft(after[:min(len(after), 24)], " \u00a0"))
	return strings.HasSuffix(b, w) && (len(b) == len(w) || !isWordByte(b[len(b)-len(w)-1])) ||
		strings.HasPrefix(a, w) && (len(a) == len(w) || !isWordByte(a[len(w)]))
}

// yearRoleOf decides what a year is from the words before and after it.
func yearRoleOf(before, after string) yearRole {
	// Only the last words count: a long text is not lowered and split
	// whole for each of its years.
	if len(before) > 96 {
		before = before[len(before)-96:]
		if i := strings.IndexByte(before, ' '); i >= 0 {
			before = before[i:]
		}
	}
	b := strings.ToLower(strings.TrimRight(before, " \u00a0"))
	if a := firstField(after); a != "" {
		if priceBaseWord(a) {
			// "at March 2022 prices", "in 2019 terms": the base of a
			// price, not the time of the figure (review19 #2).
			return yearBase
		}
		switch strings.Trim(strings.ToLower(a), ",.;:") {
		case "levels", "level":
			// "26-28 percent below 2005 levels", "from 2005 Levels": the
			// base a change is measured against, not its deadline.
			return yearBase
		case "target", "targets", "goal", "goals":
			// "Ambitious 2025 Target to Cut …": the deadline.
			return yearPeriod
		}
	}
	switch {
	case namedByYear(before), strings.HasSuffix(b, "post-"), strings.HasSuffix(b, "pre-"),
		strings.HasSuffix(before, "post"), strings.HasSuffix(b, "cop"):
		return yearName
	}
	if a := strings.TrimLeft(after, " "); a != "" {
		r := a[0]
		if r >= 'A' && r <= 'Z' && !strings.HasPrefix(a, "The ") && !strings.HasPrefix(a, "In ") {
			return yearName // "the 2020 Olympics", "2015 Act"
		}
	}
	words := strings.Fields(b)
	if len(words) > 0 {
		last := strings.TrimRight(words[len(words)-1], ",")
		if len(words) >= 2 && strings.HasSuffix(words[len(words)-1], ",") && isMonth(words[len(words)-2]) {
			return yearDate // "November 17, 2021"
		}
		if isMonth(last) {
			if monthOfTime(words[:len(words)-1]) && !publishedBefore(words[:len(words)-1]) && !comparisonYear(words[:len(words)-1]) && !comparandYear(words[:len(words)-1]) {
				return yearPeriod // "as of January 2019", "In December 2021, there were …"
			}
			return yearDate // "April 2014"; "below their level in June 2019"
		}
		if comparisonYear(words) {
			return yearCompared // "the lowest since 2006", "since records began in 1971"
		}
		if len(words) >= 2 && slices.Contains(collectionNouns, last) {
			// "since Census 2016", "compared with Survey 2019": the
			// collection a change is set against names its base.
			switch w := words[:len(words)-1]; w[len(w)-1] {
			case "from", "since", "than", "over", "versus", "vs.":
				return yearBase
			default:
				if comparandYear(w) {
					return yearBase
				}
			}
		}
		if last == "on" && changeOnYear(words) || last == "in" && changeOnWhatYear(words) {
			return yearBase // "up 3.4% on 2015" (drafts60), "a fall of 3 points on performance in 2015/16"
		}
		if comparandYear(words) || comparedReadingYear(words, firstField(after)) {
			return yearBase // "higher than in 2010", "the same as 2018", "below the peak in 2017", "from the 2004 figure"
		}
		switch last {
		case "from", "since", "over", "than", "versus", "vs.":
			return yearBase
		case "to", "with":
			if len(words) >= 2 && words[len(words)-2] == "compared" {
				return yearBase // "Compared to 2009-10" (drafts46)
			}
		}
		if scheduledRelease(words) {
			return yearDate // "will be published in 2017": a report's date
		}
	}
	return yearPeriod
}

// namedByYear reports whether before ends in a capitalised word that a
// number completes as a name (lexicon NumberedNames), perhaps with "of":
// a law, plan or agenda is named by the year it was made or aims at, as
// releases of every kind cite them ("the Mental Health Act 1983", "the
// Electrify Africa Act of 2015", "Agenda 2030"), so its year dates no
// figure. A word of time ("Year 2019") is no name.
func namedByYear(before string) bool {
	f := strings.Fields(before)
	if len(f) >= 2 && f[len(f)-1] == "of" {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return false
	}
	w := strings.TrimLeft(f[len(f)-1], "(‘“\"'")
	return w != "" && w[0] >= 'A' && w[0] <= 'Z' && vocab.IsNumberedName(w) && !durations[strings.ToLower(w)]
}

// tail returns the last n bytes of s, or s: a suffix test of a few ASCII
// letters after strings.ToLower reads the same on it as on the whole of s,
// without lowering a long text for each of its years.
func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// firstField returns the first of strings.Fields(s), or "", reading only as
// far as its end.
func firstField(s string) string {
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsSpace(r):
			if start >= 0 {
				return s[start:i]
			}
		case start < 0:
			start = i
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

func isMonth(w string) bool { return monthNumber(w) != 0 }

// monthWritten reports whether w is a month's full name or its short name
// with a full stop ("June", "Jun."), as a date line writes it in words: a
// bare "Jun" or "JAN" is written out in full (releaseDate).
func monthWritten(w string) bool {
	return slices.Contains(vocab.Months, strings.ToLower(w)) || strings.HasSuffix(w, ".") && isMonth(w)
}

// timeLeads are the words before a "Month YYYY" that make it the time a
// figure is of rather than a date something happened on: "In December
// 2021, there were 46,560,452 registrations", "during March 2022", "as at
// June 2023", "for April 2024", "at the end of March 2022", "as of January
// 2019". Other words leave it a date ("published April 2014") or a base
// ("since", "from", "compared with": yearRoleOf reads those).
var timeLeads = []string{"in", "during", "at", "for", "throughout"}

// monthOfTime reports whether the words before a month name (lower case,
// the last one nearest) make "Month YYYY" a figure's time: one of
// timeLeads, or "as of"/"as at"/"end of".
func monthOfTime(words []string) bool {
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if last == "of" || last == "at" {
		if len(words) >= 2 && (words[len(words)-2] == "as" || words[len(words)-2] == "end") {
			return true
		}
	}
	return slices.Contains(timeLeads, last)
}

// publishedBefore reports whether a verb of publishing stands before the
// time lead that ends words: "published in April 2014", "released in May
// 2022" are when a text came out, not the time of its figures (review19
// #2).
func publishedBefore(words []string) bool {
	return len(words) >= 2 && monthPublishVerbs[strings.TrimRight(words[len(words)-2], ",")] || scheduledRelease(words)
}

// scheduledRelease reports whether the words before a time (lower case,
// the last nearest) make it when a release is to come out: a verb of
// publishing in the future or the infinitive ("will be published by the
// end of March 2016", "to be updated in 2025", "will publish in June"),
// a release that "is due" ("the full report is due in May 2024"), or the
// "next" release, update or edition ("Next update: 5 May 2024", "the next
// release is on 12 June"). The genre's pattern: a release says when its
// next edition comes, and that date dates a report, never a figure; a
// figure's own verb ("rose to 2,000 by the end of March") is no
// publishing.
func scheduledRelease(words []string) bool {
	i := len(words)
	for i > 0 && scheduleTimeWords[strings.TrimRight(words[i-1], ":,")] {
		i--
	}
	if i == len(words) && !strings.HasSuffix(words[len(words)-1], ":") {
		return false // no word of time before it: "the 2016 report", a label
	}
	if i == 0 {
		return false
	}
	w := strings.TrimRight(words[i-1], ":,")
	switch {
	case w == "published" || w == "publish" || w == "updated" || w == "update":
		// not "released" or "issued": funds and permits are released and
		// issued too
		return i >= 2 && (words[i-2] == "be" || words[i-2] == "will" || words[i-2] == "to" || words[i-2] == "shall")
	case w == "due":
		// "the report is due in May": due after a release's noun
		for _, b := range words[max(0, i-5) : i-1] {
			if slices.Contains(releaseNouns, strings.TrimSuffix(b, "s")) {
				return true
			}
		}
		return false
	}
	return i >= 2 && words[i-2] == "next" && (slices.Contains(releaseNouns, w) || w == "update" || w == "edition" || w == "publication")
}

// scheduleTimeWords stand between a release's verb or noun and the time
// it is due: "by the end of", "in early", "is on", "will be in".
var scheduleTimeWords = map[string]bool{"in": true, "on": true, "at": true, "by": true, "before": true, "during": true, "the": true,
	"end": true, "start": true, "beginning": true, "close": true, "of": true, "early": true, "late": true, "mid": true, "around": true,
	"is": true, "will": true, "be": true, "until": true}

// monthPublishVerbs are the verbs of a text's coming out: publishVerbs
// (draftgovuk.go) and those of its later editions.
var monthPublishVerbs = func() map[string]bool {
	m := map[string]bool{"updated": true, "issued": true, "revised": true, "dated": true}
	for _, w := range strings.Split(publishVerbs, "|") {
		m[w] = true
	}
	return m
}()

// monthBefore returns the number of the month named right before a year
// ("December 2021" → 12), or 0: a day between ("17 November 2021") or
// none.
func monthBefore(before string) int {
	b := strings.TrimRight(before, " \u00a0")
	if len(b) == len(before) {
		return 0 // no space before the year: "2021" starts the text or follows a mark
	}
	i := strings.LastIndexAny(b, " \n\t(")
	w := b[i+1:]
	if len(w) > len("september") {
		return 0
	}
	return monthNumber(w)
}

// asOfDate finds the time a release states once for all its figures,
// outside the sentences of its figures, and returns it with where its
// words start. The genre's pattern: a release says once, apart from its
// figures, what time they are of — "figures as of January 31, 2019",
// "The information in this release is based on data as at 30 June
// 2015", "For the 2024 bathing season Scotland's bathing water
// classifications will be:" (a list's lead-in) — and a figure naming no
// time of its own is of it.
func asOfDate(text string, inFigureSentence func(int) bool) (indicators.Period, int, bool) {
	for _, g := range releaseTimeRe.FindAllStringSubmatchIndex(text, -1) {
		i := g[0]
		if g[2] >= 0 { // "for the 2024 bathing season"
			if ls := lineStart(text, i); strings.TrimSpace(text[ls:i]) != "" {
				continue // a lead-in opens its line
			}
			y, _ := strconv.Atoi(text[g[2]:g[3]])
			return indicators.YearPeriod(y), i, true
		}
		lower := strings.ToLower(text[max(0, i-80):i])
		if strings.Contains(lower[max(0, strings.LastIndexAny(lower, ".!?\n")):], "this release") {
			// "The information in this release is based on data as at 30
			// June 2015": the release speaks of itself
		} else if inFigureSentence(i) || cutOff(lower) {
			continue
		}
		f := strings.Fields(strings.ReplaceAll(text[g[4]:g[5]], ",", ""))
		dt := indicators.Date{Year: atoiOr0(f[len(f)-1]), Month: time.Month(monthNumber(text[g[6]:g[7]]))}
		if len(f) == 3 {
			dt.Day = atoiOr0(f[0]) + atoiOr0(f[1]) // "30 June 2015", "January 31, 2019"
		}
		if p, err := indicators.ParsePeriod(dt.String()); err == nil {
			return p, i, true
		}
	}
	return indicators.Period{}, 0, false
}

// releaseTimeRe is a release's own statement of its figures' time: "as
// of January 31, 2019", "as at 30 June 2015" (group 2: the date), or a
// list's lead-in "For the 2024 bathing season" (group 1: the year).
var releaseTimeRe = lazyRegexp(`(?i)\bfor the ((?:19|20)\d\d) [a-z]+ season\b|\bas (?:of|at) ((?:\d{1,2} )?` + monthNameRe + `(?: \d{1,2},)? (?:19|20)\d\d)\b`)

// cutOffWords, before "as of", make its date a forecast's or a
// projection's cut-off ("the forecast reflects developments in the economy
// as of December 4, 2024"): when its information ends, not the period of
// its figures.
var cutOffWords = []string{"reflects", "reflect", "developments", "information available", "data available", "incorporates", "based on data"}

// cutOff reports whether the words before an "as of" (lower case, up to
// the start of their sentence) make its date a cut-off.
func cutOff(before string) bool {
	if i := strings.LastIndexAny(before, ".!?\n"); i >= 0 {
		before = before[i+1:]
	}
	return firstPhrase(before, cutOffWords) != ""
}

// plannedCues, in a sentence in which a document speaks of itself, make
// its counts targets: "This fact sheet highlights planned results and
// funding levels … in 2008".
var plannedCues = []string{"planned results", "planned targets", "targets", "planned"}

// docKinds name a document in its title line ("2008 Fact Sheet") or in a
// sentence about itself ("This fact sheet highlights … in 2008").
var docKinds = []string{"fact sheet", "report", "annual report", "budget", "highlights", "review", "summary"}

// docYearOf finds the year a whole document reports on: a year before the
// kind of document in a title line near the top ("2008 Fact Sheet",
// "FY2021 Annual Report"), or a year of a sentence in which the document
// speaks of itself ("This fact sheet highlights planned results … in
// 2008") and that opens a sentence without figures.
func docYearOf(text string, inFigureSentence func(int) bool) docYear {
	var dy docYear
	n := 0
	for off := 0; off < len(text) && n < 6 && dy.year == 0; {
		end := lineEnd(text, off)
		line := strings.TrimSpace(text[off:end])
		if line != "" {
			n++
			lower := strings.ToLower(line)
			for _, k := range docKinds {
				i := strings.Index(lower, k)
				if i <= 0 || i+len(k) != len(lower) {
					continue
				}
				f := strings.Fields(line[:i])
				if len(f) == 0 || len(f) > 2 {
					continue
				}
				w := strings.TrimPrefix(f[len(f)-1], "FY")
				if y, m := readYear(w); m == len(w) && m == 4 {
					dy = docYear{year: y, evidence: line}
					break
				}
			}
		}
		off = end + 1
	}
	if dy.year == 0 {
		dy.year, dy.evidence = leadDataYear(text)
	}
	for _, self := range []string{"This fact sheet", "This report", "This document"} {
		for from := 0; ; {
			i := strings.Index(text[from:], self)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if b := strings.TrimRight(text[:i], " \t"); inFigureSentence(i) || b != "" && !strings.ContainsAny(b[len(b)-1:], ".!?\n") {
				continue // not the start of a sentence of its own
			}
			e := i + strings.IndexAny(text[i:]+".", ".\n")
			sent := strings.Join(strings.Fields(text[i:e]), " ")
			if dy.planned == "" {
				dy.planned = firstPhrase(strings.ToLower(sent), plannedCues)
			}
			for _, r := range yearsIn(text[i:e], i) {
				if dy.year == 0 && r.role == yearPeriod && r.period.To.IsZero() {
					dy.year, dy.evidence = r.period.From.Year, sent
				}
			}
		}
	}
	return dy
}

// leadDataYearRe is a release's lead naming the one year its statistics
// are of: "the latest postal statistics for 2013 show", "figures for
// 2023 published today" (group 1 the year; a span, "for 2013-14", is
// not one year).
var leadDataYearRe = lazyRegexp(`(?i)\b(?:statistics|figures|data|results|estimates)\s+(?:for|on)\s+((?:19|20)\d\d)\b([-–/]\d)?`)

// leadDataYearLines is how many lines, not blank, make a release's lead:
// its title, standfirst and first paragraph or two.
const leadDataYearLines = 6

// leadDataYear returns the one year a release's lead says its statistics
// are of, and the line that says it; 0 when it names none or two.
func leadDataYear(text string) (int, string) {
	year, evidence := 0, ""
	n := 0
	for off := 0; off < len(text) && n < leadDataYearLines; {
		end := lineEnd(text, off)
		line := strings.TrimSpace(text[off:end])
		off = end + 1
		if line == "" {
			continue
		}
		n++
		for _, g := range leadDataYearRe.FindAllStringSubmatch(line, -1) {
			if g[2] != "" {
				return 0, "" // a span of years
			}
			y, _ := strconv.Atoi(g[1])
			if year != 0 && y != year {
				return 0, ""
			}
			year, evidence = y, strings.Join(strings.Fields(g[0]), " ")
		}
	}
	return year, evidence
}

// dashAt reports whether s starts with an en or em dash, which joins two
// years of a span ("2014–2017") and is no letter of a word.
func dashAt(s string) bool { return strings.HasPrefix(s, "–") || strings.HasPrefix(s, "—") }

// changeOnYear reports whether the words before a year, lower case and
// ending on "on", make it a change's base: "up 3.4% on 2015", "down 2 per
// cent on 2019", "an increase of 5% on".
func changeOnYear(words []string) bool {
	n := len(words)
	if n < 2 {
		return false
	}
	w := strings.Trim(words[n-2], "()")
	_, change := vocab.LookupDirection(w)
	return strings.HasSuffix(w, "%") && len(w) > 1 && isDigit(w[len(w)-2]) || w == "cent" && n >= 3 && words[n-3] == "per" || w == "percent" || w == "points" || w == "point" || change
}

// changeOnWhatYear reports whether the words before a year, lower case and
// ending on "in", set a change against what was so in that year: "a
// reduction of 21 percentage points on performance in 2015/16", "up 4%
// on the level in 2019". The year is the change's base; "on an annual
// basis in 2019" is no comparand.
func changeOnWhatYear(words []string) bool {
	n := len(words)
	for k := n - 2; k >= max(0, n-5); k-- {
		if strings.ContainsAny(words[k], "0123456789,;:()") {
			return false
		}
		if words[k] == "on" {
			// "on an annual basis in April": a manner, not a comparand
			return words[k+1] != "a" && words[k+1] != "an" && !slices.Contains(words[k+1:], "basis") && changeOnYear(words[:k+1])
		}
	}
	return false
}

// comparandMarkers are the words that set a figure against another time:
// a year a few words after one of them, in the same phrase, is the
// comparand's time (the base), not the figure's.
var comparandMarkers = map[string]bool{"than": true, "compared": true, "versus": true, "vs": true, "relative": true,
	"below": true, "above": true, "peak": true}

// comparandYear reports whether the words before a year (lower case, the
// last one right before it) set the figure against that year: "164%
// higher than in 2010", "the same as 2018", "2% below the peak in 2017",
// "compared with the same period in 2018", "remained similar to 2009".
// The genre's pattern: a time a
// figure is compared with is the comparison's base, never the figure's
// period; so a comparison marker at most seven words back ("compared to
// the same period of 2008", "lower than the record high numbers seen in
// 2023"), with no figure, comma or clause break between, makes the year a
// base. "as" counts after
// "same" only ("as of" and "such as" date or list).
func comparandYear(words []string) bool {
	n := len(words)
	if n == 0 {
		return false
	}
	if last := words[n-1]; last == "as" || n >= 2 && last == "in" && words[n-2] == "as" {
		k := n - 2
		if last == "in" {
			k = n - 3
		}
		return k >= 0 && (words[k] == "same" || words[k] == "as")
	}
	for i := n - 1; i >= max(0, n-8); i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:()") || strings.IndexAny(w, "0123456789") == 0 || strings.ContainsAny(w, "0123456789") && !strings.Contains(w, "-") {
			return false // a figure between; "the post-covid-19 July to September 2020 period" is a name's modifier
		}
		if comparandMarkers[strings.TrimRight(w, ".")] || w == "similar" && i+1 < n && words[i+1] == "to" {
			return true // "remained similar to 2009 at £58.10"
		}
	}
	return false
}

// isoDateAfter reports whether s, right after "2009-12", goes on as an
// ISO date's day ("-31"): "2009-12-31" is a day, no span of years.
// episodeAfter reports whether the words after a pair of years name an
// episode of both ("the 2008-09 recession", "the 1990-91 crisis").
func episodeAfter(after string) bool {
	return episodeAfterRe.MatchString(after)
}

var episodeAfterRe = lazyRegexp(`^ (?:global |financial |economic )?(?:recession|crisis|downturn|slump)\b`)

func isoDateAfter(s string) bool {
	return len(s) >= 3 && s[0] == '-' && isDigit(s[1]) && isDigit(s[2])
}

// comparedWithEarlier reports whether the figure m is one compared with
// ("up from", "compared with") and its clause, ending at ce, names its time
// only as one back from the clause's ("a year earlier", "last year", "the
// previous month"): "In March 2022, vacancies were 1,300, up from 1,200 a
// year earlier".
func comparedWithEarlier(text string, m Mention, ce int) bool {
	before := strings.ToLower(strings.TrimRight(tail(text[:m.Span.Start], 40), " \u00a0"))
	if !comparandLeadRe.MatchString(before) {
		return false
	}
	end := min(max(ce, m.Span.End), len(text), m.Span.End+48)
	return earlierAfterRe.MatchString(text[m.Span.End:end])
}

var (
	comparandLeadRe = lazyRegexp(`\b(?:from|compared (?:with|to)|against|versus|vs\.?)(?: about| around| nearly| almost| just| some)?$`)
	earlierAfterRe  = lazyRegexp(`(?i)^[^,;.()]{0,24}?\b(?:(?:the )?` + earlierPhrase + `|last (?:year|month)|(?:the )?(?:previous|preceding) month|a month (?:earlier|ago|before))\b`)
)
