package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankListOneWord: the places one sentence ranks take one rank word,
// the one their ordinal says, so every output says one "rank (1 = …)"
// for the list (s26w-slavery: "most common", "second most commonly
// referred" and "third" were three units); places of two lists, or of
// two sentences, keep their own.
func TestRankListOneWord(t *testing.T) {
	const slavery = "the most common nationality referred this year was UK (25%; 4,299); the second most commonly referred nationality was Albanian (24%; 4,052) and third was Vietnamese (6%; 991)\n"
	const twoLists = "The largest increase was in Wales and the second largest in Scotland, while the smallest was in London.\n"
	const twoSentences = "Cars were the most common vehicle. Vans were second most frequently stopped. Lorries were third.\n"
	tests := []struct {
		name, doc string
		ranks     [][2]string // stated, quote
		want      []string    // each rank's name
	}{
		{"a list in three forms", slavery, [][2]string{
			{"most common", "the most common nationality referred this year was UK"},
			{"second most commonly referred", "the second most commonly referred nationality was Albanian"},
			{"third", "third was Vietnamese"},
		}, []string{"most commonly referred", "most commonly referred", "most commonly referred"}},
		{"the first place as most", slavery, [][2]string{
			{"most", "the most common nationality referred this year was UK"},
			{"second most commonly referred", "the second most commonly referred nationality was Albanian"},
		}, []string{"most commonly referred", "most commonly referred"}},
		{"two lists of one sentence", twoLists, [][2]string{
			{"largest", "The largest increase was in Wales"},
			{"second largest", "the second largest in Scotland"},
			{"smallest", "the smallest was in London"},
		}, []string{"largest", "largest", "smallest"}},
		{"places of two sentences", twoSentences, [][2]string{
			{"most common", "Cars were the most common vehicle"},
			{"second most frequently stopped", "Vans were second most frequently stopped"},
			{"third", "Lorries were third"},
		}, []string{"most common", "most frequently stopped", ""}},
	}
	for _, tc := range tests {
		var items strings.Builder
		for i, r := range tc.ranks {
			items.WriteString(catalogItem(fmt.Sprintf("r%d", i), "entities: [GB]\nstatus: fact\nmeasure: rank\nperiod: 2023\nstated: "+r[0], "", r[1]))
		}
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(tc.doc), items.String())
		c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(tc.doc), nil })
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []string
		for _, ind := range c.Indicators {
			got = append(got, ind.Unit.Name)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: rank names %q, want %q", tc.name, got, tc.want)
		}
	}
}
