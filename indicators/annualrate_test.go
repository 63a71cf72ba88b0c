package indicators_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/claimbook/claimbook/indicators"
)

// TestAnnualRateUnit checks that a count stated without its rate ("283,734
// units") may take unit "unit per year" where its quote says the rate is
// annual, and not where no quote does.
func TestAnnualRateUnit(t *testing.T) {
	// The sentence before a quote does not frame it; the lead would
	// (rateFramed), so the document leads with the count.
	const text = "Housing starts\n\nBuilders started 23,282 units in June. The seasonally adjusted annual rate of housing starts was 283,734 units in June.\n"
	sum := sha256.Sum256([]byte(text))
	for _, tc := range []struct {
		quote, want string
	}{
		{"The seasonally adjusted annual rate of housing starts was 283,734 units in June.", ""},
		{"Builders started 23,282 units in June.", "gives \"23,282 units\" a rate per year, but no quote says so"},
	} {
		stated := "283,734 units"
		if strings.Contains(tc.quote, "23,282") {
			stated = "23,282 units"
		}
		cat := fmt.Sprintf("claimbook: 1\nsources:\n  - id: s\n    title: Housing starts\n    text: s.txt\n    sha256: %s\nindicators:\n  - id: starts\n    title: Housing starts\n    measure: flow\n    status: estimate\n    stated: %s\n    unit: unit per year\n    period: 2025-06\n    provenance:\n      - source: s\n        quote: %q\n", hex.EncodeToString(sum[:]), stated, tc.quote)
		_, err := indicators.LoadFS(fstest.MapFS{"c.yaml": {Data: []byte(cat)}, "s.txt": {Data: []byte(text)}}, "c.yaml")
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("Load(quote %q) = %v, want no error", tc.quote, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("Load(quote %q) = %v, want an error saying %q", tc.quote, err, tc.want)
		}
	}
}
