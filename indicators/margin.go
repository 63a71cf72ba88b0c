package indicators

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A MarginKind says what a figure's stated margin measures.
type MarginKind uint8

// The kinds of margin. The zero value is no margin.
const (
	NoMargin      MarginKind = iota // the figure states no margin
	UnknownMargin                   // "41.2 ± 0.8": a margin whose measure the document does not name
	StandardError                   // "41.2 ± 0.8 [SE]", "1.32 million (SE 0.02 million)"
	MarginOfError                   // a margin of error ("(MOE)"), at a confidence level if stated
	numMarginKinds
)

var marginKindNames = [numMarginKinds]string{"", "unknown", "standard_error", "margin_of_error"}

// String returns the JSON contract's word for k: "", "unknown",
// "standard_error" or "margin_of_error".
func (k MarginKind) String() string {
	if k < numMarginKinds {
		return marginKindNames[k]
	}
	return fmt.Sprintf("MarginKind(%d)", uint8(k))
}

// ParseMarginKind returns the kind named s, one of the words String
// returns.
func ParseMarginKind(s string) (MarginKind, error) {
	for i, n := range marginKindNames {
		if n == s {
			return MarginKind(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown margin kind %q (write unknown, standard_error or margin_of_error)", s)
}

// A Margin is the margin a document states beside a figure: "± 0.8
// [SE]" of "41.2 ± 0.8 [SE] million birds". HalfWidth is the margin as
// written, at full magnitude in the figure's unit (0.8 million is
// 800,000, its digits (8, 5) kept); Kind says what it measures, Level the
// confidence level in percent of a margin of error (0 when not stated).
//
// A stated margin is not the figure's precision: Quantity.Interval (and
// a Range's Low and High) say what the written digits and hedge allow,
// "41.2 million" being [41.15, 41.25] million; the margin is the
// sampling uncertainty the document reports, kept as written and never
// folded into the interval.
//
// The zero value is no margin.
type Margin struct {
	HalfWidth Decimal
	Kind      MarginKind
	Level     uint8
}

// IsZero reports whether m is no margin.
func (m Margin) IsZero() bool { return m.Kind == NoMargin }

// Describe names what m measures in words, as a note or a column says
// it: "standard error", "margin of error (90% confidence)", "margin
// (measure not stated)"; "" for no margin.
func (m Margin) Describe() string {
	switch m.Kind {
	case StandardError:
		return "standard error"
	case MarginOfError:
		if m.Level > 0 {
			return fmt.Sprintf("margin of error (%d%% confidence)", m.Level)
		}
		return "margin of error"
	case UnknownMargin:
		return "margin (measure not stated)"
	}
	return ""
}

// marginLabelText matches a label of what a margin measures written
// after its number, as release tables write it: "[SE]", "(SE)",
// "(90% MOE)". The words are lexicon.MarginLabels.
var marginLabelText = func() *regexp.Regexp {
	var alts []string
	for _, l := range lexicon.MarginLabels {
		alts = append(alts, regexp.QuoteMeta(l.Word))
	}
	return regexp.MustCompile(`(?i)^\s*[\[(]\s*(?:([0-9]{2})\s*%\s*)?(` + strings.Join(alts, "|") + `)\s*[\])]`)
}()

// marginNumber matches the number of a margin after its sign: "0.8",
// "1.1%".
var marginNumber = regexp.MustCompile(`^[0-9][0-9,]*(?:\.[0-9]+)?%?`)

// A statedMargin is a stated figure taken apart from its margin.
type statedMargin struct {
	figure, margin string // "41.2 million birds", "0.8 million birds"
	kind           MarginKind
	level          uint8
	// lo and hi are the ends of a confidence interval written in place
	// of the margin ("(95% CI: 11.1% to 13.5%)"); "" otherwise.
	lo, hi string
}

// confidenceInterval matches a confidence interval in parentheses after
// a figure: "12.3% (95% CI: 11.1% to 13.5%)".
var confidenceInterval = regexp.MustCompile(`(?i)^(.+?)\s*\(\s*([0-9]{2})\s*%\s*(?:ci|confidence interval)\s*[:,]?\s*(.+?)\s+to\s+(.+?)\s*\)$`)

// splitMargin takes a figure written with its margin apart, or reports
// false where s states no margin. It reads three shapes:
//
//	41.2 ± 0.8 [SE] million birds   the scale word and unit after the margin are the figure's too
//	0.1 percent (±0.4 percent)      the margin in parentheses after the figure
//	1.32 million (SE 0.02 million)  a label opens the parentheses
//	12.3% (95% CI: 11.1% to 13.5%)  a confidence interval about the figure: its half-width
func splitMargin(s string) (statedMargin, bool) {
	if m := confidenceInterval.FindStringSubmatch(s); m != nil {
		lv, _ := strconv.Atoi(m[2])
		return statedMargin{figure: m[1], kind: MarginOfError, level: uint8(lv), lo: m[3], hi: m[4]}, true
	}
	low := strings.ToLower(s)
	if strings.HasSuffix(s, ")") {
		for _, l := range lexicon.MarginLabels {
			if i := strings.LastIndex(low, "("+l.Word+" "); i > 0 {
				m := strings.TrimLeft(s[i+len(l.Word)+2:len(s)-1], " :=")
				return statedMargin{figure: strings.TrimSpace(s[:i]), margin: m, kind: kindOfLabel(l)}, true
			}
		}
	}
	for _, sign := range lexicon.MarginSigns {
		i := strings.Index(low, sign)
		if i <= 0 {
			continue
		}
		a, rest := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sign):])
		if open, ok := strings.CutSuffix(a, "("); ok {
			m, ok := strings.CutSuffix(rest, ")")
			if !ok || strings.ContainsAny(m, "()") {
				return statedMargin{}, false
			}
			return statedMargin{figure: strings.TrimSpace(open), margin: strings.TrimSpace(m), kind: UnknownMargin}, true
		}
		num := marginNumber.FindString(rest)
		if num == "" {
			return statedMargin{}, false
		}
		sm := statedMargin{kind: UnknownMargin}
		rest = rest[len(num):]
		if lm := marginLabelText.FindStringSubmatch(rest); lm != nil {
			l, _ := lexicon.LookupMarginLabel(lm[2])
			sm.kind = kindOfLabel(l)
			if lm[1] != "" {
				lv, _ := strconv.Atoi(lm[1])
				sm.level = uint8(lv)
			}
			rest = rest[len(lm[0]):]
		}
		rest = strings.TrimSpace(rest)
		if _, u, err := parseStated(a); err == nil && u != (Unit{}) || hasScaleWord(a) {
			sm.figure, sm.margin = a, strings.TrimSpace(num+" "+rest) // "12.3% ± 1.1%"
			return sm, true
		}
		pct := ""
		if strings.HasSuffix(num, "%") {
			pct = "%"
		}
		sm.figure, sm.margin = strings.TrimSpace(a+pct+" "+rest), strings.TrimSpace(num+" "+rest)
		return sm, true
	}
	return statedMargin{}, false
}

