package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles a release's sentences give by pointing back (issue 11, an aid
// release): a figure described rather than named ("rose to an all-time
// high of USD 204 billion", "The 13.6% increase in real terms", "a sharp
// rise in spending on X to USD 29.3 billion", "– up from just USD 918
// million", "including USD 1.8 billion of humanitarian aid") takes the
// name of what it describes. The rules act only on a title titleFault
// refuses, or a placeholder.

// recordOfRE reads a subject that rose to a record: "Foreign aid from
// official donors in 2022 rose to an all-time high of".
var recordOfRE = lazyRegexp(`^(?:in\s+(?:19|20)\d\d,\s+)?(.+?)(?:\s+in\s+(?:19|20)\d\d)?\s+(?:rose|climbed|increased|grew|jumped|fell|dropped|declined|reached|hit)\s+(?:to\s+)?(?:an?\s+)?(?:new\s+)?(?:all-time|record)\s+(?:high|low)\s+of\s*$`)

// spendingToRE reads "a (sharp) rise in spending on X to" before a figure:
// the level spending reached.
var spendingToRE = lazyRegexp(`(?i)\b(?:rise|increase|jump|growth|surge|fall|drop|cut)\s+in\s+((?:spending|expenditure|outlays|costs)\s+on\s+.+?)\s+to\s*$`)

// theChangeRE reads a change that opens its sentence: "The 13.6% increase
// in real terms".
var theChangeRE = lazyRegexp(`(?i)^\s*(increase|rise|decrease|fall|decline|growth)\b(\s+in\s+real\s+terms)?`)

// excludingRE reads "Excluding X, <subject> (still) rose by" before a
// figure.
var excludingRE = lazyRegexp(`(?i)^(excluding|including)\s+([^,]+),\s+(?:(?:19|20)\d\d\s+)?(.+?)\s+(?:still\s+|also\s+)?(?:rose|grew|increased|fell|declined)(?:\s+by)?\s*$`)

// thisRatioRE reads an earlier reading right before a figure:
// "increasing from".
var thisRatioRE = lazyRegexp(`\b(?:increasing|rising|up|falling|decreasing|down)\s+from$`)

// thisRatioSentRE reads a ratio a sentence points back to: "this ratio".
var thisRatioSentRE = lazyRegexp(`\b(?:this|the)\s+(?:ratio|share|rate|proportion)\b`)

// upFromJustRE reads "up from (just) " right before a figure.
var upFromJustRE = lazyRegexp(`(?i)(?:^|[,–—-]\s*)(?:up|down)\s+from(?:\s+(?:just|only))?\s*$`)

// includingOfRE reads "including <figure> of X" after the figure.
var includingOfRE = lazyRegexp(`^\s+of\s+([a-z][a-z -]{2,40}?)\s*(?:[.,;]|$)`)

