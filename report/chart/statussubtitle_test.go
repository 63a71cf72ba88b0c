package chart

import (
	"strings"
	"testing"
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
		s := kindSlide(t, tt.kind, tt.view)
		if got := strings.HasSuffix(s.Subtitle, " (estimates)"); got != tt.says {
			t.Errorf("%s %q subtitle %q says (estimates) = %v, want %v", tt.kind, tt.view, s.Subtitle, got, tt.says)
		}
	}
}
