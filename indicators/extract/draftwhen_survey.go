package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// The reference month of an annual survey (drafts60):
//
//	Annual Survey of Hours and Earnings: 2016 provisional results (the
//	title) … In April 2016 median weekly earnings … were £539 (the lead)
//	→ every figure of 2016 is 2016-04, one of 2015 compared with it
//	2015-04: the survey reads its figures in that month each year
//	… the figures relate to the pay period including 13 April → the same,
//	with the title's year
//	Household survey 2021: households … as at 31 March → 2021-03
//
// A plain year stays a year where nothing names the month, and a release
// of another kind (no survey) keeps its years.

var (
	// surveyWordRe names a survey in a title or a lead.
	surveyWordRe = lazyRegexp(`(?i)\bsurvey\b`)
	// surveyRefMethodRe is a survey's method saying when its figures are
	// read: "relate to the pay period including 13 April", "refer to",
	// "as at 31 March".
	surveyRefMethodRe = lazyRegexp(`(?i:\b(?:relates?|refers?) to (?:the )?(?:pay period |week |position )?(?:including |ending |of |at )?(?:the )?(?:\d{1,2} )?|\bas at (?:(\d{1,2}) )?)` + monthNameRe + `(?: ((?:19|20)\d\d))?\b`)
)

// surveyRefMonth returns the month an annual survey release reads its
// figures in, and why: the month and year its lead opens with ("In April
// 2016 …") or the month its method names ("figures relate to the pay
// period including 13 April"), with the title's year. It returns a zero
// date for a text that names no survey in its title or lead, or that is
// a monthly release (whose own month rules date it).
func (d *docDraft) surveyRefMonth() (indicators.Date, string) {
	text := d.src.Text
	if len(d.mentions) == 0 {
		return indicators.Date{}, ""
	}
	if ref, _ := d.refMonth(); !ref.IsZero() {
		return indicators.Date{}, ""
	}
	if d.statReleaseOf().is() {
		return indicators.Date{}, ""
	}
	title := strings.TrimSpace(text[:lineEnd(text, 0)])
	if len(title) > 200 {
		title = ""
	}
	first := d.mentions[0]
	lead := text[first.Sentence.Start:first.Sentence.End]
	if !surveyWordRe.MatchString(title) && !surveyWordRe.MatchString(lead) {
		return indicators.Date{}, ""
	}
	if g := inMonthYearOpenRe.FindStringSubmatch(strings.TrimSpace(lead[bulletPrefix(lead):])); g != nil {
		y, _ := strconv.Atoi(g[2])
		return indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}, fmt.Sprintf("%q opens the survey's lead: the month it reads its figures in", strings.TrimPrefix(g[0], "In "))
	}
	g := surveyRefMethodRe.FindStringSubmatch(text)
	if g == nil {
		return indicators.Date{}, ""
	}
	y := g[3]
	if y == "" {
		y = yearRe.FindString(title)
	}
	n, err := strconv.Atoi(y)
	if err != nil {
		return indicators.Date{}, ""
	}
	dt := indicators.Date{Year: n, Month: time.Month(monthNumber(g[2]))}
	if g[1] != "" {
		dt.Day = atoiOr0(g[1]) // "as at 30 June": a stock counted on that day each year
		return dt, fmt.Sprintf("%q: the survey counts its figures on %s %s each year", strings.TrimSpace(g[0]), g[1], g[2])
	}
	return dt, fmt.Sprintf("%q: the survey's figures are read in %s", strings.TrimSpace(g[0]), g[2])
}

// surveyMonthPeriods dates the claims of out of an annual survey's year
// by its reference month (surveyRefMonth), and those of the year before,
// which they are compared with, by the same month then; bases alike
// (frameStatuses then makes a provisional release's figures of its own
// year estimates, whichever rule dated them).
func (d *docDraft) surveyMonthPeriods(out []claim) {
	ref, why := d.surveyRefMonth()
	if ref.IsZero() {
		return
	}
	month := func(p indicators.Period) (indicators.Period, bool) {
		if !p.IsStated() || p.IsSpan() || p.Fiscal || p.From.Month != 0 {
			return p, false
		}
		if y := p.From.Year; y == ref.Year || y == ref.Year-1 {
			return indicators.Period{From: indicators.Date{Year: y, Month: ref.Month, Day: ref.Day}}, true
		}
		return p, false
	}
	for i := range out {
		cl := &out[i]
		if cl.skip != "" {
			continue
		}
		ind := &cl.ind
		if p, ok := month(ind.Period); ok {
			ind.Period = p
			cl.fieldNotes["period"] += fmt.Sprintf("; %s, %s", p, why)
			declare(cl.fieldNotes, "period", "period/surveyMonthPeriods")
		}
		if p, ok := month(ind.Base); ok {
			ind.Base = p
		}
	}
}

