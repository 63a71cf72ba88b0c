package extract

import (
	"regexp"
	"testing"
)

// TestLazyRegexpsCompile compiles every pattern the drafter holds, as
// regexp.MustCompile did at init before they were compiled on first use:
// a pattern that does not compile fails here, not in a user's draft.
func TestLazyRegexpsCompile(t *testing.T) {
	if len(allLazyRegexps) < 100 {
		t.Fatalf("%d lazy patterns, want the drafter's hundreds", len(allLazyRegexps))
	}
	for _, l := range allLazyRegexps {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("pattern %q: %v", l.expr, err)
		}
	}
}

// TestLazyRegexpAgrees: a lazy pattern answers as the compiled one.
func TestLazyRegexpAgrees(t *testing.T) {
	const expr = `(\d+) ([a-z]+)`
	l, re := lazyRegexp(expr), regexp.MustCompile(expr)
	allLazyRegexps = allLazyRegexps[:len(allLazyRegexps)-1] // not one of the drafter's
	s := "12 jobs and 3 firms"
	if got, want := l.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1); len(got) != len(want) || got[1][2] != want[1][2] {
		t.Errorf("FindAllStringSubmatch = %q, want %q", got, want)
	}
	if got, want := l.ReplaceAllString(s, "N"), re.ReplaceAllString(s, "N"); got != want {
		t.Errorf("ReplaceAllString = %q, want %q", got, want)
	}
	if got := l.String(); got != expr {
		t.Errorf("String() = %q, want %q", got, expr)
	}
}
