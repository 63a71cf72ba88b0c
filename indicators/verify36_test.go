package indicators_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestVerify36Advice checks the messages session 33's catalog writers met
// (s33d-adoption, -passports) on sentences of the same shape: each says
// what to write and writing it verifies, or there is none where the
// catalog is right. A row's fix is "old => new" pairs, split by " | ".
func TestVerify36Advice(t *testing.T) {
	const (
		au = "entities: [AU]\nstatus: fact\n"
		gb = "entities: [GB]\nstatus: fact\n"
	)
	const (
		adoptDoc = "In 2018–19, no Indigenous children were adopted through local adoption, and 12 Indigenous children were adopted through known child adoption.\n"
		splitDoc = "Known child adoptions rose from 129 in 2009–10 to 211 in 2018–19.\n"
		rankDoc  = "This was the highest number of adoptions in the past 25 years (equal to the number recorded in 1994–95).\n" +
			"Removals were the lowest for the last decade.\nThe capital had the highest rate in the past.\n"
		licenceDoc = "The council issued 8 new licences in 2023, and 300 additional officers joined. 40 newborns were screened.\n" +
			"There were 21,681 licences, a decrease of 2 on the previous year.\n385 firearms certificates that were revoked, a 26% increase (+79) compared with the previous year.\n" +
			"The number of teachers, graduate staff and other staff was 4,781, an increase of 559 since 2022.\n"
		yearDoc = "In 2023, there were 21,681 licences in force, similar to the preceding year (16,921).\nThe 2023 report counted 21,681 licences.\n" +
			"The male suicide rate in the UK decreased in 2014 from 17.8 to 16.8 deaths per 100,000 population.\ncompared with the decrease of 5.9% in 2013 (from 252,000 to 238,000).\n"
		recordDoc = "Claims were processed in record numbers, last month seeing the highest total for any month on record, with the agency completing over 2 million claims, 9% higher than the previous record output.\n" +
			"Last month the agency processed 2 million claims, 9% higher than the previous month.\n" +
			"Last month the agency cleared 3 million claims, more than 1 million above plan.\n"
	)
	tests := []struct {
		name, doc, title, fields, quote string
		want                            string // what the one message holds; "" for none
		fix                             string
	}{
		// A zero in words keeps its noun: the notice that a name before
		// the counted noun repeats the title offers "no" alone, which
		// does not read, so it takes none (its advice went in a circle).
		{"a zero in words with the title's name", adoptDoc, "Indigenous children adopted through local adoption",
			au + "measure: flow\nstated: no Indigenous children\nunit: child\nperiod: 2018-19", "no Indigenous children were adopted through local adoption", "", ""},
		{"a figure in digits with the title's name", adoptDoc, "Indigenous children adopted through known child adoption",
			au + "measure: flow\nstated: 12 Indigenous children\nperiod: 2018-19", "12 Indigenous children were adopted through known child adoption",
			`stated "12 Indigenous children" repeats "Indigenous" of the title, so the outputs print it twice: write stated: "12" and unit: child`,
			"stated: 12 Indigenous children => stated: \"12\"\nunit: child"},
		// A year across two whose second year could be a month: the
		// message quotes the document's dash, and says the label.
		{"a year across two with an en dash", splitDoc, "Known child adoptions",
			au + "measure: flow\nstated: \"129\"\nunit: adoption\nperiod: 2009-10", "from 129 in 2009–10",
			`period "2009-10" reads as October 2009, but the quote writes "2009–10", a year across two: write period 2009/10 (every output labels it so`,
			"period: 2009-10 => period: 2009/10"},
		// A change set against an undated record: "last month" dates the
		// figure, and the clause's own comparand has no period.
		{"a change against the previous record", recordDoc, "Claims processed, change against the previous record month",
			gb + "measure: change\nstated: 9%\ndirection: up\nperiod: 2022-03", "over 2 million claims, 9% higher than the previous record output", "", ""},
		{"a change against the previous month", recordDoc, "Claims processed, change",
			gb + "measure: change\nstated: 9%\ndirection: up\nperiod: 2022-03", "Last month the agency processed 2 million claims, 9% higher than the previous month",
			`a change with no base, and its sentence says "previous month": write base: 2022-02`,
			"period: 2022-03 => period: 2022-03\nbase: 2022-02"},
		// A first place's reach counted back from its time ("in the past
		// 25 years") is a reach as "for 20 years" is.
		{"a bare first place, its reach the past years", rankDoc, "Adoptions, rank",
			au + "measure: rank\nstated: highest\nperiod: 2018-19", "This was the highest number of adoptions in the past 25 years",
			`the quote gives the place a reach, "in the past 25 years", which stated "highest" and the title leave out: write stated: "highest number of adoptions in the past 25 years"`,
			"stated: highest => stated: highest number of adoptions in the past 25 years"},
		{"a bare first place, its reach in the title", rankDoc, "Adoptions, rank among the past 25 years",
			au + "measure: rank\nstated: highest\nperiod: 2018-19", "This was the highest number of adoptions in the past 25 years", "", ""},
		{"a bare first place, the last decade", rankDoc, "Removals, rank",
			au + "measure: rank\nstated: lowest\nperiod: 2018-19", "Removals were the lowest for the last decade",
			`the quote gives the place a reach, "for the last decade"`, "title: Removals, rank => title: Removals, rank among the last decade"},
		{"no reach: the past tense of a place", rankDoc, "Adoptions in the capital, rank among states",
			au + "measure: rank\nstated: highest\nperiod: 2018-19", "The capital had the highest rate in the past", "", ""},
		// An adjective of newness says the things were added, not what
		// they are: the unit is the noun, the word goes in the title.
		{"a unit of new things", licenceDoc, "New licences issued",
			gb + "measure: flow\nstated: \"8\"\nunit: new licence\nperiod: 2023", "The council issued 8 new licences in 2023",
			`unit "new licence" keeps "new", which says the licences were added in the period, not what is counted: write unit: licence, and say "new" in the title ("New licences")`,
			"unit: new licence => unit: licence"},
		{"a unit of additional things", licenceDoc, "Additional officers",
			gb + "measure: flow\nstated: \"300\"\nunit: additional officer\nperiod: 2023", "300 additional officers joined",
			`write unit: officer`, "unit: additional officer => unit: officer"},
		{"new things stated in the quote's words", licenceDoc, "New licences issued",
			gb + "measure: flow\nstated: 8 new licences\nperiod: 2023", "The council issued 8 new licences in 2023", "", ""},
		{"a newborn is no new thing", licenceDoc, "Newborns screened",
			gb + "measure: flow\nstated: \"40\"\nunit: newborn\nperiod: 2023", "40 newborns were screened", "", ""},
		// A change is counted in its level's unit.
		{"a change in another unit than its level", licenceDoc, "Dog licences, change",
			gb + "measure: change\nstated: \"2\"\nunit: dog\ndirection: down\nperiod: 2023\nbase: 2022", "There were 21,681 licences, a decrease of 2 on the previous year",
			`unit "dog" of the change "2" differs from "licence", the noun its quote counts the level in ("licences"): a change is counted in its level's unit: write unit: licence`,
			"unit: dog => unit: licence"},
		{"a change in its level's unit, a kind before it", licenceDoc, "Dog licences, change",
			gb + "measure: change\nstated: \"2\"\nunit: dog licence\ndirection: down\nperiod: 2023\nbase: 2022", "There were 21,681 licences, a decrease of 2 on the previous year", "", ""},
		{"a change whose quote names its unit beside the level's", licenceDoc, "Certificates revoked, change",
			gb + "measure: change\nstated: \"+79\"\nunit: certificate\nperiod: 2023\nbase: 2022", "385 firearms certificates that were revoked, a 26% increase (+79)", "", ""},
		// A level dated a year earlier than its sentence says.
		{"a level a year before its sentence's", yearDoc, "Licences in force",
			gb + "measure: stock\nstated: 21,681 licences\nperiod: 2022", "In 2023, there were 21,681 licences in force",
			`period 2022 is a year before the 2023 its quote dates the figure by ("In 2023"): write period: 2023`,
			"period: 2022 => period: 2023"},
		{"a level the quote counts a year back", yearDoc, "Licences in force",
			gb + "measure: stock\nstated: \"16,921\"\nunit: licence\nperiod: 2022", "In 2023, there were 21,681 licences in force, similar to the preceding year (16,921)", "", ""},
		{"the level a move starts at", yearDoc, "Suicide rate, males",
			gb + "measure: level\nstated: \"17.8\"\nunit: death per 100,000 population\nperiod: 2013", "The male suicide rate in the UK decreased in 2014 from 17.8 to 16.8 deaths per 100,000 population", "", ""},
		{"the level a move in brackets starts at", yearDoc, "Business deaths",
			gb + "measure: flow\nstated: 252,000\nunit: death\nperiod: 2012", "compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000)", "", ""},
		{"the level a move ends at keeps its notice", yearDoc, "Business deaths",
			gb + "measure: flow\nstated: 238,000\nunit: death\nperiod: 2012", "compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000)",
			`period 2012 is a year before the 2013 its quote dates the figure by`, "period: 2012 => period: 2013"},
		{"a change whose level counts a list of kinds", licenceDoc, "Staff, change",
			gb + "measure: change\nstated: \"559\"\nunit: person\ndirection: up\nperiod: 2023\nbase: 2022", "The number of teachers, graduate staff and other staff was 4,781, an increase of 559 since 2022", "", ""},
		{"a year that dates no figure", yearDoc, "Licences in force",
			gb + "measure: stock\nstated: 21,681 licences\nperiod: 2022", "The 2023 report counted 21,681 licences", "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return catalogMessages(t, tc.doc, items) }
		checkMessagesFix(t, tc.name, run, titledItem("x", tc.title, tc.fields, tc.quote), "    ", tc.want, tc.fix)
	}
}

// titledItem is catalogItem with a title of its own.
func titledItem(id, title, fields, quote string) string {
	item := catalogItem(id, fields, "", quote)
	return "  - id: " + id + "\n    title: " + title + item[len("  - id: "+id+"\n    title: X"):]
}

// TestPartsOfOneWholeByPlace checks that shares of one whole split by
// place (s33d-airports: each airport's share of all flights) may be
// drawn as its parts, each with its own place, where their titles name
// each place before the same whole; shares of each place's own whole
// may not, and their refusal says how a split by place is titled.
func TestPartsOfOneWholeByPlace(t *testing.T) {
	const doc = "The north handled 84% of all flights, while the south handled 7% of all flights.\n"
	catalog := func(north, south string) string {
		return fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc)) +
			"  - id: north\n    title: " + north + "\n    entities: [GB-NIR]\n    measure: share\n    status: fact\n    stated: 84%\n    period: 2024-Q2\n" +
			"    provenance:\n      - source: doc\n        quote: The north handled 84% of all flights\n" +
			"  - id: south\n    title: " + south + "\n    entities: [GB-WLS]\n    measure: share\n    status: fact\n    stated: 7%\n    period: 2024-Q2\n" +
			"    provenance:\n      - source: doc\n        quote: the south handled 7% of all flights\n" +
			"views:\n  - id: shares\n    title: Shares of all flights\n    kind: part_of_whole\n    indicators: [north, south]\n"
	}
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	for _, tc := range []struct {
		name, north, south, want string
	}{
		{"each place before one whole", "The north's share of all flights", "The south's share of all flights", ""},
		{"each place's own whole", "Share of all flights, the north", "Share of all flights, the south",
			`view "shares" of kind part_of_whole draws the parts of one whole, and "south" is of another period or place than "north": list the shares of one whole, or write kind: bars (parts that are places of one whole each name their place before the same whole`},
		{"two wholes", "The north's share of all flights", "The south's share of flights abroad",
			`"south" is of another period or place than "north"`},
	} {
		got := parseMessages(t, "c.yaml", []byte(catalog(tc.north, tc.south)), read)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}

