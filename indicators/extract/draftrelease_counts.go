package extract

import (
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// Counts and their changes in statistics releases (drafts63): a count
// is titled by what it counts and what is owed or done to it ("Households
// owed a relief duty", "Incidents attended by fire and rescue services",
// "Households threatened by a Section 21 notice"); a change written right
// after a count (", up 4.4% from …", "which is up 5.8%", "– an increase
// of 34.4%", "an increase of 7.6% compared with 5 years ago") is that
// count's change, titled "Change in <the count's title> <comparison>";
// "X increased 7.9% … to 10,740 households" gives the change and the level
// of X; a figure in brackets after a comparison ("compared with the
// previous year (592,293)") is the same quantity at the earlier time, with
// the unit and title of the figure it is compared with.

// owedRE matches the passive clause after a count that says what
// the counted are owed: "were initially assessed as homeless and
// therefore owed a relief duty".
var owedRE = lazyRegexp(`(?i)^\s*(?:were|was|have\s+been|had\s+been)\b[^.;]*?\bowed\s+(an?|the)\s+((?:[a-z]+\s+){0,3}?duty)\b`)

// dueToRE matches a part set apart by its cause after a count:
// "threatened with homelessness due to service of a Section 21 notice to
// end …".
var dueToRE = lazyRegexp(`(?i)^\s*([a-z]+ed)\s+with\s+[a-z]+\s+(?:due\s+to|because\s+of)\s+(?:(?:the\s+)?(?:service|issue|issuing|receipt)\s+of\s+)?((?:an?|the)\s+(?:[A-Za-z0-9-]+\s+){0,3}?[a-z]+)(?:\s+to\s|\s*[,;.(–—]|$)`)

// includesRE matches the words that open a part of a total before
// its figure: "This includes", "These include", "including", "of which".
var includesRE = lazyRegexp(`(?i)(?:\b` + partOpens + `|\bincluding|\bof\s+which)\s*$`)

// agentRE matches an agent and an active verb of service right
// before a count: "FRSs attended".
var agentRE = lazyRegexp(`^\s*(?:[•*–-]\s*)?([A-Z][A-Za-z]*(?:\s+[a-z]+){0,3})\s+(attended|handled|recorded|treated|received)\s*$`)

// ofTheseRE matches "Of these incidents, there were" before a
// count: a part of the figure of the sentence before.
var ofTheseRE = lazyRegexp(`(?i)^\s*of\s+these\s+([a-z]+),\s+there\s+(?:were|was)\s*$`)

// changeJoinRE matches the words between a count and its change:
// ", up", "which is up", "– an increase of", ", an increase of", "and an
// increase of".
var changeJoinRE = lazyRegexp(`(?i)(?:,\s*(?:up|down)|\bwhich\s+(?:is|was)\s+(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop)\s+of)|(?:,|\s[–—-]|\band)\s+an?\s+(?:increase|decrease|rise|fall|drop)\s+of)\s*$`)

// movedVerbs are the past tenses of a move, the one list of them: after a
// named subject ("Households … increased"), and the move a "by A to B"
// clause reports ("decreased by 0.1% to 92.3%", reachedVerbBefore).
const movedVerbs = `increased|decreased|rose|fell|grew|declined|dropped|climbed|edged\s+up|edged\s+down|went\s+up|went\s+down|was\s+up|was\s+down|were\s+up|were\s+down`

// movedRE matches the subject and verb of change that open a
// sentence, right before its percentage: "Households with children owed
// a relief duty increased".
var movedRE = lazyRegexp(`^[\s•*–-]*([A-Z][a-z]+(?:\s+[a-z]+){1,8}?)\s+(?:` + movedVerbs + `)\s+(?:by\s+)?$`)

// movedToRE matches the same before the level the change reached:
// "… increased 7.9% from the same quarter the previous year to".
var movedToRE = lazyRegexp(`^[\s•*–-]*([A-Z][a-z]+(?:\s+[a-z]+){1,8}?)\s+(?:` + movedVerbs + `)\s+(?:by\s+)?[0-9.]+\s*(?:%|per\s*cent|percent)[^.;0-9]*?\bto\s*$`)

// fromYearRE names a change's comparison by the date it is
// counted from: "from July to September 2021".
var fromYearRE = lazyRegexp(`(?i)^[^,;(]{0,20}?\bfrom\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)(?:to\s+[A-Z][a-z]+\s+)?(\d{4})\b`)

// releaseClaim titles a count or change of a statistics release
// by the rules above.
func (d *docDraft) releaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	set := func(t, why string) {
		if t != "" && titleFault(t) == "" {
			ind.Title, cl.fieldNotes["title"], cl.fieldNotes[keptTitleMark] = t, why, "title"
			declare(cl.fieldNotes, "title", "title/releaseClaim")
		}
	}
	switch {
	case ind.Unit.Kind == indicators.Count && ind.Unit.Name != "":
		noun := statedNoun(m.Text)
		if noun == "" {
			return
		}
		if g := owedRE.FindStringSubmatch(after); g != nil {
			set(noun+" owed "+strings.ToLower(g[1])+" "+g[2], "what the counted are owed")
		}
		if g := dueToRE.FindStringSubmatch(after); g != nil && includesRE.MatchString(before) {
			set(noun+" "+strings.ToLower(g[1])+" by "+g[2], "a part of a total, set apart by its cause")
		}
		if g := agentRE.FindStringSubmatch(before); g != nil {
			set(noun+" "+g[2]+" by "+d.spelledAcronym(lowerTitleStart(g[1])), `"<agent> `+g[2]+` N <noun>": the noun, done by the agent`)
		}
		if g := ofTheseRE.FindStringSubmatch(before); g != nil {
			if p, ok := d.prevSentenceCount(m); ok {
				if pt := d.titleOf(p); strings.HasPrefix(strings.ToLower(pt), strings.ToLower(g[1])+" ") {
					set(noun+pt[len(g[1]):], `"of these `+strings.ToLower(g[1])+`": a part of the figure before`)
				}
			}
		}
		if g := movedToRE.FindStringSubmatch(before); g != nil {
			set(g[1], "the level the subject of the change reached")
		}
		if strings.HasSuffix(ind.Title, " by "+titleAcronym(ind.Title)) {
			set(d.spelledAcronym(ind.Title), "the acronym written out")
		}
	case ind.Unit.Kind == indicators.Count || ind.Unit.Kind == 0 && m.Kind == Number:
		// A bare number in brackets after a comparison.
		if !bracketEarlierRe.MatchString(before[max(0, len(before)-120):]) {
			return
		}
		if a, ok := d.countAnchor(m); ok {
			q, u, err := indicators.ParseStated(a.Text)
			if err != nil || u.Kind != indicators.Count {
				return
			}
			_ = q
			ind.Unit, cl.fieldNotes["unit"] = u, "the unit of "+a.Text+", which it is compared with"
			declare(cl.fieldNotes, "unit", "unit/releaseClaim")
			ind.Measure = indicators.CountKind
			set(d.titleOf(a), "the same quantity as "+a.Text+", at the time it is compared with")
		}
	case ind.Measure == indicators.Change && ind.Unit.Kind == indicators.Percent:
		if g := movedRE.FindStringSubmatch(before); g != nil {
			set(countChangeTitle(g[1], after, ind), "the change of the sentence's subject")
			return
		}
		if !changeJoinRE.MatchString(before) {
			return
		}
		if a, ok := d.countAnchor(m); ok {
			set(countChangeTitle(d.titleOf(a), after, ind), "the change of "+a.Text+", the count before it")
		}
	}
}

