package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestPutCollects checks that a scanner with a collector hands it every
// mention, in order, and calls no emit, and that one without a collector
// emits the same mentions.
func TestPutCollects(t *testing.T) {
	text := mixedCorpus(t, 1<<17) + "\nExports rose 5 percent to $2.3 billion in 2015, twice the 2014 gain.\n"
	for _, ranks := range []bool{false, true} {
		c := collector{size: len(text)}
		s := scanner{ranks: ranks, col: &c}
		s.run(text, 0, true, func(m Mention) { t.Fatalf("emit(%q) called with a collector", m.Text) })
		var emitted []Mention
		s2 := scanner{ranks: ranks}
		s2.run(text, 0, true, func(m Mention) { emitted = append(emitted, m) })
		if len(c.out) == 0 {
			t.Fatalf("ranks %v: the collector got no mention", ranks)
		}
		sameMentions(t, fmt.Sprintf("ranks %v: collected", ranks), c.out, "emitted", emitted)
		e := Extractor{Ranks: ranks}
		var streamed []Mention
		if err := e.Stream(strings.NewReader(text), func(m Mention) error { streamed = append(streamed, m); return nil }); err != nil {
			t.Fatal(err)
		}
		sameMentions(t, fmt.Sprintf("ranks %v: Extract", ranks), e.Extract(text), "Stream", streamed)
	}
}

// sameMentions reports the first mention where got and want differ.
func sameMentions(t *testing.T, gotName string, got []Mention, wantName string, want []Mention) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d mentions, %s: %d", gotName, len(got), wantName, len(want))
		return
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s: mention %d = %+v, %s: %+v", gotName, i, got[i], wantName, want[i])
			return
		}
	}
}

// TestCollectorNext checks that next hands out the collector's slots in
// order, each one in c.out, across the collector's growing.
func TestCollectorNext(t *testing.T) {
	c := collector{size: 100000}
	for i := range 1000 {
		m := c.next(i * 10)
		m.Year = i + 1
		if len(c.out) != i+1 {
			t.Fatalf("after next %d: len(c.out) = %d, want %d", i, len(c.out), i+1)
		}
		if &c.out[i] != m {
			t.Fatalf("next %d returned no slot of c.out", i)
		}
	}
	for i, m := range c.out {
		if m.Year != i+1 {
			t.Errorf("c.out[%d].Year = %d, want %d", i, m.Year, i+1)
		}
	}
}