// hasScaleWord reports whether the figure s reads with a scale word.
func hasScaleWord(s string) bool {
	q, _, err := parseStated(s)
	return err == nil && q.Scale != NoScale
}

// kindOfLabel returns the kind a margin's label names.
func kindOfLabel(l MarginLabel) MarginKind {
	k, err := ParseMarginKind(l.Kind)
	if err != nil {
		return UnknownMargin
	}
	return k
}

// MarginLabel is lexicon.MarginLabel, a name of a margin's measure.
type MarginLabel = lexicon.MarginLabel

// errMarginOfRange refuses a margin on a range.
var errMarginOfRange = errors.New("a range has no margin")

// parseMargined reads a figure written with its margin (splitMargin):
// the figure as ParseStated reads it, with its Margin. The margin takes
// the figure's unit and scale where it writes none, and must agree with
// them where it writes them.
func parseMargined(sm statedMargin) (Quantity, Unit, error) {
	q, u, err := parseStated(sm.figure)
	if err != nil {
		return q, u, err
	}
	if q.IsRange() {
		return Quantity{}, Unit{}, errMarginOfRange
	}
	if !q.Margin.IsZero() {
		return Quantity{}, Unit{}, fmt.Errorf("a figure has one margin: write it once, like \"41.2 ± 0.8 million\"")
	}
	if sm.lo != "" {
		return confidenceMargin(q, u, sm)
	}
	mq, mu, err := parseStated(sm.margin)
	if err != nil {
		return Quantity{}, Unit{}, fmt.Errorf("cannot read the margin %q: %v", sm.margin, err)
	}
	if mq.IsRange() || mq.Qualifier != Exact || mq.Value.Sign() <= 0 {
		return Quantity{}, Unit{}, fmt.Errorf("a margin is one number above zero, as the document writes it: %q is not", sm.margin)
	}
	if mu != (Unit{}) && mu != u {
		return Quantity{}, Unit{}, fmt.Errorf("the margin %q is in %s, the figure in %s: write the figure and its margin in one unit, like \"41.2 ± 0.8 million birds\"", sm.margin, unitWord(mu), unitWord(u))
	}
	if mq.Scale != NoScale && mq.Scale != q.Scale {
		return Quantity{}, Unit{}, fmt.Errorf("the margin %q is in %ss, the figure %q is not: write the scale word once, after the margin, like \"41.2 ± 0.8 million\"", sm.margin, mq.Scale, sm.figure)
	}
	hw := mq.Value
	if mq.Scale == NoScale && q.Scale != NoScale {
		hw = hw.Shift(q.Scale.Exp()) // "41.2 million ± 0.8": the figure's scale
	}
	q.Margin = Margin{HalfWidth: hw, Kind: sm.kind, Level: sm.level}
	return q, u, q.Validate()
}

