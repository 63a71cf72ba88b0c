package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Source texts of round E's hand catalogs (CSO tourism, ONS drug
// poisoning deaths, ABS national accounts, ONS consumer prices, ONS
// births), cut to the lines quoted, and lines of other kinds in the same
// shapes.
const (
	visitorsDoc = "Tourism and Travel\n\n  Overseas trips to Ireland Trips by Irish residents overseas\n‘000 ‘000\n" +
		"Reason for journeyJul - Sep 2014Jul - Sep 2015 Jul - Sep 2014Jul - Sep 2015\nBusiness291332 190202\n" +
		"Holiday/Leisure/Recreation1,2501,485 1,4461,515\n\n" +
		"The number of overseas trips to Ireland by non-residents increased from 2.440 million in Quarter 3 2014 to 2.771 million trips in Quarter 3 2015 (+13.5%)."
	labourDoc = "Workforce jobs by industry\n\nIndustry (thousands) 2023 2024\nManufacturing 2,612 2,590\n\n" +
		"Employment rose to 2,590 in the sector, the survey says."
	deathsDoc = "There were 1,772 male and 880 female drug poisoning deaths (involving both legal and illegal drugs) registered in 2011.\n" +
		"In 2011 the drug poisoning mortality rate was 63.8 deaths per million population for males.\n" +
		"The highest mortality rate from drug misuse was in 30 to 39-year-olds (110.0 deaths per million population)."
	gdpDoc = "The Australian economy recorded broad-based growth of 1.1 per cent in the December quarter 2016, a rebound from the previous quarter’s decline of 0.5 per cent.\n" +
		"Growth was recorded in 15 out of 20 industries.\n" +
		"Household final consumption expenditure contributed 0.5 percentage points to GDP growth. Net exports contributed 0.2 percentage points.\n" +
		"Public sector net borrowing decreased by £0.7 billion to £5.9 billion in September 2017."
	pricesDoc = "The Consumer Prices Index including owner occupiers’ housing costs (CPIH) rose by 0.7% in the 12 months to February 2021, down from 0.9% to January.\n" +
		"The largest upward contribution to the CPIH 12-month inflation rate came from transport (0.30 percentage points).\n" +
		"The number of CPIH items identified as unavailable was 69, accounting for 8.3% of the basket.\n" +
		"Average house prices increased by 8.6% over the year to January 2021, down from 8.5% in December 2020.\n" +
		"The rate of people sleeping rough was 8.1 per 100,000."
	birthsDoc = "There were 698,512 live births in England and Wales in 2013.\n" +
		"The stillbirth rate fell to 4.7 per thousand total births.\n" +
		"The crime rate was 62 offences per thousand persons."
)

