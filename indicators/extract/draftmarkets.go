package extract

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// Counts of a release's markets (drafts15): "sales in seven of the 10
// markets … setting new records" counts markets out of a whole named
// before it; "there were 30 markets where U.S. exports exceeded $1
// billion in 2022 – an increase from 27 markets in 2021" counts markets
// over a threshold, dated by the year after the threshold, and the count
// it is compared with counts the same markets.

// partitiveRe reads the frame of a part of a whole right after a bare
// number: "of the 10 markets", "of its markets", "of our 12 partners",
// "out of the 11 councils", "out of these schools". "of" and "out of" are
// the frame, never what is counted: the noun after them is (partitiveOf
// asks for a determiner or the whole's number before it; "3 out of 5" is
// a ratio the scanner reads whole).
var partitiveRe = lazyRegexp(`^\s+(?:out\s+of|of)\s+((?:the|its|our|their|these|those)\s+)?(?:(\d+)\s+)?([a-z]+)`)

// A partitive is a bare number counted out of a whole: "seven of the
// 10 markets".
type partitive struct {
	noun  string // the counted noun, as written ("markets")
	whole int    // the whole's size, or 0
	end   int    // byte offset after the noun
}

// partitiveOf returns the partitive after a bare number, if any.
func (d *docDraft) partitiveOf(m Mention) (partitive, bool) {
	if m.Kind != Number {
		return partitive{}, false
	}
	text := d.src.Text
	rest := text[m.Span.End:m.Sentence.End]
	sm := partitiveRe.FindStringSubmatchIndex(rest)
	if sm == nil {
		return partitive{}, false
	}
	if sm[2] < 0 && sm[4] < 0 {
		return partitive{}, false // "of people": no whole named
	}
	noun := rest[sm[6]:sm[7]]
	one := indicators.Singular(noun)
	if one == noun || indicators.Plural(one) != noun {
		return partitive{}, false // not a plural noun: "of the time"
	}
	p := partitive{noun: noun, end: m.Span.End + sm[7]}
	if sm[4] >= 0 {
		p.whole, _ = strconv.Atoi(rest[sm[4]:sm[5]])
	}
	return p, true
}

// partitiveUnit returns the unit of a bare number counted out of a whole
// ("seven of the 10 markets": market), and the evidence.
func (d *docDraft) partitiveUnit(m Mention) (indicators.Unit, string, bool) {
	p, ok := d.partitiveOf(m)
	if !ok {
		return indicators.Unit{}, "", false
	}
	return indicators.CountOf(indicators.Singular(p.noun)), fmt.Sprintf("%s, the head noun of %q; stated keeps the figure as written",
		indicators.Singular(p.noun), strings.Join(strings.Fields(d.src.Text[m.Span.Start:p.end]), " ")), true
}

// recordPredicates say that what is counted set a record.
var recordPredicates = []string{"setting new records", "setting records", "set new records", "set records", "setting a new record",
	"reaching new highs", "reached new highs", "reaching record highs", "reached record highs", "hitting new records",
	"hit new records", "at record levels", "reaching record levels", "reached record levels"}

// partitiveTitle titles a count out of a whole: the whole as the sentence
// names it before ("top 10 agricultural export markets" → "Top
// agricultural export markets"), with what the clause says of its
// subject ("with sales in seven of the 10 markets … setting new records"
// → "with record sales").
func (d *docDraft) partitiveTitle(m Mention, cs int) (string, bool) {
	p, ok := d.partitiveOf(m)
	if !ok {
		return "", false
	}
	text := d.src.Text
	whole := p.noun
	for _, o := range d.mentionsOf(m.Sentence) { // the sentence's; the checks below keep only them
		if o.Sentence != m.Sentence || o.Span.End > m.Span.Start || p.whole == 0 || !o.Quantity.Value.Equal(indicators.NewDecimal(int64(p.whole), 0)) {
			continue
		}
		if n, ok := d.wholeName(o, p.noun); ok {
			whole = n
		}
	}
	// The subject the count belongs to: "with sales in seven …".
	before := words(strings.ToLower(text[cs:m.Span.Start]))
	subj := ""
	if n := len(before); n >= 2 && (before[n-1] == "in" || before[n-1] == "to" || before[n-1] == "for") {
		subj = strings.Trim(before[n-2], ",;:")
	}
	rest := strings.ToLower(joinBroken(text[p.end:m.Sentence.End]))
	if i := strings.IndexByte(rest, ')'); strings.HasPrefix(strings.TrimSpace(rest), "(") && i >= 0 {
		rest = rest[i+1:] // past the list of places in parentheses
	}
	if i := strings.IndexAny(rest, ",;(–—"); i >= 0 {
		rest = rest[:i]
	}
	if subj != "" && isLowerWord(subj) && firstPhrase(rest, recordPredicates) != "" {
		return title(whole + " with record " + subj), true
	}
	if whole == p.noun {
		// "8 out of the 11 councils reported an increase in complaints":
		// the part counts the whole's things its predicate narrows,
		// "Councils reporting an increase in complaints".
		if pred := ownPredicate(measuredWords(text[p.end:m.Sentence.End])); pred != "" {
			return shorten(title(whole+" "+pred), 64), true
		}
	}
	return title(whole), true
}

