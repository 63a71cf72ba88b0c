package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The measured thing of a figure whose own words name nothing: before a
// title falls back on its kind and a heading ("Count under Main
// points"), the shapes of a release's sentence that name what it counts
// elsewhere are read. A figure in brackets after "<change> in X" restates
// the change in X ("an increase in deaths (3.6 per cent)"); an end of
// "from A to B" is a reading of what its sentence says changed: "the
// number of X" ("an increase of 430% in the number of DCD organs used
// for transplantation, from 42 in 2009 to 222 in 2018") or the subject of
// the change verb ("Total earnings … increased by 17.5% …, increasing
// from €1,734 million to €2,037 million").

// parenChangeRE matches "<change noun> in X (" right before a figure.
var parenChangeRE = lazyRegexp(`(?i)\b(?:increase|rise|decrease|fall|growth|decline|drop|reduction|change)s?\s+in\s+([^(),;:]{3,80}?)\s*\(\s*$`)

// fromToEndRE matches the words that make a figure an end of "from A to
// B": "from ", "to ", "from 42 in 2009 to ".
var fromToEndRE = lazyRegexp(`(?i)(?:^|\s)(?:from|to)\s+$`)

// measuredThing returns the title of what figure m measures by the
// shapes above, as a change when measure is one, or "".
func (d *docDraft) measuredThing(m Mention, measure indicators.MeasureKind) string {
	text := d.src.Text
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	if m.Span.Start <= ss || m.Span.Start-ss > 400 {
		return ""
	}
	before := joinBroken(text[ss:m.Span.Start])
	np := ""
	if g := parenChangeRE.FindStringSubmatch(before); g != nil {
		np = cleanMeasured(g[1])
	} else if fromToEndRE.MatchString(before) {
		np = numberOfWords(before)
		if np == "" && changeVerbRE.MatchString(before) {
			np = seriesSubject(before)
		}
	}
	if np == "" || hasDigit(np) || onlyPlaces(np) {
		return ""
	}
	t := shorten(title(np), maxTitle)
	if measure == indicators.Change {
		t = changeIn(np, "")
	}
	if titleFault(t) != "" {
		return ""
	}
	return t
}

// numberOfWords returns X of the last "the number of X" in s, its words
// up to a stop of the clause (a comma, a bracket, a verb linking it to a
// figure, "from" or "between"), or "".
func numberOfWords(s string) string {
	i := strings.LastIndex(strings.ToLower(s), "number of ")
	if i < 0 {
		return ""
	}
	var x []string
	for _, w := range strings.Fields(s[i+len("number of "):]) {
		bare := strings.Trim(w, ",;:()")
		lw := strings.ToLower(bare)
		if linkVerbs[lw] || numberOfVerbs[lw] || lw == "from" || lw == "between" || strings.HasPrefix(w, "(") {
			break
		}
		x = append(x, bare)
		if bare != w {
			break
		}
	}
	if n := len(x); n >= 2 && isReportingYear(x[n-1]) {
		x = x[:n-2] // "in 2014-15" dates the count
	}
	if len(x) == 0 || len(x) > 10 || titleStop[strings.ToLower(x[len(x)-1])] {
		return ""
	}
	return cleanMeasured(strings.Join(x, " "))
}
