package extract

// The rules of the twelfth session's unseen round (drafts63), called from
// whatClaim with one hook: life tables (draft63_life.go) and the changes
// and counts of statistics releases (draft63_release.go).

// drafts63Claim applies the drafts63 rules to a drafted claim.
func (d *docDraft) drafts63Claim(cl *claim, m Mention, cs, ce int) {
	d.drafts63LifeClaim(cl, m)
}
