package extract

import "testing"

// drafts45PlaceItemText lists places with a count and a share each, and
// peoples with a count each: sentences of our own. Thousands are
// grouped by no-break spaces, as the extractor reads them.
const drafts45PlaceItemText = "Student visas, 2021\n\n" +
	"The most student visas were issued in Spain (with about 31\u00a0200 student visas, or 27% of total student visas in the region) and Portugal (18\u00a0400, or 16%), followed by Greece (9\u00a0300, or 8%).\n\n" +
	"Indians were the largest group of students, ahead of Kenyans (4\u00a0100 new students), Peruvians (3\u00a0600) and Iraqis (2\u00a0900).\n"

// drafts45PlaceItems are the titles of its figures.
var drafts45PlaceItems = []struct{ stated, title string }{
	{"18\u00a0400", "Student visas in Portugal"},
	{"16%", "Portugal's share of total student visas"},
	{"9\u00a0300", "Student visas in Greece"},
	{"8%", "Greece's share of total student visas"},
	{"3\u00a0600", "New students from Peru"},
	{"2\u00a0900", "New students from Iraq"},
}

func TestDrafts45PlaceItemTitles(t *testing.T) {
	for _, tc := range drafts45PlaceItems {
		t.Run(tc.stated, func(t *testing.T) {
			checkWhat(t, firstDraft(t, drafts45PlaceItemText, tc.stated), tc.stated, "", "", tc.title)
		})
	}
}
