package indicators_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// catalogMessages parses a catalog of one source, doc, and the indicators
// given (YAML items under "indicators:"), and returns the messages of its
// errors and, where it loads, of its notices (QuoteNotices), without
// positions.
func catalogMessages(t *testing.T, doc, items string) []string {
	t.Helper()
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(doc), items)
	return parseMessages(t, "c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
}

// parseMessages parses src and returns the messages of its errors or, if
// it loads, of its notices, without positions.
func parseMessages(t *testing.T, name string, src []byte, read indicators.TextReader) []string {
	t.Helper()
	c, err := indicators.Parse(name, src, read)
	var list indicators.ErrorList
	if err == nil {
		list = c.QuoteNotices()
	} else if !errors.As(err, &list) {
		t.Fatalf("Parse error = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Msg)
	}
	return got
}

// catalogItem is one indicator of catalogMessages: its fields, then a quote.
func catalogItem(id, fields, section, quote string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "  - id: %s\n    title: %s\n", id, strings.ToUpper(id[:1])+id[1:])
	for _, l := range strings.Split(strings.TrimSpace(fields), "\n") {
		fmt.Fprintf(&b, "    %s\n", strings.TrimSpace(l))
	}
	fmt.Fprintf(&b, "    provenance:\n      - source: doc\n")
	if section != "" {
		fmt.Fprintf(&b, "        section: %s\n", section)
	}
	fmt.Fprintf(&b, "        quote: %q\n", quote)
	return b.String()
}

