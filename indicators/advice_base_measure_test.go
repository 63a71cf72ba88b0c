package indicators_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Round K's documents, as far as the cases need them: the MOD's quarterly
// service personnel statistics (s18k-defence; its headline blocks break
// the line after the figure's label), Hong Kong's construction output
// (s18k-construction) and Northern Ireland's children's social care
// statistics (s18k-children).
const (
	defenceDoc = "181,550 Strength of UK Forces Service Personnel\n" +
		"at 1 October 2024, a decrease of 3,320 (2 per cent) since 1 October 2023.\n" +
		"12,440 People joined the UK Regular Armed Forces\n" +
		"in the past 12 months (1 October 2023 - 30 September 2024), an increase of 1,980 (19 per cent) compared with the previous 12 month period.\n" +
		"29,260 Strength of the Trained Future Reserves 2020\n" +
		"at 1 October 2024, a decrease of 660 (2 per cent) since 1 October 2023.\n"
	constructionDoc = "     The total gross value of construction works performed by main contractors decreased by 0.5% in nominal terms from a year earlier to $24.0 billion in the first quarter of 2009, according to the provisional results.\n\n" +
		"     After discounting price changes, the total gross value of construction works performed by main contractors decreased by 8.0% in real terms over the same period.\n\n" +
		"     The gross value of construction works performed at public sector sites increased by 7.3% in nominal terms from a year earlier to $4.1 billion in the first quarter of 2009.  In real terms, there was a 4.5% decrease.\n"
	childrenDoc = "At 31 March 2015, 2,875 children were looked after in Northern Ireland.\n" +
		"Of the referrals, a quarter (26%) had their needs met at the time of referral.\n" +
		"There were 1,847 de- registrations during the year, a 1% decrease on the previous year.\n" +
		"Of the referrals, the majority related to a carer who needed support to give appropriate care for the child (76%).\n"
	birdsDoc = "The total duck population estimate (excluding scoters, eiders and wood ducks [Aix sponsa]) was 41.2 ± 0.8 [SE] million birds. " +
		"This was 14% greater than last year’s estimate of 36.2 ± 0.6 million birds and 24% above the 1955-2006 long-term average a (Tables 1-12). " +
		"Gadwall (3.4 ± 0.2 million) and northern shoveler (4.6 ± 0.2 million) were well above their long-term averages (+96% and +106%, respectively).\n"
	// A headline's rise and a record's reach: "since" after a superlative
	// names no comparand.
	recordDoc = "Prices rose 12% in 2015, the highest rise since 2008.\n"
)

