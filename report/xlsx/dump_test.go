package xlsx

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// dump writes a book as text that says what a reader sees: the sheets and
// their dimensions, every cell (raw value, as displayed, number format,
// formula, link), the notes, the defined names, the tables, the charts with
// their series, the pictures with their alt text, and the document
// properties. It compares meaning, not bytes.
func dump(t testing.TB, book []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatalf("OpenReader: %v", err)
	}
	defer f.Close()
	var sb strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&sb, format+"\n", args...) }
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	p("properties: title=%q subject=%q creator=%q keywords=%q created=%s modified=%s", props.Title, props.Subject, props.Creator, props.Keywords, props.Created, props.Modified)
	p("description: %q", props.Description)
	p("active sheet: %s", f.GetSheetName(f.GetActiveSheetIndex()))
	for _, sheet := range f.GetSheetList() {
		dim, _ := f.GetSheetDimension(sheet)
		p("\n== sheet %s (dimension %s)", sheet, dim)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range rows {
			for c, raw := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				formula, _ := f.GetCellFormula(sheet, cell)
				if raw == "" && formula == "" {
					continue
				}
				shown, _ := f.GetCellValue(sheet, cell)
				typ, _ := f.GetCellType(sheet, cell)
				line := fmt.Sprintf("%s %s %q", cell, cellTypeName(typ), raw)
				if shown != raw {
					line += fmt.Sprintf(" shown %q", shown)
				}
				if id, _ := f.GetCellStyle(sheet, cell); id != 0 {
					if st, err := f.GetStyle(id); err == nil {
						if st.CustomNumFmt != nil {
							line += fmt.Sprintf(" fmt %q", *st.CustomNumFmt)
						} else if st.NumFmt != 0 {
							line += fmt.Sprintf(" fmt #%d", st.NumFmt)
						}
					}
				}
				if formula != "" {
					line += " formula =" + formula
				}
				if ok, target, _ := f.GetCellHyperLink(sheet, cell); ok {
					line += " link " + target
				}
				p("%s", line)
			}
		}
		comments, _ := f.GetComments(sheet)
		for _, c := range comments {
			text := c.Text
			for _, r := range c.Paragraph {
				text += r.Text
			}
			p("note %s by %s: %q", c.Cell, c.Author, text)
		}
	}
	p("\n== defined names")
	for _, n := range f.GetDefinedName() {
		p("%s = %s", n.Name, n.RefersTo)
	}
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	parts := map[string]string{}
	for _, zf := range zr.File {
		rc, _ := zf.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		parts[zf.Name] = string(b)
		names = append(names, zf.Name)
	}
	sort.Strings(names)
	attr := func(s, name string) string {
		m := regexp.MustCompile(` ` + name + `="([^"]*)"`).FindStringSubmatch(s)
		if m == nil {
			return ""
		}
		return m[1]
	}
	p("\n== page setup")
	for _, n := range names {
		if strings.HasPrefix(n, "xl/worksheets/sheet") {
			s := parts[n]
			setup := regexp.MustCompile(`<pageSetup[^>]*>`).FindString(s)
			margins := regexp.MustCompile(`<pageMargins[^>]*>`).FindString(s)
			fit := regexp.MustCompile(`<pageSetUpPr[^>]*>`).FindString(s)
			var breaks []string
			for _, m := range regexp.MustCompile(`<brk id="(\d+)"`).FindAllStringSubmatch(s, -1) {
				breaks = append(breaks, m[1])
			}
			p("%s %s %s %s breaks after rows %v", n, fit, setup, margins, breaks)
		}
	}
	p("\n== tables")
	for _, n := range names {
		if strings.HasPrefix(n, "xl/tables/") {
			s := parts[n]
			cols := regexp.MustCompile(`<tableColumn [^>]*name="([^"]*)"`).FindAllStringSubmatch(s, -1)
			var cn []string
			for _, c := range cols {
				cn = append(cn, c[1])
			}
			p("%s ref %s style %s stripes %s columns %s", attr(s, "name"), attr(s, "ref"), regexp.MustCompile(`<tableStyleInfo name="([^"]*)"`).FindStringSubmatch(s)[1], attr(s, "showRowStripes"), strings.Join(cn, "|"))
		}
	}
	p("\n== charts")
	for _, n := range names {
		if strings.HasPrefix(n, "xl/charts/chart") {
			s := parts[n]
			kind := regexp.MustCompile(`<(\w+Chart)>`).FindStringSubmatch(s)
			grouping := regexp.MustCompile(`<grouping val="(\w+)"`).FindStringSubmatch(s)
			g := ""
			if grouping != nil {
				g = grouping[1]
			}
			p("%s %s %s", n, kind[1], g)
			if t := regexp.MustCompile(`(?s)<title>.*?</title>`).FindString(s); strings.Contains(t, "<rich>") {
				t = regexp.MustCompile(`(?s)<rich>.*?</rich>`).FindString(t)
				// The chart's own title comes before its axes': a line a
				// paragraph.
				for _, para := range regexp.MustCompile(`(?s)<a:p>.*?</a:p>`).FindAllString(t, -1) {
					line := ""
					line += drawingText(para)
					p("  title line %q", line)
				}
			}
			legend := "none"
			if m := regexp.MustCompile(`<legend>(.*?)</legend>`).FindStringSubmatch(s); m != nil {
				legend = "shown"
				for _, e := range regexp.MustCompile(`<legendEntry><idx val="(\d+)"></idx><delete val="1"></delete></legendEntry>`).FindAllStringSubmatch(m[1], -1) {
					legend += ", series " + e[1] + " deleted"
				}
			}
			p("  legend %s", legend)
			for _, ser := range plotOrder(s) {
				fs := regexp.MustCompile(`<f>([^<]*)</f>`).FindAllStringSubmatch(ser, -1)
				var refs []string
				if m := regexp.MustCompile(`<tx><v>([^<]*)</v></tx>`).FindStringSubmatch(ser); m != nil {
					refs = append(refs, strconv.Quote(html.UnescapeString(m[1])))
				}
				for _, f := range fs {
					refs = append(refs, f[1])
				}
				// The data labels' own shape and text are not the bar's.
				labels := regexp.MustCompile(`(?s)<dLbls>.*?</dLbls>`).FindString(ser)
				ser = strings.Replace(ser, labels, "", 1)
				fill := "auto"
				if strings.Contains(ser, "<a:noFill") {
					fill = "none"
				} else if m := regexp.MustCompile(`<spPr><a:solidFill><a:srgbClr val="(\w+)"`).FindStringSubmatch(ser); m != nil {
					fill = m[1]
				} else if m := regexp.MustCompile(`<spPr><a:pattFill prst="(\w+)"><a:fgClr><a:srgbClr val="(\w+)"`).FindStringSubmatch(ser); m != nil {
					fill = m[1] + " " + m[2]
				}
				p("  series %s fill %s", strings.Join(refs, " "), fill)
				if m := regexp.MustCompile(`<dLbls>(?:<dLbl>.*?</dLbl>)*<numFmt[^>]*>.*?<dLblPos val="(\w+)">`).FindStringSubmatch(labels); m != nil && strings.Contains(labels, `<showVal val="1">`) {
					line := "    labels " + m[1]
					for _, d := range regexp.MustCompile(`<dLbl><idx val="(\d+)">.*?<a:srgbClr val="(\w+)">.*?<dLblPos val="(\w+)">`).FindAllStringSubmatch(labels, -1) {
						line += fmt.Sprintf(", bar %s %s in %s", d[1], d[3], d[2])
					}
					p("%s", line)
				}
			}
			if m := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindString(s); m != "" {
				format, crosses, title := "", "", ""
				if f := regexp.MustCompile(`<numFmt formatCode="([^"]*)"`).FindStringSubmatch(m); f != nil {
					format = html.UnescapeString(f[1])
				}
				if c := regexp.MustCompile(`<crosses val="(\w+)">`).FindStringSubmatch(m); c != nil {
					crosses = c[1]
				}
				title += drawingText(m)
				var scaling []string
				for _, k := range []string{"min", "max", "majorUnit"} {
					if v := regexp.MustCompile(`<` + k + ` val="([^"]*)"`).FindStringSubmatch(m); v != nil {
						scaling = append(scaling, k+" "+v[1])
					}
				}
				p("  value axis format %q crosses %s title %q %s", format, crosses, title, strings.Join(scaling, " "))
			}
		}
	}
	p("\n== pictures and chart frames")
	for _, n := range names {
		if strings.HasPrefix(n, "xl/drawings/drawing") {
			for _, m := range regexp.MustCompile(`<xdr:cNvPr [^>]*>`).FindAllString(parts[n], -1) {
				p("%s name=%q descr=%q", n, attr(m, "name"), attr(m, "descr"))
			}
		}
		if strings.HasPrefix(n, "xl/media/") {
			p("%s %d bytes", n, len(parts[n]))
		}
	}
	return sb.String()
}

