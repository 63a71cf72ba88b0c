package extract

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The context of a statistical release (doc20): a release is about one
// place and is one kind of statement, and says so once — in its title,
// its publisher or byline, its first heading or its opening sentence —
// and its sentences then do not repeat it. Every figure inherits that
// context unless its own clause names a place of its own.
//
//	Construction Output for the First Quarter of 2009 … released today
//	(June 11) by the Census and Statistics Department (C&SD) → every
//	figure that names no place is Hong Kong's (HK): the publisher's place
//	TRENDS IN DUCK BREEDING POPULATIONS … U.S. Fish and Wildlife Service
//	… areas encompassed by the U.S. Fish and Wildlife (USFWS) and
//	Canadian Wildlife Services’ (CWS) … Survey → US and CA: the survey
//	area of the two national bodies the opening names
//	Department for the Economy publishes higher education statistics …
//	Enrolments at UK Higher Education Institutions: Northern Ireland
//	Analysis → GB-NIR alone: a subdivision named as the subject replaces
//	its country, which is only the frame

// A docContext is what a document says once of all its figures: the
// place they are of when they name none, and why.
type docContext struct {
	place    []string
	placeWhy string
	placeEv  evidence // the rule that found place (calib45)
	// own and ownWhy are ownCountry's answer, read once: the wording of
	// the bare "$" a release of that country writes.
	own, ownWhy string
}

// context returns the document's context, read once. A figure's place is
// the first of: its own clause's place, its lead-in's or parent's, its
// heading's (whoClaim's rules, which run before this context is asked
// for); then the release's own place — its title block, its opening —
// or its publisher's, or the place its text names most (docPlace); then
// the place of its address (addressContext);
// where only its currency names a country, that country; a text that
// names no place gets none, and says so (noPlaceClaims). A place named with one figure is never the release's:
// "London had the lowest level (6.2 days)" in a UK department's release
// is a region compared, and "the largest increase in North West England"
// a region of the UK's civil service (s29z-civilservice).
func (d *docDraft) context() *docContext {
	if d.ctx != nil {
		return d.ctx
	}
	c := &docContext{}
	d.ctx = c
	h := d.homeOfDoc()
	c.own, c.ownWhy = d.ownCountry()
	if h.code == "" && c.own != "" {
		// A government's own release about its one country (drafts37),
		// the country of its source lines or its publisher.
		h = docHome{code: c.own, why: c.ownWhy}
	}
	switch {
	case h.code != "" && h.ukOnly:
		// "Published by the Scottish Government", with figures in £: the
		// devolved publisher's nation, not the UK its currency names.
		c.place, c.placeWhy = []string{h.code}, h.why
		c.placeEv = "context#1"
		if pub, why := headBodies(d.src.Text, d.headEnd()); len(pub) == 1 && partOf(pub[0], "GB") {
			c.place, c.placeWhy = pub, why
			c.placeEv = "context#2"
		} else if addr, why := d.addressContext(); len(addr) == 1 && partOf(addr[0], "GB") {
			c.place, c.placeWhy = addr, why // www.gov.wales: the nation, not the UK of its £
			c.placeEv = "context#3"
		} else if p := d.docPlace(); p.body && partOf(p.code, "GB") {
			c.place, c.placeWhy = []string{p.code}, p.why // "the Scottish … Agency", and no other place
			c.placeEv = "context#4"
		}
		// A place named with one figure ("the largest increase in North
		// West England", s29z-civilservice; "drug seizures in England
		// and Wales", s28y-drugseizures) is that figure's, not the
		// release's: who36's reading of it as the release's place took
		// civilservice's entities from .955 to .091, unseen.
	case h.code != "":
		c.place, c.placeWhy = []string{h.code}, h.why
		c.placeEv = "context#5"
	default:
		c.place, c.placeWhy = headBodies(d.src.Text, d.headEnd())
		c.placeEv = "context#6"
	}
	if len(c.place) == 0 {
		c.place, c.placeWhy = placeBodyOf(d.src.Text[:d.headEnd()])
		c.placeEv = "context#7"
	}
	if len(c.place) == 0 && d.docPlace().code == "" {
		// The place the text names most comes first (docPlaceClaims):
		// "England" in most sentences of a gov.uk release.
		c.place, c.placeWhy = d.addressContext()
		c.placeEv = "context#8"
	}
	if len(c.place) == 0 {
		if code, host := govHostCountry(d.src.Text); code != "" {
			c.place, c.placeWhy = []string{code}, fmt.Sprintf("%s, the government whose address the release gives (%s)", codeName(code), host)
			c.placeEv = "context#9"
		}
	}
	if len(c.place) == 0 {
		c.place, c.placeWhy = namedBodyPlace(d.src.Text)
		c.placeEv = "context#10"
	}
	if len(c.place) == 1 {
		if part, why, ok := subjectPart(c.place[0], d.titleLines()); ok {
			c.place, c.placeWhy = []string{part}, c.placeWhy+"; "+why
			c.placeEv = "context#11"
		}
	}
	return c
}

