package extract

// The grid of the genre's plain sentences (grid22). Statistical releases,
// bulletins and fact sheets state a figure in a few canonical forms, and a
// reader that fails on the plainest form of one fails on every document
// that uses it: "In December 2021, there were 46,560,452 registrations."
// drafted period: not stated while "There were 46,560,452 registrations
// in December 2021." drafted 2021-12 (fixed in f06ee38). The readers were
// tuned to documents; this grid tests the forms as a set. Each template
// below is one form of the genre, crossed with fillers: the times
// releases count over or at (gridTimes), the people and things they count
// (gridNouns) and the places they are about (gridPlaces). Each case
// asserts the fields its sentence settles, and only those.
//
// The templates, what each is of the genre, and who writes it (pages read
// with the search tool, corpus pages):
//
//	lead-there-were  "In TIME, there were N NOUNS." A time opening the
//	                 sentence as the frame of its count: DfE, Schools,
//	                 pupils and their characteristics (January 2019: "In
//	                 January 2019, for all school types, 15.4% of pupils
//	                 were eligible …"); Statistics Canada, The Daily (20
//	                 December 2022: "In October, Canada's major and select
//	                 small airports recorded a total of 482,359 aircraft
//	                 movements").
//	there-were       "There were N NOUNS in TIME." The existential count
//	                 with its time last: ONS, Births in England and Wales
//	                 2013 ("There were 698,512 live births in England and
//	                 Wales in 2013"); BLS, JOLTS ("There were 2.9 million
//	                 job openings on the last day of September"); ONS crime
//	                 figures as reported ("There were 909,504 domestic
//	                 abuse-related offences recorded in 2021/22").
//	passive          "N NOUNS were recorded in TIME." The count as the
//	                 subject of a verb of counting: ONS, Crime in England
//	                 and Wales, year ending March 2023 ("The 6.7 million
//	                 crimes recorded were 11% higher …"); Statistics Canada
//	                 as reported ("1.8 billion cigarettes were manufactured
//	                 in Canada during the month of September").
//	number-was       "The number of NOUNS was N in TIME." BLS, JOLTS ("The
//	                 number of hires was little changed at 5.4 million in
//	                 August"); CSO, Quarterly National Household Survey Q3
//	                 2013 ("The number of persons not in the labour force in
//	                 Q3 2013 was 1,410,700").
//	change-to        "The number of NOUNS rose by N (P%) to M in TIME,
//	                 compared with BASE." A change, its relative size in
//	                 parentheses and the level it ends at: CSO, QNHS Q4 2015
//	                 ("Unemployment decreased by 26,100 (-12.2%) in the
//	                 year to Q4 2015 bringing the total number of persons
//	                 unemployed to 187,500"); Statistics Canada ("an
//	                 increase of 362,453 people (+0.9%) from July 1, 2022");
//	                 Eurostat, road fatalities 2022 ("the total number of
//	                 road fatalities in the EU rose to 20 889, up 3.6%
//	                 compared with 2021"); ONS crime ("a 13% increase
//	                 compared with the year ending March 2022").
//	between          "NOUNS increased by P% between T0 and T1." CSO as
//	                 reported ("Fish landings by Irish vessels … decreased
//	                 by 5% between 2020 and 2021"); Statistics Canada ("The
//	                 number of motor vehicle registrations … increased by
//	                 42% from 17.9 million in 2000 to 25.4 million in 2019").
//	up-on            "There were N NOUNS in TIME, up P% on BASE." A level
//	                 and its change on a base in one clause: ONS crime as
//	                 reported ("… offences recorded in 2021/22, up 8% on
//	                 2020/21"); Statistics Canada ("US residents made 2.0
//	                 million trips to Canada in April, down 4.0% from
//	                 March").
//	in-place         "In PLACE, there were N NOUNS in TIME." and "There were
//	                 N NOUNS in PLACE in TIME." A place framing or ending
//	                 the count: Statistics Canada ("In Canada, physical
//	                 distancing measures …"); ONS births (above).
//	place-possessive "PLACE's N NOUNS were counted in TIME." Productivity
//	                 Commission, Report on Government Services 2023 ("More
//	                 than three-quarters of Australia's 25.7 million people
//	                 lived in the eastern mainland states as at 30 June
//	                 2021").
//	share-of         "P% of NOUNS were … in TIME." A share of a counted
//	                 whole: DfE (above, "15.4% of pupils were eligible");
//	                 Productivity Commission ("11.9 per cent of Australia's
//	                 population was aged 70 years or over").
//	estimated        "An estimated N NOUNS …" A survey's estimate: ONS
//	                 crime ("total crime decreased by 10% (to an estimated
//	                 8.4 million offences)").
//	hedged           "Around/More than/Nearly N NOUNS were recorded in
//	                 TIME." The document's own hedge: ONS as reported
//	                 ("More than six million crimes were recorded in the
//	                 year to March 2022"); Eurostat ("around 6 200 deaths
//	                 above the baseline"); CSO ("up almost 33%").
//	per-population   "There were N NOUNS per 100,000 population in TIME."
//	                 Eurostat ("there were 46 road fatalities per million
//	                 inhabitants in 2022").
//	noun-rate        "The NOUN rate was N per 1,000 population in TIME." A
//	                 rate named by what it counts: BLS, JOLTS ("The hires
//	                 rate was 3.7 percent"); ONS, Births in England and
//	                 Wales 2013 ("the stillbirth rate fell to 4.7 per
//	                 thousand total births").
//	rate-was         "There were M NOUNS in TIME. The rate was N per 1,000
//	                 population." A rate in the sentence after its count,
//	                 pointing back to it: BLS, JOLTS ("The number of hires
//	                 was little changed at 5.4 million in August. The hires
//	                 rate was 3.7 percent.", the noun written again there;
//	                 known to fail: gridKnown).
//	heading-line     "TIME: N NOUNS" A line of its own under a heading, as
//	                 headline boxes write it: DfE explore-education
//	                 ("Headline facts and figures - 2022/23"); CSO QNHS's
//	                 headline table ("Employed 1,983,000 +44,100").
//	leadin-bullet    "In TIME:" then "• N NOUNS were recorded": ONS crime
//	                 ("… estimates for individual crime types showed
//	                 that:" then "• criminal damage decreased by 33%");
//	                 CSO QNHS ("Summary points for Q4 2015" then bullets).
//
// Each case asserts period, base, unit, entities, qualifier, status and a
// title holding the noun; measure where the sentence settles it (events
// over a span of time are a flow, people or things at a date a stock, a
// share, a change, a rate a level); the period of a stock over a year
// ending in a month only where the sentence states it as held (the month
// it ends in: endingAt.periodOf). The fillers' periods are written as the
// dev hand catalogs write them: "2021-22" is 2021/22, "as at 30 June
// 2023" the day.
//
// A case that fails and could not be fixed stays in the table with its
// reason (gridKnown): it is counted and reported, never skipped; a known
// failure that passes fails the test, so that the table is kept true.
// GRID_REPORT=1 prints the pass rate per field and per template.

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A gridTime is one way releases write when a figure holds.
type gridTime struct {
	in     string // as a clause's time: "in December 2021", "as at 30 June 2023"
	bare   string // as a noun phrase: "December 2021", "30 June 2023"
	period string // the period it settles
	prev   string // the same time a year before, as a noun phrase ("" none)
	base   string // prev's period, or "not stated"
	point  bool   // a date: people or things present then are a stock
	// atEnd and atEndBase are the period and base of a stock, a level
	// and the change of a stock read over a year ending in a month: the
	// month it ends in (endingAt.periodOf: "In the year to August 2022: …
	// 1.7 million claimants" is 2022-08); "" when they are period's and
	// base's.
	atEnd, atEndBase string
}

