package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// TestHoldingPeople checks that the drafter's holdings read the one list
// of people nouns (lexicon.PeopleNouns): those of lexicon.HoldingPeople
// are a holding, a stock, the others not (an event noun claims some
// first).
func TestHoldingPeople(t *testing.T) {
	for _, w := range vocab.PeopleNouns {
		if vocab.EventNoun(w) {
			continue
		}
		m, _, ok := nounMeasure(w)
		f := strings.Fields(w)
		want := slices.Contains(vocab.HoldingPeople, f[len(f)-1]) // a noun of several words by its head
		if got := ok && m == indicators.Stock; got != want {
			t.Errorf("nounMeasure(%q) = %v, %v; a stock: %v, want %v", w, m, ok, got, want)
		}
	}
	for _, tc := range []struct {
		noun string
		want indicators.MeasureKind
	}{
		{"full-time equivalent officer", indicators.Stock},
		{"member of staff", indicators.Stock},
		{"job", indicators.Stock},
	} {
		if m, _, ok := nounMeasure(tc.noun); !ok || m != tc.want {
			t.Errorf("nounMeasure(%q) = %v, %v; want %v", tc.noun, m, ok, tc.want)
		}
	}
}
