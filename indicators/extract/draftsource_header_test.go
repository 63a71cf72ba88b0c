package extract

import "testing"

// TestDraftSourceGovukHeader checks the title and publisher drafted for pages whose
// header carries a GOV.UK label, a body's release today or its
// statistician's line.
func TestDraftSourceGovukHeader(t *testing.T) {
	tests := []struct {
		name, text, title, publisher string
	}{
		{"label line above the title",
			"Official Statistics\nLibrary lending in Offshire: April to June 2031\nPublished 3 August 2031\nApplies to England\nIn this release:\n- 81,400 books were lent to readers.\n",
			"Library lending in Offshire: April to June 2031", ""},
		{"accredited label above the title",
			"Accredited official statistics\nFerry passenger statistics: year ending June 2031\nPublished 3 August 2031\n",
			"Ferry passenger statistics: year ending June 2031", ""},
		{"body has released today",
			"Regional health tables: 2028-2030\n\n1. Summary\n\nONS has released today regional health tables for 2028-2030 for the United Kingdom.\n",
			"Regional health tables: 2028-2030", "Office for National Statistics"},
		{"statistician's header line",
			"Ferry passenger statistics: year ending June 2031\nPublished 3 August 2031\nHome Office responsible statistician: A. Person\nTelephone: 0300 000 0000\nFerries carried 412,300 passengers in the year.\n",
			"Ferry passenger statistics: year ending June 2031", "Home Office"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			if got := d.source.Title; got != tc.title {
				t.Errorf("title of %q = %q, want %q", tc.text, got, tc.title)
			}
			if got := d.source.Publisher; got != tc.publisher {
				t.Errorf("publisher of %q = %q, want %q", tc.text, got, tc.publisher)
			}
		})
	}
}

// govukHeaderText is a statistics page whose header holds "Label: value"
// lines above its key results.
const govukHeaderText = `Ferry passenger statistics: Offshire, year ending June 2031
Published 3 August 2031
Frequency of release: Quarterly
Telephone: 0300 000 0000
Email: ferries@example.gov
Ferries carried 412,300 passengers in the year ending June 2031.
`

func TestDraftMetadataNotSection(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"telephone line is no section", govukHeaderText, "412,300 passengers", map[string]string{"section": ""}},
	})
}

// headerKey is a statistics page with no blank lines, whose key results
// and numbered sections stand on lines of their own.
const headerKey = `Ferry passenger statistics: Offshire, year ending June 2031
Published 3 August 2031
Telephone: 0300 000 0000
Key results
Ferries carried 412,300 passengers in the year ending June 2031, an increase of 2.5% compared with the previous year (402,250).
1. In this release:
This is the quarterly release of ferry statistics for Offshire, with figures for every route of the year.
In the year ending June 2031:
- 96 storms closed a route for a day or more.
`

func TestDraftKeySections(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"key results line", headerKey, "412,300 passengers", map[string]string{"section": "Key results"}},
		{"numbered line above a lead-in", headerKey, "96 storms", map[string]string{"section": "1. In this release:"}}, // drafts67W: a lead-in "In the year …:" is context (the period), no section
	})
}

// TestDraftBracketTitle checks that a reading in brackets of the period
// a change is compared with, which no words name, takes the title of the
// figure it is an earlier reading of.
func TestDraftBracketTitle(t *testing.T) {
	tests := []struct{ name, text, stated, main string }{
		{"previous year in brackets", headerKey, "402,250", "412,300 passengers"},
		{"5 years ago in brackets", comparedBaseRolling, "377,900", "412,300 passengers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			want := firstDraft(t, tc.text, tc.main).ind.Title
			if got.ind.Title != want {
				t.Errorf("title of %q = %q, want %q", tc.stated, got.ind.Title, want)
			}
		})
	}
}
