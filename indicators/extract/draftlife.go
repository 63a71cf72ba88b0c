package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Life tables and mortality releases (drafts63): a life expectancy, an
// average further number of years of life or the gap between two groups'
// expectancies is a level in years, never a count; "increased by N years
// per decade" is a change, a pace; "could expect to live N years if
// mortality rates remain the same as in P" defines period life
// expectancy for P, a reported fact, not a projection. Titles are the
// statistic, the age it is measured at and the group: "Life expectancy at
// age 65 for males", "Increase in female life expectancy at birth per
// decade"; the second figure of a gapped pair ("a boy 78.7 years and a
// girl 82.6 years") belongs to the group written just before it. An age
// that says where the statistic is measured ("at age 65", "aged 85") and
// "the 30 years between P1 and P2" are no claims.

// lifeRE matches a sentence about life expectancy.
var lifeRE = lazyRegexp(`(?i)\blife expectancy\b|\bexpect(?:ed)? to live\b|\byears of life\b|\blife remaining\b`)

// periodLifeRE matches the definition of period life expectancy:
// "could expect to live … if mortality rates remain the same as …".
var periodLifeRE = lazyRegexp(`(?i)\bexpect(?:ed)? to live\b.*\bif\s+(?:the\s+)?(?:mortality|death)\s+rates?\s+(?:remain(?:ed)?|stay(?:ed)?|were\s+to\s+remain)\s+(?:the\s+same|unchanged)`)

// ageRE matches the age a statistic of life is measured at:
// "at birth", "newborn", "at age 65", "aged 85".
var ageRE = lazyRegexp(`(?i)\bat\s+birth\b|\bnewborn\b|\bat\s+age\s+(\d{1,3})\b|\baged\s+(\d{1,3})\b`)

// groupRE matches a sex named as a group of people.
var groupRE = lazyRegexp(`(?i)\b(boys?|girls?|men|man|women|woman|males?|females?)\b`)

// forGroupRE matches the group a figure is given for, after it in
// its clause: "… to 18.2 years for men", "… since 1980-1982 in the UK for
// males".
var forGroupRE = lazyRegexp(`(?i)^(?:[^,;.]|\.\d){0,60}?\bfor\s+(boys|girls|men|women|males|females)\b`)

// gapRE matches a gap between two groups before a figure: "The
// gap between life expectancy at birth between boys and girls".
var gapRE = lazyRegexp(`(?i)\bgap\s+(?:in\s+[a-z ]+?\s+)?between\s+(?:[a-z ]+?\s+between\s+)?([a-z]+)\s+and\s+([a-z]+)\b`)

// averagedRE matches an average age or an average number of years
// right before a figure: "the average age of mothers was", "an average
// further".
var averagedRE = lazyRegexp(`(?i)\b(?:average|mean|median)\s+(?:age|further|number\s+of\s+years)\b[^,;.]{0,40}$`)

// inYears reports whether u is a span of years (per some time or
// not).
func inYears(u indicators.Unit) bool {
	return u.Kind == indicators.Count && u.Name == "year"
}

// lifeClaim sets the measure, status and title of a figure of a
// life table by the rules above.
func (d *docDraft) lifeClaim(cl *claim, m Mention) {
	text := d.src.Text
	sent := joinBroken(text[m.Sentence.Start:m.Sentence.End])
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	ind := &cl.ind
	years := inYears(ind.Unit)
	if years && averagedRE.MatchString(before) && ind.Measure == indicators.CountKind {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, "an average number of years: a level"
		declare(cl.fieldNotes, "measure", "measure/lifeClaim#1")
	}
	if !lifeRE.MatchString(sent) {
		return
	}
	if ind.Status == indicators.Projection && periodLifeRE.MatchString(sent) {
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, `"could expect to live … if mortality rates remain the same": period life expectancy, a reported fact`
		declare(cl.fieldNotes, "status", "status/lifeClaim")
	}
	perTime := years && ind.Unit.Per != ""
	switch {
	case perTime:
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "years of life gained per unit of time: a change, a pace"
		declare(cl.fieldNotes, "measure", "measure/lifeClaim#2")
		if ind.Quantity.Direction == indicators.NoDirection {
			for _, dir := range []indicators.Direction{indicators.Up, indicators.Down} {
				if indicators.DirectionWord(before, dir) != "" {
					ind.Quantity.Direction = dir
					break
				}
			}
		}
	case years:
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, "a life expectancy in years: a level averaged over a population, not a count"
		declare(cl.fieldNotes, "measure", "measure/lifeClaim#3")
	case ind.Measure != indicators.Change:
		return
	}
	if t := d.lifeTitle(m, ind, before, perTime); t != "" {
		ind.Title, cl.fieldNotes["title"], cl.fieldNotes[keptTitleMark] = t, "life table: the statistic, the age it is measured at and the group", "title"
		declare(cl.fieldNotes, "title", "title/lifeClaim")
	}
}

