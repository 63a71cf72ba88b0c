package extract

import (
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of survey and transport releases (drafts59): a count of people
// that is the subject of a verb, the share in brackets after it, a group
// "with X% <participle>", a rank among age groups, and the level and
// change of "SUBJECT increased by N% to M units".

// surveyAgeAlt is an age band after a group noun: "aged 18 years and
// over", "aged 25 to 34 years".
const surveyAgeAlt = `(?:\s+aged\s+[0-9]+(?:\s+to\s+[0-9]+)?(?:\s+years?)?(?:\s+and\s+(?:over|older))?)`

// surveyGroupAlt is a group noun of people.
const surveyGroupAlt = `(?:people|adults|children|men|women|persons|households|workers|employees|pupils|students|residents|young people)`

// surveyPctAlt is a percentage figure.
const surveyPctAlt = `[0-9][0-9.,]*\s*(?:%|per\s*cent|percent)`

// withShare matches "… among people aged 16 to 24 years, with
// 12.7% riding bikes weekly": the group and the participle phrase.
var withShare = lazyRegexp(`(?i)\bamong\s+(` + surveyGroupAlt + surveyAgeAlt + `?|those` + surveyAgeAlt + `)[^.;]*?,\s+with\s+(` + surveyPctAlt + `)\s+([a-z]+ing)\b([^;.]*)`)

// ageRankRe matches "Those aged 25 to 34 years had the highest
// proportion of current smokers (14.0%)" and "… have had the largest
// reduction in car use (6.2 percentage points) between 2015 (71.4%) and
// 2031 (65.2%)".
var ageRankRe = lazyRegexp(`(?i)(?:^|[\s•*-])(those|people|adults|men|women|children)(` + surveyAgeAlt + `)\s+(?:had|have had|has had|saw|showed|have|has|were|was)\s+the\s+(highest|lowest|largest|smallest|biggest|greatest)\s+([a-z]+)\s+(of|in)\s+([a-z][a-z -]*?)\s*\(([0-9][0-9.,]*\s*(?:%|per\s*cent|percent|percentage points?))\)(?:\s+between\s+([0-9]{4})\s*\((` + surveyPctAlt + `)\)\s+and\s+([0-9]{4})\s*\((` + surveyPctAlt + `)\))?`)

// surveyMovedRe matches "total volume of freight increased by 3% to 5.4
// million units" and "outward units held steady at 2.5 million units" at
// a clause's start: the subject, the change and the level.
var surveyMovedRe = lazyRegexp(`(?i)^[\s•*–-]*([a-z][a-z '-]*?)\s+(?:(` + movedVerbs + `)\s+(?:by\s+)?(` + surveyPctAlt + `)\s+to|(?:held steady|was unchanged|remained unchanged|was stable|remained stable)\s+at)\s+([^,;]+?)\s*(?:[,;.]|$)`)

// comparingLeadIn matches a lead-in "When comparing P1 with P0 …:".
var comparingLeadIn = lazyRegexp(`(?i)^\s*when\s+comparing\s+(.+?)\s+with\s+(.+?)\s*:\s*$`)

// surveyYearRe finds a year.
var surveyYearRe = lazyRegexp(`\b(?:19|20)[0-9]{2}\b`)

// surveyTitle returns the title of a figure by the sentence shapes of
// survey and transport releases, or "".
func (d *docDraft) surveyTitle(m Mention) string {
	text := d.src.Text
	ss, se := m.Sentence.Start, m.Sentence.End
	if ss < 0 || se > len(text) || ss >= se {
		return ""
	}
	sent := text[ss:se]
	in := func(a, b int) bool { return a >= 0 && m.Span.Start < ss+b && m.Span.End > ss+a }
	if t := d.timeTitle(m, sent, ss); t != "" {
		return t
	}
	if strings.Contains(sent, "(") {
		if g := ageRankRe.FindStringSubmatchIndex(sent); g != nil {
			group := "people " + strings.Join(strings.Fields(sent[g[4]:g[5]]), " ")
			if s := strings.ToLower(sent[g[2]:g[3]]); s != "those" {
				group = s + " " + strings.Join(strings.Fields(sent[g[4]:g[5]]), " ")
			}
			rank, kind, what := strings.ToLower(sent[g[6]:g[7]]), strings.ToLower(sent[g[8]:g[9]]), strings.ToLower(sent[g[12]:g[13]])
			switch {
			case in(g[14], g[15]):
				if dir := changeWordDirection(kind); dir != "" || kind == "change" {
					lead := "Change in "
					switch dir {
					case "down":
						lead = "Fall in "
					case "up":
						lead = "Rise in "
					}
					since := ""
					if g[16] >= 0 {
						since = " since " + sent[g[16]:g[17]]
					}
					short := strings.Replace(group, " years", "", 1)
					for _, t := range []string{lead + what + " among " + group + since + " (" + rank + ")",
						lead + what + " among " + short + since + " (" + rank + ")", lead + what + " among " + short + since} {
						if len(t) <= 64 {
							return t
						}
					}
					return shorten(lead+what+" among "+short+since, 64)
				}
				head := "Share of "
				if kind != "proportion" && kind != "share" && kind != "percentage" {
					head = title(kind) + " of "
				}
				short := strings.Replace(group, " years", "", 1)
				for _, t := range []string{head + what + " among " + group + " (" + rank + ")", head + what + " among " + short + " (" + rank + ")"} {
					if len(t) <= 64 {
						return t
					}
				}
				return shorten(head+what+" among "+short, 64)
			case g[16] >= 0 && (in(g[18], g[19]) || in(g[22], g[23])):
				return shorten(title(what+" among "+group), 64)
			}
		}
	}
	if strings.Contains(sent, " with ") {
		if g := withShare.FindStringSubmatchIndex(sent); g != nil && in(g[4], g[5]) {
			group := strings.Join(strings.Fields(strings.ToLower(sent[g[2]:g[3]])), " ")
			if strings.HasPrefix(group, "those ") {
				group = "people " + strings.TrimPrefix(group, "those ")
			}
			return fitVerbPhrase("Share of "+group+" ", surveyVerbPhrase(strings.ToLower(sent[g[6]:g[7]])+sent[g[8]:g[9]]))
		}
	}
	if !strings.Contains(sent, " to ") && !strings.Contains(sent, " at ") {
		return ""
	}
	if g := surveyMovedRe.FindStringSubmatchIndex(sent); g != nil {
		subj := strings.Join(strings.Fields(sent[g[2]:g[3]]), " ")
		if len(strings.Fields(subj)) > 10 {
			return ""
		}
		cmp, rolling := d.leadIn(ss)
		switch {
		case in(g[8], g[9]):
			return title(subj + rolling)
		case in(g[6], g[7]):
			t := changeTitle(m.Quantity.Direction, subj) + rolling
			if m.Quantity.Direction == indicators.Down {
				t = "Fall in " + strings.TrimPrefix(t, "Decrease in ")
			}
			if cmp != "" && len(t+cmp) <= 64 {
				t += cmp
			}
			return t
		}
	}
	return ""
}

// leadIn reads the lead-in line ending in ":" that heads the
// bullets a sentence at start is one of: what a change there is compared
// with (" on a year earlier") and whether its figures are of a rolling
// year (", rolling year").
func (d *docDraft) leadIn(start int) (cmp, rolling string) {
	text := d.src.Text
	lo := max(0, start-1500)
	lines := strings.Split(text[lo:start], "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || bulletPrefix(l) > 0 || strings.HasPrefix(l, "- ") || i == len(lines)-1 {
			continue
		}
		if !strings.HasSuffix(l, ":") {
			return "", ""
		}
		ll := strings.ToLower(l)
		if strings.Contains(ll, "rolling year") || strings.Contains(ll, "12 months to") || strings.Contains(ll, "twelve months to") {
			rolling = ", rolling year"
		}
		if g := comparingLeadIn.FindStringSubmatch(l); g != nil {
			y1, y0 := surveyYearRe.FindAllString(g[1], -1), surveyYearRe.FindAllString(g[2], -1)
			if len(y1) > 0 && len(y0) > 0 {
				a, _ := strconv.Atoi(y1[len(y1)-1])
				b, _ := strconv.Atoi(y0[len(y0)-1])
				if a-b == 1 {
					cmp = " on a year earlier"
				}
			}
		}
		return cmp, rolling
	}
	return "", ""
}