var gridTimes = []gridTime{
	{"in 2022", "2022", "2022", "2021", "2021", false, "", ""},
	{"in December 2021", "December 2021", "2021-12", "December 2020", "2020-12", false, "", ""},
	{"in the year ending March 2023", "the year ending March 2023", "2022-04/2023-03", "the year ending March 2022", "2021-04/2022-03", false, "2023-03", "2022-03"},
	{"in Q3 2022", "Q3 2022", "2022-Q3", "Q3 2021", "2021-Q3", false, "", ""},
	{"in July to September 2022", "July to September 2022", "2022-Q3", "July to September 2021", "2021-Q3", false, "", ""},
	{"in 2021/22", "2021/22", "2021/22", "2020/21", "2020/21", false, "", ""},
	{"in 2021-22", "2021-22", "2021/22", "2020-21", "2020/21", false, "", ""},
	{"in 2021–22", "2021–22", "2021/22", "2020–21", "2020/21", false, "", ""},
	{"in the 2022/23 academic year", "the 2022/23 academic year", "2022/23", "the 2021/22 academic year", "2021/22", false, "", ""},
	{"in FY2023", "FY2023", "FY2023", "FY2022", "FY2022", false, "", ""},
	{"on 31 March 2022", "31 March 2022", "2022-03-31", "31 March 2021", "2021-03-31", true, "", ""},
	{"as at 30 June 2023", "30 June 2023", "2023-06-30", "30 June 2022", "2022-06-30", true, "", ""},
	{"in the latest quarter", "the latest quarter", "not stated", "the previous quarter", "not stated", false, "", ""},
}

