package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestStatusLineContrast: the outline and hatch lines of every status
// keep 3:1 against white (WCAG 2.1 non-text contrast), in the hue of the
// status's fill.
func TestStatusLineContrast(t *testing.T) {
	for s := indicators.Fact; s <= indicators.Intention; s++ {
		line, fill := StatusLine(s), StatusColor(s)
		for _, ground := range []string{"FFFFFF", StatusGround(s)} {
			if got := Contrast(line, ground); got < MinLineContrast {
				t.Errorf("Contrast(StatusLine(%v) = %q, %q) = %.2f, want at least %.1f", s, line, ground, got, MinLineContrast)
			}
		}
		if got, want := hue(line), hue(fill); got < want-3 || got > want+3 {
			t.Errorf("hue of StatusLine(%v) = %q is %.0f°, want %.0f° (of %q)", s, line, got, want, fill)
		}
	}
}

// TestContrast checks the ratio against WCAG's own figures.
func TestContrast(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"000000", "FFFFFF", 21},
		{"FFFFFF", "FFFFFF", 1},
		{"767676", "FFFFFF", 4.54},
		{"E69F00", "FFFFFF", 2.26},
		{"CC79A7", "FFFFFF", 3.06},
	}
	for _, tt := range tests {
		if got := Contrast(tt.a, tt.b); got < tt.want-0.01 || got > tt.want+0.01 {
			t.Errorf("Contrast(%q, %q) = %.3f, want %.2f", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestShadeKeeps: a colour that already has the contrast is kept.
func TestShadeKeeps(t *testing.T) {
	if got := Shade("0072B2", 3, "FFFFFF"); got != "0072B2" {
		t.Errorf("Shade(%q, 3, white) = %q, want %q", "0072B2", got, "0072B2")
	}
}

// hue returns the hue of a colour in RGB hex, in degrees.
func hue(hex string) float64 {
	r8, g8, b8 := RGB(hex)
	r, g, b := float64(r8), float64(g8), float64(b8)
	mx, mn := max(r, g, b), min(r, g, b)
	if mx == mn {
		return 0
	}
	var h float64
	switch mx {
	case r:
		h = (g - b) / (mx - mn)
	case g:
		h = 2 + (b-r)/(mx-mn)
	default:
		h = 4 + (r-g)/(mx-mn)
	}
	h *= 60
	if h < 0 {
		h += 360
	}
	return h
}

func TestStatusKey(t *testing.T) {
	tests := []struct {
		s    indicators.Status
		want string
	}{
		{indicators.Fact, "Fact"},
		{indicators.Estimate, "Estimate"},
		{indicators.Projection, "Hatched: a projection, not a reported figure"},
		{indicators.Intention, "Hatched: an intention, not a reported figure"},
	}
	for _, tt := range tests {
		if got := StatusKey(tt.s); got != tt.want {
			t.Errorf("StatusKey(%v) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
