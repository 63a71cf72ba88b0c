package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A bare ordinal is a rank claim when its clause ranks (issue 11, a
// defence bulletin): "SIPRI … rank the UK 6th globally", and a key-figure
// line that opens on an ordinal and names a position ("4th The UK’s
// position in global defence expenditure rankings"). The extractor reads
// only "Nth largest" and "(Nth)" after a name; the drafter adds these to
// its mentions, so the extractor's hot path is left as it is.

// rankedOrdinalRE matches an ordinal after a verb of ranking and its
// object: "rank the UK 6th", "ranked Germany 3rd".
var rankedOrdinalRE = lazyRegexp(`\b(?:[Rr]ank|[Rr]anks|[Rr]anked|[Rr]anking)\s+(?:[\p{L}’'.]+\s+){0,3}?(\d{1,3}(?:st|nd|rd|th))\b`)

// lineOrdinalRE matches an ordinal that opens a line, from the line's
// start.
var lineOrdinalRE = lazyRegexp(`^[ \t]*(\d{1,3}(?:st|nd|rd|th))\s+\S`)

// positionWordsRE matches the words of a position on a line: "position",
// "place", "rank", "rankings".
var positionWordsRE = lazyRegexp(`(?i)\b(?:position|place|rank|ranking|rankings|ranked)\b`)

// withOrdinalRanks returns ms, in text order, with a Rank mention added
// for each bare ordinal in a ranking clause that no mention covers.
func withOrdinalRanks(text string, ms []Mention) []Mention {
	if !strings.Contains(text, "th ") && !strings.Contains(text, "st ") && !strings.Contains(text, "nd ") && !strings.Contains(text, "rd ") {
		return ms
	}
	var add []Mention
	try := func(s, e int) {
		for _, m := range ms {
			if m.Span.Start < e && s < m.Span.End {
				return
			}
		}
		n, err := strconv.Atoi(text[s : e-2])
		if err != nil || n == 0 {
			return
		}
		sp := indicators.Span{Start: s, End: e}
		add = append(add, Mention{Span: sp, Text: text[s:e], Kind: Rank, Figure: sp, Numbers: [2]indicators.Span{{Start: s, End: e - 2}},
			Quantity: indicators.Quantity{Value: indicators.MustParseDecimal(strconv.Itoa(n))}, Unit: indicators.Unit{Kind: indicators.Rank},
			Sentence: wholeSentence(text, ordinalSentence(text, s, e))})
	}
	// The patterns run on a short window at each "ank" and at each line
	// that opens on a digit, never over the whole text.
	for i := 0; ; {
		j := strings.Index(text[i:], "ank")
		if j < 0 {
			break
		}
		at := i + j - 1
		i += j + 3
		if at < 0 || text[at] != 'r' && text[at] != 'R' {
			continue
		}
		w := text[at:min(len(text), at+80)]
		if g := rankedOrdinalRE.FindStringSubmatchIndex(w); g != nil && g[0] == 0 {
			try(at+g[2], at+g[3])
		}
	}
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		if le < 0 {
			le = len(text) - ls
		}
		line := text[ls : ls+le]
		if t := strings.TrimLeft(line, " \t"); t != "" && t[0] >= '0' && t[0] <= '9' {
			if g := lineOrdinalRE.FindStringSubmatchIndex(line); g != nil && positionWordsRE.MatchString(line) {
				try(ls+g[2], ls+g[3])
			}
		}
		ls += le + 1
	}
	if len(add) == 0 {
		return ms
	}
	out := append(slices.Clone(ms), add...)
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Span.Start - b.Span.Start })
	return out
}

// ordinalSentence returns the sentence of the line that holds s..e: from
// after the last stop before s on the line to the next stop after e, or
// the line's ends.
func ordinalSentence(text string, s, e int) indicators.Span {
	ls := strings.LastIndexByte(text[:s], '\n') + 1
	le := lineEnd(text, e)
	start := ls
	if i := strings.LastIndex(text[ls:s], ". "); i >= 0 {
		start = ls + i + 2
	}
	for start < s && (text[start] == ' ' || text[start] == '\t') {
		start++
	}
	end := le
	if i := strings.Index(text[e:le], ". "); i >= 0 {
		end = e + i + 1
	}
	return indicators.Span{Start: start, End: strings.LastIndexFunc(text[:end], func(r rune) bool { return r != ' ' && r != '\r' }) + 1}
}

