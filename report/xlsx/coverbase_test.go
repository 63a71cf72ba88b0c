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
// falls' bases beside their titles, the rises' after their figures).
func TestCoverBaseOneColumn(t *testing.T) {
	tests := []struct {
		kind      string
		afterFigs bool // the bases stand after the figures
	}{
		// 10 of 13 moved before: now all.
		{"ports", false},
		// Every figure with its base fits: none moves.
		{"business", true},
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