// maxHead bounds, in bytes, the head of a document — its title lines,
// byline and opening paragraph — where it names its publisher.
const maxHead = 1500

// citedBefore ends the words before a body a sentence cites as its
// source, not the document's publisher: "according to the Census
// Bureau" (fix17b).
var citedBefore = lazyRegexp(`(?i)\baccording to (?:the )?$`)

// asideBody reports whether the body named at byte i of s is named aside,
// not as the document's publisher: cited as a source ("according to the
// Census Bureau", citedBefore), or as a body whose advice or announcement
// the publisher acted on (vocab.AdviceLeads earlier in its clause: "In
// response to Government and Public Health England announcements, Taxi
// and Private Hire has introduced …" is no release of England's).
func asideBody(s string, i int) bool {
	if citedBefore.MatchString(s[max(0, i-20):i]) {
		return true
	}
	clause := s[max(0, i-120):i]
	if k := strings.LastIndexAny(clause, ",.;:!?()\n"); k >= 0 {
		clause = clause[k+1:]
	}
	clause = " " + strings.ToLower(strings.Join(strings.Fields(clause), " ")) + " "
	for _, l := range vocab.AdviceLeads {
		if strings.Contains(clause, " "+l) {
			return true
		}
	}
	return false
}

// headEnd returns where the document's head ends: at the end of the
// sentence of its first figure below the title line, at most maxHead
// bytes in. A body named after that is mentioned, not the publisher
// ("A chart … compares it with data from the Australian Bureau of
// Statistics", fix17b).
func (d *docDraft) headEnd() int {
	text := d.src.Text
	end := min(len(text), maxHead)
	_, titleEnd, _ := statTitleLine(text)
	for _, m := range d.mentions {
		if m.Sentence.End > titleEnd {
			return min(end, m.Sentence.End)
		}
	}
	return end
}

// headBodies returns the places of the public bodies (publicBodies that
// speak for their country, home) the head of a text (its first end
// bytes) names, in the order first named, and why: a release's publisher
// or byline, or the bodies whose joint survey it reports, give the place
// of all its figures; a body named aside (asideBody: cited as a source,
// or whose advice the publisher acted on) gives none.
// A body's acronym counts where the text spells it out somewhere ("the
// DfI's …" in a release that writes "Department for Infrastructure
// (DfI)"), and a body's name inside a longer one's is that one's
// ("Department for Communities and Local Government").
func headBodies(text string, end int) ([]string, string) {
	head := text[:end]
	type named struct {
		at, end    int
		code, name string
	}
	var found []named
	for _, b := range publicBodies {
		if !b.home || b.code == "" {
			continue
		}
		names := append([]string{b.name}, b.also...)
		if b.short != "" && spelledOut(text, names, b.short) {
			names = append(names, b.short)
		}
		at, form := -1, ""
		for _, n := range names {
			if i := firstNamed(head, n); i >= 0 && (at < 0 || i < at) {
				at, form = i, n
			}
		}
		if at >= 0 {
			found = append(found, named{at, at + len(form), b.code, form})
		}
	}
	if len(found) == 0 {
		return nil, ""
	}
	slices.SortStableFunc(found, func(a, b named) int { return cmp.Or(a.at-b.at, b.end-a.end) })
	var codes, names []string
	outer := 0
	for _, f := range found {
		if f.end <= outer {
			continue // inside a longer body's name
		}
		outer = f.end
		if !slices.Contains(codes, f.code) {
			codes = append(codes, f.code)
			names = append(names, fmt.Sprintf("%s (%s)", f.name, f.code))
		}
	}
	return codes, "the place of the public bodies its head names: " + strings.Join(names, ", ")
}

// firstNamed returns where s first names the body n as a word, not
// aside (asideBody), or -1.
func firstNamed(s, n string) int {
	for off := 0; ; {
		k := strings.Index(s[off:], n)
		if k < 0 {
			return -1
		}
		i := off + k
		if wordEdge(s, i, i+len(n)) && !asideBody(s, i) {
			return i
		}
		off = i + len(n)
	}
}

// spelledOut reports whether text writes one of a body's names with its
// acronym in brackets after it: "Driver and Vehicle Agency (DVA)".
func spelledOut(text string, names []string, short string) bool {
	for _, n := range names {
		if strings.Contains(text, n+" ("+short+")") {
			return true
		}
	}
	return false
}

// namedBodyPlace returns the country of the public bodies (publicBodies
// that speak for their country, home) a text names again and again, in
// two places or more, when they are of one country, and why: the body
// the figures are about ("supplies … that need to be addressed by Uisce
// Éireann", named four times) gives a release that names no place its
// country; a body named once is an aside ("compares it with data from
// the Australian Bureau of Statistics", fix17b).
func namedBodyPlace(text string) ([]string, string) {
	code, name := "", ""
	for _, b := range publicBodies {
		if !b.home || b.code == "" {
			continue
		}
		n := 0
		for _, f := range append([]string{b.name}, b.also...) {
			n += strings.Count(text, f)
		}
		switch {
		case n < 2 || b.code == code:
		case code != "":
			return nil, "" // bodies of two places
		default:
			code, name = b.code, b.name
		}
	}
	if code == "" {
		return nil, ""
	}
	return []string{code}, fmt.Sprintf("no place named: %s, the place of %s, the public body the text names again and again", codeName(code), name)
}

