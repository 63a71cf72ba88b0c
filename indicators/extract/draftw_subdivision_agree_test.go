package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSubdivisionNamesAgree: every name the drafter reads as a
// subdivision of a country (its own country's subdivisions,
// isoSubdivisionNames, and the states, provinces and territories,
// stateNames) is one verify knows by that name (indicators.SubdivisionCodes)
// as a subdivision of that country, so that the code a draft writes is
// the one verify accepts and names back.
func TestSubdivisionNamesAgree(t *testing.T) {
	ofCountry := func(name, country string) bool {
		return slices.ContainsFunc(indicators.SubdivisionCodes(name), func(c string) bool { return strings.HasPrefix(c, country+"-") })
	}
	n := 0
	for country, names := range isoSubdivisionNames() {
		for _, name := range names {
			n++
			if !ofCountry(name, country) {
				t.Errorf("isoSubdivisionNames: %q of %s is no subdivision of %s verify knows", name, country, country)
			}
		}
	}
	var missing []string
	for name, country := range stateNames().country {
		n++
		if !ofCountry(name, country) {
			missing = append(missing, name+" ("+country+")")
		}
	}
	slices.Sort(missing)
	if len(missing) > 0 {
		t.Errorf("stateNames: %d names verify does not know as their country's subdivisions: %s", len(missing), strings.Join(missing[:min(len(missing), 20)], ", "))
	}
	if n < 1000 {
		t.Errorf("only %d names read: the table is not ISO 3166-2's", n)
	}
}