// verbPhraseStops end a verb phrase in a title when a place, a year or a
// source follows: "smoked cigarettes in the UK in 2023".
var verbPhraseStops = map[string]bool{"in": true, "on": true, "at": true, "during": true, "since": true, "between": true,
	"across": true, "throughout": true, "based": true, "according": true, "compared": true, "than": true, "from": true}

// surveyVerbPhrase returns the verb phrase of s up to its place, time
// or source: "smoked cigarettes in the UK in 2023" → "smoked
// cigarettes".
func surveyVerbPhrase(s string) string {
	f := strings.Fields(s)
	var out []string
	for i, w := range f {
		lw := strings.ToLower(strings.Trim(w, ",;:()"))
		if hasDigit(lw) || strings.ContainsAny(w, ",;:()") && i > 0 {
			if !hasDigit(lw) && !strings.HasPrefix(w, "(") {
				out = append(out, strings.Trim(w, ",;:()"))
			}
			break
		}
		if i > 0 && verbPhraseStops[lw] {
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// mannerWords are the words of how often or how, left out of a title
// too long to keep them: "either daily or occasionally".
var mannerWords = map[string]bool{"either": true, "daily": true, "weekly": true, "monthly": true, "occasionally": true,
	"regularly": true, "sometimes": true, "often": true}

// fitVerbPhrase joins head and verb phrase vp, leaving out vp's words of
// manner when the title would run over 64 letters.
func fitVerbPhrase(head, vp string) string {
	t := title(head + vp)
	if len(t) <= 64 {
		return t
	}
	f := strings.Fields(vp)
	for i, w := range f {
		if i > 0 && (mannerWords[strings.ToLower(w)] || strings.HasSuffix(strings.ToLower(w), "ly")) {
			return title(head + strings.Join(f[:i], " "))
		}
	}
	return shorten(t, 64)
}

// changeWordDirection returns "up" or "down" for a noun of change, or "".
func changeWordDirection(w string) string {
	switch strings.ToLower(w) {
	case "reduction", "fall", "decrease", "drop", "decline", "cut":
		return "down"
	case "increase", "rise", "growth", "gain":
		return "up"
	}
	return ""
}

// surveyFigAlt is a figure in the patterns of the titles below.
const surveyFigAlt = `[£$€]?[0-9]+(?:[.,][0-9]+)*\s*(?:%|per\s*cent|percent|million|billion|bn|m|p)?`

// timeLed matches a sentence led by its time: "In May 2031
// median monthly rents were £612, up 3.1% from £594 in 2030": the
// time's year, the subject, the level, the change and the earlier
// level with its year.
var timeLed = lazyRegexp(`(?i)^[\s•*–-]*(?:in|by|at)\s+(?:(?:` + monthAlt + `)\s+)?([0-9]{4}),?\s+([a-z][a-z -]*?)\s+(?:were|was|stood\s+at|reached|averaged|totalled|totaled)\s+(` + surveyFigAlt + `)(?:,\s+(up|down)\s+(` + surveyFigAlt + `)\s+(?:from|on)\s+(` + surveyFigAlt + `)?(?:\s+in\s+([0-9]{4}))?)?`)

// forGroups matches "X grew by 3.1% for flats compared with 5.2%
// for houses": the subject, the verb, and each figure with its group.
var forGroups = lazyRegexp(`(?i)^[\s•*–-]*([a-z][a-z -]*?)\s+(grew|rose|increased|fell|decreased|declined)\s+by\s+(` + surveyFigAlt + `)\s+for\s+([a-z][a-z -]*?)\s+compared\s+with\s+(` + surveyFigAlt + `)\s+for\s+([a-z][a-z -]*?)\s*[.;]?\s*$`)

// timeTitle titles the figures of a sentence led by its time or
// comparing two groups, or returns "".
func (d *docDraft) timeTitle(m Mention, sent string, ss int) string {
	in := func(a, b int) bool { return a >= 0 && m.Span.Start < ss+b && m.Span.End > ss+a }
	lead := strings.TrimLeft(sent, " \t\n•*–-")
	if len(lead) > 3 && lead[2] == ' ' && (strings.EqualFold(lead[:2], "in") || strings.EqualFold(lead[:2], "by") || strings.EqualFold(lead[:2], "at")) {
		if g := timeLed.FindStringSubmatchIndex(sent); g != nil {
			subj := strings.Join(strings.Fields(sent[g[4]:g[5]]), " ")
			// "our two-way goods and services trade": no determiner.
			for _, det := range []string{"our ", "their ", "its ", "the ", "this ", "these "} {
				if len(subj) > len(det) && strings.EqualFold(subj[:len(det)], det) {
					subj = subj[len(det):]
					break
				}
			}
			switch {
			case in(g[6], g[7]) || in(g[12], g[13]):
				return shorten(title(subj), 64)
			case in(g[10], g[11]):
				lead := "Growth in "
				if strings.EqualFold(sent[g[8]:g[9]], "down") {
					lead = "Fall in "
				}
				t := lead + lowerFirst(subj)
				if g[14] >= 0 {
					a, _ := strconv.Atoi(sent[g[2]:g[3]])
					b, _ := strconv.Atoi(sent[g[14]:g[15]])
					if a-b == 1 && len(t) <= 64-len(" on a year earlier") {
						t += " on a year earlier"
					}
				}
				return shorten(t, 64)
			}
		}
	}
	if !strings.Contains(sent, " compared with ") {
		return ""
	}
	if g := forGroups.FindStringSubmatchIndex(sent); g != nil {
		subj := lowerFirst(strings.Join(strings.Fields(sent[g[2]:g[3]]), " "))
		lead := "Growth in "
		switch strings.ToLower(sent[g[4]:g[5]]) {
		case "rose", "increased":
			lead = "Increase in "
		case "fell", "decreased", "declined":
			lead = "Fall in "
		}
		switch {
		case in(g[6], g[7]):
			return shorten(lead+subj+" for "+strings.TrimSpace(sent[g[8]:g[9]]), 64)
		case in(g[10], g[11]):
			return shorten(lead+subj+" for "+strings.TrimSpace(sent[g[12]:g[13]]), 64)
		}
	}
	return ""
}
