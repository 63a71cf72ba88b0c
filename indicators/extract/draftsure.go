package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// How sure a figure is, and what it measures, as the genres of drafts27
// write them: a statistical office's flash estimate, whose opening says
// which figures it estimates; a crop or supply outlook, whose season
// figures are all forecasts ("is forecast at", "is predicted at",
// "calling for", and the clauses that go on from them); a fact sheet of
// modelled estimates, whose shares and counts of an estimated whole
// ("of the 31,800 estimated new HIV infections", "Of those, 67% …") are
// estimates too; and a run in prose ("An estimated 23,900 X in 2018,
// followed by 23,300 in 2019, …"), each item of which is its lead's.
// Crops are measured: production in bushels or tonnes flows, a figure with
// a direction is a change, a yield per acre or a price per quintal is a
// level, and an area harvested a stock (countedMeasure).

// sureClaim sets the measure, unit, status and title of a figure by the
// rules of this file and of drafttitlesure.go.
func (d *docDraft) sureClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if lead, ok := d.runLead(m); ok {
		// "…, followed by 23,300 in 2019": the lead's counted noun and
		// status.
		if ind.Unit.IsZero() {
			ind.Unit, cl.fieldNotes["unit"] = lead.Unit, lead.Unit.Name+", the counted noun of "+flatText(lead.Text)+", the run's lead; stated keeps the figure as written"
			declare(cl.fieldNotes, "unit", "unit/sureClaim")
		}
		ind.Measure, cl.fieldNotes["measure"] = indicators.CountKind, "an item of the run led by "+flatText(lead.Text)
		declare(cl.fieldNotes, "measure", "measure/sureClaim#1")
		lcs, _ := clauseOf(d.src.Text, lead)
		if st, c := statusOf(strings.ToLower(joinBroken(d.src.Text[lcs:lead.Span.End])), lead.Unit); st != indicators.Fact && ind.Status == indicators.Fact {
			ind.Status, cl.fieldNotes["status"] = st, fmt.Sprintf("%q, the status of the run's lead %s", c, flatText(lead.Text))
			declare(cl.fieldNotes, "status", "status/sureClaim#1")
		}
	}
	if ms, why, ok := d.sureMeasure(m, ind); ok {
		ind.Measure, cl.fieldNotes["measure"] = ms, why
		declare(cl.fieldNotes, "measure", "measure/sureClaim#2")
	}
	if st, why, ok := d.sureStatus(m, cs, ce, ind); ok {
		ind.Status, cl.fieldNotes["status"] = st, why
		declare(cl.fieldNotes, "status", "status/sureClaim#2")
	}
	d.sureTitle(cl, m, cs, ce)
}

// flatText is s with its runs of space as one space.
func flatText(s string) string { return strings.Join(strings.Fields(s), " ") }

// levelBases are the bases of a rate that make it a yield or a price, a
// level: "176.3 bushels per acre", "2,300 per quintal", "$5.45 a bushel".
var levelBases = map[string]bool{"acre": true, "ac": true, "hectare": true, "ha": true, "quintal": true, "bu": true, "bushel": true,
	"t": true, "tonne": true, "ton": true, "kg": true, "lb": true, "pound": true, "cwt": true}

// areaUnits measure land: an area is land held, a stock, unless its verb
// makes it land planted or created over a span (countedMeasure).
var areaUnits = map[string]bool{"acre": true, "ac": true, "hectare": true, "ha": true, "km2": true, "sq km": true}

// directionLeads stand right before a change written bare: "up 600,000",
// "down 80 cents".
var directionLeads = map[string]bool{"up": true, "down": true}

// sureMeasure returns the measure the rules of this file give m, why, and
// whether they give one that differs from the current one.
func (d *docDraft) sureMeasure(m Mention, ind *indicators.Indicator) (indicators.MeasureKind, string, bool) {
	text := d.src.Text
	u := ind.Unit
	cur := ind.Measure
	bw := strings.Fields(strings.ToLower(text[m.Sentence.Start:m.Span.Start]))
	last := ""
	if len(bw) > 0 {
		last = strings.Trim(bw[len(bw)-1], ",;:(")
	}
	switch {
	case u.Per != "" && levelBases[u.Per] && u.Kind != indicators.Percent:
		return indicators.Level, fmt.Sprintf("per %s: a yield or a price, a level", u.Per), cur != indicators.Level
	case m.Quantity.Direction != indicators.NoDirection && directionLeads[last] && (m.Kind == Measure || u.IsZero()):
		return indicators.Change, "a quantity with a direction: a change", cur != indicators.Change
	case u.IsZero() && m.Kind == Number && inLakhOrCrore(m.Text) && cur == indicators.CountKind:
		return indicators.Flow, "an amount in lakh or crore (money; add its currency where the quote names it)", true
	}
	return 0, "", false
}

