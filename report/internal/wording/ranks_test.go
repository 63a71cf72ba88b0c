package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankNote: place 1 is named by the bars' own rank word, and not at
// all where two bars say different words (review22: a record high beside
// a record low was subtitled "1 = record high").
func TestRankNote(t *testing.T) {
	rank := func(word string) Bar {
		return Bar{Figure: Figure{Unit: indicators.Unit{Kind: indicators.Rank, Name: word}}}
	}
	tests := []struct {
		name string
		bars []Bar
		want string
	}{
		{"one word", []Bar{rank("largest"), rank("largest")}, "1 = largest"},
		{"one says", []Bar{rank(""), rank("highest")}, "1 = highest"},
		{"high and low", []Bar{rank("record high"), rank("record low")}, ""},
		{"none says", []Bar{rank(""), rank("")}, ""},
		{"not all ranks", []Bar{rank("largest"), {Figure: Figure{Unit: indicators.CountOf("death")}}}, ""},
	}
	for _, tt := range tests {
		if got := rankNote(tt.bars); got != tt.want {
			t.Errorf("%s: rankNote = %q, want %q", tt.name, got, tt.want)
		}
	}
}
