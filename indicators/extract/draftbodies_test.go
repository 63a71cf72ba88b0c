package extract

import "testing"

// TestPublicBodiesOnce: every name, header and domain of the one table of
// publishing bodies names one body, and each body reads somewhere.
func TestPublicBodiesOnce(t *testing.T) {
	seen := map[string]string{}
	for _, b := range publicBodies {
		keys := append(append(append([]string{b.name}, b.also...), b.headers...), b.domains...)
		for _, k := range keys {
			if o, ok := seen[k]; ok {
				t.Errorf("%q names both %q and %q", k, o, b.name)
			}
			seen[k] = b.name
		}
		if b.opening != notInOpening && b.short == "" {
			t.Errorf("%q is read by its acronym in an opening but has none", b.name)
		}
		if b.home && b.code == "" {
			t.Errorf("%q gives its country but has none", b.name)
		}
	}
	for _, tc := range []struct{ name, want string }{
		{"Statistics New Zealand", "Stats NZ"},
		{"Census Bureau", "U.S. Census Bureau"},
		{"Office for National Statistics", "Office for National Statistics"},
	} {
		if b, ok := bodyNamed(tc.name); !ok || b.name != tc.want {
			t.Errorf("bodyNamed(%q) = %q, %v, want %q", tc.name, b.name, ok, tc.want)
		}
	}
}
