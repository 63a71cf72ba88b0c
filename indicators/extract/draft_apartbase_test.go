package extract

import "testing"

// TestDraftBaseWrittenApart: a rate's base the sentence writes apart from
// the figure ("an annual rate of 9.0 million units", "C$6 (US$4.46) per
// share") is the drafted unit's base, as the extractor reads it.
func TestDraftBaseWrittenApart(t *testing.T) {
	for _, tc := range []struct{ text, stated, want string }{
		{"Housing starts in March 2024 were at a seasonally adjusted annual rate of 1,256,000 units.", "1,256,000 units", "unit per year"},
		{"Vehicle assemblies fell to an annual rate of 7.9 million units in April 2011.", "7.9 million units", "unit per year"},
		{"Exports rose to 9.0 million units in April 2011.", "9.0 million units", "unit"},
	} {
		got := firstDraft(t, tc.text, tc.stated)
		if u := got.ind.Unit.String(); u != tc.want {
			t.Errorf("draft of %q in %q: unit %q, want %q", tc.stated, tc.text, u, tc.want)
		}
	}
}
