// Command briefing adds a derived figure and a chart view to the embedded
// U.S.-Japan catalog in Go, then renders that view as a 4:3 slide and the
// whole catalog as an Excel book: the report packages used as a library.
//
// Usage:
//
//	go run ./examples/briefing [DIR]
//
// It writes DIR/gap.png and DIR/briefing.xlsx (DIR defaults to a new
// temporary directory) and prints what it wrote.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/xlsx"
)

func run(dir string, w io.Writer) error {
	c := usjapan2015.Catalog()
	// A new chart view over the two investment stocks and their gap, which
	// is derived: "nearly $350 billion" less "$123 billion" is $217 to $227
	// billion, since "nearly $350 billion" allows down to $340 billion.
	c.Views = append(c.Views, indicators.ChartView{
		ID:         "investment-gap",
		Title:      "Japan's investment in the U.S. exceeds U.S. investment in Japan by $217 to $227 billion",
		Kind:       indicators.Bars,
		Indicators: []string{"japan-investment-stock-in-us", "us-fdi-stock-in-japan", "investment-stock-gap"},
	})
	if err := c.Verify(); err != nil {
		return err
	}
	gap, err := c.Compute("investment-stock-gap")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "gap: %s, allowed %v\n", indicators.Format(gap.Quantity, gap.Unit, indicators.Style{}), gap.Interval)

	v, _ := c.View("investment-gap")
	png, err := chart.PNG(c, v, &chart.Options{Width: 1440, Height: 1080})
	if err != nil {
		return err
	}
	var book bytes.Buffer
	if err := xlsx.Write(&book, c, &xlsx.Options{Charts: map[string][]byte{v.ID: png}}); err != nil {
		return err
	}
	for name, data := range map[string][]byte{"gap.png": png, "briefing.xlsx": book.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	fmt.Fprintf(w, "wrote gap.png (%d views in the book)\n", len(c.Views))
	return nil
}

func main() {
	dir := ""
	if len(os.Args) > 1 {
		dir = os.Args[1]
	} else {
		d, err := os.MkdirTemp("", "briefing-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "briefing:", err)
			os.Exit(1)
		}
		dir = d
	}
	if err := run(dir, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "briefing:", err)
		os.Exit(1)
	}
	fmt.Println("in", dir)
}