// backTitle titles a figure whose own words only describe it by what they
// point back to, and reports whether it did.
func (d *docDraft) backTitle(cl *claim, m Mention, cs int) bool {
	ind := &cl.ind
	if !isFallbackTitle(ind.Title) && titleFault(ind.Title) == "" && !strings.HasPrefix(ind.Title, "Including ") {
		return false
	}
	done := false
	text := d.src.Text
	before := strings.Join(strings.Fields(text[m.Sentence.Start:m.Span.Start]), " ")
	clauseBefore := strings.Join(strings.Fields(text[cs:m.Span.Start]), " ")
	prev := d.titleMemos[m.Sentence.Start] // the figure before, in the sentence
	set := func(t, why string) {
		if t = trimTitle(t); t != "" && titleFault(t) == "" {
			ind.Title, cl.fieldNotes["title"], done = t, why, true
		}
	}
	switch {
	case recordOfRE.MatchString(strings.ToLower(before)):
		g := recordOfRE.FindStringSubmatchIndex(strings.ToLower(before))
		set(capitalize(before[g[2]:g[3]]), "the subject that reached the record, not the record")
	case spendingToRE.MatchString(before):
		set(capitalize(spendingToRE.FindStringSubmatch(before)[1]), "the level spending reached, not its rise")
	case excludingRE.MatchString(before):
		g := excludingRE.FindStringSubmatch(before)
		what := strings.NewReplacer("“", "", "”", "", "\"", "").Replace(g[2])
		what = strings.TrimPrefix(strings.TrimPrefix(what, "these "), "those ")
		t := "Change in " + g[3] + " " + strings.ToLower(g[1]) + " " + what
		if strings.Contains(strings.ToLower(text[m.Span.End:m.Sentence.End]), "in real terms") {
			t = "Real-terms c" + t[1:]
		}
		set(t, "the change of the subject, with what it leaves out")
	case thisRatioRE.MatchString(strings.ToLower(clauseBefore)) && thisRatioSentRE.MatchString(strings.ToLower(before)):
		if p, ok := d.prevSentenceMemo(m); ok {
			set(p.subject, "an earlier reading of the ratio the sentence before gives")
		}
	case upFromJustRE.MatchString(clauseBefore) && prev.subject != "":
		set(prev.subject, "an earlier reading of the figure before it")
	case strings.HasSuffix(strings.ToLower(clauseBefore), "including") && prev.subject != "":
		if g := includingOfRE.FindStringSubmatch(strings.ToLower(text[m.Span.End:m.Sentence.End])); g != nil {
			set(capitalize(g[1])+" within "+lowerFirst(prev.subject), "a part of the figure before it")
		}
	case m.Span.Start-m.Sentence.Start < 8 && theChangeRE.MatchString(text[m.Span.End:m.Sentence.End]):
		if p, ok := d.prevSentenceMemo(m); ok {
			g := theChangeRE.FindStringSubmatch(text[m.Span.End:m.Sentence.End])
			t := capitalize(strings.ToLower(g[1])) + " in " + lowerFirst(p.subject)
			if g[2] != "" {
				t = "Real-terms " + strings.ToLower(g[1]) + " in " + lowerFirst(p.subject)
			}
			set(t, "the change of the previous sentence's subject")
		}
	}
	return done
}

// prevSentenceMemo returns the title memo of the sentence before m's.
func (d *docDraft) prevSentenceMemo(m Mention) (titleMemo, bool) {
	best, at := titleMemo{}, -1
	for start, memo := range d.titleMemos {
		if start < m.Sentence.Start && start > at && memo.subject != "" {
			best, at = memo, start
		}
	}
	return best, at >= 0 && !strings.Contains(d.src.Text[at:m.Sentence.Start], "\n\n\n")
}

// trimAt are the words besides prepositions a long title may be cut
// before: each opens a phrase that qualifies what comes before it.
var trimAt = map[string]bool{"within": true, "with": true, "among": true, "across": true, "between": true, "including": true,
	"excluding": true, "after": true, "before": true, "under": true}

// trimTitle cuts a title longer than 64 characters at its last
// preposition that leaves it short enough, or returns "".
func trimTitle(t string) string {
	t = strings.TrimSpace(strings.Trim(t, ",;:"))
	for len(t) > 64 {
		f := strings.Fields(t)
		cut := -1
		for i := len(f) - 1; i > 1; i-- {
			if (isPrepWord(strings.ToLower(f[i])) || trimAt[strings.ToLower(f[i])]) && len(strings.Join(f[:i], " ")) <= 64 {
				cut = i
				break
			}
		}
		if cut < 0 {
			return ""
		}
		t = strings.Join(f[:cut], " ")
	}
	return t
}

// countListRE reads a list in dashes or parentheses right after a count,
// and the verb after it: " – Denmark, Germany and Sweden – met".
var countListRE = lazyRegexp(`^\s*(?:[–—]\s[^–—]+\s[–—]|\([^)]+\))\s+`)

// countYearEndRE matches a closing year a count's clause ends on.
var countYearEndRE = lazyRegexp(`\s+(?:in|during|since)\s+(?:19|20)\d\d$`)

