package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Margins of error (drafts20, the kinds of a statistical agency's release
// of survey estimates). A figure after another, written with a
// plus-minus sign, is the margin of the figure it follows, not a claim
// of its own:
//
//	up 0.1 percent (±0.4 percent)* from the previous month
//	a rise of 2.3 percent (plus or minus 0.5 percent)
//	was 41.2 ± 0.8 [SE] million birds
//
// The margin is drafted into the figure it qualifies (margin20: stated
// "41.2 ± 0.8 [SE] million birds", which the catalog reads as 41.2
// million birds with a standard error of 0.8 million), with the scale
// word and unit after it, which are the figure's too; where the figure
// with its margin does not read, the margin is a comment on it. An
// asterisk after it is the release's mark of a change not statistically
// different from zero, said in a comment.

// marginSigns open a margin of error, as written before its figure
// (lexicon.MarginSigns, which ParseStated reads too).
var marginSigns = vocab.MarginSigns

// A margin is a figure that is the margin of error of another.
type margin struct {
	written  string // "±0.4 percent", as the text writes it (spaces folded)
	open     int    // where it starts: its parenthesis, or its sign
	end      int    // where it ends: after its parenthesis, or its figure
	asterisk bool   // an asterisk follows it: "(±0.4 percent)*"
}

// marginOf returns the margin of error m is, if it is one: a plus-minus
// sign (or "plus or minus") right before the figure.
func marginOf(text string, m Mention) (margin, bool) {
	head := m.Span.Start
	if strings.HasPrefix(strings.ToLower(m.Text), "minus ") {
		head += len("minus") // "plus or minus 0.5": the extractor reads a negative
	}
	lo := max(0, head-len("(plus or minus "))
	before := strings.TrimRight(text[lo:head], " \u00a0")
	lower := strings.ToLower(before)
	sign := ""
	for _, s := range marginSigns {
		if strings.HasSuffix(lower, s) {
			sign = s
			break
		}
	}
	if sign == "" {
		return margin{}, false
	}
	start := lo + len(before) - len(sign)
	mg := margin{open: start}
	end := m.Span.End
	if start > 0 && text[start-1] == '(' {
		mg.open = start - 1
		if j := strings.IndexByte(text[end:min(len(text), end+16)], ')'); j >= 0 {
			end += j + 1
			mg.asterisk = strings.HasPrefix(text[end:], "*")
		}
	}
	mg.end = end
	mg.written = strings.Join(strings.Fields(text[start:m.Span.End]), " ")
	if strings.HasPrefix(sign, "±") {
		mg.written = "±" + strings.TrimSpace(strings.TrimPrefix(mg.written, "±"))
	}
	return mg, true
}

// note returns the comment a margin puts on the figure it qualifies.
func (mg margin) note() string {
	n := "margin of error " + mg.written + ": the interval in parentheses after the figure, not a claim of its own"
	if mg.asterisk {
		n += "; the asterisk after it marks a change the release does not find statistically significant (check its notes)"
	}
	return n
}

// qualifies reports whether the margin stands right after the figure
// before it: nothing but spaces between the figure and the margin's
// parenthesis or sign.
func (mg margin) qualifies(text string, fig Mention) bool {
	return fig.Span.End <= mg.open && strings.TrimSpace(text[fig.Span.End:mg.open]) == ""
}

// skip returns why a margin that qualifies no drafted figure ("revised
// from virtually unchanged (±0.4 percent)") is not drafted.
func (mg margin) skip(flat, source, text string) string {
	ws := strings.Fields(text[max(0, mg.open-40):mg.open])
	if len(ws) > 3 {
		ws = ws[len(ws)-3:]
	}
	return fmt.Sprintf("not drafted: %s in %s (the margin of error %s of %q, not a claim of its own)", flat, source, mg.written, strings.Join(ws, " "))
}

// maxWordsAfterMargin bounds the words after a margin read as the
// figure's ("[SE] million birds").
const maxWordsAfterMargin = 4

// stated returns the figure fig with its margin mg as a catalog states
// it, from the figure to the end of the margin and on through the words
// after it that read with them (the label, scale word and unit of "41.2 ±
// 0.8 [SE] million birds"), the longest that ParseStated reads; ok is
// false where none does.
func (mg margin) stated(text string, fig Mention) (stated string, q indicators.Quantity, u indicators.Unit, ok bool) {
	stop := min(len(text), max(fig.Sentence.End, mg.end))
	at := mg.end
	for n := 0; n <= maxWordsAfterMargin && at <= stop; n++ {
		s := strings.TrimRight(strings.Join(strings.Fields(text[fig.Span.Start:at]), " "), ".,;:")
		if sq, su, err := indicators.ParseStated(s); err == nil && !sq.Margin.IsZero() {
			stated, q, u, ok = s, sq, su, true
		}
		// On to the end of the next word.
		rest := text[at:stop]
		i := len(rest) - len(strings.TrimLeft(rest, " \t\n\u00a0"))
		if i == len(rest) {
			break
		}
		j := strings.IndexAny(rest[i:], " \t\n")
		if j < 0 {
			j = len(rest) - i
		}
		at += i + j
	}
	return stated, q, u, ok
}

// A restated is a claim's figure with its margin, as restateMargins
// drafts it.
type restated struct {
	stated string
	q      indicators.Quantity
	u      indicators.Unit
	note   string // the comment it replaces
	extra  string // a comment it keeps: the asterisk's
}

// restate marks the claims cls of the figure fig that the margin mg
// qualifies: each is noted with the margin (note), as the draft's later
// rules see it, and where fig with mg reads as one figure (stated), it is
// restated so by restateMargins once those rules have run.
func (mg margin) restate(text string, fig Mention, cls []claim) {
	stated, q, u, ok := mg.stated(text, fig)
	for i := range cls {
		cl := &cls[i]
		cl.notes = append(cl.notes, mg.note())
		if !ok || cl.skip != "" || cl.ind.Stated == "" || !strings.HasPrefix(stated, cl.ind.Stated) {
			continue
		}
		r := &restated{stated: stated, q: q, u: u, note: mg.note()}
		if mg.asterisk {
			r.extra = "the asterisk after the margin " + mg.written + " marks a change the release does not find statistically significant (check its notes)"
		}
		cl.margin = r
	}
}

// restateMargins drafts each claim of cls marked by restate with its
// margin (margin20): stated "41.2 ± 0.8 [SE] million birds", the
// quantity with its Margin, its direction kept, and the unit the figure
// with its margin reads where the claim had none or where it names what
// it counts ("birds", not the sentence's "population"); the margin's comment
// gives way to the asterisk's, if any. A claim whose stated a later rule
// changed keeps the comment.
func restateMargins(cls []claim) []claim {
	for i := range cls {
		cl := &cls[i]
		r := cl.margin
		if r == nil || cl.skip != "" || cl.ind.Stated == "" || !strings.HasPrefix(r.stated, cl.ind.Stated) {
			continue
		}
		dir := cl.ind.Quantity.Direction
		cl.ind.Stated, cl.ind.Quantity = r.stated, r.q
		cl.ind.Quantity.Direction = dir
		if cl.ind.Unit == (indicators.Unit{}) || r.u.Kind == indicators.Count && r.u.Name != "" {
			cl.ind.Unit = r.u // the noun the figure writes after its margin: "million birds"
		}
		notes := cl.notes[:0]
		for _, n := range cl.notes {
			if n != r.note {
				notes = append(notes, n)
			}
		}
		if r.extra != "" {
			notes = append(notes, r.extra)
		}
		cl.notes = notes
	}
	return cls
}

// ownWords returns the words figure m states of itself: its text, and,
// when a margin of error follows it, the figure with its margin as a
// catalog states it ("41.2 ± 0.8 [SE] million birds"). The genre's
// pattern: a figure with a stated margin is one figure; the margin's
// sign, its figure and its label ("[SE]") and the unit written after
// them are the figure's own words, never what it measures, so a title
// made of them is read from the figure's clause instead
// (measuredNPTitle, namesNoMeasure).
func (d *docDraft) ownWords(m Mention) string {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End {
			continue
		}
		if mg, ok := marginOf(text, o); ok && mg.qualifies(text, m) {
			if st, _, _, ok := mg.stated(text, m); ok {
				return st
			}
			return strings.Join(strings.Fields(text[m.Span.Start:mg.end]), " ")
		}
		break
	}
	return m.Text
}

// marginedFigure returns the figure that o, a margin of error, qualifies
// ("41.2" of the "0.8" of "41.2 ± 0.8 [SE] million birds"), and whether o
// is one: a reader that asks the figure before a sentence and finds a
// margin asks the figure.
func (d *docDraft) marginedFigure(o Mention) (Mention, bool) {
	text := d.src.Text
	mg, ok := marginOf(text, o)
	if !ok {
		return Mention{}, false
	}
	fig, ok := d.lastBeforeIn(o, nil)
	if !ok || !mg.qualifies(text, fig) {
		return Mention{}, false
	}
	return fig, true
}