// topWords rank the places a count names as a whole: "top 10 markets".
var topWords = map[string]bool{"top": true, "largest": true, "leading": true, "biggest": true}

// wholeName names the things a count o counts, as a whole a later count
// may be out of: "top 10 agricultural export markets" → "top agricultural
// export markets", "top 5 markets for U.S. wood – Japan, …" → "top markets
// for U.S. wood". noun, if not "", must be o's counted noun.
func (d *docDraft) wholeName(o Mention, noun string) (string, bool) {
	text := d.src.Text
	ws := words(text[max(o.Numbers[0].End, o.Numbers[1].End):o.Span.End])
	if len(ws) == 0 || noun != "" && !strings.EqualFold(ws[len(ws)-1], noun) || hasDigit(strings.Join(ws, " ")) {
		return "", false
	}
	if lw := lastWord(text[o.Sentence.Start:o.Span.Start]); topWords[lw] {
		ws = append([]string{lw}, ws...)
	}
	after := words(text[o.Span.End:o.Sentence.End])
	for i, w := range after {
		if w == "–" || w == "—" || strings.ContainsAny(w, ",;:(") {
			after = after[:i] // "for U.S. wood – Japan, …": the list is no part of the whole's name
			break
		}
	}
	if len(after) > 1 && (after[0] == "for" || after[0] == "in" || after[0] == "of") {
		if np := nounAfter(after[1:]); np != "" && len(strings.Fields(np)) <= 4 {
			ws = append(ws, after[0], np)
		}
	}
	return strings.Join(ws, " "), true
}

// topTitle titles a count of the top things that a list names after it,
// after a dash, a colon or in parentheses ("the United States’ top 10
// agricultural export markets – China, Mexico, …" → "Top agricultural
// export markets").
func (d *docDraft) topTitle(m Mention) (string, bool) {
	text := d.src.Text
	if !topWords[lastWord(text[m.Sentence.Start:m.Span.Start])] {
		return "", false
	}
	rest := strings.TrimSpace(text[m.Span.End:m.Sentence.End])
	listed := strings.HasPrefix(rest, "(") && len(d.unlisted(d.placesAt(text, m.Sentence.Start, m.Span.End, m.Sentence.End))) <
		len(d.placesAt(text, m.Sentence.Start, m.Span.End, m.Sentence.End))
	if !listed && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, ":") && !strings.HasPrefix(rest, "for ") {
		return "", false
	}
	n, ok := d.wholeName(m, "")
	if !ok {
		return "", false
	}
	return title(n), true
}

// partitivePeriod dates a count out of a whole that names no year of its
// own with the latest year the release reports a figure for before it.
func (d *docDraft) partitivePeriod(m Mention) (indicators.Period, string, bool) {
	if _, ok := d.partitiveOf(m); !ok {
		return indicators.Period{}, "", false
	}
	if firstPhrase(strings.ToLower(d.src.Text[m.Sentence.Start:m.Sentence.End]), nowWords) != "" {
		return indicators.Period{}, "", false
	}
	y := d.latestYearBefore(m.Sentence.Start)
	if y == 0 || d.lastYearRefIsSpan(m.Sentence.Start) {
		// "… received in 2021/22. 8 out of the 11 councils …": the
		// release reports a year across two, which the rules that carry
		// a period read whole.
		return indicators.Period{}, "", false
	}
	return indicators.YearPeriod(y), fmt.Sprintf("no year of its own: %d, the latest year the document reports a figure for before it", y), true
}