// placeBodyOf returns the place that opens the name of a body the head
// of a text names, and why: "applications to the UK IPO", "by the
// Scottish Government", "the U.S. Census Bureau". A country's or a
// nation's name before a body's — capitalized words that hold a body word
// (bodyWords: "Taxation Office") or an acronym that ends on one's initial
// ("IPO", "EPA") — names the body's country, the place of a release whose
// figures are that body's when no sentence names one.
func placeBodyOf(head string) ([]string, string) {
	for _, p := range placesWithBodies(head, 0) {
		if p.code == "" || p.code == indicators.World || !strings.HasSuffix(head[:p.start], "the ") {
			continue
		}
		if n := bodyAfter(head[p.end:]); n != "" {
			name := head[p.start:p.end] + " " + n
			return []string{p.code}, fmt.Sprintf("%s, the place of the body its head names (%q)", codeName(p.code), name)
		}
	}
	return nil, ""
}

// bodyAfter returns the name of a body that follows a place in s (" IPO
// for trade marks" gives "IPO"), or "".
func bodyAfter(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	f := strings.Fields(s[1:min(len(s), 80)])
	var name []string
	for _, w := range f {
		w = strings.TrimRight(w, ".,;:)")
		if !isUpperWord(w) {
			break
		}
		name = append(name, w)
		if isBodyName(w) {
			return strings.Join(name, " ")
		}
		if len(name) == 1 && acronymBody(w) {
			return w
		}
	}
	return ""
}

// acronymBody reports whether w is an acronym of two to six capitals
// that ends on the initial of a body word ("IPO": Intellectual Property
// Office; "EPA": Environmental Protection Agency).
func acronymBody(w string) bool {
	if len(w) < 2 || len(w) > 6 || strings.IndexFunc(w, func(r rune) bool { return r < 'A' || r > 'Z' }) >= 0 {
		return false
	}
	for _, b := range bodyWords {
		if b[0] == w[len(w)-1] {
			return true
		}
	}
	return false
}

// govHostRe is a government's web or e-mail address in a text: a host
// under a government's second-level domain ("insolvency.gov.uk",
// "www.abs.gov.au", "dia.govt.nz", "statcan.gc.ca", "insee.gouv.fr") or
// the United States' .gov ("census.gov"), with its words before.
var govHostRe = lazyRegexp(`(?i)\b(?:[a-z0-9-]+\.)+(?:(?:gov|govt|gc|gouv|gob|go)\.[a-z]{2}|gov)\b`)

// govHostCountry returns the one country whose government's addresses
// (govHostRe) a text gives — its contact's e-mail, its web site — and the
// first such host; "" when it gives none or those of several countries.
// A release that names no country is its publisher's (docContext), and
// its publisher gives its own address.
func govHostCountry(text string) (string, string) {
	if !strings.Contains(text, ".go") {
		return "", "" // no address of a government: no regexp run
	}
	code, first := "", ""
	for _, h := range govHostRe.FindAllString(text, -1) {
		c := indicators.SourceHome(h)
		if c == "" {
			continue
		}
		if code != "" && c != code {
			return "", ""
		}
		if code == "" {
			code, first = c, h
		}
	}
	return code, first
}

// titleLines returns the document's title line and the headings in its
// head: where a release names its subject.
func (d *docDraft) titleLines() []string {
	var out []string
	if t, _, ok := statTitleLine(d.src.Text); ok {
		out = append(out, t)
	}
	for _, h := range d.heads {
		if h.at >= maxHead {
			break
		}
		out = append(out, h.text)
	}
	return out
}

// subjectPart returns the one subdivision of country that the document's
// title lines name, and why: "Enrolments at UK Higher Education
// Institutions: Northern Ireland Analysis" is about Northern Ireland, the
// UK only its frame. Lines that name two parts of the country name no one
// subject.
func subjectPart(country string, lines []string) (string, string, bool) {
	part, line := "", ""
	for _, l := range lines {
		for _, p := range placesIn(l, 0) {
			if !partOf(p.code, country) {
				continue
			}
			if part != "" && p.code != part {
				return "", "", false
			}
			part, line = p.code, l
		}
	}
	if part == "" {
		return "", "", false
	}
	return part, fmt.Sprintf("%s, the part of it the title names (%q)", part, strings.TrimSpace(line)), true
}

// partsOverWholes drops from codes a country a subdivision of which codes
// names too: a part named with its whole is the figure's place, the whole
// only its frame ("UK … Northern Ireland Analysis" → GB-NIR).
func partsOverWholes(codes []string) []string {
	if len(codes) < 2 {
		return codes
	}
	var out []string
	for _, c := range codes {
		if !slices.ContainsFunc(codes, func(o string) bool { return partOf(o, c) }) {
			out = append(out, c)
		}
	}
	return out
}