// A gridNoun is what a release counts.
type gridNoun struct {
	plural string // "registrations"
	unit   string // the unit it drafts: "registration"
	word   string // what a title holding it holds: "registration"
	event  bool   // counted over a period (a flow), else present at a time (a stock)
	verb   string // a participle of counting it: "recorded"
	share  string // what a share of them were: "made online"
}

var gridNouns = []gridNoun{
	// Registrations are entries on a register, held at a date, as the dev
	// kinds' hands write them (elections, schools: 12 of 12 claims); new
	// ones registered over a span are a flow by their verb (measure20).
	{"registrations", "registration", "registration", false, "recorded", "made online"},
	{"diagnoses", "diagnosis", "diagnos", true, "made", "made at an early stage"},
	{"students", "student", "student", false, "enrolled", "studying part-time"},
	{"offences", "offence", "offence", true, "recorded", "flagged as domestic abuse"},
	{"households", "household", "household", false, "counted", "renting privately"},
	{"businesses", "business", "business", false, "registered", "exporters"},
	{"vacancies", "vacancy", "vacanc", false, "reported", "in health and social work"},
	{"patients", "patient", "patient", false, "waiting", "waiting more than 18 weeks"},
	{"applications", "application", "application", true, "received", "approved"},
	{"tonnes of waste", "t", "waste", true, "collected", ""},
}

// A gridPlace is a place a release is about, and its entity code.
type gridPlace struct{ name, code string }

var gridPlaces = []gridPlace{
	{"France", "FR"}, {"Scotland", "GB-SCT"}, {"Texas", "US-TX"}, {"Canada", "CA"},
	{"Wales", "GB-WLS"}, {"California", "US-CA"}, {"Europe", "150"}, {"Ireland", "IE"},
	{"Northern Ireland", "GB-NIR"}, {"Ontario", "CA-ON"}, {"England", "GB-ENG"}, {"New South Wales", "AU-NSW"},
	{"the EU", "EU"}, {"Sub-Saharan Africa", "202"},
}

// A gridCase is one sentence of a template with its fillers and the
// fields it settles of the figure it states.
type gridCase struct {
	template string
	name     string
	text     string
	figure   string // the figure's number as written: "46,560,452"
	want     map[string]string
	known    string // why a field fails, when it could not be fixed ("" for none)
}