// keptTitleMark is the key of a claim's field notes that says a rule of
// drafts63 titled it; repairTitle then leaves the title alone. The
// catalog writer shows notes of fields only, so the mark is never shown.
const keptTitleMark = "drafts63"

// countChangeTitle returns "Change in <title> <comparison>", without
// the agent of the title when that passes 64 characters.
func countChangeTitle(t, after string, ind *indicators.Indicator) string {
	if t == "" || titleFault(t) != "" {
		return ""
	}
	out := "Change in " + lowerTitleStart(t)
	cmp := earlierTitle(after) // draft62's reading of the comparison
	if g := fromYearRE.FindStringSubmatch(after); cmp == "" && g != nil && ind.Period.IsStated() && g[1] == itoa4(ind.Period.From.Year-1) {
		cmp = " on a year earlier"
	}
	if cmp == "" {
		return "" // the drafter's other rules name a change without a comparison
	}
	if len(out+cmp) > 64 {
		if i := strings.LastIndex(out, " by "); i > 0 && !articleRE.MatchString(out[i+len(" by "):]) {
			out = out[:i] // the agent, not a cause that sets the part apart
		}
	}
	return out + cmp
}

// articleRE matches an article that opens a cause ("by a Section
// 21 notice"), which a shortened title keeps.
var articleRE = lazyRegexp(`^(?:a|an|the)\s`)

