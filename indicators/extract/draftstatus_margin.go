package extract

// A release whose figures carry margins of error ("7.7 percent (±1.2
// percent)", "up 0.1 percent (±0.4 percent)*") is a release of survey
// estimates: every figure of it is an estimate, the levels its changes
// are computed from included (housing construction, retail sales, new
// home sales). monthlyReleaseClaim (draftadvance.go) marks them, as it
// does for a release that calls itself "Advance estimates".

// marginCue sets the release's estimates cue, when no heading or lead
// gives one, to the first margin of error the text writes.
func (d *docDraft) marginCue() {
	if d.estimates != "" {
		return
	}
	text := d.src.Text
	for _, m := range d.mentions {
		if mg, ok := marginOf(text, m); ok {
			d.estimates = "margins of error (" + mg.written + ")"
			return
		}
	}
}
