package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A Shown is a figure as a card, a cover line or a cell shows it alone:
// the document's label and what the words around it need.
type Shown struct {
	// Label is the figure as the document writes it ("an estimated
	// 805,000 vacancies", "187", "about US$242 million").
	Label string
	// Quote is the sentence the figure is quoted from; its word of a fall
	// ("fell") is kept before a decrease.
	Quote   string
	Unit    indicators.Unit
	Q       indicators.Quantity
	Measure indicators.MeasureKind
}

// Alone returns the figure as it is shown with nothing beside it to say
// what it counts or which way it went, in the words of every card, cover
// and slide alike: the currency named (indicators.CurrencyLabel); a
// count with its counted noun after the figure ("187 centers", "an
// estimated 805,000 vacancies"), other words of the document's phrase
// left to the title ("31,800 estimated new HIV infections" is "31,800
// infections"); a decrease as a fall (indicators.FallLabel: "down 0.2
// percentage points").
func Alone(s Shown) string {
	v := indicators.CurrencyLabel(s.Label, s.Unit)
	if s.Unit.Kind == indicators.Count && s.Unit.Name != "" && !indicators.IsOrderOfMagnitude(s.Label) {
		v = countWithNoun(v, s.Unit, s.Q)
	}
	if s.Measure == indicators.Change && s.Q.Direction == indicators.Down {
		v = indicators.FallLabel(v, s.Quote)
	}
	return v
}

// Card returns the figure as a headline card writes it, a sentence's
// start: Alone with its first letter in upper case ("An estimated 805,000
// vacancies", "About US$242 million").
func Card(s Shown) string { return upperFirst(Alone(s)) }

// countWithNoun returns label cut after its figure (and the scale word
// after it), with the counted noun of u after it, or label as it is when
// it holds no figure in digits.
func countWithNoun(label string, u indicators.Unit, q indicators.Quantity) string {
	f := strings.Fields(label)
	end := -1
	for i, w := range f {
		switch {
		case w != "" && w[0] >= '0' && w[0] <= '9':
			end = i
		case end >= 0 && i == end+1 && q.Scale != indicators.NoScale && strings.EqualFold(w, q.Scale.String()):
			end = i
		}
	}
	if end < 0 {
		return label
	}
	noun := indicators.Plural(u.Name)
	if one := f[end]; one == "1" && end == len(f)-1 || one == "1" && end < len(f)-1 && strings.EqualFold(f[end+1], u.Name) {
		noun = u.Name
	}
	rest := strings.Join(f[end+1:], " ")
	if strings.EqualFold(rest, noun) {
		noun = rest // the document's own spelling of the noun
	}
	return strings.Join(f[:end+1], " ") + " " + noun
}
