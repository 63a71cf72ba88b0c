package wording

import "testing"

// TestEntityNames: places are joined as English lists them, and a name
// with commas of its own is parted from the others by semicolons
// (s32c-noise: "Northern Ireland, Belfast and Newry, Mourne and Down"
// read as if "Belfast and Newry" were one place).
func TestEntityNames(t *testing.T) {
	for _, tt := range []struct {
		codes []string
		want  string
	}{
		{[]string{"US", "CA"}, "United States and Canada"},
		{[]string{"GB-ENG", "GB-WLS", "GB-SCT"}, "England, Wales and Scotland"},
		{[]string{"GB-NIR", "GB-BFS", "GB-NMD"}, "Northern Ireland; Belfast; Newry, Mourne and Down"},
		{[]string{"GB-NMD"}, "Newry, Mourne and Down"},
	} {
		if got := EntityNames(tt.codes); got != tt.want {
			t.Errorf("EntityNames(%q) = %q, want %q", tt.codes, got, tt.want)
		}
	}
}
