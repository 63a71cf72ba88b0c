package indicators

import "strings"

// A verb of multiplying below one ("halved") turns the hedge before it.
// "more than halved" says the fall was more than a half, so the figure
// after it, the factor 0.5 the model holds, is less than 0.5 times what
// it was; "nearly halved" is a factor just over 0.5. The stated grammar
// holds the figure's own bound (parseStated: "more than halved" is
// less_than 0.5, unit times), so the JSON, the CSV's qualifier, Interval
// and every output that writes the figure back ("less than 0.5 times")
// agree with the words; doubled, tripled and "more than doubled" keep
// their hedge as said.

// Turned returns the qualifier of a factor below one that a hedge q
// before its verb says of the fall, as the stated grammar and the
// extractor both hold it: "more than halved" is less than 0.5
// times, "at least halved" at most 0.5 times, "less than halved" more
// than 0.5 times, "nearly halved" more than 0.5 times (HedgeEnds closes
// it a step above). "about halved" and an unhedged "halved" keep theirs.
func (q Qualifier) Turned() Qualifier {
	switch q {
	case MoreThan:
		return LessThan
	case AtLeast:
		return UpTo
	case LessThan, Nearly:
		return MoreThan
	case UpTo:
		return AtLeast
	}
	return q
}

// turnedHedge returns the hedge said before a verb of multiplying below
// one in stated ("more than halved": MoreThan), the qualifier of the
// words, not of the factor held, and reports whether stated is such a
// figure, hedged.
func turnedHedge(stated string) (Qualifier, bool) {
	s := strings.ToLower(strings.TrimSpace(stated))
	for _, h := range hedgePhrases {
		rest, ok := strings.CutPrefix(s, h.words+" ")
		if !ok {
			continue
		}
		if f, ok := multiplier(rest); ok && f.Cmp(Decimal{Coef: 1}) < 0 {
			return h.q, true
		}
		return Exact, false
	}
	return Exact, false
}

// turnedEnds returns the ends of a factor v below one whose verb a hedge
// h turns (turnedHedge), as HedgeEnds gives them: "more than halved" and
// "at least halved" from zero (a multiple is never below it) to 0.5,
// "nearly halved" from 0.5 to a step of its last digit above (0.6), "less
// than halved" from 0.5 up, open. ok is false for a hedge that keeps its
// ends ("about halved").
func turnedEnds(h Qualifier, v Decimal) (lo, hi *Decimal, ok bool) {
	switch h {
	case MoreThan, AtLeast:
		z := Decimal{}
		return &z, &v, true
	case LessThan, UpTo:
		return &v, nil, true
	case Nearly:
		n := v.normalize()
		return &v, decimalSum(v, Decimal{Coef: 1, Exp: n.Exp}), true
	}
	return nil, nil, false
}
