package indicators

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A change with no base whose sentence says what it is compared with
// ("as compared to the same period of 2008", a list under "In the year to
// August 2022:") takes a notice saying the base to write: without one the
// outputs print "down 11.0%" with no "from … to …" (s17j-ports,
// s17j-benefits).

// baseSaid returns the words of the quote's sentence, or of the lead-in
// line above its list, that name what a change is compared with, quoted
// for a message, and the base they give for period (NotStated where they
// give none); said is "" when they name none. One rule reads the ways
// releases name a comparand (comparand): a period after "compared
// with", "since", "than" or "from" ("since 1 October 2023"), or one
// counted back ("a year earlier", "the previous 12 month period"); and
// "over the same period" takes the comparand of the sentence before.
func baseSaid(text string, sp Span, period Period, stated string) (said string, base Period) {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return "", NotStated
	}
	start, end := sentenceBounds(text, sp)
	// Only the figure's own clause of its sentence names its comparand:
	// "grew by 0.6 per cent in the June 2023 quarter, to be 2.4 per cent
	// higher than a year earlier" compares the 2.4 per cent, not the 0.6.
	clause := figureClause(text[start:end], figureIn(text, sp, stated)-start)
	if undatedComparand(clause, period) != "" {
		// "13% higher than the previous record output" (s33d-passports):
		// the clause names its comparand, of no date, and a "last month"
		// elsewhere in the sentence dates the figure itself.
		return "", NotStated
	}
	// The quote's own words first ("a decrease of 16 cents/gal from
	// July"), then its sentence's, then the lead-in above its list; a
	// quote compared with an average names its own comparand, and the
	// sentence's other years are not it ("10% above last year's
	// estimate … and 7% above the long-term average").
	// The quote's own words are its figure's clause too: "fell by 0.4% in
	// Q1 and were 0.5% lower than a year earlier" gives the 0.4% no base
	// (s35f-productivity).
	if w, b := comparand(quoteClause(text[sp.Start:sp.End], stated), period); w != "" {
		return strconv.Quote(w), b
	}
	if averageComparand(lowerASCII(foldString(text[sp.Start:sp.End]))) {
		// "the long-term average": the years the text gives it once
		// ("the 1955-2006 long-term average"), wherever that is.
		lowText := lowerASCII(text)
		for i := 0; ; {
			k := strings.Index(lowText[i:], "average")
			if k < 0 {
				break
			}
			i += k
			for j := max(0, i-25); j+9 <= i; j++ {
				if b, n := yearSpanAt(lowText[j:]); n > 0 && (j == 0 || !isAlnum(lowText[j-1])) && b.To.Year < period.From.Year {
					return strconv.Quote(strings.TrimSpace(text[j : i+len("average")])), b
				}
			}
			i += len("average")
		}
		return strconv.Quote("average"), NotStated
	}
	for _, ctx := range []string{clause, leadInAbove(text, sp.Start)} {
		if w, b := comparand(ctx, period); w != "" {
			return strconv.Quote(w), b
		}
	}
	low := lowerASCII(foldString(clause))
	for _, w := range lexicon.SamePeriodPhrases {
		i := strings.Index(low, w)
		if i < 0 || start < 2 {
			continue
		}
		ps, pe := sentenceBounds(text, Span{Start: start - 2, End: start - 2})
		if before, b := comparand(text[ps:pe], period); before != "" {
			return fmt.Sprintf("%q, and the sentence before %q", strings.TrimSpace(w), before), b
		}
	}
	return "", NotStated
}

// quoteClause returns the clause of quote that holds the figure stated,
// read with its brackets left out: "a decrease of 3,320 (2 per cent)
// since 1 October 2023" restates the figure in its brackets, whose
// number ends no clause.
func quoteClause(quote, stated string) string {
	bare := parenthetical.ReplaceAllString(quote, "")
	return figureClause(bare, figureIn(bare, Span{0, len(bare)}, stated))
}

// parenthetical matches a bracket of a sentence with the space before it.
var parenthetical = regexp.MustCompile(` ?\([^()]*\)`)

