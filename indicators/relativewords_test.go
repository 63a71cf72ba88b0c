package indicators

import "testing"

// TestCountedNounRelative: a counted noun followed by a relative clause
// counts the noun, whichever word opens the clause: "300 patients whom
// the trust treated" counted "treated" (review16a item 18: the relative
// words lived twice, in the report's wording and, short of "whom" and
// "where", in lexicon.NounEnders). The housing kind's households.
func TestCountedNounRelative(t *testing.T) {
	tests := []struct {
		stated string
		want   Unit
	}{
		{"1,200 households that rent their home", CountOf("household")},
		{"1,200 households where both adults work", CountOf("household")},
		{"300 patients whom the trust treated", CountOf("patient")},
	}
	for _, tt := range tests {
		_, u, err := ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tt.stated, err)
			continue
		}
		if u != tt.want {
			t.Errorf("ParseStated(%q) unit = %v, want %v", tt.stated, u, tt.want)
		}
	}
}
