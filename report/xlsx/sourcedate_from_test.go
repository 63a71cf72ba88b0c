package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestIssuedWords: an issue date the catalog read elsewhere says where it
// came from wherever the book shows it (s16g-air: "Issued 22 March 2018"
// from news reports read as the document's own), and makes no claim that
// the text lacks it (s23r-water: "not in the text" beside a date the text
// gives); a date with no IssuedFrom is shown bare (the births kind).
func TestIssuedWords(t *testing.T) {
	day, err := indicators.ParseDate("2018-03-22")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		src  indicators.Source
		want string
	}{
		{"s16g-air, from news reports", indicators.Source{Issued: day, IssuedFrom: "news reports of the release dated 22 March 2018 (Airwise, Reuters)"},
			"22 March 2018; date source: news reports of the release dated 22 March 2018 (Airwise, Reuters)"}, // no nested brackets (s31b-leakage)
		{"s16g-research, a noun phrase", indicators.Source{Issued: day, IssuedFrom: "the page header."}, "22 March 2018 (date source: the page header)"},
		// s32c-taxis: a sentence, read as written, with no "from" before it.
		{"s32c-taxis, a sentence", indicators.Source{Issued: day, IssuedFrom: "the page's figures cover the week ending Sunday 13 September 2020; the stored copy carries no publication date"},
			"22 March 2018 (date source: the page's figures cover the week ending Sunday 13 September 2020; the stored copy carries no publication date)"},
		{"births kind, in the text", indicators.Source{Issued: day}, "22 March 2018"},
		{"no date", indicators.Source{IssuedFrom: "x"}, ""},
		{"s31b-beds, issued: not stated", indicators.Source{IssuedNotStated: true}, "not stated"},
	}
	for _, tt := range tests {
		if got := issuedWords(&tt.src, tt.src.Issued.Long()); got != tt.want {
			t.Errorf("%s: issuedWords(%q) = %q, want %q", tt.name, tt.src.Issued.Long(), got, tt.want)
		}
	}
	// On the Cover and the Sources sheet of a book.
	c := &indicators.Catalog{Sources: []indicators.Source{tests[0].src}}
	c.Sources[0].ID, c.Sources[0].Title = "bts", "Traffic Data"
	f := writtenBook(t, c)
	for _, sheet := range []string{SheetCover, SheetSources} {
		got, err := f.SearchSheet(sheet, `; date source: news reports`, true)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 {
			t.Errorf("%s: no cell says where the issue date came from", sheet)
		}
		if got, _ := f.SearchSheet(sheet, "not in the text", true); len(got) > 0 {
			t.Errorf("%s: %v say the date is not in the text, a claim the catalog does not make", sheet, got)
		}
	}
}

// TestSourcesSayNotStated: a source whose catalog says `issued: not
// stated` has a date column on the Sources sheet that says so, as the
// Cover's contents promise each document's date (s31b-beds: no column,
// "not stated" nowhere).
func TestSourcesSayNotStated(t *testing.T) {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "phs", Title: "Delayed discharges", IssuedNotStated: true}}}
	f := writtenBook(t, c)
	for _, sheet := range []string{SheetCover, SheetSources} {
		if got, _ := f.SearchSheet(sheet, "^not stated$", true); len(got) == 0 {
			t.Errorf("%s: no cell says the date is not stated", sheet)
		}
	}
}
