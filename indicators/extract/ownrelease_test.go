package extract

import "testing"

// TestOwnRelease: a statistics page's line about its next release says
// nothing of this release's figures, on one line or two; the release's
// own words stay.
func TestOwnRelease(t *testing.T) {
	tests := []struct {
		name, lead, wantCue string
	}{
		{"ONS marriages: next edition provisional, on one line",
			"Marriages in England and Wales: 2017\n\nRelease date:\n14 April 2020\n\nNext release: July to August 2021 (provisional)\n\n1. Main points\nThere were 242,842 marriages in 2017.", ""},
		{"label and date on two lines",
			"Births in England and Wales: 2013\nNext release:\nSummer 2015 (provisional)\nThere were 698,512 live births in 2013.", ""},
		{"this release provisional stays (ODA preliminary data)",
			"Provisional figures for 2024\nNext release: June 2026\nThere were 1,234 deaths in 2024.", "Provisional figures"},
		{"the lead's own word stays",
			"Road casualties: 2019\nThese provisional estimates show 1,752 deaths in 2019.", "provisional estimates"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ownPeriodCueRe.FindString(ownRelease(tt.lead)); got != tt.wantCue {
				t.Errorf("cue = %q, want %q", got, tt.wantCue)
			}
		})
	}
}

// TestMethodWordsJoined: the screen before methodCueRe reads the
// same text as the regexp, a word broken at a line's end joined
// (review16b item 10).
func TestMethodWordsJoined(t *testing.T) {
	tests := []struct{ text, want string }{
		{"14.1% smoked, based on our esti- mates of the population.", "based on our estimates"},
		{"14.1% smoked, based on our estimate from the Annual Population Survey.", "based on our estimate"},
		{"There were 698,512 live births registered in 2013.", ""},
	}
	for _, tt := range tests {
		if got := methodWords(tt.text); got != tt.want {
			t.Errorf("methodWords(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
