package extract

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// The draft conformance test. Each text of the module's testdata/corpus is
// drafted, the draft is loaded and verified as written, and its indicators
// are compared field by field with the hand-written catalogs of the same
// documents: testdata/corpus/catalog.yaml and the embedded usjapan2015
// catalog (whose text is the corpus's wh-2015 file, byte for byte). A hand
// indicator is found when a draft indicator of the same source has a
// provenance span that overlaps its quote and the same number (value, or
// low and high), drafts and hand claims matched one to one (matchDrafts:
// one draft finds one hand claim; of several drafts of one figure the one
// agreeing on most fields is taken). Of those found, each field agrees or
// not:
//
//	qualifier  the same qualifier
//	unit       the same unit (any rank for a rank)
//	period     the same period ("not stated" included)
//	entities   the same entities, in any order, and the same counterpart
//	measure    the same measure
//	status     the same status
//	title      a real title: words of the quote, not a placeholder, a
//	           heading of the document or a fragment that titleFault
//	           (drafttitle_fragment.go, the drafter's own test) refuses
//	wording    a title a person would keep: a real title of at most 64
//	           characters, not ending on a stop word, preposition or
//	           auxiliary (a clipped clause), with at least half
//	           of its content words in the hand title and at least half of
//	           the hand title's in it (case, plural, -ed/-ing and the
//	           names of places, which entities check, aside)
//
// The agreement per field is counted over all hand claims (agreement's
// overAll: a hand claim not found disagrees on every field) and must not
// fall below testdata/draft-floor.txt; raise the floors as the drafts
// improve. The rates over the claims found (overFound) are printed too.
// Run with -v to see the rates and every disagreement.

