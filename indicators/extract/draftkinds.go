package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What kind of figure a statistics office's monthly or quarterly release
// gives, as its sentences write it (drafts41):
//
//	starts increased (3.6%) in June → the size of the change, up; "was
//	flat (0.4%)" a change with no direction
//	an 8% year-over-year decrease → a change, down
//	15,354 first receptions between January and March → events counted
//	over a period: a flow
//	80,659 prisoners as at 30 June → a count at a date: a stock
//	down from a peak of 11 percent, in a sentence about annual growth →
//	a growth rate: a change

// parenChangeBefore matches a verb of change right before the parenthesis
// that opens a percentage: "increased (", "was flat (".
var parenChangeBefore = lazyRegexp(`\b(increased|rose|grew|climbed|edged up|fell|decreased|declined|dropped|edged down|(?:was|were|remained|stayed|held) (?:flat|unchanged|steady|stable))\s*\(\s*$`)

// changeNounAfter matches a noun of change right after a percentage, past
// words of its span: "8% year-over-year decrease", "a 74% increase".
var changeNounAfter = lazyRegexp(`^\s*(?:(?:year-over-year|year-on-year|month-over-month|month-on-month|annual|monthly|quarterly|yearly|overall)\s+)*(decrease|decline|fall|drop|reduction|increase|rise|gain)\b`)

// eventNouns are counted events: a number of them happens over a period
// and is a flow.
var eventNouns = []string{"starts", "completions", "approvals", "sales", "receptions", "releases", "recalls", "arrivals", "departures",
	"visits", "admissions", "discharges", "registrations", "occasions", "outcomes", "annual rate", "saar"}

// eventUnits are the counted nouns, in the singular, of eventNouns.
var eventUnits = map[string]bool{"start": true, "completion": true, "approval": true, "sale": true, "reception": true, "release": true,
	"recall": true, "arrival": true, "departure": true, "visit": true, "admission": true, "discharge": true, "registration": true,
	"occasion": true, "outcome": true}

// stockAtWords are the words that date a stock: "as at 30 June", "as of
// March 2024", "at the end of 2023". stockAtAfter, stockDateRe
// (draftwhen_stock.go) and drafts63OnDateRE (draft63_release.go) read
// them.
const stockAtWords = `as at|as of|at the end of`

// stockAtAfter matches "as at" or "at the end of" after a count: a count
// at a date is a stock.
var stockAtAfter = lazyRegexp(`^[^.;|0-9]{0,60}?\b(` + stockAtWords + `)\b`)

// growthPeakBefore matches a growth rate's level before a percentage: "a
// peak of", "a low of", "a high of".
var growthPeakBefore = lazyRegexp(`\b(?:peak|high|low|record)\s+of\s*$`)

// kindsClaim sets the measure and direction of m by the rules of this
// file.
func (d *docDraft) kindsClaim(cl *claim, m Mention, cs, ce int) {
	d.kindUnit(cl, m)
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	switch u := ind.Unit; {
	case u.String() == "percent":
		if g := parenChangeBefore.FindStringSubmatch(before); g != nil {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q before the parenthesis: the size of the change", g[1])
			switch {
			case upChangeWords[g[1]]:
				d.setDirection(cl, indicators.Up, sent)
			case downChangeWords[g[1]]:
				d.setDirection(cl, indicators.Down, sent)
			default:
				ind.Quantity.Direction = indicators.NoDirection
			}
			return
		}
		if g := changeNounAfter.FindStringSubmatch(after); g != nil && ind.Quantity.Direction == indicators.NoDirection {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q after the figure: a change", g[1])
			dir := indicators.Up
			if downChangeWords[g[1]] {
				dir = indicators.Down
			}
			d.setDirection(cl, dir, sent)
			return
		}
		if ind.Measure == indicators.Share && growthPeakBefore.MatchString(before) && hasPhrase(before, "growth") && !strings.HasPrefix(strings.TrimSpace(after), "of ") {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "a peak or low of the growth the sentence names: a growth rate, a change"
		}
	case ind.Measure == indicators.CountKind && (m.Kind == Number || u.Kind == indicators.Count):
		if g := stockAtAfter.FindStringSubmatch(after); g != nil {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Stock, fmt.Sprintf("%q after the count: a count at a date, a stock", g[1])
			return
		}
		if eventUnits[u.Name] {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, fmt.Sprintf("%s: events counted over a period, a flow", indicators.Plural(u.Name))
			return
		}
		// "housing starts increased … (253,081 units)": a bare number or
		// a generic unit counts the events its clause, or its sentence
		// before it, names; "sales in seven of the 10 markets" counts
		// markets.
		if u.Name == "unit" || u.IsZero() {
			if c := firstPhrase(strings.ToLower(joinBroken(text[cs:ce])), eventNouns); c != "" {
				ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, fmt.Sprintf("%q: events counted over a period, a flow", c)
				return
			}
			if c := firstPhrase(before, eventNouns); c != "" {
				ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, fmt.Sprintf("%q before the figure: events counted over a period, a flow", c)
			}
		}
	}
}

// upChangeWords and downChangeWords give the direction of a verb or noun
// of change.
var (
	upChangeWords   = map[string]bool{"increased": true, "rose": true, "grew": true, "climbed": true, "edged up": true, "increase": true, "rise": true, "gain": true}
	downChangeWords = map[string]bool{"fell": true, "decreased": true, "declined": true, "dropped": true, "edged down": true, "decrease": true,
		"decline": true, "fall": true, "drop": true, "reduction": true}
)