// gridHead opens every case's document: a release's title and a heading
// that names no time, place or figure.
const gridHead = "Statistical release\n\nMain points\n\n"

// gridNumbers are the figures the cases write, none of them a year.
var gridNumbers = []string{"46,560", "12,345", "1,234", "987,654", "3,210", "58,200", "7,045", "264,300", "19,870", "1.2 million", "805,000", "4,416"}

func gridNumber(i int) string { return gridNumbers[i%len(gridNumbers)] }

// figureNumber returns the number of a figure as the draft's Stated
// begins with it: "1.2 million" → "1.2".
func figureNumber(n string) string { f, _, _ := strings.Cut(n, " "); return f }

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// levelMeasure is the measure a count of noun at time settles: a flow of
// events over a period, a stock of people or things at a date; "" (not
// asserted) where the sentence leaves it open.
func levelMeasure(tm gridTime, n gridNoun) string {
	switch {
	case n.event && !tm.point && tm.period != "not stated":
		return "flow"
	case !n.event && tm.point:
		return "stock"
	}
	return ""
}

// levelWant returns the fields a plain count of noun at time settles;
// held says the sentence states the count as held ("there were", "the
// number of … was"), not as counted by a verb ("were reported").
func levelWant(tm gridTime, n gridNoun, entities, qualifier, status string, held bool) map[string]string {
	w := map[string]string{"period": tm.period, "base": "not stated", "unit": n.unit, "entities": entities,
		"qualifier": qualifier, "status": status, "title": n.word}
	switch {
	case !n.event && tm.atEnd != "" && held:
		w["period"] = tm.atEnd // a stock held over a year ending in a month is of the month
	case !n.event && tm.atEnd != "":
		delete(w, "period") // "2,400 vacancies were reported in the year ending March 2023": the twelve months or their last, the sentence does not say
	}
	if m := levelMeasure(tm, n); m != "" {
		w["measure"] = m
	}
	return w
}

// gridCount returns the noun with its number: "46,560 registrations",
// "46,560 tonnes of waste".
func gridCount(num string, n gridNoun) string { return num + " " + n.plural }

type gridTemplate struct {
	id    string
	cases func(i int, tm gridTime, n gridNoun, p gridPlace) []gridCase
}

// upOnChange is the change "up P% on BASE" after a count of noun at tm.
func upOnChange(tm gridTime, n gridNoun) map[string]string {
	w := map[string]string{"period": tm.period, "base": tm.base, "unit": "percent",
		"entities": "", "measure": "change", "qualifier": "exact", "status": "fact", "title": n.word}
	if !n.event && tm.atEnd != "" {
		w["period"], w["base"] = tm.atEnd, tm.atEndBase
	}
	return w
}

// rateWant is the fields of a rate of noun at tm, unit its unit: a level,
// of the month a year ending in a month ends in.
func rateWant(tm gridTime, n gridNoun, unit string) map[string]string {
	w := map[string]string{"period": tm.period, "base": "not stated", "unit": unit, "entities": "",
		"measure": "level", "qualifier": "exact", "status": "fact", "title": n.word}
	if tm.atEnd != "" {
		w["period"] = tm.atEnd
	}
	return w
}

