package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// synthetic returns the default catalog and n more indicators made from
// its trade figure, for stream tests and benchmarks.
func synthetic(n int) (*indicators.Catalog, iter.Seq[*indicators.Indicator]) {
	c := usjapan2015.Catalog()
	tmpl := c.Indicators[1]
	return c, func(yield func(*indicators.Indicator) bool) {
		ind := tmpl
		for i := range n {
			ind.ID = "synthetic-" + strconv.Itoa(i)
			ind.Quantity.Value = indicators.NewDecimal(int64(100+i%900), 9)
			if !yield(&ind) {
				return
			}
		}
	}
}

// bigCatalog returns a catalog of n indicators held in memory.
func bigCatalog(n int) *indicators.Catalog {
	c, more := synthetic(n - 9)
	for ind := range more {
		cp := *ind
		c.Indicators = append(c.Indicators, cp)
	}
	return c
}

func TestHeaderIsCSVHeader(t *testing.T) {
	if strings.Join(Header, ",") != strings.Join(indicators.CSVHeader, ",") {
		t.Errorf("Header = %q, want indicators.CSVHeader %q", Header, indicators.CSVHeader)
	}
}

// TestReproducible builds the default book and a streamed one in two
// processes each and compares their SHA-256.
func TestReproducible(t *testing.T) {
	if out := os.Getenv("CLAIMBOOK_XLSX_OUT"); out != "" {
		return // the helper below runs in the child
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"default", "stream"} {
		var sums []string
		for i := range 2 {
			out := filepath.Join(t.TempDir(), fmt.Sprintf("%s-%d.xlsx", kind, i))
			cmd := exec.Command(exe, "-test.run=^TestReproducibleChild$", "-test.count=1")
			cmd.Env = append(os.Environ(), "CLAIMBOOK_XLSX_OUT="+out, "CLAIMBOOK_XLSX_KIND="+kind)
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("child: %v\n%s", err, b)
			}
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			s := sha256.Sum256(b)
			sums = append(sums, hex.EncodeToString(s[:]))
		}
		if sums[0] != sums[1] {
			t.Errorf("%s book: two processes wrote different bytes: sha256 %s and %s", kind, sums[0], sums[1])
		}
	}
}

// TestReproducibleChild writes a book for TestReproducible in a process of
// its own.
func TestReproducibleChild(t *testing.T) {
	out := os.Getenv("CLAIMBOOK_XLSX_OUT")
	if out == "" {
		t.Skip("run by TestReproducible in a child process")
	}
	var buf bytes.Buffer
	var err error
	if os.Getenv("CLAIMBOOK_XLSX_KIND") == "stream" {
		c, more := synthetic(3000)
		err = WriteSeq(&buf, c, more, &Options{MaxNotes: 50, Charts: map[string][]byte{"trade-2014": fakePNG(t)}})
	} else {
		buf.Write(defaultBook(t))
	}
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestStamp(t *testing.T) {
	var a, b bytes.Buffer
	c := usjapan2015.Catalog()
	if err := Write(&a, c, nil); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, c, &Options{Stamp: mustTime("2026-01-02T03:04:05Z")}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	p, _ := f.GetDocProps()
	if p.Created != "2026-01-02T03:04:05Z" || p.Modified != p.Created {
		t.Errorf("stamped book: created %q modified %q, want 2026-01-02T03:04:05Z", p.Created, p.Modified)
	}
	f2, _ := excelize.OpenReader(&a)
	if p2, _ := f2.GetDocProps(); p2.Created != "1980-01-01T00:00:00Z" {
		t.Errorf("unstamped book: created %q, want the fixed 1980-01-01T00:00:00Z", p2.Created)
	}
}

// hostile are texts a spreadsheet might take for formulas or mangle.
var hostile = []string{
	"=cmd|' /C calc'!A0",
	"+1",
	"-1+2",
	"@SUM(A1)",
	"\t=1+1 after a tab",
	"\r=1+1 after a carriage return",
	"line one\nline two",
	"=HYPERLINK(\"http://example.com\",\"click\")",
	"עברית: right-to-left \u202Etext\u202C with an override",
	"_x0041_ is not A",
	"  two leading spaces",
	"TRUE",
	"0042",
}

// hostileCatalog has one indicator per hostile text, in its title and its
// quote, and a source whose title is hostile.
func hostileCatalog() *indicators.Catalog {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: hostile[0], Publisher: hostile[3], URL: "https://example.com/a?b=1&c=<2>"}}}
	for i, h := range hostile {
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: fmt.Sprintf("h-%d", i), Title: h, Stated: h, Quantity: indicators.Point(indicators.NewDecimal(int64(i), 0), 0),
			Provenance: []indicators.Provenance{{Source: "s", Quote: h, Section: []string{h}}},
		})
	}
	return c
}

