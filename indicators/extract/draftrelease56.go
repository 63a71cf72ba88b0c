package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Who, when and where from in a statistics office's release: an
// opinion survey, a monthly sales release, a central bank's statistical
// release (drafts56):
//
//	Retail sales, Great Britain: February 2024 (the title) → every
//	figure that names no place is Great Britain's (GB-GBN)
//	… for the latest survey period 8 to 20 November 2022, based on adults
//	in Great Britain → the same, from the survey's population
//	FEDERAL RESERVE STATISTICAL RELEASE (the header) → the Federal
//	Reserve publishes, and every figure that names no place is the
//	United States'
//	… because of parts shortages that resulted from the earthquake in
//	Japan → Japan is the cause's place, not the figure's
//	When asked about the issues facing the UK today → the UK is what the
//	opinion is about, not where it was measured
//	Public opinions …: 8 to 20 November 2022 → a figure with no date of
//	its own is of 2022-11-08/2022-11-20, the survey period
//	Retail sales …: February 2024 → a figure with no date of its own is
//	of 2024-02, even when its sentence holds a year that is a base

var (
	// releasePlaceTitleRe is a statistics office's title naming its place
	// and period: "Retail sales, Great Britain: February 2024".
	releasePlaceTitleRe = lazyRegexp(`^([A-Z][^,:\n]{1,80}), ([A-Z][A-Za-z.' ]{1,40}): ([^\n]{3,60})$`)
	// basedOnRe is a survey's population: "based on adults in Great
	// Britain", "a sample of 1,018 adults … from the continental U.S.".
	basedOnRe = lazyRegexp(`\bbased on (?:a sample of )?(?:[\d,]+ )?(?:adults|people|respondents|households|individuals|businesses|firms)(?: aged [^,.;\n]{1,20}?)? (?:in|from|across|living in) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})`)
	// headerBodyRe is a national body's header line: "FEDERAL RESERVE
	// STATISTICAL RELEASE", "BUREAU OF LABOR STATISTICS".
	headerBodyRe = lazyRegexp(`(?m)^[ \t]*([A-Z][A-Z.&' ]{4,60}?)(?: (?:STATISTICAL|NEWS|PRESS) RELEASE)?[ \t\r]*$`)
	// causeBeforeRe ends the words of a cause before a place: "because of
	// parts shortages that resulted from the earthquake in".
	causeBeforeRe = lazyRegexp(`(?i)\b(?:because of|due to|owing to|resulted from|resulting from|caused by|as a result of)\b[^,;:.()]{0,80}$`)
	// opinionObjectRe ends the words naming what an opinion is about
	// before a place: "the issues facing", "views of", "confidence in".
	opinionObjectRe = lazyRegexp(`(?i)\b(?:issues?|problems?|challenges?) facing (?:the )?$|\b(?:views?|opinions?|perceptions?|attitudes?) (?:of|on|about|towards?) (?:the )?$|\b(?:confidence|trust) in (?:the )?$`)
)

// headerBodies are the national bodies a release's header line names, in
// capitals, with the name it is published under.
var headerBodies = []struct{ header, name, short, code string }{
	{"FEDERAL RESERVE", "Board of Governors of the Federal Reserve System", "Federal Reserve", "US"},
	{"BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM", "Board of Governors of the Federal Reserve System", "Federal Reserve", "US"},
	{"BUREAU OF LABOR STATISTICS", "Bureau of Labor Statistics", "BLS", "US"},
	{"BUREAU OF ECONOMIC ANALYSIS", "Bureau of Economic Analysis", "BEA", "US"},
	{"U.S. CENSUS BUREAU", "U.S. Census Bureau", "Census Bureau", "US"},
	{"CENSUS BUREAU", "U.S. Census Bureau", "Census Bureau", "US"},
	{"OFFICE FOR NATIONAL STATISTICS", "Office for National Statistics", "ONS", "GB"},
	{"STATISTICS CANADA", "Statistics Canada", "StatCan", "CA"},
	{"AUSTRALIAN BUREAU OF STATISTICS", "Australian Bureau of Statistics", "ABS", "AU"},
}

// headerIssuer returns the national body a release's header names on a
// line of its own in capitals, in its first lines (300 bytes).
func headerIssuer(text string) (issuer, bool) {
	head := text[:min(len(text), 300)]
	if !strings.Contains(head, "RELEASE") && !strings.Contains(head, "BUREAU") && !strings.Contains(head, "STATISTICS") {
		return issuer{}, false
	}
	for _, g := range headerBodyRe.FindAllStringSubmatch(head, -1) {
		for _, b := range headerBodies {
			if g[1] == b.header {
				return issuer{b.name, b.short, b.code, strings.TrimSpace(g[0]), false}, true
			}
		}
	}
	return issuer{}, false
}

// releasePlaceHome returns the place a statistics office's release is
// of: the place its title line names before its period ("Retail sales,
// Great Britain: February 2024"), or the population its survey is based
// on ("based on adults in Great Britain", in its opening).
func releasePlaceHome(text string) (docHome, bool) {
	if t, _, ok := statTitleLine(text); ok {
		if g := releasePlaceTitleRe.FindStringSubmatch(t); g != nil && strings.ContainsAny(g[3], "0123456789") {
			if ps := placesIn(g[2], 0); len(ps) == 1 && isCountry(ps[0].code) && ps[0].start == 0 && ps[0].end == len(g[2]) {
				return docHome{code: ps[0].code, why: fmt.Sprintf("the place the release's title names (%q)", t)}, true
			}
		}
	}
	head := text[:min(len(text), 1500)]
	if !strings.Contains(head, "based on") {
		return docHome{}, false
	}
	if g := basedOnRe.FindStringSubmatch(head); g != nil {
		if ps := placesIn(g[1], 0); len(ps) == 1 && isCountry(ps[0].code) && ps[0].start == 0 {
			return docHome{code: ps[0].code, why: fmt.Sprintf("the population the survey is based on (%q)", g[0])}, true
		}
	}
	return docHome{}, false
}

