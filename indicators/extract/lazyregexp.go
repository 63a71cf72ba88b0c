package extract

import (
	"regexp"
	"sync"
)

// A lazyRE is a regular expression compiled the first time a rule
// asks of it. The drafter's rules hold some three hundred patterns; compiled
// at init they cost every command 18 ms and 6.4 MB of allocation before it
// started (more on a loaded machine) and left two megabytes of live heap
// that each garbage collection of Extract had to mark, even where nothing
// is drafted.
type lazyRE struct {
	once sync.Once
	expr string
	re   *regexp.Regexp
}

// lazyRegexp returns expr to be compiled on first use; a pattern that
// does not compile panics then, as regexp.MustCompile would at init (the
// tests use every pattern; TestLazyRegexpsCompile compiles them all).
func lazyRegexp(expr string) *lazyRE {
	l := &lazyRE{expr: expr}
	allLazyRegexps = append(allLazyRegexps, l)
	return l
}

// allLazyRegexps lists every pattern, for the test that compiles them.
var allLazyRegexps []*lazyRE

// get returns the compiled pattern.
func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.expr) })
	return l.re
}

// The methods below answer as the compiled pattern's do.

func (l *lazyRE) String() string                 { return l.expr }
func (l *lazyRE) MatchString(s string) bool      { return l.get().MatchString(s) }
func (l *lazyRE) FindString(s string) string     { return l.get().FindString(s) }
func (l *lazyRE) FindStringIndex(s string) []int { return l.get().FindStringIndex(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string {
	return l.get().FindStringSubmatch(s)
}
func (l *lazyRE) FindStringSubmatchIndex(s string) []int {
	return l.get().FindStringSubmatchIndex(s)
}
func (l *lazyRE) FindAllString(s string, n int) []string { return l.get().FindAllString(s, n) }
func (l *lazyRE) FindAllStringIndex(s string, n int) [][]int {
	return l.get().FindAllStringIndex(s, n)
}
func (l *lazyRE) FindAllStringSubmatch(s string, n int) [][]string {
	return l.get().FindAllStringSubmatch(s, n)
}
func (l *lazyRE) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return l.get().FindAllStringSubmatchIndex(s, n)
}
func (l *lazyRE) ReplaceAllString(src, repl string) string {
	return l.get().ReplaceAllString(src, repl)
}