// marginWritten returns the margin as Format writes it between the
// figure's number and its scale word: " ± 0.8"; "" for no margin.
func marginWritten(q Quantity) string {
	if q.Margin.IsZero() {
		return ""
	}
	return " ± " + strings.TrimPrefix(q.Margin.HalfWidth.Shift(-q.Scale.Exp()).Text(","), "-")
}

// withoutMarginLabels returns s without the labels of its margins'
// measures ("41.2 ± 0.8 [SE] million" is "41.2 ± 0.8 million"), which
// a stated figure may leave out: the label is read from the quote
// (marginKindInQuotes).
func withoutMarginLabels(s string) string {
	var b strings.Builder
	for {
		loc := marginAfter.FindStringIndex(s)
		if loc == nil {
			b.WriteString(s)
			return b.String()
		}
		m := s[loc[0]:loc[1]]
		if i := strings.IndexAny(m, "[("); i >= 0 && marginLabelText.MatchString(m[i:]) {
			m = strings.TrimRight(m[:i], " ")
		}
		b.WriteString(s[:loc[0]] + m)
		s = s[loc[1]:]
	}
}

// marginKindInQuotes returns what the margin of q measures as the quotes
// label it, for a stated figure that leaves the label out ("41.2 ± 0.8
// million" quoting "41.2 ± 0.8 [SE] million birds"): the label after the
// first margin of the same digits; UnknownMargin where none is labelled.
func marginKindInQuotes(q Quantity, quotes []string) (MarginKind, uint8) {
	want := strings.TrimSpace(strings.TrimPrefix(marginWritten(q), " ± "))
	for _, quote := range quotes {
		fq := foldString(quote)
		for _, loc := range marginAfter.FindAllStringIndex(fq, -1) {
			m := fq[loc[0]:loc[1]]
			num := marginNumber.FindString(strings.TrimLeft(m, " ±"))
			if strings.TrimSuffix(num, "%") != want {
				continue
			}
			if i := strings.IndexAny(m, "[("); i >= 0 {
				if lm := marginLabelText.FindStringSubmatch(m[i:]); lm != nil {
					l, _ := lexicon.LookupMarginLabel(lm[2])
					lv, _ := strconv.Atoi(lm[1])
					return kindOfLabel(l), uint8(lv)
				}
			}
		}
	}
	return UnknownMargin, 0
}

// marginInQuote returns the margin the quote fq writes right after the
// figure f at byte at, without its label, as a stated figure writes it
// (" ± 0.8"); "" where none follows.
func marginInQuote(fq string, at int, f string) string {
	rest := fq[at+len(f):]
	loc := marginAfter.FindStringIndex(rest)
	if loc == nil || loc[0] != 0 {
		return ""
	}
	return " " + strings.TrimSpace(withoutMarginLabels(rest[:loc[1]]))
}

