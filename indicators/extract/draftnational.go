package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// National statistical releases (drafts21, the kinds of Statistics
// Canada's "Labour Force Survey, May 2022" in The Daily):
//
//	Labour Force Survey, May 2022 → the reference month 2022-05 of every
//	figure that names no month of its own
//	Released: 2022-06-10 → the dateline (issued), never a figure's period
//	Employment rose by 40,000 → a change in employment, counting persons
//	the unemployment rate edged down to 5.1% → the level reached
//	…, up from 3.3% in April → the figure before, for its own month
//	(2022-04)
//	were up 5.1% compared with 12 months earlier → "Change in … from 12
//	months earlier"; "on a year-over-year basis" → "Year-over-year change
//	in …"
//	Alberta, Prince Edward Island, Government of Canada → every figure
//	naming no place is Canada's (CA): a national office's aggregates are
//	its country's

// A nationalRelease is what a national statistical release's title line
// and release line say of all its figures.
type nationalRelease struct {
	ref     indicators.Date // "May 2022" of the title line
	refText string
	issued  indicators.Date // "Released: 2022-06-10"
	at      int             // where the release line ends: figures start after it
	home    string          // the country whose office this is, or ""
	homeWhy string
}

var (
	// nationalTitleRe is a release's title line: "<Survey>, <Month> <YYYY>".
	nationalTitleRe = lazyRegexp(`^([A-Z][^\n,]{2,80}), ` + monthNameRe + ` ((?:19|20)\d\d)[ \t\r]*(?:\n|$)`)
	// releasedRe is a release line: "Released: 2022-06-10".
	releasedRe = lazyRegexp(`(?m)^Released: ((?:19|20)\d\d)-(\d\d)-(\d\d)[ \t\r]*$`)
	// governmentOfRe names a country's government: "Government of Canada".
	governmentOfRe = lazyRegexp(`\bGovernment of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)`)
)

// nationalReleaseOf reads a national statistical release's reference
// month, release date and country, if the text opens with a title line
// dated by a month and has a "Released:" line before its first figure.
func nationalReleaseOf(text string) (nationalRelease, bool) {
	g := nationalTitleRe.FindStringSubmatch(strings.TrimLeft(text, " \n\r\t"))
	if g == nil {
		return nationalRelease{}, false
	}
	r := releasedRe.FindStringSubmatchIndex(text[:min(len(text), 4096)])
	if r == nil {
		return nationalRelease{}, false
	}
	y, _ := strconv.Atoi(g[3])
	ry, _ := strconv.Atoi(text[r[2]:r[3]])
	rm, _ := strconv.Atoi(text[r[4]:r[5]])
	rd, _ := strconv.Atoi(text[r[6]:r[7]])
	n := nationalRelease{
		ref:     indicators.Date{Year: y, Month: time.Month(monthNumber(g[2]))},
		refText: g[2] + " " + g[3],
		issued:  indicators.Date{Year: ry, Month: time.Month(rm), Day: rd},
		at:      r[1],
	}
	n.home, n.homeWhy = nationOf(text)
	return n, true
}

// nationOf returns the one country whose government or whose provinces
// and states a text names, and why, or "" when it names none or several.
func nationOf(text string) (string, string) {
	codes := map[string]string{}
	for _, g := range governmentOfRe.FindAllStringSubmatch(text, -1) {
		if ps := placesIn(g[1], 0); len(ps) == 1 && ps[0].code != indicators.World {
			codes[ps[0].code] = fmt.Sprintf("%q", g[0])
		}
	}
	for _, c := range statesCountries(subdivisionsIn(text)) {
		if _, ok := codes[c.code]; !ok {
			codes[c.code] = fmt.Sprintf("%q, a province or state of it", c.first)
		}
	}
	if len(codes) != 1 {
		return "", ""
	}
	for c, why := range codes {
		return c, why
	}
	return "", ""
}

