package wording

import (
	"slices"
	"strings"
	"testing"
)

// TestSourceLines: a source line's first break falls after the comma
// nearest the balanced break, the first of two as near (review16a item
// 17: the PNG took the first, the slide the last), within a quarter of
// the box; measured here in characters.
func TestSourceLines(t *testing.T) {
	measure := func(s string) float64 { return float64(len(s)) }
	greedy := func(width float64) func(string) []string {
		return func(s string) []string {
			var lines []string
			line := ""
			for _, w := range strings.Fields(s) {
				if line != "" && measure(line+" "+w) > width {
					lines, line = append(lines, line), w
					continue
				}
				line = strings.TrimSpace(line + " " + w)
			}
			return append(lines, line)
		}
	}
	tests := []struct {
		s     string
		width float64
		want  []string
	}{
		// s16g-air: the title whole after its publisher.
		{"U.S. Department of Transportation, Bureau of Transportation Statistics, 2017 Traffic Data for U.S. Airlines", 80,
			[]string{"U.S. Department of Transportation, Bureau of Transportation Statistics,", "2017 Traffic Data for U.S. Airlines"}},
		// The rail kind: no comma near the break, the balanced lines.
		{"Office of Rail and Road Passenger rail usage statistics for the year ending March", 50,
			[]string{"Office of Rail and Road Passenger rail usage", "statistics for the year ending March"}},
	}
	// Two commas as near the balanced break ("aaa, bb", 7 wide): the
	// first, 3 before it, not the last, 3 after it.
	halves := func(s string) []string {
		if measure(s) <= 20 {
			return []string{s}
		}
		f := strings.Fields(s)
		return []string{strings.Join(f[:len(f)/2], " "), strings.Join(f[len(f)/2:], " ")}
	}
	if got, want := SourceLines("aaa, bb c, ddddd eeeee", 20, measure, halves), []string{"aaa,", "bb c, ddddd eeeee"}; !slices.Equal(got, want) {
		t.Errorf("SourceLines(a tie) = %q, want %q", got, want)
	}
	// s26w-driving: the publisher's comma, never one of the list in the
	// document's title nearer the balanced break ("…Driver," / "Vehicle,
	// Operator and…").
	even := func(s string) []string {
		if measure(s) <= 150 {
			return []string{s}
		}
		f := strings.Fields(s)
		for k := range f {
			if first := strings.Join(f[:k+1], " "); measure(first) >= measure(s)/2 {
				return []string{first, strings.Join(f[k+1:], " ")}
			}
		}
		return []string{s}
	}
	driving := "Source: Department for Infrastructure (Northern Ireland), Publication of DfI Driver, Vehicle, Operator and Enforcement Statistics Annual 2016-2017, published 25 May 2017"
	if got, want := SourceLines(driving, 150, measure, even), []string{"Source: Department for Infrastructure (Northern Ireland),", "Publication of DfI Driver, Vehicle, Operator and Enforcement Statistics Annual 2016-2017, published 25 May 2017"}; !slices.Equal(got, want) {
		t.Errorf("SourceLines(s26w-driving) = %q, want %q", got, want)
	}
	for _, tt := range tests {
		if got := SourceLines(tt.s, tt.width, measure, greedy(tt.width)); !slices.Equal(got, tt.want) {
			t.Errorf("SourceLines(%q, %v) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}
