package extract

import (
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"
	"unsafe"
)

// TestExtractAllocatesMentionsOnce checks that Extract, on a text much
// denser in figures than its first guess, allocates the room for its
// mentions about once: the bytes it allocates stay under one and a half
// times those of the mentions it returns (growing by doubling, or blocks
// joined at the end, take three times as much).
func TestExtractAllocatesMentionsOnce(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"uniform", strings.Repeat("Exports rose 5 percent to 30 countries. ", 5000)},
		{"dense tail", strings.Repeat("The partners met again and talked at length. ", 1000) + strings.Repeat("It gave $4 million to 12 schools. ", 5000)},
	}
	for _, tt := range tests {
		Extract(tt.text) // the lexicon and tables, built once
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ms := Extract(tt.text)
		runtime.ReadMemStats(&after)
		got := after.TotalAlloc - before.TotalAlloc
		result := uint64(len(ms)) * uint64(unsafe.Sizeof(Mention{}))
		if len(ms) < 10000 || got > result+result/2 {
			t.Errorf("%s: Extract allocated %d bytes for %d mentions of %d bytes, want at most %d", tt.name, got, len(ms), result, result+result/2)
		}
	}
}

// directionPhase sets each field of the mention it builds one by one, in
// a slot that may hold an earlier mention: a field added to Mention must
// be set there too.
func TestMentionFieldsSet(t *testing.T) {
	var names []string
	for f := range reflect.TypeFor[Mention]().Fields() {
		names = append(names, f.Name)
	}
	want := []string{"Span", "Text", "Kind", "Quantity", "Unit", "Figure", "Numbers", "Sentence", "Year"}
	if !slices.Equal(names, want) {
		t.Errorf("Mention's fields are %v, want %v: set each new field in directionPhase", names, want)
	}
}
