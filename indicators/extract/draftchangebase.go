package extract

import (
	"fmt"
	"strconv"

	"github.com/claimbook/claimbook/indicators"
)

// A change that points back (drafts50):
//
//	… rose to USD 204 billion, up from USD 186 billion in 2021. / The
//	13.6% increase in real terms is … → base 2021: "The N% increase"
//	with no base of its own is the change of the sentence before, from
//	the year that sentence compares with

// backChangeOpeners open a sentence with a change that names the one
// before it: "The 13.6% increase", "This 2% fall".
var backChangeOpeners = map[string]bool{"The ": true, "This ": true, "That ": true}

// backChangeNounRe is the noun of change right after the figure.
var backChangeNounRe = lazyRegexp(`^\s+(?:increase|rise|fall|decrease|decline|drop|growth|jump|gain|reduction)\b`)

// backComparedYearRe is the year a sentence compares with: "up from USD 186
// billion in 2021", "from 2021", "compared with 2021", "over 2021".
var backComparedYearRe = lazyRegexp(`\b(?:(?:up|down) from [^.;]{0,40}? in|compared (?:with|to)|from|over|since) ((?:19|20)\d\d)\b`)

// backChangeBaseClaim gives a change that opens its sentence as "The N%
// increase" and has no base the year the sentence before compares with.
func (d *docDraft) backChangeBaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !backChangeOpeners[text[m.Sentence.Start:m.Span.Start]] || !backChangeNounRe.MatchString(text[m.Span.End:m.Sentence.End]) {
		return
	}
	var prev indicators.Span
	for _, o := range d.mentions {
		if o.Sentence.End <= m.Sentence.Start {
			prev = o.Sentence
		}
	}
	if prev.End == 0 {
		return
	}
	g := backComparedYearRe.FindStringSubmatch(text[prev.Start:prev.End])
	if g == nil {
		return
	}
	y, _ := strconv.Atoi(g[1])
	if ind.Period.IsStated() && ind.Period.From.Year <= y {
		return
	}
	ind.Base, cl.fieldNotes["base"] = indicators.YearPeriod(y), fmt.Sprintf("%q in the sentence before, whose change this one names", flatText(g[0]))
}
