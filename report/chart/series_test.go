package chart

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// hedgesCatalog is a synthetic catalog of one series with every way a
// point is drawn, a revision and a conflict: two sources state 2012
// differently, the later one twice ($270 and $280 billion: a conflict
// within it, and each a revision of the earlier $290 billion). No
// document of testdata/corpus conflicts with another, so the conflict is
// made up here; the texts are made up too.
func hedgesCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	claims := []struct{ id, src, stated, period, status string }{
		{"t2010", "a", "about $250 billion", "2010", "fact"},
		{"t2012a", "a", "$290 billion", "2012", "fact"},
		{"t2012b", "b", "$270 billion", "2012", "fact"},
		{"t2012c", "b", "$280 billion", "2012", "fact"},
		{"t2014", "b", "nearly $300 billion", "2014", "fact"},
		{"t2016", "b", "more than $310 billion", "2016", "fact"},
		{"t2018", "b", "$300 billion to $340 billion", "2018", "fact"},
		{"t2025", "b", "$400 billion", "2025", "target"},
	}
	texts := map[string]string{"a.txt": "A\n", "b.txt": "B\n"}
	for _, c := range claims {
		texts[c.src+".txt"] += "Claim " + c.id + ": trade was " + c.stated + ".\n"
	}
	sum := func(s string) string { h := sha256.Sum256([]byte(s)); return hex.EncodeToString(h[:]) }
	var b strings.Builder
	fmt.Fprintf(&b, "claimbook: 1\nsources:\n")
	fmt.Fprintf(&b, "  - {id: a, title: Trade Facts, short: Ministry, publisher: Ministry of Examples, issued: 2013-05-01, text: a.txt, sha256: %s}\n", sum(texts["a.txt"]))
	fmt.Fprintf(&b, "  - {id: b, title: Trade Review, short: Office, publisher: Office of Examples, issued: 2019-02-01, text: b.txt, sha256: %s}\n", sum(texts["b.txt"]))
	b.WriteString("indicators:\n")
	for _, c := range claims {
		fmt.Fprintf(&b, "  - id: %s\n    title: Trade\n    measure: flow\n    status: %s\n    stated: %s\n    period: %s\n    series: trade\n    provenance:\n      - {source: %s, quote: \"Claim %s: trade was %s\"}\n",
			c.id, c.status, c.stated, c.period, c.src, c.id, c.stated)
	}
	b.WriteString("series:\n  - {id: trade, title: Two-way trade}\nviews:\n  - {id: hedges, title: Two-way trade as two sources state it, kind: series, series: [trade]}\n")
	c, err := indicators.Parse("hedges.yaml", []byte(b.String()), func(p string) ([]byte, error) {
		if s, ok := texts[p]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestSeriesGolden renders series views: the corpus's two (real
// documents) and a synthetic one with every hedge and a conflict, and
// compares the pixels with testdata/series-<view>.png (-update rewrites).
func TestSeriesGolden(t *testing.T) {
	corpus, err := indicators.Load(filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		c  *indicators.Catalog
		id string
	}{
		{corpus, "us-japan-trade-over-time"},
		{corpus, "fdi-positions-over-time"},
		{hedgesCatalog(t), "hedges"},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			v, ok := tc.c.View(tc.id)
			if !ok {
				t.Fatalf("no view %q", tc.id)
			}
			got, err := PNG(tc.c, v, nil)
			if err != nil {
				t.Fatalf("PNG(%q) error: %v", tc.id, err)
			}
			path := filepath.Join("testdata", "series-"+tc.id+".png")
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
				out := filepath.Join(t.ArtifactDir(), "series-"+tc.id+".png")
				os.WriteFile(out, got, 0o644)
				t.Errorf("PNG(%q) differs from %s: %s; got written to %s", tc.id, path, diff, out)
			}
		})
	}
}

