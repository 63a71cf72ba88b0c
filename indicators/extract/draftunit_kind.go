package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Compound kinds and labels (unit40). What a counted figure counts is the
// head noun of its phrase ("drug seizures" count seizures, the kind in the
// title). A label before a figure, as a list or a table-like line writes
// it ("Taxi driver licences - 21,681:", "Private hire vehicles: 87,000"),
// names what the figure counts as the figure's own words would; and a
// release that labels rows of one head in kinds told apart by their
// modifiers writes each kind as a thing of its own, as its readers do:
//
//	Taxi driver licences - 21,681 … Private hire driver licences - 108,755
//	… there are 8 new licences → taxi driver licence, private hire driver
//	licence, licence (a word of newness is no kind: lexicon.NewnessWords)
//
// while a head labelled in one kind only is counted alone ("Drug seizures
// - 1,204" counts seizures).

// kindOcc is one phrase of a text that counts a head: the nouns of its
// kind before the head ("" for none), and whether the phrase is a label's
// (labelPhrase), not a figure's own.
type kindOcc struct {
	kind  string
	label bool
}

// countedKinds returns, by head noun in the singular, the kinds the text's
// counted phrases give it: each figure's own phrase ("8,300 stray dogs")
// and each label's ("Taxi driver licences - 21,681"). Read once.
func (d *docDraft) countedKinds() map[string][]kindOcc {
	if d.kinds != nil {
		return d.kinds
	}
	d.kinds = map[string][]kindOcc{}
	text := d.src.Text
	for _, o := range d.mentions {
		if o.Kind != Count && o.Kind != Number {
			continue
		}
		if h, mods, ok := figurePhrase(text, o); ok {
			d.kinds[h] = append(d.kinds[h], kindOcc{kind: kindOf(mods)})
		}
		if h, words, ok := labelPhrase(text, o); ok {
			d.kinds[h] = append(d.kinds[h], kindOcc{kind: strings.Join(words, " "), label: true})
		}
	}
	return d.kinds
}

// kindOf returns the kind of a phrase whose words before the head are
// mods: kindChain's nouns, scale words passed over; "" where a size stands
// before them ("195,000 lower income households": the nouns are an
// adjective's phrase, not a kind).
func kindOf(mods []string) string {
	var rest []string
	for _, w := range mods {
		if _, scale := vocab.LookupScale(w); !scale {
			rest = append(rest, w)
		}
	}
	n := kindChain(rest)
	if n == 0 || n < len(rest) && slices.Contains(vocab.LooseModifiers, rest[len(rest)-n-1]) {
		return ""
	}
	return strings.Join(rest[len(rest)-n:], " ")
}

// figurePhrase returns the head a figure's own phrase counts and the
// words before it: the words after the figure's number ("some 8,300 stray
// dogs" → dog, [stray]).
func figurePhrase(text string, o Mention) (string, []string, bool) {
	at := strings.IndexAny(o.Text, "0123456789")
	if at < 0 {
		return "", nil, false
	}
	for at < len(o.Text) && strings.IndexByte("0123456789,.", o.Text[at]) >= 0 {
		at++
	}
	r := readHeadPhrase(text, o.Span.Start+at, o.Sentence.End)
	if !r.ok || r.head == "" || strings.Contains(r.head, " ") {
		return "", nil, false
	}
	return r.head, r.mods, true
}

// contrastedKind returns counted noun head with the nouns of its kind
// that the figure's own phrase (mods, the words before the head) writes,
// where the text labels the head in another kind (contrasted): "8 new
// licences" among rows labelled "Taxi driver licences -". Else head.
func (d *docDraft) contrastedKind(head string, mods []string) string {
	if own := kindOf(mods); own != "" && d.contrasted(head, kindOcc{kind: own}) {
		return own + " " + head
	}
	return head
}

