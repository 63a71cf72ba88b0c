package extract

// whatTitle titles a figure by the rules of the seventh session's genres.
func (d *docDraft) whatTitle(cl *claim, m Mention, cs, ce int) {}