// nationalReleaseClaim dates, places, measures and titles a figure of a
// national statistical release.
func (d *docDraft) nationalReleaseClaim(cl *claim, m Mention, cs, ce int) {
	n := d.national
	if n.ref.IsZero() || m.Span.Start < n.at {
		return
	}
	ind := &cl.ind
	text := d.src.Text
	sent := joinBroken(text[m.Sentence.Start:m.Sentence.End])
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	after := d.ownSegmentAfter(m, ce)
	// When: a month of its own after the figure, or before the
	// parenthesis it stands in ("the growth observed in March (+$1.03;
	// +3.4%)"), else the release's.
	mo, w, ok := monthIn(after)
	where := "after the figure"
	if !ok {
		mo, w, ok = monthBeforeParen(before)
		where = "before the figure's parenthesis"
	}
	if ok {
		y := n.ref.Year
		if mo > n.ref.Month {
			y--
		}
		ind.Period = indicators.Period{From: indicators.Date{Year: y, Month: mo}}
		cl.fieldNotes["period"] = fmt.Sprintf("%q %s, of the release's year %d", w, where, n.ref.Year)
		declare(cl.fieldNotes, "period", "period/nationalReleaseClaim#1")
	} else {
		ind.Period = indicators.Period{From: n.ref}
		cl.fieldNotes["period"] = fmt.Sprintf("%q, the release's month in its title line", n.refText)
		declare(cl.fieldNotes, "period", "period/nationalReleaseClaim#2")
	}
	// Who: the office's country.
	if n.home != "" && (len(ind.Entities) == 0 || len(ind.Entities) == 1 && ind.Entities[0] == indicators.World) && ind.Counterpart == "" {
		ind.Entities = []string{n.home}
		cl.fieldNotes["entities"] = "a national statistical office's aggregate, of " + n.homeWhy
		declare(cl.fieldNotes, "entities", "entities/nationalReleaseClaim")
	}
	// Money: a bare "$" is the country's own dollar, and "hourly wages"
	// are paid per hour.
	if n.home != "" {
		homeDollar(cl, text, m, n.home, codeName(n.home)+"'s statistical office")
	}
	if per, w := perOfSubject(releaseClauseSubject(before)); per != "" && ind.Unit.Kind == indicators.Money && ind.Unit.Per == "" {
		ind.Unit.Per = per
		note := fmt.Sprintf("%s, as %q is paid", ind.Unit, w)
		if prev := cl.fieldNotes["unit"]; prev != "" {
			note = prev + "; per " + per + ", as " + fmt.Sprintf("%q", w) + " is paid"
		}
		cl.fieldNotes["unit"] = note
		declare(cl.fieldNotes, "unit", "unit/nationalReleaseClaim")
	}
	if d.parenPairClaim(cl, m) {
		return
	}
	// What: a change, the level a rate reached, or the figure before
	// restated for its own month.
	lowBefore := strings.ToLower(before)
	if t := strings.TrimSpace(lowBefore); strings.HasSuffix(t, "up from") || strings.HasSuffix(t, "down from") {
		if prev, ok := d.changeBefore(m); ok {
			pm := indicators.CountKind
			if prev.Quantity.Direction != indicators.NoDirection {
				pm = indicators.Change
			}
			pcs, pce := clauseOf(text, prev)
			_ = pcs
			pmeasure, ptitle, _ := d.nationalWhat(prev, pm, indicators.Unit{}, pce)
			if ptitle != "" {
				ind.Measure, ind.Title = pmeasure, ptitle
				cl.fieldNotes["measure"] = fmt.Sprintf("restates the measure of %s before it, for its own month", strings.Join(strings.Fields(prev.Text), " "))
				declare(cl.fieldNotes, "measure", "measure/nationalReleaseClaim#1")
				cl.fieldNotes["title"] = "the title of the figure it restates"
				declare(cl.fieldNotes, "title", "title/nationalReleaseClaim#1")
				if dir := prev.Quantity.Direction; dir != indicators.NoDirection && ind.Quantity.Direction == indicators.NoDirection && indicators.DirectionWord(sent, dir) != "" {
					ind.Quantity.Direction = dir
				}
				return
			}
		}
	}
	measure, title, why := d.nationalWhat(m, ind.Measure, ind.Unit, ce)
	if measure != ind.Measure {
		ind.Measure, cl.fieldNotes["measure"] = measure, why
		declare(cl.fieldNotes, "measure", "measure/nationalReleaseClaim#2")
		if measure == indicators.Level {
			ind.Quantity.Direction = indicators.NoDirection
		}
	}
	if title == "" {
		return
	}
	subject := releaseClauseSubject(before)
	ind.Title, cl.fieldNotes["title"] = title, fmt.Sprintf("%q, the clause's subject", subject)
	declare(cl.fieldNotes, "title", "title/nationalReleaseClaim#2")
}

