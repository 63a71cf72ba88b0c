package wording

import (
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// Signed reports whether a bar or range chart of the figures qs, of the
// statuses st (one per figure), draws each change with its sign, a fall
// below zero: indicators.SignedMoves, the one rule of signs, which
// derived arithmetic reads too (a chart of commitments to cut alone draws
// them as stated and says "reduction").
func Signed(qs []indicators.Quantity, st []indicators.Status) bool {
	return indicators.SignedMoves(qs, st)
}

// RiseLabel returns the label of an increase written beside falls (a bar
// of a signed chart, a cover line, a card) so that it reads as a rise as
// a fall reads as a fall (FallLabel): "up 0.7%", in the model's word,
// never the document's ("rose"), which the quote keeps, so that a figure
// is worded alike in every chart, card and slide. A label that has a
// plus sign or a word of a rise already is returned as it is.
func RiseLabel(label string) string {
	if label == "" || strings.HasPrefix(label, "+") || saysRise(label) {
		return label
	}
	return TurnPrefix(indicators.Up) + label
}

// FallLabel returns the label of a decrease drawn below zero so that a
// reader of the label alone sees the fall: "down 0.2%", in the model's
// word, never the document's ("fell"): indicators.FallLabel, the one
// rule, with no quote to take a word from. A label that has a minus sign
// or a word of a fall already is returned as it is.
func FallLabel(label string) string {
	if label == "" {
		return label
	}
	return indicators.FallLabel(label, "")
}

// TurnPrefix returns the word a change in direction d is written after,
// with its space: "up ", "down ", or "" for no direction. RiseLabel,
// FallLabel and the book's number formats of changes read it.
func TurnPrefix(d indicators.Direction) string {
	switch d {
	case indicators.Up:
		return "up "
	case indicators.Down:
		return "down "
	}
	return ""
}

// Turned returns label as a change of q is written where rises and falls
// may stand side by side: a fall as a fall (FallLabel: "down 0.4%"), a
// rise as a rise (RiseLabel: "up 0.7%"), any other figure as it is. A
// change set against a forecast, target or group (versus, what the
// indicator is set against: indicators.Indicator.AgainstWhat, "" for a
// period) says so after its figure, "£2.7 billion below the forecast",
// "55 minutes above employed women" (indicators.AgainstWords), never
// "down", which reads as the figure
// falling from the period before (fixN: "against the 2023-24 MYEFO
// forecast: down 3,700 people" read as the population falling).
func Turned(label string, q indicators.Quantity, versus string) string {
	if versus != "" {
		if label == "" {
			return label
		}
		return label + " " + indicators.AgainstWords(versus, q.Direction)
	}
	switch q.Direction {
	case indicators.Down:
		return FallLabel(label)
	case indicators.Up:
		return RiseLabel(label)
	}
	return label
}

// saysRise reports whether label has a word of a rise ("rose 3%", "an
// increase of 48,177"); the "more" of "more than 6%" is a hedge, not a
// rise.
func saysRise(label string) bool {
	words := strings.FieldsFunc(strings.ToLower(label), func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if w == "more" && i+1 < len(words) && words[i+1] == "than" {
			continue
		}
		if indicators.DirectionWord(w, indicators.Up) == w {
			return true
		}
	}
	return false
}

// DerivedSaid returns a derived figure as every output writes it beside
// its title (r.Said, which derived.csv writes too): a change from an
// earlier period (a stated base)
// with its direction both ways, "down 554 cases" and "up 0.3 percentage
// points", never a rise said bare beside falls said as falls
// (s21o-obesity: "Change in obesity prevalence, reception: 0.3
// percentage points, 2015/16 to 2016/17", which the release's headline
// calls a rise). A change whose interval reaches zero says no way.
//
// A percentage is written as the catalog's stated percentages all write
// theirs (PercentWritten): "75%" beside "16%" and "22%", never "75
// percent" (s21o-traffic).
func DerivedSaid(c *indicators.Catalog, r indicators.Result) string {
	s := r.Said(indicators.Style{Words: true})
	if r.Unit.Kind == indicators.Percent && r.Unit.Per == "" {
		s = PercentAsWritten(c, s)
	}
	return s
}

// PercentAsWritten returns s, words indicators.Format wrote, with
// every "percent" after a figure written as c's stated percentages write
// it: c.PercentAsWritten, the one rule of the book, the deck and the
// exports.
func PercentAsWritten(c *indicators.Catalog, s string) string { return c.PercentAsWritten(s) }

// PercentWritten returns how every percentage c states is written:
// c.PercentWritten.
func PercentWritten(c *indicators.Catalog) string { return c.PercentWritten() }

// Restated returns what the document itself says of the derived figure
// id, for every output to print beside it: "the document says “80
// percent” (earnings-ratio-2016)", the claims indicators.Restating finds
// joined with "; ", or "" where none restates it.
func Restated(c *indicators.Catalog, id string) string {
	var said []string
	for _, x := range c.Restating(id) {
		said = append(said, "“"+x.Stated+"” ("+x.ID+")")
	}
	if len(said) == 0 {
		return ""
	}
	return "the document says " + strings.Join(said, "; ")
}
