package pptx_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/pptx"
)

// corpusDeck is the deck of testdata/corpus, whose views include two of
// kind series, with its charts rendered as the build renders them.
func corpusDeck(t *testing.T) (*indicators.Catalog, map[string][]byte) {
	t.Helper()
	c, err := indicators.Load(filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	imgs := map[string][]byte{}
	for i := range c.Views {
		b, err := chart.PNG(c, &c.Views[i], &chart.Options{Embed: true, Width: pptx.ChartWidth, Height: pptx.ChartHeight, DPI: pptx.ChartDPI})
		if err != nil {
			t.Fatal(err)
		}
		imgs[c.Views[i].ID] = b
	}
	var buf bytes.Buffer
	if err := pptx.Write(&buf, c, &pptx.Options{Charts: imgs}); err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, buf.Bytes())
	return c, parts
}

// TestSeriesSlides: a series slide is like a bar slide: its title and
// source line once, as text; notes that trace every point (series,
// period, figure as stated, source, quote, span); and alt text that says
// what the chart shows.
func TestSeriesSlides(t *testing.T) {
	c, parts := corpusDeck(t)
	slides := slideParts(t, parts)
	n := 0
	for i := range c.Views {
		v := &c.Views[i]
		if v.Kind != indicators.SeriesKind {
			continue
		}
		var ids []string
		var points []indicators.SeriesPoint
		for _, sid := range v.Series {
			for _, sp := range c.Points(sid) {
				ids = append(ids, sp.Indicator.ID)
				points = append(points, sp)
			}
		}
		source := c.SourceLine(ids)
		if source == "" || len(points) == 0 {
			t.Fatalf("view %s: no points or no source line", v.ID)
		}
		name := slides[i+1]
		paras := paragraphs(t, parts[name])
		for _, want := range []string{v.Title, source} {
			k := 0
			for _, p := range paras {
				k += strings.Count(strings.ReplaceAll(p, "\n", " "), want) // a title's balanced lines
			}
			if k != 1 {
				t.Errorf("slide of %s says %q %d times, want once; it says %q", v.ID, want, k, paras)
			}
		}
		notes := strings.Join(paragraphs(t, parts[target(t, parts, name, "notesSlide")]), "\n")
		alt := strings.Join(attrs(t, parts[name], "descr"), "\n")
		for _, sp := range points {
			ind := sp.Indicator
			n++
			src, _ := c.Source(sp.Source)
			sr, _ := c.SeriesByID(ind.Series)
			point := fmt.Sprintf("%s: %s (%s)", ind.Period.Label(), ind.Label(), src.ShortName())
			for _, want := range []string{
				"Series " + sr.Title + ", " + point + "; indicator " + ind.ID,
				"“" + ind.Provenance[0].Quote + "”",
				fmt.Sprintf("code points %d–%d", c.RuneProvenanceSpan(ind.Provenance[0]).Start, c.RuneProvenanceSpan(ind.Provenance[0]).End),
				src.URL,
			} {
				if !strings.Contains(notes, want) {
					t.Errorf("view %s: notes lack %q:\n%s", v.ID, want, notes)
				}
			}
			if !strings.Contains(alt, point) {
				t.Errorf("view %s: alt text lacks %q: %q", v.ID, point, alt)
			}
		}
		if !strings.Contains(alt, source) || !strings.HasPrefix(alt, v.Title+". A time chart of ") {
			t.Errorf("view %s: alt text %q, want the title, a description and %q", v.ID, alt, source)
		}
	}
	if n == 0 {
		t.Fatal("the corpus has no series points")
	}
}

// TestSeriesNotesConflictsAndRevisions: a series slide's notes name each
// disagreement of its series as what it is: a later source's revision or
// a conflict outright.
func TestSeriesNotesConflictsAndRevisions(t *testing.T) {
	c, err := indicators.Load(filepath.Join("testdata", "revisions", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pptx.Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, buf.Bytes())
	name := slideParts(t, parts)[1]
	notes := strings.Join(paragraphs(t, parts[target(t, parts, name, "notesSlide")]), "\n")
	for _, want := range []string{
		`Revision: a (2013-05-01) says "$290 billion", the later b (2019-02-01) says "$288 billion": a revised figure, or another reckoning`,
		`Revision: a (2013-05-01) says "$290 billion", the later b (2019-02-01) says "$289 billion": a revised figure, or another reckoning`,
		`Conflict: b says "$288 billion", b says "$289 billion": no figure fits both`,
	} {
		if !strings.Contains(notes, want) {
			t.Errorf("notes lack %q:\n%s", want, notes)
		}
	}
}