// contrasted reports whether the text counts head in a kind other than
// own's where either is a label's (labelPhrase): a row's label names its
// series whole, beside the rows of other kinds ("Taxi driver licences -"
// beside "Taxi vehicle licences -") and the figures the rows go on to
// count ("8 new licences"). Prose is not so read: the hand catalogs of
// ninety kinds of release count the head of "homicide victims" beside
// "victims", "library items" beside "items", "firearm certificates"
// beside "shotgun certificates", the kind in the title; a state that
// makes the thing another class ("stray dogs", "vacant dwellings") is
// lexicon.CountingModifiers'.
func (d *docDraft) contrasted(head string, own kindOcc) bool {
	for _, k := range d.countedKinds()[head] {
		if k.kind != own.kind && k.kind != "" && (k.label || own.label) {
			return true
		}
	}
	return false
}

// labelSep matches the end of a label before its figure: a dash or a
// colon ("Taxi driver licences - ", "Private hire vehicles: ").
var labelSep = lazyRegexp(`^([A-Za-z][A-Za-z' -]{1,60}?)\s*(?:\s[-–—]|:)\s*$`)

// labelAfter matches what may follow a labelled figure: the end of its
// line or sentence, a colon, comma or semicolon that goes on about it, a
// bracket, or "of which".
var labelAfter = lazyRegexp(`^(?:\s*$|\s*[:;,.(\n*]|\s+of\s+which\b)`)

// labelPhrase returns the head noun a label before figure o counts, in
// the singular, and the label's words before it that name its kind, in
// lower case: a line that opens, after any list mark, with a noun phrase
// ending in a plural noun, then a dash or a colon, then the figure and
// nothing that counts another noun ("Taxi driver licences - 21,681: a
// decrease of 2" → licence, [taxi driver]). A name among the words
// ("London taxis") is a place, not a kind: the kind is the words after
// it. An article or possessive that opens the label is passed over, and
// so is a size or quantifier right before the head ("Total licences");
// one before another noun modifies that noun, in a compound that names
// the kind ("Private hire vehicles").
func labelPhrase(text string, o Mention) (string, []string, bool) {
	if o.Kind != Number {
		return "", nil, false // a figure with a noun of its own counts that
	}
	ls := strings.LastIndexByte(text[:o.Span.Start], '\n') + 1
	g := labelSep.FindStringSubmatch(strings.TrimLeft(text[ls:o.Span.Start], " \t\u00a0"+listMarks))
	if g == nil || !labelAfter.MatchString(text[o.Span.End:min(len(text), o.Span.End+12)]) {
		return "", nil, false
	}
	f := strings.Fields(g[1])
	if len(f) > 6 {
		return "", nil, false
	}
	f[0] = strings.ToLower(f[0][:1]) + f[0][1:]
	u, ok := countedWord(strings.ToLower(f[len(f)-1]))
	if !ok || !isLowerWord(f[len(f)-1]) || strings.Contains(u.Name, " ") {
		return "", nil, false
	}
	var kind []string
	for _, w := range f[:len(f)-1] {
		switch {
		case !isLowerWord(w):
			kind = kind[:0] // a name: the kind is the words after it
		case headStops[w] || auxiliaries[w]:
			return "", nil, false // a clause, not a label
		case len(kind) == 0 && (slices.Contains(vocab.Articles, w) || slices.Contains(vocab.Possessives, w) || slices.Contains(vocab.Demonstratives, w)):
		default:
			kind = append(kind, w)
		}
	}
	if n := len(kind); n > 0 && (slices.Contains(vocab.LooseModifiers, kind[n-1]) || slices.Contains(vocab.Evaluatives, kind[n-1])) {
		kind = kind[:n-1] // "Total licences": how many, not what kind
	}
	return u.Name, kind, true
}

// labelUnit returns what bare figure m counts when a label names it
// (labelPhrase): the head, with the label's kind where the text counts
// the head in another kind too (contrastedKind's rule).
func (d *docDraft) labelUnit(m Mention) (string, string, bool) {
	head, kind, ok := labelPhrase(d.src.Text, m)
	if !ok {
		return "", "", false
	}
	label := strings.Join(append(slices.Clone(kind), indicators.Plural(head)), " ")
	if len(kind) == 0 {
		return head, label, true
	}
	if own := strings.Join(kind, " "); d.contrasted(head, kindOcc{kind: own, label: true}) {
		return own + " " + head, label, true
	}
	return head, label, true
}