var gridTemplates = []gridTemplate{
	{"lead-there-were", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: capFirst(tm.in) + ", there were " + gridCount(num, n) + ".", figure: num,
			want: levelWant(tm, n, "", "exact", "fact", true)}}
	}},
	{"there-were", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: "There were " + gridCount(num, n) + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, "", "exact", "fact", true)}}
	}},
	{"passive", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: capFirst(gridCount(num, n)) + " were " + n.verb + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, "", "exact", "fact", false)}}
	}},
	{"number-was", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if n.unit == "t" {
			return nil // "the number of tonnes of waste" is no release's
		}
		num := gridNumber(i)
		return []gridCase{{text: "The number of " + n.plural + " was " + num + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, "", "exact", "fact", true)}}
	}},
	{"change-to", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if n.unit == "t" {
			return nil
		}
		by, to := gridNumber(i+3), gridNumber(i)
		if strings.Contains(by, "million") || strings.Contains(to, "million") {
			by, to = "5,120", "124,800"
		}
		verb := []string{"rose", "fell", "increased", "decreased"}[i%4]
		pct := fmt.Sprintf("%d.%d%%", 1+i%9, i%10)
		text := "The number of " + n.plural + " " + verb + " by " + by + " (" + pct + ") to " + to + " " + tm.in + ", compared with " + tm.prev + "."
		change := func(unit string) map[string]string {
			w := map[string]string{"period": tm.period, "base": tm.base, "unit": unit, "entities": "", "measure": "change",
				"qualifier": "exact", "status": "fact", "title": n.word}
			if !n.event && tm.atEnd != "" {
				w["period"], w["base"] = tm.atEnd, tm.atEndBase // the change of a stock over a year ending in a month
			}
			return w
		}
		return []gridCase{
			{name: "change", text: text, figure: by, want: change(n.unit)},
			{name: "percent", text: text, figure: pct, want: change("percent")},
			{name: "level", text: text, figure: to, want: levelWant(tm, n, "", "exact", "fact", true)},
		}
	}},
	{"between", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if tm.base == "not stated" || n.unit == "t" {
			return nil // "between the previous quarter and the latest quarter" is no release's
		}
		verb := []string{"increased", "decreased", "rose", "fell"}[i%4]
		pct := fmt.Sprintf("%d%%", 3+i%17)
		return []gridCase{{text: capFirst(n.plural) + " " + verb + " by " + pct + " between " + tm.prev + " and " + tm.bare + ".", figure: pct,
			want: map[string]string{"period": tm.period, "base": tm.base, "unit": "percent", "entities": "", "measure": "change",
				"qualifier": "exact", "status": "fact", "title": n.word}}}
	}},
	{"up-on", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		way := []string{"up", "down"}[i%2]
		pct := fmt.Sprintf("%d.%d%%", 2+i%7, 1+i%9)
		text := "There were " + gridCount(num, n) + " " + tm.in + ", " + way + " " + pct + " on " + tm.prev + "."
		return []gridCase{
			{name: "level", text: text, figure: num, want: levelWant(tm, n, "", "exact", "fact", true)},
			{name: "change", text: text, figure: pct, want: upOnChange(tm, n)},
		}
	}},
	{"in-place", func(i int, tm gridTime, n gridNoun, p gridPlace) []gridCase {
		num := gridNumber(i)
		if i%2 == 0 {
			return []gridCase{{name: "lead", text: "In " + p.name + ", there were " + gridCount(num, n) + " " + tm.in + ".", figure: num,
				want: levelWant(tm, n, p.code, "exact", "fact", true)}}
		}
		return []gridCase{{name: "after", text: "There were " + gridCount(num, n) + " in " + p.name + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, p.code, "exact", "fact", true)}}
	}},
	{"place-possessive", func(i int, tm gridTime, n gridNoun, p gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: capFirst(p.name) + "'s " + gridCount(num, n) + " were " + n.verb + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, p.code, "exact", "fact", false)}}
	}},
	{"share-of", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if n.share == "" {
			return nil
		}
		pct := fmt.Sprintf("%d%%", 11+(i*7)%80)
		return []gridCase{{text: pct + " of " + n.plural + " were " + n.share + " " + tm.in + ".", figure: pct,
			want: map[string]string{"period": tm.period, "base": "not stated", "unit": "percent", "entities": "", "measure": "share",
				"qualifier": "exact", "status": "fact", "title": n.word}}}
	}},
	{"estimated", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: "An estimated " + gridCount(num, n) + " were " + n.verb + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, "", "approx", "estimate", false)}}
	}},
	{"hedged", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		hedges := []struct{ word, q string }{{"Around", "approx"}, {"More than", "more_than"}, {"Nearly", "nearly"}, {"About", "approx"}, {"Over", "more_than"}, {"Almost", "nearly"}}
		h := hedges[i%len(hedges)]
		return []gridCase{{name: strings.ToLower(h.word), text: h.word + " " + gridCount(num, n) + " were " + n.verb + " " + tm.in + ".", figure: num,
			want: levelWant(tm, n, "", h.q, "fact", false)}}
	}},
	{"per-population", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if n.unit == "t" {
			return nil
		}
		num := fmt.Sprintf("%d.%d", 10+i%90, i%10)
		return []gridCase{{text: "There were " + num + " " + n.plural + " per 100,000 population " + tm.in + ".", figure: num,
			want: rateWant(tm, n, n.unit+" per 100,000 population")}}
	}},
	{"noun-rate", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if n.unit == "t" {
			return nil
		}
		rate := fmt.Sprintf("%d.%d", 2+i%9, 1+i%8)
		return []gridCase{{text: "The " + n.unit + " rate was " + rate + " per 1,000 population " + tm.in + ".", figure: rate,
			want: rateWant(tm, n, n.unit+" per 1,000 population")}}
	}},
	{"rate-was", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		if n.unit == "t" {
			return nil
		}
		num, rate := gridNumber(i), fmt.Sprintf("%d.%d", 1+i%9, 1+i%8)
		return []gridCase{{text: "There were " + gridCount(num, n) + " " + tm.in + ". The rate was " + rate + " per 1,000 population.", figure: rate,
			want: rateWant(tm, n, n.unit+" per 1,000 population")}}
	}},
	{"heading-line", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: capFirst(tm.bare) + ": " + gridCount(num, n), figure: num,
			want: levelWant(tm, n, "", "exact", "fact", true)}}
	}},
	{"leadin-bullet", func(i int, tm gridTime, n gridNoun, _ gridPlace) []gridCase {
		num := gridNumber(i)
		return []gridCase{{text: capFirst(tm.in) + ":\n\n• " + gridCount(num, n) + " were " + n.verb + "\n• other figures were published", figure: num,
			want: levelWant(tm, n, "", "exact", "fact", false)}}
	}},
}