// The kind of statement a release is, said once (doc20): a release that
// labels its latest period provisional — in its head ("October 2018
// (Provisional)") or in a note line of its own ("1) Provisional data") —
// makes every figure of that period an estimate, and one that weighs its differences by a sample's error
// ("no discernible difference", "not statistically significant") states
// a sample's estimates; a figure whose own words give it a status keeps
// it.
//
//	October 2018 (Provisional) September 2018 (Final) … Production for
//	October 2018 was 0.2% lower than in September 2018 → an estimate: a
//	figure of October 2018; "September 2018 109.2" → a fact
//	There was no discernible difference in participation rates … (both
//	64%) → every figure of the release is a sample's estimate

// periodLabelRe is the label a release's head puts after a period:
// "October 2018 (Provisional)", "2023 (preliminary)", "September 2018
// (Final)".
var periodLabelRe = lazyRegexp(`(?i)^\s*\(\s*(provisional|preliminary|final)\s*\)`)

// A periodLabel is a period the head of a release labels, and the status
// its label gives the figures of that period.
type periodLabel struct {
	period indicators.Period
	status indicators.Status
	phrase string // the period as the head writes it: "October 2018"
	cue    string
}

// periodLabels returns the periods the head of text labels provisional,
// preliminary or final, but for the next release's.
func periodLabels(text string) []periodLabel {
	head := text[:min(len(text), maxHead)]
	if l := strings.ToLower(head); !strings.Contains(l, "provisional)") && !strings.Contains(l, "preliminary)") && !strings.Contains(l, "final)") {
		return nil
	}
	// "Next release: July to August 2021 (provisional)" labels the next
	// edition, not this one's figures.
	head = ownRelease(head)
	var out []periodLabel
	for _, r := range yearsIn(head, 0) {
		g := periodLabelRe.FindStringSubmatch(head[r.end:])
		if g == nil {
			continue
		}
		p := r.phrase
		if !p.IsStated() {
			p = r.period
		}
		st := indicators.Estimate
		if strings.EqualFold(g[1], "final") {
			st = indicators.Fact
		}
		phrase := head[r.phraseStart:r.end]
		out = append(out, periodLabel{period: p, status: st, phrase: phrase, cue: strings.TrimSpace(phrase + g[0])})
	}
	return out
}

// provisionalNoteRe is a note line of its own that calls a release's data
// provisional: "1) Provisional data", "* Figures are preliminary.",
// "Note: data are provisional".
var provisionalNoteRe = lazyRegexp(`(?i)^[ \t]*(?:\(?\d{1,2}\)|\*+|notes?:)?[ \t]*(?:(?:the )?(?:data|figures|results|estimates) (?:are|is) )?(provisional|preliminary)(?: data| figures| results| estimates)?\.?[ \t]*$`)

// noteLabel returns the label a note line of text gives the latest period
// of the figures of out: the release's own period is provisional, the
// earlier periods it compares with final.
func noteLabel(text string, out []claim) (periodLabel, bool) {
	g := ""
	for _, w := range []string{"rovisional", "reliminary", "ROVISIONAL", "RELIMINARY"} {
		for from := 0; g == "" && from < len(text); {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			at := from + i
			g = provisionalNoteRe.FindString(text[lineStart(text, at):lineEnd(text, at)])
			from = lineEnd(text, at) + 1
		}
	}
	if g == "" {
		return periodLabel{}, false
	}
	var latest indicators.Period
	for _, cl := range out {
		p := cl.ind.Period
		if cl.skip == "" && p.IsStated() && !p.Fiscal && (!latest.IsStated() || dateBefore(periodEnd(latest), periodEnd(p))) {
			latest = p
		}
	}
	if !latest.IsStated() {
		return periodLabel{}, false
	}
	return periodLabel{period: latest, status: indicators.Estimate, cue: strings.TrimSpace(g)}, true
}

// sampleWords are what a release says of a difference its sample can or
// cannot tell from none: the words of sampling error, which only
// estimates have.
var sampleWords = []string{"discernible difference", "statistically significant", "significantly different", "no significant difference", "sampling error", "relative standard error"}

// sampleWordsIn returns the first of sampleWords text holds, or "".
func sampleWordsIn(text string) string {
	for _, w := range sampleWords {
		if strings.Contains(text, w) {
			return w
		}
	}
	return ""
}