// lifeTitle returns the title of a figure of a life table, or "".
func (d *docDraft) lifeTitle(m Mention, ind *indicators.Indicator, before string, perTime bool) string {
	text := d.src.Text
	after := joinBroken(text[m.Span.End:m.Sentence.End])
	age := ""
	if all := ageRE.FindAllStringSubmatch(before, -1); len(all) > 0 {
		age = ageWords(all[len(all)-1])
	} else if g := ageRE.FindStringSubmatch(after); g != nil {
		age = ageWords(g)
	}
	if g := gapRE.FindStringSubmatch(before); g != nil {
		t := "Gap in life expectancy"
		if age != "" {
			t += " " + age
		}
		return t + " between " + strings.ToLower(g[1]) + " and " + strings.ToLower(g[2])
	}
	sex := ""
	if g := forGroupRE.FindStringSubmatch(after); g != nil {
		sex = sexOfGroup(g[1])
	} else if all := groupRE.FindAllString(before, -1); len(all) > 0 {
		sex = sexOfGroup(all[len(all)-1])
	}
	if ind.Measure == indicators.Change {
		head := "Increase in "
		if ind.Quantity.Direction == indicators.Down {
			head = "Decrease in "
		}
		t := head
		if sex != "" {
			t += sex + " "
		}
		t += "life expectancy"
		if age != "" {
			t += " " + age
		}
		if perTime && ind.Unit.Per != "" {
			t += " per " + ind.Unit.Per
		}
		return t
	}
	t := "Life expectancy"
	if age != "" {
		t += " " + age
	}
	if sex != "" {
		t += " for " + sex + "s"
	}
	return t
}

// ageWords returns the age phrase of a match of ageRE:
// "at birth" or "at age 65".
func ageWords(g []string) string {
	switch {
	case g[1] != "":
		return "at age " + g[1]
	case g[2] != "":
		return "at age " + g[2]
	}
	return "at birth"
}

// sexOfGroup returns "male" or "female" for a word of groupRE.
func sexOfGroup(w string) string {
	switch strings.ToLower(w) {
	case "girl", "girls", "woman", "women", "female", "females":
		return "female"
	}
	return "male"
}

// agePointRE matches a figure that is an age point: "age 65",
// "aged 85", "at age 65".
// ageBandRe matches the age band a figure's phrase may name before its
// time ("of all people aged 15 and over in 2011", "aged 16 to 64 in
// 2023"): its numbers are ages, no figure between the figure and its time.
var ageBandRe = lazyRegexp(`(?i)\b(?:` + strings.Join(vocab.AgeWords, "|") + `)\s+\d{1,3}(?:\s*(?:to|-|–)\s*\d{1,3}|\s+(?:and|or)\s+(?:over|under|above|older|younger)|\+)?`)

var agePointRE = lazyRegexp(`(?i)^(?:at\s+)?(?:age|aged|ages)\s+\d`)

// spanBetweenRE matches the words after "the N years" that
// restate the span of a change: "between 1980-1982 and 2010-2012".
var spanBetweenRE = lazyRegexp(`^\s+(?:between|from)\s+(?:\d{4}(?:\s*[-–/]\s*\d{2,4})?)\s+(?:and|to)\s+\d{4}`)

// lifeNotClaim returns why m is no claim: an age that says where a
// statistic is measured, or "the N years between P1 and P2", a span a
// change is measured over; or "".
func lifeNotClaim(text string, m Mention) string {
	if agePointRE.MatchString(m.Text) {
		return "an age that says where the statistic is measured, not a claim: nothing to add"
	}
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) == 0 || f[len(f)-1] != "years" {
		return ""
	}
	b := strings.Fields(strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-12):m.Span.Start]))
	if len(b) > 0 && b[len(b)-1] == "the" && spanBetweenRE.MatchString(text[m.Span.End:m.Sentence.End]) {
		return "the span between two periods a change is measured over, not a claim: nothing to add"
	}
	return ""
}
