package extract

import "testing"

// TestLeadInSplitYear76: a list's lead-in line that names one year across
// two ("nationally in 2014/15:") dates each figure of the list that names
// no year of its own; a lead-in of two years dates none (leadInPeriod;
// drafts76) — on a hospital activity release (HSCIC), a schools release
// and a police workforce release.
func TestLeadInSplitYear76(t *testing.T) {
	const (
		hospitals = "New report sheds light on A&E attendances in England\n\n" +
			"The report also shows that for all the recorded A&E attendances nationally in 2014/15:\n\n" +
			"  • Nearly one in four patients (4.5 million) arrived by ambulance or helicopter.\n" +
			"  • Over half (53.7 per cent) of attendances were for patients under 40.\n"
		schools = "Pupil attendance in schools\n\n" +
			"Across all state-funded schools in 2018/19:\n\n" +
			"  • 4.7% of sessions were missed due to absence.\n"
		police = "Police workforce\n\n" +
			"Compared with 2009/10, in 2019/20:\n\n" +
			"  • there were 129,110 police officers.\n"
	)
	for _, tc := range []struct{ name, text, stated, period string }{
		{"a count under a lead-in of a year across two", hospitals, "4.5 million", "2014/15"},
		{"a share under it", hospitals, "53.7 per cent", "2014/15"},
		{"a school year's lead-in", schools, "4.7%", "2018/19"},
		{"a lead-in of two years names no one period", police, "129,110 police officers", "not stated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
		})
	}
}
