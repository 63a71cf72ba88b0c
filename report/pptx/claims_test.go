package pptx_test

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/pptx"
)

// listed returns the closing slides of slides that list the claims, not
// the derived figures.
func listed(slides []pptx.Slide) []pptx.Slide {
	var out []pptx.Slide
	for _, s := range slides {
		if s.Listing && !strings.HasPrefix(s.Title, pptx.DerivedTitle) {
			out = append(out, s)
		}
	}
	return out
}

// TestClaimSlides: the deck ends with every claim of its catalog, in
// catalog order, a claim no chart shows included: its title, its figure,
// its period and its source; a charted claim says on which slide.
func TestClaimSlides(t *testing.T) {
	c := usjapan2015.Catalog()
	slides, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, s := range listed(slides) {
		if !strings.HasPrefix(s.Title, "All claims") {
			t.Errorf("closing slide title %q, want \"All claims\"", s.Title)
		}
		lines = append(lines, s.Body...)
	}
	if len(lines) != len(c.Indicators) {
		t.Fatalf("the closing slides list %d claims, want every one of the %d", len(lines), len(c.Indicators))
	}
	charted := map[string]bool{}
	for _, v := range c.Views {
		for _, id := range v.Indicators {
			charted[id] = true
		}
	}
	uncharted := 0
	for i, ind := range c.Indicators {
		if !strings.HasPrefix(lines[i], ind.Title+": ") {
			t.Errorf("claim line %d = %q, want it to start with the title %q", i, lines[i], ind.Title)
		}
		if !strings.Contains(lines[i], "(White House 2015)") {
			t.Errorf("claim line %d = %q, want its source \"(White House 2015)\"", i, lines[i])
		}
		if got := strings.Contains(lines[i], "\u00a0·\u00a0slide\u00a0"); got != charted[ind.ID] {
			t.Errorf("claim line %d = %q: names a slide %v, want %v", i, lines[i], got, charted[ind.ID])
		}
		if !charted[ind.ID] {
			uncharted++
		}
	}
	if uncharted == 0 {
		t.Errorf("every claim of the embedded catalog is charted: the test shows nothing")
	}
	trade := "U.S.-Japan two-way trade in goods and services: $279 billion, 2014 (White House 2015)\u00a0·\u00a0slide\u00a06"
	if !strings.Contains(strings.Join(lines, "\n"), trade) {
		t.Errorf("claim lines %q lack %q", lines, trade)
	}
}

// TestClaimSlidesMany: many claims take several closing slides, numbered,
// each of a slide's lines; past 200 the rest are counted, not listed.
func TestClaimSlidesMany(t *testing.T) {
	for _, tc := range []struct {
		n, slides int
		last      string
	}{
		{30, 2, "Figure s29: $30 billion, period not stated (Publisher s29 2049)\u00a0·\u00a0slide\u00a02"},
		{250, 12, "… and 50 more claims, each in the briefing book's Indicators sheet"},
	} {
		c := manySources(tc.n)
		slides, err := pptx.Slides(c)
		if err != nil {
			t.Fatal(err)
		}
		l := listed(slides)
		if len(l) != tc.slides {
			t.Errorf("%d claims: %d closing slides, want %d", tc.n, len(l), tc.slides)
			continue
		}
		if want := "All claims (1 of " + strconv.Itoa(tc.slides) + ")"; l[0].Title != want {
			t.Errorf("%d claims: first closing slide %q, want %q", tc.n, l[0].Title, want)
		}
		body := l[len(l)-1].Body
		if got := body[len(body)-1]; got != tc.last {
			t.Errorf("%d claims: last line %q, want %q", tc.n, got, tc.last)
		}
		for _, s := range l {
			if len(s.Body) > 18 {
				t.Errorf("%d claims: %q lists %d claims, more than a slide's 18 lines", tc.n, s.Title, len(s.Body))
			}
		}
	}
	if l := listed(mustSlides(t, &indicators.Catalog{})); len(l) != 0 {
		t.Errorf("empty catalog: %d closing slides, want none", len(l))
	}
}

func mustSlides(t *testing.T, c *indicators.Catalog) []pptx.Slide {
	t.Helper()
	s, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestClaimSlidesNoSourceID: a source with no publisher or short name (a
// draft's) is named on the closing slides by its title, never by its
// catalog ID.
func TestClaimSlidesNoSourceID(t *testing.T) {
	c := usjapan2015.Catalog()
	for i := range c.Sources {
		c.Sources[i].Publisher, c.Sources[i].Short = "", ""
	}
	slides, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range listed(slides) {
		for _, line := range s.Body {
			if strings.Contains(line, c.Sources[0].ID) {
				t.Errorf("claim line %q names the source by its ID %q", line, c.Sources[0].ID)
			}
			if !strings.Contains(line, "(U.S.-Japan Cooperation for a More … 2015)") {
				t.Errorf("claim line %q, want its source by its title \"(U.S.-Japan Cooperation for a More … 2015)\"", line)
			}
		}
	}
}

// TestClaimSlidesEven: the closing slides share the claims about evenly,
// so that the last is never an orphan of one line ("All claims (2 of 2)"
// held one).
func TestClaimSlidesEven(t *testing.T) {
	for _, n := range []int{23, 24, 37} {
		c := &indicators.Catalog{}
		for i := range n {
			ind := indicatortest.Change(t, "c"+strconv.Itoa(i), "5 percent", indicators.Up)
			ind.Title = "Claim " + strconv.Itoa(i)
			c.Indicators = append(c.Indicators, ind)
		}
		slides, err := pptx.Slides(c)
		if err != nil {
			t.Fatal(err)
		}
		var sizes []int
		for _, s := range listed(slides) {
			sizes = append(sizes, len(s.Body))
		}
		if len(sizes) < 2 || 2*slices.Min(sizes) < slices.Max(sizes) {
			t.Errorf("%d one-line claims: closing slides hold %v claims, want none with less than half of the fullest", n, sizes)
		}
	}
}

// oneLineClaims returns a catalog of n claims, each of one short line.
func oneLineClaims(t *testing.T, n int) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	for i := range n {
		ind := indicatortest.Change(t, "c"+strconv.Itoa(i), "5 percent", indicators.Up)
		ind.Title = "Claim " + strconv.Itoa(i)
		c.Indicators = append(c.Indicators, ind)
	}
	return c
}

// TestClaimSlidesBodySize: a list is set at the deck's body size (14 pt,
// BodyFloor) and split over slides where one does not hold it, never set
// smaller: 12 pt read as 7 beside the charts (s25u-charging).
func TestClaimSlidesBodySize(t *testing.T) {
	for _, tc := range []struct {
		n, slides int
		size      string
	}{
		{15, 1, `sz="1400"`},
		{20, 2, `sz="1400"`},
		{30, 2, `sz="1400"`},
	} {
		c := oneLineClaims(t, tc.n)
		l := listed(mustSlides(t, c))
		if len(l) != tc.slides {
			t.Errorf("%d one-line claims: %d closing slides, want %d", tc.n, len(l), tc.slides)
			continue
		}
		xml := slideXML(t, c, len(mustSlides(t, c)))
		if !strings.Contains(xml, tc.size) {
			t.Errorf("%d one-line claims: last slide set without %s", tc.n, tc.size)
		}
	}
}

// slideXML returns the XML of slide n (from 1) of c's deck, written with
// no chart images.
func slideXML(t *testing.T, c *indicators.Catalog, n int) string {
	t.Helper()
	var b bytes.Buffer
	if err := pptx.Write(&b, c, nil); err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, b.Bytes())
	return string(parts[slideParts(t, parts)[n-1]])
}
