package wording

import "testing"

// TestNamesByInitials: a note that names its bar by the initials of the
// name the bar's label gives in brackets needs no label before it
// (s30a-roads: the 95-character title said again before "The RCI flags
// …"); initials another bar holds, or of no name in capitals, do not name
// it.
func TestNamesByInitials(t *testing.T) {
	const rci = "Share of local authority A road network that may require maintenance (Road Condition Indicator)"
	other := []string{"Share of motorway network requiring close monitoring of the road surface"}
	for _, tc := range []struct {
		note, label string
		others      []string
		want        bool
	}{
		{"The RCI flags road that may need maintenance.", rci, other, true},
		{"The RCI flags road that may need maintenance.", rci, append(other, "Roads rated by the RCI"), false},
		{"Measured by survey vehicles.", rci, other, false},
		{"The B and C roads.", "Minor roads (B, C and unclassified)", nil, false},
	} {
		if got := NamesByInitials(tc.note, tc.label, tc.others); got != tc.want {
			t.Errorf("NamesByInitials(%q, %q, %q) = %v, want %v", tc.note, tc.label, tc.others, got, tc.want)
		}
	}
}
