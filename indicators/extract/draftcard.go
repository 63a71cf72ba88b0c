package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Headline cards (claims21). The genre's pattern: a statistics release's
// headline card — a GOV.UK "Main points" block, a dashboard's or an
// infographic's tile flattened to text — sets a figure first on its line
// with its label after it, and goes on, on the next line and in lower
// case, with the figure's time and its change ("181,550 Strength of UK
// Forces Service Personnel" / "at 1 October 2024, a decrease of 3,320 (2
// per cent) since 1 October 2023"; "147,430 full-time equivalent (FTE)
// officers" / "were in post as at 31 March 2023"): the label is what the
// figure counts, the time when (a day: a stock at it; a span: a flow over
// it), and every change the card states is a change of that figure — of
// its title, in its unit, at its time, on the base its own words name.

// A headlineCard is one card of a document.
type headlineCard struct {
	fig      Mention // the figure that opens the card's line
	label    string  // what it counts: its own words past its number and the rest of its line
	from, to int     // the words that go on from its line, in lower case (byte offsets)
	time     indicators.Period
	words    string // the words that name time
	// title and unit are the figure's as drafted (cardClaim), for the
	// changes after it.
	title string
	unit  indicators.Unit
}

// cardsOf returns the document's headline cards, read once, in text order.
func (d *docDraft) cardsOf() []*headlineCard {
	if d.cards != nil {
		return *d.cards
	}
	var out []*headlineCard
	for _, m := range d.mentions {
		if c, ok := cardAt(d.src.Text, m, d.mentions); ok {
			out = append(out, c)
		}
	}
	d.cards = &out
	return out
}

// cardAt returns the card figure m opens: m starts its line (past a
// bullet), the rest of the line is a label of words with no other figure
// and no closing stop, and the next line with text, at most one blank
// line below, opens in lower case and goes on from it.
func cardAt(text string, m Mention, ms []Mention) (*headlineCard, bool) {
	switch m.Kind {
	case Number, Count, Currency, Percent, Measure:
	default:
		return nil, false
	}
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	lead := strings.TrimLeft(text[ls:m.Span.Start], " \t")
	if lead != "" && bulletPrefix(lead+"x") != len(lead) || !blockStart(text, ls) {
		return nil, false
	}
	le := lineEnd(text, m.Span.End)
	rest := strings.TrimSpace(text[m.Span.End:le])
	label := strings.TrimSpace(strings.Join(append(cardUnitWords(m), rest), " "))
	if !hasLetter(rest) && len(cardUnitWords(m)) == 0 || len(label) > 160 || strings.ContainsAny(label[len(label)-1:], ".!?:;,") || strings.Contains(label, ". ") {
		return nil, false
	}
	if last := strings.ToLower(lastWord(label)); titleStop[last] || isPrep(last) {
		return nil, false // "12,000 people attended the event and" / "the mayor …": prose wrapped mid-clause
	}
	for _, o := range ms {
		if o.Span.Start >= m.Span.End && o.Span.Start < le {
			return nil, false // "2,340 households and 1,200 …": a row of figures, no label
		}
	}
	// The line it goes on to.
	at, blank := le, 0
	for at < len(text) && (text[at] == '\n' || text[at] == ' ' || text[at] == '\t' || text[at] == '\r') {
		if text[at] == '\n' {
			blank++
		}
		at++
	}
	if blank == 0 || blank > 2 || at >= len(text) || text[at] < 'a' || text[at] > 'z' {
		return nil, false
	}
	end := lineEnd(text, at)
	for k := at; k < end; k++ {
		if (text[k] == '.' || text[k] == '!' || text[k] == '?') && (k+1 == end || text[k+1] == ' ') {
			end = k + 1
			break
		}
	}
	c := &headlineCard{fig: m, label: label, from: at, to: end}
	c.time, c.words = cardTime(text[at:end])
	return c, true
}

// blockStart reports whether the line at ls starts a block of its own:
// the text's first line, or one after a blank line or a line that ends a
// sentence or leads in with a colon. A line that goes on from an open
// line above ("… approved a 2008 budget of" / "US$534.8 million for …")
// is prose wrapped, no card.
func blockStart(text string, ls int) bool {
	if ls == 0 {
		return true
	}
	ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
	above := strings.TrimSpace(text[ps : ls-1])
	return above == "" || strings.ContainsAny(above[len(above)-1:], ".!?:")
}

