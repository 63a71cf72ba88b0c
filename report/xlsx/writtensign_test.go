package xlsx

import (
	"archive/zip"
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestBookWritesCurrencyAsStated: figures the document writes "USD 12.8
// billion" show so in the Value column and the native chart's data, as
// the slides and the PNGs show them, never "$12.8 billion".
func TestBookWritesCurrencyAsStated(t *testing.T) {
	money := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Flow, Period: indicators.NotStated, Status: indicators.Fact}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{money("idrc", "USD 12.8 billion"), money("ukraine", "USD 918 million")},
		Views:      []indicators.ChartView{{ID: "aid", Title: "Aid", Kind: indicators.Bars, Indicators: []string{"idrc", "ukraine"}}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, id := range []string{"idrc", "ukraine"} {
		cell := cellOf(t, f, SheetIndicators, id)
		row := strings.TrimLeft(cell, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		st, err := f.GetCellStyle(SheetIndicators, colLetter("Value")+row)
		if err != nil {
			t.Fatal(err)
		}
		style, err := f.GetStyle(st)
		if err != nil {
			t.Fatal(err)
		}
		if got := *style.CustomNumFmt; !strings.HasPrefix(got, `"USD "#,##0`) {
			t.Errorf("number format of %s = %q, want one that writes \"USD \" before the figure", id, got)
		}
	}
	// The native chart's data labels and axis read the same formats.
	var formats []string
	for name, part := range zipParts(t, buf.Bytes()) {
		if strings.HasPrefix(name, "xl/charts/chart") {
			for _, m := range strings.Split(part, `formatCode="`)[1:] {
				formats = append(formats, m[:strings.IndexByte(m, '"')])
			}
		}
	}
	if len(formats) == 0 {
		t.Fatal("no native chart formats found")
	}
	for _, fc := range formats {
		if strings.Contains(fc, "&#34;$&#34;") {
			t.Errorf("native chart format %q writes \"$\", want \"USD \"", fc)
		}
	}
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var shown []string
	for _, r := range rows {
		for _, v := range r {
			if strings.Contains(v, "$") {
				shown = append(shown, v)
			}
		}
	}
	if len(shown) > 0 {
		t.Errorf("chart data shows %q, want every figure in USD", shown)
	}
}

// zipParts returns the parts of the zip file book by name, as text.
func zipParts(t *testing.T, book []byte) map[string]string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		parts[zf.Name] = string(b)
	}
	return parts
}