// contextStatus gives the figures of out that no cue word made anything
// but facts the status the release says once of its figures, the most
// precise reading first: the status of the period its head labels (or,
// with no label in its head, of its latest period when a note line calls
// its data provisional, noteLabel) when the figure is of that period (its
// period ends there) — a change that names a provisional period is
// provisional whatever it is compared with; else an estimate when the
// title or lead of a release with a reference period calls its figures
// estimates (statement; "provisional" only of the release's own
// year); else an estimate in a release that speaks of its sample's error,
// unless the figure counts registered events. It first makes estimates
// the past figures only a modal made projections (pastModalEstimates) and
// the changes that point back to an estimate (pointBackEstimates).
func (d *docDraft) contextStatus(out []claim) []claim {
	d.pastModalEstimates(out)
	d.pointBackEstimates(out)
	text := d.src.Text
	labels := periodLabels(text)
	if len(labels) == 0 {
		if l, ok := noteLabel(text, out); ok {
			labels = []periodLabel{l}
		}
	}
	title := d.statement().titled
	var ref indicators.Period
	if title == "survey" && bodiesSurvey(text) {
		title = "" // a survey of organisations counts what they keep
	}
	if title != "" {
		var ok bool
		// A title that is a survey's own release (titleNamesSurvey), or a
		// lead that gives a survey's results, says where every figure
		// comes from: a sample of people (a survey of organisations is
		// left out above), whether or not the release names its reference
		// period ("Labour Force Survey, April 2022"); any other word of
		// estimate in a title speaks for a statistics release only.
		// A title that names a measure only estimated and its period
		// ("Labour Productivity, Q1 2013") is a statistics release of it.
		t, te, _ := statTitleLine(text)
		modelled := slices.Contains(vocab.ModelledMeasures, title) && yearRe.MatchString(t) && !strings.HasSuffix(t, ".") && strings.TrimSpace(text[te:]) != ""
		if ref, _, ok = d.releaseRef(out); !ok && !(title == "survey" && titleNamesSurvey(t)) && !d.statement().surveyLead && !modelled {
			title = "" // no statistics release: a document that quotes an estimate once
		}
	}
	sample := sampleWordsIn(text)
	if len(labels) == 0 && title == "" && sample == "" {
		return out
	}
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || len(ind.Provenance) == 0 || ind.Status != indicators.Fact || !strings.HasPrefix(cl.fieldNotes["status"], "no cue word") {
			continue
		}
		if l, ok := labelOf(ind, labels); ok {
			ind.Status = l.status
			cl.fieldNotes["status"] = fmt.Sprintf("%q in the release: every figure of %s is %s", l.cue, l.period, map[bool]string{true: "final, a fact", false: "provisional, an estimate"}[l.status == indicators.Fact])
			declare(cl.fieldNotes, "status", "status/contextStatus#1")
			continue
		}
		if title != "" && !(provisionalWords[title] && lastYear(ind.Period) < lastYear(ref)) {
			// The earlier figure a provisional one is compared with is
			// final.
			ind.Status = indicators.Estimate
			cl.fieldNotes["status"] = fmt.Sprintf("%q in the release's title or lead: a release that calls its figures estimates once makes them all estimates", title)
			declare(cl.fieldNotes, "status", "status/contextStatus#2")
			continue
		}
		if sample == "" || registeredCountRe.MatchString(strings.ToLower(ind.Provenance[0].Quote)) {
			continue
		}
		ind.Status = indicators.Estimate
		cl.fieldNotes["status"] = fmt.Sprintf("%q in the release: it weighs its figures by a sample's error, so they are a sample's estimates", sample)
		declare(cl.fieldNotes, "status", "status/contextStatus#3")
	}
	return out
}

// labelOf returns the label of labels whose period the figure is of: its
// period ends where the label's does, or, for a change, its quote names a
// provisional period.
func labelOf(ind *indicators.Indicator, labels []periodLabel) (periodLabel, bool) {
	for _, l := range labels {
		if ind.Period.IsStated() && periodEnd(ind.Period) == periodEnd(l.period) ||
			ind.Measure == indicators.Change && l.status != indicators.Fact && l.phrase != "" && strings.Contains(ind.Provenance[0].Quote, l.phrase) {
			return l, true
		}
	}
	return periodLabel{}, false
}

// The cities of a release about one country (doc21): a release places its
// figures in its country once (docContext), and a figure whose clause
// names one of that country's cities — or points back with "the city" to
// the city its paragraph last named — is of the region that holds the
// city, since a city has no code of its own (indicators.Cities, the one
// table of them).
//
//	Department of Internal Affairs (NZ) … The Canterbury earthquake …
//	affected about a quarter of Christchurch’s pub gaming machine venues.
//	Expenditure in the city for the first three months of 2011 was $19
//	million → NZ-CAN, the region that holds Christchurch
//	Statistics Canada … In Toronto, employment rose by 1.2% → CA-ON
//	Australian Bureau of Statistics … Melbourne's population grew by
//	142,600 people → AU-VIC

// theCityRe is a clause's back-reference to a city named before: "in the
// city", "the city's", "this town".
var theCityRe = lazyRegexp(`\b(?:[Tt]he|[Tt]his|[Tt]hat) (?:city|town)(?:['’]s)?\b`)

