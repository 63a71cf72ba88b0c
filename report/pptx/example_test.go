package pptx_test

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/pptx"
)

// The deck of the embedded catalog: a title slide, a slide per chart
// view, then the claims, each on one line.
func ExampleSlides() {
	slides, err := pptx.Slides(usjapan2015.Catalog())
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, s := range slides {
		fmt.Printf("%d. %s\n", i+1, s.Title)
	}
	// Output:
	// 1. FACT SHEET: U.S.-Japan Cooperation for a More Prosperous and Stable World
	// 2. Japan's investment in the U.S. is nearly three times U.S. investment in Japan
	// 3. Global Health Security Agenda: partner countries
	// 4. The U.S. and Japan together account for nearly 30 percent of global GDP
	// 5. U.S. target: cut greenhouse gas emissions by 26 to 28 percent in 2025
	// 6. U.S.-Japan two-way trade in goods and services, 2014
	// 7. All claims
	// 8. Derived figures, not stated in the document
}

// A slide's speaker notes hold the provenance of its figures.
func ExampleSlides_notes() {
	slides, _ := pptx.Slides(usjapan2015.Catalog())
	s := slides[5]
	fmt.Println(s.Source)
	for _, n := range s.Notes {
		fmt.Println(n)
	}
	// Output:
	// Source: The White House, Office of the Press Secretary, “FACT SHEET: U.S.-Japan Cooperation for a More Prosperous and Stable World”, 28 April 2015
	// U.S.-Japan two-way trade in goods and services: $279 billion, 2014
	// “In 2014, our two-way goods and services trade was $279 billion.”
	// Section: Expanding Bilateral Economic and People-to-People Ties
	// Source: FACT SHEET: U.S.-Japan Cooperation for a More Prosperous and Stable World, https://obamawhitehouse.archives.gov/the-press-office/2015/04/28/fact-sheet-us-japan-cooperation-more-prosperous-and-stable-world; code points 1244–1307
}

// Write takes the chart images report/chart renders for a deck, by view
// ID: embedded (the slide carries the title and source line as text) and
// sized to the picture box.
func ExampleWrite() {
	c := usjapan2015.Catalog()
	charts := map[string][]byte{}
	opt := &chart.Options{Embed: true, Width: pptx.ChartWidth, Height: pptx.ChartHeight, DPI: pptx.ChartDPI}
	for i := range c.Views {
		b, err := chart.PNG(c, &c.Views[i], opt)
		if err != nil {
			fmt.Println(err)
			return
		}
		charts[c.Views[i].ID] = b
	}
	var buf bytes.Buffer
	if err := pptx.Write(&buf, c, &pptx.Options{Charts: charts}); err != nil {
		fmt.Println(err)
		return
	}
	zr, _ := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "ppt/slides/slide") || strings.HasPrefix(f.Name, "ppt/media/") {
			fmt.Println(f.Name)
		}
	}
	// Output:
	// ppt/media/image1.png
	// ppt/media/image2.png
	// ppt/media/image3.png
	// ppt/media/image4.png
	// ppt/media/image5.png
	// ppt/slides/slide1.xml
	// ppt/slides/slide2.xml
	// ppt/slides/slide3.xml
	// ppt/slides/slide4.xml
	// ppt/slides/slide5.xml
	// ppt/slides/slide6.xml
	// ppt/slides/slide7.xml
	// ppt/slides/slide8.xml
}