// undatedComparand returns the words of clause (a figure's own clause)
// that set it against something of no date, or "": "than" or "compared
// with" before words that hold no number and name no period
// (comparand): "than the previous record output", "compared with the
// pre-pandemic peak". Such a change has a base the document does not
// date: base stays out, and the title names what it is compared with.
// "than in 2019", "than a year earlier", "than last month" are dated, and
// "more than 1 million" no comparand.
func undatedComparand(clause string, period Period) string {
	low, offs := foldedLower(clause)
	for _, lead := range []string{"than ", "compared with ", "compared to "} {
		for i := 0; ; {
			k := strings.Index(low[i:], lead)
			if k < 0 {
				break
			}
			i += k
			at := i + len(lead)
			rest := low[at:]
			if j := strings.IndexAny(rest, lexicon.PhraseEnds); j >= 0 {
				rest = rest[:j]
			}
			i = at
			if strings.TrimSpace(rest) == "" || strings.ContainsAny(rest, "0123456789") || monthNamed(rest) {
				continue
			}
			if w, _ := comparand(lead+rest, period); w != "" {
				continue
			}
			if k, _ := comparandIn(lead + rest); k != AgainstPeriod {
				continue // "than forecast": comparandOf's
			}
			return strings.TrimSpace(clause[offs[at-len(lead)]:offs[at+len(rest)]])
		}
	}
	return ""
}

// figureIn returns where the figure of stated stands in text within the
// quote at sp (its number, the first digits of stated, as a word), or the
// quote's start.
func figureIn(text string, sp Span, stated string) int {
	// Everything before the number: a sign, a currency's sign or code
	// ("₹5 crore", "CHF 12"), a hedge.
	num := strings.TrimLeftFunc(stated, func(r rune) bool { return r < '0' || r > '9' })
	if k := strings.IndexFunc(num, func(r rune) bool { return !(r >= '0' && r <= '9' || r == ',' || r == '.') }); k >= 0 {
		num = num[:k]
	}
	num = strings.TrimRight(num, ",.")
	if num == "" {
		return sp.Start
	}
	quote := text[sp.Start:sp.End]
	// First the number with the word or sign right before it, as stated
	// writes them ("¥12" rather than the "12" of "12 firms"), then the
	// number alone.
	lead := stated[:strings.Index(stated, num)]
	if w := strings.TrimRight(lead, " "); w != "" {
		w = w[strings.LastIndexByte(w, ' ')+1:]
		with := w + lead[len(strings.TrimRight(lead, " ")):] + num
		if i := indexNumber(quote, with); i >= 0 {
			return sp.Start + i + len(with) - len(num)
		}
	}
	if i := indexNumber(quote, num); i >= 0 {
		return sp.Start + i
	}
	return sp.Start
}

// indexNumber returns where num, a number's digits, stands in s as a
// whole number, or -1: not inside a longer number or a word, but right
// after a currency's sign of any script ("₹5 crore", "€12 million"),
// which indexWord, reading bytes, takes for a letter.
func indexNumber(s, num string) int {
	return indexWhere(s, num, func(i, j int) bool {
		if j < len(s) && (isAlnum(s[j]) || s[j] == '.' && j+1 < len(s) && s[j+1] >= '0' && s[j+1] <= '9') {
			return false
		}
		if i == 0 {
			return true
		}
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != ','
	})
}

