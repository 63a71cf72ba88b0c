package indicators_test

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSyntaxFaults checks the YAML faults hands make: each is told at
// its own line (the parser points a line early, or at the item above)
// with what to write, every one in one run, and writing what it says
// parses; a line the parser refuses for another reason keeps the
// parser's words.
func TestSyntaxFaults(t *testing.T) {
	const head = "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\nindicators:\n  - id: x\n"
	tests := []struct {
		name, lines string
		want        []string // each message: line:column (column 1 unless given), then words it holds
		fix         string   // "old => new" pairs split by " | "
	}{
		{"a double quote inside double quotes", "    title: \"The \"new\" barrier\"\n    period: 2011\n",
			[]string{`7:12: a " inside a value quoted with " ends it early: write title: 'The "new" barrier'`},
			"\"The \"new\" barrier\" => 'The \"new\" barrier'"},
		{"a single quote inside single quotes", "    title: 'The barrier's height'\n    period: 2011\n",
			[]string{`7:12: a ' inside a value quoted with ' ends it early: write title: "The barrier's height"`},
			"'The barrier's height' => \"The barrier's height\""},
		{"a colon-space in a plain value", "    title: Searches: women\n    period: 2011\n",
			[]string{`7:12: a value that holds ": " is quoted: write title: "Searches: women"`},
			"Searches: women => \"Searches: women\""},
		{"a tab for indent", "    title: Barrier\n\tperiod: 2011\n",
			[]string{`8: a tab indents this line: YAML indents with spaces only: write it with 4 spaces before "period:"`},
			"\tperiod => " + "    period"},
		{"an unclosed bracket", "    entities: [GB-KHL, GB-ENG,\n    period: 2011\n",
			[]string{`7:15: the [ opened here is not closed on its line: write entities: [GB-KHL, GB-ENG]`},
			"[GB-KHL, GB-ENG, => [GB-KHL, GB-ENG]"},
		{"an unclosed quote", "    title: \"Barrier\n    period: 2011\n",
			[]string{`7:12: the quote " opened here is not closed: write title: 'Barrier'`},
			"\"Barrier => 'Barrier'"},
		{"three faults at once", "    title: \"The \"new\" barrier\"\n    entities: [GB-KHL\n    notes: [\"a\"]\n\tperiod: 2011\n",
			[]string{`7:12: a " inside`, `8:15: the [ opened here`, `10: a tab indents`},
			"\"The \"new\" barrier\" => 'The \"new\" barrier' | [GB-KHL => [GB-KHL] | \tperiod => " + "    period"},
		{"a bracket continued on the next line is no fault", "    section: [Key results,\n      Trade]\n    title: Searches: women\n",
			[]string{`9:12: a value that holds ": " is quoted`}, ""},
		{"a question mark in a heading of a flow list", "    section: [Key results, What do the figures tell us?]\n    period: 2011\n",
			[]string{`7:28: an item of a [...] list that holds "?" is read as YAML, not text: quote it: write section: ["Key results", "What do the figures tell us?"]`},
			"[Key results, What do the figures tell us?] => [\"Key results\", \"What do the figures tell us?\"]"},
		{"a hash in a heading of a flow list", "    section: [Table #1]\n    period: 2011\n",
			[]string{`7:15: an item of a [...] list that holds "#" is read as YAML, not text: quote it: write section: ["Table #1"]`},
			"[Table #1] => [\"Table #1\"]"},
		{"an asterisk before a title", "    title: *Provisional figures\n    period: 2011\n",
			[]string{`7:12: a value that starts with "*" is read as YAML, not text: quote it: write title: "*Provisional figures"`},
			"*Provisional figures => \"*Provisional figures\""},
		{"an at sign before a title", "    title: @home figures\n    period: 2011\n",
			[]string{`7:12: a value that starts with "@"`}, "@home figures => \"@home figures\""},
		{"a percent sign before a title", "    title: %5 rise in fees\n    period: 2011\n",
			[]string{`7:12: a value that starts with "%"`}, "%5 rise in fees => \"%5 rise in fees\""},
		{"a backquote before a title", "    title: `Quoted` figures\n    period: 2011\n",
			[]string{"7:12: a value that starts with \"`\""}, "`Quoted` figures => \"`Quoted` figures\""},
		{"a question mark and space before a title", "    title: ? Figures\n    period: 2011\n",
			[]string{`7:12: a value that starts with "? "`}, "? Figures => \"? Figures\""},
		{"another fault keeps the parser's words", "    title: Barrier\n   period: 2011\n",
			[]string{`5: did not find expected '-' indicator`}, ""},
	}
	read := func(string) ([]byte, error) { return nil, nil }
	for _, tc := range tests {
		got := parseLines(t, head+tc.lines, read)
		if len(got) != len(tc.want) {
			t.Errorf("%s: messages %q, want %d", tc.name, got, len(tc.want))
			continue
		}
		for i, w := range tc.want {
			line, words, _ := strings.Cut(w, ": ")
			if !strings.Contains(line, ":") {
				line += ":1"
			}
			if !strings.HasPrefix(got[i], "c.yaml:"+line+": YAML syntax: ") || !strings.Contains(got[i], words) {
				t.Errorf("%s: message %d = %q, want line %s holding %q", tc.name, i, got[i], line, words)
			}
		}
		if tc.fix == "" {
			continue
		}
		fixed := tc.lines
		for _, pair := range strings.Split(tc.fix, " | ") {
			old, repl, _ := strings.Cut(pair, " => ")
			fixed = strings.Replace(fixed, old, repl, 1)
		}
		for _, m := range parseLines(t, head+fixed, read) {
			if strings.Contains(m, "YAML syntax") {
				t.Errorf("%s: after the advice, %q", tc.name, m)
			}
		}
	}
}