// draftCorpus returns the module's corpus catalog, loaded.
func draftCorpus(t testing.TB) *indicators.Catalog {
	t.Helper()
	c, err := indicators.Load(filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"))
	if err != nil {
		t.Fatalf("corpus catalog: %v", err)
	}
	return c
}

// draftOf drafts one source text into a temporary directory, with the
// hand catalog's address of it as a user gives it (extract -draft -url),
// and loads and verifies the draft.
func draftOf(t *testing.T, src indicators.Source) (*indicators.Catalog, string) {
	t.Helper()
	dir := t.TempDir()
	name := filepath.Base(src.TextPath)
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteDraft(&buf, DraftSource{ID: src.ID, TextPath: name, Text: src.Text, URL: src.URL}); err != nil {
		t.Fatal(err)
	}
	cat := filepath.Join(dir, "catalog.yaml")
	if err := os.WriteFile(cat, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := indicators.Load(cat)
	if err != nil {
		t.Fatalf("draft of %s does not load: %v\n%s", name, err, buf.String())
	}
	if err := c.Verify(); err != nil {
		t.Fatalf("draft of %s does not verify: %v", name, err)
	}
	return c, buf.String()
}

var draftFields = []string{"claims", "qualifier", "unit", "period", "entities", "measure", "status", "title", "wording"}

// draftAgreement compares drafts of the corpus with the hand catalogs.
func draftAgreement(t *testing.T) agreement {
	return agreementOf(t, draftCorpus(t), usjapan2015.Catalog())
}

// agreement counts how far drafts agree with hand catalogs. Each hand claim
// is found or not, drafts and hand claims matched one to one (matchDrafts);
// each field of a found claim agrees or not
// (the conformance test's list above); each drafted claim that matches no
// hand claim is an extra.
//
// The measure of record is overAll: each field's agreement over all hand
// claims, a claim not found counting as a disagreement on every field. It
// answers "of the analyst's fields, how many would the draft give right",
// and finding one more claim can only keep or raise it: the new claim adds
// its right fields and takes nothing from the others. That holds because
// the matching is one to one and each connected set of candidate pairs is
// matched on its own (matchDrafts): a draft counts for one hand claim
// only, and a draft that finds a hand claim no other draft could changes
// no other claim's match. A drafted claim left unmatched, a second draft
// of a figure included, is an extra. The floors
// (testdata/draft-floor.txt, testdata/kinds/*/floor.txt) check it.
//
// overFound, each field over the claims found, is what the floors checked
// until the twenty-first measure and what the notes of past sessions and
// the kinds' READMEs quote; it is printed for continuity, never floored: a
// reader that finds a claim the drafts missed lowers it whenever the new
// claim inherits any error of its document (claims20's from-to levels:
// seven more dev claims found, floors dropped by dilution), so it punishes
// recall.
//
// extra is printed with no floor. The hand catalogs keep a briefing's 12
// to 20 figures of a document that states more, so a drafted claim no hand
// claim matches may be a true figure the analyst left out (a change's
// levels, a figure restated below its headline) as well as noise (a date,
// a table's stray cell); only a person reading it can tell. A ceiling on
// extras would punish finding figures as overFound did, and push the
// drafter to drop figures rather than read them; the count is printed so
// that a rise is seen and read (CLAIMBOOK_HELDOUT_UNMATCHED=1 lists them).
type agreement struct {
	hand   int            // hand claims, each once
	found  int            // hand claims a drafted claim matches
	extra  int            // drafted claims that match no hand claim
	agree  map[string]int // per field of draftFields[1:], the found claims it agrees on
	notes  []string       // every hand claim not found and every disagreement, one line each
	extras []string       // every extra, one line each
	marks  markCounts     // per field of draftFields[1:], how the found claims' fields are marked
	kinds  []string       // with CLAIMBOOK_EVIDENCE=1, per found claim and field: "evidence FIELD KIND ok|wrong"
}

// add adds b's counts and notes to a.
func (a *agreement) add(b agreement) {
	a.hand += b.hand
	a.found += b.found
	a.extra += b.extra
	if a.agree == nil {
		a.agree = map[string]int{}
	}
	for f, n := range b.agree {
		a.agree[f] += n
	}
	a.notes = append(a.notes, b.notes...)
	a.extras = append(a.extras, b.extras...)
	a.marks.add(b.marks)
	a.kinds = append(a.kinds, b.kinds...)
}

// overAll returns the claims found and each field's agreements as shares
// of all hand claims: the measure the floors check.
func (a agreement) overAll() map[string]float64 {
	rates := map[string]float64{"claims": ratio(a.found, a.hand)}
	for _, f := range draftFields[1:] {
		rates[f] = ratio(a.agree[f], a.hand)
	}
	return rates
}

// overFound returns the claims found as a share of all hand claims and
// each field's agreements as shares of the claims found: the measure of
// the sessions before measure21, printed for continuity.
func (a agreement) overFound() map[string]float64 {
	rates := map[string]float64{"claims": ratio(a.found, a.hand)}
	for _, f := range draftFields[1:] {
		rates[f] = ratio(a.agree[f], a.found)
	}
	return rates
}

// agreementOf drafts every source of corpus and compares the drafts with
// the hand indicators of corpus and of the other catalogs, if any, that
// quote the same text.
func agreementOf(t *testing.T, corpus *indicators.Catalog, others ...*indicators.Catalog) agreement {
	var all agreement
	for _, src := range corpus.Sources {
		if src.TextPath == "" {
			continue // a source cited for context only: no text to draft
		}
		draft, yml := draftOf(t, src)
		var hand []*indicators.Indicator
		for _, hc := range append([]*indicators.Catalog{corpus}, others...) {
			for i := range hc.Indicators {
				ind := &hc.Indicators[i]
				hs, ok := hc.Source(ind.Provenance[0].Source)
				if !ok || hs.SHA256 != src.SHA256 {
					continue
				}
				if slices.ContainsFunc(hand, func(o *indicators.Indicator) bool { return sameClaim(o, ind) }) {
					continue // both hand catalogs have it
				}
				hand = append(hand, ind)
			}
		}
		all.add(compareDraftMarked(src.ID, src.Text, draft, hand, draftComments(t, yml)))
	}
	return all
}

// compareDraft compares the draft of one source (id, its text) with the
// hand claims of the same text. Drafts and hand claims are matched one to
// one (matchDrafts): a draft finds at most one hand claim, and a drafted
// claim no hand claim is left for, a second draft of one figure included,
// is an extra.
func compareDraft(id, text string, draft *indicators.Catalog, hand []*indicators.Indicator) agreement {
	return compareDraftMarked(id, text, draft, hand, nil)
}

// compareDraftMarked is compareDraft that also counts, per field, the
// found claims whose field the draft marks as a guess (comments, by
// indicator id and YAML key, as draftComments reads them; nil: none
// marked) and how many of them disagree (markCounts).
func compareDraftMarked(id, text string, draft *indicators.Catalog, hand []*indicators.Indicator, comments map[string]map[string]string) agreement {
	a := agreement{hand: len(hand), agree: map[string]int{}}
	heads := sections(text)
	match := matchDrafts(draft, hand, heads)
	matched := make([]bool, len(draft.Indicators))
	for h, want := range hand {
		d := match[h]
		if d < 0 {
			a.notes = append(a.notes, fmt.Sprintf("%s %s: not found (%q)", id, want.ID, want.Stated))
			continue
		}
		matched[d] = true
		a.found++
		got := &draft.Indicators[d]
		for _, c := range fieldChecks(got, want, heads) {
			marked, kind := fieldMark(comments[got.ID], c.field)
			a.marks.count(c.field, marked, c.ok)
			if kind != "" {
				a.kinds = append(a.kinds, fmt.Sprintf("evidence %s %s %s", c.field, kind, map[bool]string{true: "ok", false: "wrong"}[c.ok]))
			}
			if c.ok {
				a.agree[c.field]++
			} else {
				a.notes = append(a.notes, fmt.Sprintf("%s %s: %s %v, hand catalog has %v", id, want.ID, c.field, c.got, c.want))
			}
		}
		for _, c := range []fieldCheck{{"base", got.Base.Same(want.Base), nil, nil}, {"direction", got.Quantity.Direction == want.Quantity.Direction, nil, nil}} {
			// Base and direction are no fields of the agreement; their
			// kinds of evidence are measured where drafted.
			if _, kind := fieldMark(comments[got.ID], c.field); kind != "" {
				a.kinds = append(a.kinds, fmt.Sprintf("evidence %s %s %s", c.field, kind, map[bool]string{true: "ok", false: "wrong"}[c.ok]))
			}
		}
	}
	for i := range draft.Indicators {
		if matched[i] {
			continue
		}
		got := &draft.Indicators[i]
		a.extra++
		if slices.ContainsFunc(hand, func(want *indicators.Indicator) bool { return draftMatches(got, want) }) {
			a.extras = append(a.extras, fmt.Sprintf("%s %s: drafted, its hand claim found by another draft (%q)", id, got.ID, got.Stated))
			continue
		}
		a.extras = append(a.extras, fmt.Sprintf("%s %s: drafted, no hand claim (%q)", id, got.ID, got.Stated))
	}
	return a
}

// fieldCheck is one field of a drafted claim against its hand claim.
type fieldCheck struct {
	field     string
	ok        bool
	got, want any
}

// fieldChecks compares the drafted claim got with the hand claim want it
// matches, field by field (draftFields[1:], in order); heads are the
// headings of their text (sections).
func fieldChecks(got, want *indicators.Indicator, heads []heading) []fieldCheck {
	ge, we := slices.Sorted(slices.Values(got.Entities)), slices.Sorted(slices.Values(want.Entities))
	heading := headingTitle(got.Title, got.Provenance[0].Quote, heads)
	return []fieldCheck{
		{"qualifier", got.Quantity.Qualifier == want.Quantity.Qualifier, got.Quantity.Qualifier, want.Quantity.Qualifier},
		{"unit", got.Unit == want.Unit || got.Unit.Kind == indicators.Rank && want.Unit.Kind == indicators.Rank, got.Unit, want.Unit},
		{"period", got.Period.Same(want.Period), got.Period, want.Period}, // Dash is only the written form
		{"entities", slices.Equal(ge, we) && got.Counterpart == want.Counterpart,
			fmt.Sprintf("%v/%q", ge, got.Counterpart), fmt.Sprintf("%v/%q", we, want.Counterpart)},
		{"measure", got.Measure == want.Measure, got.Measure, want.Measure},
		{"status", got.Status == want.Status, got.Status, want.Status},
		{"title", titleFieldAgrees(got.Title, want.Title, got.Provenance[0].Quote) && !heading, strconv.Quote(got.Title), strconv.Quote(want.Title)},
		{"wording", titleAgrees(got.Title, want.Title, got.Provenance[0].Quote) && !heading, strconv.Quote(got.Title), strconv.Quote(want.Title)},
	}
}

// agreeingFields counts the fields on which got agrees with want.
func agreeingFields(got, want *indicators.Indicator, heads []heading) int {
	n := 0
	for _, c := range fieldChecks(got, want, heads) {
		if c.ok {
			n++
		}
	}
	return n
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// sameClaim reports whether two hand indicators are the same claim of the
// same text: the same figure at overlapping spans.
func sameClaim(a, b *indicators.Indicator) bool {
	pa, pb := a.Provenance[0].Span, b.Provenance[0].Span
	return a.Stated == b.Stated && pa.Start < pb.End && pb.Start < pa.End
}

// matchDrafts matches the drafted claims of one text with its hand claims
// one to one: match[h] is the index in draft.Indicators of hand[h]'s draft,
// or -1 if none. A pair may match only if draftMatches; the matching finds
// as many hand claims as can be found, and among those matchings the one
// whose pairs agree on the most fields (agreeingFields), so that of two
// drafts of one figure the right one is kept whatever their order, and one
// draft never finds two hand claims. Each connected set of pairs that may
// match (most are one pair) is matched on its own (assign), so a draft that
// finds a hand claim no other draft could changes no other claim's match:
// finding one more claim keeps every other claim's fields.
func matchDrafts(draft *indicators.Catalog, hand []*indicators.Indicator, heads []heading) []int {
	match := make([]int, len(hand))
	for h := range match {
		match[h] = -1
	}
	nd := len(draft.Indicators)
	// The pairs that may match, hand by hand and draft by draft.
	byHand := make([][]int, len(hand))
	byDraft := make([][]int, nd)
	for h, want := range hand {
		for d := range draft.Indicators {
			if draftMatches(&draft.Indicators[d], want) {
				byHand[h] = append(byHand[h], d)
				byDraft[d] = append(byDraft[d], h)
			}
		}
	}
	seenHand := make([]bool, len(hand))
	seenDraft := make([]bool, nd)
	for h0 := range hand {
		if seenHand[h0] || len(byHand[h0]) == 0 {
			continue
		}
		// The component of h0, its hand claims and drafts in text order.
		var hs, ds []int
		stack := []int{h0}
		seenHand[h0] = true
		for len(stack) > 0 {
			h := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			hs = append(hs, h)
			for _, d := range byHand[h] {
				if seenDraft[d] {
					continue
				}
				seenDraft[d] = true
				ds = append(ds, d)
				for _, h2 := range byDraft[d] {
					if !seenHand[h2] {
						seenHand[h2] = true
						stack = append(stack, h2)
					}
				}
			}
		}
		slices.Sort(hs)
		slices.Sort(ds)
		// A pair's weight: a found claim outweighs every agreement of
		// fields (at most len(draftFields) per pair), then its fields.
		big := (len(hs) + 1) * len(draftFields)
		w := make([][]int, len(hs))
		for i, h := range hs {
			w[i] = make([]int, len(ds))
			for j, d := range ds {
				if got := &draft.Indicators[d]; draftMatches(got, hand[h]) {
					w[i][j] = big + agreeingFields(got, hand[h], heads)
				}
			}
		}
		for i, j := range assign(w) {
			if j >= 0 && w[i][j] > 0 {
				match[hs[i]] = ds[j]
			}
		}
	}
	return match
}

// assign returns a matching of rows to columns of the weights w (w[i][j]
// >= 0) of greatest total weight: the column of each row, or -1. The
// Hungarian method, on the square matrix of w's costs padded with zeros.
func assign(w [][]int) []int {
	n := len(w)
	m := 0
	if n > 0 {
		m = len(w[0])
	}
	size := max(n, m)
	maxW := 0
	for _, row := range w {
		for _, x := range row {
			maxW = max(maxW, x)
		}
	}
	cost := func(i, j int) int { // 1-based, a cost to minimise
		if i <= n && j <= m {
			return maxW - w[i-1][j-1]
		}
		return maxW
	}
	const inf = int(^uint(0) >> 2)
	u, v := make([]int, size+1), make([]int, size+1)
	p, way := make([]int, size+1), make([]int, size+1)
	for i := 1; i <= size; i++ {
		p[0] = i
		j0 := 0
		minv := make([]int, size+1)
		used := make([]bool, size+1)
		for j := range minv {
			minv[j] = inf
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], inf, 0
			for j := 1; j <= size; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0, j) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= size; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
			if j0 == 0 {
				break
			}
		}
	}
	col := make([]int, n)
	for i := range col {
		col[i] = -1
	}
	for j := 1; j <= m; j++ {
		if i := p[j]; i >= 1 && i <= n {
			col[i-1] = j - 1
		}
	}
	return col
}

// draftMatches reports whether the drafted claim got is the hand claim
// want: overlapping quotes, the same numbers, both ranks or neither.
func draftMatches(got, want *indicators.Indicator) bool {
	gs, ws := got.Provenance[0].Span, want.Provenance[0].Span
	if gs.Start >= ws.End || ws.Start >= gs.End {
		return false
	}
	return sameNumbers(got.Quantity, want.Quantity) &&
		(got.Unit.Kind == indicators.Rank) == (want.Unit.Kind == indicators.Rank)
}

// sameNumbers reports whether g and w are one figure: the same numbers, or
// the same numbers once a fall is counted below zero (SignedEnds), since
// the model holds a change's sign as its Direction ("-6.5%" loads as 6.5
// down) while a draft that reads the figure as no change keeps the sign.
func sameNumbers(g, w indicators.Quantity) bool {
	if g.Value.Equal(w.Value) && g.Low.Equal(w.Low) && g.High.Equal(w.High) {
		return true
	}
	if g.IsRange() != w.IsRange() {
		return false
	}
	glo, ghi := g.SignedEnds()
	wlo, whi := w.SignedEnds()
	return glo == wlo && ghi == whi
}

// titleFieldAgrees reports whether the draft's title got passes the title
// field: a real title (realTitle) or the hand's own title want, whatever
// its shape (drafts65: "Administrations" is the person's word, as the
// wording measure already takes it).
func titleFieldAgrees(got, want, quote string) bool {
	if got != "" && strings.EqualFold(strings.TrimSpace(got), strings.TrimSpace(want)) {
		return true
	}
	return realTitle(got, quote)
}

// realTitle reports whether a draft's title names the figure in words of
// its quote: a title of the right shape (titleShape) with one word of four
// letters or more found in the quote (case aside).
func realTitle(title, quote string) bool {
	if !titleShape(title, quote) {
		return false
	}
	q := strings.ToLower(quote)
	for _, w := range strings.Fields(title) {
		w = strings.Trim(w, ",.;:()’'")
		switch {
		case len(w) >= 4 && strings.Contains(q, strings.ToLower(w)):
			return true
		case len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w && strings.Contains(quote, w):
			return true // an acronym the quote writes: "… as a share of GDP" for "(GDP)"
		}
	}
	return false
}

// titleShape reports whether title has the shape of a title: no
// placeholder, no digits but a closing base year ("… since 1994", as the
// hand catalogs write a change's base), a threshold, a group or a span of
// time the quote writes, at least two words, and no fragment of its
// sentence, by the drafter's own test (titleFault, quoteFault).
func titleShape(title, quote string) bool {
	if titleFault(title) != "" || quoteFault(title, quote) != "" {
		return false
	}
	bare := title
	if i := strings.LastIndex(bare, " since "); i >= 0 && len(bare)-i == len(" since 1994") && isDigit4(bare[i+len(" since "):]) {
		bare = bare[:i]
	}
	bare = withoutThreshold(bare, quote)
	bare = withoutGroupDigits(bare, quote)
	bare = withoutTimeBase(bare, quote)
	bare = withoutNumberedNames(bare, quote)
	if title == "" || strings.Contains(title, "TODO") || strings.HasPrefix(title, "Figure of") || strings.ContainsAny(bare, "0123456789") {
		return false
	}
	return len(strings.Fields(title)) >= 2
}

// numberedName matches a name written with a number joined to its
// letters by a hyphen: "COVID-19", "A-10".
var numberedName = regexp.MustCompile(`\b[A-Z][A-Za-z]*-\d+\b`)

// withoutNumberedNames returns title without the names of numberedName
// that the quote writes too (title35): "COVID-19, share of short term
// absence" names a cause, no figure.
func withoutNumberedNames(title, quote string) string {
	return numberedName.ReplaceAllStringFunc(title, func(n string) string {
		if strings.Contains(quote, n) {
			return "name"
		}
		return n
	})
}

// timeBase matches a span of time a title may name as a change's base,
// in digits: "from 12 months earlier". A year stays refused ("… in 2019"
// is the period's, not the title's).
var timeBase = regexp.MustCompile(`\b\d{1,3} (?:months?|years?|weeks?|days?|quarters?)\b`)

// withoutTimeBase returns title without the times of timeBase that the
// quote writes too, as they are or as a modifier ("12-month coverage" for
// "coverage at 12 months", the age an immunisation release reads coverage
// at): a title may say what a change is measured from ("Change in total
// hours worked from 12 months earlier") or the age it is read at without
// restating a figure.
func withoutTimeBase(title, quote string) string {
	return timeBase.ReplaceAllStringFunc(title, func(t string) string {
		n, unit, _ := strings.Cut(t, " ")
		if strings.Contains(quote, t) || strings.Contains(quote, n+"-"+strings.TrimSuffix(unit, "s")) {
			return "" // "at 12 months" for a quote's "12-month coverage" too
		}
		return t
	})
}

// groupDigits matches digits that name a group, not a figure: an age
// band ("aged 18 to 24", "aged 16 years and over", "18 to 24 year olds"),
// an age a statistic is read at ("life expectancy at age 65")
// or a point of a distribution ("the 95th percentile").
var groupDigits = regexp.MustCompile(`\b(?:at )?age \d{1,3}\b|\baged \d{1,3}(?: to \d{1,3})?(?: years)?(?: (?:and|or) (?:over|older))?|\b\d{1,3} to \d{1,3}(?:-| )year(?:-| )olds\b|\b\d{1,3}(?:st|nd|rd|th) (?:percentile|decile|quartile|quintile)\b`)

// groupNumbers matches a number of a groupDigits match.
var groupNumbers = regexp.MustCompile(`\d{1,3}(?:st|nd|rd|th)?`)

// withoutGroupDigits returns title without the groups of groupDigits whose
// numbers the quote writes in the same order (drafts61): "Fall in smoking
// prevalence among people aged 18 to 24" names an age band, not the figure,
// and the hand catalogs title such figures so.
func withoutGroupDigits(title, quote string) string {
	return groupDigits.ReplaceAllStringFunc(title, func(g string) string {
		rest := quote
		for _, n := range groupNumbers.FindAllString(g, -1) {
			i := strings.Index(rest, n)
			if i < 0 || i > 0 && rest[i-1] >= '0' && rest[i-1] <= '9' || i+len(n) < len(rest) && (rest[i+len(n)] >= '0' && rest[i+len(n)] <= '9' || rest[i+len(n)] == '.' || rest[i+len(n)] == '%') {
				return g
			}
			rest = rest[i+len(n):]
		}
		return "group"
	})
}

// thresholdWords put an amount in a title as the threshold of what is
// counted: "Markets where U.S. exports exceeded $1 billion".
var thresholdWords = []string{"exceeded", "topped", "surpassed", "over", "above", "more than"}

// withoutThreshold returns title without an amount written as the
// threshold of what a count counts, when the quote writes the same words
// (drafts15): the amount is not the figure the title names, and the hand
// catalogs title such counts with it.
func withoutThreshold(title, quote string) string {
	for _, w := range thresholdWords {
		i := strings.Index(title, " "+w+" $")
		if i < 0 {
			continue
		}
		j := i + len(" "+w+" ")
		k := j + 1
		for k < len(title) && (title[k] >= '0' && title[k] <= '9' || title[k] == '.' || title[k] == ',') {
			k++
		}
		if k == j+1 {
			continue
		}
		end := k
		for _, s := range []string{" billion", " million", " trillion"} {
			if strings.HasPrefix(title[k:], s) {
				end = k + len(s)
			}
		}
		if strings.Contains(quote, title[i:end]) {
			return title[:j] + "the amount" + title[end:]
		}
	}
	return title
}

// titleAgrees reports whether a draft's title is one a person would keep
// beside the hand title want: a title of the right shape (titleShape) of
// at most 64 characters that ends on a content word, and shares at least
// half of its content words with want both ways. It need not share a word
// with its quote, as realTitle asks: the hand title vouches for its words
// ("Life expectancy at birth for females" for "… a newborn baby girl 82.6
// years", a quote that never says "life expectancy"). The hand title
// itself always agrees.
func titleAgrees(got, want, quote string) bool {
	if strings.EqualFold(strings.TrimSpace(got), strings.TrimSpace(want)) && got != "" {
		return true // the person's own words, whatever their shape
	}
	if !titleShape(got, quote) || utf8.RuneCountInString(got) > 64 {
		return false
	}
	f := strings.Fields(strings.ToLower(got))
	if last := strings.Trim(f[len(f)-1], ",.;:()’'"); titleStop[last] || nounBreaks[last] || danglingWords[last] {
		return false
	}
	g, w := contentWords(got), contentWords(want)
	shared := func(a, b []string) int {
		n := 0
		for _, x := range a {
			if slices.Contains(b, x) {
				n++
			}
		}
		return n
	}
	return len(g) > 0 && len(w) > 0 && 2*shared(g, w) >= len(g) && 2*shared(w, g) >= len(w)
}

// danglingWords cannot end a title: a copula or auxiliary ("… Africa is"),
// a preposition the stop words miss ("… is without"). A verb of a
// relative clause may ("Capacity Power Africa will add").
var danglingWords = stopSet(classCopulas|classHaveForms,
	"be", "been", "will", "would", "could", "can", "may", "without")

// readDraftFloors reads a floor file: "name fraction" lines, # comments.
func readDraftFloors(t *testing.T, name string) map[string]float64 {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]float64{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, " ")
		x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
		if !ok || err != nil {
			t.Fatalf("%s: bad line %q: write \"field 0.75\"", name, l)
		}
		out[k] = x
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// floorTolerance lets a rate pass a floor written to three places that it
// rounds to.
const floorTolerance = 0.0005

// checkFloors reports every field of draftFields whose rate is below its
// floor in the floor file name (read by readDraftFloors), or has none.
func checkFloors(t *testing.T, name string, rates map[string]float64) {
	t.Helper()
	floors := readDraftFloors(t, name)
	for _, f := range draftFields {
		fl, ok := floors[f]
		if !ok {
			t.Errorf("%s has no floor for %q", name, f)
			continue
		}
		if rates[f] < fl-floorTolerance {
			t.Errorf("draft agreement on %s over all hand claims = %.3f, want at least %.3f (%s)", f, rates[f], fl, name)
		}
	}
}

func TestDraftCorpusAgreement(t *testing.T) {
	a := draftAgreement(t)
	name := filepath.Join("testdata", "draft-floor.txt")
	floors := readDraftFloors(t, name)
	for _, n := range a.notes {
		t.Log(n)
	}
	all, found := a.overAll(), a.overFound()
	for _, f := range draftFields {
		t.Logf("%-9s %.3f over all (floor %.3f), %.3f over found", f, all[f], floors[f], found[f])
	}
	t.Logf("hand %d notfound %d extra %d", a.hand, a.hand-a.found, a.extra)
	t.Log(marksLine("corpus", a))
	checkFloors(t, name, all)
	checkUnmarkedCeiling(t, name, "unmarked", a.marks)
}

func TestRealTitle(t *testing.T) {
	const quote = "U.S. goods exports to Colombia in 2010 were $12.0 billion, up 196% from 1994."
	tests := []struct {
		title string
		want  bool
	}{
		{"Increase in U.S. goods exports to Colombia since 1994", true},
		{"Increase in U.S. goods exports to Colombia", true},
		{"Goods exports of 2010", false},
		{"Increase in U.S. goods exports since 199", false},
		{"Figure of $12.0 billion", false},
		{"Markets where U.S. goods exports exceeded $12.0 billion", false}, // not a threshold the quote writes
		{"Markets where U.S. goods exports were $12.0 billion", false},
		{"Goods exports to Colombia", true},
		{"TODO: name the figure $12.0 billion", false},
	}
	for _, tt := range tests {
		if got := realTitle(tt.title, quote); got != tt.want {
			t.Errorf("realTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestRealTitleThreshold: an amount in a title is allowed as the
// threshold of what is counted, written as the quote writes it
// (drafts15).
func TestRealTitleThreshold(t *testing.T) {
	const quote = "In all, there were 14 markets where U.S. wood exports topped $100 million in 2019."
	tests := []struct {
		title string
		want  bool
	}{
		{"Markets where U.S. wood exports topped $100 million", true},
		{"Markets where U.S. wood exports topped $100 billion", false},
		{"Markets where U.S. wood exports topped $100 million in 2019", false},
		{"Wood exports of $100 million", false},
	}
	for _, tt := range tests {
		if got := realTitle(tt.title, quote); got != tt.want {
			t.Errorf("realTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestDraftRealTitleGroupDigits: a title may carry the digits of an
// age band or a percentile the quote writes, never the figure's own value.
func TestDraftRealTitleGroupDigits(t *testing.T) {
	const quote = "Among people aged 20 to 29 years, 13.5% rode a bicycle weekly in 2022, up 3.1 points since 2014; the 90th percentile of trips was 14 km."
	tests := []struct {
		title string
		want  bool
	}{
		{"Fall in cycling among people aged 20 to 29 since 2014", true},
		{"Share of people aged 20 to 29 years who rode a bicycle weekly", true},
		{"Length of trips at the 90th percentile", true},
		{"Share of people aged 13.5 who rode a bicycle", false}, // the figure, not a band
		{"Share of people aged 30 to 39 who rode a bicycle", false},
		{"Length of trips at the 95th percentile", false},
		{"Share of 20 to 29 year olds who rode a bicycle", true},
		{"Cycling of 13.5% among people aged 20 to 29", false},
	}
	for _, tt := range tests {
		if got := realTitle(tt.title, quote); got != tt.want {
			t.Errorf("realTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
	if got := titleAgrees("Fall in smoking prevalence among people aged 18 to 24 since 2011", "Fall in smoking prevalence among people aged 18 to 24 since 2011",
		"Those aged 18 to 24 years have had the largest reduction in smoking prevalence (15.9 percentage points) between 2011 (25.7%) and 2023 (9.8%)"); !got {
		t.Errorf("titleAgrees(identical age-band title) = %v, want true", got)
	}
}

// TestTitleAgreesHandWords: a title agrees with the same hand title though
// its quote never writes its words, and an age the statistic is read at is
// a group, not the figure; a title of the wrong shape still does not agree.
func TestTitleAgreesHandWords(t *testing.T) {
	const quote = "A newborn baby boy in Wales could expect to live 78.1 years and a girl 82.3 years, and a man aged 65 a further 18.0 years."
	tests := []struct {
		got, want string
		agrees    bool
	}{
		{"Life expectancy at birth for females", "Life expectancy at birth for females", true},
		{"Life expectancy at age 65 for males", "Life expectancy at age 65 for males", true},
		{"Life expectancy at age 70 for males", "Life expectancy at age 65 for males", false}, // an age the quote does not write
		{"Life expectancy of 78.1 years", "Life expectancy at birth for males", false},        // the figure itself
		{"Years years", "Life expectancy at birth", false},                                    // titleFault
		{"Orphans cared for", "Orphans cared for", true},                                      // the hand's own words
	}
	for _, tt := range tests {
		if got := titleAgrees(tt.got, tt.want, quote); got != tt.agrees {
			t.Errorf("titleAgrees(%q, %q) = %v, want %v", tt.got, tt.want, got, tt.agrees)
		}
	}
	if realTitle("Life expectancy at birth for females", quote) {
		t.Errorf("realTitle(%q) = true, want false: no word of the quote", "Life expectancy at birth for females")
	}
}

// TestRealTitleAcronym: an acronym the quote writes names the figure as a
// word of four letters does ("It amounts to 6.2 percent of gross domestic
// product (GDP)" is a deficit's share of GDP, its subject in the sentence
// before); one the quote does not write does not.
func TestRealTitleAcronym(t *testing.T) {
	const quote = "It amounts to 6.2 percent of gross domestic product (GDP) in 2025"
	tests := []struct {
		title string
		want  bool
	}{
		{"Federal budget deficit as a share of GDP", true},
		{"Federal budget deficit as a share of GNI", false},
		{"Federal budget deficit as a share of gdp", false},
	}
	for _, tt := range tests {
		if got := realTitle(tt.title, quote); got != tt.want {
			t.Errorf("realTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestRealTitleNumberedName: a name joined to its number by a hyphen,
// as the quote writes it, is no figure in a title (title35).
func TestRealTitleNumberedName(t *testing.T) {
	const quote = "Flu was the largest cause of short absences (22%) followed by COVID-19 (21%)."
	tests := []struct {
		title string
		want  bool
	}{
		{"COVID-19, share of short absences", true},
		{"COVID-20, share of short absences", false}, // not the quote's name
		{"Share of 21 short absences", false},
	}
	for _, tt := range tests {
		if got := realTitle(tt.title, quote); got != tt.want {
			t.Errorf("realTitle(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}
