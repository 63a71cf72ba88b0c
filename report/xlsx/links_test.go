package xlsx

import (
	"bytes"
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

func TestWebURL(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"https://example.org/a?b=1&c=<2>", true},
		{"http://example.org", true},
		{"HTTP://EXAMPLE.ORG/X", true},
		{"HtTpS://example.org/", true},
		{"https://example.org:8443/a#b", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"vbscript:msgbox(1)", false},
		{"file:///etc/passwd", false},
		{`\\server\share\x`, false},
		{"data:text/html,<script>alert(1)</script>", false},
		{"ftp://example.org/x", false},
		{"mailto:a@example.org", false},
		{"", false},
		{"example.org/x", false},
		{"/relative/path", false},
		{"//example.org/x", false},
		{"http:/x", false},
		{"http://", false},
		{`https:\\example.org`, false},
		{"https://user:pw@example.org/", false},
		{" https://example.org", false},
		{"https://example.org/a b", false},
		{"https://example.org/\x00", false},
	}
	for _, tt := range tests {
		if got := webURL(tt.url); got != tt.want {
			t.Errorf("webURL(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

// TestURLLinks writes each URL as both sources' and checks the Cover
// and the Sources sheet read back with a hyperlink for web URLs only, and
// the URL as text in any case.
func TestURLLinks(t *testing.T) {
	urls := []struct {
		url  string
		link bool
	}{
		{"https://example.org/a?b=1&c=<2>", true},
		{"HTTP://EXAMPLE.ORG/X", true},
		{"javascript:alert(1)", false},
		{"file:///etc/passwd", false},
		{`\\server\share\x`, false},
		{"data:text/html;base64,PHNjcmlwdD4=", false},
		{"https://user:pw@example.org/", false},
	}
	for _, u := range urls {
		c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: "T", URL: u.url}, {ID: "t", Title: "U", URL: u.url}}}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatalf("Write with URL %q: %v", u.url, err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		// ID, Title, URL: the sources give no other field.
		cells := []string{SheetSources + "!C2", SheetSources + "!C3"}
		rows, _ := f.GetRows(SheetCover)
		for i, r := range rows {
			if len(r) > 1 && (r[1] == u.url || u.link && r[1] == shortURL(u.url, coverWidthB)) {
				cells = append(cells, SheetCover+"!B"+strconv.Itoa(i+1))
			}
		}
		if len(cells) != 4 {
			t.Errorf("URL %q: %d cells of the Cover show it, want one per source (2)", u.url, len(cells)-2)
		}
		for _, ref := range cells {
			sheet, cell, _ := strings.Cut(ref, "!")
			want := u.url
			if u.link && sheet == SheetCover {
				want = shortURL(u.url, coverWidthB) // the link holds all of it
			}
			if got, _ := f.GetCellValue(sheet, cell); got != want {
				t.Errorf("URL %q: %s = %q, want %q as text", u.url, ref, got, want)
			}
			// The Sources sheet shows the whole URL as plain text,
			// wrapped, and links the source's ID: LibreOffice draws a
			// linked cell as one field on one line, and printed a long
			// URL cut at its column's edge (outputs34), a linked title
			// alike. The Cover's short form stays the link.
			link := u.link && sheet == SheetCover
			ok, target, _ := f.GetCellHyperLink(sheet, cell)
			if ok != link || ok && target != u.url {
				t.Errorf("URL %q: %s has link %v to %q, want link %v", u.url, ref, ok, target, link)
			}
			if sheet == SheetSources {
				id := "A" + cell[1:]
				ok, target, _ := f.GetCellHyperLink(sheet, id)
				if ok != u.link || ok && target != u.url {
					t.Errorf("URL %q: %s!%s (the ID) has link %v to %q, want link %v", u.url, sheet, id, ok, target, u.link)
				}
			}
		}
	}
}

func TestSheetRef(t *testing.T) {
	tests := []struct{ sheet, want string }{
		{"Derived", "Derived!A1"},
		{"Sheet1", "Sheet1!A1"},
		{"My_sheet", "My_sheet!A1"},
		{"It's", "'It''s'!A1"},
		{"Trade & aid", "'Trade & aid'!A1"},
		{"Übersicht", "'Übersicht'!A1"},
		{"2015", "'2015'!A1"},
		{"A1", "'A1'!A1"},
		{"rc", "'rc'!A1"},
		{"", "''!A1"},
	}
	for _, tt := range tests {
		if got := sheetRef(tt.sheet, "A1"); got != tt.want {
			t.Errorf("sheetRef(%q, \"A1\") = %q, want %q", tt.sheet, got, tt.want)
		}
	}
}

// TestInternalLinks checks that IDs, titles and quotes with quotes, spaces,
// markup and other scripts never reach a link location, a formula or a
// reference: every link of the book goes to a sheet's cell, each headline
// figure to the row of its indicator, and formulas hold only names.
func TestInternalLinks(t *testing.T) {
	c := hostileCatalog()
	for i := range c.Indicators {
		c.Indicators[i].ID = []string{"it's", `say "x"`, "a b", "ünï-cödé", "x<y>&z", "Indicators!A1", "=1+1"}[i%7] + strconv.Itoa(i)
	}
	ids := []string{c.Indicators[0].ID, c.Indicators[5].ID}
	c.Derived = []indicators.Derived{{ID: "d'1 " + hostile[0], Title: hostile[7], Op: indicators.Sum, Inputs: ids}}
	c.Views = []indicators.ChartView{{ID: `v'"<&> ` + hostile[0], Title: hostile[7], Kind: indicators.Bars, Indicators: ids}}
	var buf bytes.Buffer
	if err := Write(&buf, c, &Options{Charts: map[string][]byte{c.Views[0].ID: fakePNG(t)}}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	location := regexp.MustCompile(`^(Cover|Indicators|Derived|'Chart data'|Sources|Charts)!A([0-9]+)$`)
	name := regexp.MustCompile(`^[A-Z_][A-Z0-9_]*$`)
	headlines := 0
	for _, sheet := range f.GetSheetList() {
		rows, _ := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		for r, row := range rows {
			for col := range row {
				cell, _ := excelize.CoordinatesToCellName(col+1, r+1)
				if ok, target, _ := f.GetCellHyperLink(sheet, cell); ok {
					m := location.FindStringSubmatch(target)
					switch {
					case m == nil && webURL(target):
					case m == nil:
						t.Errorf("%s!%s links to %q, want a sheet's cell or a web URL", sheet, cell, target)
					case m[1] == SheetIndicators && m[2] != "1":
						headlines++
						n, _ := strconv.Atoi(m[2])
						id, _ := f.GetCellValue(SheetIndicators, "A"+m[2])
						label, _ := f.GetCellValue(sheet, cell)
						// The figure, or a long one's title (writeCover).
						if want := c.Indicators[n-2]; id != want.ID || label != unescapeXstring(want.Label()) && label != unescapeXstring(want.Title) {
							t.Errorf("%s!%s %q links to the row of %q, want %q", sheet, cell, label, id, want.ID)
						}
					}
				}
				formula, _ := f.GetCellFormula(sheet, cell)
				if formula == "" {
					continue
				}
				if sheet != SheetDerived && sheet != SheetChartData {
					t.Errorf("%s!%s holds formula %q; only the Derived and Chart data sheets may", sheet, cell, formula)
				}
				for _, term := range regexp.MustCompile(`[-+*/(),]`).Split(strings.TrimPrefix(formula, "="), -1) {
					if _, err := strconv.ParseFloat(term, 64); term != "" && err != nil && !name.MatchString(term) && term != "MIN" && term != "MAX" {
						t.Errorf("%s!%s formula %q has the term %q, want names and numbers only", sheet, cell, formula, term)
					}
				}
			}
		}
	}
	// Every headline figure links to its row, but for one too long for a
	// line of its column whose title is too: LibreOffice wraps no link.
	a, _ := f.GetColWidth(SheetCover, "A")
	b, _ := f.GetColWidth(SheetCover, "B")
	want := 0
	for i := range c.Indicators {
		if fig, t := coverRow(&c.Indicators[i]); figureWidth(fig) <= a || lines(t, b, false) == 1 {
			want++
		}
	}
	if headlines != want || want == 0 {
		t.Errorf("%d links to rows of the Indicators sheet, want %d", headlines, want)
	}
	if got, _ := f.GetCellValue(SheetDerived, "A2"); got != c.Derived[0].ID {
		t.Errorf("Derived!A2 = %q, want the ID %q as text", got, c.Derived[0].ID)
	}
}

// TestViewIDText checks a chart view's ID is checked as text before it
// goes into a cell of the chart data.
func TestViewIDText(t *testing.T) {
	c := hostileCatalog()
	c.Views = []indicators.ChartView{{ID: "v\x07", Title: "V", Kind: indicators.Bars, Indicators: []string{c.Indicators[0].ID}}}
	err := Write(&bytes.Buffer{}, c, nil)
	var te *TextError
	if !errors.As(err, &te) || te.Rune != 7 {
		t.Errorf("Write with view ID %q = %v, want a *TextError for U+0007", c.Views[0].ID, err)
	}
}

func TestShortURL(t *testing.T) {
	for _, tc := range []struct {
		in   string
		max  int
		want string
	}{
		{"https://example.org/a", 90, "example.org/a"},
		{"https://example.org/", 90, "example.org"},
		{"https://www.whitehouse.gov/briefing-room/statements-releases/2021/04/22/fact-sheet-president-biden-sets-2030-target", 60, "www.whitehouse.gov/…/fact-sheet-president-biden-sets-2030-t…"},
		{"https://www.whitehouse.gov/briefing-room/statements-releases/2021/04/22/fact-sheet", 60, "www.whitehouse.gov/…/fact-sheet"},
		{"https://h.org/a/b/c", 12, "h.org/a/b/c"},
		{"https://h.org/aa/bb/c", 12, "h.org/…/c"},
		// s18k-children: escapes decoded for the eye, the link as written.
		{"https://www.health-ni.gov.uk/news/publication-%E2%80%98children%E2%80%99s-social-care-statistics-northern-ireland-201415%E2%80%99", 100,
			"www.health-ni.gov.uk/news/publication-‘children’s-social-care-statistics-northern-ireland-201415’"},
		// research (testdata/kinds): "%20" is a space, which stays escaped.
		{"http://www.abs.gov.au/ausstats/abs@.nsf/Previousproducts/8104.0Media%20Release12006-07?opendocument", 120,
			"www.abs.gov.au/ausstats/abs@.nsf/Previousproducts/8104.0Media%20Release12006-07?opendocument"},
		// An escape of no valid UTF-8 stays.
		{"https://h.org/a%FFb", 90, "h.org/a%FFb"},
	} {
		if got := shortURL(tc.in, tc.max); got != tc.want {
			t.Errorf("shortURL(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
	}
}
