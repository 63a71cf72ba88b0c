package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestTitleHyphenBesideErrors: every view title that writes a year across
// two with a hyphen beside figures that write it with a slash is told in
// one run, whether or not a figure the view draws has an error of its own
// (s25v-loans met them one per run).
func TestTitleHyphenBesideErrors(t *testing.T) {
	const doc = "Lending was 16.2 billion in 2018-19. Repayments were 2.5 billion in 2018-19.\n"
	entry := func(id, stated, unit, quote string) string {
		return fmt.Sprintf("  - id: %s\n    title: %s\n    entities: [GB-ENG]\n    measure: flow\n    status: fact\n    stated: %s\n    unit: %s\n    period: 2018/19\n    provenance:\n      - source: doc\n        quote: %s\n", id, id, stated, unit, quote)
	}
	for _, tc := range []struct {
		name, lentUnit string
		want           []string
	}{
		{"no error", "loan", []string{"c.yaml:32:12", "c.yaml:36:12"}},
		{"an error in a figure one view draws", "EUR", []string{"c.yaml:32:12", "c.yaml:36:12"}},
	} {
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc)) +
			entry("lent", "16.2 billion", tc.lentUnit, "Lending was 16.2 billion") +
			entry("repaid", "2.5 billion", "loan", "Repayments were 2.5 billion") +
			"views:\n  - id: lending\n    kind: bars\n    title: Lending, financial year 2018-19\n    indicators: [lent, repaid]\n" +
			"  - id: repaid\n    kind: bars\n    title: Repayments, financial year 2018-19\n    indicators: [repaid]\n"
		read := func(string) ([]byte, error) { return []byte(doc), nil }
		_, notices, _ := indicators.ParseWithNotices("c.yaml", []byte(src), read)
		var got []string
		for _, n := range notices {
			if msg := n.Error(); strings.Contains(msg, "with a hyphen") {
				got = append(got, msg[:strings.Index(msg, ": ")])
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: notices at (-want +got):\n%s", tc.name, diff)
		}
	}
}
