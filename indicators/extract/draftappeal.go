package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Appeals of international bodies (drafts21, the kinds of UNICEF's
// release of its 2020 Humanitarian Action for Children appeal):
//
//	UNICEF today released its US$ 4.2 billion 2020 emergency appeal → a
//	target of 2020, "UNICEF emergency appeal"
//	… to reach 59 million children … in 64 countries across the globe →
//	targets of the appeal, the world's (WLD)
//	representing 3.5 times the funds requested in 2010 → of the appeal's
//	year: 2010 is the base
//	In East Asia and Pacific, UNICEF is appealing for US$68.9 million,
//	including US$19.5 million for the Democratic Republic of Korea (DPR
//	Korea), US$40.7 million for Myanmar and US$8.7 million for regional
//	coordination → targets of 2020, each for its own place (the region's
//	M49 regions for "regional coordination"), titled by its own "for …"
//	“… More than one third of the population does not have access to safe
//	drinking water …,” said …, UNICEF Representative, DPR Korea → KP

// appealCues make an amount in their sentence an appeal's: a target.
var appealCues = []string{"appeal", "appealing for", "appeals for", "appealed for", "ask", "requested", "funding requirement", "funding requirements"}

// appealYearRe is the year of an appeal: "its US$ 4.2 billion 2020
// emergency appeal", "a 2020 appeal".
var appealYearRe = lazyRegexp(`\b((?:19|20)\d\d) (?:[a-z]+ ){0,2}appeal\b`)

// appealYearOf returns the year of the first appeal a text dates.
func appealYearOf(text string) int {
	if !strings.Contains(text, "appeal") {
		return 0 // the regexp over a whole text is the cost of drafting a large one
	}
	g := appealYearRe.FindStringSubmatch(text)
	if g == nil {
		return 0
	}
	y, _ := strconv.Atoi(g[1])
	return y
}

// paragraphOf returns the bounds of the paragraph (line) holding byte at.
func paragraphOf(text string, at int) (int, int) {
	return paragraphStart(text, at), lineEnd(text, at)
}

// appealClaim dates, places, marks and titles the figures of an
// international body's appeal.
func (d *docDraft) appealClaim(cl *claim, m Mention, cs, ce int) {
	if d.body == "" || d.appealYear == 0 {
		return
	}
	ind := &cl.ind
	text := d.src.Text
	ps, pe := paragraphOf(text, m.Span.Start)
	para := joinBroken(text[ps:pe])
	lowPara := strings.ToLower(para)
	sent := joinBroken(text[m.Sentence.Start:m.Sentence.End])
	lowSent := strings.ToLower(sent)
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := joinBroken(text[m.Span.End:m.Sentence.End])
	lowAfter := strings.ToLower(after)
	appealPara := hasPhrase(lowPara, "appeal") || hasPhrase(lowPara, "appealing")
	if appealPara {
		times := strings.HasPrefix(strings.TrimSpace(lowAfter), "times ") || strings.HasSuffix(strings.ToLower(m.Text), " times")
		// When: the appeal's year, whose base a multiple names.
		if !ind.Period.IsStated() || times {
			ind.Period = indicators.YearPeriod(d.appealYear)
			cl.fieldNotes["period"] = fmt.Sprintf("the %d appeal this paragraph is about", d.appealYear)
			declare(cl.fieldNotes, "period", "period/appealClaim#1")
		}
		switch {
		case times:
			rest := strings.TrimSpace(after)
			rest = strings.TrimSpace(strings.TrimPrefix(rest, "times"))
			rest = strings.TrimRight(rest, ".;: ")
			if rest != "" && len(rest) < 50 {
				ind.Title, cl.fieldNotes["title"] = "Appeal relative to "+rest, "what the multiple compares the appeal with"
				declare(cl.fieldNotes, "title", "title/appealClaim#1")
			}
			ind.Status, cl.fieldNotes["status"] = indicators.Fact, "a multiple of past funds: how large the appeal is, a fact"
			declare(cl.fieldNotes, "status", "status/appealClaim#1")
		case ind.Unit.Kind == indicators.Money && firstPhrase(lowSent, appealCues) != "":
			ind.Status, cl.fieldNotes["status"] = indicators.Target, fmt.Sprintf("%q: an amount appealed for is a target", firstPhrase(lowSent, appealCues))
			declare(cl.fieldNotes, "status", "status/appealClaim#2")
			d.appealAmount(cl, m, sent, before, after)
		case hasPhrase(before, "to reach") && ind.Unit.Kind == indicators.Count:
			ind.Status, cl.fieldNotes["status"] = indicators.Target, `"to reach": what an appeal aims to reach is a target`
			declare(cl.fieldNotes, "status", "status/appealClaim#3")
			noun := firstWordAfterFigure(after)
			if f := strings.Fields(m.Text); len(f) > 1 && isLowerWord(f[len(f)-1]) {
				noun = f[len(f)-1] // "94 million children"
			}
			switch {
			case noun == "" || !isLowerWord(noun):
			case strings.Contains(before[strings.LastIndex(before, "to reach"):], "to reach ") && !strings.Contains(before[strings.LastIndex(before, "to reach"):], " in "):
				ind.Title = upperFirst(noun) + " the appeal aims to reach"
			default:
				ind.Title = upperFirst(noun) + " the appeal covers"
			}
			cl.fieldNotes["title"] = "what the appeal counts"
			declare(cl.fieldNotes, "title", "title/appealClaim#2")
		}
	}
	// Who.
	if codes, why, ok := d.appealPlaces(m, sent, para, after); ok {
		ind.Entities, ind.Counterpart = codes, ""
		cl.fieldNotes["entities"] = why
		declare(cl.fieldNotes, "entities", "entities/appealClaim")
		delete(cl.fieldNotes, "counterpart")
	}
	// One in N of a group is a share of it.
	if proportionRe.MatchString(m.Text) {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "a proportion (one in N) of a group"
		declare(cl.fieldNotes, "measure", "measure/appealClaim")
		if t := proportionTitle(after); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "the group and what it shares"
			declare(cl.fieldNotes, "title", "title/appealClaim#3")
		}
	}
	if !ind.Period.IsStated() && !d.dateline.IsZero() && strings.Contains(strings.ToLower(joinBroken(text[ps:m.Span.Start])), " today") &&
		!strings.Contains(strings.ToLower(joinBroken(text[ps:m.Sentence.Start])), "”") {
		ind.Period = indicators.YearPeriod(d.dateline.Year)
		cl.fieldNotes["period"] = fmt.Sprintf("%q earlier in the quote: the dateline's year", "today")
		declare(cl.fieldNotes, "period", "period/appealClaim#2")
	}
	if t, ok := withoutAccess(ind.Title, after); ok {
		ind.Title, cl.fieldNotes["title"] = t, "what the share lacks"
		declare(cl.fieldNotes, "title", "title/appealClaim#4")
	}
}