// TestMessageFixesVerify checks the messages round J's three new users met
// (s17j-benefits, -forestry, -ports) beside another kind's case: each says
// what to write, and writing it verifies with no message left (the
// advice offers only what verify then accepts). A row's fix is applied
// to its fields: each "old => new" pair replaces old.
func TestMessageFixesVerify(t *testing.T) {
	const benefits = "DWP benefits statistics: February 2023\n\n1. Headlines\n\nIn the year to August 2022:\n\n" +
		"  • Employment and Support Allowance fell by 6.2% to 1.7 million claimants\n\n" +
		"  • Jobseeker’s Allowance fell by 35.1% to 89,000 claimants\n\n" +
		"there were 5.8 million Universal Credit claimants at December 2022\n"
	const forestry = "During 2023/4 a total of 15,000 hectares (ha) of new woodland were created in Scotland, which is more than an 80% jump from the year before.\n" +
		"There were 300 separate woodland creation projects in Scotland last year.\n"
	const ports = "The total number of passengers carried in the seawater and coastal transport decreased in the first quarter of 2009 by 11.0% and in the transport of goods by 5.3%, as compared to the same period of 2008.\n" +
		"Retail sales in May 2022 rose 4.0% compared with 12 months earlier (-1.2%).\n"
	const gb = "entities: [GB-GBN]\nstatus: fact\n"
	tests := []struct {
		name, doc, fields, quote string
		want                     string // what the one message holds; "" for none
		fix                      string // "old => new" pairs, split by " | ", making it verify
	}{
		{"benefits: a change without a way is offered only direction", benefits,
			gb + "measure: change\nstated: 35.1%\nperiod: 2022-08\nbase: 2021-08", "Jobseeker’s Allowance fell by 35.1%",
			`add direction: down for a fall (direction: up if the figure is a rise beside it); without it a fall`, "base: 2021-08 => base: 2021-08\ndirection: down"},
		{"benefits: a signed stated whose quote writes it unsigned", benefits,
			gb + "measure: change\nstated: -35.1%\nperiod: 2022-08\nbase: 2021-08", "Jobseeker’s Allowance fell by 35.1%",
			`write stated: "35.1%" with direction: down`, "stated: -35.1% => stated: 35.1%\ndirection: down"},
		{"ports: a signed stated with direction down, quote unsigned", ports,
			"entities: [HR]\nstatus: estimate\nmeasure: change\nstated: -11.0%\ndirection: down\nperiod: 2009-Q1\nbase: 2008-Q1", "decreased in the first quarter of 2009 by 11.0%",
			`direction down given to the signed figure "-11.0%", but the quote writes it without the sign: write stated: "11.0%" and keep direction: down`, "stated: -11.0% => stated: 11.0%"},
		{"retail: a signed quote keeps the offer of its sign", ports,
			"entities: [US]\nstatus: fact\nmeasure: change\nstated: -1.2%\ndirection: down\nperiod: 2021-05\nbase: 2020-05", "12 months earlier (-1.2%)",
			`leave direction out, or write "1.2%" and keep direction: down`, "direction: down => "},
		{"forestry: an article between hedge and figure reads", forestry,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: change\nstated: more than an 80%\ndirection: up\nperiod: 2023/24\nbase: 2022/23", "more than an 80% jump from the year before", "", ""},
		{"forestry: the hedge without its article", forestry,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: change\nstated: more than 80%\ndirection: up\nperiod: 2023/24\nbase: 2022/23", "more than an 80% jump from the year before",
			`its number agrees, but the quote words it "more than an 80%": write stated: "more than an 80%"`, "stated: more than 80% => stated: more than an 80%"},
		{"forestry: the figure without its hedge", forestry,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: change\nstated: 80%\ndirection: up\nperiod: 2023/24\nbase: 2022/23", "more than an 80% jump from the year before",
			`the quote says "more than an" before "80%" but the indicator is exact: write stated: "more than an 80%"`, "stated: 80% => stated: more than an 80%"},
		{"forestry: the hedge as a qualifier field", forestry,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: change\nstated: 80%\nqualifier: more_than\ndirection: up\nperiod: 2023/24\nbase: 2022/23", "more than an 80% jump from the year before",
			`write stated: "more than an 80%" and leave qualifier out`, "stated: 80% => stated: more than an 80% | qualifier: more_than\n => "},
		{"equal numbers, another hedge: never called different", ports,
			"entities: [HR]\nstatus: estimate\nmeasure: change\nstated: more than 5.3%\ndirection: down\nperiod: 2009-Q1\nbase: 2008-Q1", "decreased in the first quarter of 2009 by 11.0% and in the transport of goods by 5.3%",
			`its number agrees, but the quote hedges it otherwise, "5.3%": write stated: "5.3%"`, "stated: more than 5.3% => stated: 5.3%"},
		{"forestry: the counted noun ends the advised figure", forestry,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: flow\nstated: 300 projects\nperiod: 2023/24", "There were 300 separate woodland creation projects in Scotland last year",
			`write stated: "300 separate woodland creation projects", the quote's own characters`, "stated: 300 projects => stated: 300 separate woodland creation projects"},
		{"ports: a change with no base whose sentence names it", ports,
			"entities: [HR]\nstatus: estimate\nmeasure: change\nstated: 11.0%\ndirection: down\nperiod: 2009-Q1", "decreased in the first quarter of 2009 by 11.0%",
			`a change with no base, and its sentence says "compared to the same period of 2008": write base: 2008-Q1`, "period: 2009-Q1 => period: 2009-Q1\nbase: 2008-Q1"},
		{"benefits: a list under \"In the year to August 2022:\"", benefits,
			gb + "measure: change\nstated: 6.2%\ndirection: down\nperiod: 2022-08", "Employment and Support Allowance fell by 6.2%",
			`a change with no base, and its sentence says "year to August 2022": write base: 2021-08`, "period: 2022-08 => period: 2022-08\nbase: 2021-08"},
		{"retail: \"12 months earlier\"", ports,
			"entities: [US]\nstatus: fact\nmeasure: change\nstated: 4.0%\ndirection: up\nperiod: 2022-05", "Retail sales in May 2022 rose 4.0%",
			`its sentence says "12 months earlier": write base: 2021-05`, "period: 2022-05 => period: 2022-05\nbase: 2021-05"},
		{"benefits: a stated figure that repeats the title's name", benefits,
			// measure: stock, not count: "there were" claimants is a
			// stock, which round P's measure notice says (measurenotice.go).
			gb + "measure: stock\nstated: 5.8 million Universal Credit claimants\nperiod: 2022-12", "there were 5.8 million Universal Credit claimants",
			`stated "5.8 million Universal Credit claimants" repeats "Universal Credit" of the title, so the outputs print it twice: write stated: "5.8 million" and unit: claimant`,
			"stated: 5.8 million Universal Credit claimants => stated: 5.8 million\nunit: claimant"},
	}
	for _, tc := range tests {
		title := "Universal Credit claimants" // a title the name may repeat
		run := func(fields string) []string {
			return catalogMessages(t, tc.doc, strings.Replace(catalogItem("x", fields, "", tc.quote), "title: X", "title: "+title, 1))
		}
		checkMessagesFix(t, tc.name, run, tc.fields, "", tc.want, tc.fix)
	}
}

// sectionAdvice finds the list a message says to write as a section.
var sectionAdvice = regexp.MustCompile(`write section: (\[[^\]]*\])`)

// TestHeadingWithColon checks that a heading holding ": " in a section
// list, which YAML reads as a mapping, is one message for all the quotes
// under it that says the list to write, and that writing it verifies:
// s17j-benefits ("DWP benefits statistics: February 2023", 20 quotes) and
// testdata/kinds/deaths ("Deaths Related to Drug Poisoning in England and
// Wales: 2011").
func TestHeadingWithColon(t *testing.T) {
	const doc = "DWP benefits statistics: February 2023\n\n1. Headlines\n\nEmployment and Support Allowance fell by 6.2% to 1.7 million claimants\n\nIncome Support fell by 21% to 170,000 claimants\n"
	const fields = "entities: [GB-GBN]\nstatus: fact\nmeasure: count\nperiod: 2022-08"
	split := "[DWP benefits statistics: February 2023, 1. Headlines]"
	benefits := func(section string) string {
		return fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc)) +
			catalogItem("esa", fields+"\nstated: 1.7 million claimants", section, "fell by 6.2% to 1.7 million claimants") +
			catalogItem("is", fields+"\nstated: 170,000 claimants", section, "fell by 21% to 170,000 claimants")
	}
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	deathsDir := filepath.Join("..", "testdata", "kinds", "deaths")
	deaths, err := os.ReadFile(filepath.Join(deathsDir, "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	const quoted = `["Deaths Related to Drug Poisoning in England and Wales: 2011", "1. Key findings"]`
	n := strings.Count(string(deaths), quoted)
	if n < 2 {
		t.Fatalf("testdata/kinds/deaths/catalog.yaml has %d sections %s, want several", n, quoted)
	}
	readDeaths := func(p string) ([]byte, error) { return os.ReadFile(filepath.Join(deathsDir, p)) }
	tests := []struct {
		name string
		src  string
		read indicators.TextReader
		want string
	}{
		{"benefits", benefits(split), read,
			`section heading "DWP benefits statistics: February 2023" holds ": ", so the list reads it as a mapping, not a heading: quote a heading that holds a comma or a colon: write section: ["DWP benefits statistics: February 2023", "1. Headlines"]; and 1 more quote with this section`},
		{"deaths", strings.ReplaceAll(string(deaths), quoted, "[Deaths Related to Drug Poisoning in England and Wales: 2011, 1. Key findings]"), readDeaths,
			fmt.Sprintf(`write section: ["Deaths Related to Drug Poisoning in England and Wales: 2011", "1. Key findings"]; and %d more quotes with this section`, n-1)},
	}
	for _, tc := range tests {
		got := parseMessages(t, "c.yaml", []byte(tc.src), tc.read)
		if len(got) != 1 || !strings.Contains(got[0], tc.want) {
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
			continue
		}
		m := sectionAdvice.FindStringSubmatch(got[0])
		if m == nil {
			t.Errorf("%s: message %q says no section to write", tc.name, got[0])
			continue
		}
		fixed := strings.NewReplacer(split, m[1], "[Deaths Related to Drug Poisoning in England and Wales: 2011, 1. Key findings]", m[1]).Replace(tc.src)
		if _, err := indicators.Parse("c.yaml", []byte(fixed), tc.read); err != nil {
			t.Errorf("%s: after the advice (section: %s): %v", tc.name, m[1], err)
		}
	}
}

// TestPlainValueWithColon checks that a plain value holding ": ", which
// YAML refuses ("section: DWP benefits statistics: February 2023"), is
// told the value quoted, and that writing it verifies; a title with a
// colon (testdata/kinds/deaths writes its source's title so) likewise.
func TestPlainValueWithColon(t *testing.T) {
	const doc = "DWP benefits statistics: February 2023\n\nEmployment and Support Allowance fell by 6.2% to 1.7 million claimants\n"
	const fields = "entities: [GB-GBN]\nstatus: fact\nmeasure: stock\nperiod: 2022-08\nstated: 1.7 million claimants"
	tests := []struct {
		name, title, section, want, fix string
	}{
		{"benefits: a section", "Doc", "DWP benefits statistics: February 2023",
			`YAML syntax: a value that holds ": " is quoted: write section: "DWP benefits statistics: February 2023"`,
			`section: "DWP benefits statistics: February 2023"`},
		{"deaths: a source title", "Deaths Related to Drug Poisoning in England and Wales: 2011", "",
			`write title: "Deaths Related to Drug Poisoning in England and Wales: 2011"`,
			`title: "Deaths Related to Drug Poisoning in England and Wales: 2011"`},
	}
	for _, tc := range tests {
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: %s\n    text: doc.txt\n    sha256: %s\nindicators:\n", tc.title, sha(doc)) +
			catalogItem("esa", fields, tc.section, "fell by 6.2% to 1.7 million claimants")
		read := func(string) ([]byte, error) { return []byte(doc), nil }
		got := parseMessages(t, "c.yaml", []byte(src), read)
		if len(got) != 1 || !strings.Contains(got[0], tc.want) {
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
			continue
		}
		_, advice, _ := strings.Cut(got[0], "is quoted: write ")
		key, _, _ := strings.Cut(advice, ": ")
		var fixed []string
		for _, l := range strings.Split(src, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), key+": ") && strings.Count(l, ": ") > 1 && !strings.Contains(l, `"`) {
				l = l[:strings.Index(l, key)] + advice
			}
			fixed = append(fixed, l)
		}
		if advice != tc.fix {
			t.Errorf("%s: advice %q, want %q", tc.name, advice, tc.fix)
		}
		if got := parseMessages(t, "c.yaml", []byte(strings.Join(fixed, "\n")), read); len(got) != 0 {
			t.Errorf("%s: after the advice (%s), messages %q, want none", tc.name, advice, got)
		}
	}
}
