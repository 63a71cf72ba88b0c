package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// Source texts of round D's hand catalogs (Australian electricity
// generation, ONS public sector finances, MHCLG's rough sleeping
// snapshot), cut to the sentences quoted.
const (
	energyDoc = `In 2021-22 total electricity generation in Australia increased 2% to 272 TWh (978 PJ), as demand increased.
Coal is just under half of generation in Australia as a whole. Natural gas is one quarter in SA.`
	financesDoc = `Public sector net debt (excluding public sector banks) was £1,785.3 billion at the end of September 2017, equivalent to 87.2% of gross domestic product (GDP).
Public sector net borrowing (excluding public sector banks) decreased by £0.7 billion to £5.9 billion in September 2017.
The OBR forecast net borrowing of £39.5 billion in the financial year ending March 2018.`
	homelessDoc = `The number of people estimated to be sleeping rough on a single night in autumn 2024 is 4,667.
The rate of people sleeping rough in England has increased to 8.1 people per 100,000 in the population in 2024 from 6.8 per 100,000 in 2023, though remains lower than the peak in 2017 (8.5 per 100,000).`
)

// TestAdviceWrittenForms checks the messages round D's users met, and that the
// advice each gives verifies when applied (the second row of each pair):
// a unit's symbol against its name, a hedge in words against one in
// figures, a financial year written with a hyphen, a state by name, a
// percentage of GDP, periods, statuses and measures in a release's words,
// and a season.
func TestAdviceWrittenForms(t *testing.T) {
	const energy = "entities: [AU]\nstatus: fact\nperiod: 2021-22\n"
	const fin = "entities: [GB]\nstatus: fact\n"
	tests := []struct {
		name, doc, fields, quote string
		want                     []string // nil: it verifies
	}{
		{"petajoules named", energyDoc, energy + "measure: flow\nstated: 978 petajoules", "272 TWh (978 PJ)",
			[]string{`the quote does not state "978 petajoules": its number agrees, but the quote words it "978 PJ": write stated: "978 PJ", the quote's own characters`}},
		{"petajoules as written", energyDoc, energy + "measure: flow\nstated: 978 PJ", "272 TWh (978 PJ)", nil},
		{"hedge in figures", energyDoc, energy + "measure: share\nstated: just under 50%", "Coal is just under half of generation",
			[]string{`the quote does not state "just under 50%": its number agrees, but the quote words it "just under half": write stated: "just under half", the quote's own characters`}},
		{"hedge as written", energyDoc, energy + "measure: share\nstated: just under half", "Coal is just under half of generation", nil},
		{"state by name", energyDoc, "entities: [South Australia]\nstatus: fact\nperiod: 2021-22\nmeasure: share\nstated: one quarter", "Natural gas is one quarter in SA",
			[]string{`unknown entity "South Australia": did you mean "AU-SA" (South Australia, Australia)? a country's state, province or nation is written as its ISO 3166-2 code`}},
		{"state by code", energyDoc, "entities: [AU-SA]\nstatus: fact\nperiod: 2021-22\nmeasure: share\nstated: one quarter", "Natural gas is one quarter in SA", nil},
		{"share of GDP", financesDoc, fin + "period: 2017-09-30\nmeasure: stock\nstated: 87.2% of GDP", "equivalent to 87.2% of gross domestic product (GDP)",
			[]string{`cannot read figure "87.2% of GDP": unknown unit "% of gdp"; a percentage of a whole is stated as the percentage: write stated: "87.2%" with measure: share, and say "of GDP" in the title`}},
		{"unit percent of GDP", financesDoc, fin + "period: 2017-09-30\nmeasure: share\nstated: 87.2%\nunit: percent of GDP", "equivalent to 87.2% of gross domestic product (GDP)",
			[]string{`unknown unit "percent of GDP": a percentage of a whole is in percent: write unit: percent with measure: share, and say "of GDP" in the title`}},
		{"share of GDP as advised", financesDoc, fin + "period: 2017-09-30\nmeasure: share\nstated: 87.2%", "equivalent to 87.2% of gross domestic product (GDP)", nil},
		{"end of a month", financesDoc, fin + "period: end of September 2017\nmeasure: stock\nstated: £1,785.3 billion", "was £1,785.3 billion at the end of September 2017",
			[]string{`"period": invalid period "end of September 2017": a stock at the end of a month is at its last day: write 2017-09-30`}},
		{"financial year ending", financesDoc, "entities: [GB]\nstatus: projection\nperiod: FYE March 2018\nmeasure: flow\nstated: £39.5 billion", "net borrowing of £39.5 billion in the financial year ending March 2018",
			[]string{`"period": invalid period "FYE March 2018": a financial year ending March 2018 runs across two calendar years: write 2017/18 (as UK releases write it; 2017-18 with a hyphen as Australian releases do), 2017-04/2018-03 (its twelve months, labelled "year ending March 2018"), or FY2017-18 where the document calls it fiscal`}},
		{"financial year as advised", financesDoc, "entities: [GB]\nstatus: projection\nperiod: 2017/18\nmeasure: flow\nstated: £39.5 billion", "net borrowing of £39.5 billion in the financial year ending March 2018", nil},
		{"provisional", financesDoc, "entities: [GB]\nstatus: provisional\nperiod: 2017-09\nmeasure: flow\nstated: £5.9 billion", "to £5.9 billion in September 2017",
			[]string{`unknown status "provisional": a figure the document calls provisional is an estimate: write estimate, and say "provisional" in a note (the figure may be revised) (the statuses are fact, estimate, projection, target, pledge, intention)`}},
		{"balance", financesDoc, "entities: [GB]\nstatus: estimate\nperiod: 2017-09\nmeasure: balance\nstated: £5.9 billion", "to £5.9 billion in September 2017",
			[]string{`unknown measure "balance": a figure that is a balance is measured as a flow, over a period: write flow (the kinds are flow, stock, share, change, count, rank, threshold, level)`}},
		{"a multiple", homelessDoc, "entities: [GB-ENG]\nstatus: estimate\nperiod: 2024\nmeasure: multiple\nstated: 4,667\nunit: person", "autumn 2024 is 4,667",
			[]string{`unknown measure "multiple": a figure that is a multiple is measured as a level: write level (the kinds are flow, stock, share, change, count, rank, threshold, level)`}},
		{"provisional balance as advised", financesDoc, "entities: [GB]\nstatus: estimate\nnotes: [\"Provisional: a first estimate that will be revised.\"]\nperiod: 2017-09\nmeasure: flow\nstated: £5.9 billion", "to £5.9 billion in September 2017", nil},
		{"season", homelessDoc, "entities: [GB-ENG]\nstatus: estimate\nperiod: autumn 2024\nmeasure: count\nstated: 4,667", "autumn 2024 is 4,667",
			[]string{`"period": invalid period "autumn 2024": a season has no period of its own: write 2024 and say "autumn 2024" in a note (or, where the document gives the months, write them as a span such as 2024-09/2024-11)`}},
		{"season as advised", homelessDoc, "entities: [GB-ENG]\nstatus: estimate\nperiod: 2024\nnotes: [A single night in autumn 2024.]\nmeasure: count\nunit: person\nstated: 4,667", "people estimated to be sleeping rough on a single night in autumn 2024 is 4,667", nil},
		// A financial year of 2000-01 to 2011-12 written with a hyphen
		// reads as a month: the quote tells it apart.
		{"hyphen year read as a month", "Generation was 240 TWh in 2008-09.", "entities: [AU]\nstatus: fact\nperiod: 2008-09\nmeasure: flow\nstated: 240 TWh", "240 TWh in 2008-09",
			[]string{`period "2008-09" reads as September 2008, but the quote writes "2008-09", a year across two: write period 2008/09 (every output labels it so: a second year that could be a month keeps the slash, where 2018-19 keeps the document's dash; write the series' other years with a slash too where their labels should agree)`}},
		{"hyphen year as advised", "Generation was 240 TWh in 2008-09.", "entities: [AU]\nstatus: fact\nperiod: 2008/09\nmeasure: flow\nstated: 240 TWh", "240 TWh in 2008-09", nil},
		{"a month in a dated quote", "Sales were 240 units in September, 2008-09.", "entities: [AU]\nstatus: fact\nperiod: 2008-09\nmeasure: count\nstated: 240 units", "240 units in September, 2008-09", nil},
		// Round C's roads: an adjective for people with the noun counted.
		{"injured as people", "There were 5,425 slightly injured casualties.", "entities: [GB-SCT]\nstatus: fact\nperiod: 2019\nmeasure: count\nstated: 5,425 slightly injured\nunit: person", "5,425 slightly injured", nil},
		{"injured as casualties", "There were 5,425 slightly injured casualties.", "entities: [GB-SCT]\nstatus: fact\nperiod: 2019\nmeasure: count\nstated: 5,425 slightly injured\nunit: casualty", "5,425 slightly injured casualties", nil},
		{"a noun is no adjective", "There were 5,425 slightly injured casualties.", "entities: [GB-SCT]\nstatus: fact\nperiod: 2019\nmeasure: count\nstated: 5,425 casualties\nunit: person", "5,425 slightly injured casualties",
			[]string{`unit "person" disagrees with stated "5,425 casualties", which reads as "casualty": write unit: casualty, as the stated words count, or stated: "5,425", the figure alone, to keep unit: person`}},
		// A bare rate given the noun the document writes once, where its
		// quote names it, and where it does not.
		{"bare rate, noun in the quote", homelessDoc, "entities: [GB-ENG]\nstatus: estimate\nperiod: 2023\nmeasure: level\nstated: 6.8 per 100,000\nunit: person per 100,000",
			"8.1 people per 100,000 in the population in 2024 from 6.8 per 100,000 in 2023", nil},
		{"bare rate, no noun in the quote", homelessDoc, "entities: [GB-ENG]\nstatus: estimate\nperiod: 2023\nmeasure: level\nstated: 6.8 per 100,000\nunit: person per 100,000",
			"from 6.8 per 100,000 in 2023", []string{`unit "person per 100,000" gives the rate "6.8 per 100,000" a counted noun, but no quote names people; its sentence does: write quote: "The rate of people sleeping rough in England has increased to 8.1 people per 100,000 in the population in 2024 from 6.8 per 100,000 in 2023, though remains lower than the peak in 2017 (8.5 per 100,000)"`}},
		{"bare rate, the sentence quoted as advised", homelessDoc, "entities: [GB-ENG]\nstatus: estimate\nperiod: 2023\nmeasure: level\nstated: 6.8 per 100,000\nunit: person per 100,000",
			"The rate of people sleeping rough in England has increased to 8.1 people per 100,000 in the population in 2024 from 6.8 per 100,000 in 2023, though remains lower than the peak in 2017 (8.5 per 100,000)", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parseEntryIn(t, tt.doc, tt.fields, tt.quote)); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestBareRateTakesNoun checks that a rate the document writes without its
// counted noun ("6.8 per 100,000") beside one that names it ("8.1 people
// per 100,000") is told to take the noun's unit, and that the advice,
// stated kept in the document's words, verifies.
func TestBareRateTakesNoun(t *testing.T) {
	catalog := func(unit2023 string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(homelessDoc))
		fmt.Fprintf(&b, "  - id: rate-2024\n    title: Rate\n    entities: [GB-ENG]\n    measure: level\n    status: estimate\n    period: 2024\n    stated: 8.1 people per 100,000\n")
		fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: increased to 8.1 people per 100,000 in the population\n")
		fmt.Fprintf(&b, "  - id: rate-2023\n    title: Rate\n    entities: [GB-ENG]\n    measure: level\n    status: estimate\n    period: 2023\n    stated: 6.8 per 100,000\n%s", unit2023)
		fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: 8.1 people per 100,000 in the population in 2024 from 6.8 per 100,000 in 2023\n")
		return b.String()
	}
	read := func(string) ([]byte, error) { return []byte(homelessDoc), nil }
	_, err := indicators.Parse("c.yaml", []byte(catalog("")), read)
	want := `"6.8 per 100,000" is in "per 100,000" while "rate-2024" of the same source is in "person per 100,000": the document names the counted noun once, so both are one unit; keep stated in the document's words and write unit: person per 100,000`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse(bare rate beside a rate with its noun) error = %v, want %q", err, want)
	}
	if _, err := indicators.Parse("c.yaml", []byte(catalog("    unit: person per 100,000\n")), read); err != nil {
		t.Errorf("Parse(bare rate with the advised unit) error = %v, want nil", err)
	}
	// Another kind: a bare rate per 1,000 births beside a rate of deaths
	// per 1,000 births.
	const doc2 = "The infant mortality rate was 3.9 deaths per 1,000 live births, down from 4.1 per 1,000 live births."
	cat := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n"+
		"  - id: a\n    title: A\n    entities: [GB]\n    measure: level\n    status: fact\n    period: 2023\n    stated: 3.9 deaths per 1,000 live births\n    provenance:\n      - source: doc\n        quote: 3.9 deaths per 1,000 live births\n"+
		"  - id: b\n    title: B\n    entities: [GB]\n    measure: level\n    status: fact\n    period: 2022\n    stated: 4.1 per 1,000 live births\n    provenance:\n      - source: doc\n        quote: 3.9 deaths per 1,000 live births, down from 4.1 per 1,000 live births\n", sha(doc2))
	read2 := func(string) ([]byte, error) { return []byte(doc2), nil }
	_, err = indicators.Parse("c.yaml", []byte(cat), read2)
	if err == nil || !strings.Contains(err.Error(), "write unit: death per 1,000 live births") {
		t.Errorf("Parse(bare rate per 1,000 live births) error = %v, want advice to write unit: death per 1,000 live births", err)
	}
	fixed := strings.Replace(cat, "    stated: 4.1 per 1,000 live births\n", "    stated: 4.1 per 1,000 live births\n    unit: death per 1,000 live births\n", 1)
	if _, err := indicators.Parse("c.yaml", []byte(fixed), read2); err != nil {
		t.Errorf("Parse(bare rate per 1,000 live births, advised unit) error = %v, want nil", err)
	}
}
