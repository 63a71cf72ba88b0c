package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Monthly releases of survey estimates (drafts20, the kinds of the Census
// Bureau's "Advance Monthly Sales for Retail and Food Services"):
//
//	Advance Estimates of U.S. Retail and Food Services → every figure is
//	an estimate (so are "preliminary", "flash" and "first" estimates)
//	Advance estimates of U.S. retail and food services sales for May 2024,
//	…, were $703.1 billion → the reference month 2024-05, a flow titled
//	"Retail and food services sales"
//	…, up 0.1 percent from the previous month, and up 2.3 percent above
//	May 2023 → 2024-05 both (a change is of the reference month, never of
//	its base), "Change in retail and food services sales from the previous
//	month" / "… from a year earlier"
//	Total sales for the March 2024 through May 2024 period were up 2.9
//	percent → 2024-03/2024-05, "… over three months from a year earlier"
//	The March 2024 to April 2024 percent change was revised … to down 0.2
//	percent → 2024-04, "Revised change in … from March to April"
//	Nonstore retailers were up 6.8 percent from last year → "Change in
//	nonstore retailers' sales from a year earlier"

// monthAlt is the alternation of the months written out, capitalized:
// every regexp that reads a month's name builds on it (with (?i) where
// case does not matter). monthNameRe is the same in a group.
const (
	monthAlt    = `January|February|March|April|May|June|July|August|September|October|November|December`
	monthNameRe = `(` + monthAlt + `)`
)

var (
	// leadMonthRe is a lead's reference month: "sales for May 2024".
	leadMonthRe = lazyRegexp(`\bfor ` + monthNameRe + ` ((?:19|20)\d\d)\b`)
	// monthYearSpanRe is a span of months: "the March 2024 through May 2024
	// period", "The March 2024 to April 2024 percent change".
	monthYearSpanRe = lazyRegexp(monthNameRe + ` ((?:19|20)\d\d) (?:through|to|-|–) ` + monthNameRe + ` ((?:19|20)\d\d)( (?:period|percent change|change))?`)
	// anyMonthYearRe is a month with its year, with the word before it.
	anyMonthYearRe = lazyRegexp(`(?:(\w+) )?` + monthNameRe + ` ((?:19|20)\d\d)\b`)
)

// A monthlyRelease is what the lead of a monthly release says of all its
// figures.
type monthlyRelease struct {
	ref     indicators.Date // the reference month: "sales for May 2024"
	refText string          // "for May 2024"
	subject string          // the lead's subject: "retail and food services sales"
	noun    string          // its head: "sales"
	at      int             // where the lead starts
}

// monthlyReleaseOf reads the reference month and subject of a release
// whose lead (the first figure's sentence) says "<subject> for <Month
// YYYY>".
func (d *docDraft) monthlyReleaseOf() (monthlyRelease, bool) {
	if len(d.mentions) == 0 {
		return monthlyRelease{}, false
	}
	first := d.mentions[0]
	lead := d.src.Text[first.Sentence.Start:first.Span.Start]
	g := leadMonthRe.FindStringSubmatchIndex(lead)
	if g == nil {
		return monthlyRelease{}, false
	}
	y, _ := strconv.Atoi(lead[g[4]:g[5]])
	r := monthlyRelease{
		ref:     indicators.Date{Year: y, Month: time.Month(monthNumber(lead[g[2]:g[3]]))},
		refText: lead[g[0]:g[1]],
		at:      first.Sentence.Start,
	}
	r.subject = releaseNoun(lead[:g[0]])
	if f := strings.Fields(r.subject); len(f) > 0 {
		r.noun = f[len(f)-1]
	}
	return r, r.subject != ""
}

// estimatesOfRe opens a lead's subject with what the figures are:
// "Advance estimates of", "Preliminary estimates of the".
var estimatesOfRe = lazyRegexp(`(?i)^(?:the )?(?:(?:advance|preliminary|flash|first|early) )?estimates? of (?:the )?`)

// releaseNoun returns a release's subject in words of its own: past
// "Advance estimates of" and a leading place ("U.S. retail and food
// services sales" → "retail and food services sales"), lower case.
func releaseNoun(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	s = estimatesOfRe.ReplaceAllString(s, "")
	s = strings.TrimPrefix(s, "The ")
	if ps := placesIn(s, 0); len(ps) > 0 && ps[0].start == 0 {
		s = strings.TrimSpace(s[ps[0].end:])
	}
	if s == "" {
		return ""
	}
	return lowerFirst(s)
}

// monthlyReleaseClaim dates, titles and marks as estimates the figures of
// a monthly release of estimates.
func (d *docDraft) monthlyReleaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	r := d.monthly
	if r.subject == "" || m.Span.Start < r.at {
		return
	}
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	before := text[m.Sentence.Start:m.Span.Start]
	span := monthYearSpanRe.FindStringSubmatch(before)
	switch {
	case span != nil && strings.HasSuffix(span[5], "change"):
		// "The March 2024 to April 2024 percent change": the change of
		// the later month.
		y, _ := strconv.Atoi(span[4])
		ind.Period = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(span[3]))}}
		cl.fieldNotes["period"] = fmt.Sprintf("%q: the change into the later month", strings.TrimSpace(span[0]))
		declare(cl.fieldNotes, "period", "period/monthlyReleaseClaim#1")
	case span != nil:
		y1, _ := strconv.Atoi(span[2])
		y2, _ := strconv.Atoi(span[4])
		ind.Period = indicators.Period{From: indicators.Date{Year: y1, Month: time.Month(monthNumber(span[1]))}, To: indicators.Date{Year: y2, Month: time.Month(monthNumber(span[3]))}}
		cl.fieldNotes["period"] = fmt.Sprintf("%q", strings.TrimSpace(span[0]))
		declare(cl.fieldNotes, "period", "period/monthlyReleaseClaim#2")
	case d.ownMonth(sent):
		// "Sales in April 2024 were …": the figure's own month, which
		// the rules before read.
	default:
		ind.Period = indicators.Period{From: r.ref}
		why := fmt.Sprintf("%q in the lead: the release's month", r.refText)
		if ind.Measure == indicators.Change {
			why += ", not the base of the change"
		}
		cl.fieldNotes["period"] = why
		declare(cl.fieldNotes, "period", "period/monthlyReleaseClaim#3")
	}
	if t := d.monthlyReleaseTitle(m, ind.Measure, span); t != "" {
		ind.Title, cl.fieldNotes["title"] = t, "the clause's subject, in a release about "+r.subject
		declare(cl.fieldNotes, "title", "title/monthlyReleaseClaim")
	}
}