// figureClause returns the words of sentence that belong to the figure at
// byte at: its clause (lexicon.ClauseStops), cut at the figures before and after
// it ("0.6 per cent in the June 2023 quarter, to be" of "… 0.6 per cent
// in the June 2023 quarter, to be 2.4 per cent higher than a year
// earlier"), with the words that all the clause's figures share: an
// opener set off by a comma before the first ("Compared with 2019, …")
// and an adjunct set off by a comma after the last ("… by 11.0% and … by
// 5.3%, as compared to the same period of 2008"). Years, days of a date
// and a year's second half ("2023-24") are no figures.
func figureClause(sentence string, at int) string {
	if at < 0 || at > len(sentence) {
		at = 0
	}
	low := lowerASCII(foldString(sentence))
	if len(low) != len(sentence) {
		low = lowerASCII(sentence) // a fold that changed lengths: read unfolded
	}
	cs, ce := 0, len(sentence)
	for _, w := range lexicon.ClauseStops {
		if i := strings.LastIndex(low[:at], w); i >= 0 && i+len(w) > cs {
			cs = i + len(w)
		}
		if i := strings.Index(low[at:], w); i >= 0 && at+i < ce {
			ce = at + i
		}
	}
	type fig struct{ start, end int }
	var figs []fig
	for i := cs; i < ce; i++ {
		if i > 0 && (isAlnum(low[i-1]) || low[i-1] == '-' || low[i-1] == '/' || low[i-1] == '.' || low[i-1] == ',') {
			continue
		}
		m := figureAt.FindString(low[i:ce])
		if m == "" && i < ce && low[i] >= '0' && low[i] <= '9' {
			// a figure at the clause's end, before its stop
			if m = figureAt.FindString(low[i:ce] + " "); m != "" {
				m = m[:len(m)-1]
			}
		}
		if m == "" {
			continue
		}
		w := strings.TrimRight(strings.TrimSpace(m), ",.")
		digits := strings.TrimLeftFunc(w, func(r rune) bool { return r < '0' || r > '9' })
		after := strings.Fields(low[i+len(w) : ce])
		before := strings.Fields(low[cs:i])
		if y := atoiOr(digits); len(digits) == 4 && y >= 1800 && y < 2100 ||
			len(after) > 0 && monthWord(strings.Trim(after[0], ",.;:)")) != 0 ||
			len(after) > 0 && slices.Contains(lexicon.Durations, strings.TrimSuffix(strings.Trim(after[0], ",.;:)"), "s")) ||
			len(before) > 0 && slices.Contains(lexicon.NoFigureAfter, before[len(before)-1]) {
			// A year, the day of a date, a time counted back ("12 months
			// earlier"), or an end of the change itself ("from 194,143
			// diagnoses in 2023 to 168,889"), or a quarter's number: no figure
			// of its own.
			i += len(w)
			continue
		}
		if j := strings.LastIndexFunc(low[:i], func(r rune) bool { return r != ' ' }); j >= 0 {
			if f := strings.Fields(low[max(0, j-12) : j+1]); len(f) > 0 && monthWord(strings.Trim(f[len(f)-1], ",.")) != 0 && len(digits) <= 2 {
				i += len(w)
				continue // "June 30"
			}
		}
		figs = append(figs, fig{i, i + len(w)})
		i += len(w)
	}
	from, to := cs, ce
	var head, tail string
	for k, f := range figs {
		if f.end <= at {
			from = f.end
		}
		if f.start > at && to == ce {
			to = f.start
		}
		if k == 0 && f.start <= at {
			if c := strings.LastIndex(sentence[cs:f.start], ", "); c >= 0 {
				head = sentence[cs : cs+c]
			}
		}
		if k == len(figs)-1 && f.start > at {
			if rest := sentence[f.end:ce]; strings.HasPrefix(strings.TrimLeft(rest, ")"), ",") {
				tail = rest
			}
		}
	}
	if from > at {
		from = cs
	}
	if head != "" && from > cs {
		return head + ", " + sentence[from:to] + tail
	}
	return sentence[from:to] + tail
}

// comparand returns the words of ctx that name what a change of period is
// compared with, and the base they give (NotStated where they give none),
// or "": lexicon.ComparedWithPhrases with a year after, lexicon.SinceWords
// with a date or year after that is before period, or
// lexicon.YearBackPhrases.
func comparand(ctx string, period Period) (string, Period) {
	low, offs := foldedLower(ctx)
	words := func(i, j int) string { return strings.TrimSpace(ctx[offs[i]:offs[j]]) }
	for _, w := range lexicon.ComparedWithPhrases {
		i := strings.Index(low, w)
		if i < 0 {
			continue
		}
		if d, n := dateAt(low[i+len(w):]); n > 0 && d.From.before(period.From) {
			return words(i, i+len(w)+n), d
		}
		if y, end := yearWithin(low[i+len(w):], 40); y > 0 {
			return words(i, i+len(w)+end), inYear(period, y)
		}
	}
	for _, w := range lexicon.SinceWords {
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			i += k
			if i > 0 && isAlnum(low[i-1]) || w == "since " && recordReach(low[:i]) {
				i += len(w)
				continue
			}
			if w == "from " {
				// "from 194,143 diagnoses in 2023 to 168,889 diagnoses in
				// 2024": both ends of the change, each with its period.
				if b, n := fromFigureIn(low[i+len(w):], period); n > 0 {
					return words(i, i+len(w)+n), b
				}
			}
			if d, n := dateAt(low[i+len(w):]); n > 0 && d.From.before(period.From) {
				return words(i, i+len(w)+n), d
			}
			if d, n := monthAt(low[i+len(w):], period); n > 0 {
				return words(i, i+len(w)+n), d
			}
			// The year within a few words: "than in 2019", "from fiscal
			// year 2018", not "since comparable data became available
			// in May 1976" (a record's reach, no comparand).
			if y, end := yearWithin(low[i+len(w):], 20); y > 0 {
				if b, n := yearSpanAt(low[i+len(w)+end-4:]); n > 0 && b.To.Year < period.From.Year {
					return words(i, i+len(w)+end-4+n), b // "the 1955-2006 long-term average"
				}
				if b := inYear(period, y); b.IsStated() {
					return words(i, i+len(w)+end), b
				}
			}
			i += len(w)
		}
	}
	// "an increase of 2.3 per cent on 2016-17", "up 4% on 2022": a change
	// "on" a year, as UK releases write it, names its base right after.
	for i := 0; ; {
		k := strings.Index(low[i:], " on ")
		if k < 0 {
			break
		}
		i += k + len(" on ")
		if y, end := yearWithin(low[i:], 5); y > 0 && end == 4 {
			b := inYear(period, y)
			if len(low) > i+4 && (low[i+4] == '-' || low[i+4] == '/') {
				// "2016-17", "2016/2017": the year across two that starts
				// in y, named by the year it ends in where period is named
				// so (inYear); else no year ("on 2016-05-01", a date).
				n := acrossEnd(low[i+5:], y)
				if n == 0 {
					continue
				}
				if end += 1 + n; b.From.Year != y {
					b = inYear(period, y+1)
				}
			}
			if b.IsStated() && b.From.before(period.From) {
				return words(i-len("on "), i+end), b
			}
		}
	}
	for _, w := range lexicon.YearBackPhrases {
		i := strings.Index(low, w)
		if i < 0 {
			continue
		}
		if namesSpan(low[i:], w, period) {
			continue // "grew by 624,000 people over the year to June 2023": the span is the period
		}
		end := i + len(w)
		if _, e := yearWithin(low[end:], 20); strings.HasSuffix(w, " ") && e > 0 {
			end += e // "year to August 2022"
		} else if !strings.HasSuffix(w, " ") {
			for end < len(low) && isAlnum(low[end]) {
				end++ // "previous 12 month" ends its word: "months"
			}
			if strings.HasPrefix(low[end:], " period") {
				end += len(" period")
			}
		}
		return words(i, end), shiftYears(period, -1)
	}
	for _, w := range lexicon.PeriodBackPhrases {
		if i := strings.Index(low, w.Phrase); i >= 0 && (i == 0 || !isAlnum(low[i-1])) {
			return words(i, i+len(w.Phrase)), shiftBack(period, w.Days, w.Months)
		}
	}
	return "", NotStated
}

