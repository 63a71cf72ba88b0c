package indicators_test

import (
	"os"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// placeRows returns the rows of the README's table of place codes that
// are no country, from the tables: the subdivisions of PlaceForms with
// their first form, the world, the euro area and the EU, and the
// organisations.
func placeRows() []string {
	var rows []string
	for _, p := range indicators.PlaceForms {
		if strings.Contains(p.Code, "-") {
			rows = append(rows, "| "+p.Code+" | "+p.Forms[0]+" |")
		}
	}
	for _, code := range []string{indicators.World, indicators.EuroArea, "EU"} {
		rows = append(rows, "| "+code+" | "+indicators.EntityName(code)+" |")
	}
	for _, o := range indicators.Organisations {
		rows = append(rows, "| "+o.Code+" | "+o.Name+" |")
	}
	return rows
}

// TestREADMEPlaceCodes checks that the README's table of place codes is
// the one the tables give, so that it is never kept by hand.
func TestREADMEPlaceCodes(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "<!-- place codes: generated from the tables -->\n| code | place |\n|---|---|\n")
	if !ok {
		t.Fatal("README.md has no table of place codes")
	}
	table, _, ok := strings.Cut(rest, "\n<!-- end of place codes -->")
	if !ok {
		t.Fatal("README.md's table of place codes has no end mark")
	}
	want := strings.Join(placeRows(), "\n")
	if table != want {
		t.Errorf("README.md's place codes =\n%s\nwant (from PlaceForms, Organisations)\n%s", table, want)
	}
}
