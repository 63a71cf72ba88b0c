package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestAgainstForecastLabel: a bar of a change set against a forecast is
// labelled as the gap it is, "£2.7 billion below the forecast", and its
// card says so too, never "down £2.7 billion" (fixN: the OBR's borrowing
// below its November forecast, beside a rise on the year before).
func TestAgainstForecastLabel(t *testing.T) {
	c, err := indicators.Load("../testdata/against/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	v, ok := c.View("psnb-changes")
	if !ok {
		t.Fatal("no view psnb-changes")
	}
	items, err := resolve(c, v)
	if err != nil {
		t.Fatal(err)
	}
	if err := signChanges(items); err != nil { // as a bar chart draws them
		t.Fatal(err)
	}
	want := map[string][2]string{
		"psnb-ytd-vs-forecast": {"£2.7 billion below the forecast", "£2.7 billion below the forecast"},
		"psnb-ytd-on-year":     {"up £5.1 billion", "Up £5.1 billion compared with April–December 2021"},
	}
	for _, it := range items {
		w, ok := want[it.id]
		if !ok {
			continue
		}
		delete(want, it.id)
		if got := valueLabel(it); got != w[0] {
			t.Errorf("valueLabel(%s) = %q, want %q", it.id, got, w[0])
		}
		if got := cardValue(it); got != w[1] {
			t.Errorf("cardValue(%s) = %q, want %q", it.id, got, w[1])
		}
	}
	for id := range want {
		t.Errorf("resolve gave no item %s", id)
	}
}