// proportionRe is a proportion of a group: "One in four", "One in 5".
var proportionRe = lazyRegexp(`(?i)^one in \w+$`)

// proportionTitle titles a proportion from the words after it: "children
// lives in a country affected by conflict" → "Share of children living in
// a country affected by conflict"; "children in DPR Korea are stunted" →
// "Share of children in DPR Korea stunted".
func proportionTitle(after string) string {
	f := strings.Fields(strings.TrimRight(strings.SplitN(strings.SplitN(after, "”", 2)[0], ".", 2)[0], ",;:\""))
	if len(f) < 2 || !isLowerWord(f[0]) {
		return ""
	}
	var out []string
	for i, w := range f {
		switch {
		case i > 0 && (w == "are" || w == "is"):
			continue
		case i > 0 && len(w) > 3 && strings.HasSuffix(w, "es") && !strings.HasSuffix(w, "ses") && len(out) > 0 && out[len(out)-1] == f[0]:
			// "lives" → "living"
			w = strings.TrimSuffix(strings.TrimSuffix(w, "s"), "e") + "ing"
		}
		out = append(out, w)
	}
	t := "Share of " + strings.Join(out, " ")
	for len(t) > 64 {
		i := strings.LastIndex(t, " or ")
		if i < 0 {
			i = strings.LastIndex(t, " ")
		}
		t = t[:i]
	}
	return t
}

// withoutAccess rewrites a title that ends on "does not" or "do not" with
// what the clause after the figure lacks: "Share of population does not"
// + "have access to safe drinking water" → "Share of population without
// safe drinking water".
func withoutAccess(title, after string) (string, bool) {
	t, ok := strings.CutSuffix(title, " does not")
	if !ok {
		t, ok = strings.CutSuffix(title, " do not")
	}
	if !ok {
		return title, false
	}
	i := strings.Index(after, " not have ")
	if i < 0 {
		return title, false
	}
	rest := strings.TrimPrefix(after[i+len(" not have "):], "access to ")
	if k := strings.IndexAny(rest, ".,;”\""); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || len(t)+len(" without ")+len(rest) > 64 {
		return title, false
	}
	return t + " without " + rest, true
}

// firstWordAfterFigure returns the first word after a figure and its
// scale word: "million children" → "children".
func firstWordAfterFigure(after string) string {
	for _, w := range strings.Fields(after) {
		w = strings.Trim(w, ",.;:()")
		switch w {
		case "million", "billion", "thousand", "trillion", "":
			continue
		}
		return w
	}
	return ""
}