// TestAdviceScaleSign checks the messages round E's users met and those that
// replace the silent acceptances they found, each with a case of another
// kind, and that the advice each gives verifies when applied (the rows
// with no message).
func TestAdviceScaleSign(t *testing.T) {
	const trips = "entities: [IE]\nstatus: fact\nperiod: 2015-Q3\nmeasure: count\n"
	const ew = "entities: [GB-EAW]\nstatus: fact\nperiod: 2011\n"
	const au = "entities: [AU]\nstatus: fact\nperiod: 2016-Q4\n"
	const gb = "entities: [GB]\nstatus: fact\nperiod: 2021-02\n"
	tests := []struct {
		name, doc, fields, quote string
		want                     string // a part of the one message; "" when it verifies
	}{
		// A table's scale: "'000" above the cell.
		{"cell under '000, no scale", visitorsDoc, trips + "stated: \"1,485\"\nunit: trip", "1,485",
			`"1,485" stands under the table's scale "‘000", so it is 1,485 thousand: write scale: thousand to record it at its true size (stated stays "1,485")`},
		{"cell under '000, scale", visitorsDoc, trips + "stated: \"1,485\"\nunit: trip\nscale: thousand", "1,485", ""},
		{"unit with a scale word", visitorsDoc, trips + "stated: \"1,485\"\nunit: thousand trips", "1,485",
			`unit "thousand trips" carries the scale word "thousand": a unit is one of what is counted; write unit: trip and scale: thousand`},
		{"value a thousand times stated", visitorsDoc, trips + "stated: \"332\"\nvalue: 332000\nunit: trip", "Business291332",
			`value disagrees with stated "332": value 332000 is stated 332 in thousands: where the source's table gives its figures in thousands ("'000"), write scale: thousand and leave value out`},
		{"stated with a scale word the cell lacks", visitorsDoc, trips + "stated: 1,485 thousand trips", "1,485",
			`the quote does not state "1,485 thousand trips": the quote writes "1,485" without a scale word: where a table's header gives the scale ("'000"), write stated: "1,485" with scale: thousand`},
		{"scale no header states", visitorsDoc, trips + "stated: 2.771 million trips\nscale: thousand", "to 2.771 million trips in Quarter 3 2015",
			`scale "thousand" disagrees with stated "2.771 million trips" (scale "million"): leave scale out, it is read from stated`},
		{"jobs table in thousands", labourDoc, "entities: [GB]\nstatus: fact\nperiod: 2024\nmeasure: count\nstated: \"2,590\"\nunit: job\nscale: thousand", "Manufacturing 2,612 2,590", ""},
		{"prose figure given a scale", labourDoc, "entities: [GB]\nstatus: fact\nperiod: 2024\nmeasure: count\nstated: \"2,590\"\nunit: job\nscale: thousand", "Employment rose to 2,590 in the sector",
			`scale thousand says "2,590" is in thousands, but no header line of its table above the quote (the lines from the blank line before the quote to its own line) states a scale`},
		// Units in the plural, and counts without a unit.
		{"plural unit", deathsDoc, ew + "measure: level\nstated: \"63.8\"\nunit: deaths per million population", "63.8 deaths per million population",
			`unit "deaths per million population" is a plural: a unit is written in the singular: write unit: death per million population`},
		{"singular unit", deathsDoc, ew + "measure: level\nstated: \"63.8\"\nunit: death per million population", "63.8 deaths per million population", ""},
		{"plural unit of schools", adviceDoc, "entities: [GB]\nstatus: fact\nperiod: 2018/19\nmeasure: count\nstated: \"52,247\"\nunit: teachers", "There were 52,247 FTE teachers",
			`unit "teachers" is a plural: a unit is written in the singular: write unit: teacher`},
		// The document's digits.
		{"fewer digits than the quote", deathsDoc, ew + "measure: level\nstated: \"110\"\nunit: death per million population", "(110.0 deaths per million population)",
			`the quote writes "110.0" where stated is "110": write stated: "110.0", the document's characters`},
		{"the quote's digits", deathsDoc, ew + "measure: level\nstated: \"110.0\"\nunit: death per million population", "(110.0 deaths per million population)", ""},
		{"rough sleeping rate rounded", pricesDoc, gb + "measure: level\nstated: 8 per 100,000", "The rate of people sleeping rough was 8.1 per 100,000",
			`the quote does not state "8 per 100,000"`},
		// A proportion is no count.
		{"proportion as a count", gdpDoc, au + "measure: count\nstated: 15 out of 20", "Growth was recorded in 15 out of 20 industries",
			`"15 out of 20" is a proportion, not a count (it reads as 0.75, that is 75%): write measure: share, and say what it is a share of in the title; to count the 15 themselves, write stated: "15" with their unit and say "out of 20" in the title`},
		{"proportion as a share", gdpDoc, au + "measure: share\nstated: 15 out of 20", "Growth was recorded in 15 out of 20 industries", ""},
		{"the count as advised", gdpDoc, au + "measure: count\nstated: \"15\"\nunit: industry", "Growth was recorded in 15 out of 20 industries", ""},
		// One base for "per thousand" and "per 1,000"; a modifier kept.
		{"per 1,000 for per thousand", birthsDoc, "entities: [GB-EAW]\nstatus: fact\nperiod: 2013\nmeasure: level\nstated: 4.7 per thousand total births\nunit: stillbirth per 1,000 total births", "The stillbirth rate fell to 4.7 per thousand total births", ""},
		{"crime per 1,000", birthsDoc, "entities: [GB-EAW]\nstatus: fact\nperiod: 2013\nmeasure: level\nstated: 62 offences per thousand persons\nunit: offence per 1,000 persons", "62 offences per thousand persons", ""},
		{"live births", birthsDoc, "entities: [GB-EAW]\nstatus: fact\nperiod: 2013\nmeasure: count\nstated: 698,512 live births\nunit: live birth", "There were 698,512 live births", ""},
		{"a modifier the figure lacks", birthsDoc, "entities: [GB-EAW]\nstatus: fact\nperiod: 2013\nmeasure: count\nstated: 698,512 live births\nunit: still birth", "There were 698,512 live births",
			`unit "still birth" disagrees with stated "698,512 live births"`},
		{"poisoning deaths", deathsDoc, ew + "measure: count\nstated: 880 female drug poisoning deaths\nunit: poisoning death", "880 female drug poisoning deaths", ""},
		// A move from the figure is not its way.
		{"down from, direction up", pricesDoc, "entities: [GB]\nstatus: fact\nperiod: 2021-01\nmeasure: change\nstated: 0.9%\ndirection: up", "down from 0.9% to January",
			`direction "up" but the quote has no word for it: "down from 0.9%" says how the figure moved to the next, not its own way; quote the sentence from the verb that says its way ("rose by …, down from 0.9%")`},
		{"down from, no direction", pricesDoc, "entities: [GB]\nstatus: fact\nperiod: 2021-01\nmeasure: change\nstated: 0.9%", "down from 0.9% to January",
			`its quote's "down from 0.9%" says how the figure moved to the next, not its own way`},
		{"down from, verb quoted", pricesDoc, "entities: [GB]\nstatus: fact\nperiod: 2021-01\nmeasure: change\nstated: 0.9%\ndirection: up", "rose by 0.7% in the 12 months to February 2021, down from 0.9% to January", ""},
		{"house prices down from", pricesDoc, "entities: [GB]\nstatus: fact\nperiod: 2020-12\nmeasure: change\nstated: 8.5%\ndirection: up", "down from 8.5% in December 2020",
			`"down from 8.5%" says how the figure moved to the next`},
		// A sign the quote says in words.
		{"signed fall", gdpDoc, "entities: [AU]\nstatus: fact\nperiod: 2016-Q3\nmeasure: change\nstated: -0.5 per cent", "the previous quarter’s decline of 0.5 per cent",
			`the quote does not state "-0.5 per cent": the quote writes "0.5 per cent" without a sign and says "decline": write stated: "0.5 per cent" with direction: down`},
		{"fall as advised", gdpDoc, "entities: [AU]\nstatus: fact\nperiod: 2016-Q3\nmeasure: change\nstated: 0.5 per cent\ndirection: down", "the previous quarter’s decline of 0.5 per cent", ""},
		{"borrowing signed", gdpDoc, "entities: [GB]\nstatus: fact\nperiod: 2017-09\nmeasure: change\nstated: -£0.7 billion", "Public sector net borrowing decreased by £0.7 billion",
			`write stated: "£0.7 billion" with direction: down`},
		// Contributions to a rate are shares of it.
		{"contribution as a change", gdpDoc, au + "measure: change\nstated: 0.2 percentage points\ndirection: up", "Net exports contributed 0.2 percentage points.",
			`the quote says "contributed": a contribution to a rate of growth or inflation is the part of it one component accounts for, not a change of its own: write measure: share (unit percentage_point) and leave direction and base out`},
		{"contribution to growth as a change", gdpDoc, au + "measure: change\nstated: 0.5 percentage points\ndirection: up", "contributed 0.5 percentage points to GDP growth",
			`the quote says "contributed"`},
		{"contribution as a share", gdpDoc, au + "measure: share\nstated: 0.2 percentage points", "Net exports contributed 0.2 percentage points.", ""},
		{"inflation contribution as a change", pricesDoc, gb + "measure: change\nstated: 0.30 percentage points\ndirection: up\nbase: 2020-02", "The largest upward contribution to the CPIH 12-month inflation rate came from transport (0.30 percentage points)",
			`the quote says "contribution"`},
		{"inflation contribution as a share", pricesDoc, gb + "measure: share\nstated: 0.30 percentage points", "The largest upward contribution to the CPIH 12-month inflation rate came from transport (0.30 percentage points)", ""},
		// A rate of inflation is a level.
		{"inflation rate as a change", pricesDoc, gb + "measure: change\nstated: 0.7%\ndirection: up\nbase: 2020-02", "(CPIH) rose by 0.7% in the 12 months to February 2021",
			`the quote gives a rate of "cpih": a rate of inflation is a level, the rate for its period, whatever verb says how prices got there: write measure: level and leave direction and base out`},
		{"inflation rate as a level", pricesDoc, gb + "measure: level\nstated: 0.7%", "(CPIH) rose by 0.7% in the 12 months to February 2021", ""},
		{"pay growth adjusted for inflation", "In real terms (after adjusting for inflation), annual growth in total pay is estimated to be 1.6%.", gb + "measure: change\nstated: 1.6%", "after adjusting for inflation), annual growth in total pay is estimated to be 1.6%", ""},
		{"measure word contribution", gdpDoc, au + "measure: contribution\nstated: 0.2 percentage points", "Net exports contributed 0.2 percentage points.",
			`unknown measure "contribution": a figure that is a contribution is measured as a share: write share`},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, tt.doc, tt.fields, tt.quote)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("%s: Parse messages = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || !containsMsg(got, tt.want)):
			t.Errorf("%s: Parse messages = %q, want one, holding %q", tt.name, got, tt.want)
		}
	}
}

