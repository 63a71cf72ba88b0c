package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Totals and their parts among a release's counts (drafts63): a count
// whose quote opens "This includes N …" is a part of the count before
// it; a count titled as another with a group put after its head noun
// ("Households with children owed a relief duty" of "Households owed a
// relief duty") is a part of it; a count at least as large as two or more
// others of the view, two of whose sum comes within a tenth of it is their total.
// A proposed view of bars leaves the parts and the totals out, as the
// README's rule keeps a total apart from its parts.

// includesOpenRE matches a quote that opens on a part of the
// figure before: "This includes", "These include", "Of these".
var includesOpenRE = lazyRegexp(`(?i)^\s*(?:[•*–-]\s*)?` + partOpens + `|^\s*(?:[•*–-]\s*)?of\s+these\b`)

// includedParts returns the counts of ids that are a total or a part of
// another count of ids by the rules above.
func includedParts(ids []string, byID map[string]*indicators.Indicator) []string {
	var out []string
	add := func(id string) {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	var counts []string
	for _, id := range ids {
		if ind := byID[id]; ind.Unit.Kind == indicators.Count && ind.Measure == indicators.CountKind && len(ind.Provenance) > 0 {
			counts = append(counts, id)
		}
	}
	if len(counts) < 2 {
		return nil
	}
	for _, id := range counts {
		ind := byID[id]
		if includesOpenRE.MatchString(ind.Provenance[0].Quote) {
			add(id)
			continue
		}
		for _, o := range counts {
			if o != id && narrowerTitle(ind.Title, byID[o].Title) {
				add(id)
			}
		}
	}
	for _, id := range counts {
		if sumOfTwo(id, counts, out, byID) {
			add(id)
		}
	}
	return out
}

// sumOfTwo reports whether two other counts of counts, in id's
// unit and not in out, add up to within a tenth below id's value.
func sumOfTwo(id string, counts, out []string, byID map[string]*indicators.Indicator) bool {
	t := valueOf(byID[id])
	for i, a := range counts {
		for _, b := range counts[i+1:] {
			if a == id || b == id || slices.Contains(out, a) || slices.Contains(out, b) ||
				byID[a].Unit != byID[id].Unit || byID[b].Unit != byID[id].Unit {
				continue
			}
			if sum := valueOf(byID[a]) + valueOf(byID[b]); sum <= t && sum >= 0.9*t {
				return true
			}
		}
	}
	return false
}

// narrowerTitle reports whether title a is title b with a group put
// after its head noun: "Households with children owed a relief duty" of
// "Households owed a relief duty".
func narrowerTitle(a, b string) bool {
	fa, fb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(fb) < 2 || len(fa) < len(fb)+2 || fa[0] != fb[0] {
		return false
	}
	if fa[1] != "with" && fa[1] != "without" && fa[1] != "aged" {
		return false
	}
	return strings.HasSuffix(strings.ToLower(a), " "+strings.Join(fb[1:], " "))
}
