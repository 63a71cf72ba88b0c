package xlsx

import (
	"io"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func BenchmarkDefault(b *testing.B) {
	c := usjapan2015.Catalog()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, c, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func Benchmark10k(b *testing.B) {
	c := bigCatalog(10000)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, c, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// Benchmark1MStream writes a million indicators through WriteSeq, which
// holds one at a time. Run it alone with -benchtime=1x; measure the peak
// memory of the test binary itself, not of go test, whose linker alone
// peaks near 200 MB:
//
//	go test -c -o /tmp/xlsx.test ./report/xlsx
//	cd report/xlsx && /usr/bin/time -v /tmp/xlsx.test -test.run '^$' -test.bench 'Stream' -test.benchtime 1x -test.benchmem
//
// On 2 shared CPUs: about 4 s (3.8 s of CPU), 263 MB allocated in 18 M
// allocations (most of them the synthetic IDs and indicators.DefinedName),
// 50 MB peak RSS; BenchmarkExcelizeStream1M, its yardstick, 12 s of CPU
// and 190 MB.
func Benchmark1MStream(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, more := synthetic(1000000 - 9)
		if err := WriteSeq(io.Discard, c, more, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExcelizeStream1M is the yardstick of Benchmark1MStream:
// excelize's own stream writer alone writing the same million rows (the
// cells of the synthetic indicators, with a style each) into a book with
// nothing else, through excelize's own zip writer. Run it alone with
// -benchtime=1x.
func BenchmarkExcelizeStream1M(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, more := synthetic(1000000 - 9)
		bk := &book{c: c, more: more, spans: c.RuneSpans()}
		f := excelize.NewFile()
		text, _ := f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}})
		num, _ := f.NewStyle(&excelize.Style{CustomNumFmt: ptr(`"$"#,##0,,," billion"`)})
		sw, err := f.NewStreamWriter("Sheet1")
		if err != nil {
			b.Fatal(err)
		}
		cells := make([]any, nColumns)
		var r indicatorRow
		for row, ind := range bk.all() {
			if err := bk.fillRow(&r, ind, false); err != nil {
				b.Fatal(err)
			}
			for i, s := range r.text {
				cells[i] = nil
				if s != "" {
					cells[i] = excelize.Cell{StyleID: text, Value: s}
				}
			}
			for k, d := range r.value {
				if d != nil {
					cells[ixValue+k] = excelize.Cell{StyleID: num, Value: d.Float64()}
				}
			}
			cells[ixStart], cells[ixEnd] = r.start, r.end
			if err := sw.SetRow("A"+strconv.Itoa(row), cells); err != nil {
				b.Fatal(err)
			}
		}
		if err := sw.Flush(); err != nil {
			b.Fatal(err)
		}
		if _, err := f.WriteTo(io.Discard); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

func ptr[T any](v T) *T { return &v }
