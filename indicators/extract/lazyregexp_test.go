package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
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

// TestNeedles: the words every match must hold, and the filter's answer
// on texts with and without them, folded as the patterns fold.
func TestNeedles(t *testing.T) {
	for _, c := range []struct {
		expr  string
		want  string // the needles, joined by "|"
		match string // a text the pattern matches: the filter must pass it
	}{
		{`\bUN\b|\bUN-|\bOCHA\b|United Nations`, "UN|UN-|OCHA|United Nations", "the UN said"},
		{`(?i)\b(?:worldwide|global|across \d+ countries)\b`, "worldwide|global| countrie", "Across 12 Countries"},
		{`(?i)kelvin`, "elvin", "\u212aelvin"},
		{`(?i)ßtraße`, "tra", "ßtraße"},
		{`(\d+)%`, "%", "12%"},
		{`[0-9]+ (?:jobs)?`, " ", "12 "},
		{`[0-9]+(?:jobs)?`, "", "12"},
		{`(?:rose|fell)? by`, " by", "rose by"},
		{`a\x{FFFD}b`, "a", "a\xffb"},
	} {
		n := needlesOf(c.expr)
		var words []string
		for _, nd := range n {
			words = append(words, nd.w)
		}
		if got := strings.Join(words, "|"); got != c.want {
			t.Errorf("needlesOf(%q) = %q, want %q", c.expr, got, c.want)
		}
		if re := regexp.MustCompile(c.expr); !re.MatchString(c.match) || !n.in(c.match) {
			t.Errorf("needlesOf(%q).in(%q) = %v, the pattern matching: %v", c.expr, c.match, n.in(c.match), re.MatchString(c.match))
		}
	}
	n := needlesOf(`\bOCHA\b|Under-Secretary`)
	folded := needlesOf(`(?i)\bOCHA\b|Under-Secretary`)
	for _, c := range []struct {
		s    string
		want bool
	}{{"", false}, {"och", false}, {"an ocha release", true}, {"UNDER-SECRETARY", true}, {"under-secretar", false}, {"och OCH Ocha", true}, {"cha", false}} {
		if got := folded.in(c.s); got != c.want {
			t.Errorf("needles %v in %q = %v, want %v", folded, c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"", false}, {"OCH", false}, {"an OCHA release", true}, {"an ocha release", false}, {"Under-Secretary", true}, {"Under-Secretar", false}} {
		if got := n.in(c.s); got != c.want {
			t.Errorf("needles %v in %q = %v, want %v", n, c.s, got, c.want)
		}
	}
}

// TestNeedlesHeldByMatches: every match of every pattern of the drafter,
// over the texts it drafts (the corpus, the book's texts, the kinds'
// documents), holds one of the pattern's needles, so that the filter
// never hides a match.
func TestNeedlesHeldByMatches(t *testing.T) {
	t.Parallel()
	var files []string
	for _, g := range []string{"../../testdata/corpus/*.txt", "../../report/xlsx/testdata/multi/*.txt", "../../testdata/kinds/*/doc.txt"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if testing.Short() {
		files = files[:8]
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	filtered, matches := 0, 0
	for _, l := range allLazyRegexps {
		l.get()
		if len(l.needs) > 0 {
			filtered++
		}
		for _, text := range texts {
			for _, m := range l.re.FindAllStringIndex(text, -1) {
				matches++
				if !l.needs.in(text[m[0]:m[1]]) {
					t.Errorf("pattern %q matches %q, which holds none of its needles %v", l.expr, text[m[0]:m[1]], l.needs)
				}
			}
		}
	}
	t.Logf("%d of %d patterns filtered; %d matches checked", filtered, len(allLazyRegexps), matches)
}
