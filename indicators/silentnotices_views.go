package indicators

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Notices for what five hand catalogs passed silently in session 36
// (s36g: aid, fraud, strikes, time use, minimum wage): a place in a
// numbered list given another item's digit, a bars view that sets a
// total beside its own part or an average, or shares of different wholes
// side by side, and a threshold or definition written as a measured
// figure. A view title that names the comparison year its subtitle gives
// is titleSpan's.

// listMark matches the mark of a numbered list written in running text:
// a number of one or two digits and a full stop or closing bracket, at
// the quote's start or after a space or ";", ":" or ",", before a space or
// tab ("Top three categories: 1. Debt collection; 2. Identity theft;
// 3.\tImposter scams.").
var listMark = regexp.MustCompile(`(?:^|[\s;:,])(\d{1,2})[.)][ \t]+`)

// A listItem is one item of a numbered list: its number and its words.
type listItem struct {
	n    int
	text string
}

// numberedItems returns the items of the numbered list a quote writes in
// running text, or nil where it writes none: two marks or more, numbered
// one after another. An item runs to the next mark, ";" or line break.
func numberedItems(quote string) []listItem {
	locs := listMark.FindAllStringSubmatchIndex(quote, -1)
	if len(locs) < 2 {
		return nil
	}
	var items []listItem
	for k, loc := range locs {
		n, _ := strconv.Atoi(quote[loc[2]:loc[3]])
		end := len(quote)
		if k+1 < len(locs) {
			end = locs[k+1][0]
		}
		t := quote[loc[1]:end]
		if i := strings.IndexAny(t, ";\n"); i >= 0 {
			t = t[:i]
		}
		t = strings.TrimRight(strings.TrimSpace(t), ".,;:")
		if k > 0 && n != items[k-1].n+1 || t == "" {
			return nil
		}
		items = append(items, listItem{n, t})
	}
	return items
}

// numberedRank says what to write for a rank stated as a bare number
// whose quote writes a numbered list, one of whose items the title names,
// under another number: "1. Debt collection; 2. Identity theft" with
// Debt collection stated "2" (s36g-fraud: verify found "2" in the quote
// and passed). It is "" where the title names no item, or more than one.
func numberedRank(ind *Indicator) string {
	if ind.Measure != RankKind && ind.Unit.Kind != Rank {
		return ""
	}
	n, err := strconv.Atoi(strings.TrimSpace(ind.Stated))
	if err != nil {
		return ""
	}
	title := strings.ToLower(ind.Title)
	for _, p := range ind.Provenance {
		var hit listItem
		count := 0
		for _, it := range numberedItems(p.Quote) {
			if indexWord(title, strings.ToLower(it.text)) >= 0 {
				hit, count = it, count+1
			}
		}
		if count == 1 && hit.n != n {
			return fmt.Sprintf("the quote numbers %q %d (\"%d. %s\"), but stated is %q: a place in a numbered list is the number written before its item: write stated: \"%d\"", hit.text, hit.n, hit.n, hit.text, ind.Stated, hit.n)
		}
	}
	return ""
}

// definedBy returns the words of clause, the figure's own, that define a
// class by the figure (lexicon.DefinitionWords, or a defining verb after
// a generic subject: "A major work stoppage involves"), or "".
func definedBy(clause string) string {
	low := strings.ToLower(clause)
	for _, w := range lexicon.DefinitionWords {
		if indexWord(low, w) >= 0 || strings.HasSuffix(w, ".") && strings.Contains(low, w) {
			return w
		}
	}
	if strings.HasPrefix(low, "a ") || strings.HasPrefix(low, "an ") {
		for _, w := range lexicon.DefiningVerbs {
			if indexWord(low, w) >= 0 {
				return w
			}
		}
	}
	return ""
}

// definitionAsMeasured says what to write for a figure of an open bound
// ("1,000 or more workers", "more than 35 hours") whose clause defines a
// class by it (definedBy) but whose measure counts or measures it: a
// threshold measures nothing (s36g-strikes, s36g-timeuse).
func (c *Catalog) definitionAsMeasured(ind *Indicator) string {
	if ind.Measure == Threshold || ind.Measure == Change || ind.Measure == RankKind || ind.Status >= Target {
		return ""
	}
	switch ind.Quantity.Qualifier {
	case MoreThan, AtLeast, UpTo, LessThan:
	default:
		return ""
	}
	for _, p := range ind.Provenance {
		src, ok := c.Source(p.Source)
		if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start > p.Span.End {
			continue
		}
		sentence := src.Text[p.Span.Start:p.Span.End]
		at := figureIn(src.Text, p.Span, ind.Stated) - p.Span.Start
		clause := figureClause(sentence, at)
		if w := definedBy(clause); w != "" {
			return fmt.Sprintf("the quote defines a class by %q (%q), which measures nothing: a threshold or definition is measure: threshold: write measure: threshold, status: fact", ind.Stated, w)
		}
		if open := strings.LastIndexByte(sentence[:max(at, 0)], '('); at > 0 && open >= 0 && !strings.Contains(sentence[open:at], ")") {
			if w := definedBy(sentence[open+1 : at]); w != "" {
				return fmt.Sprintf("the quote defines a class by %q (%q), which measures nothing: a threshold or definition is measure: threshold: write measure: threshold, status: fact", ind.Stated, w)
			}
		}
	}
	return ""
}

