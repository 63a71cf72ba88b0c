package main

import (
	"strings"
	"testing"
)

func TestRewrite(t *testing.T) {
	const src = `package extract

func (s *scanner) tokenize(cs, end int) bool { return s.toks[0].space }

func (s *scanner) match() {
	for i := 0; i < 2; i++ {
		end, _, _ := s.try(i, 0)
		_ = end
	}
}

func (s *scanner) rule(k int) bool {
	toks := s.toks
	return toks[k].space && &s.toks[k+1] != nil && len(toks[1:]) > 0
}
`
	out, changed, err := rewrite("x.go", []byte(src), map[string]bool{})
	if err != nil || !changed {
		t.Fatalf("rewrite = changed %v, %v", changed, err)
	}
	got := strings.Join(strings.Fields(string(out)), " ") // the printer adds blank lines
	for _, want := range []string{
		"probeFlush(s) defer probeStart(s) return s.toks[0].space", // the tokenizer's reads are not counted
		"probeMatched = true",
		"probeTryStart(i) end, _, _ := s.try(i, 0) probeTryEnd()",
		"(*probeTok(toks, k)).space",
		"&*probeTok(s.toks, k+1)",
		"len(toks[1:])", // a slice is no read of a token
	} {
		if !strings.Contains(got, want) {
			t.Errorf("rewrite lacks %q:\n%s", want, got)
		}
	}
}

// TestInstrument rewrites the extract package itself: each probe finds
// its place (tokenize, match's tries, the wide readers), so that a change
// of the extractor that moves one fails here, not in a later count.
func TestInstrument(t *testing.T) {
	overlay, err := instrument("../..", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if got, least := len(overlay), 6; got < least {
		t.Errorf("instrument wrote %d files, want at least %d (the rule files and the probe's)", got, least)
	}
}