// nationalWhat returns the measure and title of a figure of a national
// release, and why the measure: the level a named rate reached ("edged
// down to 5.1%"), a change for a figure with a direction whatever its
// unit, titled by its clause's subject and its base.
func (d *docDraft) nationalWhat(m Mention, measure indicators.MeasureKind, u indicators.Unit, ce int) (indicators.MeasureKind, string, string) {
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	low := strings.TrimSpace(strings.ToLower(before))
	subject := releaseClauseSubject(before)
	why := ""
	switch {
	case rateNamed(subject) && (strings.HasSuffix(low, " to") || strings.HasSuffix(low, " of")):
		measure, why = indicators.Level, "the level a named rate reached"
		if r := partRate(strings.ToLower(subject)); r != "" && u.Kind == indicators.Percent && u.Per == "" {
			// "the unemployment rate edged down to 5.2%": the unemployed
			// among the labour force, a part of a whole in percent, as
			// verify advises (one list)
			measure, why = indicators.Share, "the "+r+", a part of a population in percent, a share"
		}
	case m.Quantity.Direction != indicators.NoDirection:
		measure, why = indicators.Change, "a figure with a direction"
	case strings.HasSuffix(low, " to") && d.hasChangeBefore(m):
		measure, why = indicators.Level, "the level reached: \"to\" after the change before it"
	}
	if subject == "" {
		return measure, "", why
	}
	switch measure {
	case indicators.Level:
		return measure, singularLevel(upperFirst(strings.TrimPrefix(strings.TrimPrefix(subject, "the "), "The "))), why
	case indicators.Change:
		s := lowerFirst(subject)
		t := "Change in " + s
		if u.Kind == indicators.Percent && !rateNamed(subject) {
			if _, ok := d.glossedChange(m); ok {
				t = "Percent change in " + s
			}
		}
		switch base := changeBase(strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))); {
		case base == "year-over-year":
			t = "Year-over-year change in " + s
		case base != "":
			t += " " + base
		}
		return measure, t, why
	}
	return measure, "", why
}

// upperFirst returns s with its first letter in upper case.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// changeBefore returns the nearest figure before m in its sentence that
// has a direction.
func (d *docDraft) changeBefore(m Mention) (Mention, bool) {
	prev, found := d.lastBeforeIn(m, func(o Mention) bool { return o.Quantity.Direction != indicators.NoDirection })
	return prev, found
}

// ownSegmentAfter returns the words after a figure up to the next figure
// of its sentence or the clause's end.
func (d *docDraft) ownSegmentAfter(m Mention, ce int) string {
	end := max(ce, m.Span.End)
	for _, o := range d.mentionsAround(m.Span.End) {
		if o.Sentence == m.Sentence && o.Span.Start >= m.Span.End && o.Span.Start < end {
			end = o.Span.Start
		}
	}
	return joinBroken(d.src.Text[m.Span.End:end])
}

// monthInRe is a month a figure is of: "in April", "in May 2022".
var monthInRe = lazyRegexp(`\bin ` + monthNameRe + `\b`)

// monthIn returns the month "in <Month>" names in s.
func monthIn(s string) (time.Month, string, bool) {
	g := monthInRe.FindStringSubmatch(s)
	if g == nil {
		return 0, "", false
	}
	return time.Month(monthNumber(g[1])), g[0], true
}

// nationalVerbs end a release clause's subject.
var nationalVerbs = stopSet(classCopulas,
	"rose", "fell", "declined", "increased", "decreased", "edged", "grew", "dropped", "reached", "gained",
	"lost", "climbed", "reaching", "rising", "falling", "remained", "slowed", "accelerated")

// clauseOpeners start a clause that may have a subject of its own.
var clauseOpeners = []string{", but ", " but ", ", and ", " and the ", ", while ", "; ", ", "}

// releaseClauseSubject returns the subject of the clause a figure is in,
// from the words of its sentence before it: the words before the clause's
// first verb, past a dash-delimited aside ("The adjusted unemployment
// rate—which …—fell"); a clause with no subject ("but were up") takes the
// sentence's; a conjunction is never one.
func releaseClauseSubject(before string) string {
	before = withoutAsides(before)
	from := 0
	for _, o := range clauseOpeners {
		if i := strings.LastIndex(before, o); i >= 0 && i+len(o) > from {
			from = i + len(o)
		}
	}
	if s := subjectBeforeVerb(before[from:]); s != "" {
		return s
	}
	return subjectBeforeVerb(before)
}

// withoutAsides removes dash-delimited asides: "rate—which includes …—fell"
// → "rate fell".
func withoutAsides(s string) string {
	for {
		i := strings.Index(s, "—")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+len("—"):], "—")
		if j < 0 {
			return s
		}
		s = s[:i] + " " + s[i+len("—")+j+len("—"):]
	}
}