// containsMsg reports whether one of msgs holds want.
func containsMsg(msgs []string, want string) bool {
	for _, m := range msgs {
		if strings.Contains(m, want) {
			return true
		}
	}
	return false
}

// parseCatalogIn parses a catalog whose source "doc" has the text doc and
// whose other lines are given, and returns Parse's messages with their
// positions.
func parseCatalogIn(t *testing.T, doc, sourceExtra, rest string) []string {
	t.Helper()
	cat := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n%s    sha256: %s\n%s", sourceExtra, sha(doc), rest)
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	_, err := indicators.Parse("c.yaml", []byte(cat), read)
	if err == nil {
		return nil
	}
	var list indicators.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Parse error = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	return got
}

// TestAdviceScaleSignEntries checks the round-E messages that need more than one
// entry: a series point without its unit, a derived gap between two
// rates given its unit in points, a misspelt text field (one message, on
// the field, not one per quote nor one more on the source), and a quote a bulletin repeats under two headings.
func TestAdviceScaleSignEntries(t *testing.T) {
	ind := func(id, stated, unit, quote, extra string) string {
		u := ""
		if unit != "" {
			u = "    unit: " + unit + "\n"
		}
		return fmt.Sprintf("  - id: %s\n    title: %s\n    entities: [GB-EAW]\n    measure: count\n    status: fact\n    period: 2011\n    stated: %q\n%s%s    provenance:\n      - source: doc\n        quote: %q\n", id, id, stated, u, extra, quote)
	}
	const repeated = "1. Key findings\n\nThere were 698,512 live births in 2013.\n\n3. Live births\n\nThere were 698,512 live births in 2013.\n"
	tests := []struct {
		name, doc, source, rest string
		want                    []string // parts of the messages, in order; nil when it verifies
	}{
		{"series point without its unit", deathsDoc, "    text: doc.txt\n",
			"series:\n  - id: s\n    title: S\n    unit: death\nindicators:\n" + ind("a", "880", "", "880 female drug poisoning deaths", "    series: s\n"),
			[]string{`indicator "a" is in series "s", whose unit is death, but its own unit is a pure number: the points of a series have one unit (the scale word may differ); write unit: death to match`}},
		{"series point with its unit", deathsDoc, "    text: doc.txt\n",
			"series:\n  - id: s\n    title: S\n    unit: death\nindicators:\n" + ind("a", "880", "death", "880 female drug poisoning deaths", "    series: s\n"), nil},
		{"gap between two rates in points", pricesDoc, "    text: doc.txt\n",
			"indicators:\n" + strings.ReplaceAll(ind("a", "0.7%", "", "rose by 0.7%", "    direction: up\n")+ind("b", "8.6%", "", "increased by 8.6%", "    direction: up\n"), "measure: count", "measure: change") +
				"derived:\n  - id: gap\n    title: Gap\n    formula: difference\n    inputs: [a, b]\n    unit: percentage_point\n", nil},
		{"gap between two rates in percent", pricesDoc, "    text: doc.txt\n",
			"indicators:\n" + strings.ReplaceAll(ind("a", "0.7%", "", "rose by 0.7%", "    direction: up\n")+ind("b", "8.6%", "", "increased by 8.6%", "    direction: up\n"), "measure: count", "measure: change") +
				"derived:\n  - id: gap\n    title: Gap\n    formula: difference\n    inputs: [a, b]\n    unit: percent\n",
			[]string{`derived "gap" computes unit = "percentage_point", not percent`}},
		{"text_path", deathsDoc, "    text_path: doc.txt\n",
			"indicators:\n" + ind("a", "880", "death", "880 female drug poisoning deaths", "") + ind("b", "1,772", "death", "There were 1,772 male", ""),
			[]string{`c.yaml:4:5: unknown field "text_path" in source: did you mean "text"?`}},
		{"a repeated quote under its section", repeated, "    text: doc.txt\n",
			"indicators:\n" + strings.Replace(ind("a", "698,512 live births", "", "There were 698,512 live births in 2013.", ""), "    provenance:\n      - source: doc\n", "    provenance:\n      - source: doc\n        section: [3. Live births]\n", 1), nil},
		{"a repeated quote with no section", repeated, "    text: doc.txt\n",
			"indicators:\n" + ind("a", "698,512 live births", "", "There were 698,512 live births in 2013.", ""),
			[]string{`quote occurs 2 times in source "doc": give section: [the heading above the one you mean] (the first after its headings is taken), or its start and end (start: 17, end: 56; start: 74, end: 113)`}},
	}
	for _, tt := range tests {
		got := parseCatalogIn(t, tt.doc, tt.source, tt.rest)
		if tt.want == nil {
			if got != nil {
				t.Errorf("%s: Parse messages = %q, want none", tt.name, got)
			}
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("%s: Parse messages = %q, want %d", tt.name, got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: message %d = %q, want one holding %q", tt.name, i, got[i], w)
			}
		}
	}
}

