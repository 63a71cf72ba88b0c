package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestBareRateBaseGoesOn checks that a bare rate ("3.6 per 1,000") has
// the whole population's base only where its quote writes nothing or a
// population word after the base's number: "3.6 per 1,000 live births"
// is neither merged with "births per 1,000 population" nor given its unit.
func TestBareRateBaseGoesOn(t *testing.T) {
	const doc = "The crude birth rate was 10.2 births per 1,000 population in 2023.\nInfant mortality was 3.6 per 1,000 live births in 2023.\nThe death rate was 6.8 per 1,000 in 2023."
	catalog := func(stated, unit, quote string) string {
		return fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n"+
			"  - id: cdr\n    title: Crude birth rate\n    entities: [IE]\n    measure: level\n    status: fact\n    period: 2023\n    stated: 10.2 births per 1,000 population\n    provenance:\n      - source: doc\n        quote: The crude birth rate was 10.2 births per 1,000 population in 2023.\n"+
			"  - id: b\n    title: B\n    entities: [IE]\n    measure: level\n    status: fact\n    period: 2023\n    stated: %s\n%s    provenance:\n      - source: doc\n        quote: %s\n", sha(doc), stated, unit, quote)
	}
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	tests := []struct {
		name, stated, unit, quote string
		want                      string // in the error; "" for none
	}{
		{"live births, no unit", "3.6 per 1,000", "", "Infant mortality was 3.6 per 1,000 live births in 2023.", ""},
		{"live births, population unit", "3.6 per 1,000", "    unit: birth per 1,000 population\n", "Infant mortality was 3.6 per 1,000 live births in 2023.",
			`unit "birth per 1,000 population" gives "3.6 per 1,000" the base of the whole population, but its quote goes on with "live"`},
		{"nothing after, no unit", "6.8 per 1,000", "", "The death rate was 6.8 per 1,000 in 2023.", ""},
		// No population-base refusal where nothing follows the base;
		// unitNamed still asks for a quote naming births.
		{"nothing after, population unit", "6.8 per 1,000", "    unit: birth per 1,000 population\n", "The death rate was 6.8 per 1,000 in 2023.", "no quote names births"},
	}
	for _, tt := range tests {
		_, err := indicators.Parse("c.yaml", []byte(catalog(tt.stated, tt.unit, tt.quote)), read)
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%s: Parse error = %v, want nil", tt.name, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%s: Parse error = %v, want one containing %q", tt.name, err, tt.want)
		}
	}
}