func TestHostileText(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, hostileCatalog(), nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range hostile {
		row := i + 2
		// Title, Stated, Section and Quote.
		for _, col := range []string{colLetter("Title"), colLetter("Stated"), colLetter("Section"), colLetter("Quote")} {
			cell := col + strconv.Itoa(row)
			got, _ := f.GetCellValue(SheetIndicators, cell, excelize.Options{RawCellValue: true})
			want := h
			if col == colLetter("Quote") {
				want = wording.QuoteLines(h) // the source's line ends are spaces in a quote's cell
			}
			if got != want {
				t.Errorf("Indicators!%s = %q, want %q", cell, got, want)
			}
			if fm, _ := f.GetCellFormula(SheetIndicators, cell); fm != "" {
				t.Errorf("Indicators!%s holds formula %q, want the text %q", cell, fm, h)
			}
		}
	}
	if got, _ := f.GetCellValue(SheetCover, "A1"); got != hostile[0] {
		t.Errorf("Cover!A1 = %q, want %q", got, hostile[0])
	}
	os.WriteFile(filepath.Join(t.ArtifactDir(), "hostile.xlsx"), buf.Bytes(), 0o644)
}

func TestBadText(t *testing.T) {
	tests := []struct {
		name, text string
		r          rune
	}{
		{"NUL", "a\x00b", 0},
		{"bell", "ring\x07", 7},
		{"escape", "\x1b[31m", 0x1b},
		{"noncharacter", "x\uFFFE", 0xFFFE},
		{"invalid UTF-8", "a\xffb", -1}, // CharError: -1 for a byte that is not UTF-8
	}
	for _, tt := range tests {
		c := hostileCatalog()
		c.Indicators[1].Provenance[0].Quote = tt.text
		err := Write(&bytes.Buffer{}, c, nil)
		var te *TextError
		if !errors.As(err, &te) {
			t.Errorf("%s: Write = %v, want a *TextError", tt.name, err)
			continue
		}
		if te.Rune != tt.r || !strings.Contains(te.Where, `"h-1"`) {
			t.Errorf("%s: error %v: rune %U where %q, want %U in indicator \"h-1\"", tt.name, err, te.Rune, te.Where, tt.r)
		}
	}
}

func TestLongText(t *testing.T) {
	c := hostileCatalog()
	long := strings.Repeat("ab😀", 15000) // 45,000 code points, 60,000 UTF-16 units
	c.Indicators[0].Provenance[0].Quote = long
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := f.GetCellValue(SheetIndicators, colLetter("Quote")+"2")
	if n := len(utf16.Encode([]rune(got))); n > MaxCellChars {
		t.Errorf("quote cell has %d UTF-16 units, more than %d", n, MaxCellChars)
	}
	if !strings.HasSuffix(got, "[…truncated: the full text has 45000 characters; see the catalog]") {
		t.Errorf("truncated quote ends %q, want the truncation marker", got[len(got)-80:])
	}
	if !strings.HasPrefix(long, strings.TrimSuffix(got[:100], "")) {
		t.Errorf("truncated quote does not start as the quote")
	}
}