// TestIssuedFrom checks that a source may say where its issue date was
// read (the ABS release's stored text lacks it), that the JSON export
// carries it, and that it is refused without a date to explain.
func TestIssuedFrom(t *testing.T) {
	src := func(fields string) string {
		return fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n%s    text: doc.txt\n    sha256: %s\nindicators:\n"+
			"  - id: a\n    title: A\n    entities: [AU]\n    measure: share\n    status: fact\n    period: 2016-Q4\n    stated: 0.2 percentage points\n"+
			"    provenance:\n      - source: doc\n        quote: Net exports contributed 0.2 percentage points.\n", fields, sha(gdpDoc))
	}
	read := func(string) ([]byte, error) { return []byte(gdpDoc), nil }
	c, err := indicators.Parse("c.yaml", []byte(src("    issued: 2017-03-01\n    issued_from: ABS release calendar\n")), read)
	if err != nil {
		t.Fatalf("Parse(issued_from) error = %v, want nil", err)
	}
	if got := c.Sources[0].IssuedFrom; got != "ABS release calendar" {
		t.Errorf("IssuedFrom = %q, want %q", got, "ABS release calendar")
	}
	var b strings.Builder
	if err := indicators.WriteJSON(&b, c); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	if want := `"issued_from": "ABS release calendar"`; !strings.Contains(b.String(), want) {
		t.Errorf("WriteJSON wrote no %s", want)
	}
	_, err = indicators.Parse("c.yaml", []byte(src("    issued_from: ABS release calendar\n")), read)
	if want := `issued_from says where the issue date was read, but source "doc" has no issued date: add issued`; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse(issued_from without issued) error = %v, want %q", err, want)
	}
}

