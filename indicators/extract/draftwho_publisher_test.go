package extract

import (
	"slices"
	"testing"
)

// TestHeadBodies: the places of the publishers a release's head names
// (who28): a body's name inside a longer one's is the longer one's, an
// acronym counts where the text spells it out, and a body cited as a
// source is none.
func TestHeadBodies(t *testing.T) {
	tests := []struct {
		text string
		end  int // the head's end; 0 for the whole text
		want []string
	}{
		{"Published by the Department for Communities and Local Government.", 0, []string{"GB"}},
		{"Published by the Department for Communities.", 0, []string{"GB-NIR"}},
		{"The DfI's bulletin.\nProduced by analysts of the Department for Infrastructure (DfI).", 19, []string{"GB-NIR"}},
		{"The DfI's bulletin.\nProduced by analysts of the Department for Infrastructure.", 19, nil},
		{"The Central Statistics Office has today published its profile.", 0, []string{"IE"}},
		{"Figures rose, according to the Central Statistics Office.", 0, nil},
	}
	for _, tc := range tests {
		end := tc.end
		if end == 0 {
			end = len(tc.text)
		}
		if got, _ := headBodies(tc.text, end); !slices.Equal(got, tc.want) {
			t.Errorf("headBodies(%q, %d) = %q, want %q", tc.text, end, got, tc.want)
		}
	}
}