// lastYearRefIsSpan reports whether the last year of a figure's time the
// document writes before byte at is no calendar year: a year across two
// ("2021/22", "2018 to 2019"), a span or a month.
func (d *docDraft) lastYearRefIsSpan(at int) bool {
	last, found := yearRef{}, false
	for _, r := range d.docYears() {
		if r.end <= at && r.role == yearPeriod && (!found || r.start > last.start) {
			last, found = r, true
		}
	}
	return found && !last.period.IsYear()
}

// yearAfterRe reads the year right after a figure: " in 2022".
var yearAfterRe = lazyRegexp(`^\s+in\s+((?:19|20)\d\d)\b`)

// whereClause returns the relative clause after a count's noun that a
// threshold figure closes ("markets where U.S. exports exceeded $1
// billion"), the threshold and the year right after it, if any ("in
// 2022").
func (d *docDraft) whereClause(m Mention) (clause string, year int, ok bool) {
	text := d.src.Text
	f := leadFields(text[m.Span.End:m.Sentence.End], 3)
	if len(f) < 3 || f[0] != "where" && !(f[0] == "in" && f[1] == "which") {
		return "", 0, false
	}
	for _, o := range d.mentionsOf(m.Sentence) { // the sentence's; the checks below keep only them
		if o.Sentence != m.Sentence || o.Span.Start <= m.Span.End {
			continue
		}
		if o.Unit.Kind != indicators.Money || strings.ContainsAny(text[m.Span.End:o.Span.Start], ",;–—()") {
			return "", 0, false
		}
		clause = strings.Join(strings.Fields(text[m.Span.End:o.Span.End]), " ")
		if y := yearAfterRe.FindStringSubmatch(text[o.Span.End:m.Sentence.End]); y != nil {
			year, _ = strconv.Atoi(y[1])
		}
		return clause, year, true
	}
	return "", 0, false
}

// leadFields returns the first n words of strings.Fields(s), or all of
// them if fewer, reading s no further than the n-th word's end: a rule
// that asks how the rest of a sentence opens, asked of each figure of a
// long one, reads a few words, not the rest.
func leadFields(s string, n int) []string {
	var f []string
	for len(f) < n {
		s = strings.TrimLeftFunc(s, unicode.IsSpace) // strings.Fields's spaces
		if s == "" {
			break
		}
		e := strings.IndexFunc(s, unicode.IsSpace)
		if e < 0 {
			e = len(s)
		}
		f, s = append(f, s[:e]), s[e:]
	}
	return f
}