// TestCountNotices checks that a figure counting what its quote names but
// given no unit is told its unit at its own line, as a notice (verify
// -strict refuses it; the drafts, which verify as written, draft such
// counts bare), with a case of each kind and none where the quote's
// plural word is no noun of the figure.
func TestCountNotices(t *testing.T) {
	const ew = "entities: [GB-EAW]\nstatus: fact\nperiod: 2011\n"
	tests := []struct {
		name, doc, fields, quote string
		want                     string // "" for no notice
	}{
		{"deaths after the figure", deathsDoc, ew + "measure: count\nstated: \"880\"", "880 female drug poisoning deaths", `c.yaml:13:13: "880" has no unit, but its quote counts "deaths": write unit: death`},
		{"deaths given their unit", deathsDoc, ew + "measure: count\nstated: \"880\"\nunit: death", "880 female drug poisoning deaths", ""},
		{"the number of items", pricesDoc, ew + "measure: count\nstated: \"69\"", "The number of CPIH items identified as unavailable was 69", `c.yaml:13:13: "69" has no unit, but its quote counts "items": write unit: item`},
		{"a verb after the figure", "Attendances ('Type 1')3 in England has increased.", ew + "measure: flow\nstated: \"3\"", "('Type 1')3 in England has increased", ""},
		{"a share is no count", pricesDoc, ew + "measure: share\nstated: 8.3%", "accounting for 8.3% of the basket", ""},
	}
	for _, tt := range tests {
		var b strings.Builder
		fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n", sha(tt.doc))
		for _, l := range strings.Split(tt.fields, "\n") {
			fmt.Fprintf(&b, "    %s\n", l)
		}
		fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: %q\n", tt.quote)
		read := func(string) ([]byte, error) { return []byte(tt.doc), nil }
		c, err := indicators.Parse("c.yaml", []byte(b.String()), read)
		if err != nil {
			t.Errorf("%s: Parse error = %v, want nil", tt.name, err)
			continue
		}
		var got []string
		for _, e := range c.QuoteNotices() {
			got = append(got, e.Error())
		}
		switch {
		case tt.want == "" && len(got) > 0:
			t.Errorf("%s: QuoteNotices() = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
			t.Errorf("%s: QuoteNotices() = %q, want [%q]", tt.name, got, tt.want)
		}
	}
}