// shiftBack returns period days or months earlier, where it is of that
// grain (a day, or a week, for 7 days; a month for 1 month; a quarter for
// 3), else NotStated: the week before 2020-09-13 is 2020-09-06, before
// 2020-09-07/2020-09-13 2020-08-31/2020-09-06, the month before 2024-03
// 2024-02.
func shiftBack(p Period, days, months int) Period {
	if !p.IsStated() || p.UpTo || p.Fiscal || p.From.Month == 0 || (days > 0) != (p.From.Day > 0) {
		return NotStated
	}
	if to := p.To; !to.IsZero() {
		from := time.Date(p.From.Year, p.From.Month, max(p.From.Day, 1), 0, 0, 0, 0, time.UTC)
		end := time.Date(to.Year, to.Month, max(to.Day, 1), 0, 0, 0, 0, time.UTC)
		if days > 0 && end.Sub(from) != time.Duration(days-1)*24*time.Hour || months > 0 && !from.AddDate(0, months-1, 0).Equal(end) {
			return NotStated
		}
	} else if months > 1 {
		return NotStated
	}
	for _, d := range []*Date{&p.From, &p.To} {
		if d.IsZero() {
			continue
		}
		day := max(d.Day, 1)
		t := time.Date(d.Year, d.Month, day, 0, 0, 0, 0, time.UTC).AddDate(0, -months, -days)
		d.Year, d.Month = t.Year(), t.Month()
		if d.Day > 0 {
			d.Day = t.Day()
		}
	}
	return p
}

// namesSpan reports whether the year-back phrase w at the start of s
// (lower case) names period itself, a span of twelve months, rather than
// a year before it: "over the year to June 2023" of a change over
// 2022-07/2023-06 is the change within that year, which has no other
// base (s20n-population), as "over the year" of such a span is. Of a
// month or a day ("rose 2.5% in the year to March" of period 2023-03)
// it is the year before's.
func namesSpan(s, w string, period Period) bool {
	if !period.IsStated() || period.To.IsZero() || period.UpTo {
		return false
	}
	months := period.MonthsSpanned()
	if period.From.Month == 0 || period.To.Month == 0 || months != 12 {
		return false
	}
	switch w {
	case "over the year", "on the year":
		rest := s[len(w):]
		if r, ok := strings.CutPrefix(rest, " to "); ok {
			d, n := dateAt(r) // "over the year to June 2023"
			return n > 0 && d.From.Year == period.To.Year && d.From.Month == period.To.Month
		}
		return !strings.HasPrefix(rest, " before") && !strings.HasPrefix(rest, " earlier")
	case "year to ", "year ending ", "year ended ":
		d, n := dateAt(s[len(w):])
		return n > 0 && d.From.Year == period.To.Year && d.From.Month == period.To.Month
	}
	return false
}

