package extract

import (
	"strings"
	"testing"
	"unicode"
)

// oddSpacesByRune is what nounAfter asked before oddSpaces: the phrase
// read rune by rune.
func oddSpacesByRune(t string) bool {
	return strings.Contains(t, "  ") || strings.ContainsFunc(t, func(r rune) bool {
		return r != ' ' && unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f'
	})
}

// TestOddSpaces checks oddSpaces on each kind of space and against the
// rune-by-rune reading on every stretch of the corpus between two numbers.
func TestOddSpaces(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"new jobs", false},
		{"new  jobs", true},
		{"new jobs ", false},
		{"new\tjobs", true},
		{"new\njobs", true},
		{"new\vjobs", true},
		{"new\fjobs", true},
		{"new\rjobs", true},
		{"new\u00a0jobs", true},
		{"new\u2009jobs", true},
		{"new\u202fjobs", true},
		{"new\u0085jobs", true},
		{"new\u2003jobs", true},
		{"café jobs", false},
		{"café  jobs", true},
		{"a  café", true},
		{"naïve jobs\t", true},
		{"Côte d’Ivoire", false},
	}
	for _, tt := range tests {
		if got := oddSpaces(tt.in); got != tt.want {
			t.Errorf("oddSpaces(%q) = %v, want %v", tt.in, got, tt.want)
		}
		if got := oddSpacesByRune(tt.in); got != tt.want {
			t.Errorf("oddSpacesByRune(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
	text := mixedCorpus(t, 1<<18)
	odd := 0
	for i, prev := 0, 0; i < len(text); i++ {
		if text[i] < '0' || text[i] > '9' {
			continue
		}
		w := text[prev:i]
		if got, want := oddSpaces(w), oddSpacesByRune(w); got != want {
			t.Errorf("oddSpaces(%q) = %v, want %v", w, got, want)
		} else if got {
			odd++
		}
		prev = i + 1
	}
	if odd == 0 {
		t.Error("no stretch of the corpus has odd spaces")
	}
}
