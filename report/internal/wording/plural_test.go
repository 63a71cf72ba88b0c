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
