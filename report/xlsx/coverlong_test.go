package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestCoverLongPrintsOneWide checks that a Cover long enough to break
// before its headline figures prints one page wide, fitted to the width
// and as tall as it takes: the zoom its long branch set from a width
// estimate (100% for s18k-birds' 19 figures) left LibreOffice printing
// column A and column B on pages of their own, the title cut. Every
// tracked catalog's Cover is checked: one that breaks is fitted one page
// wide, and one that does not keeps the page as before.
func TestCoverLongPrintsOneWide(t *testing.T) {
	broke := 0
	for _, path := range trackedCatalogs(t) {
		buf, ok := bookOf(t, path)
		if !ok {
			continue
		}
		raw := buf.Bytes()
		f, err := excelize.OpenReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		ws, err := f.GetPageLayout(SheetCover)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		props, err := f.GetSheetProps(SheetCover)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		fit := props.FitToPage != nil && *props.FitToPage
		wide := ws.FitToWidth != nil && *ws.FitToWidth == 1
		tall := ws.FitToHeight != nil && *ws.FitToHeight == 0
		breaks := rowBreaks(t, raw)
		if breaks > 0 {
			broke++
			if !fit || !wide || !tall {
				t.Errorf("%s: a Cover of %d row breaks has fitToPage %v, fitToWidth 1 %v, fitToHeight 0 %v; want it fitted one page wide", path, breaks, fit, wide, tall)
			}
		}
		f.Close()
	}
	t.Logf("%d Covers break before their headline figures", broke)
}

// rowBreaks returns how many manual row breaks the Cover, the book's
// first sheet, holds.
func rowBreaks(t *testing.T, buf []byte) int {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(buf), int64(len(buf)))
	if err != nil {
		t.Fatal(err)
	}
	r, err := z.Open("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	_, rows, _ := strings.Cut(string(b), "<rowBreaks")
	rows, _, _ = strings.Cut(rows, "</rowBreaks>")
	return strings.Count(rows, "<brk ")
}