// subjectBeforeVerb returns the words of s before its first verb of a
// release, without a leading conjunction, or "".
func subjectBeforeVerb(s string) string {
	f := strings.Fields(s)
	var out []string
	for _, w := range f {
		if nationalVerbs[strings.ToLower(strings.Trim(w, ",;:"))] {
			break
		}
		out = append(out, w)
	}
	if len(out) == len(f) {
		return ""
	}
	for len(out) > 0 && conjunctions[strings.ToLower(out[0])] {
		out = out[1:]
	}
	if len(out) == 0 || len(out) > 8 {
		return ""
	}
	return strings.Trim(strings.Join(out, " "), ",;: ")
}

// conjunctions never start a title.
// Not "whereas": as the list was written, no reason known.
var conjunctions = lessWords(stopSet(classConjunctions|classContrasts, "yet", "so"), "whereas")

// rateNames are the rates a release names, whose figure after "to" is the
// level it reached (a share, of vocab.PartRates): the rates of a part of
// a population, then others, then any rate.
var rateNames = append(slices.Clip(vocab.PartRates), "inflation rate", "interest rate", "savings rate", "rate")

// partRate returns the rate of vocab.PartRates that s (lower case) names,
// or "": a rate of a part of a population ("the unemployment rate"),
// whose percentage is a share, as verify advises, where other rates read
// at a time are levels.
func partRate(s string) string { return firstPhrase(s, vocab.PartRates) }

// rateNamed reports whether a subject names a rate.
func rateNamed(subject string) bool {
	return firstPhrase(strings.ToLower(subject), rateNames) != ""
}

// changeBase returns how a change's base is written after its figure:
// "year-over-year" for "on a year-over-year basis", "from 12 months
// earlier" for "compared with 12 months earlier", or "".
func changeBase(after string) string {
	switch {
	case strings.Contains(after, "year-over-year") || strings.Contains(after, "year over year"):
		return "year-over-year"
	}
	if g := comparedWithRe.FindStringSubmatch(after); g != nil {
		return "from " + g[1]
	}
	return ""
}

// comparedWithRe is a base after a change: "compared with 12 months
// earlier".
var comparedWithRe = lazyRegexp(`\bcompared (?:with|to) (\w+ (?:months|years|weeks|quarters) (?:earlier|ago|before))`)

// subjectUnits are what a release's subjects count that no plural says:
// nouns of people in the mass, whose counts count persons ("Employment
// rose by 40,000", "net migration = +327,000"), and of events in the
// mass a bulletin counts ("crime reached a record high of 572,921"
// counts crimes, "reoffending" offences).
var subjectUnits = []struct{ word, unit string }{
	{"employment", "person"}, {"unemployment", "person"}, {"jobs", "job"}, {"workers", "worker"},
	{"migration", "person"}, {"immigration", "person"}, {"emigration", "person"}, {"population", "person"},
	{"homelessness", "person"}, {"workforce", "person"}, {"staff", "person"}, {"personnel", "person"},
	{"strength", "person"}, // a force's or a workforce's strength: its people (claims21)
	{"crime", "crime"}, {"offending", "offence"}, {"reoffending", "offence"},
}

// subjectUnit returns the unit a count with no noun takes from its
// subject: employment counts persons, jobs jobs.
func subjectUnit(subject string) (indicators.Unit, bool) {
	low := strings.ToLower(subject)
	if rateNamed(low) {
		return indicators.Unit{}, false
	}
	for _, s := range subjectUnits {
		if hasPhrase(low, s.word) {
			u, err := indicators.ParseUnit(s.unit)
			return u, err == nil
		}
	}
	return indicators.Unit{}, false
}

// hasChangeBefore reports whether a figure with a direction stands before
// m in its sentence: "(+$1.18 to $31.12)".
func (d *docDraft) hasChangeBefore(m Mention) bool {
	_, ok := d.changeBefore(m)
	return ok
}

// pluralLevels are plural subjects whose level is one figure: "Average
// hourly wages … to $31.12" is the average hourly wage.
var pluralLevels = map[string]string{"wages": "wage", "prices": "price", "salaries": "salary", "rents": "rent"}

// singularLevel returns the title of a level with its last word in the
// singular when it is one of pluralLevels.
func singularLevel(title string) string {
	i := strings.LastIndexByte(title, ' ')
	if one, ok := pluralLevels[title[i+1:]]; ok {
		return title[:i+1] + one
	}
	return title
}

// perWords are the adjectives of a subject paid per a base: "average
// hourly wages" are per hour.
var perWords = []struct{ word, per string }{{"hourly", "hour"}, {"weekly", "week"}}

