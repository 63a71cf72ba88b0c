package extract

import (
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a figure is and what to call it, as an energy agency's capacity
// release and a customs office's trade release write them (drafts29):
// "accounting for N% of total additions" is a share, whatever growth word
// stands before it, and names whose and of what; capacity "added" or
// "installed" in a year is a flow over the year, with no direction, titled
// "<thing> added"; one verb over a list of figures "respectively" gives
// each its measure and direction; a figure compared with another ("up from
// 33.3%") or one that continues another ("…, up 1.8 percent") takes that
// figure's title; "X fell 11 percent … to $592 billion" titles the amount
// X; a trade noun alone ("Exports") names the owner of the release's lead
// figure; "N percent of the surveyed firms have resumed work" is the share
// of those firms that did.

// flowsClaim sets the measure, direction and title of a figure by the
// rules of this file.
func (d *docDraft) flowsClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	set := func(t, why string) {
		if t != "" {
			ind.Title, cl.fieldNotes["title"] = t, why
			declare(cl.fieldNotes, "title", "title/flowsClaim")
		}
	}
	if t, ok := d.respectivelyClaim(cl, m); ok {
		set(t, "one verb over a list of figures, \"respectively\": the item this figure stands for")
		return
	}
	if accountingFor.MatchString(before) && strings.HasPrefix(strings.TrimSpace(after), "of ") {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "\"accounting for\" a part of a whole: a share, whatever growth word stands before it"
		declare(cl.fieldNotes, "measure", "measure/flowsClaim#1")
		ind.Quantity.Direction = indicators.NoDirection
		set(d.accountingTitle(m, after), "whose share, of the whole the sentence's figures are parts of")
		return
	}
	if capacityUnit(m.Unit.String()) && (addedBefore.MatchString(before) || addedAfter.MatchString(after)) {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, "capacity added in a year: a flow over the year"
		declare(cl.fieldNotes, "measure", "measure/flowsClaim#2")
		ind.Quantity.Direction = indicators.NoDirection
		if th := addedThing.FindStringSubmatch(after); th != nil {
			set(upperFirst(th[1])+" added", "what was added")
		} else if p, ok := d.prevFigure(m); ok && capacityUnit(p.Unit.String()) {
			set(d.titleOf(p), "compared with the figure before it, of the same thing")
		}
		return
	}
	if t := shareThatTitle(after); t != "" && ind.Measure == indicators.Share {
		set(t, "a percentage of a group that did something: the share of the group that did it")
		return
	}
	if t := reachedShareTitle(before); t != "" && ind.Measure == indicators.Share {
		set(t, "the share a figure brought to")
		return
	}
	if p, ok := d.prevFigure(m); ok {
		between := strings.ToLower(joinBroken(text[p.Span.End:m.Span.Start]))
		switch {
		case comparedFrom.MatchString(between) && weakTitle(ind.Title):
			if p.Unit.Kind != m.Unit.Kind {
				// "to USD 29.3 billion, or 14.4% of ODA, up from USD 12.8
				// billion": the earlier reading of the amount, not of
				// its share.
				if o, ok := d.prevOfKind(m); ok {
					p = o
				}
			}
			if t, ok := ownGroupTitle(d.titleOf(p), after); ok {
				set(t, "compared with the figure before it: the same thing, for the group named after the figure")
				return
			}
			set(d.titleOf(p), "compared with the figure before it: the same thing")
			return
		case appositiveChange.MatchString(between) && m.Quantity.Direction != indicators.NoDirection:
			// "stood at 1.31 trillion yuan, up 1.8 percent": a change
			// titled by a clipped part of the figure's own title.
			pt := d.titleOf(p)
			own := changeLead.ReplaceAllString(ind.Title, "")
			if pt != "" && own != ind.Title && !changeLead.MatchString(pt) && len(own) < len(pt) && strings.HasPrefix(strings.ToLower(pt), strings.ToLower(own)+" ") {
				set("Change in "+lowerFirst(pt), "a change set after the figure it continues")
				return
			}
		case reachedTo.MatchString(between) && p.Quantity.Direction != indicators.NoDirection && ind.Measure != indicators.Change && weakTitle(ind.Title):
			if pt := changeLead.ReplaceAllString(d.titleOf(p), ""); pt != "" {
				set(upperFirst(pt), "the amount the change before it reached: the same thing's")
				return
			}
		}
	}
	if t, ok := d.partnerTradeTitle(m, ind.Measure); ok {
		set(t, "the trade of the sentence's partner with the release's home")
		return
	}
	if o := d.leadOwner(); o != "" {
		if n := tradeNounBefore(before); n != "" && strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(ind.Title, "While ")), n) || n != "" && len(strings.Fields(ind.Title)) <= 1 || n != "" && strings.HasPrefix(ind.Title, "While ") {
			t := o + " " + n
			if ind.Measure == indicators.Change {
				t = "Change in " + t
			}
			set(upperFirst(t), "a trade noun of the release's lead figure, whose owner it names")
		}
	}
}