// figureAt matches a figure at the start of a lower-case text: a
// currency's sign (any of lexicon.CurrencySigns, as startsCurrency reads
// them: "£", "us$", "₹"), digits grouped or not, decimals, a percent.
var figureAt = regexp.MustCompile(`^(?:` + currencySignsPattern() + `)?[0-9][0-9,]*(?:\.[0-9]+)?(?:%| per ?cent| percent)?(?:\s|$)`)

// currencySignsPattern returns the lower-case signs of
// lexicon.CurrencySigns as alternatives of a regular expression, the
// longest first ("us$" before "$").
func currencySignsPattern() string {
	var signs []string
	for _, sg := range lexicon.CurrencySigns() {
		if w := strings.ToLower(sg.Sign); !slices.Contains(signs, w) {
			signs = append(signs, w)
		}
	}
	slices.SortFunc(signs, func(a, b string) int { return cmp.Or(len(b)-len(a), strings.Compare(a, b)) })
	for i, w := range signs {
		signs[i] = regexp.QuoteMeta(w)
	}
	return strings.Join(signs, "|")
}

// fromFigureIn reads, at the start of s (lower case, the words after
// "from"), the earlier end of a change written with both its ends, as
// releases write every bullet of a year on year table: "194,143 diagnoses
// in 2023 to 168,889 diagnoses in 2024", "2.440 million in Quarter 3 2014
// to 2.771 million trips in Quarter 3 2015". A figure, up to six words,
// "in" (or "at", "on") and a period (periodWordsAt), then "to" and
// another figure; it returns that period where it is before period, with
// the bytes up to its end (n 0 where s is no such reading).
func fromFigureIn(s string, period Period) (Period, int) {
	if !figureAt.MatchString(s) {
		return NotStated, 0
	}
	to := strings.Index(s, " to ")
	if to < 0 || to > 90 || strings.ContainsAny(s[:to], ";:\n") || strings.Contains(s[:to], ". ") {
		return NotStated, 0
	}
	if !figureAt.MatchString(s[to+len(" to "):]) {
		return NotStated, 0
	}
	head := s[:to]
	if len(strings.Fields(head)) > 9 {
		return NotStated, 0
	}
	for _, prep := range []string{" in ", " at ", " on "} {
		j := strings.LastIndex(head, prep)
		if j < 0 {
			continue
		}
		words := strings.TrimRight(head[j+len(prep):], ",)")
		b, n := periodWordsAt(words, period)
		if n == 0 || !b.IsStated() || strings.TrimSpace(words[n:]) != "" || !b.From.before(period.From) {
			continue
		}
		return b, j + len(prep) + n
	}
	return NotStated, 0
}

// periodWordsAt reads the period written in words at the start of s
// (lower case) that a change of period is compared with: a date ("1
// october 2023", "march 2023"), a quarter ("quarter 3 2014", "q3 2014",
// "q1 of 2007"),
// a year across two ("2020/21") or a year ("2023", the same part of it
// as period: a year earlier of a quarter is that quarter a year earlier);
// with its length in bytes, n 0 where s starts with none.
func periodWordsAt(s string, period Period) (Period, int) {
	if d, n := dateAt(s); n > 0 {
		return d, n
	}
	f := strings.Fields(s)
	year := func(w string) int {
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1800 && y < 2100 {
			return y
		}
		return 0
	}
	// "quarter 3 2014", "q3 2014", "q1 of 2007": the quarter, then its
	// year (after "of" where written).
	q, rest := 0, f
	switch {
	case len(f) >= 2 && (f[0] == "quarter" || f[0] == "qtr"):
		if n, err := strconv.Atoi(f[1]); err == nil {
			q, rest = n, f[2:]
		}
	case len(f) >= 1 && len(f[0]) == 2 && f[0][0] == 'q':
		q, rest = int(f[0][1]-'0'), f[1:]
	}
	if len(rest) > 0 && rest[0] == "of" {
		rest = rest[1:]
	}
	if q >= 1 && q <= 4 && len(rest) > 0 && year(rest[0]) > 0 {
		return QuarterPeriod(year(rest[0]), q), strings.Index(s, rest[0]) + 4
	}
	if len(f) >= 1 && len(f[0]) >= 4 && year(f[0][:4]) > 0 {
		y, w := year(f[0][:4]), f[0]
		if len(w) == 7 && (w[4] == '/' || w[4] == '-') && allDigits(w[5:]) {
			if (y+1)%100 == atoiOr(w[5:]) && (period.Split || period.Fiscal && period.Across) {
				return inYear(period, y), len(w) // "2020/21"
			}
			return NotStated, 0
		}
		if len(w) == 4 {
			return inYear(period, y), 4
		}
	}
	return NotStated, 0
}

