package extract

import (
	"fmt"
	"strings"
	"testing"
)

// The sentence classes of the budget of reading (sentenceClasses): the
// way the fused pass reads a sentence, and whether the sentence yields a
// mention.
const (
	classScreened   = iota // no digit, and mayHold's screen passes over it: read by the break scan and the screen only
	classWordsFig          // no digit, a number word or fraction sign: tokenized, and a mention found
	classWordsNone         // the same, and no mention found
	classDigitsFig         // a digit: tokenized, and a mention found
	classDigitsNone        // a digit, and no mention found
	numClasses
)

var classNames = [numClasses]string{"screened", "words-fig", "words-none", "digits-fig", "digits-none"}

// sentenceClasses cuts text into sentences as scanUpTo does and gives the
// text of each class: the sentences of the class one after another, each
// on lines of its own, and prefix, the bytes of the sentences with a digit
// that come before their first digit.
func sentenceClasses(text string) (class [numClasses][]string, prefix int) {
	c := collector{size: len(text)}
	s := scanner{col: &c}
	s.text, s.atLine, s.started = text, true, true
	for pos := 0; pos < len(text); {
		lineStart := s.atLine
		if pos > 0 {
			lineStart = startsLine(text, pos)
		}
		end, next, nl, _ := boundary(text, pos, true, lineStart)
		cs := skipMarker(text, pos, end, s.atLine)
		k := classScreened
		if d := strings.IndexAny(text[cs:end], "0123456789"); d >= 0 {
			k, prefix = classDigitsNone, prefix+d
		} else if s.mayHoldWords(text[cs:end]) {
			k = classWordsNone
		}
		if k != classScreened {
			n := len(c.out)
			s.sent.Start, s.sent.End = pos, end
			s.matchTokens(s.tokenize(cs, end))
			if len(c.out) > n {
				k-- // the class with a figure comes first
			}
		}
		class[k] = append(class[k], text[pos:end])
		s.atLine = nl
		pos = next
	}
	return class, prefix
}

// BenchmarkSentenceBudget reports how the bytes of the 1 MB mix fall into
// the classes of sentenceClasses, in bytes per MB of the mix, and the
// bytes before the first digit of the sentences with one; its sub-benchmarks
// extract the sentences of each class alone, one after another, so that
// cachegrind gives each class's share of the instructions (the sentences,
// read alone, lose no context that changes their mentions' count here;
// the classes' costs sum to about the whole's).
func BenchmarkSentenceBudget(b *testing.B) {
	text := mixedCorpus(b, 1<<20)
	class, prefix := sentenceClasses(text)
	perMB := func(n int) float64 { return float64(n) * (1 << 20) / float64(len(text)) }
	b.Run("bytes", func(b *testing.B) {
		for b.Loop() {
			sentenceClasses(text)
		}
		for k, ss := range class {
			n := 0
			for _, s := range ss {
				n += len(s)
			}
			b.ReportMetric(perMB(n), classNames[k]+"-B/MB")
		}
		b.ReportMetric(perMB(prefix), "digit-prefix-B/MB")
	})
	for k, ss := range class {
		t := strings.Join(ss, "\n\n")
		b.Run(fmt.Sprintf("class=%s", classNames[k]), func(b *testing.B) {
			b.SetBytes(int64(len(t)))
			n := 0
			for b.Loop() {
				n = len(Extract(t))
			}
			b.ReportMetric(float64(n), "mentions")
		})
	}
}

// sentenceClasses puts each sentence in one class, with a mention exactly
// where Extract finds one: the sentences with a figure hold every mention
// of the text between them, and the classes' bytes and the text's
// sentences add up.
func TestSentenceClasses(t *testing.T) {
	text := mixedCorpus(t, 256<<10)
	class, prefix := sentenceClasses(text)
	sentences := map[string]bool{}
	for _, k := range []int{classWordsFig, classDigitsFig} {
		for _, s := range class[k] {
			sentences[s] = true
		}
	}
	for _, m := range Extract(text) {
		if s := text[m.Sentence.Start:m.Sentence.End]; !sentences[s] {
			t.Errorf("mention %q: its sentence %q is in no class with a figure", m.Text, s)
		}
	}
	n := 0
	for k, ss := range class {
		if len(ss) == 0 {
			t.Errorf("class %s is empty in the mix", classNames[k])
		}
		for _, s := range ss {
			n += len(s)
		}
	}
	if n > len(text) || n < len(text)*9/10 {
		t.Errorf("the classes hold %d bytes of %d, want at most all and at least 90%% (the rest is space between sentences)", n, len(text))
	}
	if prefix <= 0 || prefix >= n {
		t.Errorf("digit prefix = %d bytes, want some of the %d", prefix, n)
	}
}