// titleContent returns the content words of a title, in lower case and
// the singular, without the words that name a whole as a whole ("total",
// "all", "overall", "share") and those that join words.
func titleContent(title string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "total", "all", "overall", "share", "proportion", "percentage", "of", "the", "a", "an", "and", "that", "which", "who", "to", "in", "from", "for", "by", "with", "on", "as":
			continue
		}
		if s := Singular(w); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// partOfTitle reports whether the title part names a part of what whole
// names: every content word of whole is in part, which adds some of its
// own ("Emergency calls", "Emergency calls resulting in a response";
// "Households in fuel poverty", "Households in severe fuel poverty").
// A part that names what it leaves out or joins others ("non-EU
// citizens", "excluding the Bank of England", "Other", "the NLA, state
// and local government libraries") is a complement, another measure or a
// union, not a part.
func partOfTitle(whole, part string) bool {
	w, p := titleContent(whole), titleContent(part)
	if len(w) == 0 || len(p) <= len(w) {
		return false
	}
	for _, x := range w {
		if !slices.Contains(p, x) {
			return false
		}
	}
	low := strings.ToLower(part)
	for _, x := range []string{"non", "not", "excluding", "excl", "except", "other", "and"} {
		if indexWord(low, x) >= 0 {
			return false
		}
	}
	// The whole's words must say in the part what they say in the
	// whole: each phrase a preposition opens in the whole ("of asylum")
	// a phrase of the same preposition in the part, with its words
	// ("Households in fuel poverty", "Households in severe fuel
	// poverty"). Words nested in another phrase of the part are no
	// part of its kind: "Grants of alternative forms of leave following
	// an application for asylum" are no grants of asylum (round AH,
	// s37h-refugees).
	parts := prepPhrases(part)
	for _, wp := range prepPhrases(whole) {
		if len(wp.words) == 0 {
			continue
		}
		if !slices.ContainsFunc(parts, func(pp prepPhrase) bool {
			return pp.prep == wp.prep && !slices.ContainsFunc(wp.words, func(x string) bool { return !slices.Contains(pp.words, x) })
		}) {
			return false
		}
	}
	return true
}

// titlePrepositions are the words that open a phrase of a title after
// its head noun: "Grants of asylum", "Deaths in hospital", "Grants …
// following an application".
var titlePrepositions = map[string]bool{"of": true, "in": true, "at": true, "for": true, "from": true, "to": true, "by": true,
	"with": true, "on": true, "under": true, "over": true, "following": true, "after": true, "before": true, "among": true,
	"between": true, "within": true, "without": true, "per": true, "during": true, "through": true, "into": true, "since": true}

// A prepPhrase is a phrase of a title a preposition opens, up to the
// next: the preposition and its content words (titleContent).
type prepPhrase struct {
	prep  string
	words []string
}

// prepPhrases returns the phrases of title that prepositions open, in
// order.
func prepPhrases(title string) []prepPhrase {
	var out []prepPhrase
	var words []string
	flush := func() {
		if len(out) > 0 {
			out[len(out)-1].words = titleContent(strings.Join(words, " "))
		}
		words = nil
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if titlePrepositions[w] {
			flush()
			out = append(out, prepPhrase{prep: w})
			continue
		}
		words = append(words, w)
	}
	flush()
	return out
}

// exceedsWhole reports whether part's figure is surely larger than
// whole's, so that it can be no part of it: the smallest part's
// interval allows is above the largest the whole's allows.
func exceedsWhole(part, whole *Indicator) bool {
	return part.Interval().Lo > whole.Interval().Hi
}