// atoiOr returns the number s writes in digits, or -1.
func atoiOr(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// recordReach reports whether the words before "since" make it a
// record's reach ("the longest such stretch since December 2008", "the
// highest since 1955"), not a comparand: a superlative, an extreme
// (lexicon.Extremes) or "first time" among the last few words.
func recordReach(before string) bool {
	if len(before) > 30 {
		before = before[len(before)-30:]
	}
	for _, w := range strings.Fields(before) {
		w = strings.Trim(w, ",;()")
		if len(w) > 4 && strings.HasSuffix(w, "est") || w == "record" || w == "first" || slices.Contains(lexicon.Extremes, w) {
			return true
		}
	}
	return false
}

// monthAt reads a month named alone at the start of s (lower case, "july"
// in "from july"), not followed by a day or year, as the latest such
// month before period, or a span of months to a year ("july to september
// 2019"), with its length in bytes; n is 0 where s starts with none.
func monthAt(s string, period Period) (Period, int) {
	f := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '.' || r == ';' || r == ')' || r == '\n' || r == '\t'
	})
	if len(f) == 0 || !period.IsStated() || period.From.Month == 0 {
		return NotStated, 0
	}
	m := monthWord(f[0])
	if m == 0 || len(f) > 1 && f[1][0] >= '0' && f[1][0] <= '9' {
		return NotStated, 0
	}
	if len(f) > 3 && f[1] == "to" && monthWord(f[2]) != 0 {
		// "july to september 2019": the whole span, to its year
		// (s25u-legalaid was told the July before its period).
		if y := atoiOr(f[3]); y >= 1800 && y < 2100 && len(f[3]) == 4 {
			from := y
			if m > monthWord(f[2]) {
				from--
			}
			if p, err := ParsePeriod(fmt.Sprintf("%d-%02d/%d-%02d", from, m, y, monthWord(f[2]))); err == nil && p.From.before(period.From) {
				return p, strings.Index(s, f[3]) + 4
			}
		}
		return NotStated, 0
	}
	y := period.From.Year
	if m >= period.From.Month {
		y--
	}
	return Period{From: Date{Year: y, Month: m}}, strings.Index(s, f[0]) + len(f[0])
}

// foldedLower returns s folded (foldRune) and in lower case, and for each
// of its bytes the offset in s it came from (one more, len(s), at the end),
// so that words found in it are cut from s in the text's own characters.
func foldedLower(s string) (string, []int) {
	var b strings.Builder
	offs := make([]int, 0, len(s)+1)
	for i, r := range s {
		f := foldRune(r)
		if f >= 'A' && f <= 'Z' {
			f += 'a' - 'A'
		}
		for range utf8.RuneLen(f) {
			offs = append(offs, i)
		}
		b.WriteRune(f)
	}
	return b.String(), append(offs, len(s))
}

// averageComparand reports whether the quote low (lower case) compares
// its figure with an average ("24% above the long-term average", "below
// the 1991-2020 average"), not one that measures an average ("average
// hourly wages increased 3.9%").
func averageComparand(low string) bool {
	for _, w := range []string{"above ", "below ", "than ", "compared with ", "compared to ", "from "} {
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			i += k + len(w)
			rest := low[i:]
			if len(rest) > 40 {
				rest = rest[:40]
			}
			if (strings.HasPrefix(rest, "the ") || strings.HasPrefix(rest, "their ") || strings.HasPrefix(rest, "its ")) && strings.Contains(rest, "average") {
				return true
			}
		}
	}
	return false
}

// yearSpanAt reads two years joined by a hyphen, dash or slash at the
// start of s ("1955-2006"), as the period they span, with its length in
// bytes; n is 0 where s starts with none.
func yearSpanAt(s string) (Period, int) {
	if len(s) < 9 || s[4] != '-' && s[4] != '/' {
		return NotStated, 0
	}
	a, err1 := strconv.Atoi(s[:4])
	b, err2 := strconv.Atoi(s[5:9])
	if err1 != nil || err2 != nil || b <= a || len(s) > 9 && isAlnum(s[9]) {
		return NotStated, 0
	}
	return Period{From: Date{Year: a}, To: Date{Year: b}}, 9
}