// gridCases crosses each template with every time, two nouns a time and a
// place, turning through the fillers so that each template meets each.
func gridCases() []gridCase {
	var all []gridCase
	for ti, tpl := range gridTemplates {
		k := 0
		for mi, tm := range gridTimes {
			for j := 0; j < 2; j++ {
				n := gridNouns[(mi*2+j+ti)%len(gridNouns)]
				p := gridPlaces[(mi*2+j+ti*3)%len(gridPlaces)]
				for _, c := range tpl.cases(k, tm, n, p) {
					c.template = tpl.id
					name := tpl.id + "/" + tm.bare + "/" + n.plural
					if c.name != "" {
						name += "/" + c.name
					}
					if c.want["entities"] != "" {
						name += "/" + p.name
					}
					c.name = name
					c.known = gridKnownOf(c)
					all = append(all, c)
				}
				k++
			}
		}
	}
	return all
}

// gridKnown are the failures that stay, each with its reason: a case
// whose name holds every key's words fails the field named.
var gridKnown = []struct {
	match  []string // the words of the case's name
	field  string
	reason string
}{
	// "There were 46,560 offences in 2022. The rate was 4.5 per 1,000
	// population.": a rate whose clause names no noun points back to the
	// count before it, its noun and its time; no reader follows "The
	// rate" back (no dev document writes the form: the genre's own
	// "The offence rate was …" is noun-rate, which passes).
	{[]string{"rate-was/"}, "unit", "\"The rate was N per 1,000 population\" points back to the count before it for what it counts: no reader follows it"},
	{[]string{"rate-was/"}, "title", "\"The rate\" names no noun; the count before it does: no reader follows it"},
	{[]string{"rate-was/2022/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/2021/22/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/2021-22/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/2021–22/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/the 2022/23 academic year/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/FY2023/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/31 March 2022/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/30 June 2023/"}, "period", "the time is the sentence before's; a rate of no time of its own does not take it"},
	{[]string{"rate-was/July to September 2022/offences"}, "measure", "the rate takes the measure of the count before it (a flow), carried with the quarter: no reader makes \"The rate was N per …\" a level of its own"},
	// Registrations held over a year ending in a month (measure20 reads
	// them as a register, as the dev kinds' hands do): the period reader
	// gives a held count of the twelve months no month of its own when
	// its noun was an event's; it keeps the span.
	{[]string{"up-on/the year ending March 2023/registrations/change"}, "period", "registrations held: the period reader keeps the twelve months of \"in the year ending March 2023\", not its last month"},
	{[]string{"up-on/the year ending March 2023/registrations/change"}, "base", "registrations held: the base keeps the twelve months of \"on the year ending March 2022\", not its last month"},
	{[]string{"heading-line/the year ending March 2023/registrations"}, "period", "registrations held: the period reader keeps the twelve months of a heading line's \"The year ending March 2023:\", not its last month"},
}