// countClauseTitle keeps with a count the clause that says which were
// counted: "7 NATO countries meeting the guideline to spend 2% of GDP" is
// titled "NATO countries meeting the guideline to spend 2% of GDP", "Five
// DAC members – Denmark, … – met or exceeded the 0.7% target" "DAC
// members that met or exceeded the 0.7% target". It reports whether it
// did.
func (d *docDraft) countClauseTitle(cl *claim, m Mention) bool {
	ind := &cl.ind
	if ind.Measure != indicators.CountKind || m.Unit.Kind != indicators.Count || m.Span.Start-m.Sentence.Start > 2 || ind.Title == "" {
		return false
	}
	if !strings.HasSuffix(strings.ToLower(strings.Join(strings.Fields(m.Text), " ")), strings.ToLower(ind.Title)) {
		return false // titled by more than its counted noun already
	}
	text := d.src.Text
	rest := strings.TrimRight(strings.Join(strings.Fields(text[m.Span.End:m.Sentence.End]), " "), ".")
	if g := countListRE.FindString(" " + rest); g != "" {
		rest = rest[len(g)-1:]
	}
	f := strings.Fields(rest)
	if len(f) < 2 {
		return false
	}
	w := strings.ToLower(f[0])
	join := " "
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
	case (strings.HasSuffix(w, "ed") && len(w) > 4 || countPastVerbs[w]) && !isPrepWord(strings.ToLower(f[1])):
		join = " that "
	default:
		return false
	}
	if i := strings.IndexAny(rest, ",;:"); i > 0 {
		rest = rest[:i] // the clause only
	}
	rest = countYearEndRE.ReplaceAllString(rest, "")
	rest = clauseWithoutFigure(rest)
	t := trimTitle(ind.Title + join + rest)
	if t == "" || titleFault(t) != "" {
		return false
	}
	ind.Title, cl.fieldNotes["title"] = t, "the counted noun with the clause that says which were counted"
	return true
}

// countPastVerbs are past verbs a count's clause may open with.
var countPastVerbs = map[string]bool{"met": true, "hit": true, "kept": true, "made": true, "held": true, "won": true, "paid": true, "gave": true}

// realChangeRE matches the words that make a change real: "when adjusted
// for inflation", "in real terms".
var realChangeRE = lazyRegexp(`(?i)\b(?:adjusted\s+for\s+inflation|in\s+real\s+terms|in\s+constant\s+prices)\b`)

// sinceRE reads the base of a change's title: "Decrease since 2021".
var sinceRE = lazyRegexp(`\s(since\s+(?:19|20)\d\d)$`)

// subLineTitle titles a change on the indented line under a key figure
// ("$1,195bn Total military expenditure of NATO members.\n  A decrease of
// $23 billion since 2021 when adjusted for inflation.") by the key
// figure's subject, as a bullet's child takes its parent's: "Real change
// in total military expenditure of NATO members since 2021". It reports
// whether it did.
func (d *docDraft) subLineTitle(cl *claim, m Mention) bool {
	ind := &cl.ind
	if ind.Measure != indicators.Change || !isChangeNoun(strings.ToLower(strings.Fields(ind.Title + " x")[0])) {
		return false
	}
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Sentence.Start], '\n') + 1
	if ls == 0 || !strings.HasPrefix(text[ls:], "  ") || strings.TrimSpace(text[ls:m.Sentence.Start]) != "" {
		return false
	}
	ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
	parent, ok := d.titleMemos[ps]
	if !ok || parent.subject == "" || ps == ls-1 || text[ps] == ' ' {
		return false
	}
	t := "Change in " + lowerFirst(parent.subject)
	if realChangeRE.MatchString(text[m.Sentence.Start:m.Sentence.End]) {
		t = "Real change in " + lowerFirst(parent.subject)
	}
	if g := sinceRE.FindStringSubmatch(ind.Title); g != nil {
		t += " " + g[1]
		if len(t) > 64 {
			// "Real change in military expenditure of NATO members since
			// 2021": the change of a total is the total's change.
			t = strings.Replace(t, " in total ", " in ", 1)
		}
	}
	if t = trimTitle(t); t == "" || titleFault(t) != "" {
		return false
	}
	ind.Title, cl.fieldNotes["title"] = t, "the change of the key figure on the line above, whose line this one explains"
	return true
}

// namedFigureRE matches a figure that names a threshold in a count's
// clause: "the 0.7% target", "the 2% guideline".
var namedFigureRE = lazyRegexp(`\s[$€£]?\d[\d.,]*%?\s+(target|guideline|goal|benchmark|threshold|mark)\b`)

// figureInClauseRE matches the phrase that brings a figure into a clause:
// " to spend 2% of GDP on defence", " of 5 million".
var figureInClauseRE = lazyRegexp(`\s(?:to\s+[a-z]+|of|at|above|below|over|under|by)\s+(?:about\s+|at\s+least\s+)?[$€£]?\d.*$`)

// clauseWithoutFigure returns a count's clause without the figures it
// holds, which a title does not restate: "met or exceeded the 0.7%
// target" says "met or exceeded the target", "meeting the guideline to
// spend 2% of GDP" "meeting the guideline".
func clauseWithoutFigure(c string) string {
	c = namedFigureRE.ReplaceAllString(c, " $1")
	return figureInClauseRE.ReplaceAllString(c, "")
}