// perOfSubject returns the base a subject's money is paid per, and the
// word that says it, or "".
func perOfSubject(subject string) (string, string) {
	low := strings.ToLower(subject)
	for _, p := range perWords {
		if hasPhrase(low, p.word) {
			return p.per, p.word
		}
	}
	return "", ""
}

var (
	// signedPairRe is a count and a signed percentage in parentheses:
	// "(-43,000; -2.4%)", "(+135,000; +0.9%)".
	signedPairRe = lazyRegexp(`^\(([+\-−]?\d[\d,]*); ([+\-−]\d+(?:\.\d+)?%)\)`)
	// pairNounRe ends the words before such a pair with a change noun and
	// what changed: "full-time gains", "a decline in manufacturing".
	pairNounRe = lazyRegexp(`(?:\b([a-z][a-z-]*) (?:gains|losses|increases|declines|decreases|drops)|\b(?:gains?|loss(?:es)?|increases?|declines?|decreases?|drops?|falls?|rises?|growth) in ([a-z][a-z-]*(?: [a-z][a-z-]*)?))\s*$`)
)

// notModifiers are words before a change noun that name nothing that
// changed: "driven by gains".
var notModifiers = stopSet(classArticles,
	"by", "of", "in", "with", "and", "to", "from", "due", "its", "their", "job", "large", "small", "strong",
	"net")

// parenPairClaim titles a count and a signed percentage in parentheses
// after a change noun, as the change and the percent change of the same
// subject: "a decline in manufacturing (-43,000; -2.4%)" of a sentence
// about employment is the change in manufacturing employment, counting
// persons, and its percent change. It reports whether it did.
func (d *docDraft) parenPairClaim(cl *claim, m Mention) bool {
	text := d.src.Text
	i := strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], '(')
	if i < 0 {
		return false
	}
	open := m.Sentence.Start + i
	g := signedPairRe.FindStringSubmatchIndex(text[open:min(m.Sentence.End, open+60)])
	if g == nil {
		return false
	}
	isCount := m.Span.Start >= open+g[2] && m.Span.End <= open+g[3]
	isPct := m.Span.Start >= open+g[4] && m.Span.End <= open+g[5]
	if !isCount && !isPct {
		return false
	}
	pre := joinBroken(text[m.Sentence.Start:open])
	n := pairNounRe.FindStringSubmatch(pre)
	if n == nil {
		return false
	}
	subject := releaseClauseSubject(pre)
	head := strings.ToLower(subject)
	for _, cut := range []string{" in ", " of ", " among "} {
		if j := strings.Index(head, cut); j >= 0 {
			head = head[:j]
		}
	}
	if head == "" {
		return false
	}
	what := n[1] + n[2]
	if notModifiers[what] || what == head {
		what = ""
	}
	changed := strings.TrimSpace(what + " " + head)
	ind := &cl.ind
	ind.Measure = indicators.Change
	ind.Title = "Change in " + changed
	cl.fieldNotes["measure"] = fmt.Sprintf("%q before a count and a signed percentage in parentheses", strings.TrimSpace(n[0]))
	declare(cl.fieldNotes, "measure", "measure/parenPairClaim")
	cl.fieldNotes["title"] = fmt.Sprintf("%q of %q, the sentence's subject", what, subject)
	declare(cl.fieldNotes, "title", "title/parenPairClaim#1")
	if what == "" {
		cl.fieldNotes["title"] = fmt.Sprintf("%q, the sentence's subject", subject)
		declare(cl.fieldNotes, "title", "title/parenPairClaim#2")
	}
	if isPct {
		ind.Title = "Percent change in " + changed
		return true
	}
	return true
}

// parenMonthRe closes the words before a parenthesis on a month named
// without its year after "in": "similar to the growth observed in March".
var parenMonthRe = lazyRegexp(`\bin ` + monthNameRe + `$`)

// monthBeforeParen returns the month that words before a figure name
// right before the parenthesis the figure stands in ("observed in March
// (+$1.03; +3.4%)": the figures of the parenthesis are March's), and the
// words; none where the parenthesis is closed before the figure or the
// month has a year of its own.
func monthBeforeParen(before string) (time.Month, string, bool) {
	i := strings.LastIndex(before, "(")
	if i < 0 || strings.Contains(before[i:], ")") {
		return 0, "", false
	}
	g := parenMonthRe.FindStringSubmatch(strings.TrimSpace(before[:i]))
	if g == nil {
		return 0, "", false
	}
	return time.Month(monthNumber(g[1])), g[0], true
}
