package xlsx

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// outlineKinds are two kinds whose Indicators sheets leave different
// technical columns empty: smoking fills no Counterpart, Direction or
// MarginKind, benefits others, so that a group left to the used columns
// splits differently in each.
var outlineKinds = []string{"smoking", "benefits"}

// TestIndicatorsOutlineGroups: the technical columns of the Indicators
// sheet are two outline groups, collapsed, as ECMA-376 and Excel read one
// (outlineLevelCol): every technical column at level 1, used or empty,
// so that a run is one group (Counterpart and Measure before Status,
// Qualifier to Source after it; an empty column left at level 0 split
// the second in three), each hidden; the summary column right after each
// group (sheetPr/outlinePr summaryRight="1", said) marked collapsed="1",
// its button a "+": Status, and the column after Source, written for it;
// sheetFormatPr outlineLevelCol="1". Two kinds. An empty Counterpart
// (neither kind has one) is hidden outside the group, dropped
// (counterpartDropped): the group, opened, showed it empty beside the
// places; the group before Status is then Measure alone.
func TestIndicatorsOutlineGroups(t *testing.T) {
	for _, kind := range outlineKinds {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		_, parts := writeParts(t, c)
		xml := parts["xl/worksheets/sheet2.xml"]
		head := xml[:strings.Index(xml, "<sheetData")]
		for _, w := range []string{`<sheetPr><outlinePr summaryRight="1"></outlinePr><pageSetUpPr`, `<sheetFormatPr outlineLevelCol="1"`} {
			if !strings.Contains(head, w) {
				t.Errorf("%s: no %s in %s", kind, w, head)
			}
		}
		cols := map[int]string{}
		for _, m := range regexp.MustCompile(`<col min="(\d+)" max="(\d+)"[^>]*>`).FindAllStringSubmatch(head, -1) {
			var lo, hi int
			fmt.Sscan(m[1], &lo)
			fmt.Sscan(m[2], &hi)
			if lo != hi {
				t.Fatalf("%s: a <col> of columns %d to %d", kind, lo, hi)
			}
			cols[lo] = m[0]
		}
		var groups [][2]int
		for i := range Header {
			n := i + 1
			el := cols[n]
			// Every hidden column is in a group (review19 item 14: an
			// unused Low, High and Margin hidden at level 0 had no
			// button); the technical ones always hidden.
			tech := !onPaper(i) || strings.Contains(el, `hidden="1"`)
			if i == ixCounter {
				if !strings.Contains(el, `hidden="1"`) || strings.Contains(el, `outlineLevel`) {
					t.Errorf("%s: the empty Counterpart (%s) is %s, want hidden outside the group", kind, colNames[i:i+1], el)
				}
				continue
			}
			if tech != strings.Contains(el, `outlineLevel="1"`) || tech && !strings.Contains(el, `hidden="1"`) {
				t.Errorf("%s: %s (%s) is %s, want level 1 and hidden: %v", kind, Header[i], colNames[i:i+1], el, tech)
			}
			if tech && (len(groups) == 0 || groups[len(groups)-1][1] != n-1) {
				groups = append(groups, [2]int{n, n})
			} else if tech {
				groups[len(groups)-1][1] = n
			}
		}
		// Both kinds leave Low, High and Margin empty: a group of their
		// own, its "+" over the column after Margin.
		if want := [][2]int{{columnIndex("Low") + 1, columnIndex("Margin") + 1}, {columnIndex("Measure") + 1, columnIndex("Measure") + 1}, {columnIndex("Qualifier") + 1, columnIndex("Against") + 1}}; fmt.Sprint(groups) != fmt.Sprint(want) {
			t.Errorf("%s: groups %v, want %v", kind, groups, want)
		}
		n := 0
		for k, el := range cols {
			if strings.Contains(el, `collapsed="1"`) {
				n++
				if k != columnIndex("Margin")+2 && k != columnIndex("Status")+1 && k != len(Header)+1 {
					t.Errorf("%s: column %d is collapsed, not a group's summary column: %s", kind, k, el)
				}
			}
		}
		if n != 3 {
			t.Errorf("%s: %d columns collapsed, want the one after Margin, Status and the one after Source", kind, n)
		}
	}
}

// TestIndicatorsOutlineClients: openpyxl reads the groups collapsed
// (the two technical ones, and Low to Margin where no row fills them)
// (hidden at level 1, their summary columns collapsed, summaryRight) and
// LibreOffice Calc opens them so: its flat ODF has two column groups,
// each table:display="false" (a "+"), where it had four open ones.
func TestIndicatorsOutlineClients(t *testing.T) {
	clients(t)
	for _, kind := range outlineKinds {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		path := filepath.Join(dir, "book.xlsx")
		os.WriteFile(path, buf.Bytes(), 0o644)
		script := filepath.Join(dir, "outline.py")
		os.WriteFile(script, []byte(`
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Indicators"]
print("summaryRight", ws.sheet_properties.outlinePr.summaryRight, "outlineLevelCol", ws.sheet_format.outlineLevelCol)
for k, d in ws.column_dimensions.items():
    if d.outlineLevel or d.collapsed:
        print(ws.cell(1, d.min).value or "after", d.min, d.max, "hidden" if d.hidden else "shown", d.outlineLevel, "collapsed" if d.collapsed else "")
`), 0o644)
		out, err := exec.Command("/usr/bin/python3", script, path).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: openpyxl: %v\n%s", kind, err, out)
		}
		got := string(out)
		for _, w := range []string{"summaryRight True outlineLevelCol 1", "Status 16 16 shown 0 collapsed", "Against 25 25 hidden 1", "after 26 26 shown 0 collapsed", "Measure 15 15 hidden 1", "Source 24 24 hidden 1",
			// Low to Margin, empty in both kinds: level 1, a "+" over H.
			"Low 5 5 hidden 1", "Margin 7 7 hidden 1", "8 8 shown 0 collapsed"} {
			if !strings.Contains(got, w) {
				t.Errorf("%s: openpyxl reads no %q:\n%s", kind, w, got)
			}
		}
		fods := string(soffice(t, buf.Bytes(), "fods", "fods"))
		at := strings.Index(fods, `table:name="Indicators"`)
		end := strings.Index(fods[at:], "<table:table-header-rows")
		if at < 0 || end < 0 {
			t.Fatalf("%s: LibreOffice's flat ODF has no Indicators columns", kind)
		}
		decl := fods[at : at+end]
		if open, shut := strings.Count(decl, "<table:table-column-group>"), strings.Count(decl, `<table:table-column-group table:display="false">`); open != 0 || shut != 3 {
			t.Errorf("%s: LibreOffice opens %d column groups collapsed and %d open, want 3 collapsed (Low to Margin too):\n%s", kind, shut, open, decl)
		}
	}
}