// gridKnownOf returns the reasons a case is known to fail, field by
// field ("field: reason; …"), or "".
func gridKnownOf(c gridCase) string {
	var rs []string
	for _, k := range gridKnown {
		ok := true
		for _, m := range k.match {
			if !strings.Contains(c.name, m) {
				ok = false
			}
		}
		if ok {
			rs = append(rs, k.field+": "+k.reason)
		}
	}
	return strings.Join(rs, "; ")
}

// gridDraft returns the drafted fields of the case's figure: the first
// claim drafted whose Stated holds its number, and its quote.
func gridDraft(c gridCase) (map[string]string, []string) {
	text := gridHead + c.text + "\n"
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var all []string
	num := figureNumber(c.figure)
	for _, cl := range d.claims() {
		all = append(all, cl.ind.Stated+cl.skip)
		if cl.skip != "" || !containsNumber(cl.ind.Stated, num) {
			continue
		}
		ind := cl.ind
		ents := slices.Clone(ind.Entities)
		sort.Strings(ents)
		got := map[string]string{
			"period": periodMeaning(ind.Period), "base": periodMeaning(ind.Base), "unit": ind.Unit.String(),
			"entities": strings.Join(ents, ",") + counterpartSuffix(ind.Counterpart), "measure": ind.Measure.String(),
			"qualifier": ind.Quantity.Qualifier.String(), "status": ind.Status.String(),
			"title": ind.Title, "quote": ind.Provenance[0].Quote,
		}
		return got, nil
	}
	return nil, all
}

func counterpartSuffix(c string) string {
	if c == "" {
		return ""
	}
	return "/" + c
}

// containsNumber reports whether stated writes num as a whole number, not
// as part of a longer one ("1,234" is not in "11,234").
func containsNumber(stated, num string) bool {
	for i := 0; ; {
		j := strings.Index(stated[i:], num)
		if j < 0 {
			return false
		}
		j += i
		before := j == 0 || !strings.ContainsRune("0123456789.,", rune(stated[j-1]))
		end := j + len(num)
		after := end == len(stated) || !(stated[end] >= '0' && stated[end] <= '9') && !(end+1 < len(stated) && (stated[end] == '.' || stated[end] == ',') && stated[end+1] >= '0' && stated[end+1] <= '9')
		if before && after {
			return true
		}
		i = j + 1
	}
}