func TestSeriesSlide(t *testing.T) {
	c := hedgesCatalog(t)
	v, _ := c.View("hedges")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	var key []string
	for _, k := range s.Key {
		key = append(key, k.Text)
	}
	// One series: the view's title is of it, and the key names it not
	// (s21o-obesity); the key says how its points are drawn.
	wantKey := []string{
		"Bar: a range, both ends as stated",
		"Faded: the source says “nearly”; the figure is at most the dot",
		"Arrow: the source says “more than”; the figure is above the dot",
		"Ring: a target, not a reported figure",
		"Red box: sources disagree about one period",
	}
	if strings.Join(key, "\n") != strings.Join(wantKey, "\n") {
		t.Errorf("key =\n%s\nwant\n%s", strings.Join(key, "\n"), strings.Join(wantKey, "\n"))
	}
	wantNotes := []string{
		"2012: Ministry 2013 said “$290 billion”, the later Office 2019 says “$270 billion” (a revised figure, or another reckoning); both are shown.",
		"2012: Ministry 2013 said “$290 billion”, the later Office 2019 says “$280 billion” (a revised figure, or another reckoning); both are shown.",
		"2012: Office 2019 says “$270 billion”, Office 2019 says “$280 billion”; the figures allow no common value, and both are shown.",
		gapNote,
		"Where sources state one period more than once, the line runs through the latest source's figure only (2012, Office 2019).",
	}
	if strings.Join(s.Notes, "\n") != strings.Join(wantNotes, "\n") {
		t.Errorf("notes =\n%s\nwant\n%s", strings.Join(s.Notes, "\n"), strings.Join(wantNotes, "\n"))
	}
	if want := "US$ billion; annual totals and targets, 2010 to 2025, as each source states it"; s.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", s.Subtitle, want)
	}
	if want := "Sources: Ministry of Examples, “Trade Facts”, 1 May 2013; Office of Examples, “Trade Review”, 1 February 2019"; s.Footer != want {
		t.Errorf("footer = %q, want %q", s.Footer, want)
	}
	tl := s.body.(*Timeline)
	var got []string
	for _, p := range tl.Points {
		got = append(got, fmt.Sprintf("%g %s tip=%d range=%v hollow=%v off=%v", p.X, p.Label, p.Tip, p.Range, p.Hollow, p.OffLine))
	}
	// Each year's point at its middle (indicators.Period.Middle).
	want := []string{
		"2010.5 about $250 billion tip=0 range=false hollow=false off=false",
		"2012.5 $290 billion tip=0 range=false hollow=false off=true", // Ministry 2013: Office 2019 is later
		"2012.5 $270 billion tip=0 range=false hollow=false off=true", // Office 2019 gives $280 billion after it
		"2012.5 $280 billion tip=0 range=false hollow=false off=false",
		"2014.5 nearly $300 billion tip=1 range=false hollow=false off=false",
		"2016.5 more than $310 billion tip=2 range=false hollow=false off=false",
		"2018.5 $300 billion to $340 billion tip=0 range=true hollow=false off=false",
		"2025.5 $400 billion (target) tip=0 range=false hollow=true off=false",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("points =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if fmt.Sprint(tl.Conflicts) != "[[2 3]]" { // a revision is not boxed
		t.Errorf("conflicts = %v, want [[2 3]]", tl.Conflicts)
	}
}

