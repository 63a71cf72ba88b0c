package chart

import (
	"bytes"
	"errors"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/internal/wording"
	"github.com/google/go-cmp/cmp"
	xfont "golang.org/x/image/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// slideOf lays out the named view of the embedded catalog.
func slideOf(t testing.TB, id string) *Slide {
	t.Helper()
	c := usjapan2015.Catalog()
	v, ok := c.View(id)
	if !ok {
		t.Fatalf("no view %q", id)
	}
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatalf("NewSlide(%q) error: %v", id, err)
	}
	return s
}

// barGeometry lays out the bars of view id on a 1920×1080 data canvas and
// returns the plotter and where each bar's ends fall, in data units.
func barGeometry(t *testing.T, id string) (*Bars, [][2]float64) {
	t.Helper()
	s := slideOf(t, id)
	bs, ok := s.body.(*Bars)
	if !ok {
		t.Fatalf("view %q is drawn by %T, want *Bars", id, s.body)
	}
	w, h := s.Options.size()
	dc := s.Plot.DataCanvas(draw.NewCanvas(new(recorder.Canvas), w, h))
	var ends [][2]float64
	toData := func(x vg.Length) float64 {
		f := float64((x - dc.Min.X) / (dc.Max.X - dc.Min.X))
		return s.Plot.X.Min + f*(s.Plot.X.Max-s.Plot.X.Min)
	}
	for _, r := range bs.layout(dc, s.Plot) {
		ends = append(ends, [2]float64{round3(toData(r.bar.Min.X)), round3(toData(r.bar.Max.X))})
	}
	return bs, ends
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// TestHonestGeometry checks, through the plotters' data ranges and the
// laid-out bar rectangles, that hedges and ranges are drawn as DESIGN.md §2
// says: a range from low to high (never to its midpoint), "nearly X" ending
// at X.
func TestHonestGeometry(t *testing.T) {
	tests := []struct {
		view     string
		wantEnds [][2]float64
		wantTips []Tip
		wantRng  []bool
		xmin     float64
		xmax     float64
	}{
		{"us-emissions-target-2025", [][2]float64{{26, 28}}, []Tip{Closed}, []bool{true}, 26, 28},
		{"investment-stocks", [][2]float64{{0, 350}, {0, 123}}, []Tip{Faded, Closed}, []bool{false, false}, 0, 350},
		{"ghsa-partners", [][2]float64{{0, 30}, {3, 5}}, []Tip{Closed, Closed}, []bool{false, true}, 0, 30},
	}
	for _, tt := range tests {
		t.Run(tt.view, func(t *testing.T) {
			bs, ends := barGeometry(t, tt.view)
			if diff := cmp.Diff(tt.wantEnds, ends); diff != "" {
				t.Errorf("bar ends as drawn (-want +got):\n%s", diff)
			}
			xmin, xmax, _, _ := bs.DataRange()
			if xmin != tt.xmin || xmax != tt.xmax {
				t.Errorf("DataRange x = [%g, %g], want [%g, %g]", xmin, xmax, tt.xmin, tt.xmax)
			}
			for i, b := range bs.Bars {
				if b.Tip != tt.wantTips[i] || b.Range != tt.wantRng[i] {
					t.Errorf("bar %d: Tip %v Range %v, want %v %v", i, b.Tip, b.Range, tt.wantTips[i], tt.wantRng[i])
				}
				if b.Range && (b.Start+b.End)/2 == b.End {
					t.Errorf("bar %d: range drawn to its midpoint", i)
				}
			}
		})
	}
}

// TestNearlyFades checks that "nearly $350 billion" fades before 350 and
// that the fade stays within the bar.
func TestNearlyFades(t *testing.T) {
	bs, _ := barGeometry(t, "investment-stocks")
	b := bs.Bars[0]
	if !(b.FadeFrom > 0 && b.FadeFrom < b.End) {
		t.Errorf("FadeFrom = %g, want in (0, %g)", b.FadeFrom, b.End)
	}
}

// TestLabelsKeepWords checks that value labels are the document's words,
// hedges included, and that every slide names its source.
func TestLabelsKeepWords(t *testing.T) {
	tests := []struct {
		view string
		want []string // strings the slide's texts must include
	}{
		{"investment-stocks", []string{"nearly $350 billion", "$123 billion", "US$ billion, date not stated (reported 28 April 2015)", "“nearly”"}},
		{"ghsa-partners", []string{"30", "3-5", "Number of countries", "pledge", "intention", "Hatched"}},
		{"us-emissions-target-2025", []string{"26 to 28 percent", "26 percent", "28 percent", "Percent reduction, target", "2005"}},
		{"share-of-global-gdp", []string{"nearly 30 percent", "of world GDP", "“nearly”"}},
		{"trade-2014", []string{"$279 billion", "2014", "US$ billion"}},
	}
	for _, tt := range tests {
		t.Run(tt.view, func(t *testing.T) {
			s := slideOf(t, tt.view)
			all := strings.Join(append(s.texts(), bodyTexts(s)...), "\n")
			for _, w := range append(tt.want, "Source: The White House, Office of the Press Secretary, “FACT SHEET: U.S.-Japan Cooperation for a More Prosperous and Stable World”, 28 April 2015") {
				if !strings.Contains(all, w) {
					t.Errorf("slide %q does not say %q; it says:\n%s", tt.view, w, all)
				}
			}
		})
	}
}

// bodyTexts returns the strings the slide's plotter draws.
func bodyTexts(s *Slide) []string {
	switch b := s.body.(type) {
	case *Bars:
		var out []string
		for _, x := range b.Bars {
			out = append(out, x.Label, x.Value, x.Note, x.EndLabels[0], x.EndLabels[1])
		}
		return out
	case *Waffle:
		return []string{b.Label, b.Caption}
	case *Card:
		return []string{b.Value, b.Label, b.Period}
	}
	return nil
}

func TestWaffleCells(t *testing.T) {
	s := slideOf(t, "share-of-global-gdp")
	w := s.body.(*Waffle)
	solid, faded, part := w.Cells()
	if solid != 29 || faded != 1 || part != 0 {
		t.Errorf("Cells() = %d solid, %d faded, %g part; want 29, 1, 0 (nearly 30: the 30th cell faded)", solid, faded, part)
	}
	tests := []struct {
		w            Waffle
		solid, faded int
		part         float64
	}{
		{Waffle{Value: 30}, 30, 0, 0},
		{Waffle{Value: 29.5}, 29, 0, 0.5},
		{Waffle{Value: 28, Tip: Faded, FadeFrom: 26}, 26, 2, 0},
		{Waffle{Value: 150}, 100, 0, 0},
	}
	for _, tt := range tests {
		s, f, p := tt.w.Cells()
		if s != tt.solid || f != tt.faded || p != tt.part {
			t.Errorf("Waffle{Value: %g, Tip: %d, FadeFrom: %g}.Cells() = %d, %d, %g; want %d, %d, %g", tt.w.Value, tt.w.Tip, tt.w.FadeFrom, s, f, p, tt.solid, tt.faded, tt.part)
		}
	}
}

func TestMissingGlyphs(t *testing.T) {
	c := usjapan2015.Catalog()
	v := c.Views[0]
	tests := []struct {
		title   string
		missing []rune // nil: renders
	}{
		{"Warming below 2 ℃ – the goal", nil},
		{"日本の対米投資", []rune("日本の対米投資")},
		{"Investment 投資 and trade", []rune("投資")},
	}
	for _, tt := range tests {
		v.Title = tt.title
		_, err := PNG(c, &v, &Options{Width: 480, Height: 270})
		var ge *GlyphError
		switch {
		case tt.missing == nil && err != nil:
			t.Errorf("PNG with title %q: %v", tt.title, err)
		case tt.missing != nil && !errors.As(err, &ge):
			t.Errorf("PNG with title %q: error %v, want a *GlyphError", tt.title, err)
		case tt.missing != nil:
			if diff := cmp.Diff(tt.missing, ge.Missing); diff != "" {
				t.Errorf("PNG with title %q: missing (-want +got):\n%s", tt.title, diff)
			}
			if !strings.Contains(err.Error(), "U+65E5") && !strings.Contains(err.Error(), "U+6295") {
				t.Errorf("error %q does not name the code points", err)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	c := usjapan2015.Catalog()
	v := &c.Views[0]
	sizes := []struct{ w, h int }{{0, 0}, {1440, 1080}, {1080, 1080}, {640, 360}, {1080, 1920}}
	for _, sz := range sizes {
		b, err := PNG(c, v, &Options{Width: sz.w, Height: sz.h})
		if err != nil {
			t.Fatalf("PNG %d×%d: %v", sz.w, sz.h, err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		want := [2]int{sz.w, sz.h}
		if sz.w == 0 {
			want = [2]int{1920, 1080}
		}
		if got := [2]int{img.Bounds().Dx(), img.Bounds().Dy()}; got != want {
			t.Errorf("PNG %d×%d is %v pixels", sz.w, sz.h, got)
		}
	}
	if b, err := PNG(c, v, &Options{Width: 960, Height: 540, DPI: 144}); err != nil || len(b) == 0 {
		t.Errorf("PNG at 144 DPI: %v", err)
	}
	svg, err := PNG(c, v, &Options{Format: "svg"})
	if err != nil || !bytes.Contains(svg[:min(len(svg), 512)], []byte("<svg")) {
		t.Errorf("PNG with Format svg: %v, output starts %q", err, svg[:min(len(svg), 80)])
	}
	for _, o := range []Options{{Format: "pdf"}, {Format: "gif"}, {Width: 100}, {Width: -1, Height: 5}, {DPI: -3}} {
		if _, err := PNG(c, v, &o); err == nil {
			t.Errorf("PNG with %+v: no error", o)
		}
	}
}

func TestNotes(t *testing.T) {
	c := usjapan2015.Catalog()
	v, _ := c.View("trade-2014")
	s, err := NewSlide(c, v, &Options{Notes: []string{"Goods and services, current dollars."}})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"Goods and services, current dollars."}, s.Notes); diff != "" {
		t.Errorf("Notes (-want +got):\n%s", diff)
	}
}

// TestDeterministicAcrossProcesses renders every view in two child
// processes and compares the PNG bytes.
func TestDeterministicAcrossProcesses(t *testing.T) {
	if dir := os.Getenv("CHART_RENDER_TO"); dir != "" {
		c := usjapan2015.Catalog()
		for i := range c.Views {
			b, err := PNG(c, &c.Views[i], nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(dir+"/"+c.Views[i].ID+".png", b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	if testing.Short() {
		t.Skip("renders in two processes")
	}
	var dirs [2]string
	for i := range dirs {
		dirs[i] = t.TempDir()
		cmd := exec.Command(os.Args[0], "-test.run=^TestDeterministicAcrossProcesses$")
		cmd.Env = append(os.Environ(), "CHART_RENDER_TO="+dirs[i])
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("child %d: %v\n%s", i, err, out)
		}
	}
	c := usjapan2015.Catalog()
	for _, v := range c.Views {
		a, err1 := os.ReadFile(dirs[0] + "/" + v.ID + ".png")
		b, err2 := os.ReadFile(dirs[1] + "/" + v.ID + ".png")
		if err1 != nil || err2 != nil {
			t.Fatalf("read: %v %v", err1, err2)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("view %q: the two processes wrote different PNG bytes", v.ID)
		}
	}
}

func BenchmarkPNG(b *testing.B) {
	c := usjapan2015.Catalog()
	for _, id := range []string{"investment-stocks", "ghsa-partners", "us-emissions-target-2025", "share-of-global-gdp", "trade-2014"} {
		v, _ := c.View(id)
		b.Run(v.Kind.String()+"/"+id, func(b *testing.B) {
			for b.Loop() {
				if _, err := PNG(c, v, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestTextWidth checks that text is drawn as wide as gonum measures it
// (which right-aligned and centred text depends on), with kerning at the
// text's size, from thumbnail to headline sizes.
func TestTextWidth(t *testing.T) {
	register()
	img := image.NewRGBA(image.Rect(0, 0, 64, 64))
	tc := newTextCanvas(newImageCanvas(img, 96))
	for _, px := range []float64{5.5, 22, 32, 200} {
		for _, bold := range []bool{false, true} {
			sty := textStyle(sans(vg.Length(px*72/96), bold), ink)
			fc := sty.Handler.Cache().Lookup(sty.Font, sty.Font.Size)
			for _, s := range []string{"FACT SHEET: U.S.-Japan", "$279 billion", "AVATAR Wo To"} {
				tc.FillString(fc, vg.Point{}, s) // caches the face
				face := tc.faces[faceKey{fc.Face, fc.Font.Size}]
				got := float64(xfont.MeasureString(face, s)) / 64
				want := sty.Width(s).Dots(96)
				if math.Abs(got-want) > 0.5 {
					t.Errorf("%q at %g px (bold %v): drawn %.2f px wide, measured %.2f px", s, px, bold, got, want)
				}
			}
		}
	}
}

func TestTicksLast(t *testing.T) {
	tk := Ticks{Count: 5, Format: func(v float64) string { return "$" + wording.Thousands(v) }, Last: func(v float64) string { return "$" + wording.Thousands(v) + " billion" }}
	var got []string
	for _, x := range tk.Ticks(0, 400) {
		got = append(got, x.Label)
	}
	if diff := cmp.Diff([]string{"$0", "$100", "$200", "$300", "$400 billion"}, got); diff != "" {
		t.Errorf("tick labels (-want +got):\n%s", diff)
	}
}

// TestRankIsMark: a rank among bars is a dot at its place, not a bar whose
// length would grow with a worse place; amounts stay bars.
func TestRankIsMark(t *testing.T) {
	c := usjapan2015.Catalog()
	c.Views = append(c.Views, indicators.ChartView{ID: "ranks", Title: "Ranks", Kind: indicators.Bars,
		Indicators: []string{"japan-investor-rank-in-us"}})
	v, _ := c.View("ranks")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	bs := s.body.(*Bars)
	if b := bs.Bars[0]; !b.Mark || b.Range {
		t.Errorf("rank drawn with Mark %v, Range %v; want a mark", b.Mark, b.Range)
	}
	if _, err := s.Encode(); err != nil {
		t.Errorf("PNG of a rank view: %v", err)
	}
	bs, _ = barGeometry(t, "investment-stocks")
	for _, b := range bs.Bars {
		if b.Mark {
			t.Errorf("bar %q of amounts is drawn as a mark", b.Label)
		}
	}
}
