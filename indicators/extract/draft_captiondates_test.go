package extract

import "testing"

// captionNotesText is a statistics release whose captions and notes
// stand right above figures in their paragraphs, with dates of their own.
const captionNotesText = "Recorded Floods in Northshire\n\n" +
	"Main findings\n\n" +
	"Chart 1: Floods recorded, 2019-20 to 2029-30\n" +
	"River floods rose to 1,200.\n\n" +
	"Table 2: Floods by cause in 2028\n" +
	"Coastal floods fell to 310.\n\n" +
	"Note: figures for 2027-28 were revised. Flash floods fell to 95.\n\n" +
	"Source: Flood survey 2026\n" +
	"Drain floods fell to 42.\n\n" +
	"In 2029, floods were widespread. Surface floods rose to 760.\n"

// TestDraftCaptionDates checks that the dates of a caption, a note or
// a source line never date the figures after them, while a sentence's
// own topical year still does.
func TestDraftCaptionDates(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"a chart's caption", captionNotesText, "1,200", map[string]string{"period": "not stated"}},
		{"a table's caption", captionNotesText, "310", map[string]string{"period": "not stated"}},
		{"a note's revised year", captionNotesText, "95", map[string]string{"period": "not stated"}},
		{"a source line", captionNotesText, "42", map[string]string{"period": "not stated"}},
		{"a sentence's year still carries", captionNotesText, "760", map[string]string{"period": "2029"}},
	})
}
