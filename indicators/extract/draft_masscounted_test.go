package extract

import "testing"

// TestMassCounted: a mass noun's counted noun is read from one table,
// subjectUnits, by the subject of a count (subjectUnit) and by the subject
// a bulletin's figure reached (bulletinReachedUnit, through massCounted);
// review fix15b: bulletinMassCounted was a second table of the same
// reading.
func TestMassCounted(t *testing.T) {
	tests := []struct {
		noun, subject, want string
	}{
		{"crime", "Police recorded crime", "crime"},
		{"reoffending", "Proven reoffending", "offence"},
		{"offending", "Offending", "offence"},
		{"employment", "Employment", "person"},
		{"jobs", "Jobs", "job"},
		{"inflation", "Inflation", ""},
	}
	for _, tt := range tests {
		got, _ := massCounted(tt.noun)
		if got != tt.want {
			t.Errorf("massCounted(%q) = %q, want %q", tt.noun, got, tt.want)
		}
		u, ok := subjectUnit(tt.subject)
		if g := u.Name; !ok && tt.want != "" || ok && g != tt.want {
			t.Errorf("subjectUnit(%q) = %q, %v, want %q", tt.subject, g, ok, tt.want)
		}
	}
}
