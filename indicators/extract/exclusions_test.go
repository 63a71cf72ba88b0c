package extract

import (
	"slices"
	"strings"
	"testing"
)

// scanRules scans text and returns its mentions' texts and the names of
// the exclusion rules that applied, in order.
func scanRules(text string) (mentions, rules []string) {
	s := scanner{onExclude: func(r string) { rules = append(rules, r) }}
	s.run(text, 0, true, func(m Mention) { mentions = append(mentions, m.Text) })
	return mentions, rules
}

// exclusionRows gives each exclusion rule the sentences it must exclude a
// number of, and sentences it must keep: the rule does not apply to them,
// and the figure given is found.
var exclusionRows = []struct {
	rule    string
	exclude []string
	keep    [][2]string // sentence, a mention's text
}{
	{"quarter-digit-first", []string{"Orders rose in 3Q24.", "Output fell in 2H2023 and in 4Q.", "Sales grew (1Q19)."},
		[][2]string{{"They ran 3 tests in 5H and 3QA labs.", "3 tests"}}},
	{"quarter-letter-first", []string{"Revenue rose in Q3 2024.", "Margins fell in H1 and in Q4'24."},
		[][2]string{{"The Q 3 plants and BQ3 models sold 3 units.", "3 units"}}},
	{"attached-word", []string{"Leaders met at COP21 in Paris.", "The FY2025 request was sent."},
		[][2]string{{"The group has 20 members.", "20 members"}}},
	{"hyphen-after-word", []string{"The G-7 leaders met in Elmau.", "The post-2015 agenda was agreed."},
		[][2]string{{"Imports grew to 7 percent - a record.", "7 percent"}, {"Persons were uninsured—20.4 million fewer persons than in 2010.", "20.4 million fewer persons"}}},
	{"international-phone", []string{"Call +44 20 7946 0958 for details."},
		[][2]string{{"Exports grew by +12.5 percent.", "12.5 percent"}}},
	{"attached-symbol", []string{"See item #5 in the annex.", "Release v.2 shipped."},
		[][2]string{{"Turnout was 5 percent higher.", "5 percent"}}},
	{"attached-number", []string{"It was 2.5½ wide."},
		[][2]string{{"It was 2½ wide.", "2½"}}},
	{"apostrophe-year", []string{"Margins fell in Q4'24.", "The FY’23 budget passed.", "Sales peaked in 3Q '15 and Sept '15.", "Output has risen since '98."},
		[][2]string{{"The guard is 5'11 tall and ran '24 laps'.", "24 laps"}}},
	{"time-back", []string{"Hours were up 5.1% compared with 12 months earlier.", "Two years ago, 40 firms closed."},
		[][2]string{{"The pilot ran for 18 months before it closed.", "18 months"}}},
	{"age-group", []string{"An estimated 11% of two year olds were registered.", "Uptake among 4 year-olds rose.", "It covers three and four year olds."},
		[][2]string{{"A 45-year-old man was hurt.", "45-year-old"}, {"The boy is 10 years old.", "10 years old"}, {"It lasted two years.", "two years"}}},
	{"age-group-pair", []string{"Some 70% of 3-4 year olds attend."},
		[][2]string{{"Talks took 3-4 years.", "3-4 years"}}},
	{"age-bracket", []string{"Deaths of children under five fell by 30%.", "Newborns below 2 years old were weighed."},
		[][2]string{{"Homes sold for under 5 dollars each.", "under 5 dollars"}}},
	{"catalogue-number", []string{"See cat. no. 3101.0 for the population.", "Schools data (cat. no. 4221.0) were revised.", "See Catalogue number 6202.0 for jobs.", "4221.0 - Schools, Australia, 2012", "The ABS catalogue no. 3101 was used."},
		[][2]string{{"The cat had no 5 kittens.", "5 kittens"}, {"4221.0 - 4300.0 tonnes were shipped.", "4221.0 - 4300.0 tonnes"}}},
	{"p-value", []string{"The effect was significant (p < 0.05) in most trials.", "It had a p-value of 0.02 overall."},
		[][2]string{{"The rate was 0.05 percent.", "0.05 percent"}}},
	{"rate-base", []string{"Rates per 100,000 population rose."},
		[][2]string{{"Deaths fell to 8.4 per 100,000 population.", "8.4 per 100,000 population"}}},
	{"eu-document", []string{"See COM(2023) 123 for the proposal."},
		[][2]string{{"The fund (2023) gave 123 grants.", "123 grants"}}},
	{"parenthesised-letter", []string{"Savers use a 401(k) plan."},
		[][2]string{{"Savers hold 401 plans.", "401 plans"}}},
	{"legal-citation", []string{"Under 42 U.S.C. 1983 victims may sue.", "See 19 CFR 102 for the rules."},
		[][2]string{{"About 42 U.S. firms joined.", "About 42 U.S. firms"}}},
	{"leading-zero", []string{"Call 020 7946 0000 today.", "Agent 007 returned.", "Press office (07700 900123) is open.", "Ring (03) 5550 1234 today."},
		[][2]string{{"Only 0.5 percent voted.", "0.5 percent"}}},
	{"code-operator", []string{"Select rows where age <>30 holds."},
		[][2]string{{"Select rows where age > 30 percent.", "> 30 percent"}}},
	{"identifier-chain", []string{"Satellite-1 and 2 were launched."},
		[][2]string{{"Satellite-1 carried 2 cameras.", "2 cameras"}}},
	{"attached-letters", []string{"It was the 21st summit.", "Growth slowed in the 1990s overall.", "New 5G networks opened.", "Few took none (see Table 1b).", "Trips rose (Tables 1A, 1B, 5)."},
		[][2]string{{"They built a 5km road.", "5km"}, {"Sales reached £1b.", "£1b"}}},
	{"compound-adjective", []string{"Japan sold a 10-year bond.", "He made a 3-day visit."},
		[][2]string{{"They built a 5-megawatt plant.", "5-megawatt"}, {"A 45-year-old man was arrested.", "45-year-old"}}},
	{"ticker", []string{"Shares of 7203.T rose."},
		[][2]string{{"Shares rose 7.5 percent.", "7.5 percent"}}},
	{"age-apposition", []string{"Ohio, 18, and Texas voted.", "Smith, 300, said no."},
		[][2]string{{"In March, 66 people came.", "66 people"}, {"Fumio Kishida, 66, said so.", "66"}}},
	{"apostrophe-s", []string{"A 747's wing was damaged."},
		[][2]string{{"The 747 jets flew.", "747 jets"}}},
	{"clock-time", []string{"The meeting starts at 10:30 sharp."},
		[][2]string{{"The meeting lasts 10 hours.", "10 hours"}}},
	{"time-of-day", []string{"We meet at 6 pm on Fridays.", "We meet at 9 a.m. daily."},
		[][2]string{{"We met 6 people.", "6 people"}}},
	{"date-month-before", []string{"It was signed on April 15 in Tokyo.", "We did that on Aug. 14, Ford said.", "The report dated Feb. 21 estimates savings."},
		[][2]string{{"In April, 15 firms signed.", "15 firms"}, {"In Aug., 14 firms signed.", "14 firms"}, {"By Sept. 2019, 40 firms signed.", "40 firms"}}},
	{"date-month-after", []string{"It was signed on 15 April in Tokyo.", "It was signed on the 3 of March.", "It ran from 1 st April to 31 st March."},
		[][2]string{{"Signed by 15 members in April.", "15 members"}}},
	{"year", []string{"Exports doubled in 2015.", "The 2014-15 budget passed."},
		[][2]string{{"Output reached 2,015 tonnes.", "2,015 tonnes"}}},
	{"named-decimal", []string{"Under Article 2.1 parties report."},
		[][2]string{{"Growth was 2.1 percent.", "2.1 percent"}}},
	{"document-reference", []string{"See paragraph 4.2 for the method.", "Errors occurred within tables 4.10 and 4.11 due to links."},
		[][2]string{{"The figure 2.5 million is a record.", "2.5 million"}, {"The figure 2.5 was revised.", "2.5"}, {"See page 4.5% higher.", "4.5%"}}},
	{"document-reference-list", []string{"Errors occurred within tables 4.10 and 4.11 due to links.", "It affected Appendix Tables 3.05, 3.06, 3.14 and 3.17."},
		[][2]string{{"Section 301 and 2.5 million jobs went.", "2.5 million jobs"}, {"Boeing 777 and 3.5 tonnes.", "3.5 tonnes"}}},
	{"named-number", []string{"Under Section 301 tariffs rose.", "He cited Title 5 again.", "It aired in season 3 again.", "Usage rose 5% (Rail Usage table 1220)."},
		[][2]string{{"Some 301 tariffs rose.", "Some 301 tariffs"}, {"Bookings grew last year 76 percent.", "76 percent"}, {"The table lists 1220 firms.", "1220 firms"}}},
	{"number-abbreviation", []string{"See No. 2 of the series.", "The House passed H.R. 1 today.", "Call 028 9065 0222 Ext. 24135 today."},
		[][2]string{{"He named 2 firms.", "2 firms"}}},
	{"area-code-phone", []string{"Call (202) 456-1111 now."},
		[][2]string{{"Budgets rose (by 202 percent).", "202 percent"}}},
	// Sentences of SEPA's household waste 2023 (testdata/kinds/waste), an
	// ONS research output on household estimates (2019, "“shared
	// facilities”1"), PHS's childhood vaccination bulletin
	// (testdata/kinds/vaccines: "PCV1" is a vaccine's first dose, a name)
	// and a SEPA release of 2012 ("date27 February 2012" is a day).
	{"glued-footnote", []string{
		"For 2023, the Scottish household waste recycling rate1 was 43.5%, an increase of 0.15 percentage points from the 43.3% (Table S1) rate achieved in 2022.",
		"Household estimates produced from the census and the Labour Force Survey (LFS) use a definition based on “shared facilities”1.",
		"GDP grew by 0.6%4 in the quarter."},
		[][2]string{
			{"In England, rotavirus increased by 0.3% to 89.3% and PCV1 coverage decreased by 0.1% to 94.0%.", "0.1%"},
			{"date27 February 2012 Official Statistics show that local authorities recycled 43.6% of the household waste.", "43.6%"},
			{"Growth was 0.6% in the quarter.", "0.6%"}}},
	{"footnote", []string{"Trade grew [12] in the year."},
		[][2]string{{"Trade grew [12 percent] in the year.", "12 percent"}}},
	{"street-address", []string{"The White House is at 1600 Pennsylvania Avenue."},
		[][2]string{{"It employs 1600 Pennsylvania workers.", "1600 Pennsylvania workers"}}},
	{"list-marker", []string{"The steps are (1) plan and (2) act."},
		[][2]string{{"The cost (12 percent) rose.", "12 percent"}, {"Falls were seen in homophobic incidents (9) and crimes (6).", "9"}}},
	{"heading-number", []string{"2.1 Economic outlook", "2.1 Economic outlook\n\nThe economy grew.", "Main points\n1.1 There was a total of 7,594 casualties."},
		[][2]string{{"21 Economic outlooks were published.", "21 Economic outlooks"},
			// A headline card's figure, its label after it and its time
			// below (runsOnBelow): testdata/kinds/defence, the Home
			// Office's police workforce release.
			{"181,550 Strength of UK Forces Service Personnel\nat 1 October 2024, a decrease of 3,320 (2 per cent).", "181,550"},
			{"147,430 full-time equivalent (FTE) officers\n\nwere in post as at 31 March 2023", "147,430"},
			// A number grouped in thousands numbers no section: a list
			// item with no stop (s33d-bluebadge, found after its round).
			{"For badges issued in 2014:\n\n  • 874,000 Blue Badges were issued", "874,000 Blue Badges"}}},
	{"paragraph-label", []string{"1.2. Unusual changes in reported lengths may be due to new systems.", "Main points\n3.1. There were more homes."},
		[][2]string{{"Growth was 1.2. The rest fell.", "1.2"}}},
	{"model-number", []string{"Airlines grounded the 737 MAX again."},
		[][2]string{{"They flew 737 planes.", "737 planes"}}},
	{"signed-count", []string{"-2 countries joined.", "Members: -12 NGOs.", "Ranked −3 places lower."},
		[][2]string{{"Growth was -2 percent.", "-2 percent"}, {"Output changed by −0.3 percent.", "−0.3 percent"}}},
	{"score", []string{"The Lakers won 112-104 on Tuesday.", "The Lakers lost 98-104 on Tuesday.", "The bill passed in a 52-48 vote.", "They ended with a 10-12 record."},
		[][2]string{{"The party won 5-10 percent of the vote.", "5-10 percent"}, {"They hired 98-104 staff.", "98-104 staff"}}},
	{"descending-pair", []string{"The final ended 3-1 in extra time.", "It was signed 10-3 last year."},
		[][2]string{{"Talks took 3-5 days.", "3-5 days"}}},
	{"dash-chain", []string{"Call 202-456-1111 today.", "The code is 12-3-4 now."},
		[][2]string{{"It took 20-25 days.", "20-25 days"}}},
	{"name-number", []string{"Kawasaki 380 engines were sold."},
		[][2]string{{"In 777 cases, it failed.", "777 cases"}}},
}

