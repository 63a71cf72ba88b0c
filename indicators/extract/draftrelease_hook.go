package extract

import (
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"strconv"
	"strings"
	"unicode"
)

// The rules of the twelfth session's unseen round (drafts63), called from
// whatClaim with one hook: life tables (draftlife.go) and the changes
// and counts of statistics releases (draftrelease_counts.go).

// releaseLifeClaim applies the drafts63 rules to a drafted claim.
func (d *docDraft) releaseLifeClaim(cl *claim, m Mention, cs, ce int) {
	d.releaseClaim(cl, m)
	d.quarterChange(cl, m)
	d.lifeClaim(cl, m)
}

// clauseAdverbs are adverbs and conjunctions that never name what a
// figure measures: "Increase in therefore".
// The conjunctions are those of draftnational.go.
var clauseAdverbs = withWords(map[string]bool{"therefore": true, "thus": true, "hence": true, "also": true, "which": true, "however": true,
	"then": true, "moreover": true, "furthermore": true, "meanwhile": true}, conjunctions)

// bareUnitWord reports whether the lower-case word w is a unit word that
// alone names no figure ("Years"): a span of time of the lexicon's
// Durations, singular or plural, or one of nonDurationUnits.
func bareUnitWord(w string) bool {
	return durations[vocab.Singular(w)] || nonDurationUnits[w]
}

// nonDurationUnits are the unit words besides spans of time that alone
// name no figure: "Percent".
var nonDurationUnits = map[string]bool{"percent": true, "points": true, "times": true}

// holdsRelative reports whether the lower-case title words w hold a
// relative clause, whose verb may end a title ("Counties where tenants
// have sheltered").
func holdsRelative(w []string) bool {
	for _, x := range w {
		switch x {
		case "where", "that", "which", "who", "whom", "whose", "when":
			return true
		}
	}
	return false
}

// passiveTitleFault returns why the title words f are no title by the
// rules of drafts63, or "": a change of an adverb or conjunction
// ("Increase in therefore"), a head noun said twice ("Households
// households"), a time ago ("Years ago"), a bare unit word ("Years"), or
// a participle after an auxiliary or conjunction ("… has narrowed", "…
// and therefore owed").
func passiveTitleFault(f []string) string {
	lw := make([]string, len(f))
	for i, w := range f {
		lw[i] = strings.ToLower(strings.Trim(w, ",.;:()"))
	}
	n := len(lw)
	switch {
	case n >= 3 && isChangeNoun(lw[0]) && (lw[1] == "in" || lw[1] == "of") && clauseAdverbs[lw[2]]:
		return "an adverb or conjunction, " + strconv.Quote(lw[2]) + ", not what changed"
	case n == 1 && bareUnitWord(lw[0]):
		return "a bare unit word"
	case lw[n-1] == "ago" && n <= 3 && bareUnitWord(lw[n-2]):
		return "a time ago, not what is measured"
	case n >= 2 && strings.HasSuffix(lw[n-1], "ed") && len(lw[n-1]) >= 4 && (auxiliaries[lw[n-2]] || lw[n-2] == "therefore" || lw[n-2] == "thus") && !holdsRelative(lw):
		return "ends on a verb, " + strconv.Quote(lw[n-2]+" "+lw[n-1])
	}
	for i := 1; i < n; i++ {
		if lw[i] == lw[i-1] && len(lw[i]) > 3 && unicode.IsLetter(rune(lw[i][0])) {
			return "a word said twice, " + strconv.Quote(lw[i])
		}
	}
	return ""
}
