package chart

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestStatusInSubtitle: a chart whose figures are all of one status no
// key tells apart (all estimates) says it at the end of its subtitle, as
// ONS and OWID charts say "(provisional)"; a chart of facts says none
// (s17j-ports: five estimates' bars read as facts on a pasted chart).
func TestStatusInSubtitle(t *testing.T) {
	tests := []struct {
		kind, view string
		says       bool
	}{
		{"ports", "ports", true},
		{"lifeexp", "le-65", true},
		{"forestry", "uk-nations", false},
	}
	for _, tt := range tests {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", tt.kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", tt.kind, err)
		}
		v, ok := c.View(tt.view)
		if !ok {
			t.Fatalf("%s: no view %q", tt.kind, tt.view)
		}
		s, err := NewSlide(c, v, nil)
		if err != nil {
			t.Fatalf("NewSlide(%s %q): %v", tt.kind, tt.view, err)
		}
		if got := strings.HasSuffix(s.Subtitle, " (estimates)"); got != tt.says {
			t.Errorf("%s %q subtitle %q says (estimates) = %v, want %v", tt.kind, tt.view, s.Subtitle, got, tt.says)
		}
	}
}
