package xlsx

import (
	"regexp"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestNativeGroupedBars: a view of the same measures across groups is a
// clustered native chart, a series a group named by it, over the
// measures' names, as the slide beside it draws it (s11-poll: six bars
// each naming its group), its series written in the slide's order for
// Excel's plot order and LibreOffice's document order alike.
func TestNativeGroupedBars(t *testing.T) {
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Share, Period: indicators.YearPeriod(2022)}
	}
	tests := []struct {
		name      string
		inds      []indicators.Indicator
		wantNames []string // the series' names written out, in order
		wantSer   int      // series
	}{
		{"poll", []indicators.Indicator{
			mk("a", "Adults in the most deprived areas spending less on food", "58%"),
			mk("b", "Adults in the least deprived areas spending less on food", "33%"),
			mk("c", "Adults in the most deprived areas behind on bills", "10%"),
			mk("d", "Adults in the least deprived areas behind on bills", "2%"),
		}, []string{"Adults in the most deprived areas", "Adults in the least deprived areas"}, 2},
		{"no groups", []indicators.Indicator{
			mk("a", "Adults who see the NHS as important", "84%"),
			mk("b", "Adults who see the economy as important", "81%"),
			mk("c", "Adults who see housing as important", "60%"),
			mk("d", "Adults who see crime as important", "50%"),
		}, nil, 1},
	}
	for _, tt := range tests {
		var ids []string
		for _, ind := range tt.inds {
			ids = append(ids, ind.ID)
		}
		c := &indicators.Catalog{Indicators: tt.inds, Views: []indicators.ChartView{{ID: "v", Title: "Poll", Kind: indicators.Bars, Indicators: ids}}}
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"]
		nameRE := regexp.MustCompile(`<tx><v>([^<]*)</v></tx>`)
		var names, written []string
		for _, ser := range plotOrder(xml) {
			if m := nameRE.FindStringSubmatch(ser); m != nil {
				names = append(names, m[1])
			}
		}
		for _, m := range nameRE.FindAllStringSubmatch(xml, -1) {
			written = append(written, m[1])
		}
		if !cmp.Equal(names, tt.wantNames) {
			t.Errorf("%s: series names in plot order (Excel's legend) = %q, want %q", tt.name, names, tt.wantNames)
		}
		// LibreOffice draws a group's bars in document order, top down:
		// written in the slide's order, they stand as the image beside
		// them does (s18k-defence: reversed for LibreOffice's legend,
		// whose order reverses the document's, the second group's bar
		// stood above the first's). The legend reads the groups in
		// reverse there, a lesser fault than bars against the image.
		if !cmp.Equal(written, tt.wantNames) {
			t.Errorf("%s: series names in document order (LibreOffice's bars, top down) = %q, want %q", tt.name, written, tt.wantNames)
		}
		if got := len(regexp.MustCompile(`<ser>`).FindAllString(xml, -1)); got != tt.wantSer {
			t.Errorf("%s: %d series, want %d", tt.name, got, tt.wantSer)
		}
	}
}