// cityIn returns the first city of country that s names as a whole word,
// the region that holds it, and where its name ends; "" when s names none.
func cityIn(s, country string) (name, within string, end int) {
	at := -1
	for _, c := range indicators.Cities {
		if !strings.HasPrefix(c.Within, country+"-") {
			continue
		}
		for from := 0; ; {
			i := strings.Index(s[from:], c.Name)
			if i < 0 {
				break
			}
			i += from
			if wordEdge(s, i, i+len(c.Name)) {
				if at < 0 || i < at {
					at, name, within, end = i, c.Name, c.Within, i+len(c.Name)
				}
				break
			}
			from = i + 1
		}
	}
	return name, within, end
}

// lastCityIn returns the last city of country that s names, and the
// region that holds it.
func lastCityIn(s, country string) (name, within string) {
	for off := 0; ; {
		n, w, end := cityIn(s[off:], country)
		if n == "" {
			return name, within
		}
		name, within, off = n, w, off+end
	}
}

// cityClaim places in its region a figure whose clause names a city of
// the release's one country (docContext), else whose sentence names one
// before the clause (the last), else whose clause or sentence points back
// with "the city" to the last city its paragraph names before; never a
// figure placed elsewhere or given a counterpart.
func (d *docDraft) cityClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	c := d.context()
	if ind.Counterpart != "" || len(c.place) != 1 || len(ind.Entities) > 1 {
		return
	}
	country, _, _ := strings.Cut(c.place[0], "-")
	if len(ind.Entities) == 1 && ind.Entities[0] != country && ind.Entities[0] != c.place[0] {
		return
	}
	text := d.src.Text
	name, within, _ := cityIn(text[cs:ce], country)
	why := fmt.Sprintf("%q, a city of %s: %s, the region that holds it", name, codeName(country), within)
	if name == "" {
		// The words of its sentence before the clause: "Expenditure in
		// the city … was $19 million – $1.2 million less than …".
		from := min(cs, m.Sentence.Start)
		before := text[from:cs]
		if name, within = lastCityIn(before, country); name != "" {
			why = fmt.Sprintf("%q, the city its sentence names before it: %s, the region that holds it", name, within)
		} else {
			g := theCityRe.FindString(text[from:ce])
			if g == "" {
				return
			}
			para := strings.LastIndex(text[:from], "\n\n") + 1
			if name, within = lastCityIn(text[para:from], country); name == "" {
				return
			}
			why = fmt.Sprintf("%q, the city its paragraph names before (%s, of %s): %s, the region that holds it", g, name, codeName(country), within)
		}
	}
	ind.Entities = []string{within}
	cl.fieldNotes["entities"] = why
	declare(cl.fieldNotes, "entities", "entities/cityClaim")
}

// What a release says once of how sure its figures are, read once from
// its head (doc21): a release says in its title, a heading or its lead —
// never again — either that it reports its own period's figures before
// they are final (provisional, preliminary, advance, flash, revised or
// first estimates), so that only the figures of that period are estimates
// and the earlier ones it compares them with final; or how every one of
// its figures is measured (a survey, a sample, a model, an estimated
// measure), so that all are estimates. This is the one reader of those
// words: the rules that apply them (frameStatuses, monthlyReleaseClaim,
// marginCue) ask it.
//
//	Advance Estimates of U.S. Retail and Food Services (a heading) → the
//	release's own period's figures: "advance estimates"
//	Preliminary Official Development Assistance (ODA) Levels in 2022 (the
//	title) → of 2022: "preliminary"
//	The Quarterly Update … reports on the latest estimates → "latest
//	estimates"
//	… based on our estimate from the Annual Population Survey (APS) →
//	every figure: "from the annual population survey"
//	The Estimated Resident Population of Australia grew by 0.6 per cent
//	→ every figure: "the estimated resident population", the measure the
//	release reports named an estimate

// ownPeriodCueRe is the words of a release's head that call its own
// period's figures provisional: estimates, figures or data called so, or,
// in its title alone, the bare word (its group 1): "Preliminary Official
// Development Assistance (ODA) Levels in 2022". In a lead the bare word
// may label some months only ("final through July and preliminary from
// August-December").
var ownPeriodCueRe = lazyRegexp(`(?i)\b(?:(?:revised|provisional|preliminary|advance|flash|first|second|early|latest)(?: quarterly| monthly| annual)? estimates?|(?:advance|preliminary|provisional)(?: quarterly| monthly| annual)? (?:figures|data|results|statistics)|these estimates|(?:reports?|reporting|presents?|provides?|publishes?)\s+(?:on\s+)?(?:the\s+)?(?:updated|new)\s+estimates|estimates (?:in|for) the (?:year|quarter|period|12 months|twelve months)\b[^.:]{0,60}\b(?:were|are|show|showed)|(preliminary|provisional))\b`)

