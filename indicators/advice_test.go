package indicators_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// adviceDoc is the source text of the catalogs parseEntry builds: the
// kinds of statistical release new users met (immunisation coverage,
// school statistics, house building).
const adviceDoc = `12-month UK coverage for the 6-in-1 vaccine decreased by 0.1% to 92.3%.
An estimated 11% of two year olds were registered, an increase of 559 FTE since 2018.
There were 52,247 FTE teachers. The attendance rate for the 2018/19 school year was 93.0%.
Unemployment fell by 0.4% to 4.1% of the labour force.
In London the rate was 5.2%, and in the City of London 3.1%.`

// parseEntry parses a catalog of one indicator, whose fields (without id,
// title and provenance) are given as YAML lines, quoting quote from
// adviceDoc, and returns Parse's messages without their positions.
func parseEntry(t *testing.T, fields, quote string) []string {
	t.Helper()
	return parseEntryIn(t, adviceDoc, fields, quote)
}

// parseEntryIn is parseEntry quoting the source text doc.
func parseEntryIn(t *testing.T, doc, fields, quote string) []string {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n", sha(doc))
	for _, l := range strings.Split(strings.TrimSpace(fields), "\n") {
		fmt.Fprintf(&b, "    %s\n", strings.TrimSpace(l))
	}
	fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: %q\n", quote)
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	_, err := indicators.Parse("c.yaml", []byte(b.String()), read)
	if err == nil {
		return nil
	}
	var list indicators.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Parse error = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		msg := e.Error()
		if _, rest, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(msg, "c.yaml:") {
			msg = rest
		}
		got = append(got, msg)
	}
	return got
}

