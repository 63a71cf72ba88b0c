package chart

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata")

// TestGolden renders every chart view of the embedded catalog at the
// default size and compares the decoded pixels with testdata/<view>.png.
// Run with -update to rewrite them; CHART_OUT=dir also writes them there
// for viewing, with 4:3 (1440×1080), square (1080×1080) and thumbnail
// (480×270) renders.
func TestGolden(t *testing.T) {
	c := usjapan2015.Catalog()
	for i := range c.Views {
		v := &c.Views[i]
		t.Run(v.ID, func(t *testing.T) {
			got, err := PNG(c, v, nil)
			if err != nil {
				t.Fatalf("PNG(%q) error: %v", v.ID, err)
			}
			if dir := os.Getenv("CHART_OUT"); dir != "" {
				os.WriteFile(filepath.Join(dir, v.ID+".png"), got, 0o644)
				for _, sz := range [][2]int{{1440, 1080}, {1080, 1080}, {480, 270}} {
					b, err := PNG(c, v, &Options{Width: sz[0], Height: sz[1]})
					if err != nil {
						t.Fatalf("PNG(%q) at %d×%d: %v", v.ID, sz[0], sz[1], err)
					}
					os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-%dx%d.png", v.ID, sz[0], sz[1])), b, 0o644)
				}
			}
			path := filepath.Join("testdata", v.ID+".png")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := pixelDiff(got, want); diff != "" {
				out := filepath.Join(t.ArtifactDir(), v.ID+".png")
				os.WriteFile(out, got, 0o644)
				t.Errorf("PNG(%q) differs from %s: %s; got written to %s", v.ID, path, diff, out)
			}
		})
	}
}

// pixelDiff compares two encoded PNGs by their decoded pixels and
// describes the first difference, or returns "".
func pixelDiff(a, b []byte) string {
	ia, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		return "got: " + err.Error()
	}
	ib, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		return "want: " + err.Error()
	}
	if ia.Bounds() != ib.Bounds() {
		return "size " + ia.Bounds().String() + ", want " + ib.Bounds().String()
	}
	n := 0
	var first image.Point
	r := ia.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			r1, g1, b1, a1 := ia.At(x, y).RGBA()
			r2, g2, b2, a2 := ib.At(x, y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				if n == 0 {
					first = image.Point{X: x, Y: y}
				}
				n++
			}
		}
	}
	if n == 0 {
		return ""
	}
	return fmtDiff(n, first)
}
