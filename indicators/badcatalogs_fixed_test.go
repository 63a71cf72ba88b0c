package indicators_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestBadCatalogsFixed applies the advice of bad catalogs (testdata/
// bad-catalogs; TestBadCatalogs checks their messages) to each file and
// checks that it then loads: the advice offers only what verify accepts.
func TestBadCatalogsFixed(t *testing.T) {
	tests := []struct {
		file string
		fix  [][2]string // old, new
	}{
		{"24-unit-disagrees.yaml", [][2]string{{"unit: JPY", "unit: USD"}}}, // its advice changed in round O
		{"71-quote-glued-footnote.yaml", [][2]string{{"the most deprived areas", "the most deprived6 areas"}}},
		{"72-period-swapped.yaml", [][2]string{{"period: 2016/17", "period: 2015/16"}}},
		{"73-unit-half-coordinated.yaml", [][2]string{{"unit: cancellation", "unit: cancellation and withdrawal"}}},
		{"74-times-as-share.yaml", [][2]string{{"measure: share", "measure: level"}}},
		{"75-bare-rate-sentence.yaml", [][2]string{
			{"stated: 7.8 per 100,000", "stated: 7.8 per 100,000\n    unit: death per 100,000 population"},
			{"quote: London had the lowest at 7.8 per 100,000", `quote: "The highest suicide rate in England was in the North East at 13.2 deaths per 100,000 population; London had the lowest at 7.8 per 100,000"`},
		}},
		{"79-view-negative-open-end.yaml", [][2]string{{"indicators: [exports-fall, services-rise]", "indicators: [services-rise]\n  - id: exports-fall-card\n    title: Exports\n    kind: headline\n    indicators: [exports-fall]"}}},
		{"80-ids-one-name.yaml", [][2]string{{"id: trade_2014", "id: trade_2014-2"}}},
		{"81-unknown-unit-pair.yaml", [][2]string{{"stated: 3.5 acres/crew/day", "stated: \"3.5\"\n    unit: acre per crew per day"}}},
		{"82-record-word.yaml", [][2]string{{"stated: record", "stated: record number"}}},
		{"83-first-time-rank.yaml", [][2]string{{"stated: first", "stated: more than any other"}}},
		{"84-two-hedges.yaml", [][2]string{{"      - source: doc\n        quote: There are 45 plants serving 312,000 people on the list.\n", ""}}},
		{"85-rate-base-words.yaml", [][2]string{{`stated: "159.9 per 10,000 of the population"`, "stated: \"159.9\"\n    unit: search per 10,000 population"}}},
		{"86-words-beside-percent.yaml", [][2]string{{`stated: "over two fifths (43%)"`, `stated: "43%"`}}},
		{"87-subdivision-typo.yaml", [][2]string{{"GB-KHC", "GB-KHL"}}},
		{"95-rank-reach-points.yaml", [][2]string{{"stated: highest on record", "stated: highest number of landings on record"}, {"stated: 1.1%", "stated: 1.1 percentage points"}}},
		{"96-yaml-heading-marks.yaml", [][2]string{{"title: *Provisional: leavers, rank among years", `title: "*Provisional: leavers, rank among years"`}, {"section: [What do the figures tell us?]", `section: ["What do the figures tell us?"]`}}},
		{"97-charge-rank-reach.yaml", [][2]string{{"stated: \"5\"\n    unit: penny", "stated: 5p"}, {"measure: count\n    status: fact\n    stated: four years", "measure: rank\n    status: fact\n    stated: first time in four years"}}},
		{"98-view-mix-named-unit.yaml", [][2]string{{"unit: All London licence", "unit: licence"}, {"indicators: [applications-change, children-change]", "indicators: [applications-change]"}, {"indicators: [licences-1982, licences-1983, dogs-1984]", "indicators: [licences-1982, licences-1983]"}}},
		{"99-parts-other-places.yaml", [][2]string{{"kind: part_of_whole\n    indicators: [smokers-scotland", "kind: bars\n    indicators: [smokers-scotland"}}},
		{"100-series-view-ids.yaml", [][2]string{{"measure: flow", "measure: stock"}, {"  - id: charities\n    title: Charities on the register\n    kind: bars", "  - id: charities-chart\n    title: Charities on the register\n    kind: bars"},
			{"  - {id: trustees, title: Trustees}\n", "  - {id: trustees, title: Trustees}\n  - {id: charities, title: \"Charities on the register\"}\n"}}},
		{"102-open-bound.yaml", [][2]string{{"stated: 1,000 workers or more involved", "stated: 1,000 workers or more"}, {"stated: \"35\"\n    unit: more per week", "stated: 35 hours or more per week"}}},
	}
	applyBadCatalogFixes(t, tests)
}

// applyBadCatalogFixes applies each fix (old, new) to its file of
// testdata/bad-catalogs and checks that the catalog then loads.
func applyBadCatalogFixes(t *testing.T, tests []struct {
	file string
	fix  [][2]string
}) {
	t.Helper()
	dir := filepath.Join("testdata", "bad-catalogs")
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, name)) }
	for _, tc := range tests {
		b, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		for _, f := range tc.fix {
			if !strings.Contains(src, f[0]) {
				t.Fatalf("%s: no %q to fix", tc.file, f[0])
			}
			src = strings.Replace(src, f[0], f[1], 1)
		}
		if _, err := indicators.Parse(tc.file, []byte(src), read); err != nil {
			t.Errorf("%s, the advice applied: Parse: %v, want no error", tc.file, err)
		}
	}
}
