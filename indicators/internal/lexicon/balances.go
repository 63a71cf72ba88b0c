package lexicon

// BalanceNouns name what one side of an account holds against the other:
// a "visible trade deficit", a "current account surplus", a "balance".
// The drafter reads a difference of two sides from them; Catalog.Restating
// reads a stated balance as the difference of its sides, said without a
// sign.
var BalanceNouns = map[string]bool{"surplus": true, "deficit": true, "balance": true}