// The place of a release on two surveys (drafts60):
//
//	- … in the UK in 2022, based on the Annual Population Survey (APS).
//	- … in Great Britain in 2022, based on the Opinions and Lifestyle
//	  Survey (OPN).
//	- Those aged 65 years and over … (11.4%) in 2022, based on the APS.
//	→ the UK: a figure naming no place is of the place of the figure
//	before it from the same survey, not of the other survey's

// surveyNameRe is a survey named with its acronym: "the Annual Population
// Survey (APS)".
var surveyNameRe = lazyRegexp(`((?:[A-Z][a-z]+ (?:and |of |on )?){1,5}Survey) \(([A-Z]{2,6})\)`)

// A namedSurvey is a survey a text names with its acronym.
type namedSurvey struct{ name, acronym string }

// surveyOf returns the one survey of surveys that quote names, by its
// name or its acronym, and whether there is one.
func surveyOf(quote string, surveys []namedSurvey) (namedSurvey, bool) {
	var found []namedSurvey
	for _, s := range surveys {
		if strings.Contains(quote, s.name) || hasPhrase(quote, s.acronym) {
			found = append(found, s)
		}
	}
	if len(found) != 1 {
		return namedSurvey{}, false
	}
	return found[0], true
}

// surveyPlaces gives a claim of out that names no place the places of
// the claim before it whose quote names the same survey, when the text
// names more than one survey with its acronym.
func (d *docDraft) surveyPlaces(out []claim) {
	text := d.src.Text
	if !strings.Contains(text, "Survey (") {
		return
	}
	var surveys []namedSurvey
	for _, g := range surveyNameRe.FindAllStringSubmatch(text, -1) {
		s := namedSurvey{g[1], g[2]}
		if !slices.ContainsFunc(surveys, func(o namedSurvey) bool { return o.acronym == s.acronym }) {
			surveys = append(surveys, s)
		}
	}
	if len(surveys) < 2 {
		return
	}
	last := map[string]*claim{}
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		sp := cl.ind.Provenance[0].Span
		s, ok := surveyOf(text[sp.Start:sp.End], surveys)
		if !ok {
			continue
		}
		ind := &cl.ind
		if len(ind.Entities) > 0 || ind.Counterpart != "" {
			last[s.acronym] = cl
			continue
		}
		prev := last[s.acronym]
		if prev == nil {
			continue
		}
		ind.Entities = slices.Clone(prev.ind.Entities)
		cl.fieldNotes["entities"] = fmt.Sprintf("no place named: the place of %s, the figure before from the same survey (%s)", prev.ind.Stated, s.acronym)
		declare(cl.fieldNotes, "entities", "entities/surveyPlaces")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
	}
}

// A list that breaks down the paragraph above it (drafts60):
//
//	In 2022, people reporting heterosexual contact accounted for 22%
//	(7,000) of the 31,800 estimated new HIV infections.
//	  • Men reporting heterosexual contact accounted for 7% (2,100) of
//	    estimated new HIV infections.
//	→ 2022: an item with no date of its own is of the year of the
//	paragraph right above its list

// listLeadNote ends the note of a figure dated by the paragraph above its
// list: refYearPeriods gives it the release's frame instead, where the
// release states one, since a bullet among bullets is no breakdown.
const listLeadNote = ", the main figure of the paragraph its list breaks down"

// listLeadPeriods dates the claims of out on a bulleted item with no date
// of their own by the year of the main (first dated) figure of the
// paragraph right above the item's list.
func (d *docDraft) listLeadPeriods(out []claim) {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || cl.ind.Period.IsStated() || cl.fieldNotes["period"] != "no year for this figure" {
			continue
		}
		ls := lineStart(text, cl.ind.Provenance[0].Span.Start)
		if !bulletLine(text, ls) {
			continue
		}
		// The list's first item, then the paragraph right above it.
		for ls > 0 && bulletLine(text, lineStart(text, ls-1)) {
			ls = lineStart(text, ls-1)
		}
		// The paragraph right above: past one blank line at most.
		if ls > 0 && strings.TrimSpace(text[lineStart(text, ls-1):ls]) == "" {
			ls = lineStart(text, ls-1)
		}
		if ls == 0 {
			continue
		}
		ps := lineStart(text, ls-1)
		if strings.TrimSpace(text[ps:ls]) == "" {
			continue
		}
		// The paragraph's main figure: its first dated one. out is in
		// text order, so the walk back stops at the paragraph's start.
		var main *claim
		for j := i - 1; j >= 0; j-- {
			o := &out[j]
			if o.skip != "" || len(o.ind.Provenance) == 0 {
				continue
			}
			at := o.ind.Provenance[0].Span.Start
			if at < ps {
				break
			}
			if at < ls && o.ind.Period.IsStated() {
				main = o
			}
		}
		if main == nil {
			continue
		}
		if p := main.ind.Period; !p.IsSpan() && !p.Fiscal && p.From.Month == 0 {
			cl.ind.Period = p
			cl.fieldNotes["period"] = fmt.Sprintf("no date of its own: %s, of %s", p, main.ind.Stated) + listLeadNote
			declare(cl.fieldNotes, "period", "period/listLeadPeriods")
		}
	}
}