// totalOfTitle reports whether whole, a title that says it is a total
// ("Total fraud losses reported"), names the whole of which part names a
// part though part leaves out one of whole's words, the one its own words
// narrow ("Losses reported to imposter scams": imposter scams are a kind
// of fraud, s36g-fraud, whose own view set the two side by side and was
// not told: partOfTitle asks for every word). Part says every other
// content word of whole, two at least, adds words of its own and says no
// total itself; the word it leaves is no group's ("Total pay of men"
// beside "Pay of women" is two groups, lexicon.GroupWords), nor a
// complement's words (partOfTitle).
func totalOfTitle(whole, part string) bool {
	if indexWord(strings.ToLower(whole), "total") < 0 || indexWord(strings.ToLower(part), "total") >= 0 {
		return false
	}
	w, p := titleContent(whole), titleContent(part)
	var left []string
	for _, x := range w {
		if !slices.Contains(p, x) {
			left = append(left, x)
		}
	}
	if len(left) != 1 || len(w)-1 < 2 || len(p) <= len(w)-1 || slices.ContainsFunc(lexicon.GroupWords, func(g string) bool { return Singular(g) == left[0] }) {
		return false
	}
	low := strings.ToLower(part)
	for _, x := range []string{"non", "not", "excluding", "excl", "except", "other", "and"} {
		if indexWord(low, x) >= 0 {
			return false
		}
	}
	return true
}

// smaller reports whether part's figure is below whole's, both of one
// unit (a Quantity holds its figure at full magnitude, whatever its
// scale): a part of a total is never above it.
func smaller(part, whole *Indicator) bool {
	_, hi := part.Quantity.Ends()
	lo, _ := whole.Quantity.Ends()
	return hi < lo
}

// titleWholeRe matches the whole a share's title names after the part,
// as the README asks: ", share of all fraud reports", "as a proportion of
// GDP". A title that opens "Share of …" runs its whole into what the
// part is ("Share of spouse incidents that were robberies"), which no
// rule of words splits, and is not read.
var titleWholeRe = regexp.MustCompile(`(?i)(?:, |\bas an? )(?:share|proportion|percentage|per ?cent) of (?:all |the )?([^,;()]+)`)

// namedWhole returns the whole a share's title names, in lower case and
// the singular, or "".
func namedWhole(title string) string {
	m := titleWholeRe.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	return strings.Join(titleContent(m[1]), " ")
}

// viewWholeNotices gives a notice at each bars view that sets a total
// beside its own part (a flow, stock or count whose title is the other's
// with words added: partOfTitle), a total beside an average in one unit
// (a flow or stock beside a level), or shares whose titles name different
// wholes ("share of all households", "share of such households":
// namedWhole) with no notes to say each bar's whole (s36g-fraud): bars
// side by side read as figures of one kind. A rate overall beside the
// same rate in a group ("At risk of poverty rate", "…, people unable to
// work") is a comparison the hand catalogs draw often, and is not told.
func (c *Catalog) viewWholeNotices() ErrorList {
	var l ErrorList
	for i := range c.Views {
		vw := &c.Views[i]
		if vw.Kind != Bars {
			continue
		}
		var inds []*Indicator
		for _, id := range vw.Indicators {
			if ind, ok := c.Indicator(id); ok {
				inds = append(inds, ind)
			}
		}
		msg := viewWholeMessage(vw, inds)
		if msg != "" {
			c.addNear(&l, "views/"+vw.ID+"/indicators", fmt.Sprintf("view %q", vw.ID), ErrValue, msg)
		}
	}
	return l
}

func viewWholeMessage(vw *ChartView, inds []*Indicator) string {
	for _, a := range inds {
		for _, b := range inds {
			if a == b || a.Unit != b.Unit || !a.Period.Same(b.Period) || !slices.Equal(a.Entities, b.Entities) {
				continue
			}
			total := func(ind *Indicator) bool {
				return ind.Measure == Flow || ind.Measure == Stock || ind.Measure == CountKind
			}
			switch {
			case total(a) && a.Measure == b.Measure && (partOfTitle(a.Title, b.Title) && !exceedsWhole(b, a) || totalOfTitle(a.Title, b.Title) && smaller(b, a)):
				return fmt.Sprintf("view %q draws %q (%q) beside %q (%q), a part of it: bars side by side read as figures of one kind, and the total dwarfs its part: make a view of the parts alone, and show the total in a headline view or in the view's notes", vw.ID, a.ID, a.Title, b.ID, b.Title)
			case total(a) && b.Measure == Level && !a.Unit.IsZero():
				return fmt.Sprintf("view %q draws %q, a total (measure: %s), beside %q, an average or median (measure: level), in one unit: bars side by side read as one quantity: make a view of each", vw.ID, a.ID, a.Measure, b.ID)
			case a.Measure == Share && b.Measure == Share && len(vw.Notes) == 0 && namedWhole(a.Title) != "" && namedWhole(b.Title) != "" && namedWhole(a.Title) != namedWhole(b.Title):
				return fmt.Sprintf("view %q draws %q (%q) beside %q (%q), shares of different wholes: bars side by side read as shares of one whole: say each bar's whole in the view's notes (notes: [\"…\"]), or make a view of each", vw.ID, a.ID, a.Title, b.ID, b.Title)
			}
		}
	}
	return ""
}
