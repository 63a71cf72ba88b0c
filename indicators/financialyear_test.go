package indicators_test

import "testing"

// TestFinancialYearNotices checks the one form a catalog writes for a
// financial year as UK releases name it ("financial year 2018-19",
// s25v-loans): a year across two as the document writes it, never the
// fiscal year FY2018-19, which is kept for a document that calls its
// year fiscal. Writing the advice leaves no message.
func TestFinancialYearNotices(t *testing.T) {
	const fields = "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nstated: £16.2 billion\n"
	tests := []struct {
		name, doc, period, want, fix string
	}{
		{"financial year with a hyphen", "The amount lent reached £16.2 billion in financial year 2018-19.\n",
			"FY2018-19", "write period: 2018-19", "period: FY2018-19 => period: 2018-19"},
		{"the financial year with a slash", "The amount lent reached £16.2 billion in the 2018/19 financial year.\n",
			"FY2018-19", "write period: 2018/19", "period: FY2018-19 => period: 2018/19"},
		{"a year across two with no word", "The amount lent reached £16.2 billion in 2018-19.\n",
			"FY2018-19", "write period: 2018-19", "period: FY2018-19 => period: 2018-19"},
		{"the document calls it fiscal", "The amount lent reached £16.2 billion in fiscal year 2018-19.\n",
			"FY2018-19", "", ""},
		{"the document writes FY", "The amount lent reached £16.2 billion in FY 2018-19.\n",
			"FY2018-19", "", ""},
		{"the document writes FY before its year", "Lending in FY2018-19. The amount lent reached £16.2 billion in 2018-19.\n",
			"FY2018-19", "", ""},
		{"fy inside a word is no FY", "Lending by Fyfe Ltd. The amount lent reached £16.2 billion in 2018-19.\n",
			"FY2018-19", "write period: 2018-19", "period: FY2018-19 => period: 2018-19"},
		{"the form to write", "The amount lent reached £16.2 billion in financial year 2018-19.\n",
			"2018-19", "", ""},
		{"the slash form of a hyphen year", "The amount lent reached £16.2 billion in financial year 2018-19.\n",
			"2018/19", "", ""},
	}
	for _, tc := range tests {
		items := catalogItem("lent", fields+"period: "+tc.period, "", "£16.2 billion")
		run := func(items string) []string { return runMessages(t, tc.doc, items, "") }
		checkMessagesFix(t, tc.name, run, items, "    ", tc.want, tc.fix)
	}
}