// kindDoc returns the text of testdata/kinds/<kind>/doc.txt.
func kindDoc(t *testing.T, kind string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "kinds", kind, "doc.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestAdviceBaseMeasure checks the messages round K's catalog writers met
// or should have met (s18k-defence, -children, -construction), each beside
// another kind's case (testdata/kinds): each says what to write, and
// writing it verifies with no message left. A row's fix is applied to the
// indicator's YAML: each "old => new" pair, split by " | ", replaces old.
func TestAdviceBaseMeasure(t *testing.T) {
	police, poverty, finances := kindDoc(t, "police"), kindDoc(t, "poverty"), kindDoc(t, "finances")
	const (
		gb = "entities: [GB]\nstatus: fact\n"
		hk = "entities: [HK]\nstatus: estimate\n"
		ni = "entities: [GB-NIR]\nstatus: fact\n"
	)
	tests := []struct {
		name, doc, fields, quote string
		want                     string // what the one message holds; "" for none
		fix                      string
	}{
		// A quote typed on one line across the text's line break.
		{"defence: a headline block's line break", defenceDoc,
			gb + "measure: stock\nstated: 181,550\nunit: person\nperiod: 2024-10-01", "181,550 Strength of UK Forces Service Personnel at 1 October 2024",
			`in typography (" " for the line break after "Personnel"): write quote: "181,550 Strength of UK Forces Service Personnel\nat 1 October 2024"`,
			`Personnel at => Personnel\nat`},
		{"poverty: a headline over three lines", poverty,
			"entities: [IE]\nstatus: fact\nmeasure: share\nstated: 10.6%\nperiod: 2023", "10.6% of people were at risk of poverty in 2023",
			`(" " for the line break after "10.6%", " " for the line break after "people"): write quote: "10.6%\nof people\nwere at risk of poverty in 2023"`,
			`10.6% of people were => 10.6%\nof people\nwere`},

		// A change with no base whose words name its comparand.
		{"defence: since a date", defenceDoc,
			gb + "measure: change\nstated: 3,320\nunit: person\ndirection: down\nperiod: 2024-10-01", "a decrease of 3,320 (2 per cent) since 1 October 2023",
			`a change with no base, and its sentence says "since 1 October 2023": write base: 2023-10-01`,
			"period: 2024-10-01 => period: 2024-10-01\nbase: 2023-10-01"},
		{"defence: the previous 12 month period", defenceDoc,
			gb + "measure: change\nstated: 1,980\nunit: person\ndirection: up\nperiod: 2023-10/2024-09", "an increase of 1,980 (19 per cent) compared with the previous 12 month period",
			`its sentence says "previous 12 month period": write base: 2022-10/2023-09`,
			"period: 2023-10/2024-09 => period: 2023-10/2024-09\nbase: 2022-10/2023-09"},
		{"construction: over the same period as the sentence before", constructionDoc,
			hk + "measure: change\nstated: 8.0%\ndirection: down\nperiod: 2009-Q1", "decreased by 8.0% in real terms over the same period",
			`its sentence says "same period", and the sentence before "a year earlier": write base: 2008-Q1`,
			"period: 2009-Q1 => period: 2009-Q1\nbase: 2008-Q1"},
		{"police: from a date", police,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: change\nstated: -0.1%\nperiod: 2023-06-30", "police officer numbers decreased by 15 FTE officers (-0.1%) in the last quarter from 31 March 2023",
			`its sentence says "from 31 March 2023": write base: 2023-03-31`,
			"period: 2023-06-30 => period: 2023-06-30\nbase: 2023-03-31"},
		{"birds: an average's years, in the quote", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: change\nstated: 24%\ndirection: up\nperiod: 2007", "24% above the 1955-2006 long-term average",
			`its sentence says "above the 1955-2006": write base: 1955/2006`, "period: 2007 => period: 2007\nbase: 1955/2006"},
		{"birds: an average's years, given once in the text", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: change\nstated: +96%\nperiod: 2007", "well above their long-term averages (+96% and +106%, respectively)",
			`"1955-2006 long-term average": write base: 1955/2006`, "period: 2007 => period: 2007\nbase: 1955/2006"},
		{"birds: greater is a rise word", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: change\nstated: 14%\ndirection: up\nperiod: 2007\nbase: 2006", "This was 14% greater than last year’s estimate", "", ""},
		{"a record's reach is no comparand", recordDoc,
			gb + "measure: change\nstated: 12%\ndirection: up\nperiod: 2015", "Prices rose 12% in 2015", "", ""},

		// A measure its text plainly contradicts.
		{"defence: a strength at a date is no flow", defenceDoc,
			gb + "measure: flow\nstated: 29,260\nunit: person\nperiod: 2024-10-01", "29,260 Strength of the Trained Future Reserves 2020",
			`measure flow is events counted over a period, but the text holds the figure "at 1 October 2024", on the day of its period: a figure held at a date is a stock: write measure: stock`,
			"measure: flow => measure: stock"},
		{"children: looked after at 31 March is no count", childrenDoc,
			ni + "measure: count\nstated: 2,875 children\nperiod: 2015-03-31", "At 31 March 2015, 2,875 children were looked after",
			`the text holds the figure "At 31 March 2015", on the day of its period: a figure held at a date is a stock: write measure: stock`,
			"measure: count => measure: stock"},
		{"police: officers recorded at a date", police,
			"entities: [GB-SCT]\nstatus: fact\nmeasure: flow\nstated: 16,234 FTE police officers\nunit: full-time equivalent officer\nperiod: 2007-03-31", "the 16,234 FTE police officers recorded at 31 March 2007",
			`"at 31 March 2007", on the day of its period: a figure held at a date is a stock: write measure: stock`,
			"measure: flow => measure: stock"},
		{"children: events during the year are no stock", childrenDoc,
			ni + "measure: stock\nstated: 1,847 de- registrations\nperiod: 2014/15", "1,847 de- registrations during the year",
			`measure stock is held at a date, but the quote counts "during the year" over period 2014/15: events over a period are a flow: write measure: flow`,
			"measure: stock => measure: flow"},
		{"construction: a quarter's output is no level", constructionDoc,
			hk + "measure: level\nstated: $24.0 billion\nunit: HKD\nperiod: 2009-Q1", "to $24.0 billion in the first quarter of 2009",
			`measure level is a price, rate, reading or multiple, but "$24.0 billion" over period 2009-Q1 is an amount of money over a period: write measure: flow`,
			"measure: level => measure: flow"},
		{"finances: borrowing over months is no level", finances,
			"entities: [GB]\nstatus: estimate\nmeasure: level\nstated: £32.5 billion\nperiod: 2017-04/2017-09", "to £32.5 billion in the current financial year-to-date (April 2017 to September 2017)",
			`write measure: flow`, "measure: level => measure: flow"},

		{"defence: a strength is a stock", defenceDoc,
			gb + "measure: strength\nstated: 29,260\nunit: person\nperiod: 2024-10-01", "29,260 Strength of the Trained Future Reserves 2020",
			`a figure that is a strength is measured as a stock, held at a date: write stock`, "measure: strength => measure: stock"},

		// A figure's margin of error is read past, and kept out of stated.
		{"birds: a scale word past the margin", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: stock\nstated: 41.2\nunit: bird\nperiod: 2007", "was 41.2 ± 0.8 [SE] million birds",
			`the quote writes "million" after "41.2" across its margin, a scale word the stated figure lacks, so "41.2" would be read a million times too small: write stated: "41.2 ± 0.8 million"`,
			"stated: 41.2 => stated: 41.2 ± 0.8 million"},
		// margin20: a figure is stated with its margin, as the document
		// writes it.
		{"birds: the margin in stated", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: stock\nstated: 41.2 ± 0.8 [SE] million birds\nperiod: 2007", "was 41.2 ± 0.8 [SE] million birds",
			"", ""},
		{"birds: the margin in stated, its label in the quote", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: stock\nstated: 41.2 ± 0.8 million\nunit: bird\nperiod: 2007", "was 41.2 ± 0.8 [SE] million birds",
			"", ""},
		{"birds: the scale word before the margin", birdsDoc,
			"entities: [US, CA]\nstatus: estimate\nmeasure: stock\nstated: 41.2 million ± 0.8 million\nunit: bird\nperiod: 2007", "was 41.2 ± 0.8 [SE] million birds",
			`the quote words it "41.2 ± 0.8 [SE] million birds": write stated: "41.2 ± 0.8 [SE] million birds"`,
			"stated: 41.2 million ± 0.8 million => stated: 41.2 ± 0.8 [SE] million birds"},
		{"housing: a margin in percent", kindDoc(t, "housing"),
			"entities: [US]\nstatus: estimate\nmeasure: change\nstated: 7.7 percent ±1.2 percent\ndirection: up\nperiod: 2019-08\nbase: 2019-07", "This is 7.7 percent (±1.2 percent) above the revised July rate of 1,317,000",
			`the quote words it "7.7 percent (±1.2 percent)": write stated: "7.7 percent (±1.2 percent)"`,
			"stated: 7.7 percent ±1.2 percent => stated: 7.7 percent (±1.2 percent)"},

		// A flow list of prose split at its commas.
		{"construction: a note with commas", constructionDoc,
			hk + "measure: flow\nstated: $4.1 billion\nunit: HKD\nperiod: 2009-Q1\nnotes: [Minor new construction, decoration, repair and maintenance of buildings.]", "to $4.1 billion in the first quarter of 2009",
			`notes is a flow list, and YAML splits a plain item at each comma: it reads 3 items, "Minor new construction", "decoration", "repair and maintenance of buildings."; an item holding a comma is quoted: write notes: ["Minor new construction, decoration, repair and maintenance of buildings."]`,
			`notes: [Minor new construction, decoration, repair and maintenance of buildings.] => notes: ["Minor new construction, decoration, repair and maintenance of buildings."]`},
		{"gdp: a note with a comma", poverty,
			"entities: [IE]\nstatus: fact\nmeasure: share\nstated: 10.6%\nperiod: 2023\nnotes: [Seasonally adjusted, chain volume terms.]", "the at risk of poverty rate was 10.6%",
			`write notes: ["Seasonally adjusted, chain volume terms."]`,
			`notes: [Seasonally adjusted, chain volume terms.] => notes: ["Seasonally adjusted, chain volume terms."]`},
		{"notes of sentences each its own are kept", poverty,
			"entities: [IE]\nstatus: fact\nmeasure: share\nstated: 10.6%\nperiod: 2023\nnotes: [Provisional., Revised in 2024.]", "the at risk of poverty rate was 10.6%", "", ""},

		// Advice that names what to write.
		{"construction: a territory's name", constructionDoc,
			"entities: [Hong Kong]\nstatus: estimate\nmeasure: flow\nstated: $4.1 billion\nunit: HKD\nperiod: 2009-Q1", "to $4.1 billion in the first quarter of 2009",
			`unknown entity "Hong Kong": did you mean "HK" (Hong Kong SAR, China)? an entity is written as its code`,
			"entities: [Hong Kong] => entities: [HK]"},
		{"another territory's name", constructionDoc,
			"entities: [Macau]\nstatus: estimate\nmeasure: flow\nstated: $4.1 billion\nunit: HKD\nperiod: 2009-Q1", "to $4.1 billion in the first quarter of 2009",
			`did you mean "MO" (Macao SAR, China)?`, "entities: [Macau] => entities: [MO]"},
		{"construction: HK$ for the quote's $", constructionDoc,
			hk + "measure: flow\nstated: HK$4.1 billion\nperiod: 2009-Q1", "to $4.1 billion in the first quarter of 2009",
			`the quote writes "$4.1 billion", its currency sign "$" where stated writes "HK$": write stated: "$4.1 billion" and unit: HKD`,
			"stated: HK$4.1 billion => stated: $4.1 billion\nunit: HKD"},
		{"finances: GBP's sign for the quote's £", finances,
			"entities: [GB]\nstatus: estimate\nmeasure: flow\nstated: US$32.5 billion\nperiod: 2017-04/2017-09", "to £32.5 billion in the current financial year-to-date",
			`its currency sign "£" where stated writes "US$": write stated: "£32.5 billion" and unit: GBP`,
			"stated: US$32.5 billion => stated: £32.5 billion\nunit: GBP"},
		{"construction: unit HK$", constructionDoc,
			hk + "measure: flow\nstated: $4.1 billion\nunit: HK$\nperiod: 2009-Q1", "to $4.1 billion in the first quarter of 2009",
			`unknown unit "HK$": a currency is written as its ISO 4217 code: did you mean "HKD"?`, "unit: HK$ => unit: HKD"},
		{"finances: unit £", finances,
			"entities: [GB]\nstatus: estimate\nmeasure: flow\nstated: £32.5 billion\nunit: £\nperiod: 2017-04/2017-09", "to £32.5 billion in the current financial year-to-date",
			`unknown unit "£": a currency is written as its ISO 4217 code: did you mean "GBP"?`, "unit: £ => unit: GBP"},
		{"construction: an article before a change", constructionDoc,
			hk + "measure: change\nstated: a 4.5% decrease\nperiod: 2009-Q1\nbase: 2008-Q1", "there was a 4.5% decrease",
			`the article "a" is no part of a figure, and without it "decrease" after the figure says a change from a base: write stated: "4.5%", measure: change, direction: down`,
			"stated: a 4.5% decrease => stated: 4.5%\ndirection: down"},
		{"children: an article before a change", childrenDoc,
			ni + "measure: change\nstated: a 1%\ndirection: down\nperiod: 2014/15\nbase: 2013/14", "a 1% decrease on the previous year",
			`the article "a" is no part of a figure: write stated: "1%"`, "stated: a 1% => stated: 1%"},
		{"children: the majority, and the quote's percent", childrenDoc,
			ni + "measure: share\nstated: the majority\nperiod: 2014/15", "the majority related to a carer who needed support to give appropriate care for the child (76%)",
			`"the majority" is no figure, and the quote states it "76%": write stated: "76%"`, "stated: the majority => stated: 76%"},
		{"defence: a headline's capital in stated", defenceDoc,
			gb + "measure: flow\nstated: 12,440 People\nunit: person\nperiod: 2023-10/2024-09", "12,440 People joined the UK Regular Armed Forces",
			`stated "12,440 People" writes its unit word with a capital, which every label then prints: a unit word is lower case: write stated: "12,440 people"`,
			"stated: 12,440 People => stated: 12,440 people"},
		{"defence: a headline's noun offered as the unit", defenceDoc,
			gb + "measure: flow\nstated: \"12,440\"\nperiod: 2023-10/2024-09", "12,440 People joined the UK Regular Armed Forces",
			`"12,440" has no unit, but its quote counts "people": write unit: person`,
			"period: 2023-10/2024-09 => period: 2023-10/2024-09\nunit: person"},
		{"children: a quarter beside its percent", childrenDoc,
			ni + "measure: share\nstated: a quarter\nperiod: 2014/15", "a quarter (26%) had their needs met at the time of referral",
			`stated "a quarter" is held as 25 percent, but the quote gives its percent beside it, "26%": write stated: "26%"`,
			"stated: a quarter => stated: 26%"},
		{"fisheries: just over half beside its percent", kindDoc(t, "fisheries"),
			"entities: [IE]\nstatus: fact\nmeasure: share\nstated: just over half\nperiod: 2016", "accounting for just over half (50.8%) of all landings by Irish vessels",
			`but the quote gives its percent beside it, "50.8%": write stated: "50.8%"`,
			"stated: just over half => stated: 50.8%"},
		{"a name's capital mid-sentence stays", "The census counted over seven million Kenyans abroad.\n",
			"entities: [KE]\nstatus: fact\nmeasure: stock\nstated: over seven million Kenyans\nperiod: 2019", "counted over seven million Kenyans abroad", "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return catalogMessages(t, tc.doc, items) }
		checkMessagesFix(t, tc.name, run, catalogItem("x", tc.fields, "", tc.quote), "    ", tc.want, tc.fix)
	}
}

// TestHyphenBrokenNoun checks that a counted noun whose hyphen a line
// break left with a space after it ("1,847 de- registrations",
// s18k-children) is read as one word, so its prefix, which reverses it,
// stays: the unit is de-registration, not registration; and that a hyphen
// left hanging before "and" is no break.
func TestHyphenBrokenNoun(t *testing.T) {
	tests := []struct {
		doc, stated, quote, want string
	}{
		{childrenDoc, "1,847 de- registrations", "1,847 de- registrations during the year", "de-registration"},
		{"It had 40 re- openings and 3 one- and two-room flats.\n", "40 re- openings", "40 re- openings", "re-opening"},
	}
	for _, tc := range tests {
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(tc.doc)) +
			catalogItem("x", "entities: [GB-NIR]\nstatus: fact\nmeasure: flow\nstated: "+tc.stated+"\nperiod: 2014/15", "", tc.quote)
		c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(tc.doc), nil })
		if err != nil {
			t.Errorf("Parse(stated %q): %v", tc.stated, err)
			continue
		}
		if got := c.Indicators[0].Unit.Name; got != tc.want {
			t.Errorf("stated %q: unit %q, want %q", tc.stated, got, tc.want)
		}
	}
}

