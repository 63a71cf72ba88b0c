package extract

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Pages of international bodies (drafts19, the kinds of WHO's "World
// Malaria Day 2020 – Key messages"): a page of a global body names the
// world's totals without a place ("there were an estimated 228 million
// cases of malaria in 89 countries") and its regions by the body's own
// names ("The WHO African Region accounted for 93% of malaria cases");
// it lists places with their shares in parentheses ("Nigeria (25% of
// cases); … as well as Côte d’Ivoire, Mozambique and Niger (4% each)")
// after a share of the listed whole ("More than half of all cases were in
// 6 countries:"), and sets a strategy's targets off by dashes ("two
// critical targets … – reducing malaria case incidence and death rates by
// at least 40% by 2020 – will be missed").

// globalBodies are international bodies whose pages name the world's
// figures: the short name a page writes, and the body's name.
var globalBodies = []struct{ short, name string }{
	{"WHO", "World Health Organization"}, {"UNICEF", "United Nations Children's Fund"},
	{"UNDP", "United Nations Development Programme"}, {"UNHCR", "Office of the United Nations High Commissioner for Refugees"},
	{"UNAIDS", "Joint United Nations Programme on HIV/AIDS"}, {"UNESCO", "United Nations Educational, Scientific and Cultural Organization"},
	{"FAO", "Food and Agriculture Organization of the United Nations"}, {"WFP", "World Food Programme"},
	{"ILO", "International Labour Organization"}, {"IMF", "International Monetary Fund"},
	{"World Bank", "World Bank"}, {"WTO", "World Trade Organization"}, {"OECD", "Organisation for Economic Co-operation and Development"},
}

// globalBodyMentions is how many times a text must name a body for its
// page to be taken as the body's: once or twice is a citation ("data from
// the World Bank"), three times the page's own voice ("the WHO African
// Region", "the WHO Global technical strategy", "WHO-recommended tools").
const globalBodyMentions = 3

// globalBodyOf returns the international body a text names at least
// globalBodyMentions times as a whole word ("WHO", "WHO-recommended"),
// the one named most, and how many times; ok is false when none is.
func globalBodyOf(text string) (short, name string, n int, ok bool) {
	for _, b := range globalBodies {
		k := 0
		for from := 0; ; {
			i := strings.Index(text[from:], b.short)
			if i < 0 {
				break
			}
			i += from
			from = i + len(b.short)
			if i > 0 && isWordByte(text[i-1]) || from < len(text) && isWordByte(text[from]) {
				continue
			}
			k++
		}
		if k >= globalBodyMentions && k > n {
			short, name, n, ok = b.short, b.name, k, true
		}
	}
	return short, name, n, ok
}

// globalClaim applies the rules of a global body's page to a drafted
// claim: the world for figures with no place, places listed with their
// shares, shares of a listed whole, the year that closes a sentence, a
// status cue that stands before another figure, and titles.
func (d *docDraft) globalClaim(cl *claim, m Mention, cs, ce int) {
	text := d.src.Text
	ind := &cl.ind
	sent := text[m.Sentence.Start:m.Sentence.End]
	if d.estimateOfOther(m, cs, cl.fieldNotes["status"]) {
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, `"an estimated" stands before another figure of the sentence, not this one`
		declare(cl.fieldNotes, "status", "status/globalClaim#1")
	}
	if ind.Measure == indicators.Share {
		if code, name, ok := d.placeBeforeParen(m); ok {
			ind.Entities, ind.Counterpart = []string{code}, ""
			delete(cl.fieldNotes, "counterpart")
			cl.fieldNotes["entities"] = fmt.Sprintf("%s, the place the figure in parentheses follows", name)
			declare(cl.fieldNotes, "entities", "entities/globalClaim#1")
			if noun := d.listNoun(m); noun != "" {
				ind.Title, cl.fieldNotes["title"] = possessiveOf(name)+" share of "+noun, "the place and what the list shares out"
				declare(cl.fieldNotes, "title", "title/globalClaim#1")
			}
		}
		if codes, n, ok := d.listedWhole(m); ok {
			ind.Entities, ind.Counterpart = codes, ""
			delete(cl.fieldNotes, "counterpart")
			cl.fieldNotes["entities"] = fmt.Sprintf("the %d places the sentence lists after the colon", len(codes))
			declare(cl.fieldNotes, "entities", "entities/globalClaim#2")
			if t := d.listedWholeTitle(m, n); t != "" {
				ind.Title, cl.fieldNotes["title"] = t, "the share of the whole the listed places hold"
				declare(cl.fieldNotes, "title", "title/globalClaim#2")
			}
		}
		if slices.Contains(ind.Entities, indicators.World) && len(ind.Entities) == 2 {
			// "The WHO African Region accounted for 93% of malaria cases
			// and 94% of deaths worldwide": the world is the whole.
			other := ind.Entities[0]
			if other == indicators.World {
				other = ind.Entities[1]
			}
			ind.Entities = []string{other}
			cl.fieldNotes["entities"] = fmt.Sprintf("%s's share of the world's whole", other)
			declare(cl.fieldNotes, "entities", "entities/globalClaim#3")
		}
	}
	if p, w, ok := closingTime(sent); ok && ind.Period != p && !d.toFigureBefore(m) &&
		(cl.fieldNotes["period"] == "no year for this figure" || strings.Contains(cl.fieldNotes["period"], "earlier in the paragraph") || strings.Contains(cl.fieldNotes["period"], "earlier in the sentence")) {
		ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q closes the sentence: the time of its figures", w)
		declare(cl.fieldNotes, "period", "period/globalClaim")
		ind.Base = indicators.Period{}
	}
	if t, why := d.globalTitle(m, cs, ce, ind.Measure); t != "" {
		ind.Title, cl.fieldNotes["title"] = t, why
		declare(cl.fieldNotes, "title", "title/globalClaim#3")
	}
	if ind.Status == indicators.Target || strings.Contains(cl.fieldNotes["status"], "target") {
		if _, t, ok := d.targetObjects(m); ok {
			ind.Status, ind.Title = indicators.Target, t[0]
			cl.fieldNotes["status"] = `set off by dashes after "targets": one of the targets`
			declare(cl.fieldNotes, "status", "status/globalClaim#2")
		}
	}
	if d.body != "" && len(ind.Entities) == 0 && ind.Counterpart == "" && !d.namesUncodedRegion(m) {
		ind.Entities = []string{indicators.World}
		cl.fieldNotes["entities"] = fmt.Sprintf("no place named on a page of %s, a global body: the world's", d.body)
		declare(cl.fieldNotes, "entities", "entities/globalClaim#4")
	}
}

// namesUncodedRegion reports whether m's sentence names a region of no
// entity code ("the WHO Western Pacific Region"): its figures are not the
// world's.
func (d *docDraft) namesUncodedRegion(m Mention) bool {
	s := d.src.Text[m.Sentence.Start:m.Sentence.End]
	for _, p := range gazetteer() {
		if p.code == "" && strings.HasSuffix(p.form, "Region") && strings.Contains(s, p.form) {
			return true
		}
	}
	return false
}

// estimateOfOther reports whether the status cue of m is an "estimated"
// that stands right before another figure of its clause: "there were an
// estimated 228 million cases of malaria in 89 countries" estimates the
// cases, not the countries. A figure with an "estimated" of its own
// ("and an estimated 70,000 were attended") is its own estimate, whatever
// another figure of the sentence has.
func (d *docDraft) estimateOfOther(m Mention, cs int, note string) bool {
	if note != `"estimated"` || strings.Contains(strings.ToLower(m.Text), "estimated") {
		return false
	}
	text := d.src.Text
	lower := strings.ToLower(text[m.Sentence.Start:m.Span.Start])
	i := strings.LastIndex(lower, "estimated ")
	if i < 0 {
		return false
	}
	at := m.Sentence.Start + i
	for _, o := range d.mentionsAround(m.Span.Start) {
		// "an estimated 228 million cases": the hedge is in the other
		// figure's span, or stands right before it.
		if o.Span.End <= m.Span.Start && (o.Span.Start <= at && at < o.Span.End || o.Span.Start == at+len("estimated ")) {
			return true
		}
	}
	return false
}

// placeBeforeParen returns the place a figure in parentheses follows:
// "Nigeria (25% of cases)", "Uganda (5%)".
func (d *docDraft) placeBeforeParen(m Mention) (code, name string, ok bool) {
	text := d.src.Text
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(before, "(") {
		return "", "", false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " ")
	ps := placesIn(before, 0)
	if len(ps) == 0 || ps[len(ps)-1].end != len(before) || ps[len(ps)-1].code == indicators.World {
		return "", "", false
	}
	p := ps[len(ps)-1]
	if peopleOrigin(before, 0, p) {
		return "", "", false // "the second most common nationality was Albanian (24%)"
	}
	return p.code, before[p.start:p.end], true
}

// eachPlaces returns the places a figure "(4% each)" is of: those of the
// list right before the parenthesis, back to a semicolon, colon or "as
// well as".
func (d *docDraft) eachPlaces(m Mention) []placeMention {
	text := d.src.Text
	after := strings.TrimLeft(text[m.Span.End:m.Sentence.End], " ")
	if !strings.HasPrefix(after, "each)") {
		return nil
	}
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(before, "(") {
		return nil
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " ")
	from := max(strings.LastIndexAny(before, ";:"), strings.LastIndex(before, "as well as"))
	ps := countries(placesIn(before[from+1:], m.Sentence.Start+from+1))
	if len(ps) < 2 || ps[len(ps)-1].end-m.Sentence.Start != len(before) {
		return nil
	}
	return ps
}

// listNoun returns what a list of places shares out, from the first
// item's parenthesis ("Nigeria (25% of cases)": "cases") or the words
// before the list ("More than half of all cases were in 6 countries:").
func (d *docDraft) listNoun(m Mention) string {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	if sm := listNounRe.FindStringSubmatch(sent); sm != nil {
		return sm[1]
	}
	if i := strings.IndexByte(sent, ':'); i > 0 {
		if sm := wholeNounRe.FindStringSubmatch(sent[:i]); sm != nil {
			return sm[1]
		}
	}
	return ""
}

var (
	listNounRe  = lazyRegexp(`\(\d+(?:\.\d+)?\s?(?:%|percent) of (?:all |the )?([a-z]+(?: [a-z]+)?)\)`)
	wholeNounRe = lazyRegexp(`\bof (?:all |the )?([a-z]+) (?:were|was|are|is)\b`)
)

// possessiveOf returns name with a possessive "'s".
func possessiveOf(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// listedWholeRe finds a share of a whole held by a number of places the
// sentence lists after a colon: "were in 6 countries:".
var listedWholeRe = lazyRegexp(`\bin (\d+|two|three|four|five|six|seven|eight|nine|ten) (countries|nations|places):`)

// listedWhole returns the places a share "in N countries:" is of: every
// place of the list after the colon, those after "as well as" too; n is
// the number as written.
func (d *docDraft) listedWhole(m Mention) ([]string, string, bool) {
	text := d.src.Text
	rest := text[m.Span.End:m.Sentence.End]
	loc := listedWholeRe.FindStringSubmatchIndex(rest)
	if loc == nil || strings.ContainsAny(rest[:loc[0]], ",;") {
		return nil, "", false
	}
	n := rest[loc[2]:loc[3]]
	codes := distinct(countries(placesIn(rest[loc[1]:], 0)))
	if len(codes) < 2 {
		return nil, "", false
	}
	return codes, n, true
}

// numberWords spell the small numbers a title writes in words.
var numberWords = map[string]string{"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight", "9": "nine", "10": "ten"}

// listedWholeTitle titles a share of a whole held by listed places:
// "Share of all cases in six countries".
func (d *docDraft) listedWholeTitle(m Mention, n string) string {
	text := d.src.Text
	rest := text[m.Span.End:m.Sentence.End]
	sm := listedWholeRE.FindStringSubmatch(rest)
	if sm == nil {
		return ""
	}
	if w, ok := numberWords[n]; ok {
		n = w
	}
	if _, err := strconv.Atoi(n); err == nil {
		return ""
	}
	word := "countries"
	if loc := listedWholeRe.FindStringSubmatch(rest); loc != nil {
		word = loc[2]
	}
	return "Share of " + sm[1] + " in " + n + " " + word
}

// restatesList says why a count of places "in 6 countries:" followed by
// the list of them is no claim, or "".
func (d *docDraft) restatesList(m Mention) string {
	text := d.src.Text
	if m.Unit.String() != "country" {
		return ""
	}
	after := text[m.Span.End:m.Sentence.End]
	if !strings.HasPrefix(after, ":") {
		return ""
	}
	codes := distinct(countries(placesIn(after, 0)))
	n := int(m.Quantity.Value.Float64())
	if len(codes) != n {
		return ""
	}
	return fmt.Sprintf("the number of the %d places the sentence lists after it", n)
}

// toFigureBefore reports whether another figure after "to" stands between
// m and the end of its sentence ("grew from $15 billion to $20 billion
// during 2022", "by 1 percent (about $375 million) to $37.6 billion in
// 2013"): the closing year is that figure's.
func (d *docDraft) toFigureBefore(m Mention) bool {
	text := d.src.Text
	for _, o := range d.mentionsAround(m.Span.Start) {
		if o.Span.Start >= m.Span.End && o.Span.End <= m.Sentence.End && lastWord(text[m.Span.End:o.Span.Start]) == "to" {
			return true
		}
	}
	return false
}

// closingTime returns the time that closes a sentence ("… in 2018.",
// "… in FY2023.", "… in the 2022/23 academic year."), which dates the
// sentence's figures, and its words: the last time yearsIn reads in it,
// after "in", "for" or "during", unless the words before make it a
// comparand's or a point of comparison ("the lowest since records began
// in 1971", "were both higher than in 2023"), or another time of the
// figures stands before it ("… entered insolvency in 2024, a decrease
// from the 57.2 … that entered insolvency in 2023": each its own
// clause's).
func closingTime(sent string) (indicators.Period, string, bool) {
	t := strings.TrimRight(sent, " \t\n.!")
	if t == "" || fromFigureClosingRe.MatchString(t) {
		return indicators.Period{}, "", false // "… quadrupled to 1.1 million from just 300,000 in 2008": the comparand's year
	}
	refs := timeRefsIn(t, 0)
	if len(refs) == 0 {
		return indicators.Period{}, "", false
	}
	r := refs[len(refs)-1]
	if r.role != yearPeriod || r.same || r.phrase.IsSpan() && r.phrase.From.Month == 0 || strings.TrimSpace(t[r.end:]) != "" && !closingWordsRe.MatchString(t[r.end:]) {
		// "after average annual growth of 7.0 percent in 2002-2012": a
		// span of years closes the clause of its own average; "in the
		// same quarter of 2015-16" names what the figures are compared
		// with
		return indicators.Period{}, "", false
	}
	lead := strings.Fields(strings.ToLower(t[max(0, r.phraseStart-13):r.phraseStart]))
	if len(lead) > 1 && lead[len(lead)-1] == "the" && strings.TrimSpace(t[r.end:]) != "" {
		lead = lead[:len(lead)-1] // "in the 2022 to 2023 tax year"
	}
	if len(lead) == 0 || !slices.Contains([]string{"in", "for", "during"}, lead[len(lead)-1]) {
		return indicators.Period{}, "", false
	}
	for _, o := range refs[:len(refs)-1] {
		if o.role == yearPeriod && o.period != r.period && (o.period.IsYear() || o.period.Split || o.period.Fiscal) {
			return indicators.Period{}, "", false
		}
	}
	ws := max(0, strings.LastIndex(strings.ToLower(t[:r.phraseStart]), lead[len(lead)-1]+" "))
	return r.phrase, strings.TrimSpace(t[ws:]), true
}

// closingWordsRe is what may follow the time that closes a sentence: the
// noun of a year across two ("the 2022/23 academic year", "the 2022 to
// 2023 tax year").
var closingWordsRe = lazyRegexp(`^ (?:academic|school|financial|fiscal|tax|calendar) year$`)

// targetsAside reports whether a count of targets or goals is spelled out
// by the sentence after a dash or colon ("two critical targets of the
// strategy – reducing … – will be missed"): the targets are the claims,
// their number none.
func (d *docDraft) targetsAside(m Mention) string {
	switch m.Unit.String() {
	case "target", "goal", "objective", "priority":
	default:
		return ""
	}
	rest := d.src.Text[m.Span.End:m.Sentence.End]
	if !strings.Contains(rest, " – ") && !strings.Contains(rest, " — ") && !strings.Contains(rest, ":") {
		return ""
	}
	return "the number of the " + m.Unit.String() + "s the sentence spells out, which are drafted themselves"
}

// recommendedDose says why a figure after "the recommended" is no claim:
// it defines a standard ("received the recommended 3 or more doses").
func recommendedDose(text string, m Mention) string {
	before := strings.ToLower(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " "))
	if strings.HasSuffix(before, "the recommended") {
		return "what \"the recommended\" defines, not a measured figure"
	}
	return ""
}

// targetDashRe finds a target set off by dashes: "– reducing malaria case
// incidence and death rates by at least 40% by 2020 –".
var targetDashRe = lazyRegexp(`[–—]\s*(reducing|cutting|increasing|raising|halving|ending|lowering) (.+?) by $`)

// targetObjects returns the objects of a target set off by dashes after
// "targets" and a title for each: "reducing malaria case incidence and
// death rates by at least 40%" is two targets.
func (d *docDraft) targetObjects(m Mention) ([]string, []string, bool) {
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	if !hasPhrase(strings.ToLower(before), "targets") && !hasPhrase(strings.ToLower(before), "target") {
		return nil, nil, false
	}
	sm := targetDashRe.FindStringSubmatch(before)
	if sm == nil {
		return nil, nil, false
	}
	noun := map[string]string{"reducing": "reduction in", "cutting": "cut in", "increasing": "increase in", "raising": "increase in",
		"halving": "halving of", "ending": "end of", "lowering": "reduction in"}[sm[1]]
	objs := strings.Split(sm[2], " and ")
	if len(objs) > 2 {
		objs = []string{sm[2]}
	}
	if len(objs) == 2 {
		a, b := strings.Fields(objs[0]), strings.Fields(objs[1])
		if len(a) >= 3 && len(b) < len(a) && !slices.Contains(b, a[0]) {
			// "malaria case incidence and death rates": the first word
			// goes with both.
			objs[1] = a[0] + " " + objs[1]
		}
	}
	var titles []string
	for _, o := range objs {
		titles = append(titles, "Target "+noun+" "+o)
	}
	return objs, titles, true
}

// globalTitle titles figures of the genre's sentences: "there were N X
// of Y", a count of countries "in N countries" after another figure, a
// part's share "provided by" or "contributed" by someone, a share of a
// whole that did something, and a money target named after it. why says
// what it read; t is "" when no rule applies.
func (d *docDraft) globalTitle(m Mention, cs, ce int, measure indicators.MeasureKind) (t, why string) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	rel := m.Span.Start - m.Sentence.Start
	// "there were an estimated 228 million cases of malaria".
	if sm := thereWereRe.FindStringSubmatch(strings.ToLower(sent[:rel])); sm != nil && measure == indicators.CountKind {
		if t := thereWereTitle(text, m, m.Sentence.End); t != "" {
			return t, "what there were, as the sentence names it"
		}
	}
	if m.Unit.String() == "country" && strings.HasSuffix(strings.ToLower(strings.TrimRight(sent[:rel], " ")), " in") {
		for _, o := range d.mentionsAround(m.Span.Start) {
			if o.Sentence.Start == m.Sentence.Start && o.Span.End <= m.Span.Start && o.Span.Start >= cs && o.Unit.Name != "" && o.Unit.String() != "country" {
				if pt := thereWereTitle(text, o, m.Span.Start); pt != "" {
					return "Countries with " + lowerFirst(pt), "the countries where " + strings.Join(strings.Fields(o.Text), " ") + " occur"
				}
			}
		}
	}
	if m.Unit.Kind == indicators.Money {
		if sm := moneyTargetRe.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); sm != nil {
			return capitalize(sm[1]), "what the amount is, named after it"
		}
	}
	if measure == indicators.Share {
		after := text[m.Span.End:m.Sentence.End]
		if sm := providedByRe.FindStringSubmatch(after); sm != nil {
			return shareFrom(sm[1], sm[2]), "the whole and who provides the part"
		}
		if sm := contributedRe.FindStringSubmatch(sent[:rel]); sm != nil {
			if sm2 := ofWholeRE.FindStringSubmatch(after); sm2 != nil {
				return shareFrom(sm2[1], lowerFirst(sm[1])), "the whole and who contributes the part"
			}
		}
		if t := shareDid(text, m); t != "" {
			return t, "the whole and what its part did"
		}
	}
	return "", ""
}

