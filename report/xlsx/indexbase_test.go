package xlsx

import (
	"path/filepath"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestIndexBase: the Base column says an index level's reference as
// "2015=100", as its title writes it, where "2015" read as the period
// the level was compared with (s19m-industry); a change keeps its base
// period, the industry's own and gdp's quarter on quarter alike.
func TestIndexBase(t *testing.T) {
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	mk := func(title, stated, base string) *indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return &indicators.Indicator{ID: "x", Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Level,
			Period: period("2018-10"), Base: period(base)}
	}
	gdp, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "gdp", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	qoq, ok := gdp.Indicator("gdp-qoq")
	if !ok {
		t.Fatal("gdp: no gdp-qoq")
	}
	change := mk("Manufacturing production, change on same month a year earlier", "4.9%", "2017-10")
	change.Measure, change.Quantity.Direction = indicators.Change, indicators.Up
	noRef := mk("Manufacturing turnover index", "108.0", "2015")
	tests := []struct {
		name string
		ind  *indicators.Indicator
		want string
	}{
		{"s19m-industry index", mk("Manufacturing production index (seasonally adjusted, 2015=100)", "109.0", "2015"), "2015=100"},
		{"index titled without its reference", noRef, "2015=100"},
		{"s19m-industry change", change, "October 2017"},
		{"gdp quarter on quarter", qoq, qoq.Base.Label()},
	}
	for _, tt := range tests {
		if got := wording.BaseWords(tt.ind); got != tt.want {
			t.Errorf("%s: Base %q, want %q", tt.name, got, tt.want)
		}
	}
}