// groupAfterRe matches the group a figure is of, named right after it,
// lower case: " for women.", " among those aged 16-24,".
var groupAfterRe = lazyRegexp(`^\s*(for|among)\s+((?:[a-z0-9-]+\s+){0,3}?[a-z0-9-]+)\s*(?:[.,;:)]|$)`)

// ownGroupTitle returns the title of the figure compared with, title,
// with its group put for the group named after the twin figure ("The rate
// of searches for men was 159.9 …, compared to 18.4 for women": "Rate of
// searches for women"), and whether there is such a group: a wrong group
// is worse than none, so a title that names no group of the same word
// is not reused.
func ownGroupTitle(title, after string) (string, bool) {
	g := groupAfterRe.FindStringSubmatch(after)
	if g == nil {
		return "", false
	}
	i := strings.LastIndex(strings.ToLower(title), " "+g[1]+" ")
	if i < 0 {
		return "", false
	}
	return title[:i] + " " + g[1] + " " + g[2], true
}

// accountingFor matches the words that make the figure after them a
// share: "accounting for", "accounted for".
var accountingFor = lazyRegexp(`\b(?:accounting|accounted|accounts|account)\s+for\s*$`)

// addedBefore and addedAfter match a verb of capacity put into service
// around a figure: "added 176 gigawatts", "the 179 GW added in 2018".
var (
	addedBefore = lazyRegexp(`\b(?:added|adding|adds|installed|installing|commissioned|additions of)\s*$`)
	addedAfter  = lazyRegexp(`^(?:\s*\([^)]*\))?\s*(?:of\s+[a-z ]+?\s+)?(?:added|installed|commissioned|in additions)\b`)
	addedThing  = lazyRegexp(`^(?:\s*\([^)]*\))?\s*of\s+((?:[a-z-]+\s+){0,3}?capacity)\b`)
)

// capacityUnit reports whether a unit names power capacity.
func capacityUnit(u string) bool {
	switch u {
	case "GW", "MW", "kW", "TW":
		return true
	}
	return false
}

// comparedFrom, appositiveChange and reachedTo match the words between
// two figures of a sentence: "to 34.7%, up from 33.3%"; "stood at 1.31
// trillion yuan, up 1.8 percent"; "fell 11 percent year on year in the
// first two months of this year to $592 billion".
var (
	comparedFrom     = lazyRegexp(`^[^.;]{0,40}\b(?:up|down|higher|lower|rising|falling)\s+from\s*$|^[^.;]{0,40}\bcompared (?:with|to)\s*$`)
	appositiveChange = lazyRegexp(`^\s*(?:\([^)]*\))?\s*,\s*(?:up|down)\s*$`)
	reachedTo        = lazyRegexp(`^[^,;()]{0,80}\bto\s*$`)
	changeLead       = lazyRegexp(`^(?:Change in|Fall in|Rise in|Growth of|Growth in|Increase in|Decrease in|Drop in) `)
)

