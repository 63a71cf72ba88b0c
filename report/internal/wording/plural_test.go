package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPluralOnce: a unit's noun is made plural once: "thousand trips"
// stays, "trip" is "trips" (s15-visitors' "thousand tripses").
func TestPluralOnce(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"thousand trips", "thousand trips"},
		{"trip", "trips"},
		{"death", "deaths"},
		{"live births", "live births"},
		{"person", "people"},
		{"child", "children"},
	} {
		if got := Plural(tt.name); got != tt.want {
			t.Errorf("Plural(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestRestLabel: the rest of a whole is "Other" and the whole, never "The
// rest" (s15-births' donut).
func TestRestLabel(t *testing.T) {
	for _, tt := range []struct {
		denom string
		many  bool
		want  string
	}{
		{"live births", false, "Other live births"},
		{"world GDP", false, "Other world GDP"},
		{"", false, "Other"},
		// s16g-marriages: the whole names the part with its relative
		// clause; the rest is of the noun alone.
		{"marriages that were religious ceremonies", false, "Other marriages"},
		{"adults who smoke daily", false, "Other adults"},
		{"electricity generated", true, "All other"},
		// s17i-fisheries, s17i-broadband: a word for all of the whole is
		// not the rest's.
		{"all landings", false, "Other landings"},
		{"all broadband connections", false, "Other broadband connections"},
		{"total population", false, "Other population"},
		{"all", false, "Other all"}, // a whole of one word keeps it
		// s32c-dogs: a whole named by a pronoun has no noun for "Other".
		{"those impounded", false, "Rest of those impounded"},
		{"those impounded", true, "All other"},
	} {
		if got := RestLabel(tt.denom, tt.many); got != tt.want {
			t.Errorf("RestLabel(%q, %v) = %q, want %q", tt.denom, tt.many, got, tt.want)
		}
	}
}

// TestPerCentSpelling: a subtitle spells percent as every figure of its
// chart does, "Per cent" over "6 per cent" (s15-deaths), "Percent" over
// "6.2 percent" or "6%", or over figures that differ.
func TestPerCentSpelling(t *testing.T) {
	pct := indicators.PercentUnit
	for _, tt := range []struct {
		labels []string
		want   string
	}{
		{[]string{"6 per cent", "25 per cent"}, "Per cent"},
		{[]string{"6.2 percent", "3 percent"}, "Percent"},
		{[]string{"6%", "25 per cent"}, "Percent"},
	} {
		var bars []Bar
		for _, l := range tt.labels {
			bars = append(bars, Bar{Figure: Figure{Unit: pct, Measure: indicators.Share}, Label: l})
		}
		if unit, _ := Subtitle("", bars); unit != tt.want {
			t.Errorf("Subtitle(%q) unit = %q, want %q", tt.labels, unit, tt.want)
		}
	}
}
