package indicators

// StatusHedge returns the hedge before the stated figure of ind where it
// is a word of ind's own status, "estimated" or "an estimated" of an
// estimate: the figure's status, which a Status column, a chart's
// subtitle ("(estimates)") or a status key says, never a hedge of its
// digits. "" otherwise. Transport Scotland's "the estimated 9.7 billion
// vehicle kms" beside "7.1 billion", all estimates, drew two of five bars
// hedged and a sum of them "about 43.6 billion" (s21o-traffic).
func StatusHedge(ind *Indicator) string {
	h := LeadingHedge(ind.Stated)
	if h == "" || ind.Quantity.IsRange() {
		return ""
	}
	if s, ok := StatusOfWord(h); ok && s == ind.Status {
		return h
	}
	return ""
}

// StatusExact returns ind's quantity as every output reads it: exact where
// its only hedge is a word of its status (StatusHedge), which bounds
// nothing, else as stated. It is the one decision the derived arithmetic
// (Compute, and so derived.csv and the JSON contract) and the renderers
// take: "an estimated 9.7 billion" plus "an estimated 34 billion" is
// 43.7 billion in every output, not "about" in one and exact in another.
// The JSON contract and indicators.csv keep the input's own qualifier,
// as the catalog gives it.
func StatusExact(ind *Indicator) Quantity {
	q := ind.Quantity
	if q.Qualifier == Approx && StatusHedge(ind) != "" {
		q.Qualifier = Exact
	}
	return q
}