// weakTitles are first words that name no figure: a relative, a
// direction, a unit, or the words of a time ("Year on year in the first
// two months").
var weakTitles = map[string]bool{"where": true, "which": true, "while": true, "up": true, "down": true, "percent": true,
	"year": true, "year-on-year": true, "during": true, "in": true}

// weakTitle reports whether a title names no figure: one word, or one
// that opens on a word of weakTitles.
func weakTitle(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	return len(f) < 2 || weakTitles[f[0]]
}

// prevFigure returns the figure right before m in its sentence, passing
// a span of time that is no claim ("in the first two months").
func (d *docDraft) prevFigure(m Mention) (Mention, bool) {
	var prev Mention
	ok := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			continue
		}
		if !d.isClaimFigure(o) {
			continue
		}
		prev, ok = o, true
	}
	return prev, ok
}

// prevOfKind returns the last figure of m's sentence before m with a
// unit of m's kind.
func (d *docDraft) prevOfKind(m Mention) (Mention, bool) {
	var prev Mention
	ok := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && o.Unit.Kind == m.Unit.Kind && d.isClaimFigure(o) {
			prev, ok = o, true
		}
	}
	return prev, ok
}

// titleOf returns the title the drafter gives another figure.
func (d *docDraft) titleOf(o Mention) string {
	if f, ok := d.marginedFigure(o); ok {
		o = f // a margin's title is its figure's
	}
	q, u, err := indicators.ParseStated(o.Text)
	if err != nil {
		return ""
	}
	return d.claim(o, q, u).ind.Title
}

// tradeOf matches a title of one party's trade with another: "China's
// trade with ASEAN".
var tradeOf = lazyRegexp(`^(.+?)['’]s (trade|exports|imports) (?:with|to|from) (.+)$`)

// totalOf matches the whole after "accounting for N%": "of total
// additions", "of the total".
var totalOf = lazyRegexp(`^\s*of\s+(?:the\s+)?total\b\s*([a-z]+(?:\s+[a-z]+)?)?`)

// accountingTitle titles a share "accounting for N% of total W": the
// place named since the figure before, as a share of that figure's thing
// and W ("Asia's share of renewable energy capacity additions"), or the
// partner of the figure before as a share of its owner's trade.
func (d *docDraft) accountingTitle(m Mention, after string) string {
	text := d.src.Text
	p, ok := d.prevFigure(m)
	if !ok {
		return ""
	}
	pt := changeLead.ReplaceAllString(d.titleOf(p), "")
	if t := tradeOf.FindStringSubmatch(pt); t != nil {
		return t[3] + "'s share of " + t[1] + "'s " + t[2]
	}
	w := totalOf.FindStringSubmatch(after)
	if w == nil || w[1] == "" {
		return ""
	}
	noun, _, _ := strings.Cut(w[1], " ")
	if noun == "" || titleStop[noun] {
		return ""
	}
	// The place named between the figure before and this one: "with
	// Asia dominating growth and accounting for 54%".
	var place string
	for _, pm := range d.placesAt(text, m.Sentence.Start, p.Span.End, m.Span.Start) {
		place = text[pm.start:pm.end]
	}
	if place == "" || pt == "" {
		return ""
	}
	return place + "'s share of " + lowerFirst(pt) + " " + noun
}

// shareOfThat matches "of the <group> <auxiliary> <what they did>" after
// a percentage: "of the surveyed firms have resumed work".
var shareOfThat = lazyRegexp(`^\s*of\s+the\s+((?:[a-z-]+\s+){1,5}?)(have|has|had)\s+([a-z][a-z' ]+?)\s*(?:[.;,]|$)`)

