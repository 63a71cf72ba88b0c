package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// viewKind returns what more than unit, measure and basis a bar must share
// with the bars beside it (drafts41): a seasonally adjusted annual rate
// is never drawn beside actual counts.
func viewKind(ind *indicators.Indicator) string {
	k := ""
	if len(ind.Provenance) > 0 {
		q := strings.ToLower(ind.Provenance[0].Quote)
		if hasPhrase(q, "saar") || hasPhrase(q, "annual rate") || hasPhrase(q, "annualized rate") || hasPhrase(q, "annualised rate") {
			k = "annual rate"
		}
	}
	return k
}
