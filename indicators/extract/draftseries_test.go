package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"

	"github.com/claimbook/claimbook/indicators"
)

// TestProposeSeries: figures of two or more documents for two or more
// periods, with the same places, measure, unit and nearly the same title,
// are proposed as a series; one document alone, a span of years, other
// places or another title are not.
func TestProposeSeries(t *testing.T) {
	usd := indicators.Unit{Kind: indicators.Money, Currency: currency.USD}
	year := indicators.YearPeriod
	span := indicators.Period{From: indicators.Date{Year: 2002}, To: indicators.Date{Year: 2012}}
	ind := func(id, src, title string, p indicators.Period, ents ...string) indicators.Indicator {
		return indicators.Indicator{ID: id, Title: title, Entities: ents, Measure: indicators.Flow, Unit: usd, Period: p,
			Provenance: []indicators.Provenance{{Source: src}}}
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		want map[string]string // indicator ID -> series ID
	}{
		{"two documents, two years, nearly one title", []indicators.Indicator{
			ind("a", "wh2014", "Two-way goods and services trade flow", year(2012), "US", "JP"),
			ind("b", "wh2015", "Two-way goods and services trade", year(2014), "US", "JP"),
		}, map[string]string{"a": "two-way-goods-and-services-trade-flow", "b": "two-way-goods-and-services-trade-flow"}},
		{"one document alone", []indicators.Indicator{
			ind("a", "doc", "Bilateral trade", year(2000), "US", "IN"),
			ind("b", "doc", "Bilateral trade", year(2013), "US", "IN"),
		}, map[string]string{}},
		{"spans of years are no series", []indicators.Indicator{
			ind("a", "bea2014", "Average annual growth", span, "US"),
			ind("b", "bea2015", "Average annual growth", indicators.Period{From: indicators.Date{Year: 2004}, To: indicators.Date{Year: 2013}}, "US"),
		}, map[string]string{}},
		{"other places", []indicators.Indicator{
			ind("a", "ustr-vn", "U.S. goods and services trade", year(2022), "US", "VN"),
			ind("b", "ustr-ph", "U.S. goods and services trade", year(2023), "US", "PH"),
		}, map[string]string{}},
		{"another title", []indicators.Indicator{
			ind("a", "ustr", "Total two-way trade", year(2022), "US", "JP"),
			ind("b", "wh2015", "Two-way goods and services trade", year(2014), "US", "JP"),
		}, map[string]string{}},
		{"a restated figure is one point; an ID clash takes -series", []indicators.Indicator{
			ind("position", "bea2014", "Position", year(2013), "US"),
			ind("position-2", "bea2014", "Position", year(2013), "US"),
			ind("position-3", "bea2015", "Position", year(2014), "US"),
		}, map[string]string{"position": "position-series", "position-3": "position-series"}},
	}
	for _, tt := range tests {
		series, views, notes := proposeSeries(tt.inds, map[string]int{})
		got := map[string]string{}
		for _, in := range tt.inds {
			if in.Series != "" {
				got[in.ID] = in.Series
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: points (-want +got):\n%s", tt.name, diff)
		}
		if len(series) != len(views) {
			t.Errorf("%s: %d series but %d series views", tt.name, len(series), len(views))
		}
		for _, s := range series {
			if len(notes[s.ID]) == 0 {
				t.Errorf("%s: series %s has no note saying why", tt.name, s.ID)
			}
		}
	}
}

// TestDraftSeriesCorpus drafts the corpus's documents into one catalog
// and checks that the points of every series of the hand catalog are one
// proposed series of the draft: the same quantity stated by documents of
// different years (U.S.-Japan trade in 2012 and 2014, BEA's positions in
// 2013 and 2014).
func TestDraftSeriesCorpus(t *testing.T) {
	corpus := draftCorpus(t)
	dir := t.TempDir()
	var srcs []DraftSource
	for _, s := range corpus.Sources {
		name := filepath.Base(s.TextPath)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s.Text), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, DraftSource{ID: s.ID, TextPath: name, Text: s.Text})
	}
	var buf bytes.Buffer
	if err := WriteDrafts(&buf, srcs...); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "catalog.yaml"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	draft, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
	if err != nil {
		t.Fatalf("draft of the corpus does not load: %v", err)
	}
	if err := draft.Verify(); err != nil {
		t.Fatalf("draft of the corpus does not verify: %v", err)
	}
	checked := 0
	for _, s := range corpus.Series {
		var got []string
		for i := range corpus.Indicators {
			want := &corpus.Indicators[i]
			if want.Series != s.ID {
				continue
			}
			d := matchDraftIn(draft, want)
			if d == nil {
				t.Errorf("series %s: point %s not drafted", s.ID, want.ID)
				continue
			}
			got = append(got, d.Series)
		}
		if len(got) < 2 {
			continue // one point in the corpus: nothing to propose
		}
		checked++
		if got[0] == "" || slices.ContainsFunc(got, func(g string) bool { return g != got[0] }) {
			t.Errorf("series %s: its points are in drafted series %q, want one", s.ID, got)
		}
	}
	if checked == 0 {
		t.Fatal("no series of the hand catalog has two points: nothing was checked")
	}
	t.Logf("hand catalog: %d series (%d of two or more points, checked); draft: %d proposed", len(corpus.Series), checked, len(draft.Series))
}

// matchDraftIn returns the drafted indicator of a multi-document draft
// that is want's: the same source, an overlapping span, the same figure.
func matchDraftIn(draft *indicators.Catalog, want *indicators.Indicator) *indicators.Indicator {
	for i := range draft.Indicators {
		got := &draft.Indicators[i]
		if got.Provenance[0].Source != want.Provenance[0].Source {
			continue
		}
		if draftMatches(got, want) {
			return got
		}
	}
	return nil
}