// shareThatTitle returns "Share of <group> that <did>" for a percentage
// of a group that did something, or "".
func shareThatTitle(after string) string {
	s := shareOfThat.FindStringSubmatch(after)
	if s == nil {
		return ""
	}
	for _, w := range strings.Fields(s[1]) {
		if w == "not" || w == "does" || w == "do" || w == "did" || w == "who" || w == "which" || w == "that" {
			return "" // "does not have access to": a need, not a group that did
		}
	}
	t := "Share of " + strings.TrimSpace(s[1]) + " that " + s[2] + " " + s[3]
	if len(t) > 64 {
		return ""
	}
	return t
}

// shareReached matches a share a figure was brought to: "took the
// renewable share of all global power capacity to".
var shareReached = lazyRegexp(`\b(?:the|its|their)\s+((?:[a-z-]+\s+)?share\s+of\s+[a-z ]+?)\s+to\s*$`)

// reachedShareTitle returns the share a figure was brought to, or "".
func reachedShareTitle(before string) string {
	s := shareReached.FindStringSubmatch(before)
	if s == nil {
		return ""
	}
	return upperFirst(s[1])
}

// tradeNounBefore returns the trade noun that is the subject of the verb
// right before a figure ("exports dipped", "while imports decreased"),
// or "".
var tradeNounVerb = lazyRegexp(`(?:^|\bwhile\s+|\band\s+)(exports|imports)\s+[a-z]+\s*$`)

func tradeNounBefore(before string) string {
	if s := tradeNounVerb.FindStringSubmatch(before); s != nil {
		return s[1]
	}
	return ""
}

// leadOwner returns the possessive that opens the subject of the
// document's first figure ("China's" in "China's foreign trade of goods
// fell 11 percent"), when it names a place, or "".
func (d *docDraft) leadOwner() string {
	if len(d.mentions) == 0 {
		return ""
	}
	text := d.src.Text
	m := d.mentions[0]
	s := text[m.Sentence.Start:m.Span.Start]
	for _, pm := range d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Span.Start) {
		rest := text[pm.end:]
		if strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
			return text[pm.start:pm.end] + "'s"
		}
	}
	_ = s
	return ""
}

// partnerBecame matches a partner named the home's trade partner: "ASEAN
// countries became China's biggest trade partner".
var partnerBecame = lazyRegexp(`^(?:[A-Za-z]+\s+)?([A-Z][A-Za-z&-]*(?:\s+[A-Z][A-Za-z&-]*)*)(?:\s+countries|\s+nations|\s+members)?\s+(?:became|remained|was|were|is|are)\s+([A-Z][A-Za-z]*)['’]s\s+(?:[a-z-]+\s+){0,2}trad(?:e|ing)\s+partner`)

// partnerTradeTitle titles "the combined trade volume" of a sentence that
// names a home's trade partner: "China's trade with ASEAN", and its
// change.
func (d *docDraft) partnerTradeTitle(m Mention, measure indicators.MeasureKind) (string, bool) {
	text := d.src.Text
	sent := joinBroken(text[m.Sentence.Start:m.Span.Start])
	if !strings.Contains(strings.ToLower(sent), "trade volume") && !strings.Contains(strings.ToLower(sent), "bilateral trade") {
		return "", false
	}
	s := partnerBecame.FindStringSubmatch(strings.TrimSpace(sent))
	if s == nil {
		return "", false
	}
	t := s[2] + "'s trade with " + s[1]
	if measure == indicators.Change {
		t = "Change in " + t
	}
	return t, true
}

// respectivelyVerbs give the direction of the change one verb over a list
// of figures gives each ("decreased 14.2 percent, 19.6 percent and 15.3
// percent, respectively").
var respectivelyVerbs = map[string]indicators.Direction{"decreased": indicators.Down, "fell": indicators.Down, "dropped": indicators.Down,
	"declined": indicators.Down, "dipped": indicators.Down, "shrank": indicators.Down, "increased": indicators.Up, "rose": indicators.Up,
	"grew": indicators.Up, "climbed": indicators.Up, "expanded": indicators.Up, "jumped": indicators.Up}