var (
	thereWereRe   = lazyRegexp(`\bthere (?:were|was|are|is)(?: an estimated| about| some| nearly| over| more than)?\s*$`)
	moneyTargetRe = lazyRegexp(`^\s*((?:[a-z]+ )?(?:target|goal) of (?:the )?[a-z][a-z ]+?)[.,;]`)
	providedByRe  = lazyRegexp(`^\s*of ([a-z][a-z -]+?) (?:was|were|is|are) (?:provided|contributed|given|paid|financed|funded) by ([a-z][a-z -]+?)[.,;]`)
	contributedRe = lazyRegexp(`^((?:[A-Z][a-z]+ of )?[A-Za-z][a-z -]+?) (?:contributed|provided|gave|paid)(?: about| nearly| some| over| around)?\s*$`)
)

// thereWereTitle titles what there were from the counted noun of figure
// o and the words after it up to end: "228 million cases" of "malaria in
// 89 countries" → "Malaria cases".
func thereWereTitle(text string, o Mention, end int) string {
	if o.Unit.Kind != indicators.Count {
		return ""
	}
	of := strings.Fields(o.Text)
	noun := of[len(of)-1]
	f := strings.Fields(text[o.Span.End:end])
	if len(f) < 2 || f[0] != "of" || !strings.HasPrefix(noun, o.Unit.Name[:min(len(o.Unit.Name), 3)]) {
		return ""
	}
	what := strings.Trim(f[1], ",.;:")
	if !isLowerWord(what) || titleStop[what] {
		return ""
	}
	return capitalize(what + " " + noun)
}