func cellTypeName(t excelize.CellType) string {
	switch t {
	case excelize.CellTypeNumber, excelize.CellTypeUnset:
		return "n"
	case excelize.CellTypeInlineString, excelize.CellTypeSharedString:
		return "s"
	case excelize.CellTypeFormula:
		return "f"
	case excelize.CellTypeBool:
		return "b"
	}
	return fmt.Sprint(t)
}

// fakePNG is a small valid PNG standing in for report/chart's slides, which
// this package must not import.
func fakePNG(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "slide.png"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func defaultBook(t testing.TB) []byte {
	t.Helper()
	c := usjapan2015.Catalog()
	charts := map[string][]byte{}
	for _, v := range c.Views {
		charts[v.ID] = fakePNG(t)
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, &Options{Charts: charts}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// TestGolden compares a text dump of the default book with
// testdata/default.golden; go test ./report/xlsx -update rewrites it.
func TestGolden(t *testing.T) {
	got := dump(t, defaultBook(t))
	golden := filepath.Join("testdata", "default.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		out := filepath.Join(t.ArtifactDir(), "default.dump")
		os.WriteFile(out, []byte(got), 0o644)
		t.Errorf("book dump differs from %s (-want +got; actual in %s):\n%s", golden, out, diff)
	}
}

// plotOrder returns the series of a chart part in their plot order
// (<order>), the order of Excel's legend; a clustered bar chart writes
// them in reverse (reverseSeries) for LibreOffice's.
func plotOrder(part string) []string {
	sers := regexp.MustCompile(`(?s)<ser>.*?</ser>`).FindAllString(part, -1)
	order := func(s string) int {
		m := regexp.MustCompile(`<order val="(\d+)"`).FindStringSubmatch(s)
		if m == nil {
			return 0
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	slices.SortStableFunc(sers, func(a, b string) int { return order(a) - order(b) })
	return sers
}

// drawingText returns the text runs of a drawing's XML x (a chart's
// title, an axis's), joined and unescaped: one reading for the tests
// that look at what a native chart says.
func drawingText(x string) string {
	var s string
	for _, m := range regexp.MustCompile(`<a:t>([^<]*)</a:t>`).FindAllStringSubmatch(x, -1) {
		s += html.UnescapeString(m[1])
	}
	return s
}