func TestExclusionRules(t *testing.T) {
	for _, row := range exclusionRows {
		for _, in := range row.exclude {
			if _, rules := scanRules(in); !slices.Contains(rules, row.rule) {
				t.Errorf("rules applied to %q = %q, want %q among them", in, rules, row.rule)
			}
		}
		for _, k := range row.keep {
			mentions, rules := scanRules(k[0])
			if slices.Contains(rules, row.rule) {
				t.Errorf("rules applied to %q = %q, want no %q", k[0], rules, row.rule)
			}
			if !slices.Contains(mentions, k[1]) {
				t.Errorf("Extract(%q) = %q, want %q among them", k[0], mentions, k[1])
			}
		}
	}
}

// TestExclusionRulesListed checks that every rule has a unique name, a
// description and test rows of both kinds.
func TestExclusionRulesListed(t *testing.T) {
	rows := map[string]int{}
	for _, row := range exclusionRows {
		if len(row.exclude) > 0 && len(row.keep) > 0 {
			rows[row.rule]++
		}
	}
	seen := map[string]bool{}
	for _, r := range slices.Concat(exclusionsBeforeUnit, exclusionsAfterUnit, exclusionsSigned, exclusionsDashBefore, exclusionsDashAfter) {
		if seen[r.name] {
			t.Errorf("exclusion rule %q is listed twice", r.name)
		}
		seen[r.name] = true
		if r.doc == "" {
			t.Errorf("exclusion rule %q has no doc", r.name)
		}
		if rows[r.name] != 1 {
			t.Errorf("exclusion rule %q has %d rows with sentences to exclude and keep, want 1", r.name, rows[r.name])
		}
	}
	for name := range rows {
		if !seen[name] {
			t.Errorf("test rows name exclusion rule %q, which is not listed", name)
		}
	}
}

