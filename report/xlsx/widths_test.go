package xlsx

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"codeberg.org/go-fonts/dejavu/dejavusans"
	"codeberg.org/go-fonts/dejavu/dejavusansmono"
	"github.com/xuri/excelize/v2"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// fontPixels measures text in a font at a size, in pixels at 96 dpi,
// from the font's own advance widths: an independent measure of what
// layout.go estimates.
type fontPixels struct {
	f   *sfnt.Font
	buf sfnt.Buffer
	px  float64 // the size
}

func newFontPixels(t *testing.T, ttf []byte, points float64) *fontPixels {
	t.Helper()
	f, err := sfnt.Parse(ttf)
	if err != nil {
		t.Fatal(err)
	}
	return &fontPixels{f: f, px: points * 96 / 72}
}

func (m *fontPixels) width(s string) float64 {
	ppem := fixed.Int26_6(m.px * 64)
	w := 0.0
	for _, r := range s {
		gi, err := m.f.GlyphIndex(&m.buf, r)
		if err != nil || gi == 0 {
			w += m.px // a character the font lacks: an em, as a fallback may draw it
			continue
		}
		adv, err := m.f.GlyphAdvance(&m.buf, gi, ppem, 0)
		if err != nil {
			continue
		}
		w += float64(adv) / 64
	}
	return w
}

// wideWordsCatalog is the default catalog and figures whose words broke
// in their columns: units ("percent", "country"), a period of months, long
// IDs and source IDs, a long URL and the SHA-256.
func wideWordsCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := usjapan2015.Catalog()
	c.Sources = append(c.Sources, indicators.Source{
		ID: "who-wmd-2020-key-messages", Title: "World Malaria Day 2020 – Key messages", Publisher: "World Health Organization",
		URL:    "https://test-cms.who.int/campaigns/world-malaria-day/world-malaria-day-2020/key-messages-and-frequently-asked-questions",
		SHA256: "80f3849f688d05c7cf05ed7faf699f069d9885a270193f170bcd35106b140d4c",
	})
	c.Series = append(c.Series, indicators.Series{ID: "malaria-funding-shares-by-source", Title: "Funding shares"})
	add := func(id, stated, period string) {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		p, err := indicators.ParsePeriod(period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", period, err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: id, Title: "Share of malaria funding from international sources", Entities: []string{"WLD"},
			Measure: indicators.Share, Status: indicators.Fact, Stated: stated, Quantity: q, Unit: u, Period: p,
			Provenance: []indicators.Provenance{{Source: "who-wmd-2020-key-messages", Section: []string{"Key messages"}, Quote: stated, Span: indicators.Span{Start: -1, End: -1}}},
		})
		if u.Kind == indicators.Percent {
			c.Indicators[len(c.Indicators)-1].Series = "malaria-funding-shares-by-source"
		}
	}
	add("funding-international-share-2018", "Nearly 70%", "2018")
	add("countries", "89 countries", "2018")
	add("brent-daily-changes-over-5-percent", "more than 5 percent", "2015-08/2015-09")
	add("an-identifier-longer-than-any-column-may-grow-to-hold-whole", "12 percent", "2015-Q3")
	c.Views = append(c.Views, indicators.ChartView{ID: "funding-international-share-2018-view", Title: "Shares", Kind: indicators.Bars,
		Indicators: []string{"funding-international-share-2018", "brent-daily-changes-over-5-percent"}})
	return c
}

// TestWordsFitColumns builds a book and checks, from the column widths it
// wrote, that every word of every text cell of the Indicators, Derived,
// Sources and Series sheets fits its column whole in DejaVu Sans, the
// font LibreOffice shows Calibri in without Carlito ("percen/t" broke in
// the Unit column): split at spaces, and at hyphens and slashes only for
// a word longer than any column holds (a URL) and for an ID.
func TestWordsFitColumns(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, wideWordsCatalog(t), nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sans := newFontPixels(t, dejavusans.TTF, 11)
	mono := newFontPixels(t, dejavusansmono.TTF, 9)
	const (
		padding = 6   // pixels: a cell's padding, both sides, with room to spare
		longest = 280 // pixels: a word wider may break at its hyphens and slashes
		widest  = 420 // pixels: a column holds no wider part of a word (60 characters)
	)
	checked := 0
	for _, sheet := range []string{SheetIndicators, SheetDerived, SheetSources, SheetSeries, SheetChartData} {
		if i, _ := f.GetSheetIndex(sheet); i < 0 {
			t.Fatalf("the book has no sheet %s", sheet)
		}
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		hdr := rows[0]
		for r, row := range rows[1:] {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+2)
				if typ, _ := f.GetCellType(sheet, cell); typ == excelize.CellTypeNumber || v == "" {
					continue
				}
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					continue
				}
				col, _ := excelize.ColumnNumberToName(c + 1)
				w, err := f.GetColWidth(sheet, col)
				if err != nil {
					t.Fatal(err)
				}
				avail := math.Floor(w*7+0.5) + 5 - padding // columnInches, in pixels
				m := sans
				if c < len(hdr) && hdr[c] == "SHA-256" {
					m = mono
				}
				if style, _ := f.GetCellStyle(sheet, cell); style != 0 {
					if st, err := f.GetStyle(style); err == nil && st.Alignment != nil && st.Alignment.Indent > 0 {
						avail -= 9 * float64(st.Alignment.Indent) // an indent is about 9 pixels
					}
				}
				for word := range strings.FieldsSeq(v) {
					parts := []string{word}
					switch {
					case m == mono && len(word) == 64:
						// A SHA-256 prints in two lines of 32 digits, so
						// that the Sources table fits one page wide.
						parts = []string{word[:32], word[32:]}
					case sheet == SheetSources && c < len(hdr) && hdr[c] == "URL":
						// A URL, plain text, breaks where LibreOffice
						// breaks it: after "/" and "-", before "%".
						parts = strings.Fields(urlBreaks.Replace(word))
					case m.width(word) > longest || sheet == SheetIndicators && c == 0:
						// An ID breaks after its hyphens, as LibreOffice
						// prints "hiv-infections-decline-" over "2022".
						parts = splitAfterAny(word, "-/")
					}
					for _, p := range parts {
						checked++
						if got := m.width(p); got > avail && (got <= widest || avail < widest-padding-20) {
							t.Errorf("%s!%s %q: word %q is %.0f pixels wide, and column %s of width %v (%q) holds %.0f", sheet, cell, v, p, got, col, w, hdr[min(c, len(hdr)-1)], avail)
						}
					}
				}
			}
		}
	}
	if checked < 500 {
		t.Errorf("checked %d words, want the book's words (at least 500)", checked)
	}
}

// splitAfterAny splits s after each of the characters seps.
func splitAfterAny(s, seps string) []string {
	var out []string
	for {
		i := strings.IndexAny(s, seps)
		if i < 0 {
			return append(out, s)
		}
		out = append(out, s[:i+1])
		s = s[i+1:]
	}
}