// TestStatedTotalNotice checks that a view drawing a derived sum the
// document states as its own total is told to draw the stated one, and
// that a sum no view draws (a check), or one no figure states, is not.
func TestStatedTotalNotice(t *testing.T) {
	const doc = "There were 1,025 registrations in all: 600 of cars and 425 of vans.\n"
	catalog := func(total, view string) string {
		s := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc))
		for _, f := range [][3]string{{"all", total, "There were " + total}, {"cars", "600", "600 of cars"}, {"vans", "425", "425 of vans"}} {
			s += "  - id: " + f[0] + "\n    title: Registrations, " + f[0] + "\n    entities: [GB]\n    measure: flow\n    status: fact\n    stated: \"" + f[1] + "\"\n    unit: registration\n    period: 2024\n" +
				"    provenance:\n      - source: doc\n        quote: \"" + f[2] + "\"\n"
		}
		s += "derived:\n  - id: sum\n    title: Registrations, cars and vans\n    formula: sum\n    inputs: [cars, vans]\n"
		return s + "views:\n  - id: v\n    title: Registrations\n    kind: headline\n    indicators: [" + view + "]\n"
	}
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	for _, tc := range []struct{ name, total, view, want string }{
		{"a drawn sum the document states", "1,025", "sum",
			`view "v" draws derived "sum", a sum that "all" states, "1,025": the document's own total is the figure to show: draw "all" in its place`},
		{"the stated total drawn", "1,025", "all", ""},
		{"a drawn sum no figure states", "1,000", "sum", ""},
	} {
		doc := doc
		if tc.total != "1,025" {
			doc = strings.Replace(doc, "1,025", tc.total, 1)
			read = func(string) ([]byte, error) { return []byte(doc), nil }
		}
		src := strings.Replace(catalog(tc.total, tc.view), sha("There were 1,025 registrations in all: 600 of cars and 425 of vans.\n"), sha(doc), 1)
		got := parseMessages(t, "c.yaml", []byte(src), read)
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}