// rankCopulaRE matches a linking verb left in a rank's title: "Rank of UK
// remains as spender in NATO".
var rankCopulaRE = lazyRegexp(`\s(?:remains|remained|is|was|stays|stayed|becomes|became)\s`)

// leadAcronymRE matches an acronym that opens a sentence as its subject:
// "SIPRI, who include …".
var leadAcronymRE = lazyRegexp(`^([A-Z]{2,8})\b`)

// rankTitle titles a rank: a bare ordinal ranked by a verb is "<object>
// rank <where>" with the ranker its subject names ("UK rank globally
// (SIPRI)"), and a rank's title drops a linking verb. It reports whether
// it changed the title.
func (d *docDraft) rankTitle(cl *claim, m Mention) bool {
	ind := &cl.ind
	if ind.Measure != indicators.RankKind {
		return false
	}
	text := d.src.Text
	if t := rankCopulaRE.ReplaceAllString(ind.Title, " "); t != ind.Title && titleFault(t) == "" {
		ind.Title, cl.fieldNotes["title"] = t, "a rank's title without its linking verb"
		declare(cl.fieldNotes, "title", "title/rankTitle#1")
		return true
	}
	if titleFault(ind.Title) == "" && !isFallbackTitle(ind.Title) {
		return false
	}
	g := rankedOrdinalRE.FindStringSubmatchIndex(text[m.Sentence.Start:m.Span.End])
	if g == nil || m.Sentence.Start+g[3] != m.Span.End {
		return false
	}
	obj := strings.Fields(text[m.Sentence.Start+g[0] : m.Span.Start])[1:]
	if len(obj) > 0 && strings.EqualFold(obj[0], "the") {
		obj = obj[1:]
	}
	if len(obj) == 0 {
		return false
	}
	t := strings.Join(obj, " ") + " rank"
	if rest := strings.TrimRight(strings.Join(strings.Fields(text[m.Span.End:m.Sentence.End]), " "), "."); rest != "" && !strings.ContainsAny(rest, ",;") {
		t += " " + rest
	}
	if a := leadAcronymRE.FindString(text[m.Sentence.Start:m.Span.Start]); a != "" {
		t += " (" + a + ")"
	}
	if t = trimTitle(t); t == "" || titleFault(t) != "" {
		return false
	}
	ind.Title, cl.fieldNotes["title"] = t, "what the sentence ranks, where, and who ranks it"
	declare(cl.fieldNotes, "title", "title/rankTitle#2")
	return true
}

// firstPlaceVerbs are the verbs that give a first place stated in words
// to their subject: "was the warmest year", "has the highest number",
// "remained the most frequent type", "continued to be the most", "make
// up the largest proportion", "saw the largest increase", "recorded the
// lowest rate".
var firstPlaceVerbs = stopSet(classCopulas|classHaveForms, "be", "been", "remain", "remains", "remained", "become", "becomes", "became", "up",
	"see", "sees", "saw", "seen", "recorded", "experienced")

// firstPlaceAtRE matches the figure a first place stands at in its
// clause: "had the highest proportion of female attendees at 64%".
var firstPlaceAtRE = lazyRegexp(`^[^,;:()]*? at (?:around |about |just |over |under )?[£$€]?\d`)

// recordReachRE matches a record's reach after a superlative, in its
// clause: what the place is first among, a span of time or every other
// ("the highest number of permits since records began", "the lowest on
// record", "the largest ever", "the highest of any region", "its highest
// level for any year"): lexicon.RankTimeFrames and a few more. The reach
// alone makes the superlative a first place, whatever verb, preposition or
// comma stands before it.
var recordReachRE = lazyRegexp(`^(?:[^,;:()\n.]*?\s)?(?:` + strings.Join(vocab.RankTimeFrames, "|") + `|to date|so far|in history|(?:of|for|in|across|than) any)\b`)