// thresholdCount titles and dates a count of the things over a
// threshold ("Markets where U.S. exports exceeded $1 billion", 2022), and
// a count of the same things the sentence compares it with before or
// after ("an increase from 27 markets in 2021"): the title, the period if
// the where-clause dates it, and whether it is one.
func (d *docDraft) thresholdCount(m Mention, u indicators.Unit) (string, indicators.Period, string, bool) {
	if u.Kind != indicators.Count {
		return "", indicators.Period{}, "", false
	}
	noun := strings.TrimSpace(d.src.Text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
	if clause, year, ok := d.whereClause(m); ok {
		var p indicators.Period
		why := ""
		if year != 0 {
			p, why = indicators.YearPeriod(year), fmt.Sprintf("\"in %d\" after the threshold the count is of", year)
		}
		return title(noun + " " + clause), p, why, true
	}
	for _, o := range d.mentionsOf(m.Sentence) { // the sentence's; the checks below keep only them
		if o.Sentence != m.Sentence || o.Span == m.Span || o.Unit != u {
			continue
		}
		if clause, _, ok := d.whereClause(o); ok {
			on := strings.TrimSpace(d.src.Text[max(o.Numbers[0].End, o.Numbers[1].End):o.Span.End])
			return title(on + " " + clause), indicators.Period{}, "", true
		}
	}
	return "", indicators.Period{}, "", false
}

// countOfWhole fills in a drafted count of a release's markets: the unit,
// title and period of a count out of a whole ("seven of the 10 markets"),
// and the title and period of a count over a threshold and of the count
// compared with it. It changes only what the general rules left unnamed
// or undated.
func (d *docDraft) countOfWhole(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if ind.Measure != indicators.CountKind {
		return
	}
	if ind.Unit.IsZero() {
		if u, why, ok := d.partitiveUnit(m); ok {
			ind.Unit, cl.fieldNotes["unit"] = u, why
			declare(cl.fieldNotes, "unit", "unit/countOfWhole")
		}
	}
	if t, ok := d.partitiveTitle(m, cs); ok {
		ind.Title, cl.fieldNotes["title"] = t, "a count out of the whole the sentence names before it"
		declare(cl.fieldNotes, "title", "title/countOfWhole#1")
		if !ind.Period.IsStated() {
			if p, why, ok := d.partitivePeriod(m); ok {
				ind.Period, cl.fieldNotes["period"] = p, why
				declare(cl.fieldNotes, "period", "period/countOfWhole#1")
			}
		}
		return
	}
	if t, ok := d.topTitle(m); ok {
		ind.Title, cl.fieldNotes["title"] = t, "the top things the sentence lists"
		declare(cl.fieldNotes, "title", "title/countOfWhole#2")
		return
	}
	if t, p, why, ok := d.thresholdCount(m, ind.Unit); ok {
		ind.Title, cl.fieldNotes["title"] = t, "the things counted and the threshold they pass"
		declare(cl.fieldNotes, "title", "title/countOfWhole#3")
		if !ind.Period.IsStated() && p.IsStated() {
			ind.Period, cl.fieldNotes["period"] = p, why
			declare(cl.fieldNotes, "period", "period/countOfWhole#2")
		}
	}
}

// markedOut returns why a figure is no claim of its own, or "": the
// threshold that closes the where-clause of a count ("30 markets where
// U.S. exports exceeded $1 billion" counts markets; the $1 billion says
// which), or the whole a count out of it restates ("seven of the 10
// markets", after "top 10 agricultural export markets").
func (d *docDraft) markedOut(m Mention) string {
	if why := d.restatedWhole(m); why != "" {
		return why
	}
	if why := d.restatedFigure(m); why != "" {
		return why
	}
	if why := d.roundedFraction(m); why != "" {
		return why
	}
	if why := periodName(d.src.Text, m); why != "" {
		return why
	}
	if why := exhibitCount(d.src.Text, m); why != "" {
		return why
	}
	if why := d.fractionBesideExact(m); why != "" {
		return why
	}
	if why := d.exactInBrackets(m); why != "" {
		return why
	}
	if why := d.identifierOrRecord(m); why != "" {
		return why
	}
	if why := anniversary(d.src.Text, m); why != "" {
		return why
	}
	if why := methodCount(d.src.Text, m); why != "" {
		return why
	}
	if why := d.restatedTarget(m); why != "" {
		return why
	}
	if why := d.monthlyNotClaim(m); why != "" {
		return why
	}
	for _, o := range d.mentionsOf(m.Sentence) { // the sentence's; the checks below keep only them
		if o.Sentence != m.Sentence || o.Span.End > m.Span.Start {
			continue
		}
		if clause, _, ok := d.whereClause(o); ok && clause == strings.Join(strings.Fields(d.src.Text[o.Span.End:m.Span.End]), " ") {
			return fmt.Sprintf("the threshold of the count %s: what it counts, not a claim of its own", strings.Join(strings.Fields(o.Text), " "))
		}
		if p, ok := d.partitiveOf(o); ok && p.whole != 0 && p.end == m.Span.End && m.Quantity.Value.Equal(indicators.NewDecimal(int64(p.whole), 0)) {
			for _, w := range d.mentionsOf(m.Sentence) { // the sentence's; the checks below keep only them
				if w.Sentence == m.Sentence && w.Span.End <= o.Span.Start && w.Quantity.Value.Equal(m.Quantity.Value) && w.Unit == m.Unit {
					return fmt.Sprintf("the whole that %s is counted out of, drafted as %s before", strings.Join(strings.Fields(o.Text), " "), strings.Join(strings.Fields(w.Text), " "))
				}
			}
		}
	}
	return ""
}
