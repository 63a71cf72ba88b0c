package pptx_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestAgainstForecastClaims: the closing slides say a change set against
// a forecast as the gap it is, "£2.7 billion below the forecast", never
// "down £2.7 billion", which read as the OBR's borrowing falling (fixN),
// and the change on the year before as "up £5.1 billion".
func TestAgainstForecastClaims(t *testing.T) {
	c, err := indicators.Load("../testdata/against/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	var lines []string
	for _, s := range listed(mustSlides(t, c)) {
		lines = append(lines, s.Body...)
	}
	all := strings.Join(lines, "\n")
	for _, want := range []string{
		"Public sector net borrowing against the November forecast, United Kingdom: £2.7 billion below the forecast, April–December 2022",
		"up £5.1 billion",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("claim lines %q lack %q", lines, want)
		}
	}
	if strings.Contains(all, "down £2.7") {
		t.Errorf("claim lines %q say the gap to the forecast as a fall", lines)
	}
}
