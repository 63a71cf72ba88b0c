package usjapan2015_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func TestTextIsPinned(t *testing.T) {
	text := usjapan2015.Text()
	sum := sha256.Sum256([]byte(text))
	if got := hex.EncodeToString(sum[:]); got != usjapan2015.SHA256 {
		t.Errorf("embedded text sha256 = %s, want %s", got, usjapan2015.SHA256)
	}
	if len(text) != 17570 {
		t.Errorf("embedded text is %d bytes, want 17,570", len(text))
	}
	// The sha256 is the one the seed's README gives for the archived page's
	// text (shared/seed), so the copy is that text; testdata/corpus holds
	// the same bytes for the corpus catalog.
	corpus, err := os.ReadFile("../../testdata/corpus/wh-2015-us-japan-cooperation.txt")
	if err != nil {
		t.Fatal(err)
	}
	if string(corpus) != text {
		t.Errorf("testdata/corpus/wh-2015-us-japan-cooperation.txt differs from the embedded text")
	}
}

func TestCatalogVerifies(t *testing.T) {
	c, err := indicators.LoadFS(usjapan2015.FS(), usjapan2015.CatalogFile)
	if err != nil {
		t.Fatalf("embedded catalog: %v", err)
	}
	if err := c.Verify(); err != nil {
		t.Errorf("Verify: %v", err)
	}
	// Catalog returns copies: changing one does not change the next.
	a := usjapan2015.Catalog()
	a.Indicators[0].Title = "changed"
	a.Indicators[0].Entities[0] = "XX"
	if b := usjapan2015.Catalog(); b.Indicators[0].Title == "changed" || b.Indicators[0].Entities[0] == "XX" {
		t.Errorf("Catalog() shares memory between calls")
	}
}

// TestDesignClaims checks every claim DESIGN.md §3 lists.
func TestDesignClaims(t *testing.T) {
	c := usjapan2015.Catalog()
	tests := []struct {
		id          string
		stated      string
		qualifier   indicators.Qualifier
		value       string // or "low-high"
		unit        string
		measure     indicators.MeasureKind
		status      indicators.Status
		period      string
		entities    []string
		counterpart string
	}{
		{"us-japan-trade-2014", "$279 billion", indicators.Exact, "279000000000", "USD", indicators.Flow, indicators.Fact, "2014", []string{"US", "JP"}, ""},
		{"us-fdi-stock-in-japan", "$123 billion", indicators.Exact, "123000000000", "USD", indicators.Stock, indicators.Fact, "not stated", []string{"US"}, "JP"},
		{"japan-investment-stock-in-us", "nearly $350 billion", indicators.Nearly, "350000000000", "USD", indicators.Stock, indicators.Fact, "not stated", []string{"JP"}, "US"},
		{"japan-investor-rank-in-us", "second largest", indicators.Exact, "2", "rank", indicators.RankKind, indicators.Fact, "not stated", []string{"JP"}, "US"},
		{"us-japan-share-world-gdp", "nearly 30 percent", indicators.Nearly, "30", "percent", indicators.Share, indicators.Fact, "not stated", []string{"US", "JP"}, ""},
		{"us-ghg-target-2025", "26 to 28 percent", indicators.Range, "26-28", "percent", indicators.Change, indicators.Target, "2025", []string{"US"}, ""},
		{"global-warming-limit", "2 ℃", indicators.Exact, "2", "degC", indicators.Threshold, indicators.Target, "not stated", []string{"WLD"}, ""},
		{"us-ghsa-partner-countries", "30 countries", indicators.Exact, "30", "country", indicators.CountKind, indicators.Pledge, "not stated", []string{"US"}, ""},
		{"japan-ghsa-partner-countries", "3-5 countries", indicators.Range, "3-5", "country", indicators.CountKind, indicators.Intention, "not stated", []string{"JP"}, ""},
	}
	if len(c.Indicators) != len(tests) {
		t.Errorf("catalog has %d indicators, the test knows %d", len(c.Indicators), len(tests))
	}
	for _, tc := range tests {
		ind, ok := c.Indicator(tc.id)
		if !ok {
			t.Errorf("no indicator %q", tc.id)
			continue
		}
		value := ind.Quantity.Value.String()
		if ind.Quantity.IsRange() {
			value = ind.Quantity.Low.String() + "-" + ind.Quantity.High.String()
		}
		got := []string{ind.Stated, ind.Quantity.Qualifier.String(), value, ind.Unit.String(), ind.Measure.String(), ind.Status.String(), ind.Period.String(), ind.Counterpart}
		want := []string{tc.stated, tc.qualifier.String(), tc.value, tc.unit, tc.measure.String(), tc.status.String(), tc.period, tc.counterpart}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("%s: field %d = %q, want %q", tc.id, i, got[i], want[i])
			}
		}
		if len(ind.Entities) != len(tc.entities) {
			t.Errorf("%s: entities %v, want %v", tc.id, ind.Entities, tc.entities)
		}
		if len(ind.Provenance) == 0 || len(ind.Provenance[0].Section) == 0 {
			t.Errorf("%s: no provenance with a section", tc.id)
		}
	}
	target, _ := c.Indicator("us-ghg-target-2025")
	if target.Quantity.Direction != indicators.Down || target.Announced.String() != "2015-03-31" {
		t.Errorf("target direction %v announced %v, want down, 2015-03-31", target.Quantity.Direction, target.Announced)
	}
	if target.Base.IsStated() {
		t.Errorf("the 2005 base year is not in the document, but Base = %v", target.Base)
	}
	if len(target.Notes) != 1 || !target.Notes[0].Context || target.Notes[0].Source != "us-indc-2015" {
		t.Errorf("the 2005 base year must be a context note with its own source, got %+v", target.Notes)
	}
	for _, v := range []string{"investment-stocks", "ghsa-partners", "share-of-global-gdp", "us-emissions-target-2025", "trade-2014"} {
		if _, ok := c.View(v); !ok {
			t.Errorf("no chart view %q", v)
		}
	}
}