// inLakhOrCrore reports whether a figure is written in lakh or crore.
func inLakhOrCrore(s string) bool {
	s = strings.ToLower(s)
	return hasPhrase(s, "crore") || hasPhrase(s, "crores") || hasPhrase(s, "lakh") || hasPhrase(s, "lakhs")
}

// forecastVerbs say that the figure after them is forecast: "Soybean
// production is predicted at 4.37 billion bushels", "USDA is calling for
// higher corn production", "is projected at".
var forecastVerbs = []string{"is predicted at", "are predicted at", "is predicted to", "are predicted to", "predicted at", "is calling for",
	"are calling for", "calling for", "is projected at", "are projected at", "projected at", "is expected at", "are expected at"}

// cropOutlookNames in a text make it a crop or supply outlook.
var cropOutlookNames = []string{"supply and demand estimate", "supply and demand estimates", "wasde", "crop production report",
	"crop production and", "crop outlook", "corn outlook", "soybean outlook", "wheat outlook", "rice outlook", "cotton outlook"}

// isCropOutlook reports whether the document is a crop or supply outlook,
// and the words that say so.
// It reads the text once.
func (d *docDraft) isCropOutlook() (string, bool) {
	if !d.what.cropRead {
		d.what.cropRead = true
		low := strings.ToLower(d.src.Text)
		if c := firstPhrase(low, cropOutlookNames); c != "" && (strings.Contains(low, "bushel") || strings.Contains(low, "harvested") || strings.Contains(low, "tonnes")) {
			d.what.cropWord = c
		}
	}
	return d.what.cropWord, d.what.cropWord != ""
}

// pluperfect matches a verb of an earlier period: "had grown", "had
// risen", "had been".
var pluperfect = lazyRegexp(`\bhad\s+(?:grown|risen|increased|fallen|declined|decreased|been|dropped|expanded|contracted)\b`)

// flashOpening returns the sentence, as a byte range, that calls the
// document's figures a flash estimate, and whether there is one among its
// first three sentences with figures.
func (d *docDraft) flashOpening() (indicators.Span, bool) {
	seen := 0
	var last indicators.Span
	for _, o := range d.mentions {
		if o.Sentence == last {
			continue
		}
		last = o.Sentence
		seen++
		if seen > 3 {
			break
		}
		s := strings.ToLower(joinBroken(d.src.Text[o.Sentence.Start:o.Sentence.End]))
		if hasPhrase(s, "flash estimate") || hasPhrase(s, "flash estimates") {
			return o.Sentence, true
		}
	}
	return indicators.Span{}, false
}

// flashEstimate reports why a figure is one of a flash estimate: the
// opening sentence says "according to a flash estimate", and the figure is
// of the period and places it estimates, not one it compares with ("after
// +1.2% in the previous quarter", "had grown by 0.4%") nor of a place the
// opening does not name (the United States beside the euro area).
func (d *docDraft) flashEstimate(m Mention, cs int, ind *indicators.Indicator) (string, bool) {
	open, ok := d.flashOpening()
	if !ok || m.Sentence.Start < open.Start {
		return "", false
	}
	text := d.src.Text
	sent := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Sentence.End]))
	if m.Sentence != open && pluperfect.MatchString(sent) {
		return "", false
	}
	if afterComparison(text, m) {
		return "", false
	}
	var codes []string
	for _, p := range placesIn(text[open.Start:open.End], 0) {
		codes = append(codes, p.code)
	}
	own := ind.Entities
	if ps := placesIn(text[m.Sentence.Start:m.Sentence.End], 0); len(ps) == 0 {
		// "Compared with …, GDP grew by 2.3%" after a sentence on the
		// United States: the places of the sentence before.
		if p, ok := d.mentionBeforeSentenceAt(m.Sentence.Start); ok && !strings.Contains(text[p.Sentence.End:m.Sentence.Start], "\n\n\n") {
			own = nil
			for _, pm := range placesIn(text[p.Sentence.Start:p.Sentence.End], 0) {
				own = append(own, pm.code)
			}
		}
	}
	if len(own) > 0 && !slices.ContainsFunc(own, func(e string) bool { return slices.Contains(codes, e) }) {
		return "", false
	}
	return `"flash estimate" in the release's opening: a figure of the period and places it estimates`, true
}

// afterComparison reports whether a figure is one an earlier period's
// figure compared with, set after "after" in its part of the sentence:
// "(after +0.8% in the first quarter of 2019)", "after +1.2% and +1.6%
// respectively".
func afterComparison(text string, m Mention) bool {
	lo := m.Sentence.Start
	if i := strings.LastIndexAny(text[lo:m.Span.Start], ",(;"); i >= 0 {
		lo += i
	}
	return hasPhrase(strings.ToLower(text[lo:m.Span.Start]), "after")
}