// notFigurePlace reports whether the place at byte at of a sentence that
// starts at sentStart is no party of its figures: a cause's place
// ("because of … the earthquake in Japan") or what an opinion is about
// ("the issues facing the UK").
func notFigurePlace(text string, sentStart, at int) bool {
	before := text[max(sentStart, at-120):at]
	return causeBeforeRe.MatchString(before) || opinionObjectRe.MatchString(before)
}

// withoutCausePlaces returns ps without the places notFigurePlace
// rejects; ps itself when it rejects none.
func withoutCausePlaces(text string, sentStart int, ps []placeMention) []placeMention {
	var out []placeMention
	for i, p := range ps {
		if notFigurePlace(text, sentStart, p.start) {
			if out == nil {
				out = append(make([]placeMention, 0, len(ps)), ps[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

var (
	// daySpanRe is a span of days: "8 to 20 November 2022", "31 August to
	// 11 September 2022", "19-29 September 2015".
	daySpanRe = lazyRegexp(`\b(\d{1,2})(?: ` + monthNameRe + `)? ?(?:to|–|-) ?(\d{1,2}) ` + monthNameRe + `,? ((?:19|20)\d\d)\b`)
	// surveySpanCueRe ends the words that give a survey's period before a
	// span of days: "the latest survey period", "Fieldwork:", "conducted".
	surveySpanCueRe = lazyRegexp(`(?i)(?:\bsurvey period|\bfieldwork:?|\bconducted(?: between| from| on)?|\bsurvey (?:was )?carried out(?: between| from)?|^)\s*$`)
	// firstAskedRe ends the words of a period a change is measured from:
	// "since we first started asking about this in the period".
	firstAskedRe = lazyRegexp(`(?i)\b(?:since|first)\b[^.;]{0,60}$`)
)

// surveySpan returns the survey period a release states once for all its
// figures: a span of days at the end of its title line, or after "survey
// period", "Fieldwork" or "conducted" in its opening (2,000 bytes).
func (d *docDraft) surveySpan() (indicators.Period, string) {
	if d.survey.read {
		return d.survey.p, d.survey.why
	}
	d.survey.read = true
	text := d.src.Text
	head := text[:min(len(text), 2000)]
	for _, g := range daySpanRe.FindAllStringSubmatchIndex(head, -1) {
		ls := strings.LastIndexByte(head[:g[0]], '\n') + 1
		before := head[ls:g[0]]
		le := strings.IndexByte(head[g[1]:], '\n')
		if le < 0 {
			le = len(head) - g[1]
		}
		after := strings.TrimSpace(head[g[1] : g[1]+le])
		title := ls == 0 && strings.HasSuffix(strings.TrimSpace(before), ":") && after == ""
		if !title && (!surveySpanCueRe.MatchString(strings.TrimRight(before, " ")) || before == "" || firstAskedRe.MatchString(before)) {
			continue
		}
		y, _ := strconv.Atoi(head[g[10]:g[11]])
		mTo := time.Month(monthNumber(head[g[8]:g[9]]))
		mFrom := mTo
		if g[4] >= 0 {
			mFrom = time.Month(monthNumber(head[g[4]:g[5]]))
		}
		d1, _ := strconv.Atoi(head[g[2]:g[3]])
		d2, _ := strconv.Atoi(head[g[6]:g[7]])
		yFrom := y
		if mFrom > mTo {
			yFrom--
		}
		p := indicators.Period{From: indicators.Date{Year: yFrom, Month: mFrom, Day: d1}, To: indicators.Date{Year: y, Month: mTo, Day: d2}}
		if _, err := indicators.ParsePeriod(p.String()); err != nil || !p.IsSpan() {
			continue
		}
		where := "the survey period the release states once"
		if title {
			where = "the survey period of the release's title"
		}
		d.survey.p, d.survey.why = p, fmt.Sprintf("no date of its own: %s (%q)", where, head[g[0]:g[1]])
		break
	}
	return d.survey.p, d.survey.why
}

// A surveyCache is surveySpan's answer, read once.
type surveyCache struct {
	read bool
	p    indicators.Period
	why  string
}

// surveyClaim dates a figure with no date of its own by the survey period
// its release states once.
func (d *docDraft) surveyClaim(cl *claim) {
	if cl.ind.Period.IsStated() {
		return
	}
	if p, why := d.surveySpan(); p.IsStated() {
		cl.ind.Period, cl.fieldNotes["period"] = p, why
	}
}

// partyPlacesAt returns the places between from and to of a sentence
// that may be its figures' parties: not in a list the document gives
// (unlisted), not a cause's place nor what an opinion is about
// (notFigurePlace).
func (d *docDraft) partyPlacesAt(text string, sentStart, from, to int) []placeMention {
	return withoutCausePlaces(text, sentStart, d.unlisted(d.placesAt(text, sentStart, from, to)))
}