// dateAt reads a date written in words at the start of s (lower case):
// "1 october 2023", "october 2023", "october 1, 2023", and returns it as a
// period with its length in bytes; n is 0 where s starts with none (a
// year alone is yearWithin's).
func dateAt(s string) (p Period, n int) {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\n' || r == '\t' })
	if len(f) > 3 {
		f = f[:3]
	}
	year := func(w string) int {
		w = strings.TrimRight(w, ".;:)")
		if y, err := strconv.Atoi(w); err == nil && len(w) == 4 && y >= 1800 && y < 2100 {
			return y
		}
		return 0
	}
	end := func(words int) int { // bytes up to the end of the words-th field
		k := 0
		for j := range words {
			k += strings.Index(s[k:], f[j]) + len(f[j])
		}
		return k - (len(f[words-1]) - len(strings.TrimRight(f[words-1], ".;:)")))
	}
	if len(f) >= 3 {
		if d, err := strconv.Atoi(f[0]); err == nil && monthWord(f[1]) != 0 && year(f[2]) > 0 {
			if y, m := year(f[2]), monthWord(f[1]); d >= 1 && d <= time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
				return Period{From: Date{Year: y, Month: m, Day: d}}, end(3)
			}
		}
		if d, err := strconv.Atoi(f[1]); err == nil && monthWord(f[0]) != 0 && year(f[2]) > 0 {
			if y, m := year(f[2]), monthWord(f[0]); d >= 1 && d <= time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() {
				return Period{From: Date{Year: y, Month: m, Day: d}}, end(3)
			}
		}
	}
	if len(f) >= 2 && monthWord(f[0]) != 0 && year(f[1]) > 0 {
		return Period{From: Date{Year: year(f[1]), Month: monthWord(f[0])}}, end(2)
	}
	return NotStated, 0
}

// yearWithin returns the first year (1800–2099) standing as a word in the
// first n bytes of s, before any sentence end, and where it ends; 0 if none.
func yearWithin(s string, n int) (int, int) {
	if len(s) > n {
		s = s[:n]
	}
	if k := strings.IndexAny(s, ".;:"); k >= 0 {
		s = s[:k]
	}
	for i := 0; i+4 <= len(s); i++ {
		if (i > 0 && isAlnum(s[i-1])) || (i+4 < len(s) && isAlnum(s[i+4])) {
			continue
		}
		if y, err := strconv.Atoi(s[i : i+4]); err == nil && y >= 1800 && y < 2100 {
			return y, i + 4
		}
	}
	return 0, 0
}

// acrossEnd returns the length of the second year of a year across two
// that starts in y at the start of s ("17" or "2017" of 2016), or 0.
func acrossEnd(s string, y int) int {
	for _, c := range []struct{ n, next int }{{2, (y + 1) % 100}, {4, y + 1}} {
		if len(s) >= c.n && allDigits(s[:c.n]) && atoiOr(s[:c.n]) == c.next && (len(s) == c.n || !isAlnum(s[c.n])) {
			return c.n
		}
	}
	return 0
}

// inYear returns the period like period that a document names by the
// year y ("the same period in 2019", "than in 2019"): period moved to y.
// A span across two calendar years is named by the year it ends in, as
// "year ending June 2019" is: the same period in 2019 of 2022-07/2023-06
// is 2018-07/2019-06 (s20n-population), not the year from July 2019. A
// span of years ("since 1895" of 1895/2012) is named by its first.
func inYear(period Period, y int) Period {
	months := period.MonthsSpanned()
	if !period.To.IsZero() && period.To.Year != period.From.Year && !period.Fiscal && period.From.Month != 0 && months <= 12 {
		return shiftYears(period, y-period.To.Year)
	}
	return shiftYears(period, y-period.From.Year)
}