// methodCueRe is the words, lower case, of how every figure of a release
// is measured: an estimate of its own, a survey's, a sample's or a
// modelled measure's ("based on our estimate from the Annual Population
// Survey", "results from the national 2006 voluntary work survey", "the
// 2019 annual population survey found", "according to the survey of
// income and housing", "in seasonally adjusted chain volume terms",
// "statistically significant"; a census counts, and is no survey; what
// households spend, "average weekly household spending", only a sample
// of households' budgets measures), or the measure it reports named an estimate ("the
// estimated resident population"), or said to be estimated ("Traffic
// estimates, indicate only the broad level of traffic", "Population
// estimates are based on the census"; "an estimated 43.6 million" is one
// figure's hedge, not the release's measure).
var methodCueRe = lazyRegexp(`\b(?:based on|from) (?:our |the |these )?(?:\w+ )?estimates?\b|\bour estimates?\b|\bestimates? (?:from|based on) the\b|\b(?:from|in|by|of|to) the (?:[a-z0-9’'/–-]+ ){1,6}survey\b|\bthe (?:[a-z0-9’'/–-]+ ){1,6}survey,? (?:found|finds|shows?|showed|estimated|estimates|reported|reports|results)\b|\bsurvey (?:data|estimates)\b|\bseasonally adjusted chain volume\b|\bchain volume (?:terms|measures?|estimates?)\b|\bconfidence intervals?\b|\bstatistically significant\b|\bsample survey\b|\bperiod life expectancy\b|\bthe estimated [a-z]+ [a-z]+\b|\b[a-z]+ estimates,? (?:indicate|are (?:based|derived|produced|calculated|modelled|compiled))\b|\bhousehold (?:expenditure|spending|budgets?)\b|\bhouseholds spent\b`)

// allFiguresStatusRe is a sentence, lower case, that says of all a
// release's figures what they are: its subject the release's numbers,
// figures or data as a whole, its predicate provisional (group 1) or a
// survey's or an estimate's (how they are measured): "the numbers
// reported in this release are preliminary", "the data on union
// membership are collected as part of the current population survey",
// "all figures are estimates", "these figures are our best estimates";
// or a sentence whose subject is the release's estimates themselves,
// whatever it says of them: "Estimates are intended for local
// authorities to compare over time", "The estimates in this bulletin
// are subject to sampling error".
var allFiguresStatusRe = lazyRegexp(`(?:^|[.!?]\s+|\n\s*)(?:the |these |all |our )?estimates (?:(?:in|of) this (?:release|bulletin|report|publication) )?(?:are|were|should|may|can|have been)\b|\b(?:the|these|all(?: the)?) (?:numbers|figures|data|statistics|results)(?: (?:reported|published|presented|shown|given))?(?: (?:in|on|for) (?:this|these|the) (?:release|report|bulletin|publication|tables?))?(?: on [a-z -]{1,40}?)? (?:are|were) (?:(preliminary|provisional)|(?:all |our |the )?(?:best |latest |central )?estimates|estimated|(?:collected|derived|drawn|obtained|based) (?:as part of|from|on|through|in|by) (?:the |a |an )?[a-z0-9’'()\s-]{0,60}?survey)\b`)

// yearRe is a year of a title or lead.
var yearRe = lazyRegexp(`\b(?:19|20)\d\d\b`)

// A releaseStatement is what a release's head says once of how sure its
// figures are.
type releaseStatement struct {
	// own is the words that call the release's own period's
	// figures provisional (ownPeriodCueRe), "" if none; where says where
	// they stand ("the title", "the lead"), and early whether they stand
	// before the first figure (in the title, a heading or the lead's words
	// before it).
	own, where string
	early      bool
	// year is the release's own year: the title's, else the first of the
	// lead's first figure's clause; 0 if neither names one.
	year int
	// method is the words of how every figure is measured (methodCueRe),
	// "" if none; methodWhere says where they stand ("the release's
	// opening").
	method, methodWhere string
	// openYear is the latest year the head names, 0 if none.
	openYear int
	// labelled is true when the head labels its periods provisional or
	// final itself (periodLabels), which contextStatus applies.
	labelled bool
	// titled is the words of the title line that call every figure of
	// the release an estimate (releaseEstimateWords: "snapshot",
	// "provisional"), or of its lead that call them a survey's results
	// ("survey"); "" if none. A lead's one figure called "an estimated 228
	// million" is that figure's hedge, not the release's word on all its
	// figures.
	titled string
	// surveyLead is true when the lead's words of titled say the release
	// reports a survey's results ("A survey of public libraries … shows"):
	// a statistics release whatever time its lead names.
	surveyLead bool
}

