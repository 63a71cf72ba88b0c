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

// TestSharedSubtitleOtherTimes: a subtitle naming the bars' shared year
// says the other years are on their bars, so that it never reads as the
// time of every bar: s17i-water's "Number of bathing waters, 2024" over
// two bars of 2015 among six; another kind, s13-schools' ratios of 2018
// beside most of 2019.
func TestSharedSubtitleOtherTimes(t *testing.T) {
	u := indicators.MustParseUnit("bathing water")
	b := func(stated, p string) Bar {
		x := bar(t, stated, indicators.Fact, indicators.CountKind, p)
		x.Unit = u
		return x
	}
	times := func(ps ...string) []BarTime {
		var out []BarTime
		for _, p := range ps {
			out = append(out, BarTime{Period: period(t, p)})
		}
		return out
	}
	water := []Bar{b("17", "2015"), b("38", "2024"), b("37", "2024"), b("12", "2024"), b("17", "2015"), b("2", "2024")}
	ownW := OwnTimes(times("2015", "2024", "2024", "2024", "2015", "2024"))
	if _, got := SharedSubtitle("Scottish bathing waters by classification, 2015 and 2024", water, ownW); !strings.HasSuffix(got, "2024 (2015 where a bar says so)") {
		t.Errorf("SharedSubtitle(water) = %q, want it to end \"2024 (2015 where a bar says so)\"", got)
	}
	r := indicators.MustParseUnit("pupil per teacher")
	s := func(stated, p string) Bar {
		x := bar(t, stated, indicators.Fact, indicators.Level, p)
		x.Unit = r
		return x
	}
	schools := []Bar{s("13.6", "2019"), s("16.1", "2018"), s("15.9", "2019"), s("12.3", "2018"), s("12.4", "2019")}
	ownS := OwnTimes(times("2019", "2018", "2019", "2018", "2019"))
	if _, got := SharedSubtitle("Pupil teacher ratio by sector", schools, ownS); !strings.HasSuffix(got, "2019 (2018 where a bar says so)") {
		t.Errorf("SharedSubtitle(schools) = %q, want it to end \"2019 (2018 where a bar says so)\"", got)
	}
}
