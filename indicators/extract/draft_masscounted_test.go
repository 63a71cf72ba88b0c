package extract

import "testing"

// TestMassCounted: a mass noun's counted noun is read from one table,
// subjectUnits, by the subject of a count (subjectUnit), which is also
// the subject a bulletin's figure reached (countedNoun; review fix15b:
// bulletinMassCounted was a second table of the same reading, and unit21
// folded bulletinReachedUnit into countedNoun).
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
		if u, ok := subjectUnit(tt.noun); u.Name != tt.want || ok != (tt.want != "") {
			t.Errorf("subjectUnit(%q) = %q, %v, want %q", tt.noun, u.Name, ok, tt.want)
		}
		u, ok := subjectUnit(tt.subject)
		if g := u.Name; !ok && tt.want != "" || ok && g != tt.want {
			t.Errorf("subjectUnit(%q) = %q, %v, want %q", tt.subject, g, ok, tt.want)
		}
	}
}
