package extract

import "testing"

// TestSentenceLineBreaks checks where a line break ends a sentence: the
// length of a line is the whole line's, even when the sentence starts in
// the middle of it.
func TestSentenceLineBreaks(t *testing.T) {
	tests := []struct {
		name, in, figure, sentence string
	}{
		{"wrapped line after a stop mid-line",
			"Only with investment can it work. With an\ninitial set of six partner countries in its first phase, Power Africa\nwill add more than 10,000 megawatts of new generation capacity.",
			"more than 10,000 megawatts",
			"With an\ninitial set of six partner countries in its first phase, Power Africa\nwill add more than 10,000 megawatts of new generation capacity."},
		{"short line of its own is a heading",
			"Trade Facts\nTwo-way trade was $279 billion in 2014.",
			"$279 billion", "Two-way trade was $279 billion in 2014."},
		{"sentence starting a long wrapped line",
			"Power Africa will add more than 10,000 megawatts of new generation capacity and\nconnect 20 million households.",
			"20 million households",
			"Power Africa will add more than 10,000 megawatts of new generation capacity and\nconnect 20 million households."},
	}
	for _, tc := range tests {
		found := false
		for _, m := range Extract(tc.in) {
			if m.Text != tc.figure {
				continue
			}
			found = true
			if got := tc.in[m.Sentence.Start:m.Sentence.End]; got != tc.sentence {
				t.Errorf("%s: sentence of %q in Extract(%q) = %q, want %q", tc.name, m.Text, tc.in, got, tc.sentence)
			}
		}
		if !found {
			t.Errorf("%s: Extract(%q) has no mention %q", tc.name, tc.in, tc.figure)
		}
	}
}
