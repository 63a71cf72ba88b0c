package pptx_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/pptx"
	"github.com/google/go-cmp/cmp"
)

// TestPartsTitledInOrder: a view drawn over two images (Options.Parts)
// is two slides, "… (1 of 2)" and "… (2 of 2)", each with its own image
// in order, and the other views keep their one slide each.
func TestPartsTitledInOrder(t *testing.T) {
	c := usjapan2015.Catalog()
	v := c.Views[0]
	one, two := fakePNG(t, pptx.ChartWidth, pptx.ChartHeight), fakePNG(t, pptx.ChartWidth, pptx.ChartHeight+1)
	var buf bytes.Buffer
	err := pptx.Write(&buf, c, &pptx.Options{Parts: map[string][][]byte{v.ID: {one, two}}})
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	parts, _ := unzip(t, buf.Bytes())
	slides := slideParts(t, parts)
	if got, want := len(slides), len(defaultSlides(t))+1; got != want {
		t.Errorf("Write with a view in 2 parts: %d slides, want %d", got, want)
	}
	var titles []string
	var media [][]byte
	for _, name := range slides[1:3] {
		titles = append(titles, strings.ReplaceAll(paragraphs(t, parts[name])[0], "\n", " "))
		img := target(t, parts, name, "image")
		media = append(media, parts[img])
	}
	want := []string{v.Title + " (1 of 2)", v.Title + " (2 of 2)"}
	if diff := cmp.Diff(want, titles); diff != "" {
		t.Errorf("titles of a view in 2 parts (-want +got):\n%s", diff)
	}
	if len(media) == 2 && (!bytes.Equal(media[0], one) || !bytes.Equal(media[1], two)) {
		t.Errorf("images of a view in 2 parts are not its parts in order")
	}
	if got := paragraphs(t, parts[slides[3]])[0]; strings.Contains(got, " of 2)") {
		t.Errorf("slide after the parts titled %q, want the next view's title", got)
	}
}

// defaultSlides returns the slides of the embedded catalog's deck.
func defaultSlides(t *testing.T) []pptx.Slide {
	t.Helper()
	s, err := pptx.Slides(usjapan2015.Catalog())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestPartClaimsNameTheirSlide: a claim drawn on the second part of a
// split view is listed on the closing slides with that part's slide
// number, not the view's first (s11b-earnings: "slide 3" for claims on
// slide 4).
func TestPartClaimsNameTheirSlide(t *testing.T) {
	c := usjapan2015.Catalog()
	v := c.Views[0]
	if len(v.Indicators) < 2 {
		t.Fatalf("view %q has %d indicators, want at least 2", v.ID, len(v.Indicators))
	}
	png := fakePNG(t, pptx.ChartWidth, pptx.ChartHeight)
	first, second := v.Indicators[:1], v.Indicators[1:]
	var buf bytes.Buffer
	err := pptx.Write(&buf, c, &pptx.Options{
		Parts:      map[string][][]byte{v.ID: {png, png}},
		PartClaims: map[string][][]string{v.ID: {first, second}},
	})
	if err != nil {
		t.Fatalf("Write: %v", err)
	}
	parts, _ := unzip(t, buf.Bytes())
	var listing []string
	for _, name := range slideParts(t, parts) {
		ps := paragraphs(t, parts[name])
		if strings.HasPrefix(ps[0], "All claims") {
			listing = append(listing, ps[1:]...)
		}
	}
	const nbsp = "\u00a0"
	for _, id := range v.Indicators {
		ind, _ := c.Indicator(id)
		want := "slide" + nbsp + "2"
		if id != first[0] {
			want = "slide" + nbsp + "3"
		}
		found := false
		for _, line := range listing {
			if strings.HasPrefix(line, ind.Title) {
				found = true
				if !strings.HasSuffix(line, want) {
					t.Errorf("closing line of %q = %q, want it to end %q", id, line, want)
				}
			}
		}
		if !found {
			t.Errorf("closing slides list no line for %q", id)
		}
	}
}
