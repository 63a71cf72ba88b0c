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

// TestStatusHedgeDerived checks that a sum of figures whose only hedge is
// a word of their status ("an estimated 9.7 billion" of an estimate) is
// as precise as their digits in Compute, and so in derived.csv and the
// JSON contract as in the renderers (indicators.StatusExact), while a
// real hedge ("about") or a status word of another status still makes it
// approximate (review21 item 6).
func TestStatusHedgeDerived(t *testing.T) {
	const doc = "In 2012 there were an estimated 9.7 billion vehicle kms on trunk roads and an estimated 34.0 billion vehicle kms on local roads, and about 2.0 billion vehicle kms on private roads."
	catalog := func(status1, stated1, quote1 string) string {
		return fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n"+
			"  - id: a\n    title: A\n    entities: [GB-SCT]\n    measure: flow\n    status: %s\n    period: 2012\n    stated: %s\n    provenance:\n      - source: doc\n        quote: %s\n"+
			"  - id: b\n    title: B\n    entities: [GB-SCT]\n    measure: flow\n    status: estimate\n    period: 2012\n    stated: an estimated 34.0 billion vehicle kms\n    provenance:\n      - source: doc\n        quote: an estimated 34.0 billion vehicle kms on local roads\n"+
			"derived:\n  - id: all\n    title: All\n    formula: sum\n    inputs: [a, b]\n", sha(doc), status1, stated1, quote1)
	}
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	tests := []struct {
		name, status, stated, quote string
		want                        indicators.Qualifier
	}{
		{"both estimated estimates", "estimate", "an estimated 9.7 billion vehicle kms", "an estimated 9.7 billion vehicle kms on trunk roads", indicators.Exact},
		{"a real hedge", "estimate", "about 2.0 billion vehicle kms", "about 2.0 billion vehicle kms on private roads", indicators.Approx},
		{"estimated of a fact", "fact", "an estimated 9.7 billion vehicle kms", "an estimated 9.7 billion vehicle kms on trunk roads", indicators.Approx},
	}
	for _, tt := range tests {
		c, err := indicators.Parse("c.yaml", []byte(catalog(tt.status, tt.stated, tt.quote)), read)
		if err != nil {
			t.Errorf("%s: Parse error = %v", tt.name, err)
			continue
		}
		r, err := c.Compute("all")
		if err != nil {
			t.Errorf("%s: Compute error = %v", tt.name, err)
			continue
		}
		if r.Quantity.Qualifier != tt.want {
			t.Errorf("%s: Compute(all) qualifier = %v (%s), want %v", tt.name, r.Quantity.Qualifier, r.Text(indicators.Style{}), tt.want)
		}
		var b strings.Builder
		if err := indicators.WriteDerivedCSV(&b, c); err != nil {
			t.Fatal(err)
		}
		if got, wantCol := strings.Contains(b.String(), ",about "), tt.want == indicators.Approx; got != wantCol {
			t.Errorf("%s: derived.csv = %q, want \"about\" %v", tt.name, b.String(), wantCol)
		}
	}
}

// TestCountOverSpanEvents checks that a count over a quarter is told to be
// a flow only where its noun names events: "34 290 commencements in the
// September 2018 quarter" is, "12 countries reported new cases" in a
// quarter counts places and stays a count (review21 item 7).
func TestCountOverSpanEvents(t *testing.T) {
	const measles = "In the September 2018 quarter, 12 countries reported new cases of measles.\n"
	const au = "entities: [AU]\nstatus: estimate\nperiod: 2018-Q3\n"
	checkAdvice(t, []adviceCase{
		{"countries in a quarter", measles, "entities: [WLD]\nstatus: fact\nperiod: 2018-Q3\nmeasure: count\nstated: 12 countries",
			"In the September 2018 quarter, 12 countries reported new cases of measles", "", ""},
		{"commencements in a quarter", apprenticeDoc, au + "measure: count\nstated: 34 290 commencements", "There were 34 290 commencements in the September 2018 quarter",
			`counts events over period 2018-Q3 (the quote's "quarter"): events over a period are a flow: write measure: flow`,
			"measure: count => measure: flow"},
	})
}

// TestStatusOfWordArticle checks that StatusOfWord reads a status word
// past its article and case, the one place that trims it (review21
// items 9 and 15).
func TestStatusOfWordArticle(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want indicators.Status
		ok   bool
	}{
		{"estimated", indicators.Estimate, true},
		{"an estimated", indicators.Estimate, true},
		{"An Estimated", indicators.Estimate, true},
		{"a provisional", indicators.Estimate, true},
		{"about", 0, false},
	} {
		got, ok := indicators.StatusOfWord(tt.in)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("StatusOfWord(%q) = %v, %v, want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
