package extract

import "testing"

// The passes of the scanner, in the order scanner.run makes them: each
// level of scanUpTo makes its own and those before it.
const (
	passBoundary = iota // the sentence ends (boundary)
	passScreen          // list markers and the screen of sentences (skipMarker, mayHold)
	passTokenize        // the tokens of the sentences that may hold a figure (tokenize, hasNumberWord)
	passMatch           // the figures (match), into the scanner's collector
)

// scanUpTo is scanner.run over the whole of text with the passes up to
// and including upto: run and sentence, stopped after a pass, so that the
// cost of each pass is the difference of two levels. TestScanUpTo holds it
// to run's mentions.
func scanUpTo(s *scanner, text string, upto int) {
	s.text, s.base = text, 0
	s.atLine, s.started = true, true
	for pos := 0; pos < len(text); {
		lineStart := s.atLine
		if pos > 0 {
			lineStart = startsLine(text, pos)
		}
		end, next, nl, _ := boundary(text, pos, true, lineStart)
		if upto >= passScreen {
			s.phasedSentence(pos, end, s.atLine, upto)
		}
		s.atLine = nl
		pos = next
	}
}

// phasedSentence is scanner.sentence stopped after the pass upto.
func (s *scanner) phasedSentence(start, end int, atLine bool, upto int) {
	cs := skipMarker(s.text, start, end, atLine)
	s.sent.Start, s.sent.End = s.base+start, s.base+end
	if !s.mayHold(s.text[cs:end]) || upto < passTokenize {
		return
	}
	if !s.tokenize(cs, end) && !s.hasNumberWord() || upto < passMatch {
		return
	}
	s.yearRead = false
	s.match()
}

// scanUpTo with every pass finds what Extract finds: the levels below it
// measure the passes Extract makes.
func TestScanUpTo(t *testing.T) {
	text := mixedCorpus(t, 256<<10) + "\n\n" + hardSentencesText()
	for _, ranks := range []bool{false, true} {
		c := collector{size: len(text)}
		s := scanner{ranks: ranks, col: &c}
		scanUpTo(&s, text, passMatch)
		e := Extractor{Ranks: ranks}
		want := e.Extract(text)
		got := c.out
		if len(got) != len(want) {
			t.Errorf("scanUpTo(ranks %v) found %d mentions, want %d (Extract)", ranks, len(got), len(want))
		}
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("scanUpTo(ranks %v) mention %d = %v, want %v (Extract)", ranks, i, got[i], want[i])
				break
			}
		}
		if len(want) < 1000 {
			t.Errorf("Extract found %d mentions in the text, want at least 1000", len(want))
		}
	}
}

// hardSentencesText returns sentences of the kinds the scanner treats
// apart: a list marker, a sentence with a number word and no digit, a
// digit-less sentence with none, and a run-on table line.
func hardSentencesText() string {
	return "1. Exports rose 5 percent.\n(iv) Imports fell by two-thirds.\nTwo of the world's largest economies agreed.\n" +
		"The trade rules held there.\nYear\t2019\t2020\t2021\n"
}

// BenchmarkPhases splits the cost of Extract on 1 MB of the mixed corpus
// into its passes: each sub-benchmark makes the passes before it too, so
// that the difference of two is the cost of one. Match puts the mentions
// in a collector it reuses; Extract allocates its result, as callers get
// it: their difference is the cost of the output (its allocation and the
// garbage collector's share).
func BenchmarkPhases(b *testing.B) {
	text := mixedCorpus(b, 1<<20)
	for _, p := range []struct {
		name string
		upto int
	}{{"Boundary", passBoundary}, {"Screen", passScreen}, {"Tokenize", passTokenize}, {"Match", passMatch}} {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			var c collector
			for b.Loop() {
				c = collector{out: c.out[:0], size: len(text)}
				s := scanner{col: &c}
				scanUpTo(&s, text, p.upto)
				s.releaseFacts() // as Extract does: the next scan takes the table up
			}
		})
	}
	// Fused is what Extract makes of the text but the matching: the fused
	// pass (fused.go) finds the sentences, screens them and tokenizes
	// those that may hold a figure. Its difference from Extract is the
	// cost of the rules and the output.
	b.Run("Fused", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		var c collector
		for b.Loop() {
			c = collector{out: c.out[:0], size: len(text)}
			s := scanner{col: &c, skipMatch: true}
			s.run(text, 0, true, nil)
			s.releaseFacts()
		}
	})
	b.Run("Extract", func(b *testing.B) { benchmarkText(b, text) })
}