// TestSyntaxFaultsFixed applies the advice of bad catalogs 88 and 89 and
// checks that each then loads.
func TestSyntaxFaultsFixed(t *testing.T) {
	applyBadCatalogFixes(t, []struct {
		file string
		fix  [][2]string
	}{
		{"88-yaml-hand-faults.yaml", [][2]string{
			{`"Households protected by the "new" barrier"`, `'Households protected by the "new" barrier'`},
			{"[GB-KHL\n", "[GB-KHL]\n"},
			{"Stop and search rate: women", `"Stop and search rate: women"`},
		}},
		{"89-undeclared-series.yaml", [][2]string{
			{"indicators:\n", `series: [{id: search-rate-men, title: "Stop and search rate, men"}, {id: search-rate-women, title: "Stop and search rate, women"}]` + "\nindicators:\n"},
		}},
		{"90-group-gap-two-wordings.yaml", [][2]string{
			{"measure: level\n    status: fact\n    entities: [IE]\n    stated: \"6.9% less\"", "measure: change\n    direction: down\n    against: group\n    status: fact\n    entities: [IE]\n    stated: \"6.9%\""},
			{`stated: "35.7 mean paid weekly hours"`, "stated: \"35.7\"\n    unit: hour"},
		}},
	})
}

// parseLines returns the errors Parse gives for src, each in full
// ("c.yaml:7:1: …").
func parseLines(t *testing.T, src string, read indicators.TextReader) []string {
	t.Helper()
	_, err := indicators.Parse("c.yaml", []byte(src), read)
	var list indicators.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("Parse error = %v, want an ErrorList", err)
	}
	var got []string
	for _, e := range list {
		got = append(got, e.Error())
	}
	return got
}

// TestSilentYAMLMarks checks the marks YAML reads without refusing the
// file, dropping words of a heading or title: an anchor ("&Co"), a tag
// ("!Important"); each is told at its value with the quoted value to
// write.
func TestSilentYAMLMarks(t *testing.T) {
	const head = "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\nindicators:\n  - id: x\n"
	tests := []struct{ name, lines, want string }{
		{"an anchor", "    title: &Co results\n", `c.yaml:7:12: "title" starts with "&Co", which YAML reads as its own mark and drops from the text: quote it: write title: "&Co results"`},
		{"a tag", "    title: !Important figures\n", `c.yaml:7:12: "title" starts with "!Important", which YAML reads as its own mark and drops from the text: quote it: write title: "!Important figures"`},
	}
	for _, tc := range tests {
		got := parseLines(t, head+tc.lines, func(string) ([]byte, error) { return nil, nil })
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s: messages %q, want one %q", tc.name, got, tc.want)
		}
	}
}
