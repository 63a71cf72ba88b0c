package chart

import (
	"bytes"
	"fmt"
	"image/color"
	"image/png"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestLineColorContrast: the lines of a bar of every status's colour keep
// 3:1 against white and against a hatched bar's faint ground.
func TestLineColorContrast(t *testing.T) {
	for s := indicators.Fact; s <= indicators.Intention; s++ {
		n := color.NRGBAModel.Convert(lineColor(statusColor(s))).(color.NRGBA)
		hex := fmt.Sprintf("%02X%02X%02X", n.R, n.G, n.B)
		for _, ground := range []string{"FFFFFF", wording.StatusGround(s)} {
			if got := wording.Contrast(hex, ground); got < wording.MinLineContrast {
				t.Errorf("lineColor(%v) = %s: contrast %.2f against %s, want at least %.1f", s, hex, got, ground, wording.MinLineContrast)
			}
		}
	}
}

// TestPledgeOutlineDrawn: the pledge bars of the partners chart are
// outlined and hatched in the darker shade of orange (wording.StatusLine).
func TestPledgeOutlineDrawn(t *testing.T) {
	c := usjapan2015.Catalog()
	v, _ := c.View("ghsa-partners")
	b, err := PNG(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	r, g, bl := wording.RGB(wording.StatusLine(indicators.Pledge))
	want := color.NRGBA{R: r, G: g, B: bl, A: 0xFF}
	n := 0
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			if color.NRGBAModel.Convert(img.At(x, y)) == want {
				n++
			}
		}
	}
	if n < 500 {
		t.Errorf("PNG(ghsa-partners) has %d pixels of %s, the pledge's line colour; want at least 500", n, wording.StatusLine(indicators.Pledge))
	}
}
