package extract

import "testing"

// The sentences of the thirteenth session's unseen releases (school
// statistics, immunisation coverage) beside the same patterns in releases
// of other kinds: a labour market story, a benefits release.
const (
	drafts67Schools = "Schools Statistics Published\n\nOver the year to 2019 teacher numbers increased by 288 to 52,247. This coupled with a rise in pupils of 4,738 has meant that the pupil teacher ratio has remained at 13.6.\n"
	drafts67Labour  = "Unemployment Falls Again\n\nThe government's cuts have also been reflected in the fall of public sector workers by 39,000, the lowest figure since March 2003.\n"
	drafts67Claims  = "Claimant Count\n\nIn October there was an increase in the number of claimants of 8,100 on the month.\n"
)

// TestDrafts67ChangeIn: "a rise in NOUN of N" and "the fall of NOUN by N"
// state a change of N NOUN, titled by the noun of change and what changed;
// a verb after the figure ("4,738 has meant") is no unit.
func TestDrafts67ChangeIn(t *testing.T) {
	runDrafts65Cases(t, []drafts65Case{
		{name: "rise in pupils of", text: drafts67Schools, stated: "4,738", unit: "pupil", measure: "change", dir: "up", title: "Rise in pupils"},
		{name: "fall of workers by", text: drafts67Labour, stated: "39,000", unit: "worker", measure: "change", dir: "down", title: "Fall in public sector workers"},
		{name: "increase in the number of claimants of", text: drafts67Claims, stated: "8,100", unit: "claimant", measure: "change", dir: "up", title: "Increase in the number of claimants"},
	})
}

// TestHeadNounNotVerb: a finite verb after a figure is never its unit.
func TestHeadNounNotVerb(t *testing.T) {
	tests := []struct {
		text string
		from int
		want string
	}{
		{"4,738 has meant that", 5, ""},
		{"4,738 pupils were", 5, "pupil"},
		{"120 was the", 3, ""},
	}
	for _, tt := range tests {
		if got, _, _ := headNoun(tt.text, tt.from, len(tt.text)); got != tt.want {
			t.Errorf("headNoun(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