// TestAdvice checks that the messages a new user meets say what to write,
// and that following them verifies: percentage points written "%", school
// years, hedges in the quote's own letters, entity names, measure words,
// full-time equivalents.
func TestAdvice(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022-Q4\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"points written %, declared", base + "measure: change\nstated: 0.1%\ndirection: down\nunit: percentage_point\npercent_as_points: true",
			"decreased by 0.1% to 92.3%", nil},
		{"points written %, undeclared", base + "measure: change\nstated: 0.1%\ndirection: down\nunit: percentage_point",
			"decreased by 0.1% to 92.3%", []string{`unit "percentage_point" disagrees with stated "0.1%", which reads as "percent": where the document writes a change of a rate in "%" meaning percentage points ("decreased by 0.1% to 92.3%"), keep unit: percentage_point and add percent_as_points: true (measure: change); otherwise write unit: percent`}},
		{"points declared on a level", base + "measure: share\nstated: 92.3%\nunit: percentage_point\npercent_as_points: true",
			"decreased by 0.1% to 92.3%", []string{`percent_as_points says the document writes a change in percentage points with "%", but the measure is "share": a level or share is in percent; write measure: change, or leave percent_as_points out`}},
		{"points declared on percent", base + "measure: change\nstated: 0.1%\ndirection: down\npercent_as_points: true",
			"decreased by 0.1% to 92.3%", []string{`percent_as_points needs unit: percentage_point, not "percent"`}},
		{"points declared, stated in points", base + "measure: change\nstated: 0.4 percentage points\ndirection: down\npercent_as_points: yes",
			"fell by 0.4% to 4.1%", []string{`"percent_as_points" must be true or false; got "yes"`}},
		{"school year", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 93.0%\nperiod: 2018/19",
			"The attendance rate for the 2018/19 school year was 93.0%", nil},
		{"school year with a dash", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 93.0%\nperiod: 2018-19",
			"The attendance rate for the 2018/19 school year was 93.0%", nil}, // a year across two, as Australian releases write it
		{"financial year with a dash and a suffix", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 93.0%\nperiod: 2018-19 financial year",
			"The attendance rate for the 2018/19 school year was 93.0%", []string{`"period": invalid period "2018-19 financial year": write the year across two calendar years as 2018-19`}},
		{"school year as SY", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 93.0%\nperiod: SY2018-19",
			"The attendance rate for the 2018/19 school year was 93.0%", []string{`"period": invalid period "SY2018-19": write the year across two calendar years as 2018-19`}},
		{"school year not running on", "entities: [GB]\nstatus: fact\nmeasure: level\nstated: 93.0%\nperiod: 2018/20",
			"The attendance rate for the 2018/19 school year was 93.0%", []string{`"period": invalid period "2018/20": a year across two calendar years (school, academic, crop or farm year) runs into the next year: write 2018/19`}},
		{"hedge in the quote's capital", base + "measure: share\nstated: 11%",
			"An estimated 11% of two year olds", []string{`the quote says "An estimated" before "11%", the figure's status, not a bound on its value: write status: estimate (and keep stated: "11%")`}},
		{"estimated: its status followed", "entities: [GB]\nstatus: estimate\nperiod: 2022-Q4\nmeasure: share\nstated: 11%",
			"An estimated 11% of two year olds", nil},
		{"hedge advice followed", base + "measure: share\nstated: An estimated 11%",
			"An estimated 11% of two year olds", nil},
		{"stated differs in case", base + "measure: share\nstated: an estimated 11%",
			"An estimated 11% of two year olds", []string{`the quote writes "An estimated 11%", which differs from stated "an estimated 11%" only in case: write stated: "An estimated 11%", the quote's own letters`}},
		{"entity by name", "entities: [Scotland]\nstatus: fact\nperiod: 2019\nmeasure: share\nstated: An estimated 11%",
			"An estimated 11% of two year olds", []string{`unknown entity "Scotland": did you mean "GB-SCT" (Scotland)? an entity is written as its code`}},
		{"entity by a common name", "entities: [the euro area]\nstatus: fact\nperiod: 2019\nmeasure: share\nstated: An estimated 11%",
			"An estimated 11% of two year olds", []string{`unknown entity "the euro area": did you mean "EZ" (Euro area)? an entity is written as its code`}},
		{"entity unknown", "entities: [Narnia]\nstatus: fact\nperiod: 2019\nmeasure: share\nstated: An estimated 11%",
			"An estimated 11% of two year olds", []string{`unknown entity "Narnia": write an ISO 3166-1 alpha-2 country code such as "US" or "JP", an ISO 3166-2 subdivision code such as "GB-ENG" (England), "WLD" for the world, a UN M49 region code such as "202" (Sub-Saharan Africa) or "150" (Europe), "EU" or "EZ" (the euro area), or an organisation such as "NATO", "OECD", "DAC" or "G20"`}},
		{"measure ratio", base + "measure: ratio\nstated: 93.0%", "was 93.0%",
			[]string{`unknown measure "ratio": a figure that is a ratio is measured as a level: write level (the kinds are flow, stock, share, change, count, rank, threshold, level)`}},
		{"measure average", base + "measure: average\nstated: 93.0%", "was 93.0%",
			[]string{`unknown measure "average": a figure that is a average is measured as a level: write level (the kinds are flow, stock, share, change, count, rank, threshold, level)`}},
		{"measure upper case", base + "measure: Level\nstated: 93.0%", "was 93.0%",
			[]string{`unknown measure "Level": write it in lower case: level`}},
		{"measure unknown", base + "measure: vibe\nstated: 93.0%", "was 93.0%",
			[]string{`unknown measure "vibe": write one of flow, stock, share, change, count, rank, threshold, level`}},
		{"FTE as a currency", base + "measure: change\nstated: 559 FTE\ndirection: up\nunit: FTE", "an increase of 559 FTE",
			[]string{`unknown currency "FTE": an upper-case unit is read as an ISO 4217 currency code; "FTE" is a basis of counting (full-time equivalent): write the counted noun in lower case, such as "full-time equivalent teacher"`}},
		{"FTE alone, in words", base + "measure: change\nstated: 559 FTE\ndirection: up\nunit: full-time equivalent staff", "an increase of 559 FTE", nil},
		{"FTE alone, abbreviated", base + "measure: change\nstated: 559 FTE\ndirection: up\nunit: fte staff", "an increase of 559 FTE", nil},
		{"FTE before the noun", base + "measure: stock\nstated: 52,247 FTE teachers\nunit: full-time equivalent teacher", "There were 52,247 FTE teachers", nil},
		{"FTE basis, another noun", base + "measure: stock\nstated: 52,247 FTE teachers\nunit: full-time equivalent pupil", "There were 52,247 FTE teachers",
			[]string{`unit "full-time equivalent pupil" disagrees with stated "52,247 FTE teachers", which reads as "teacher": write unit: full-time equivalent teacher, as the stated words count, or stated: "52,247", the figure alone, to keep unit: full-time equivalent pupil`}},
	}
	for _, tt := range tests {
		got := parseEntry(t, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestSplitYear checks the year across two calendar years (a school,
// academic, crop or farm year), field by field: how it
// is read, written back and labelled.
func TestSplitYear(t *testing.T) {
	tests := []struct {
		in            string
		year          int
		str, label    string
		isYear, isFis bool
	}{
		{"2018/19", 2018, "2018/19", "2018/19", false, false},
		{"1999/00", 1999, "1999/00", "1999/00", false, false},
		{"2021/22", 2021, "2021/22", "2021/22", false, false},       // Defra's farm accounting year
		{"2018/2019", 2018, "2018/2019", "2018–2019", false, false}, // two calendar years
		{"2018", 2018, "2018", "2018", true, false},
		{"2011-12", 2011, "2011-12", "December 2011", false, false}, // a month, not a school year
		// Written with a hyphen, as the document writes it: Australia's
		// financial year "2021-22", labelled with an en dash.
		{"2021-22", 2021, "2021-22", "2021–22", false, false},
		{"1999-00", 1999, "1999-00", "1999–00", false, false},
		{"FY2018-19", 2018, "FY2018-19", "FY 2018–19", false, true},
	}
	for _, tt := range tests {
		p, err := indicators.ParsePeriod(tt.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q) error %v", tt.in, err)
			continue
		}
		if p.From.Year != tt.year || p.String() != tt.str || p.Label() != tt.label || p.IsYear() != tt.isYear || p.Fiscal != tt.isFis {
			t.Errorf("ParsePeriod(%q) = year %d, %q, label %q, IsYear %v, Fiscal %v; want %d, %q, %q, %v, %v",
				tt.in, p.From.Year, p.String(), p.Label(), p.IsYear(), p.Fiscal, tt.year, tt.str, tt.label, tt.isYear, tt.isFis)
		}
	}
	if got, want := indicators.SplitYear(2016), (indicators.Period{From: indicators.Date{Year: 2016}, Split: true}); got != want {
		t.Errorf("SplitYear(2016) = %+v, want %+v", got, want)
	}
}

// TestEntityCode checks the names EntityCode reads, in any case.
func TestEntityCode(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Scotland", "GB-SCT"}, {"scotland", "GB-SCT"}, {"Northern Ireland", "GB-NIR"}, {"Japan", "JP"},
		{"United Kingdom", "GB"}, {"the United States", "US"}, {"World", "WLD"}, {"NATO", "NATO"},
		{"Sub-Saharan Africa", "202"}, {"Narnia", ""}, {"", ""},
	} {
		if got := indicators.EntityCode(tt.in); got != tt.want {
			t.Errorf("EntityCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPercentAsPointsLabel checks that a change the document writes in "%"
// meaning points is labelled in points, while its stated words and quote
// keep the "%".
func TestPercentAsPointsLabel(t *testing.T) {
	ind := indicators.Indicator{Stated: "0.1%", Unit: indicators.PercentagePointUnit, PercentAsPoints: true, Measure: indicators.Change,
		Quantity: indicators.Quantity{Value: indicators.MustParseDecimal("0.1"), Direction: indicators.Down}}
	if got, want := ind.Label(), "0.1 percentage points"; got != want {
		t.Errorf("Label() = %q, want %q", got, want)
	}
	ind.PercentAsPoints = false
	if got, want := ind.Label(), "0.1%"; got != want {
		t.Errorf("Label() without PercentAsPoints = %q, want %q", got, want)
	}
}