// cardUnitWords returns the words of m past its number that name what it
// counts ("People" of "12,440 People"), none for a scale or a unit of
// measure.
func cardUnitWords(m Mention) []string {
	if m.Kind != Count {
		return nil
	}
	f := strings.Fields(m.Text)
	var out []string
	for _, w := range f[1:] {
		if _, scale := vocab.LookupScale(strings.ToLower(w)); scale || hasDigit(w) {
			continue
		}
		out = append(out, w)
	}
	return out
}

// cardOf returns the card whose figure m is, or whose lines below hold m.
func (d *docDraft) cardOf(m Mention) (*headlineCard, bool) {
	for _, c := range d.cardsOf() {
		if c.fig.Span == m.Span || c.from <= m.Span.Start && m.Span.Start < c.to {
			return c, true
		}
	}
	return nil, false
}

// cardTitle is a card's label as a title: its words up to a parenthesis
// when the whole is too long for one ("Full-Time Trained Strength (RN/RM
// & RAF) and Full-Time Trade Trained Strength (Army)" → "Full-Time
// Trained Strength"), and without a year, which is the period's ("Future
// Reserves 2020").
func cardTitle(label string) string {
	if i := strings.Index(label, " ("); len(label) > 64 && i > 0 {
		label = label[:i]
	}
	return title(yearWordRE.ReplaceAllString(label, ""))
}

// Times a card's lines below name, besides a stock's day (dateAfter): a
// span of days ("(1 October 2023 - 30 September 2024)") and a year ending
// in a month ("in the year ending March 2024", endingsIn).
var (
	cardDayRe  = `(\d{1,2}) ` + monthNameRe + ` ((?:19|20)\d\d)`
	cardSpanRe = lazyRegexp(cardDayRe + `\s*(?:-|–|—|to|and)\s*` + cardDayRe)
	// cardBaseRe opens what a card's change is compared with: a day
	// ("since 1 October 2023") or the period before ("compared with the
	// previous 12 month period").
	cardSinceRe = lazyRegexp(`\b(?:since|from|on|compared (?:with|to))\s+` + cardDayRe)
	cardPrevRe  = lazyRegexp(`\b(?:compared (?:with|to)|on|than|from)\s+the\s+(?:previous|preceding|same)\s+(?:12[ -]month period|12 months|twelve months|year|period)`)
)

// cardTime returns the time the lines below a card's figure name, and
// their words: the first span of days or year ending in a month, else
// the date after the figure's words that dates a stock (dateAfter).
func cardTime(s string) (indicators.Period, string) {
	if g := cardSpanRe.FindStringSubmatch(s); g != nil {
		from, ok1 := cardDate(g[1], g[2], g[3])
		to, ok2 := cardDate(g[4], g[5], g[6])
		if ok1 && ok2 && !to.Before(from) {
			return daysOrMonths(from, to), g[0]
		}
	}
	if es := endingsIn(s); len(es) > 0 && !es[0].compared {
		return es[0].period, es[0].words
	}
	if p, words, ok := dateAfter(s, false); ok {
		return p, words
	}
	return indicators.Period{}, ""
}

// cardDate reads a day, a month's name and a year as a date.
func cardDate(day, month, year string) (time.Time, bool) {
	dd, _ := strconv.Atoi(day)
	y, _ := strconv.Atoi(year)
	mo := monthNumber(month)
	if mo == 0 || dd < 1 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == dd
}

// daysOrMonths is the span from one day to another, as whole months
// when it runs from a month's first day to a month's last.
func daysOrMonths(from, to time.Time) indicators.Period {
	if from.Day() == 1 && to.AddDate(0, 0, 1).Day() == 1 {
		return indicators.Period{From: indicators.Date{Year: from.Year(), Month: from.Month()}, To: indicators.Date{Year: to.Year(), Month: to.Month()}}
	}
	return daySpan(from, to)
}