// lowerTitleStart returns t with its first letter in lower case, unless t
// opens on an acronym ("FRSs").
func lowerTitleStart(t string) string {
	r := []rune(t)
	if len(r) > 1 && !unicode.IsUpper(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// itoa4 returns the year y in digits.
func itoa4(y int) string {
	b := []byte{'0', '0', '0', '0'}
	for i := 3; i >= 0 && y > 0; i-- {
		b[i] = byte('0' + y%10)
		y /= 10
	}
	return string(b)
}

// statedNoun returns the counted noun of a stated count, capitalised:
// "Households" of "75,860 households", or "".
func statedNoun(stated string) string {
	f := strings.Fields(stated)
	if len(f) < 2 {
		return ""
	}
	w := strings.Join(f[1:], " ")
	if w == "" || !unicode.IsLetter(rune(w[0])) {
		return ""
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// countAnchor returns the count a change or a bracketed figure of m's
// sentence belongs to: the last count before m that is not itself in
// brackets.
func (d *docDraft) countAnchor(m Mention) (Mention, bool) {
	text := d.src.Text
	var a Mention
	ok := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			break
		}
		if o.Unit.Kind != indicators.Count || strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:o.Span.Start], " "), "(") {
			continue
		}
		if len(strings.Fields(o.Text)) < 2 {
			continue
		}
		a, ok = o, true
	}
	return a, ok
}

// prevSentenceCount returns the last count of the sentence before
// m's.
func (d *docDraft) prevSentenceCount(m Mention) (Mention, bool) {
	var p Mention
	ok := false
	for _, o := range d.mentions {
		if o.Span.Start >= m.Sentence.Start {
			break
		}
		if o.Unit.Kind == indicators.Count && len(strings.Fields(o.Text)) >= 2 && m.Sentence.Start-o.Sentence.End < 4 {
			p, ok = o, true
		}
	}
	return p, ok
}

// titleAcronym returns the last word of t when it is an acronym as
// the lexicon reads one ("FRSs", "NHS"), or "".
func titleAcronym(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 || vocab.Acronym(f[len(f)-1]) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// spelledAcronym returns s with a closing acronym the text defines
// ("fire and rescue services (FRSs)") written out, as definedAs reads it:
// "FRSs" → "fire and rescue services".
func (d *docDraft) spelledAcronym(s string) string {
	acr := titleAcronym(s)
	if acr == "" {
		return s
	}
	full := d.definedAs(acr)
	if full == "" {
		return s
	}
	return strings.TrimSuffix(s, acr) + strings.ToLower(full)
}

// quarterPairRE matches the change noun and its subject before a
// percentage in brackets after "this quarter" or "last quarter": "the
// increase in households with children owed a relief duty this quarter
// (" and "… this quarter (7.9%) and last quarter (".
var quarterPairRE = lazyRegexp(`(?i)\b(increase|decrease|rise|fall|change)\s+in\s+([a-z][a-z ]{3,80}?)\s+this\s+(quarter|month|year)\s*\((?:[0-9.]+%\)\s+and\s+(?:last|the\s+previous)\s+(?:quarter|month|year)\s*\()?$`)

// quarterChange makes a percentage in brackets after "the
// increase in X this quarter (…) and last quarter (…)" a change of X on
// the same time a year earlier.
func (d *docDraft) quarterChange(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	if ind.Unit.Kind != indicators.Percent {
		return
	}
	g := quarterPairRE.FindStringSubmatch(text[max(m.Sentence.Start, m.Span.Start-200):m.Span.Start])
	if g == nil {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, `in brackets after "the `+strings.ToLower(g[1])+` in … this `+g[3]+`": a change`
	declare(cl.fieldNotes, "measure", "measure/quarterChange")
	if strings.EqualFold(g[1], "increase") || strings.EqualFold(g[1], "rise") {
		ind.Quantity.Direction = indicators.Up
	} else if !strings.EqualFold(g[1], "change") {
		ind.Quantity.Direction = indicators.Down
	}
	t := "Change in " + g[2] + " on a year earlier"
	if !strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ("), "this "+g[3]) {
		t += ", previous " + g[3]
	}
	if titleFault(t) == "" {
		ind.Title, cl.fieldNotes["title"], cl.fieldNotes[keptTitleMark] = t, "the change the brackets give", "title"
		declare(cl.fieldNotes, "title", "title/quarterChange")
	}
}

// restatedComment returns why a percentage in brackets after "this
// quarter" restates a figure drafted before it for the same subject and
// time ("… increased 7.9% … This reflects the increase in … this quarter
// (7.9%)"), or "".
func (d *docDraft) restatedComment(m Mention) string {
	text := d.src.Text
	if m.Unit.Kind != indicators.Percent || !quarterPairRE.MatchString(text[max(m.Sentence.Start, m.Span.Start-200):m.Span.Start]) ||
		!strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ("), "this quarter") &&
			!strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ("), "this month") &&
			!strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ("), "this year") {
		return ""
	}
	for _, o := range d.mentions {
		if o.Span.Start >= m.Sentence.Start {
			break
		}
		if o.Text == m.Text && m.Sentence.Start-o.Sentence.End < 600 {
			return "a comment in brackets on " + o.Text + ", drafted before for the same subject and time"
		}
	}
	return ""
}
