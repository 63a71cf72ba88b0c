package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMonthStepsAsRegexp: monthStepsIn, which runs monthStepRe only where
// "between " starts a word, finds what the regexp run over the whole text
// finds, on every text of testdata and on cases written here (a word
// ending in "between" is no start).
func TestMonthStepsAsRegexp(t *testing.T) {
	var sb strings.Builder
	fs, _ := filepath.Glob("../../testdata/*/*/doc.txt")
	fs2, _ := filepath.Glob("../../testdata/corpus/*.txt")
	for _, f := range append(fs, fs2...) {
		d, _ := os.ReadFile(f)
		sb.Write(d)
	}
	text := sb.String() + " prices fell between January and February 2020; between November 2019 and December 2019, inbetween March and April 2020; between April and June 2021"
	a := monthStepRe.get().FindAllStringSubmatchIndex(text, -1)
	b := monthStepsIn(text)
	if len(a) != len(b) || len(a) < 3 {
		t.Fatalf("monthStepsIn found %d, monthStepRe %d (want at least the 3 written here)", len(b), len(a))
	}
	for i := range a {
		for k := range a[i] {
			if a[i][k] != b[i][k] {
				t.Fatalf("monthStepsIn %v, monthStepRe %v", b[i], a[i])
			}
		}
	}
}