// statement returns what the release's head says once of how sure its
// figures are, read once. The head runs from the top to the end of the
// sentence of the first figure in digits below the title line, at most
// maxOpening bytes; lines about the next release are left out
// (ownRelease). A document with no figure states nothing.
func (d *docDraft) statement() *releaseStatement {
	if d.stmt != nil {
		return d.stmt
	}
	s := &releaseStatement{}
	d.stmt = s
	text := d.src.Text
	t, titleEnd, ok := statTitleLine(text)
	if ok && len(t) <= maxTitleLine {
		s.titled = firstPhrase(strings.ToLower(t), releaseEstimateWords)
		if s.titled == "snapshot" && !d.textSaysEstimated() {
			s.titled = "" // a data book's snapshot reports the counts it keeps
		}
		if s.titled == "" {
			// "Labour Productivity, Q1 2013": a measure only estimated
			// (what45).
			s.titled = firstPhrase(strings.ToLower(t), vocab.ModelledMeasures)
		}
	} else if !slices.ContainsFunc(d.mentions, func(m Mention) bool { return m.Sentence.End > titleEnd }) {
		titleEnd = 0 // a text run together on one line: no title line, its first sentence leads
	}
	if s.titled == "" {
		// "Survey results released today by the Australian Bureau of
		// Statistics (ABS) also show that 12.6 million people …", "A
		// survey of public libraries conducted by the ABS shows …": the
		// title line or the first sentence below it names the survey.
		lead := text[:min(len(text), max(lineEnd(text, 0), firstSentenceEnd(text, titleEnd)), maxOpening/2)]
		if g := surveyResultsRe.FindString(lead); g != "" && !surveyOfBodies(strings.ToLower(g)) {
			s.titled, s.surveyLead = strings.ToLower(g), true
		}
	}
	s.labelled = len(periodLabels(text)) > 0
	var first Mention
	found := false
	for _, m := range d.mentions {
		if strings.ContainsAny(m.Text, "0123456789") && m.Sentence.End > titleEnd {
			first, found = m, true
			break
		}
	}
	if !found {
		return s
	}
	head := ownRelease(text[:min(len(text), maxOpening, first.Sentence.End)])
	title := strings.TrimSpace(text[:lineEnd(text, 0)])
	if len(title) > 200 {
		title = "" // a text run together on one line has no title line
	}
	switch {
	case s.labelled:
		// "October 2018 (Provisional) September 2018 (Final)": a head that
		// labels its periods says which are provisional itself
		// (contextStatus).
	case ownPeriodCueRe.MatchString(title):
		s.own, s.where, s.early = ownPeriodCueRe.FindString(title), "the title", true
	default:
		for _, g := range ownPeriodCueRe.FindAllStringSubmatchIndex(head, -1) {
			if g[2] < 0 {
				s.own, s.where, s.early = head[g[0]:g[1]], "the lead", g[0] < first.Span.Start
				break
			}
		}
	}
	if y := yearRe.FindString(title); y != "" {
		s.year, _ = strconv.Atoi(y)
	} else {
		// "Aid from official donors in 2025 fell to USD 180 billion".
		cs, ce := clauseOf(text, first)
		s.year, _ = strconv.Atoi(yearRe.FindString(text[cs:ce]))
	}
	l := strings.ToLower(joinBroken(head))
	s.method, s.methodWhere = methodWords(l), "the release's opening"
	if s.own == "" && s.method == "" && !s.labelled {
		// "The numbers reported in this release are preliminary", "The
		// data on union membership are collected as part of the Current
		// Population Survey": said once of all the figures, anywhere.
		// A sentence that denies it ("Estimates are not available for
		// Northern Ireland") says nothing of how the figures were made.
		lower := strings.ToLower(joinBroken(text))
		if g := allFiguresStatusRe.FindStringSubmatchIndex(lower); g != nil && !strings.HasPrefix(lower[g[1]:], " not ") {
			if whole := lower[g[0]:g[1]]; g[2] >= 0 {
				s.own, s.where, s.early = whole, "a sentence on all the release's figures", true
			} else {
				s.method, s.methodWhere = strings.TrimLeft(whole, ".!? \n"), "a sentence on all the release's figures"
			}
		}
	}
	for _, r := range yearsIn(l, 0) {
		s.openYear = max(s.openYear, lastYear(r.period))
	}
	return s
}

// firstSentenceEnd returns where the first sentence after at ends: its
// full stop, or its line's end.
func firstSentenceEnd(text string, at int) int {
	for at < len(text) && (text[at] == '\n' || text[at] == ' ') {
		at++
	}
	e := lineEnd(text, at)
	if i := strings.Index(text[at:e], ". "); i >= 0 {
		return at + i + 1
	}
	return e
}

// methodWords returns the words of s that say how its figures are
// measured (methodCueRe: "based on our estimate from the Annual
// Population Survey"), or "".
func methodWords(s string) string {
	l := strings.ToLower(joinBroken(s))
	if !estimateWordsIn(l) {
		return "" // none of the words methodCueRe needs: no regexp run
	}
	return methodCueRe.FindString(l)
}

// estimateWordsIn reports whether lower-cased l holds one of the words
// every match of methodCueRe needs ("estimat", "survey", "household", "seasonally",
// "chain volume", "confidence", "significant", "life "): most openings
// hold none, and the regexp, with no literal to start from, reads at
// about 3 MB/s.
func estimateWordsIn(l string) bool {
	return strings.Contains(l, "estimat") || strings.Contains(l, "survey") || strings.Contains(l, "household") || strings.Contains(l, "seasonally") ||
		strings.Contains(l, "chain volume") || strings.Contains(l, "confidence") || strings.Contains(l, "significant") || strings.Contains(l, "life ")
}