// shareFrom titles a part's share of a whole from who gives it: "Share of
// malaria funding from international sources".
func shareFrom(whole, from string) string {
	whole = strings.TrimPrefix(strings.TrimPrefix(whole, "total "), "all ")
	t := "Share of " + whole + " from " + from
	if utf8.RuneCountInString(t) > 64 {
		t = "Share of " + lastWord(whole) + " from " + from
	}
	return t
}

// shareDidRe finds a share of a whole that did something: "half (50%) of
// the population at risk of malaria in Africa slept under an
// insecticide-treated net"; a figure's own comma or point ("an FBI of
// over £50,000") is no end of what the part did.
var shareDidRe = lazyRegexp(`^\)?\s*of ((?:the )?[a-z][\p{L}’' -]+?) (slept|received|used|had|lived|attended|completed|owned) (.+?)(?: in (?:19|20)\d\d)?[.,;](?:\s|$)`)

// pastToIng turns the past tense of shareDidRe into a participle.
var pastToIng = map[string]string{"slept": "sleeping", "received": "receiving", "used": "using", "had": "having", "lived": "living",
	"attended": "attending", "completed": "completing", "owned": "owning"}

// shareDid titles a share of a whole that did something, shortened to 64
// characters by leaving out, in turn, the place (the entities say it), a
// definition ("the recommended 3 or more doses of"), hyphenated modifiers
// and the whole's first adjective.
func shareDid(text string, m Mention) string {
	after := text[m.Span.End:m.Sentence.End]
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, ")") {
		after = after[1:]
	}
	sm := shareDidRe.FindStringSubmatch(after)
	if sm == nil {
		// "About third (31%) of": the figure sits in a gloss.
		return ""
	}
	whole, verb, obj := sm[1], pastToIng[sm[2]], sm[3]
	if i := strings.Index(obj, ", "); i > 0 {
		obj = obj[:i]
	}
	obj = recommendedRE.ReplaceAllString(obj, "")
	build := func() string { return "Share of " + whole + " " + verb + " " + obj }
	steps := []func(){
		func() { whole = inPlaceTailRE.ReplaceAllString(whole, "") },
		func() { obj = hyphenedAdjRE.ReplaceAllString(obj, "a ") },
		func() {
			f := strings.Fields(whole)
			if len(f) >= 3 && f[0] != "the" {
				whole = strings.Join(f[1:], " ")
			}
		},
	}
	for _, step := range steps {
		if utf8.RuneCountInString(build()) <= 64 {
			break
		}
		step()
	}
	return build()
}

