package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestMessagesSayWhatToWrite checks the messages round I's four new users
// met (s17i-courts, -vehicles, -fisheries) beside another kind's case:
// each names the real cause and says what to write, and a field refused
// once gives no second message elsewhere.
func TestMessagesSayWhatToWrite(t *testing.T) {
	const doc = "As a result, the outstanding caseload fell by 1%, from 62,994 in Q3 2022 to 62,440 in Q4 2022.\n" +
		"Multipurpose vehicles comprised 55.6% of new motor vehicle registrations in 2021, up from 50.7% in 2020.\n" +
		"the most new motor vehicles were registered in the second quarter (486,592).\n" +
		"There were 5,425 slightly injured casualties in 2019.\n"
	const base = "entities: [GB-EAW]\nstatus: fact\nperiod: 2022-Q4\n"
	tests := []struct {
		name, fields, quote string
		want                []string
	}{
		{"courts: a noun the quote lacks", base + "measure: stock\nstated: 62,440 cases", "from 62,994 in Q3 2022 to 62,440 in Q4 2022",
			[]string{`the quote does not state "62,440 cases": the quote writes "62,440" without "cases": write stated: "62,440" and unit: case (name what is counted in the title)`}},
		{"roads: a noun the quote lacks", base + "measure: count\nstated: 5,425 casualties", "There were 5,425 slightly injured",
			[]string{`the quote does not state "5,425 casualties": the quote writes "5,425" without "casualties": write stated: "5,425" and unit: casualty (name what is counted in the title)`}},
		{"courts: the numbers of Q3 and Q4 are no figures", base + "measure: stock\nstated: 62,441", "from 62,994 in Q3 2022 to 62,440 in Q4 2022",
			[]string{`the quote does not state "62,441": the numbers in the quote ("62,994", "2022", "62,440", "2022") disagree with the indicator; fix the quote or the figure`}},
		{"vehicles: a quote with an extra space", base + "measure: share\nstated: 50.7%", "up from 50.7 % in 2020",
			[]string{`quote "up from 50.7 % in 2020" is not in source "doc"; the text has it with other spacing, "up from 50.7% in 2020": copy it verbatim from the text`}},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestEntityOfHomeCountry checks that a province written as tables write
// it, without its country ("QC" in a Statistics Canada release), is told
// its ISO 3166-2 code, as a US state in a US source is.
func TestEntityOfHomeCountry(t *testing.T) {
	tests := []struct{ in, home, want string }{
		{"QC", "CA", `unknown entity "QC": did you mean "CA-QC" (Quebec, Canada)? a state, province or nation is written with its country's code, as ISO 3166-2 does`},
		{"TX", "US", `unknown entity "TX": did you mean "US-TX" (Texas, United States)? a state, province or nation is written with its country's code, as ISO 3166-2 does`},
	}
	for _, tc := range tests {
		err := indicators.CheckEntityFor(tc.in, tc.home)
		if got := fmt.Sprint(err); got != tc.want {
			t.Errorf("CheckEntityFor(%q, %q) = %s, want %s", tc.in, tc.home, got, tc.want)
		}
	}
}

// TestNoFollowOnMessages checks that a field refused once (a malformed
// period, an unknown measure, an unreadable stated) gives no second
// message on the series or view that holds the indicator (s17i-courts,
// -vehicles, -fisheries), and that one heading refused for one cause
// under many quotes is one message (s17i-vehicles: 16 for a YAML list
// split at a heading's comma).
func TestNoFollowOnMessages(t *testing.T) {
	const doc = "Main Points, 2022\nThe caseload was 62,994 in Q3 2022. It was 62,440 in Q4 2022. Killybegs took just over half (50.8%) of landings.\n"
	section := `["Main Points, 2022"]`
	ind := func(id, fields, quote string) string {
		return fmt.Sprintf("  - id: %s\n    title: T %s\n    entities: [GB-EAW]\n    status: fact\n%s    provenance:\n      - source: doc\n        section: %s\n        quote: %q\n", id, id, fields, section, quote)
	}
	tests := []struct {
		name, body string
		want       []string
	}{
		{"courts: a malformed period in a series",
			"indicators:\n" + ind("a", "    measure: stock\n    stated: \"62,994\"\n    period: Q3 2022\n    series: s\n", "was 62,994 in Q3 2022") +
				ind("b", "    measure: stock\n    stated: \"62,440\"\n    period: 2022-Q4\n    series: s\n", "was 62,440 in Q4 2022") + "series:\n  - id: s\n    title: S\n",
			[]string{`"period": invalid period`}},
		{"courts: an unknown measure in a series",
			"indicators:\n" + ind("a", "    measure: rate\n    stated: 62,994\n    period: 2022-Q3\n    series: s\n", "was 62,994 in Q3 2022") +
				ind("b", "    measure: stock\n    stated: \"62,440\"\n    period: 2022-Q4\n    series: s\n", "was 62,440 in Q4 2022") + "series:\n  - id: s\n    title: S\n",
			[]string{`unknown measure "rate"`}},
		{"fisheries: an unread stated in a part-of-whole view",
			"indicators:\n" + ind("a", "    measure: share\n    stated: just over half (50.8%)\n    period: 2016\n", "just over half (50.8%)") +
				"views:\n  - id: v\n    title: V\n    kind: part_of_whole\n    indicators: [a]\n",
			[]string{`cannot read figure "just over half (50.8%)"`}},
		{"vehicles: a heading split at its comma under two quotes", "split",
			[]string{`section heading "2022" stands in source "doc" but starts no line: a heading is a whole line or starts one (the list split a heading at its comma: quote a heading that holds a comma or a colon: write section: ["Main Points, 2022"]); and 1 more quote with this section`}},
	}
	for _, tc := range tests {
		if tc.body == "split" {
			section = "[Main Points, 2022]"
			tc.body = "indicators:\n" + ind("a", "    measure: stock\n    stated: \"62,994\"\n    period: 2022-Q3\n", "was 62,994 in Q3 2022") +
				ind("b", "    measure: stock\n    stated: \"62,440\"\n    period: 2022-Q4\n", "was 62,440 in Q4 2022")
		}
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\n", sha(doc)) + tc.body
		_, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
		var msgs []string
		if l, ok := err.(indicators.ErrorList); ok {
			for _, e := range l {
				msgs = append(msgs, e.Msg)
			}
		}
		ok := len(msgs) == len(tc.want)
		for i := 0; ok && i < len(msgs); i++ {
			ok = strings.Contains(msgs[i], tc.want[i])
		}
		if !ok {
			t.Errorf("%s: messages %q, want one each holding %q", tc.name, msgs, tc.want)
		}
	}
}

// TestBaseNotice checks that a base given to a figure that is no change
// (s17i-vehicles: base: 2021-Q2 on a quarter's registrations) takes a
// notice saying what to write, while a share of an increase keeps its base
// silently (kinds/homelessness: "Over half the increase …", base: 2023).
func TestBaseNotice(t *testing.T) {
	const doc = "the most new motor vehicles were registered in the second quarter (486,592).\n" +
		"Over half the increase in the number of people sleeping rough on a single night is driven by 12 local authorities.\n"
	tests := []struct {
		name, fields, quote, want string
	}{
		{"vehicles: a base on a flow", "measure: flow\nstated: 486,592\nunit: motor vehicle\nperiod: 2021-Q4\nbase: 2021-Q2", "the second quarter (486,592)",
			`c.yaml:15:11: base 2021-Q2 given to a flow, which is no change: a base is the period a change is measured from; leave base out (say the comparison in a note), or, if the figure is a rise or fall, write measure: change with its direction`},
		{"homelessness: a share of an increase", "measure: share\nstated: Over half\nperiod: 2024\nbase: 2023", "Over half the increase", ""},
	}
	for _, tc := range tests {
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    entities: [GB]\n    status: fact\n", sha(doc))
		for _, l := range strings.Split(tc.fields, "\n") {
			y += "    " + l + "\n"
		}
		y += fmt.Sprintf("    provenance:\n      - source: doc\n        quote: %q\n", tc.quote)
		c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []string
		for _, e := range c.QuoteNotices() {
			got = append(got, e.Error())
		}
		if got := strings.Join(got, "\n"); got != tc.want {
			t.Errorf("%s: QuoteNotices() = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestMeasureAdviceRate checks that a measure word "rate" is told both
// kinds it may be: a level, or a share where it is a percent of a whole
// (s17i-courts: "ineffective trial rate 32%"); another word keeps its one.
func TestMeasureAdviceRate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"rate", "a figure that is a rate is measured as a level: write level; a rate in percent of a whole (an ineffective trial rate of 32%) is a share: write share (the kinds are flow, stock, share, change, count, rank, threshold, level)"},
		{"price", "a figure that is a price is measured as a level: write level (the kinds are flow, stock, share, change, count, rank, threshold, level)"},
	}
	for _, tc := range tests {
		if got := indicators.MeasureAdvice(tc.in); got != tc.want {
			t.Errorf("MeasureAdvice(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