// firstPlaceAt reports whether the words before the determiner at at
// give the superlative after it a place: a verb of firstPlaceVerbs right
// before ("was the warmest year"), or before "the", a noun or three and
// "with" ("was the drug with the highest cost", "is the region with the
// lowest rate": the place is the noun's, ranked by the superlative); a
// possessive after "at" or "to" is the subject's own extreme ("were at
// their highest", "rose to its lowest level").
func firstPlaceAt(text string, at int, det string) bool {
	before := strings.Fields(text[max(0, at-60):at])
	if len(before) == 0 {
		return false
	}
	last := strings.ToLower(before[len(before)-1])
	if det != "the" {
		return last == "at" || last == "to"
	}
	if firstPlaceVerbs[last] {
		return true
	}
	if last != "with" {
		return false
	}
	for k := len(before) - 2; k >= 1 && k >= len(before)-4; k-- {
		w := before[k]
		if !asciiLower(w) || slices.Contains(rankStopWords, w) {
			return w == "the" && k < len(before)-2 && firstPlaceVerbs[strings.ToLower(before[k-1])]
		}
	}
	return false
}

// withFirstPlaces returns ms, in text order, with a Rank mention of 1 for
// each first place a clause states in words, with no ordinal: "the", "its"
// or "their" and a superlative or "most" or "least" ("the warmest year",
// "their highest", "the most commonly diagnosed cancer") that a verb or a
// noun gives its place (firstPlaceAt) or that a record's reach follows
// (recordReachRE: "the highest number of seizures on record", "the
// lowest since 1998"), or a record wherever it stands ("compared to the
// record high of 81,215 applications"). "most" as a quantity ("the most
// of the exports", lexicon.FirstPlaceQuantifiers) or of time ("the most
// recent year") is no place, nor is "the latest" or a superlative that
// opens a sentence with no reach: it ranks no subject.
func withFirstPlaces(text string, ms []Mention) []Mention {
	var add []Mention
	for i := 0; ; {
		j := strings.IndexByte(text[i:], ' ')
		if j < 0 {
			break
		}
		at := i + j
		i = at + 1
		det := ""
		if i >= len(text) || text[i] != 't' && text[i] != 'i' {
			continue // most words: no determiner of a first place
		}
		for _, d := range [...]string{"the", "its", "their"} {
			if strings.HasPrefix(text[i:], d+" ") {
				det = d
			}
		}
		if det == "" {
			continue
		}
		i += len(det) + 1
		s := i
		e := lowerWordEnd(text, s)
		w := text[s:e]
		next := text[e:min(len(text), e+24)]
		switch {
		case w == "record" && det == "the":
			if n := strings.Fields(next); len(n) == 0 || !vocab.IsRecordPlace("record "+strings.TrimRight(n[0], ".,;:)")) {
				continue
			}
			e = lowerWordEnd(text, e+1)
		case w == "most" || w == "least":
			n := strings.Fields(next)
			if len(n) > 0 && (n[0] == "of" && (len(n) < 2 || n[1] != "any") || n[0] == "recent") {
				continue
			}
		case w == "latest" || !vocab.Superlative(w):
			continue
		}
		if slices.ContainsFunc(ms, func(m Mention) bool { return m.Span.Start < e && s < m.Span.End }) {
			continue
		}
		sent := ordinalSentence(text, s, e)
		if k := slices.IndexFunc(ms, func(m Mention) bool { return m.Sentence.Start <= s && e <= m.Sentence.End }); k >= 0 {
			sent = ms[k].Sentence
		}
		rest := text[e:max(e, sent.End)]
		if w != "record" && !recordReachRE.MatchString(rest) {
			if !firstPlaceAt(text, at, det) {
				continue
			}
			if firstPlaceAtRE.MatchString(rest) {
				continue // "had the highest rate of incidence at 653 cases": the figure is the claim, its place a description
			}
		}
		sp := indicators.Span{Start: s, End: e}
		add = append(add, Mention{Span: sp, Text: text[s:e], Kind: Rank, Figure: sp, Numbers: [2]indicators.Span{sp},
			Quantity: indicators.Quantity{Value: indicators.Decimal{Coef: 1}}, Unit: indicators.Unit{Kind: indicators.Rank, Name: text[s:e]},
			Sentence: wholeSentence(text, sent)})
	}
	if len(add) == 0 {
		return ms
	}
	out := append(slices.Clone(ms), add...)
	slices.SortStableFunc(out, func(a, b Mention) int { return a.Span.Start - b.Span.Start })
	return out
}

// lowerWordEnd returns the end of the lower-case ASCII word that starts
// at s.
func lowerWordEnd(text string, s int) int {
	e := s
	for e < len(text) && text[e] >= 'a' && text[e] <= 'z' {
		e++
	}
	return e
}
