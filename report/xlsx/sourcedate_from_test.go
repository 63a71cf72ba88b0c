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
			"22 March 2018 (from news reports of the release dated 22 March 2018 (Airwise, Reuters))"},
		{"s16g-research, a sentence", indicators.Source{Issued: day, IssuedFrom: "the page header."}, "22 March 2018 (from the page header)"},
		{"births kind, in the text", indicators.Source{Issued: day}, "22 March 2018"},
		{"no date", indicators.Source{IssuedFrom: "x"}, ""},
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
		got, err := f.SearchSheet(sheet, `\(from news reports`, true)
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
