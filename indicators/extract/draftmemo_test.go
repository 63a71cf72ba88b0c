package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestTailRegexpAgrees checks that each end-anchored pattern the drafting
// rules guard by its last word answers as the bare pattern does, on
// inputs that match, that end on the word without matching, and that
// fold non-ASCII letters.
func TestTailRegexpAgrees(t *testing.T) {
	inputs := []string{
		"", " ", "exports rose by ", "Exports ROSE BY ", "exports rose by about  ", "exports rose by a further ",
		"imports fell\tby\nnearly\n", "imports fell by", "an increase of ", "a sharp fall of  ", "the rate of ",
		"arrangements totaling about ", "a package worth ", "a loan amounting to ", "loans valued at", "grants of some ",
		"the population has risen by around ", "has fallen by ", "had risen by over ", "rose by just ",
		"the amount of ", "fell by 2% to ", "grew by ſome ", "rose by \u212a", "résumé by ", "decreased by only ",
		"leaving the global appeal funded ", "the plan funded", "with 40 schools built  ", "lower than in 2010 by ", "higher than 2005 by",
		"the 2010 to 2011 increase of ", "exports rose ", "exports grew by some ", "a decline of just ", "prices fell", "the 2010–2011 decline was about ", "2019-2020 growth is ", "the 2010 to 2011 rise by just ",
	}
	for name, re := range map[string]tailRegexp{"changeByRE": changeByRE, "changeNounOfRE": changeNounOfRE, "totalingRE": totalingRE,
		"fundedRE": fundedRE, "thanYearRE": thanYearRE, "spanChangeRe": spanChangeRe, "changeByRe": changeByRe} {
		for _, s := range inputs {
			if got, want := re.MatchString(s), re.re.MatchString(s); got != want {
				t.Errorf("%s.MatchString(%q) = %v, want %v", name, s, got, want)
			}
			if got, want := re.FindString(s), re.re.FindString(s); got != want {
				t.Errorf("%s.FindString(%q) = %q, want %q", name, s, got, want)
			}
			if got, want := re.FindStringSubmatch(s), re.re.FindStringSubmatch(s); len(got) != len(want) || len(got) > 0 && got[0] != want[0] {
				t.Errorf("%s.FindStringSubmatch(%q) = %q, want %q", name, s, got, want)
			}
		}
	}
}