// respectivelyItems matches the parties a list of figures stands for:
// "<owner>'s trade with A, B and C <verb>".
var respectivelyItems = lazyRegexp(`(?:^|[,;]\s+)((?:the\s+)?[A-Za-z]+['’]s|[A-Z][a-z]+['’]s)\s+(trade|exports|imports)\s+(?:with|to|from)\s+(.+?)\s+([a-z]+)\s*$`)

// respectivelyPlaces matches the places a list of shares stands for: "in
// Africa and the Middle East, where".
var respectivelyPlaces = lazyRegexp(`\bin\s+((?:the\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*(?:,\s+(?:the\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*)*,?\s+and\s+(?:the\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)*)\s*,\s*where(?:\s+(?:it|they)\s+[a-z]+)?\s*$`)

// listItems splits "A, B and C" into its items.
func listItems(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		for _, q := range strings.Split(p, " and ") {
			if q = strings.TrimSpace(q); q != "" {
				out = append(out, q)
			}
		}
	}
	return out
}

// respectivelyClaim handles one figure of a list that ends
// "respectively": each figure takes the verb's measure and direction and
// the title of the party it stands for. It returns the title and whether
// the figure is such an item.
func (d *docDraft) respectivelyClaim(cl *claim, m Mention) (string, bool) {
	text := d.src.Text
	ms := d.sentenceMentions(m)
	k := mentionIndex(ms, m)
	if k < 0 {
		return "", false
	}
	// The run of figures joined by commas and "and" around m.
	first, last := k, k
	joined := func(a, b Mention) bool {
		between := strings.TrimSpace(joinBroken(text[a.Span.End:b.Span.Start]))
		return between == "," || between == "and" || between == ", and"
	}
	for first > 0 && joined(ms[first-1], ms[first]) {
		first--
	}
	for last < len(ms)-1 && joined(ms[last], ms[last+1]) {
		last++
	}
	if first == last {
		return "", false
	}
	tail := strings.ToLower(joinBroken(text[ms[last].Span.End:m.Sentence.End]))
	if !strings.Contains(tail, "respectively") {
		return "", false
	}
	i := k - first
	before := joinBroken(text[m.Sentence.Start:ms[first].Span.Start])
	if s := respectivelyItems.FindStringSubmatch(before); s != nil {
		dir, ok := respectivelyVerbs[s[4]]
		items := listItems(s[3])
		if !ok || len(items) != last-first+1 {
			return "", false
		}
		owner := s[1]
		if strings.HasPrefix(strings.ToLower(owner), "the ") || strings.ToLower(owner) == "its" {
			if o := d.leadOwner(); o != "" {
				owner = o
			}
		}
		ind := &cl.ind
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "one verb of change, "+strconv.Quote(s[4])+", over a list of figures, respectively"
		declare(cl.fieldNotes, "measure", "measure/respectivelyClaim")
		if indicators.DirectionWord(text[m.Sentence.Start:m.Sentence.End], dir) != "" {
			ind.Quantity.Direction = dir
		}
		return "Change in " + owner + " " + s[2] + " with " + items[i], true
	}
	if s := respectivelyPlaces.FindStringSubmatch(before); s != nil && cl.ind.Measure == indicators.Share {
		items := listItems(s[1])
		whole := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(tail), ".")), "respectively"))
		whole = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(whole, "of "), ","))
		subj := strings.Fields(text[m.Sentence.Start:m.Sentence.End])
		if len(items) != last-first+1 || whole == "" || len(subj) == 0 || strings.Contains(whole, " ") && len(strings.Fields(whole)) > 4 {
			return "", false
		}
		owner := strings.Trim(subj[0], ",")
		if strings.HasSuffix(owner, "s") {
			owner += "'"
		} else {
			owner += "'s"
		}
		return owner + " share of " + whole + " in " + items[i], true
	}
	return "", false
}