// baseWords stand before the month a change is from: "from April 2024",
// "above May 2023".
var baseWords = map[string]bool{"from": true, "above": true, "over": true, "below": true, "than": true, "with": true, "since": true, "to": true, "through": true}

// ownMonth reports whether a sentence names a month with its year that is
// no change's base and no span's end: the figure's own.
func (d *docDraft) ownMonth(sent string) bool {
	for _, g := range anyMonthYearRe.FindAllStringSubmatch(sent, -1) {
		if g[1] != "" && (baseWords[strings.ToLower(g[1])] || strings.EqualFold(g[1], "for")) {
			continue
		}
		return true
	}
	return false
}

// subjectVerbs end a release clause's subject.
var subjectVerbs = map[string]bool{"were": true, "was": true, "rose": true, "fell": true, "increased": true, "decreased": true,
	"grew": true, "declined": true, "totaled": true, "reached": true}

// clauseStarts open a clause with a subject of its own inside a sentence.
var clauseStarts = []string{", while ", ", whereas ", "; "}

// monthlyReleaseTitle returns the title of a figure of a monthly release:
// its clause's subject (or the sentence's, for a clause that goes on
// without one), the release's subject where the clause says only "total
// sales" or "percent change", and a change's base in plain words.
func (d *docDraft) monthlyReleaseTitle(m Mention, measure indicators.MeasureKind, span []string) string {
	r := d.monthly
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	from := 0
	for _, c := range clauseStarts {
		if i := strings.LastIndex(before, c); i >= 0 && i+len(c) > from {
			from = i + len(c)
		}
	}
	subj, ok := subjectOf(before[from:])
	if !ok {
		// ", and up 2.3 percent above May 2023": the first clause's.
		if subj, ok = subjectOf(before); !ok {
			return ""
		}
	}
	if i := strings.Index(subj, ","); i >= 0 {
		subj = subj[:i]
	}
	if g := leadMonthRe.FindStringIndex(subj); g != nil {
		subj = subj[:g[0]] // never cut at a month name: before "for May 2024"
	}
	lower := strings.ToLower(strings.Join(strings.Fields(subj), " "))
	revised := hasPhrase(strings.ToLower(text[m.Sentence.Start:m.Sentence.End]), "revised")
	possessive := ""
	switch {
	case span != nil && strings.HasSuffix(span[5], "change"):
		t := "change in " + r.subject
		if revised {
			t = "revised " + t
		}
		return shortTitle(capitalize(t), " from "+span[1]+" to "+span[3])
	case lower == r.noun || lower == "total "+r.noun || lower == "the total "+r.noun ||
		strings.HasPrefix(lower, "total "+r.noun+" for ") || strings.HasPrefix(lower, "estimates of") || strings.HasPrefix(lower, "advance ") || strings.HasPrefix(lower, "preliminary "):
		subj = r.subject
	default:
		subj = strings.TrimPrefix(releaseNoun(subj), "the ")
		if subj == "" || strings.ContainsAny(subj, "0123456789$%") || monthYearSpanRe.MatchString(subj) {
			return ""
		}
		if r.noun != "" && !hasPhrase(strings.ToLower(subj), r.noun) {
			// "Nonstore retailers were up": their sales.
			possessive = "'s " + r.noun
			if strings.HasSuffix(subj, "s") {
				possessive = "' " + r.noun
			}
		}
	}
	over := ""
	if span != nil {
		if n := monthsIn(span); n > 1 && n <= len(countWords) {
			over = " over " + countWords[n-1] + " months"
		}
	}
	if measure != indicators.Change {
		return firstShort(capitalize(subj)+possessive+over, capitalize(subj)+possessive, capitalize(subj))
	}
	base := ""
	if b := d.releaseBase(m); b != "" {
		base = " " + b
	}
	// Past a title's length, the span goes first (the period says it),
	// then the noun a possessive added, then the base.
	head := "Change in " + subj
	return firstShort(head+possessive+over+base, head+possessive+base, head+base, head+possessive, head)
}