// TestTailRegexpSkips checks that an input whose last word ends no match
// never reaches the pattern.
func TestTailRegexpSkips(t *testing.T) {
	for _, s := range []string{"exports rose by 5% in the year to ", "the sentence goes on and on, ", "by the ", ""} {
		if changeByRE.mayMatch(s) {
			t.Errorf("changeByRE.mayMatch(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"rose by ", "rose BY\n", "rose by é"} {
		if !changeByRE.mayMatch(s) {
			t.Errorf("changeByRE.mayMatch(%q) = false, want true", s)
		}
	}
}

// TestIndiaRelease checks that indiaRelease finds what indiaReleaseRe
// finds: the leftmost phrase, "by PIB" only as whole words.
func TestIndiaRelease(t *testing.T) {
	for _, s := range []string{
		"", "Posted On: 12 MAR 2024 by PIB Delhi", "by PIBX and by PIB", "standby PIB then Government of India",
		"Government of India, Press Information Bureau", "Press Information Bureau by PIB", "x_by PIB", "by PIB_",
		"Release by PIB", "by PIB", "nothing here", "the Government of Indiana",
	} {
		if got, want := indiaRelease(s), indiaReleaseRe.FindString(s); got != want {
			t.Errorf("indiaRelease(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestDropDatePhrases checks that dropDatePhrases drops what
// datePhraseRE matches and leaves other titles alone.
func TestDropDatePhrases(t *testing.T) {
	for _, s := range []string{
		"Exports for the year to June 2019", "Exports in the June quarter 2019", "Imports over this period", "Imports",
		"Rate of the month", "Arrivals, during the same period", "", "the ",
	} {
		if got, want := dropDatePhrases(s), datePhraseRE.ReplaceAllString(s, ""); got != want {
			t.Errorf("dropDatePhrases(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestMemo checks that memo computes each key's answer once.
func TestMemo(t *testing.T) {
	var m map[string]int
	calls := 0
	f := func(s string) int { calls++; return len(s) }
	for _, s := range []string{"ab", "abc", "ab", "ab", "abc"} {
		if got, want := memo(&m, s, f), len(s); got != want {
			t.Errorf("memo(%q) = %d, want %d", s, got, want)
		}
	}
	if calls != 2 {
		t.Errorf("memo computed %d times, want 2", calls)
	}
}

// TestInLenderName checks that inLenderName, which reads only the words
// after a place, answers as lenderNameAfterRe over the whole rest does.
func TestInLenderName(t *testing.T) {
	for _, s := range []string{
		"the Asian Development Bank approved", "the Asian Development Banks", "the Asian Development Bank1", "the Asian Development Bank_x",
		"the Asian Infrastructure Investment Bank", "the Asian Development", "the Asian, Development Bank", "the Asian Development Bank’s",
		"the Asian", "the AsianDevelopment Bank", "the Asian Monetary Fund", "the Asian Finance Corporation.",
	} {
		i, j := len("the "), len("the Asian")
		if got, want := inLenderName(s, i, j), lenderNameAfterRe.MatchString(s[j:]); got != want {
			t.Errorf("inLenderName(%q, %d, %d) = %v, want %v", s, i, j, got, want)
		}
	}
}

// TestQuarterMatches checks that the quarter patterns' guards let through
// every text the patterns match.
func TestQuarterMatches(t *testing.T) {
	for _, s := range []string{
		"In the first quarter of 2019, GDP grew", "in the second half of 2019", "in the SECOND HALF OF 2019", "1Q2019 and 2h19",
		"Q1 2019", "q3 2020", "in the previous quarter", "In The Preceding Quarter", "Health spending rose", "no quarter given",
		"H5N1 cases", "the 4H club", "",
	} {
		lower := strings.ToLower(s)
		has := strings.Contains(lower, "quarter")
		if got, want := quarterMatches(s, lower, has), quarterRe.FindAllStringIndex(s, -1); !cmp.Equal(got, want) {
			t.Errorf("quarterMatches(%q) = %v, want %v", s, got, want)
		}
		if got, want := previousQuarterMatches(s, has), previousQuarterRe.FindAllStringIndex(s, -1); !cmp.Equal(got, want) {
			t.Errorf("previousQuarterMatches(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayNameMonthSpan checks that monthSpan's guard lets through every
// text monthsToDateRe matches.
func TestMayNameMonthSpan(t *testing.T) {
	for _, s := range []string{
		"in the first two months of 2019", "The First Six MONTHS", "January-March 2019", "january to june", "April through September, 2020",
		"in the firſt ſix monthſ", "from January 2019", "in the year", "", "JULY–DECEMBER",
	} {
		if got, want := mayNameMonthSpan(s), monthsToDateRe.MatchString(s); want && !got {
			t.Errorf("mayNameMonthSpan(%q) = %v, want %v", s, got, want)
		}
	}
	if mayNameMonthSpan("in the year to 2019") {
		t.Errorf("mayNameMonthSpan(%q) = true, want false", "in the year to 2019")
	}
}

// TestDatelineEnd checks that datelineEnd, which hands datelineRE only
// the bytes a match can span, finds what the pattern finds in the whole
// text.
func TestDatelineEnd(t *testing.T) {
	long := strings.Repeat("é", 79)
	for _, s := range []string{
		"OTTAWA, ON, July 16, 2025 /CNW/ - Canada's exports rose", "WASHINGTON, 2024 – The index rose. Then 2025 - again",
		long + " 2025 " + strings.Repeat("ü", 19) + " — lead" + strings.Repeat(" more words", 100), long + "é 2025 – lead",
		"no dateline here", "", strings.Repeat("x", 600) + " 2025 - lead",
	} {
		want := 0
		if loc := datelineRE.FindStringIndex(s); loc != nil {
			want = loc[1]
		}
		if got := datelineEnd(s); got != want {
			t.Errorf("datelineEnd(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestTitledMonth checks that titledMonth reads the month of a title
// that ends on its year, whatever white space follows, and no other.
func TestTitledMonth(t *testing.T) {
	for _, tt := range []struct {
		title string
		want  indicators.Date
	}{
		{"Housing starts for June 2025", indicators.Date{Year: 2025, Month: 6}},
		{"Retail sales: March 2031 \n", indicators.Date{Year: 2031, Month: 3}},
		{"Retail sales: March 2031 (revised)", indicators.Date{}},
		{"Retail sales 2031", indicators.Date{}},
		{"", indicators.Date{}},
	} {
		d := &docDraft{source: indicators.Source{Title: tt.title}}
		if got, _ := d.titledMonth(); got != tt.want {
			t.Errorf("titledMonth(%q) = %v, want %v", tt.title, got, tt.want)
		}
	}
}

// TestDocPlacesAt checks that the document's placesAt, which keeps each
// sentence's places, answers as placesAt does, asked twice and of other
// texts.
func TestDocPlacesAt(t *testing.T) {
	text := "Exports from Kenya to the United States (US) rose. Imports of the Asian Development Bank from India fell; France grew."
	d := &docDraft{src: DraftSource{Text: text}}
	other := strings.Replace(text, "Kenya", "Ghana", 1)
	for _, c := range [][3]int{{0, 0, 50}, {0, 13, 40}, {0, 0, 50}, {51, 51, 117}, {51, 100, 117}, {51, 51, 98}} {
		for _, s := range []string{text, other} {
			if got, want := d.placesAt(s, c[0], c[1], c[2]), placesAt(s, c[0], c[1], c[2]); !cmp.Equal(got, want, cmp.AllowUnexported(placeMention{})) {
				t.Errorf("placesAt(%q, %d, %d, %d) = %v, want %v", s, c[0], c[1], c[2], got, want)
			}
		}
	}
}