// TestListPartsNotice checks that a total leading in a list whose quoted
// items sum past it, or fall short of it with every item quoted, takes a
// notice at its stated; parts that may be rounded to it, or a list of
// which one item is left unquoted, take none.
func TestListPartsNotice(t *testing.T) {
	item := func(id, stated, quote string) string {
		return "  - id: " + id + "\n    title: Recommendations, " + id + "\n    entities: [GB]\n    measure: flow\n    status: fact\n    stated: \"" + stated + "\"\n    unit: recommendation\n    period: 2024\n" +
			"    provenance:\n      - source: doc\n        quote: \"" + quote + "\"\n"
	}
	for _, tc := range []struct {
		name, a, b, c string
		quoteC        bool
		want          string
	}{
		{"parts that sum to the total", "600", "400", "160", true, ""},
		{"parts past the total", "700", "400", "160", true,
			`the 3 figures quoted from the list "total" leads in ("a", "b", "c") sum to at least 1,260 recommendations, more than its "1,160": a list under its total names the total's parts`},
		{"every part quoted, short of the total", "500", "400", "160", true,
			`the 3 figures quoted from every item of the list "total" leads in ("a", "b", "c") sum to at most 1,060 recommendations, less than its "1,160"`},
		{"one item unquoted, short of the total", "500", "400", "160", false, ""},
	} {
		doc := "There were 1,160 recommendations made:\n\n• " + tc.a + " for redress\n• " + tc.b + " for learning\n• " + tc.c + " for handling\n\nThe end.\n"
		src := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc)) +
			item("total", "1,160", "There were 1,160 recommendations made:") + item("a", tc.a, tc.a+" for redress") + item("b", tc.b, tc.b+" for learning")
		if tc.quoteC {
			src += item("c", tc.c, tc.c+" for handling")
		}
		got := parseMessages(t, "c.yaml", []byte(src), func(string) ([]byte, error) { return []byte(doc), nil })
		switch {
		case tc.want == "" && len(got) != 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}
