package pptx_test

import (
	"io"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/pptx"
)

// BenchmarkDefault writes the deck of the embedded catalog with its five
// charts (embedded, ChartWidth×ChartHeight), rendered beforehand: the deck alone, as build writes
// it after the charts.
func BenchmarkDefault(b *testing.B) {
	c := usjapan2015.Catalog()
	opt := &pptx.Options{Charts: defaultCharts(b)}
	b.ReportAllocs()
	for b.Loop() {
		if err := pptx.Write(io.Discard, c, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDefaultNoCharts writes the deck of the embedded catalog without
// chart images: the XML parts alone.
func BenchmarkDefaultNoCharts(b *testing.B) {
	c := usjapan2015.Catalog()
	b.ReportAllocs()
	for b.Loop() {
		if err := pptx.Write(io.Discard, c, nil); err != nil {
			b.Fatal(err)
		}
	}
}