// cardBase returns the base a card's change after its figure names in
// words s: a day it is compared with, or the period of the same length
// right before the card's time p.
func cardBase(s string, p indicators.Period) (indicators.Period, string, bool) {
	if g := cardSinceRe.FindStringSubmatch(s); g != nil {
		if t, ok := cardDate(g[1], g[2], g[3]); ok {
			return indicators.Period{From: indicators.Date{Year: t.Year(), Month: t.Month(), Day: t.Day()}}, strings.TrimSpace(g[0]), true
		}
	}
	if g := cardPrevRe.FindString(s); g != "" && p.IsStated() {
		return yearBefore(p), g, true
	}
	return indicators.Period{}, "", false
}

// yearBefore returns period p a year earlier.
func yearBefore(p indicators.Period) indicators.Period {
	p.From.Year--
	if p.To.Year != 0 {
		p.To.Year--
	}
	return p
}

// cardClaim drafts figure m by its card, when it has one: the card's
// figure takes the label as its title, what the label counts as its
// unit, and the card's time; a change on the lines below is the change of
// the card's figure.
func (d *docDraft) cardClaim(cl *claim, m Mention) {
	c, ok := d.cardOf(m)
	if !ok {
		return
	}
	ind := &cl.ind
	if c.fig.Span == m.Span {
		if t := cardTitle(c.label); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "the label after the figure on its line: a headline card's"
			declare(cl.fieldNotes, "title", "title/cardClaim#1")
			cl.notes = withoutTitleNotes(cl.notes)
		}
		if ind.Unit.IsZero() && m.Kind == Number {
			if u, _, ok := phraseCounted(strings.ToLower(ind.Title), true); ok {
				ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%s, what the card's label %q counts; stated keeps the figure as written", u.Name, ind.Title)
				declare(cl.fieldNotes, "unit", "unit/cardClaim#1")
			}
		}
		if c.time.IsStated() {
			ind.Period, cl.fieldNotes["period"] = c.time, fmt.Sprintf("%q on the card's line below", c.words)
			declare(cl.fieldNotes, "period", "period/cardClaim#1")
			switch {
			case ind.Unit.Kind != indicators.Count && !ind.Unit.IsZero():
			case ind.Measure != indicators.CountKind && ind.Measure != indicators.Stock && ind.Measure != indicators.Flow:
			case c.time.IsSpan():
				ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, fmt.Sprintf("counted over %q: a flow", c.words)
				declare(cl.fieldNotes, "measure", "measure/cardClaim#1")
			default:
				ind.Measure, cl.fieldNotes["measure"] = indicators.Stock, fmt.Sprintf("counted at %q: a stock", c.words)
				declare(cl.fieldNotes, "measure", "measure/cardClaim#2")
			}
		}
		c.title, c.unit = ind.Title, ind.Unit
		return
	}
	if ind.Measure != indicators.Change || c.title == "" {
		return
	}
	ind.Title = d.unitTitle("Change in "+lowerName(c.title), m, ind.Measure, ind.Unit)
	cl.notes = withoutTitleNotes(cl.notes)
	cl.fieldNotes["title"] = fmt.Sprintf("a change on a headline card: the change in %s, its figure", flatText(c.fig.Text))
	declare(cl.fieldNotes, "title", "title/cardClaim#2")
	if ind.Unit.IsZero() && m.Kind == Number && c.unit.Kind == indicators.Count {
		ind.Unit, cl.fieldNotes["unit"] = c.unit, fmt.Sprintf("%s, as %s, the card's figure this one changes; stated keeps the figure as written", c.unit.Name, flatText(c.fig.Text))
		declare(cl.fieldNotes, "unit", "unit/cardClaim#2")
	}
	if c.time.IsStated() {
		ind.Period, cl.fieldNotes["period"] = c.time, fmt.Sprintf("%q on the card: the time of %s, which this figure changes", c.words, flatText(c.fig.Text))
		declare(cl.fieldNotes, "period", "period/cardClaim#2")
		if b, words, ok := cardBase(d.src.Text[m.Span.End:c.to], c.time); ok {
			ind.Base, cl.fieldNotes["base"] = b, fmt.Sprintf("%q", words)
			declare(cl.fieldNotes, "base", "base/cardClaim")
		}
	}
}

// withoutTitleNotes drops the notes that ask for a title: a card names
// its figures.
func withoutTitleNotes(notes []string) []string {
	return slices.DeleteFunc(notes, func(n string) bool { return strings.HasPrefix(n, "title: ") })
}