// TestFootnoteStem reads words of statistical documents as a word with a
// footnote marker, or as a name or a year whose digits are its own.
func TestFootnoteStem(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" when w has no footnote marker
	}{
		{"rate1", "rate"},       // SEPA household waste 2023
		{"England2", "England"}, // a place, capitalised
		{"Wales³", "Wales"},     // a superscript marker
		{"households12", "households"},
		{"MMR1", ""},  // PHS vaccination: a dose, a name in capitals
		{"PCV1", ""},  // the same
		{"MenB2", ""}, // a capital inside: a name
		{"COP21", ""},
		{"G20", ""},
		{"CO2", ""},
		{"FY2025", ""},     // a year
		{"mid2010", ""},    // a year glued to its word, as PDF copies write it
		{"Survey2012", ""}, // the same
		{"covid19", ""},    // a word a number completes (lexicon fIdent)
		{"table2", ""},
		{"km2", ""}, // a stem of two letters
		{"rate", ""},
		{"rate1²", ""}, // digits and superscripts mixed
	}
	for _, tc := range tests {
		got, ok := footnoteStem(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("footnoteStem(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.want != "")
		}
	}
}

// TestRunsOnBelowStream checks that a card's line, which the line below
// decides is no heading (runsOnBelow), is read alike whole and streamed,
// wherever a chunk of the stream ends around its line break.
func TestRunsOnBelowStream(t *testing.T) {
	const chunk = 64 << 10
	card := "181,550 Strength of UK Forces Service Personnel\nat 1 October 2024, a decrease of 3,320 (2 per cent).\n"
	for back := 1; back < 8; back++ {
		nl := strings.IndexByte(card, '\n')
		pad := chunk - nl - back
		text := strings.Repeat("Trade was $5 billion in 2014.\n", pad/30) + strings.Repeat(" ", pad%30) + card
		want := Extract(text)
		var got []Mention
		var e Extractor
		if err := e.Stream(strings.NewReader(text), func(m Mention) error { got = append(got, m); return nil }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("back %d: Stream %d mentions, Extract %d", back, len(got), len(want))
		}
		if !slices.ContainsFunc(want, func(m Mention) bool { return m.Text == "181,550" }) {
			t.Errorf("back %d: no 181,550 among the mentions", back)
		}
	}
}

