package indicators

import (
	"bytes"
	"encoding/csv"
	"path/filepath"
	"testing"
)

// TestDerivedBoundsDigits: derived.csv writes a derived figure's bounds
// to as many decimals as the figure and as each other (animals' fish
// share 48.8 had "48.8" and "48.82"): s19m-elections' Wales share "5.0
// percent" had Low 4.9 and High "5"; vehicles' gain of 4.9 points and
// lifeexp's gap of 8.1 years had "5" and "8".
func TestDerivedBoundsDigits(t *testing.T) {
	elections := &Catalog{}
	for _, in := range []struct{ id, stated string }{{"uk", "46,560,452 registrations"}, {"wls", "2,307,877 registrations"}} {
		q, u, err := ParseStated(in.stated)
		if err != nil {
			t.Fatal(err)
		}
		elections.Indicators = append(elections.Indicators, Indicator{ID: in.id, Title: "Registrations " + in.id, Stated: in.stated,
			Quantity: q, Unit: u, Measure: Stock, Period: YearPeriod(2021)})
	}
	elections.Derived = []Derived{{ID: "wls-share", Title: "Wales's share", Op: ShareOf, Inputs: []string{"wls", "uk"}}}
	load := func(kind string) *Catalog {
		c, err := Load(filepath.Join("..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name, id         string
		c                *Catalog
		value, low, high string
	}{
		{"s19m-elections", "wls-share", elections, "4.96", "4.95", "4.96"},
		{"animals", "fish-share", load("animals"), "48.81", "48.81", "48.82"},
		{"vehicles", "mpv-share-gain", load("vehicles"), "4.9", "4.8", "5.0"},
		{"lifeexp", "f-le0-gap", load("lifeexp"), "8.1", "8.0", "8.2"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := WriteDerivedCSV(&buf, tt.c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range rows[1:] {
			if r[0] != tt.id {
				continue
			}
			found = true
			if r[6] != tt.value || r[7] != tt.low || r[8] != tt.high {
				t.Errorf("%s: %s Value, Low, High = %s, %s, %s, want %s, %s, %s", tt.name, tt.id, r[6], r[7], r[8], tt.value, tt.low, tt.high)
			}
		}
		if !found {
			t.Errorf("%s: no row %s in derived.csv", tt.name, tt.id)
		}
	}
}
