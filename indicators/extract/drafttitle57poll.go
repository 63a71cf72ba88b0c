package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of a poll's shares (drafts57): who (the population or group)
// plus what they said or did, never the heading the figure stands under.
//
//	93% of adults reported the cost of living as an important issue →
//	Adults reporting the cost of living as an important issue
//	(94%) adults reported their cost of living had increased … → Adults
//	whose cost of living increased …
//	issues reported as important included the NHS (84%) → Adults
//	reporting the NHS as important
//	the most common actions reported by adults … were spending less on
//	non-essentials (68%) → Adults spending less on non-essentials

// poll57Pop names the population of a poll's share.
const poll57Pop = `adults|people|respondents|voters|parents|workers|households|businesses|firms|employees|students|residents|children|pupils`

// poll57OfPop matches a share of a population that reported a clause:
// "93% of adults reported the cost of living as an important issue".
var poll57OfPop = lazyRegexp(`(?i)^\s+of\s+(?:all\s+|the\s+)?(` + poll57Pop + `)\s+(?:reported|said|say|says|report)\s+(?:that\s+)?([^;,.]{3,90})`)

// poll57Bracketed matches what a bracketed share reported: ") adults
// reported their cost of living had increased", ") reported an increase".
var poll57Bracketed = lazyRegexp(`(?i)^\s*\)\s+(?:(` + poll57Pop + `)\s+)?(?:reported|said|say|report)\s+(?:that\s+)?([^;,.]{3,90})`)

// poll57Whose matches "their X had Y …", which reads "whose X Y …".
var poll57Whose = lazyRegexp(`(?i)^their\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:had|has|have)\s+([a-z]+ed\b.*)$`)

// poll57ListLead matches the lead of a list of shares: "other issues
// frequently reported as important included", "the most common actions
// reported by adults because of the rising cost of living were".
var poll57ListLead = lazyRegexp(`(?i)\b(?:reported|named|cited|given|mentioned)\s+(as\s+[a-z-]+|by\s+(?:` + poll57Pop + `))\b[^;:]*?\b(?:included|include|includes|were|was|are)\s+`)

// poll57Clause cuts a reported clause at the next clause: "…; other",
// ", while …", " whereas …".
var poll57Clause = lazyRegexp(`(?i)\s+(?:while|whereas|but|and this|compared with those)\b.*$`)

// pollTitle57 titles a poll's share by who reported what, if its sentence
// has one of the shapes above.
func (d *docDraft) pollTitle57(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Unit.Kind != indicators.Percent || ind.Measure != indicators.Share {
		return
	}
	text := d.src.Text
	after := text[m.Span.End:m.Sentence.End]
	pop := "Adults"
	title := ""
	if g := poll57OfPop.FindStringSubmatch(after); g != nil {
		pop = upperFirst(strings.ToLower(g[1]))
		title = pop + " reporting " + poll57Cut(g[2])
	} else if g := poll57Bracketed.FindStringSubmatch(after); g != nil {
		if g[1] != "" {
			pop = upperFirst(strings.ToLower(g[1]))
		} else if p := poll57SentencePop(text[m.Sentence.Start:m.Span.Start]); p != "" {
			pop = p
		}
		clause := poll57Cut(g[2])
		if w := poll57Whose.FindStringSubmatch(clause); w != nil {
			title = pop + " whose " + w[1] + " " + w[2]
		} else {
			title = pop + " reporting " + clause
		}
	} else if strings.HasPrefix(strings.TrimSpace(after), ")") {
		if title = d.pollGroupTitle57(m); title == "" {
			title = d.pollListTitle57(m)
		}
	}
	if title == "" || titleFault(title) != "" {
		return
	}
	ind.Title, cl.fieldNotes["title"] = title, "a poll's share: who reported it and what they reported"
}

// poll57Cut cuts a reported clause at the start of the next one.
func poll57Cut(s string) string {
	s = poll57Clause.ReplaceAllString(s, "")
	return strings.Join(strings.Fields(s), " ")
}

// poll57PopWord matches a population word.
var poll57PopWord = lazyRegexp(`(?i)\b(` + poll57Pop + `)\b`)

// poll57SentencePop returns the population named before a figure in its
// sentence, capitalised, or "".
func poll57SentencePop(s string) string {
	all := poll57PopWord.FindAllString(s, -1)
	if len(all) == 0 {
		return ""
	}
	return upperFirst(strings.ToLower(all[len(all)-1]))
}

