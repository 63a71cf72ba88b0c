package indicators

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A Comparand is what a change is set against when that is no earlier
// period: "the population … was a modest 3,700 people lower than
// forecast" (s20n-population) is a difference from the forecast of the
// same period, not a fall from a year before. The zero value,
// AgainstPeriod, is the usual change: from Base (or an earlier period the
// document does not give) to Period. The catalog writes "against:
// forecast" or "against: target"; a change against one has no base, its
// Period is the one both figures are for, and its Direction says whether
// it is above (up) or below (down) what it is set against.
type Comparand uint8

// The comparands.
const (
	AgainstPeriod   Comparand = iota // from Base, an earlier period, to Period
	AgainstForecast                  // the document's forecast or projection of Period
	AgainstTarget                    // a target, plan or budget for Period
	AgainstGroup                     // another group at Period: "6.9% less than their female counterparts"
	numComparands
)

var comparandNames = [...]string{"", "forecast", "target", "group"}

// String returns the comparand's catalog word: "forecast", "target",
// "group", or "" for AgainstPeriod.
func (k Comparand) String() string {
	if k < numComparands {
		return comparandNames[k]
	}
	return fmt.Sprintf("Comparand(%d)", uint8(k))
}

// ParseComparand returns the comparand named s: "forecast", "target" or
// "group" ("" is AgainstPeriod).
func ParseComparand(s string) (Comparand, error) {
	if i := slices.Index(comparandNames[:], s); i >= 0 {
		return Comparand(i), nil
	}
	return 0, fmt.Errorf("indicators: unknown comparand %q: write against: forecast for a figure set against a forecast or projection, against: target for one set against a target, plan or budget, against: group for one set against another group at the same time", s)
}

// comparandIn returns what the words of s (a quote or a clause) set a
// figure against when that is a forecast or a target, with the words
// that say so ("than forecast"), or AgainstPeriod and "": a lead of
// lexicon.AgainstLeads, then within seven words ("exceeding the three
// year government set target"), before any punctuation,
// a word of lexicon.ForecastWords or lexicon.TargetWords ("lower than
// forecast", "below the OBR's March forecast", "ahead of plan"), or after
// "than" with no number between, of lexicon.GroupWords ("less than their
// part-time female counterparts").
func comparandIn(s string) (Comparand, string) {
	low, offs := foldedLower(s)
	for _, lead := range lexicon.AgainstLeads {
		for i := 0; ; {
			k := strings.Index(low[i:], lead)
			if k < 0 {
				break
			}
			i += k
			if i > 0 && isAlnum(low[i-1]) {
				i += len(lead)
				continue
			}
			rest := low[i+len(lead):]
			if j := strings.IndexAny(rest, lexicon.PhraseEnds); j >= 0 {
				rest = rest[:j]
			}
			at := i + len(lead)
			for n, w := range strings.Fields(rest) {
				if n >= 7 {
					break
				}
				at += strings.Index(low[at:], w)
				kind := AgainstPeriod
				switch {
				case slices.Contains(lexicon.ForecastWords, w):
					kind = AgainstForecast
				case slices.Contains(lexicon.TargetWords, w):
					kind = AgainstTarget
				case lead == "than " && slices.Contains(lexicon.GroupWords, strings.Trim(w, ",.;:()")) && !strings.ContainsAny(low[i:at], "0123456789"):
					kind = AgainstGroup
				}
				if kind != AgainstPeriod {
					return kind, strings.TrimSpace(s[offs[i]:offs[at+len(w)]])
				}
				at += len(w)
			}
			i += len(lead)
		}
	}
	return AgainstPeriod, ""
}

// checkAgainst says what is wrong with an indicator set against a
// forecast or target, or "": it must be a change, have no base (both
// figures are of its period), and a quote must say what it is set
// against.
func checkAgainst(ind *Indicator) string {
	if ind.Against == AgainstPeriod {
		return ""
	}
	if ind.Measure != Change {
		return fmt.Sprintf("against: %s sets a difference against a %s, but the measure is %q: write measure: change, with direction: down where the figure is below the %s and up where it is above, or leave against out", ind.Against, ind.Against, ind.Measure, ind.Against)
	}
	if ind.Base.IsStated() {
		return fmt.Sprintf("against: %s and base: %s both say what the change is measured from: a difference from a %s is of its own period; leave base out (a change from %s has no against)", ind.Against, ind.Base, ind.Against, ind.Base.Label())
	}
	for _, p := range ind.Provenance {
		if k, _ := comparandIn(p.Quote); k == ind.Against {
			return ""
		}
		if ind.Against == AgainstGroup && groupThan(p.Quote) != "" {
			return "" // "twice as high in more deprived areas than less deprived areas"
		}
	}
	example := "lower than " + ind.Against.String()
	if ind.Against == AgainstGroup {
		example = "lower than their female counterparts"
	}
	return fmt.Sprintf("against: %s, but no quote sets the figure against a %s: quote the words that do (%q)", ind.Against, ind.Against, example)
}

// AgainstPhrase returns the words that set a change against what
// Against names, by its Direction (Comparand.Phrase): "below the
// forecast", "above the target"; "" for a change from a period. Every
// output writes a change against a forecast with them, never "down" (a
// fall) or "from … to".
func (ind *Indicator) AgainstPhrase() string {
	return AgainstWords(ind.AgainstWhat(), ind.Quantity.Direction)
}

