package extract

import "testing"

// TestDraftBaseWrittenApart: a rate's base the sentence writes apart from
// the figure ("an annual rate of 9.0 million units", "C$6 (US$4.46) per
// share") is the drafted unit's base, as the extractor reads it.
func TestDraftBaseWrittenApart(t *testing.T) {
	runWhatHow(t, []whatHowCase{
		{name: "seasonally adjusted annual rate", text: "Housing starts in March 2024 were at a seasonally adjusted annual rate of 1,256,000 units.",
			stated: "1,256,000 units", unit: "unit per year"},
		{name: "fell to an annual rate", text: "Vehicle assemblies fell to an annual rate of 7.9 million units in April 2011.",
			stated: "7.9 million units", unit: "unit per year"},
		{name: "no rate", text: "Exports rose to 9.0 million units in April 2011.",
			stated: "9.0 million units", unit: "unit"},
	})
}
