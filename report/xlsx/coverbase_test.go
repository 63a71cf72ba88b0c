package xlsx

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCoverBaseOneColumn: the Cover's headline list says each change's
// base ("from Q1 2008 to Q1 2009") in one column: after every figure, or,
// where one figure with it is too long, after every title (s17j-ports: the
// falls' bases beside their titles, the rises' after their figures); a
// list of the latest period's figures (latestFigures) after every title,
// where the levels say their period (s19m-disease).
func TestCoverBaseOneColumn(t *testing.T) {
	tests := []struct {
		kind      string
		afterFigs bool // the bases stand after the figures
	}{
		// 10 of 13 moved before: now all.
		{"ports", false},
		// Every figure with its base fits: none moves (farming, where a
		// figure states no period, so the list is every figure); but
		// business's list is the latest period's, every row saying its
		// time after its title.
		{"business", false},
		{"farming", true},
	}
	for _, tt := range tests {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", tt.kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", tt.kind, err)
		}
		b := &book{c: c}
		list, _ := b.headlines()
		based := 0
		for _, e := range list {
			if e.ind == nil {
				continue
			}
			base, said := coverBase(e.ind)
			if !said || base == "" {
				continue
			}
			based++
			if got := strings.HasSuffix(e.fig, base); got != tt.afterFigs {
				t.Errorf("%s: %q | %q: base %q after the figure = %v, want %v", tt.kind, e.fig, e.title, base, got, tt.afterFigs)
			}
		}
		if based == 0 {
			t.Errorf("%s: no headline says a base", tt.kind)
		}
	}
}

// TestCoverSaysStatus: the Cover's headline list says a figure's status
// beside its title unless it is a fact, "(estimate)" as "(target)": a
// figure pasted from the Cover read as a fact (s17j-ports: its
// provisional estimates said so only in the Notes column).
func TestCoverSaysStatus(t *testing.T) {
	for _, kind := range []string{"ports", "forestry", "benefits"} {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		b := &book{c: c}
		list, _ := b.headlines()
		statuses := map[indicators.Status]int{}
		for _, e := range list {
			if e.ind == nil {
				continue
			}
			statuses[e.ind.Status]++
			suffix := " (" + e.ind.Status.String() + ")"
			if got, want := strings.HasSuffix(e.title, suffix) || e.ind.Status.IsCommitment() && strings.Contains(e.title, suffix), e.ind.Status != indicators.Fact; got != want {
				t.Errorf("%s: Cover title %q of a %s ends %q = %v, want %v", kind, e.title, e.ind.Status, suffix, got, want)
			}
		}
		t.Logf("%s: statuses %v", kind, statuses)
	}
}