// TestYearTicks: a year axis ticks its steps, or the years of its points
// where they are few, and never leaves its first or last point between
// two labels (s16g-fire); each label at its year's middle, where the
// year's point sits (the axis ends are those of points at middles).
func TestYearTicks(t *testing.T) {
	tests := []struct {
		lo, hi float64
		points []float64
		want   string
	}{
		{2012, 2015, nil, "2012 2013 2014"},
		{2009.9, 2026.1, nil, "2010 2012 2014 2016 2018 2020 2022 2024"},
		{1950.5, 2020.5, nil, "1950 1960 1970 1980 1990 2000 2010 2020"},
		{2014.5, 2014.5, nil, ""},
		// s16g-fire: four points, ticked at their years.
		{2012.9, 2024.1, []float64{2013, 2018, 2022, 2023}, "2013 2018 2022 2023"},
		// s16g-insolvency: a span's ends and two years.
		{2007.7, 2025.3, []float64{2008, 2009, 2023, 2024}, "2008 2009 2023 2024"},
		// Two point years too close to read apart: the ends are kept.
		{1950.5, 2025.3, []float64{1950, 2000, 2023, 2024}, "1950 2000 2024"},
		// Another kind: an annual series of 21 years keeps its steps and
		// ticks its odd first and last years.
		{2000.9, 2022.1, seq(2001, 2021), "2001 2005 2010 2015 2021"},
		// review16a item 20: points 2013 and 2015 to 2023, ten of them,
		// ticked by two-year steps; 2014, no point's, stood a year from
		// 2013, 2022 a year from 2023. The crime kind's annual counts.
		{2012.9, 2024.1, append([]float64{2013}, seq(2015, 2023)...), "2013 2016 2018 2020 2023"},
	}
	for _, tt := range tests {
		var got []string
		for _, tk := range (YearTicks{Points: tt.points}).Ticks(tt.lo, tt.hi) {
			got = append(got, tk.Label)
			// A year's label stands at its middle, where its point is.
			if y, _ := strconv.Atoi(tk.Label); tk.Value != float64(y)+0.5 {
				t.Errorf("YearTicks.Ticks(%g, %g): %q at %g, want %g", tt.lo, tt.hi, tk.Label, tk.Value, float64(y)+0.5)
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("YearTicks.Ticks(%g, %g) = %q, want %q", tt.lo, tt.hi, g, tt.want)
		}
	}
}

// seq returns the years from a to b.
func seq(a, b int) []float64 {
	var out []float64
	for y := a; y <= b; y++ {
		out = append(out, float64(y))
	}
	return out
}

func TestNewTimelineErrors(t *testing.T) {
	tests := []struct {
		pts  []TimePoint
		cfs  [][2]int
		want string
	}{
		{nil, nil, "chart: no points"},
		{[]TimePoint{{X: 2014, Label: "a"}, {X: 2013, Label: "b"}}, nil, `chart: point 1 ("b") is earlier than the one before it: give the points in time order`},
		{[]TimePoint{{X: 2014, Range: true, Low: 5, High: 3, Label: "r"}}, nil, `chart: point 0 ("r") runs from 5 down to 3`},
		{[]TimePoint{{X: 2014, Label: "a"}}, [][2]int{{0, 3}}, "chart: conflict [0 3] names no point"},
	}
	for _, tt := range tests {
		_, err := NewTimeline(tt.pts, tt.cfs)
		if err == nil || err.Error() != tt.want {
			t.Errorf("NewTimeline(%v) = %v, want %q", tt.pts, err, tt.want)
		}
	}
}

// TestSeriesEmbed: a series chart made for a deck slide, which carries
// the title and source line as text, leaves both out, as bar charts do.
func TestSeriesEmbed(t *testing.T) {
	c := hedgesCatalog(t)
	v, _ := c.View("hedges")
	for _, embed := range []bool{false, true} {
		s, err := NewSlide(c, v, &Options{Embed: embed})
		if err != nil {
			t.Fatal(err)
		}
		if got := s.Title != "" || s.Footer != ""; got == embed {
			t.Errorf("NewSlide(Embed: %v): title %q, footer %q; want both only without Embed", embed, s.Title, s.Footer)
		}
	}
}

// TestTimelineSegments: the line joins consecutive points of a series on
// its line, never two points of one period, and skips points OffLine.
func TestTimelineSegments(t *testing.T) {
	type P struct {
		x   float64
		ser int
		off bool
	}
	tests := []struct {
		name string
		pts  []P
		want string
	}{
		{"one series", []P{{2010, 0, false}, {2012, 0, false}, {2014, 0, false}}, "[[0 1] [1 2]]"},
		{"a period twice, the first off", []P{{2011, 0, true}, {2011, 0, false}, {2014, 0, false}}, "[[1 2]]"},
		{"a period twice, the second off", []P{{2010, 0, false}, {2011, 0, false}, {2011, 0, true}, {2014, 0, false}}, "[[0 1] [1 3]]"},
		{"a period twice, none off", []P{{2011, 0, false}, {2011, 0, false}, {2014, 0, false}}, "[[0 2]]"},
		{"two series", []P{{2010, 0, false}, {2010, 1, false}, {2012, 1, false}, {2012, 0, false}}, "[[1 2] [0 3]]"},
	}
	for _, tt := range tests {
		var pts []TimePoint
		for _, p := range tt.pts {
			pts = append(pts, TimePoint{X: p.x, Y: 1, Series: p.ser, OffLine: p.off})
		}
		tl, err := NewTimeline(pts, nil)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if got := fmt.Sprint(tl.segments()); got != tt.want {
			t.Errorf("%s: segments() = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// BenchmarkSeriesPNG renders a series view of 40 series over 25 years,
// 1,000 points with their labels placed: the label placement looks only at
// the points near each one on the time axis.
func BenchmarkSeriesPNG(b *testing.B) {
	c := &indicators.Catalog{}
	v := indicators.ChartView{ID: "many", Title: "Forty series over 25 years", Kind: indicators.SeriesKind}
	for s := range 40 {
		id := fmt.Sprintf("s%d", s)
		c.Series = append(c.Series, indicators.Series{ID: id, Title: "Series " + id})
		v.Series = append(v.Series, id)
		for y := range 25 {
			stated := fmt.Sprintf("$%d billion", 100+s*7+y*3)
			q, u, err := indicators.ParseStated(stated)
			if err != nil {
				b.Fatal(err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: fmt.Sprintf("%s-%d", id, 2000+y), Title: "T", Stated: stated,
				Quantity: q, Unit: u, Measure: indicators.Flow, Period: indicators.YearPeriod(2000 + y), Series: id})
		}
	}
	c.Views = []indicators.ChartView{v}
	for b.Loop() {
		if _, err := PNG(c, &c.Views[0], nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSeriesSpan: a figure over a span of years (an average over
// 2002-2012) stands at the middle of its span with a whisker across it,
// not at its first year, and the key says so.
func TestSeriesSpan(t *testing.T) {
	text := "Growth averaged 10.5 percent over 2002-2012, grew 9.0 percent over 2004-2013 and grew 4.8 percent in 2014.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Positions, text: a.txt, sha256: %s}
indicators:
  - {id: g1, title: Growth, measure: change, status: fact, stated: 10.5 percent, period: 2002/2012, series: g, provenance: [{source: a, quote: "Growth averaged 10.5 percent"}]}
  - {id: g2, title: Growth, measure: change, status: fact, stated: 9.0 percent, period: 2004/2013, series: g, provenance: [{source: a, quote: "9.0 percent over 2004"}]}
  - {id: g3, title: Growth, measure: change, status: fact, stated: 4.8 percent, period: 2014, series: g, provenance: [{source: a, quote: "4.8 percent in 2014"}]}
series:
  - {id: g, title: Growth}
views:
  - {id: growth, title: Growth, kind: series, series: [g]}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "span.yaml", doc, text)
	v, _ := c.View("growth")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	tl := s.body.(*Timeline)
	var got [][3]float64
	for _, p := range tl.Points {
		got = append(got, [3]float64{p.X, p.From, p.To})
	}
	// Each point at the middle of the time it covers, its whisker over it,
	// the year 2014 too, beside the spans (s17i-courts: a year among
	// quarters).
	want := [][3]float64{{2007.5, 2002, 2013}, {2009, 2004, 2014}, {2014.5, 2014, 2015}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("points (x, from, to) = %v, want %v", got, want)
	}
	found := false
	for _, k := range s.Key {
		found = found || k.Swatch == SpanSwatch
	}
	if !found {
		t.Errorf("key %+v has no entry for the whisker", s.Key)
	}
	if _, err := s.Encode(); err != nil {
		t.Error(err)
	}
}

// TestSeriesOneSource: a series view whose points all come from one
// source names it once, in the footer: no point is labelled with it and
// the subtitle does not speak of each source. A view of two sources
// (TestSeriesSlide) labels every point.
func TestSeriesOneSource(t *testing.T) {
	c := hedgesCatalog(t)
	for i := range c.Indicators {
		if c.Indicators[i].Provenance[0].Source == "a" {
			c.Indicators[i].Provenance[0].Source = "b"
		}
	}
	v, _ := c.View("hedges")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := "US$ billion; annual totals and targets, 2010 to 2025"; s.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", s.Subtitle, want)
	}
	for _, p := range s.body.(*Timeline).Points {
		if p.Source != "" {
			t.Errorf("point %g %s is labelled with its source %q, want none (the footer names it)", p.X, p.Label, p.Source)
		}
	}
	for _, n := range s.Notes {
		if strings.Contains(n, " says “") && !strings.Contains(n, "Office") {
			t.Errorf("note %q does not name the source", n)
		}
	}
}

// TestSeriesQuarters: a series of quarters has its ticks at its points,
// labelled with their quarters ("Q4 2016", not the year "2017" between
// them), and its key says a whisker covers a quarter, not years.
func TestSeriesQuarters(t *testing.T) {
	text := "207,000 applicants in Q4 2016, 165,000 applicants in Q1 2017.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Asylum, text: a.txt, sha256: %s}
indicators:
  - {id: q4, title: Applicants, measure: flow, status: fact, stated: "207,000 applicants", period: 2016-Q4, series: s, provenance: [{source: a, quote: "207,000 applicants"}]}
  - {id: q1, title: Applicants, measure: flow, status: fact, stated: "165,000 applicants", period: 2017-Q1, series: s, provenance: [{source: a, quote: "165,000 applicants"}]}
series:
  - {id: s, title: Applicants}
views:
  - {id: quarters, title: Applicants, kind: series, series: [s]}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "quarters.yaml", doc, text)
	v, _ := c.View("quarters")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
		labels = append(labels, tk.Label)
	}
	if want := []string{"Q4 2016", "Q1 2017"}; fmt.Sprint(labels) != fmt.Sprint(want) {
		t.Errorf("NewSlide(quarters) ticks = %q, want %q", labels, want)
	}
	var whisker string
	for _, k := range s.Key {
		if k.Swatch == SpanSwatch {
			whisker = k.Text
		}
	}
	if want := "Whisker: the quarter a figure covers (an average or total over it); the dot at its middle"; whisker != want {
		t.Errorf("NewSlide(quarters) whisker key = %q, want %q", whisker, want)
	}
}

// TestSeriesRollingYears: points of rolling years each say their unit,
// however the figure was stated ("506,235" beside "598,504 incidents"),
// the subtitle names the years once, and the whiskers of neighbouring
// years, one ending where the next begins, keep a diameter apart.
func TestSeriesRollingYears(t *testing.T) {
	text := "FRSs attended 598,504 incidents in the year ending September 2024, 592,293 the year before and 506,235 ten years before.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Fire, text: a.txt, sha256: %s}
indicators:
  - {id: y14, title: Incidents, measure: flow, status: fact, stated: "506,235", unit: incident, period: 2013-10/2014-09, series: s, provenance: [{source: a, quote: "506,235"}]}
  - {id: y23, title: Incidents, measure: flow, status: fact, stated: "592,293", unit: incident, period: 2022-10/2023-09, series: s, provenance: [{source: a, quote: "592,293"}]}
  - {id: y24, title: Incidents, measure: flow, status: fact, stated: "598,504 incidents", period: 2023-10/2024-09, series: s, provenance: [{source: a, quote: "598,504 incidents"}]}
series:
  - {id: s, title: Incidents}
views:
  - {id: trend, title: Incidents, kind: series, series: [s]}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "rolling.yaml", doc, text)
	v, _ := c.View("trend")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	tl := s.body.(*Timeline)
	var got []string
	for _, p := range tl.Points {
		got = append(got, p.Label)
	}
	if want := []string{"506,235 incidents", "592,293 incidents", "598,504 incidents"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("point labels = %q, want %q", got, want)
	}
	if want := "Number of incidents; totals, years ending September 2014 to 2024"; s.Subtitle != want {
		t.Errorf("subtitle = %q, want %q", s.Subtitle, want)
	}
	// Ten years across 1,000 points: a month is about 8 points, less
	// than a diameter of the default dots.
	trX := func(x float64) vg.Length { return vg.Length((x - 2013) * 100) }
	ends := tl.whiskerEnds(trX)
	if gap := ends[2][0] - ends[1][1]; gap < 2*tl.Radius {
		t.Errorf("whiskers of YE Sep 2023 and YE Sep 2024 %v apart, want at least a diameter %v", gap, 2*tl.Radius)
	}
	if ends[0][0] != trX(tl.Points[0].From) || ends[0][1] != trX(tl.Points[0].To) {
		t.Errorf("whisker of YE Sep 2014 = %v, want its span %v–%v untouched", ends[0], trX(tl.Points[0].From), trX(tl.Points[0].To))
	}
}

// TestCoincidingPointsNoted: points of two series at one period with one
// figure, nudged apart and told apart by colour alone, are named by a
// note (s29z-foi: granted and withheld in full both 34% in 2023).
func TestCoincidingPointsNoted(t *testing.T) {
	c, err := indicators.Load("../../testdata/kinds/foi/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := figSlide(t, c, "shares-trend")
	want := "2023 — Resolvable FOI requests granted in full, share of resolvable requests and Resolvable FOI requests withheld in full, share of resolvable requests are both 34%."
	if !slices.Contains(s.Notes, want) {
		t.Errorf("notes = %q, want one %q", s.Notes, want)
	}
}
