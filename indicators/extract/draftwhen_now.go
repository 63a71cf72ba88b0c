package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The release's own time, in a dated release (drafts33: a UN agency's
// appeal release, an IMF Board release). The hand catalogs of such
// releases (and s7-euro's "Today, over 35 million people … are in need of
// aid", 2024-05) date a reading of the state now by the release's month;
// "currently" stays the dateline's year, as the corpus writes it:
//
//	141 million people … need humanitarian assistance today → the
//	release's month (2017-06), a reading of the day
//	some 20 million people who are at risk of famine → the release's
//	month: people in a condition now
//	leaving the appeal funded 26 per cent halfway through the year → the
//	release's month
//	The completion of the reviews enables the authorities to draw about
//	US$242 million → the release's month: what the decision it reports
//	makes available, now
//	launched the 2017 humanitarian appeal …; Requirements have since
//	climbed to $23.5 billion → 2017: the appeal's (or plan's) year for
//	its money and targets later in the paragraph, and for figures whose
//	sentence names the appeal or plan
//	the United States today announced $575 million → no month: an amount
//	announced today is not a reading of the day
//	71.9% of people in poverty live in areas exposed to disasters → no
//	period: the present tense alone dates nothing

// dayWordRe is a word of the day the release speaks from.
var dayWordRe = lazyRegexp(`(?i)\btoday\b`)

// halfwayRe is a point of the current year the release stands at.
var halfwayRe = lazyRegexp(`(?i)\b(?:halfway|half-way|midway|mid-way) (?:through|into) the year\b`)

// eventTodayRe is an event a release reports as done today, whose figures
// are not readings of the day: "today announced $575 million".
var eventTodayRe = lazyRegexp(`(?i)\b(?:announc|releas|launch|pledg|commit|approv|sign|unveil|award|allocat)(?:e|es|ed|ing)\b`)

// inConditionRe is people in a condition now, right after their count:
// "who are at risk of famine", "are in need of aid", "need assistance".
var inConditionRe = lazyRegexp(`(?i)^[^,;.]{0,40}?\b(?:(?:who|that) )?(?:are|is|remain)(?: currently| now| still)? (?:at risk of|in need of|in need\b|displaced|food[- ]insecure|facing|without access)|^[^,;.]{0,40}?\b(?:who |that )?(?:need|face|require)\b`)

// drawRe closes the words before an amount a decision makes available
// now: "enabling a disbursement of about", "to draw about".
var drawRe = lazyRegexp(`(?i)\b(?:(?:immediate )?disbursement of|drawing of|purchase of|to draw|to disburse|disbursing)(?: about| around| approximately| some)?\s*$`)

// planYearRe is the year of an appeal or a plan: "the 2017 humanitarian
// appeal", "the 2024 Humanitarian Response Plan".
var planYearRe = lazyRegexp(`(?i)\b((?:19|20)\d\d) (?:[a-z-]+ ){0,3}(?:appeal|response plan|plan)s?\b`)

// planWordsRe names an appeal or plan, or what it requires.
var planWordsRe = lazyRegexp(`(?i)\b(?:appeals?|response plans?|requirements?)\b`)

// releaseMonth returns the month of the release's dateline.
func (d *docDraft) releaseMonth() indicators.Period {
	return indicators.Period{From: indicators.Date{Year: d.dateline.Year, Month: d.dateline.Month}}
}

// nowClaim dates a figure with no period of its own by the release's own
// time: a reading of the day, a point of the year, people in a condition
// now, what a decision makes available now, or the year of the appeal or
// plan it belongs to.
func (d *docDraft) nowClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if d.dateline.IsZero() || ind.Period.IsStated() || coverageLine(d.src.Text, m.Sentence.Start) {
		return
	}
	if _, _, prev := d.previousReading(m); prev {
		return
	}
	text := d.src.Text
	clause := text[cs:ce]
	set := func(p indicators.Period, why string) {
		ind.Period, cl.fieldNotes["period"] = p, why
	}
	month := d.releaseMonth()
	if w := halfwayRe.FindString(clause); w != "" {
		set(month, fmt.Sprintf("%q: the release's own time, %s", w, month))
		return
	}
	if dayWordRe.MatchString(clause) && !eventTodayRe.MatchString(clause) {
		set(month, fmt.Sprintf("\"today\": a reading of the day the release speaks from, %s", month))
		return
	}
	lead := m
	if o, ok := d.convertedAmount(m); ok {
		lead = o // "US$242 million (SDR 178.4 million)": the amount it restates
	}
	if drawRe.MatchString(text[max(lead.Sentence.Start, lead.Span.Start-48):lead.Span.Start]) {
		set(month, fmt.Sprintf("%q: what the decision the release reports makes available, %s", strings.TrimSpace(drawRe.FindString(text[max(lead.Sentence.Start, lead.Span.Start-48):lead.Span.Start])), month))
		return
	}
	if y, why, ok := d.planYear(m); ok {
		set(indicators.YearPeriod(y), why)
		return
	}
	if d.peopleNow(m) {
		w := strings.TrimSpace(inConditionRe.FindString(text[m.Span.End:ce]))
		set(month, fmt.Sprintf("%q: people in a condition now, the release's %s", w, month))
	}
}

// peopleNow reports whether m counts people and the words right after it
// put them in a condition now ("who are at risk of famine").
func (d *docDraft) peopleNow(m Mention) bool {
	if m.Unit.Kind == indicators.Money || m.Unit.Kind == indicators.Percent {
		return false
	}
	text := d.src.Text
	after := text[m.Span.End:d.nextFigureAt(m)]
	low := strings.ToLower(m.Text + " " + firstField(after))
	if !strings.Contains(low, "people") && !strings.Contains(low, "persons") && !strings.Contains(low, "children") && !strings.Contains(low, "refugees") {
		return false
	}
	return inConditionRe.MatchString(after)
}

// planYear returns the year of the appeal or plan m belongs to: the one
// its paragraph dates before it, or, when m's sentence names an appeal or
// plan, the one the document dates.
func (d *docDraft) planYear(m Mention) (int, string, bool) {
	text := d.src.Text
	ps := paragraphStart(text, m.Sentence.Start)
	if g := planYearRe.FindAllStringSubmatchIndex(text[ps:m.Span.Start], -1); g != nil {
		last := g[len(g)-1]
		y, _ := strconv.Atoi(text[ps+last[2] : ps+last[3]])
		return y, fmt.Sprintf("%q earlier in the paragraph: its money and targets", text[ps+last[0]:ps+last[1]]), true
	}
	if !planWordsRe.MatchString(text[m.Sentence.Start:m.Sentence.End]) {
		return 0, "", false
	}
	if !strings.Contains(text, "lan") && !strings.Contains(text, "ppeal") {
		return 0, "", false
	}
	if d.plan == nil {
		d.plan = &planYearOf{}
		if g := planYearRe.FindStringSubmatch(text); g != nil {
			y, _ := strconv.Atoi(g[1])
			*d.plan = planYearOf{y, g[0]}
		}
	}
	if d.plan.year == 0 {
		return 0, "", false
	}
	return d.plan.year, fmt.Sprintf("%q: the year of the appeal or plan the sentence names", d.plan.words), true
}

// planYearOf is the document's first dated appeal or plan, read once.
type planYearOf struct {
	year  int
	words string
}