// TestDocumentReferences checks that a number naming part of a document
// or of a survey's design (lexicon.DocumentParts) is no quantity, alone,
// as a range or in a list, in sentences of documents of four kinds, and
// that the figures around it stay.
func TestDocumentReferences(t *testing.T) {
	for _, tc := range []struct {
		doc, text string
		want      []string
	}{
		// A wildlife survey's report (testdata/kinds/birds).
		{"birds", "In the traditional survey area, which includes strata 1-18, 20-50, and 75-77 (Fig. 1), the total duck population estimate was 41.2 ± 0.8 [SE] million birds.",
			[]string{"41.2", "0.8"}},
		{"birds", "This was 14% greater than last year’s estimate and 24% above the 1955-2006 long-term average a (Tables 1-12).",
			[]string{"14%", "24%"}},
		// A statistics office's bulletin (testdata/kinds/poverty).
		{"poverty", "The rate fell to 10.6% in SILC 2023. See figure 5.1 and table 5.1.", []string{"10.6%"}},
		// A statistical agency's release (testdata/corpus/bea-2014-direct-investment-positions-2013).
		{"bea", "The position grew 6.3 percent to $4,660.9 billion after average annual growth of 10.5 percent in 2002-2012 (table A and chart 1).",
			[]string{"6.3 percent", "$4,660.9 billion", "10.5 percent"}},
		// A statistics office's notice of corrections and a justice
		// ministry's data page (pages found with the search tool).
		{"ons", "We have corrected these errors which affected Appendix Tables 3.05, 3.06, 3.14 and 3.17, and Figure 3.10 of the Bulletin Tables.", nil},
		{"moj", "Sourced from Table 1.9a of Prison Population, which held 1,312 prisoners.", []string{"1,312 prisoners"}},
		{"report", "Chapter 3 and Annex B (page 12, paragraph 4.2) show 45 countries joined.", []string{"45 countries"}},
	} {
		var got []string
		for _, m := range Extract(tc.text) {
			got = append(got, m.Text)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: Extract(%q) = %q, want %q", tc.doc, tc.text, got, tc.want)
		}
	}
}
