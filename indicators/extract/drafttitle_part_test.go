package extract

import "testing"

// TestPartPredicate reads the predicate after a part's figure with the
// one reader of a count's own predicate (ownPredicate), in releases of
// several kinds.
func TestPartPredicate(t *testing.T) {
	for _, tc := range []struct {
		after, want string
	}{
		// benefits (DWP): an aside ends it.
		{"were of State Pension Age (including those in receipt of their State Pension)", "of State Pension Age"},
		// benefits (DWP): a band the figure bounds is all the restriction.
		{"were under 16 (and in receipt of Disability Living Allowance as a child)", "under 16"},
		// crime (BJS): a clause's comma ends it.
		{"were rapes or other sexual assaults, 6 percent were robberies", "that were rapes or other sexual assaults"},
		// homelessness (MHCLG): a verb of change is no verb of being.
		{"increased by 20% since 2023", ""},
	} {
		if got := ownPredicate(measuredWords(tc.after)); got != tc.want {
			t.Errorf("ownPredicate(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// TestPartTitle titles the parts of a whole by the whole's counted noun
// and their predicates.
func TestPartTitle(t *testing.T) {
	benefits := "22.4 million people claimed some combination of DWP benefits in August 2022 (of the 17 benefits included in these statistics). Of these:\n\n  • 12.7 million were of State Pension Age (including those in receipt of their State Pension)\n\n  • 9.1 million were of Working Age\n\n  • 600,000 were under 16 (and in receipt of Disability Living Allowance as a child)\n"
	crime := "In more than 500,000 incidents the offender was the victim's spouse or former spouse. Of these, 9 percent were rapes or other sexual assaults."
	noLead := "22.4 million people claimed some combination of DWP benefits in August 2022.\n\n  • 9.1 million were of Working Age\n"
	for _, tc := range []struct {
		name, text, stated, want string
	}{
		{"benefits pension age", benefits, "12.7 million", "People of State Pension Age"},
		{"benefits working age", benefits, "9.1 million", "People of Working Age"},
		{"benefits under 16, past the aside's figure", benefits, "600,000", "People under 16"},
		{"crime share: shareWholeTitle's", crime, "9 percent", ""},
		{"no part lead", noLead, "9.1 million", ""},
	} {
		d, m := draftMention(t, tc.text, tc.stated)
		if got := d.partTitle(*m); got != tc.want {
			t.Errorf("%s: partTitle(%q) = %q, want %q", tc.name, tc.stated, got, tc.want)
		}
	}
}
