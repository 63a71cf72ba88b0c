package chart

import (
	"errors"
	"path/filepath"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestOneWholeRule: the charts refuse the parts of one whole exactly when
// the catalog's rule (indicators.Catalog.PartsOfWhole) does, and draw no
// rest of a whole whose derived parts make it up (Parts.Complete), on
// every part_of_whole view of every kind's catalog and on views made of
// each pair of the catalog's shares (stated or derived), which try the
// rule's refusals (another period, another whole, a sum past 100).
func TestOneWholeRule(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "kinds", "*", "catalog.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no kinds' catalogs: %v", err)
	}
	views, refused := 0, 0
	for _, path := range paths {
		c, err := indicators.Load(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		var shares []string
		for _, ind := range c.Indicators {
			if ind.Measure == indicators.Share {
				shares = append(shares, ind.ID)
			}
		}
		for _, d := range c.Derived {
			if d.Op == indicators.ShareOf {
				shares = append(shares, d.ID)
			}
		}
		var tries [][]string
		for _, v := range c.Views {
			if v.Kind == indicators.PartOfWhole && len(v.Indicators) > 1 {
				tries = append(tries, v.Indicators)
			}
		}
		for i := range shares {
			for j := i + 1; j < len(shares); j++ {
				tries = append(tries, []string{shares[i], shares[j]})
			}
		}
		for _, ids := range tries {
			v := &indicators.ChartView{ID: "parts", Title: "Parts", Kind: indicators.PartOfWhole, Indicators: ids}
			parts, rule := c.PartsOfWhole(ids)
			s, err := NewSlide(c, v, nil)
			if err != nil && !composition(err) {
				continue // a limit of drawing, not of the rule: a part below zero, or no percentage
			}
			views++
			if rule != nil {
				refused++
			}
			if (err != nil) != (rule != nil) {
				t.Errorf("%s: parts %q: chart says %v, PartsOfWhole says %v", filepath.Base(filepath.Dir(path)), ids, err, rule)
				continue
			}
			if err == nil && parts.Complete {
				if w, ok := s.body.(*Waffle); ok && w.Rest != "" {
					t.Errorf("%s: parts %q make up their whole, but the chart draws a rest %q", filepath.Base(filepath.Dir(path)), ids, w.Rest)
				}
			}
		}
	}
	if views == 0 || refused == 0 {
		t.Errorf("tried %d views of parts, %d refused: want some of each", views, refused)
	}
	t.Logf("%d catalogs, %d views of parts, %d refused", len(paths), views, refused)
}

// composition reports whether err is a chart's refusal of figures as the
// parts of one whole: the catalog's rule's (a *indicators.PartsError).
func composition(err error) bool {
	var pe *indicators.PartsError
	return errors.As(err, &pe)
}