// MarginNote returns what a derived figure's note says of its inputs'
// margins, or "" when no input states one: a derived figure states no
// margin of its own, since margins are not combined without knowing the
// inputs' covariance, which a document seldom gives ("a share of two
// survey estimates with standard errors"). Its interval (Result) is what
// the inputs' written digits allow, as for any derived figure.
func (c *Catalog) MarginNote(d *Derived) string {
	var with []string
	for _, id := range d.Inputs {
		if ind, ok := c.Indicator(id); ok && !ind.Quantity.Margin.IsZero() {
			with = append(with, strings.TrimSpace(id+" ±"+strings.TrimSpace(strings.TrimPrefix(marginWritten(ind.Quantity), " ±"))+" "+ind.Quantity.Scale.String()))
		}
	}
	if len(with) == 0 {
		return ""
	}
	return fmt.Sprintf("No margin is given for it: its inputs' margins (%s) are not combined, which needs their covariance, not stated in the document", strings.Join(with, "; "))
}

// ViewMargins returns what the margins of the figures view v draws
// measure, each once in catalog order ("standard error"), or nil when
// none states a margin: a chart that draws them says so in its note.
func (c *Catalog) ViewMargins(v *ChartView) []string {
	var kinds []string
	add := func(ind *Indicator) {
		if d := ind.Quantity.Margin.Describe(); d != "" && !slices.Contains(kinds, d) {
			kinds = append(kinds, d)
		}
	}
	for _, id := range v.Indicators {
		if ind, ok := c.Indicator(id); ok {
			add(ind)
		}
	}
	for i := range c.Indicators {
		if ind := &c.Indicators[i]; ind.Series != "" && slices.Contains(v.Series, ind.Series) {
			add(ind)
		}
	}
	return kinds
}

// settleMargin gives an indicator built in Go the margin Load gives the
// same catalog: the margin its stated figure reads as (q), where it has
// none, and what the margin measures read from its quotes, where stated
// leaves the label out (marginKindInQuotes).
func settleMargin(ind *Indicator, q Quantity) {
	if ind.Quantity.Margin.IsZero() && !q.Margin.IsZero() && !ind.Quantity.IsRange() {
		ind.Quantity.Margin = q.Margin
	}
	if ind.Quantity.Margin.Kind != UnknownMargin {
		return
	}
	quotes := make([]string, len(ind.Provenance))
	for i, p := range ind.Provenance {
		quotes[i] = p.Quote
	}
	ind.Quantity.Margin.Kind, ind.Quantity.Margin.Level = marginKindInQuotes(ind.Quantity, quotes)
}

// confidenceMargin returns q, of unit u, with the margin of error its
// confidence interval sm.lo to sm.hi gives: the half-width, where the
// interval is symmetric about the figure as written; otherwise an error
// (an interval that is not is no margin: keep it in a note).
func confidenceMargin(q Quantity, u Unit, sm statedMargin) (Quantity, Unit, error) {
	var ends [2]Decimal
	for i, e := range []string{sm.lo, sm.hi} {
		eq, eu, err := parseStated(e)
		if err != nil || eq.IsRange() || eq.Qualifier != Exact || eu != (Unit{}) && eu != u {
			return Quantity{}, Unit{}, fmt.Errorf("cannot read the interval's end %q as a figure in %s", e, unitWord(u))
		}
		ends[i] = eq.Value
		if eq.Scale == NoScale && q.Scale != NoScale {
			ends[i] = ends[i].Shift(q.Scale.Exp())
		}
	}
	below, above := decimalSub(q.Value, ends[0]), decimalSub(ends[1], q.Value)
	if !below.Equal(above) || above.Sign() <= 0 {
		return Quantity{}, Unit{}, fmt.Errorf("the interval %s to %s is not symmetric about the figure, so it is no margin: write the figure alone and keep the interval in a note", sm.lo, sm.hi)
	}
	q.Margin = Margin{HalfWidth: above, Kind: sm.kind, Level: sm.level}
	return q, u, q.Validate()
}

// decimalSub returns a − b exactly (their coefficients are small: digits
// as written).
func decimalSub(a, b Decimal) Decimal {
	e := min(a.Exp, b.Exp)
	pow := func(n int32) int64 {
		p := int64(1)
		for ; n > 0; n-- {
			p *= 10
		}
		return p
	}
	return Decimal{Coef: a.Coef*pow(a.Exp-e) - b.Coef*pow(b.Exp-e), Exp: e}
}
