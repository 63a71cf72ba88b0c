package wording

import "testing"

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
		{"electricity generated", true, "Other, not stated"},
	} {
		if got := RestLabel(tt.denom, tt.many); got != tt.want {
			t.Errorf("RestLabel(%q, %v) = %q, want %q", tt.denom, tt.many, got, tt.want)
		}
	}
}