// pollListTitle57 titles a share that is an item of a list after a lead:
// "included the NHS (84%), the economy (81%)" → "Adults reporting the NHS
// as important"; "were spending less on non-essentials (68%)" → "Adults
// spending less on non-essentials".
func (d *docDraft) pollListTitle57(m Mention) string {
	text := d.src.Text
	open := strings.LastIndex(text[m.Sentence.Start:m.Span.Start], "(")
	if open < 0 {
		return ""
	}
	before := text[m.Sentence.Start : m.Sentence.Start+open]
	if i := strings.LastIndex(before, ";"); i >= 0 {
		before = before[i+1:]
	}
	loc := poll57ListLead.FindAllStringSubmatchIndex(before, -1)
	if len(loc) == 0 {
		return ""
	}
	last := loc[len(loc)-1]
	kind := before[last[2]:last[3]]
	items := before[last[1]:]
	// the item: the words after the last comma or "and" that follows a
	// closing bracket.
	if i := strings.LastIndex(items, ")"); i >= 0 {
		items = items[i+1:]
		items = strings.TrimLeft(items, " ,")
		items = strings.TrimPrefix(items, "and ")
	}
	items = poll57SuchAs.ReplaceAllString(items, "")
	item := strings.Join(strings.Fields(strings.Trim(items, " ,")), " ")
	if item == "" || len(strings.Fields(item)) > 10 {
		return ""
	}
	pop := "Adults"
	if p := poll57SentencePop(before); p != "" {
		pop = p
	}
	if strings.HasPrefix(strings.ToLower(kind), "as ") {
		return fmt.Sprintf("%s reporting %s %s", pop, item, strings.ToLower(kind))
	}
	return pop + " " + item
}

// poll57SuchAs matches an example set off by commas: ", such as gas or
// electricity,".
var poll57SuchAs = lazyRegexp(`(?i),\s+(?:such as|including|like)\s+[^,]+,`)

// poll57GroupA matches a group's share set against another's: "People
// living in the most deprived areas more frequently reported spending
// less on food", "those living in the least deprived areas appeared more
// likely to report making improvements".
var poll57GroupA = lazyRegexp(`(?i)^(.{3,80}?)\s+(?:appeared\s+|were\s+)?(?:more|less)\s+(?:frequently|often|likely)\s+(?:to\s+)?(?:reported|report|said|say)\s+([^()]{3,80})$`)

// poll57GroupB matches the other group of a comparison, before its share:
// "compared with those living in the least deprived areas", "than people
// in the most deprived areas".
var poll57GroupB = lazyRegexp(`(?i)(?:compared with|than)\s+(.{3,80}?)\s*$`)

// poll57Among matches the group a pointing-back share is of: ") among
// those living in the most deprived areas".
var poll57Among = lazyRegexp(`(?i)^\s*\)\s+among\s+(.{3,80}?)(?:\s+compared with\b|[,;.]|$)`)

// poll57Reported matches what a clause reported: "reported they were
// behind on these bills".
var poll57Reported = lazyRegexp(`(?i)\b(?:reported|said|say)\s+(?:that\s+)?(?:they\s+(?:were|are)\s+)?([^;,.()]{3,60}?)\s*(?:\(|;|$)`)

// poll57Group writes a group as a population: "those living in the least
// deprived areas" → "Adults in the least deprived areas".
func poll57Group(g string) string {
	g = strings.Join(strings.Fields(g), " ")
	lg := strings.ToLower(g)
	for _, p := range []string{"people living in ", "those living in ", "adults living in ", "people in ", "those in ", "adults in "} {
		if strings.HasPrefix(lg, p) {
			return "Adults in " + g[len(p):]
		}
	}
	return upperFirst(g)
}

// pollGroupTitle57 titles a share of a group comparison by its group and
// the comparison's measure, or "".
func (d *docDraft) pollGroupTitle57(m Mention) string {
	text := d.src.Text
	sent := text[m.Sentence.Start+bulletPrefix(text[m.Sentence.Start:m.Sentence.End]) : m.Span.Start]
	open := strings.LastIndex(sent, "(")
	if open < 0 {
		return ""
	}
	head := sent[:open]
	clause := head
	for _, sep := range []string{"; ", ", whereas ", ", while ", " whereas ", " while "} {
		if i := strings.LastIndex(clause, sep); i >= 0 {
			clause = clause[i+len(sep):]
		}
	}
	clause = strings.TrimSpace(clause)
	if g := poll57GroupA.FindStringSubmatch(clause); g != nil {
		return poll57Group(g[1]) + " " + strings.TrimSpace(g[2])
	}
	if g := poll57GroupB.FindStringSubmatch(clause); g != nil {
		// the measure: the first group's, earlier in the clause.
		if j := strings.LastIndex(clause, "("); j >= 0 {
			if a := poll57GroupA.FindStringSubmatch(strings.TrimSpace(clause[:j])); a != nil {
				return poll57Group(g[1]) + " " + strings.TrimSpace(a[2])
			}
		}
		if x := poll57PointedBack(head); x != "" {
			return poll57Group(g[1]) + " " + x
		}
	}
	if g := poll57Among.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); g != nil {
		if x := poll57PointedBack(head); x != "" {
			return poll57Group(g[1]) + " " + x
		}
	}
	return ""
}

// poll57PointedBack returns what the clause before "this appeared higher"
// reported: "behind on these bills", or "".
func poll57PointedBack(head string) string {
	i := strings.LastIndex(head, ";")
	if i < 0 {
		return ""
	}
	g := poll57Reported.FindStringSubmatch(head[:i+1])
	if g == nil {
		return ""
	}
	return strings.TrimSpace(g[1])
}
