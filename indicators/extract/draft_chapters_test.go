package extract

import "testing"

// chapterText is a statistics release whose numbered chapters
// hold plain headings, and whose chapter lines are followed by their text
// without a blank line.
const chapterText = "Recorded Fires in Northshire, 2031-32\n\n" +
	"This bulletin presents fires attended by fire services.\n\n" +
	"1. Main points\n" +
	"  • The number of fires attended in 2031-32 was 24,100.\n\n" +
	"2. Results: Fires by Type\n\n" +
	"Dwelling fires\n\n" +
	"Dwelling fires rose to 5,200 in 2031-32.\n\n" +
	"Vehicle fires\n\n" +
	"Vehicle fires fell to 3,100 in 2031-32.\n\n" +
	"3. Background\n\n" +
	"Some 41 fire services reported in 2031-32.\n"

// chapterContentsText is a release with a contents list of its chapters
// before the body, which repeats them.
const chapterContentsText = "Recorded Floods in Northshire, 2031-32\n\n" +
	"This bulletin presents floods recorded by councils.\n\n" +
	"Contents\n\n" +
	"1. Main points\n\n" +
	"2. Results\n\n" +
	"3. Background\n\n" +
	"1. Main points\n" +
	"  • The number of floods recorded in 2031-32 was 1,900.\n\n" +
	"2. Results\n\n" +
	"River floods rose to 1,200 in 2031-32.\n"

// chapterNamedText is a release whose chapters are the genre's own
// names, each with its text right under it, and one named by its number.
const chapterNamedText = "Recorded Storms in Northshire, 2031-32\n\n" +
	"This bulletin presents storms recorded by the weather service.\n\n" +
	"Key points\n" +
	"The number of storms recorded in 2031-32 was 310.\n\n" +
	"Section 2 – Results\n" +
	"Winter storms rose to 140 in 2031-32.\n\n" +
	"Summary\n" +
	"Summer storms fell to 60 in 2031-32.\n"

// chapterListText is a numbered list of short lines, which is no chapter.
const chapterListText = "Northshire Budget 2032\n\n" +
	"Spending plans\n\n" +
	"1. Schools\n" +
	"2. Roads\n\n" +
	"The council will spend £41 million in 2032.\n"

// TestDraftSectionsChapter checks the sections of figures under a release's
// chapters, its contents list and its chapter names.
func TestDraftSectionsChapter(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"a numbered chapter with its text right under it", chapterText, "24,100", map[string]string{"section": "Main points"}},
		{"a plain heading in a numbered chapter", chapterText, "5,200", map[string]string{"section": "Results: Fires by Type / Dwelling fires"}},
		{"the next plain heading in the chapter", chapterText, "3,100", map[string]string{"section": "Results: Fires by Type / Vehicle fires"}},
		{"the next chapter", chapterText, "Some 41 fire services", map[string]string{"section": "Background"}},
		{"a contents list's copy is no section", chapterContentsText, "1,900", map[string]string{"section": "Recorded Floods in Northshire, 2031-32 / Main points"}},
		{"the body's chapter after the contents", chapterContentsText, "1,200", map[string]string{"section": "Recorded Floods in Northshire, 2031-32 / Results"}},
		{"Key points", chapterNamedText, "310", map[string]string{"section": "Key points"}},
		{"Section 2 – Results", chapterNamedText, "140", map[string]string{"section": "Section 2 – Results"}},
		{"Summary", chapterNamedText, "60", map[string]string{"section": "Summary"}},
		{"a numbered list is no chapter", chapterListText, "£41 million", map[string]string{"section": "Spending plans"}},
	})
}