// gridFieldAgrees reports whether a drafted field is the one wanted. A
// title agrees when it holds the noun and is a real title by the draft
// measure's test (realTitle), its words read in the singular as well
// (the hand catalogs' "Violent victimization rate", "Imprisonment rate"
// name a rate by its noun in the singular: "Vacancy rate" for "45.2
// vacancies per 100,000 population"); the noun alone ("Registrations")
// is the title a person gives a count of it.
func gridFieldAgrees(field, want string, got map[string]string) bool {
	if field == "title" {
		title := got["title"]
		if !strings.Contains(strings.ToLower(title), want) {
			return false
		}
		if len(strings.Fields(title)) == 1 {
			return titleFault(title) == "" && !strings.ContainsAny(title, "0123456789")
		}
		return realTitle(title, got["quote"]) || realTitle(title, singularWords(got["quote"]))
	}
	return got[field] == want
}

// singularWords returns quote with each word in the singular.
func singularWords(quote string) string {
	f := strings.Fields(quote)
	for i, w := range f {
		f[i] = vocab.Singular(strings.Trim(w, ",.;:"))
	}
	return strings.Join(f, " ")
}

var gridFields = []string{"period", "base", "unit", "measure", "entities", "qualifier", "status", "title"}

// TestDraftGrid drafts every case of the grid and checks the fields it
// settles; a known failure is counted, and fails the test once it passes.
func TestDraftGrid(t *testing.T) {
	cases := gridCases()
	type tally struct{ pass, all int }
	byField, byTemplate := map[string]*tally{}, map[string]*tally{}
	count := func(m map[string]*tally, k string, ok bool) {
		if m[k] == nil {
			m[k] = &tally{}
		}
		m[k].all++
		if ok {
			m[k].pass++
		}
	}
	known, knownFields, passing := 0, 0, 0
	var failures []string
	for _, c := range cases {
		got, all := gridDraft(c)
		var bad []string
		for _, f := range gridFields {
			w, ok := c.want[f]
			if !ok {
				continue
			}
			agree := got != nil && gridFieldAgrees(f, w, got)
			count(byField, f, agree)
			if !agree {
				g := "(no draft)"
				if got != nil {
					g = got[f]
				}
				bad = append(bad, fmt.Sprintf("%s %q, want %q", f, g, w))
			}
		}
		count(byTemplate, c.template, len(bad) == 0)
		switch {
		case len(bad) == 0 && c.known != "":
			t.Errorf("%s: known to fail (%s) but passes: take it out of gridKnown", c.name, c.known)
		case len(bad) == 0:
			passing++
		case c.known != "":
			known++
			knownFields += len(bad)
			for _, b := range bad {
				if f, _, _ := strings.Cut(b, " "); !strings.Contains(c.known, f+":") {
					t.Errorf("%s: %s, not among its known failures (%s)\n%s", c.name, b, c.known, c.text)
				}
			}
		default:
			msg := fmt.Sprintf("%s: %s\n\t%q", c.name, strings.Join(bad, "; "), c.text)
			if got == nil {
				msg += fmt.Sprintf("\n\tdrafts: %q", all)
			}
			failures = append(failures, msg)
		}
	}
	for _, f := range failures {
		t.Error(f)
	}
	t.Logf("grid: %d cases, %d pass, %d known to fail (%d fields), %d fail", len(cases), passing, known, knownFields, len(failures))
	if os.Getenv("GRID_REPORT") != "" {
		var lines []string
		for _, f := range gridFields {
			if x := byField[f]; x != nil {
				lines = append(lines, fmt.Sprintf("field    %-18s %3d/%3d %.3f", f, x.pass, x.all, float64(x.pass)/float64(x.all)))
			}
		}
		for _, tpl := range gridTemplates {
			if x := byTemplate[tpl.id]; x != nil {
				lines = append(lines, fmt.Sprintf("template %-18s %3d/%3d %.3f", tpl.id, x.pass, x.all, float64(x.pass)/float64(x.all)))
			}
		}
		fmt.Println(strings.Join(lines, "\n"))
	}
}
