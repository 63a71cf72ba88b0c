package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestTitleBandNoSpan: a duration that says what is counted ("waits of
// over two years", "waiting over one year") is no span of the change, and
// takes no notice; a span of the change does ("over two years" after the
// thing changed), and no advice leaves a title ending in "of".
func TestTitleBandNoSpan(t *testing.T) {
	const doc = "Ongoing waits rose by 3,930 to 16,117 in the year to 31 March 2025.\n"
	for _, tc := range []struct {
		title string
		want  []string // the titles the notices advise
	}{
		{"Change in ongoing outpatient waits of over two years", nil},
		{"Change in patients waiting over two years", nil},
		{"Change in ongoing outpatient waits over one year", nil},
		{"Change in outpatient referrals over two years", []string{"Change in outpatient referrals"}},
	} {
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc)) +
			fmt.Sprintf("  - id: w\n    title: %s\n    entities: [GB-SCT]\n    measure: change\n    direction: up\n    status: fact\n    stated: \"3,930\"\n    unit: wait\n    period: 2025-03-31\n    base: 2024-03-31\n    provenance:\n      - source: doc\n        quote: Ongoing waits rose by 3,930\n", tc.title)
		read := func(string) ([]byte, error) { return []byte(doc), nil }
		c, err := indicators.Parse("c.yaml", []byte(src), read)
		if err != nil {
			t.Fatalf("%s: Parse: %v", tc.title, err)
		}
		var got []string
		for _, n := range c.QuoteNotices() {
			if _, title, ok := strings.Cut(n.Error(), "write title: "); ok && strings.Contains(n.Error(), "says its span") {
				got = append(got, strings.Trim(title, `"`))
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: advised titles (-want +got):\n%s", tc.title, diff)
		}
	}
}
