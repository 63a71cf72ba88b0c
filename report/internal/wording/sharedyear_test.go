package wording

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSharedSubtitleYearOfBoth: grouped bars of two years, most of one,
// under a title naming both: the bars of the other say theirs and the
// subtitle names the shared one, so that every bar's year is said
// (s13-schools: "(2018)" on two bars, no year for three).
func TestSharedSubtitleYearOfBoth(t *testing.T) {
	u := indicators.MustParseUnit("pupil per teacher")
	b := func(stated, p string) Bar {
		x := bar(t, stated, indicators.Fact, indicators.Level, p)
		x.Unit = u
		return x
	}
	bars := []Bar{b("13.6", "2019"), b("16.1", "2018"), b("15.9", "2019"), b("12.3", "2018"), b("12.4", "2019")}
	own := OwnTimes([]BarTime{{Period: period(t, "2019")}, {Period: period(t, "2018")}, {Period: period(t, "2019")}, {Period: period(t, "2018")}, {Period: period(t, "2019")}})
	tests := []struct{ title, want string }{
		{"Pupil teacher ratio by sector, 2018 and 2019", "2019"},
		{"Pupil teacher ratio by sector", "2019"},
	}
	for _, tc := range tests {
		_, got := SharedSubtitle(tc.title, bars, own)
		if !strings.Contains(got, tc.want) {
			t.Errorf("SharedSubtitle(%q) = %q, want it to name %s", tc.title, got, tc.want)
		}
	}
	// A title of the shared year alone says it: the subtitle need not.
	if _, got := SharedSubtitle("Pupil teacher ratio in 2019", bars, own); strings.Contains(got, "2019") {
		t.Errorf("SharedSubtitle(%q) = %q, want no 2019 again", "Pupil teacher ratio in 2019", got)
	}
}