// forPlaceRe is what an amount is for: "for the Democratic Republic of
// Korea (DPR Korea)", "for Myanmar", "for regional coordination".
var forPlaceRe = lazyRegexp(`^\s*for (?:the )?([^,;.()]+?)(?: \(([^)]+)\))?(?:,| and |;|\.|$)`)

// appealAmount titles an amount of an appeal: the appeal itself ("its
// US$ 4.2 billion 2020 emergency appeal" → "UNICEF emergency appeal"), the
// appealed total ("UNICEF is appealing for US$68.9 million" → "UNICEF
// appeal for East Asia and Pacific"), or an item within it, from its own
// "for …" phrase.
func (d *docDraft) appealAmount(cl *claim, m Mention, sent, before, after string) {
	ind := &cl.ind
	region, _, _ := regionSpanIn(sent)
	if g := forPlaceRe.FindStringSubmatch(after); g != nil {
		what := g[1]
		if g[2] != "" && len(placesIn(g[2], 0)) > 0 {
			what = g[2]
		}
		if len(placesIn(what, 0)) == 0 && region != "" {
			what += " in " + region
		}
		ind.Title, cl.fieldNotes["title"] = d.body+" appeal for "+what, "its own \"for …\" phrase"
		declare(cl.fieldNotes, "title", "title/appealAmount#1")
		return
	}
	if strings.HasSuffix(strings.TrimSpace(before), "appealing for") && region != "" {
		ind.Title, cl.fieldNotes["title"] = d.body+" appeal for "+region, "the region the appeal is for"
		declare(cl.fieldNotes, "title", "title/appealAmount#2")
		return
	}
	f := strings.Fields(strings.ToLower(after))
	for i, w := range f {
		if i > 3 {
			break
		}
		if strings.Trim(w, ",.;:") == "appeal" {
			var words []string
			for _, x := range f[:i] {
				if _, err := strconv.Atoi(x); err == nil {
					continue // the appeal's year
				}
				words = append(words, x)
			}
			ind.Title, cl.fieldNotes["title"] = strings.TrimSpace(d.body+" "+strings.Join(words, " ")+" appeal"), "the head noun after the figure"
			declare(cl.fieldNotes, "title", "title/appealAmount#3")
			return
		}
	}
}

// appealPlaces returns the entities of a figure of an appeal's document:
// the place after its "for", else the places its sentence names (a
// spanning region as its M49 regions), else the place of the person a
// quote is attributed to ("said …, UNICEF Representative, DPR Korea"),
// else the world when the paragraph says so.
func (d *docDraft) appealPlaces(m Mention, sent, para, after string) ([]string, string, bool) {
	if g := forPlaceRe.FindStringSubmatch(after); g != nil {
		if ps := placesIn(g[1], 0); len(ps) > 0 {
			return []string{ps[0].code}, fmt.Sprintf("%q: the place the amount is for", strings.TrimSpace(g[0])), true
		}
		if name, codes, ok := regionSpanIn(sent); ok {
			return codes, fmt.Sprintf("%q: of the region of the lead clause", name), true
		}
	}
	if name, codes, ok := regionSpanIn(sent); ok {
		return codes, fmt.Sprintf("%q: a region that spans these M49 regions", name), true
	}
	if ps := countries(placesIn(sent, 0)); len(ps) > 0 {
		return distinct(ps[:1]), "the place the sentence names", true
	}
	if c, who, ok := attributedPlace(para); ok {
		return []string{c}, fmt.Sprintf("the quote is attributed to %q", who), true
	}
	if c := firstPhrase(strings.NewReplacer("“", " ", "”", " ").Replace(strings.ToLower(para)), vocab.WorldPhrases); c != "" {
		return []string{indicators.World}, fmt.Sprintf("%q in the paragraph", c), true
	}
	return nil, "", false
}

// attributedRe is a quote's attribution that ends on a place: "said
// Myo-Zin Nyunt, UNICEF Representative, DPR Korea."
var attributedRe = lazyRegexp(`\bsaid ([^.”"]+), ([^,.]+)\.\s*$`)

// attributedPlace returns the place a quoted person's role ends on.
func attributedPlace(para string) (string, string, bool) {
	g := attributedRe.FindStringSubmatch(strings.TrimSpace(para))
	if g == nil {
		return "", "", false
	}
	ps := placesIn(g[2], 0)
	if len(ps) != 1 || ps[0].code == indicators.World {
		return "", "", false
	}
	return ps[0].code, g[1] + ", " + g[2], true
}