// estimatedWhole matches the words after a share or count of an estimated
// whole: "of the 31,800 estimated new HIV infections", ") of estimated new
// HIV infections".
var estimatedWhole = lazyRegexp(`^[\s)]*(?:\([^)]*\)\s*)?of\s+(?:the\s+)?(?:[\d,.]+\s+)?(?:an\s+)?estimated\b`)

// backWholes open a sentence whose figures are parts of the whole of the
// sentence before: "Of those, 67% were among …".
var backWholes = []string{"of those", "of these", "of them", "among them", "among those", "of this total", "of that total"}

// sureStatus returns the status the rules of this file give a figure
// still drafted as a fact, why, and whether they give one.
func (d *docDraft) sureStatus(m Mention, cs, ce int, ind *indicators.Indicator) (indicators.Status, string, bool) {
	if ind.Status != indicators.Fact {
		return 0, "", false
	}
	text := d.src.Text
	if why, ok := d.flashEstimate(m, cs, ind); ok {
		return indicators.Estimate, why, true
	}
	before := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
	if c := firstPhrase(before, forecastVerbs); c != "" {
		return indicators.Projection, fmt.Sprintf("%q: a forecast, a projection", c), true
	}
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			break
		}
		ocs, _ := clauseOf(text, o)
		ob := strings.ToLower(joinBroken(text[ocs:o.Span.Start]))
		if c := firstPhrase(ob, forecastVerbs); c != "" || hasPhrase(ob, "forecast") || hasPhrase(ob, "projected") {
			if c == "" {
				c = "forecast"
			}
			return indicators.Projection, fmt.Sprintf("goes on from %s, forecast (%q): a projection", flatText(o.Text), c), true
		}
	}
	if c, ok := d.isCropOutlook(); ok {
		return indicators.Projection, fmt.Sprintf("a figure of a crop outlook (%q): the season's figures are forecasts", c), true
	}
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	if estimatedWhole.MatchString(after) {
		return indicators.Estimate, "a share or count of an estimated whole: an estimate", true
	}
	sent := strings.ToLower(strings.TrimSpace(joinBroken(text[m.Sentence.Start:m.Span.Start])))
	for _, b := range backWholes {
		if strings.HasPrefix(sent, b) {
			if p, ok := d.mentionBeforeSentenceAt(m.Sentence.Start); ok && hasPhrase(strings.ToLower(joinBroken(text[p.Sentence.Start:p.Sentence.End])), "estimated") {
				return indicators.Estimate, fmt.Sprintf("%q: a part of %s, an estimate", b, flatText(p.Text)), true
			}
		}
	}
	return 0, "", false
}

// runLead returns the first figure of a run in prose that m is a later
// item of ("An estimated 23,900 HIV infections occurred among gay and
// bisexual men in 2018, followed by 23,300 in 2019, 23,200 in 2020"): m is
// a bare number after "followed by", the lead a count with its noun.
func (d *docDraft) runLead(m Mention) (Mention, bool) {
	if !m.Unit.IsZero() || m.Kind != Number {
		return Mention{}, false
	}
	text := d.src.Text
	i := strings.Index(strings.ToLower(text[m.Sentence.Start:m.Span.Start]), "followed by")
	if i < 0 {
		return Mention{}, false
	}
	ms := d.sentenceMentions(m)
	if len(ms) == 0 {
		return Mention{}, false
	}
	lead := ms[0]
	if lead.Span.End > m.Sentence.Start+i || lead.Unit.Kind != indicators.Count || lead.Unit.Name == "" {
		return Mention{}, false
	}
	return lead, true
}

// inProseRun reports whether a bare number is an item of a run in prose,
// "followed by 23,300 in 2019, 23,200 in 2020": a year before it is the
// item before's, so it is no run of bare numbers such as a chart's axis.
func inProseRun(text string, m Mention) bool {
	if !strings.Contains(strings.ToLower(text[m.Sentence.Start:m.Span.Start]), "followed by") {
		return false
	}
	after := strings.Fields(text[m.Span.End:m.Sentence.End])
	return len(after) > 1 && after[0] == "in" && isDigit4(strings.Trim(after[1], ",.;:"))
}

// restatedWhole returns why a figure is the whole of a share pointing back
// to a figure drafted before, or "": "accounted for 67% (21,400) of the
// 31,800 estimated new HIV infections" after "There were 31,800 estimated
// new HIV infections": the same figure, as written, after "of the".
func (d *docDraft) restatedWhole(m Mention) string {
	text := d.src.Text
	b := strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-8):m.Span.Start])
	if !strings.HasSuffix(b, "of the ") {
		return ""
	}
	for _, o := range d.mentions {
		if o.Sentence.Start >= m.Sentence.Start {
			break
		}
		if o.Text == m.Text && o.Unit == m.Unit && o.Quantity.Value.Equal(m.Quantity.Value) {
			return fmt.Sprintf("the whole %s, drafted before: this sentence points back to it (\"of the\"), a comment on its shares, not a second claim", flatText(o.Text))
		}
	}
	return ""
}
