package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSigned: a chart draws its changes with their signs when they go
// both ways, or when they are all falls and one is reported (a fact or
// an estimate); commitments to cut alone are drawn as stated.
func TestSigned(t *testing.T) {
	up := indicators.Quantity{Direction: indicators.Up}
	down := indicators.Quantity{Direction: indicators.Down}
	level := indicators.Quantity{}
	tests := []struct {
		name string
		qs   []indicators.Quantity
		st   []indicators.Status
		want bool
	}{
		{"both ways", []indicators.Quantity{up, down}, []indicators.Status{indicators.Target, indicators.Target}, true},
		{"reported falls alone", []indicators.Quantity{down, down}, []indicators.Status{indicators.Estimate, indicators.Estimate}, true},
		{"a fact and a target to cut", []indicators.Quantity{down, down}, []indicators.Status{indicators.Fact, indicators.Target}, true},
		{"targets to cut alone", []indicators.Quantity{down, down}, []indicators.Status{indicators.Target, indicators.Pledge}, false},
		{"rises alone", []indicators.Quantity{up, up}, []indicators.Status{indicators.Fact, indicators.Fact}, false},
		{"levels", []indicators.Quantity{level, level}, []indicators.Status{indicators.Fact, indicators.Fact}, false},
	}
	for _, tt := range tests {
		if got := Signed(tt.qs, tt.st); got != tt.want {
			t.Errorf("Signed(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestRiseLabel: a rise beside falls says "up", the model's word, never
// the document's ("rose"), so that a figure reads alike everywhere; never
// twice, and a hedge is no word of a rise.
func TestRiseLabel(t *testing.T) {
	tests := []struct {
		label, want string
	}{
		{"0.7%", "up 0.7%"},
		{"3 percent", "up 3 percent"},
		{"more than 6%", "up more than 6%"},
		{"+0.2%", "+0.2%"},
		{"rose 3 percent", "rose 3 percent"},
		{"1,900", "up 1,900"},
		{"0.6 percentage points", "up 0.6 percentage points"},
		{"an increase of 48,177", "an increase of 48,177"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := RiseLabel(tt.label); got != tt.want {
			t.Errorf("RiseLabel(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
}

// TestTurned: a change is worded by its direction in the model, "up" or
// "down", whatever verb its quote uses ("fell", "rose"), so that a chart
// of the document's falls and a chart of the model's say one thing; a
// change against a forecast or target says so after its figure, never
// "down" (fixN: OBR borrowing "£2.7 billion below our November forecast").
func TestTurned(t *testing.T) {
	down := indicators.Quantity{Direction: indicators.Down}
	up := indicators.Quantity{Direction: indicators.Up}
	tests := []struct {
		label string
		q     indicators.Quantity
		k     string // what it is set against (indicators.Indicator.AgainstWhat)
		want  string
	}{
		{"0.4%", down, "", "down 0.4%"},
		{"3 percent", up, "", "up 3 percent"},
		{"-0.4%", down, "", "-0.4%"},
		{"fell 0.4%", down, "", "fell 0.4%"},
		{"0.4%", indicators.Quantity{}, "", "0.4%"},
		{"£2.7 billion", down, "the forecast", "£2.7 billion below the forecast"},
		{"3,700 people", up, "the forecast", "3,700 people above the forecast"},
		{"1,240 homes", down, "the target", "1,240 homes below the target"},
		{"1,240 homes", indicators.Quantity{}, "the target", "1,240 homes against the target"},
		{"55 minutes", up, "employed women", "55 minutes above employed women"},
	}
	for _, tt := range tests {
		if got := Turned(tt.label, tt.q, tt.k); got != tt.want {
			t.Errorf("Turned(%q, %v, %q) = %q, want %q", tt.label, tt.q.Direction, tt.k, got, tt.want)
		}
	}
}