// AgainstWhat returns what ind, a change set against something other
// than an earlier period, is set against, as every output names it after
// "above" or "below": "the forecast", "the target", and for a group the
// group its quote names after "than" ("employed women" of "employed men
// worked 55 minutes more than employed women"), "the other group" only
// where no quote names one (a reader of "55 minutes above the other
// group" could not tell which group, s36g-timeuse); "" for AgainstPeriod.
func (ind *Indicator) AgainstWhat() string {
	if ind.Against != AgainstGroup {
		return ind.Against.what()
	}
	for _, p := range ind.Provenance {
		if k, words := comparandOf(p.Quote, ind.Stated); k == AgainstGroup {
			if g := groupNamed(words); g != "" {
				return g
			}
		}
	}
	return ind.Against.what()
}

// groupNamed returns the group that words, a comparand of AgainstGroup
// as comparandIn finds it ("than employed women", "than their part-time
// female counterparts"), names without its lead and a possessive that
// needs the sentence around it ("part-time female counterparts"), or ""
// where that leaves nothing or more than six words, too long to follow
// a figure on a bar.
func groupNamed(words string) string {
	f := strings.Fields(words)
	if len(f) > 0 && strings.EqualFold(f[0], "than") {
		f = f[1:]
	}
	if len(f) > 0 && slices.Contains([]string{"their", "its", "his", "her", "the"}, strings.ToLower(f[0])) {
		f = f[1:]
	}
	if len(f) == 0 || len(f) > 6 {
		return ""
	}
	return strings.Trim(strings.Join(f, " "), ",.;:()")
}

// what returns the words Phrase sets a change of k against: "the
// forecast", "the other group"; "" for AgainstPeriod.
func (k Comparand) what() string {
	switch k {
	case AgainstPeriod:
		return ""
	case AgainstGroup:
		return "the other group"
	}
	return "the " + k.String()
}

// AgainstWords returns the words that set a change in direction d
// against what (Indicator.AgainstWhat), written after its figure: "below
// the forecast" for Down, "above employed women" for Up, "against the
// target" for no direction; "" where what is "" (a change from a period,
// which says its way before the figure: "down").
func AgainstWords(what string, d Direction) string {
	if what == "" {
		return ""
	}
	switch d {
	case Down:
		return "below " + what
	case Up:
		return "above " + what
	}
	return "against " + what
}

// Phrase returns the words that set a change in direction d against k,
// written after its figure: "below the forecast" for Down, "above the
// target" for Up, "against the forecast" for no direction; "" for
// AgainstPeriod, whose change says its way before the figure ("down").
// A group is "the other group": the title names both.
func (k Comparand) Phrase(d Direction) string {
	return AgainstWords(k.what(), d)
}

// againstBase returns msg, the advice for a figure with a word of change
// after it ("6.9% less"), told against, not base, where quotes set the
// figure against a forecast, target or group of its own time ("less than
// their part-time female counterparts", s25u-paygap: no period is its
// base). Only the words of the figure's own clause are its comparand.
func againstBase(msg, quotes, stated string) string {
	k, words := comparandOf(quotes, stated)
	if k == AgainstPeriod {
		return msg
	}
	return strings.Replace(msg, "and base: the period it is compared with", fmt.Sprintf("and against: %s, no base (the quote sets it against %q, of its own time)", k, words), 1)
}

// groupThan returns the words of s, a quote, after a comparison's "than"
// (or the second "as" of "twice as high … as") that name another group
// at the same time, not a time, a forecast, a target or a norm, and hold
// no number: "than less deprived areas" of "twice as high in more
// deprived areas of England than less deprived areas" (round AH,
// s37h-conceptions: refused as setting the figure against no group, the
// lexicon's words for a group being people's alone); "". Only a catalog's
// own against: group reads it: the words after "than" name too many
// things to say, unasked, that a change is set against a group.
func groupThan(s string) string {
	low, offs := foldedLower(s)
	for _, m := range comparisonTail.FindAllStringSubmatchIndex(low, -1) {
		tail := low[m[2]:m[3]]
		if strings.ContainsAny(tail, "0123456789") {
			continue
		}
		words := strings.Fields(tail)
		if len(words) == 0 || slices.ContainsFunc(words, func(w string) bool {
			return slices.Contains(lexicon.ForecastWords, w) || slices.Contains(lexicon.TargetWords, w) || slices.Contains(notGroupWords, w)
		}) {
			continue
		}
		return strings.TrimSpace(s[offs[m[0]]:offs[m[3]]])
	}
	return ""
}

// comparisonTail matches a comparison's second term in lower case: the
// words after "than", or after the second "as" of "as high … as", up to
// the end of the phrase.
var comparisonTail = regexp.MustCompile(`(?:\bthan|\bas [a-z]+\b[^,.;:()]*?\bas) ([^,.;:()]+)`)

// notGroupWords are the words after "than" that name a time or a norm,
// no group: "than a year earlier", "than the national average".
var notGroupWords = []string{"year", "years", "month", "months", "quarter", "quarters", "week", "weeks", "day", "decade",
	"previous", "last", "before", "earlier", "ago", "ever", "usual", "normal", "average", "expected", "since", "period", "time", "then"}

// multipleSaysWay reports whether ind, a figure in times, says the way d
// by its factor, as a multiple does (HeldBelowZero): "twice as high"
// above one is up, "half as many" below it down, with no word of change
// ("twice as high in more deprived areas than less deprived areas",
// against: group, direction: up; round AH, s37h-conceptions).
func multipleSaysWay(ind *Indicator, d Direction) bool {
	if ind.Unit.Kind != Times || ind.Quantity.IsRange() {
		return false
	}
	c := ind.Quantity.Value.Cmp(Decimal{Coef: 1})
	return d == Up && c > 0 || d == Down && c < 0
}