// leapYear reports whether y has a 29 February.
func leapYear(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// shiftYears returns p moved by k years, or NotStated where p is not
// stated or k does not move it back.
func shiftYears(p Period, k int) Period {
	if !p.IsStated() || k >= 0 || p.UpTo {
		return NotStated
	}
	p.From.Year += k
	if !p.To.IsZero() {
		p.To.Year += k
	}
	// A day keeps its day ("a year earlier" of 30 June 2023 is 30 June
	// 2022), but 29 February a year back is the 28th.
	for _, d := range []*Date{&p.From, &p.To} {
		if d.Month == time.February && d.Day == 29 && !leapYear(d.Year) {
			d.Day = 28
		}
	}
	return p
}

// sentenceAround returns the sentence of text that holds the span sp:
// from the end of the sentence or line before it, past a list mark, to
// the end of the one it ends in.
func sentenceAround(text string, sp Span) string {
	start, end := sentenceBounds(text, sp)
	return text[skipLead(text, start, max(start, sp.Start)):end]
}

// sentenceBounds returns where sentenceAround's sentence starts and ends.
func sentenceBounds(text string, sp Span) (int, int) {
	start := 0
	for _, stop := range []string{". ", "\n"} {
		if i := strings.LastIndex(text[:sp.Start], stop); i >= 0 && i+len(stop) > start {
			start = i + len(stop)
		}
	}
	end := len(text)
	for _, stop := range []string{". ", "\n"} {
		if i := strings.Index(text[sp.End:], stop); i >= 0 && sp.End+i < end {
			end = sp.End + i
		}
	}
	return start, end
}

// leadInAbove returns the line that leads in a list holding the text at
// at ("In the year to August 2022:" above its bullets): the first line
// above, past blank lines and other items, that ends in a colon; or "".
func leadInAbove(text string, at int) string {
	lines := strings.Split(text[:at], "\n")
	if len(lines) < 2 {
		return ""
	}
	for k := len(lines) - 2; k >= 0 && k >= len(lines)-12; k-- {
		l := strings.TrimSpace(lines[k])
		switch {
		case l == "" || skipLead(l, 0, len(l)) > 0:
			continue
		case strings.HasSuffix(l, ":"):
			return l
		}
		return ""
	}
	return ""
}

// missingBase says what to write for a change with no base whose
// sentence names what it is compared with (baseSaid), or "".
func (c *Catalog) missingBase(ind *Indicator) string {
	if ind.Measure != Change || ind.Against != AgainstPeriod {
		return ""
	}
	for _, p := range ind.Provenance {
		// "a decrease of 3,540 hectares between 31 March 2023 and 31
		// March 2024" (s25v-greenbelt): a change between two stock dates
		// is dated by them, not by the year across them.
		if from, to, words := betweenDays(p.Quote); words != "" && (!to.Same(ind.Period) || !from.Same(ind.Base)) {
			return fmt.Sprintf("the quote measures the change %s: write period: %s and base: %s, the days a change between two stocks is dated by", words, to, from)
		}
	}
	if ind.Base.IsStated() {
		return ""
	}
	for _, p := range ind.Provenance {
		if k, words := comparandOf(p.Quote, ind.Stated); k != AgainstPeriod {
			// "3,700 people lower than forecast": no period is its base.
			return fmt.Sprintf("a change with no base, and its quote sets it against a %s, %q: write against: %s (the figure is then the difference from the %s for its period, direction: down where it is below)", k, words, k, k)
		}
	}
	for _, p := range ind.Provenance {
		src, ok := c.Source(p.Source)
		if !ok {
			continue
		}
		said, base := baseSaid(src.Text, p.Span, ind.Period, ind.Stated)
		if said == "" {
			continue
		}
		if base.IsStated() {
			return fmt.Sprintf("a change with no base, and its sentence says %s: write base: %s, the period it is compared with (the outputs then say \"from %s to %s\")", said, base, base.Label(), ind.Period.Label())
		}
		end := ind.Period.To
		if end.IsZero() {
			end = ind.Period.From
		}
		y, _ := yearWithin(said, len(said))
		if y != 0 && y == ind.Period.From.Year && (ind.Period.Split || ind.Period.Fiscal) {
			// "a 13% increase compared to 2023" of 2023/24 (s28y-drugseizures):
			// a year across two named by a calendar year, most often the
			// year it ends in ("year ending March 2023").
			if b := shiftYears(ind.Period, -1); b.IsStated() {
				return fmt.Sprintf("a change with no base, and its sentence says %s, a calendar year, of a period across two: where the document names such years by the year they end in (\"year ending March %d\"), write base: %s; else the period is the one to fix", said, y, b)
			}
		}
		if y != 0 && y == end.Year {
			// "the same quarter of 2020" of a figure of 2020-Q3 (a draft
			// of s25u-legalaid, whose figures were of 2021-Q3): the year
			// named is the period's own, so the period is the one wrong.
			return fmt.Sprintf("a change with no base, and its sentence says %s, the year of its own period: a change is compared with an earlier period: write base: %s and period: the later period the figure is of", said, ind.Period)
		}
		return fmt.Sprintf("a change with no base, and its sentence says %s: write base: the period it is compared with (as period is written, such as 2021-08)", said)
	}
	return ""
}

// betweenDays returns the two days of a quote's "between <day> and
// <day>" ("between 31 March 2023 and 31 March 2024"), in order, with
// the words as written; words is "" where the quote has none.
func betweenDays(quote string) (from, to Period, words string) {
	low := lowerASCII(foldString(quote))
	if len(low) != len(quote) {
		return NotStated, NotStated, ""
	}
	for i := 0; ; {
		k := strings.Index(low[i:], "between ")
		if k < 0 {
			return NotStated, NotStated, ""
		}
		i += k + len("between ")
		a, n := dateAt(low[i:])
		if n == 0 || a.From.Day == 0 || !strings.HasPrefix(low[i+n:], " and ") {
			continue
		}
		b, m := dateAt(low[i+n+len(" and "):])
		if m == 0 || b.From.Day == 0 {
			continue
		}
		return a, b, quote[i-len("between ") : i+n+len(" and ")+m]
	}
}