// maxTitle is the most characters a title of a release's figure takes
// before its optional words are left out: what a chart's label and a
// person keep.
const maxTitle = 64

// shortTitle returns t with its optional tail, or without it past
// maxTitle.
func shortTitle(t, tail string) string {
	return firstShort(t+tail, t)
}

// firstShort returns the first of titles, longest first, that is at most
// maxTitle long, or the last.
func firstShort(titles ...string) string {
	for _, t := range titles {
		if len(t) <= maxTitle {
			return t
		}
	}
	return titles[len(titles)-1]
}

// countWords name the counts of months a span can hold.
var countWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}

// monthsIn returns the months a monthYearSpanRe match spans, ends included.
func monthsIn(span []string) int {
	y1, _ := strconv.Atoi(span[2])
	y2, _ := strconv.Atoi(span[4])
	return (y2-y1)*12 + monthNumber(span[3]) - monthNumber(span[1]) + 1
}

// subjectOf returns the words of s before its first verb of a release
// clause, if s has one and words before it.
func subjectOf(s string) (string, bool) {
	ws := strings.Fields(s)
	for k, w := range ws {
		if subjectVerbs[strings.ToLower(strings.Trim(w, ","))] {
			if k == 0 {
				return "", false
			}
			return strings.Join(ws[:k], " "), true
		}
	}
	return "", false
}

// releaseBase returns what a change of a monthly release is from, in
// plain words: the month before the reference month is "the previous
// month", the same month a year before, "last year" and "a year ago" are
// "a year earlier"; another month is named.
func (d *docDraft) releaseBase(m Mention) string {
	text := d.src.Text
	rest := text[m.Span.End:m.Sentence.End]
	// Past a margin of error and its asterisk: "(±0.4 percent)* from".
	if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "(") {
		if j := strings.IndexByte(t, ')'); j >= 0 {
			rest = strings.TrimLeft(t[j+1:], "* ")
		}
	}
	for _, c := range []string{",", ";", "."} {
		if i := strings.Index(rest, c+" "); i >= 0 {
			rest = rest[:i]
		}
	}
	rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
	f := strings.Fields(rest)
	if len(f) < 2 || !baseWords[strings.ToLower(f[0])] || f[0] == "to" || f[0] == "through" {
		return ""
	}
	obj := strings.ToLower(strings.Join(f[1:], " "))
	switch obj {
	case "the previous month", "the prior month", "last month", "a month ago", "the month before":
		return "from the previous month"
	case "last year", "a year ago", "a year earlier", "the previous year", "the same period a year ago", "the same month a year ago",
		"the same period last year", "the same month last year":
		return "from a year earlier"
	}
	if g := anyMonthYearRe.FindStringSubmatch(strings.Join(f[1:], " ")); g != nil && g[1] == "" {
		y, _ := strconv.Atoi(g[3])
		base := y*12 + monthNumber(g[2])
		ref := d.monthly.ref.Year*12 + int(d.monthly.ref.Month)
		switch ref - base {
		case 1:
			return "from the previous month"
		case 12:
			return "from a year earlier"
		}
		return "from " + g[2] + " " + g[3]
	}
	return ""
}

// priceCue reports whether the words before a figure name a price, and
// not the price changes a release says it is or is not adjusted for
// ("adjusted for seasonal variation …, but not for price changes").
func priceCue(before string) bool {
	b := strings.NewReplacer("price changes", "", "price change", "").Replace(strings.ToLower(before))
	return hasPhrase(b, "price") || hasPhrase(b, "prices")
}