// notGlobalClaim says why a figure of the genre is no claim, or "": the
// number of places a list then names, the number of targets a sentence
// spells out, a standard "the recommended" defines.
func (d *docDraft) notGlobalClaim(m Mention) string {
	if why := d.restatesList(m); why != "" {
		return why
	}
	if why := d.targetsAside(m); why != "" {
		return why
	}
	return recommendedDose(d.src.Text, m)
}

// splitClaim returns the claims one drafted figure makes: one per place
// of "(4% each)", one per object of a target joined by "and"; each has
// its own title and id.
func (d *docDraft) splitClaim(m Mention, cl claim) []claim {
	var titles []string
	var ents [][]string
	var why string
	if ps := d.eachPlaces(m); len(ps) >= 2 && cl.ind.Measure == indicators.Share {
		noun := d.listNoun(m)
		for _, p := range ps {
			name := d.src.Text[p.start:p.end]
			t := possessiveOf(name) + " share"
			if noun != "" {
				t += " of " + noun
			}
			titles, ents = append(titles, t), append(ents, []string{p.code})
		}
		why = "\"each\": the figure of every place the list before it names"
	} else if _, ts, ok := d.targetObjects(m); ok && len(ts) == 2 {
		titles = ts
		for range ts {
			ents = append(ents, cl.ind.Entities)
		}
		why = "one target for each object joined by \"and\""
	}
	if len(titles) == 0 {
		return []claim{cl}
	}
	d.ids[cl.ind.ID]-- // the claim's own id goes to its first part, if its title gives it
	out := make([]claim, 0, len(titles))
	for i, t := range titles {
		c := cl
		c.fieldNotes = maps.Clone(cl.fieldNotes)
		c.notes = slices.Clone(cl.notes)
		c.ind.Title, c.fieldNotes["title"] = t, why
		declare(c.fieldNotes, "title", "title/splitClaim")
		if !slices.Equal(ents[i], cl.ind.Entities) {
			c.ind.Entities, c.ind.Counterpart, c.fieldNotes["entities"] = ents[i], "", why
			declare(c.fieldNotes, "entities", "entities/splitClaim")
			delete(c.fieldNotes, "counterpart")
		}
		c.ind.ID = d.unique(idOf(c.ind))
		c.ind.Provenance = slices.Clone(cl.ind.Provenance)
		out = append(out, c)
	}
	return out
}

// listedWholeRE matches the whole a listed share is of: "of all students were in".
var listedWholeRE = lazyRegexp(`^\s*of ((?:all |the )?[a-z]+(?: [a-z]+)?) (?:were|was|are|is) in`)

// ofWholeRE matches the whole after a contributed share: "of the total."
var ofWholeRE = lazyRegexp(`^\s*of ([a-z][a-z -]+?)[.,;]`)

// recommendedRE matches a recommended dose before what a share did: "the recommended 2 doses of ".
var recommendedRE = lazyRegexp(`^the recommended (?:\d+ )?(?:or more )?[a-z]+ of `)

// inPlaceTailRE matches a place ending a whole: " in Sierra Leone".
var inPlaceTailRE = lazyRegexp(` in [A-Z][\p{L}’' ]+$`)

// hyphenedAdjRE matches an article and a hyphened adjective: "a long-term ".
var hyphenedAdjRE = lazyRegexp(`\ban? [a-z]+-[a-z]+ `)
