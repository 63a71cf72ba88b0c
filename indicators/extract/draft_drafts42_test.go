package extract

import "testing"

// drafts42Titles are sentences of their own (no held-out text) for the
// title rules of drafttitle_frame.go: a title that names only the counted
// noun, a place, the source or a frame takes the figure's noun phrase or
// its sentence's subject.
var drafts42Titles = []struct {
	name, text, stated, title string
}{
	{"a frame before the subject; the place joins the figure's noun phrase",
		"Among the region's four ports, Halden handled a 12% increase in container traffic this quarter.",
		"12%", "Change in container traffic in Halden"},
	{"a figure belongs to its noun phrase, not the clause's subject",
		"Lower grain exports drove the 9% annual decrease in Northport's freight volumes compared to 2023.",
		"9%", "Change in Northport's freight volumes"},
	{"a level in parentheses takes the sentence's subject, past the dateline",
		"LISBON, March 3, 2026 /Wire/ - The three-month average of new car registrations increased (2.1%) in February (41,500 units), according to the National Vehicle Register (NVR).",
		"41,500 units", "Three-month average of new car registrations"},
	{"the source is never the title of the change",
		"LISBON, March 3, 2026 /Wire/ - The three-month average of new car registrations increased (2.1%) in February (41,500 units), according to the National Vehicle Register (NVR).",
		"2.1%", "Change in three-month average of new car registrations"},
	{"a long subject is cut at its second preposition; total opens it",
		"The total weekly count of new business filings for all regions in Ireland was flat (0.2%) in May (18,400 filings) compared to April (18,360 filings).",
		"18,400 filings", "Total weekly count of new business filings"},
	{"a table row's counted noun keeps its phrase",
		drafts42Rows, "2,905 refunds", "Refunds from audits"},
}

// drafts42Rows is a table of main points of its own (no held-out text):
// a first cell that counts, a second that changes it.
const drafts42Rows = "Main points\n" +
	"4,210 inspections of licensed premises between April and June 2025 | This is a rise of 6% compared to the same period in 2024. |\n" +
	"2,905 refunds from audits between April and June 2025 | This is 4% lower than the same period in 2024. |\n" +
	"1,380 fines for late returns at the end of June 2025 | This number fell by 2% compared to the number of fines issued in the spring. |\n"

func TestDrafts42Titles(t *testing.T) {
	for _, tc := range drafts42Titles {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", "", tc.title)
		})
	}
}

// drafts42Subjects are openings of their own for leadSubject.
var drafts42Subjects = []struct{ in, want string }{
	{"Among Canada's big three ports, Halden recorded a ", "Halden"},
	{"The rural permits monthly estimate was ", "rural permits monthly estimate"},
	{"Northport posted an ", "Northport"},
	{"In the north, the number of new wells rose by ", "number of new wells"},
}

func TestDrafts42LeadSubject(t *testing.T) {
	for _, tc := range drafts42Subjects {
		if got := leadSubject(tc.in); got != tc.want {
			t.Errorf("leadSubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