// TestStream checks a streamed book keeps everything: the real dimension,
// every row, the notes up to MaxNotes, a name per indicator, the table.
func TestStream(t *testing.T) {
	const n = 5000
	tests := []struct {
		maxNotes, wantNotes int
	}{{100, 100}, {-1, 0}, {0, min(DefaultMaxNotes, n+9)}}
	for _, tt := range tests {
		c, more := synthetic(n)
		var buf bytes.Buffer
		if err := WriteSeq(&buf, c, more, &Options{MaxNotes: tt.maxNotes}); err != nil {
			t.Fatalf("WriteSeq: %v", err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		last := n + 9 + 1
		if dim, _ := f.GetSheetDimension(SheetIndicators); dim != fmt.Sprintf("A1:%s%d", lastCol, last) {
			t.Errorf("dimension %q, want A1:%s%d", dim, lastCol, last)
		}
		rows, _ := f.GetRows(SheetIndicators)
		if len(rows) != last {
			t.Errorf("%d rows, want %d", len(rows), last)
		}
		if got, _ := f.GetCellValue(SheetIndicators, fmt.Sprintf("A%d", last)); got != fmt.Sprintf("synthetic-%d", n-1) {
			t.Errorf("last ID %q", got)
		}
		notes, _ := f.GetComments(SheetIndicators)
		if len(notes) != tt.wantNotes {
			t.Errorf("MaxNotes %d: %d notes, want %d", tt.maxNotes, len(notes), tt.wantNotes)
		}
		var names []excelize.DefinedName
		for _, dn := range f.GetDefinedName() {
			if !strings.HasPrefix(dn.Name, "_xlnm.") { // print titles
				names = append(names, dn)
			}
		}
		if len(names) != n+9+4+4 { // 9 indicators, 2 ranges ×2, 3 derived, 1 range ×2... counted below
			want := 0
			for _, ind := range c.Indicators {
				want++
				if ind.Quantity.IsRange() {
					want += 2
				}
			}
			want += n
			for _, d := range c.Derived { // a derived range has _LOW and _HIGH too
				want++
				if r, err := c.Compute(d.ID); err == nil && r.Quantity.IsRange() {
					want += 2
				}
			}
			if len(names) != want {
				t.Errorf("%d defined names, want %d", len(names), want)
			}
		}
		tables, _ := f.GetTables(SheetIndicators)
		if len(tables) != 1 || tables[0].Range != fmt.Sprintf("A1:%s%d", lastCol, last) {
			t.Errorf("tables %+v, want one over A1:%s%d", tables, lastCol, last)
		}
		cover, _ := f.GetRows(SheetCover)
		saysNotes := false
		for _, r := range cover {
			if len(r) > 1 && strings.Contains(r[1], "Quote column") {
				saysNotes = true
			}
		}
		if saysNotes != (tt.wantNotes < n+9) {
			t.Errorf("MaxNotes %d: Cover tells of left-out notes: %v, want %v", tt.maxNotes, saysNotes, tt.wantNotes < n+9)
		}
	}
}

// TestNameClash checks that two IDs with the same spreadsheet name are an
// error, not a book Excel repairs.
func TestNameClash(t *testing.T) {
	c := hostileCatalog()
	c.Indicators[1].ID = "h_0"
	err := Write(&bytes.Buffer{}, c, nil)
	if err == nil || !strings.Contains(err.Error(), "H_0") {
		t.Errorf("Write with IDs h-0 and h_0 = %v, want an error naming H_0", err)
	}
}

func TestNumFmt(t *testing.T) {
	usd, _ := indicators.MoneyUnit("USD")
	chf, _ := indicators.MoneyUnit("CHF")
	tests := []struct {
		d    string
		u    indicators.Unit
		sc   indicators.Scale
		want string
	}{
		{"279e9", usd, indicators.Billion, `"$"#,##0,,," billion";"−""$"#,##0,,," billion"`},
		{"1.2e9", usd, indicators.Billion, `"$"#,##0.0,,," billion";"−""$"#,##0.0,,," billion"`},
		{"5e6", chf, indicators.Million, `"CHF "#,##0,," million";"−""CHF "#,##0,," million"`},
		{"26", indicators.PercentUnit, indicators.NoScale, `#,##0"%"`},
		{"30", indicators.CountOf("country"), indicators.NoScale, `[=1]0" country";#,##0" countries"`},
		{"2", indicators.MustParseUnit("degC"), indicators.NoScale, `[=1]0" degree Celsius";#,##0" degrees Celsius"`},
		{"6", indicators.TimesUnit, indicators.NoScale, `#,##0" times"`},
		{"5", indicators.MustParseUnit("m"), indicators.NoScale, `[=1]0" metre";#,##0" metres"`},
		// Every measure in words, as every output writes it
		// (indicators.MeasureWords): the book's "241,553 tonnes" beside
		// the slide's, never "241,553 t".
		{"241553", indicators.MustParseUnit("t"), indicators.NoScale, `[=1]0" tonne";#,##0" tonnes"`},
		{"2.3e6", indicators.MustParseUnit("t"), indicators.Million, `#,##0.0,," million tonnes"`},
		{"1234", indicators.Unit{}, indicators.NoScale, `#,##0`},
	}
	for _, tt := range tests {
		if got := numFmt(indicators.MustParseDecimal(tt.d), tt.u, tt.sc, true); got != tt.want {
			t.Errorf("numFmt(%s, %v, %v) = %s, want %s", tt.d, tt.u, tt.sc, got, tt.want)
		}
	}
}

func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// colLetter is the column letter of the Indicators column named name.
func colLetter(name string) string {
	return colNames[columnIndex(name) : columnIndex(name)+1]
}

// lastCol is the letter of the Indicators sheet's last column, from the
// one list of its columns.
var lastCol = func() string {
	name, _ := excelize.ColumnNumberToName(nColumns)
	return name
}()

// writtenBook writes c's book and opens it with excelize, closed when the
// test ends.
func writtenBook(t *testing.T, c *indicators.Catalog) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}
