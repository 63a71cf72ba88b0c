package indicators

import (
	"slices"
	"testing"
)

// TestSubdivisions: the one walk over ISO 3166-2's subdivisions gives
// each its names, its type and the short name documents write alone.
func TestSubdivisions(t *testing.T) {
	want := map[string]Subdivision{
		"GB-WLS": {Code: "GB-WLS", Names: []string{"Wales", "Cymru"}, Type: "Country"},
		"CA-YT":  {Code: "CA-YT", Names: []string{"Yukon Territory"}, Type: "Territory", Short: "Yukon"},
		"AU-NT":  {Code: "AU-NT", Names: []string{"Northern Territory"}, Type: "Territory"}, // "Northern" is no place
	}
	n := 0
	for sub := range Subdivisions() {
		n++
		if w, ok := want[sub.Code]; ok {
			if sub.Code != w.Code || !slices.Equal(sub.Names, w.Names) || sub.Type != w.Type || sub.Short != w.Short {
				t.Errorf("Subdivisions() gives %+v, want %+v", sub, w)
			}
			delete(want, sub.Code)
		}
		if len(sub.Code) < 4 || sub.Code[2] != '-' {
			t.Errorf("Subdivisions() gives %q, no subdivision code", sub.Code)
		}
	}
	for c := range want {
		t.Errorf("Subdivisions() does not give %s", c)
	}
	for _, tc := range []struct {
		name string
		want []string
	}{
		{"Yukon", []string{"CA-YT"}}, {"Yukon Territory", []string{"CA-YT"}}, {"Unknown", nil},
	} {
		if got := SubdivisionCodes(tc.name); !slices.Equal(got, tc.want) {
			t.Errorf("SubdivisionCodes(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
	// "Northern" is the name of other countries' regions, not AU-NT's.
	if got := SubdivisionCodes("Northern"); slices.Contains(got, "AU-NT") {
		t.Errorf("SubdivisionCodes(%q) = %q, holding AU-NT", "Northern", got)
	}
	if n < 3000 {
		t.Errorf("Subdivisions() gives %d subdivisions, want ISO 3166-2's thousands", n)
	}
}