// TestViewBareCountAdvice checks that a bar view drawing a count stated
// bare beside counts of a noun offers the noun as its unit, and that
// writing it verifies (s18k-defence: a strength "181,550" beside
// strengths in person). The view draws stocks alone: a flow ("joined")
// beside them is refused on its own account (TestViewMixesQuantities).
func TestViewBareCountAdvice(t *testing.T) {
	catalog := func(unit string) string {
		return fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(defenceDoc)) +
			catalogItem("all", "entities: [GB]\nstatus: fact\nmeasure: stock\nstated: 181,550\n"+unit+"period: 2024-10-01", "", "181,550 Strength of UK Forces Service Personnel") +
			catalogItem("fr", "entities: [GB]\nstatus: fact\nmeasure: stock\nstated: 29,260\nunit: person\nperiod: 2024-10-01", "", "29,260 Strength of the Trained Future Reserves 2020") +
			catalogItem("joined", "entities: [GB]\nstatus: fact\nmeasure: flow\nstated: 12,440 people\nperiod: 2023-10/2024-09", "", "12,440 People joined the UK Regular Armed Forces") +
			"views:\n  - id: strengths\n    title: Strengths\n    kind: bars\n    indicators: [all, fr]\n"
	}
	read := func(string) ([]byte, error) { return []byte(defenceDoc), nil }
	got := parseMessages(t, "c.yaml", []byte(catalog("")), read)
	const want = `give "all" the unit of what it counts (unit: person, if it counts the same thing), or draw it in a view of its own`
	if len(got) != 1 || !strings.Contains(got[0], want) {
		t.Fatalf("messages %q, want one holding %q", got, want)
	}
	if got := parseMessages(t, "c.yaml", []byte(catalog("unit: person\n")), read); len(got) != 0 {
		t.Errorf("after the advice (unit: person), messages %q, want none", got)
	}
}
