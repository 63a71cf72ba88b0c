package chart_test

import (
	"fmt"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/chart"
)

func ExampleNew() {
	c := usjapan2015.Catalog()
	v, _ := c.View("us-emissions-target-2025")
	p, err := chart.New(c, v, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Title.Text)
	// Output:
	// U.S. target: cut greenhouse gas emissions by 26 to 28 percent in 2025
}

func ExampleNewSlide() {
	c := usjapan2015.Catalog()
	v, _ := c.View("investment-stocks")
	s, err := chart.NewSlide(c, v, &chart.Options{Width: 1440, Height: 1080})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s.Subtitle)
	for _, k := range s.Key {
		fmt.Println(k.Text)
	}
	// Output:
	// US$ billion, date not stated (reported 28 April 2015)
	// Fading end: the source says “nearly”; the figure is at most the end shown
}

func ExamplePNG() {
	c := usjapan2015.Catalog()
	v, _ := c.View("trade-2014")
	b, err := chart.PNG(c, v, &chart.Options{Width: 960, Height: 540})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%q\n", b[1:4])
	// Output:
	// "PNG"
}
