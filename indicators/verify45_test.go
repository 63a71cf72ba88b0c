package indicators_test

import (
	"math"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestOpenBoundStated checks that a bound written after the figure is
// read as the bound it is wherever the document puts it — at the end
// ("aged 16 and over"), right after the number ("1,000 or more
// workers", as a definition writes a threshold) or between the unit and
// its rate ("35 hours or more per week") — with the unit read without
// it, so that no output writes "or more" as the noun (s36g-strikes,
// s36g-timeuse: the book printed "35 mores per week"), and its interval
// open above; near misses keep their reading.
func TestOpenBoundStated(t *testing.T) {
	inf := math.Inf(1)
	for _, tt := range []struct {
		stated string
		q      indicators.Qualifier
		unit   string
		format string // Format of the quantity and unit
		lo, hi float64
		hiOpen bool
	}{
		{"1,000 or more workers", indicators.AtLeast, "worker", "at least 1,000 workers", 1000, inf, true},
		{"35 hours or more per week", indicators.AtLeast, "hour per week", "at least 35 hours per week", 35, inf, true},
		{"35 hours or more a week", indicators.AtLeast, "hour per week", "at least 35 hours per week", 35, inf, true},
		{"35 hours or more", indicators.AtLeast, "hour", "at least 35 hours", 35, inf, true},
		{"aged 16 and over", indicators.AtLeast, "year", "", 16, inf, true},
		{"500 or fewer staff", indicators.UpTo, "staff", "up to 500 staff", 0, 500, false},
		{"10 hours or less per day", indicators.UpTo, "hour per day", "up to 10 hours per day", 0, 10, false},
		{"110 GW or more", indicators.AtLeast, "GW", "at least 110 GW", 110, inf, true},
		{"more than 35 hours per week", indicators.MoreThan, "hour per week", "more than 35 hours per week", 35, inf, true},
		{"1,000+ workers", indicators.AtLeast, "worker", "at least 1,000 workers", 1000, inf, true},
		// Near misses: no bound after the figure.
		{"35 hours per week", indicators.Exact, "hour per week", "35 hours per week", 34.5, 35.5, false},
		{"1,000 workers", indicators.Exact, "worker", "1,000 workers", 1000, 1000, false},
	} {
		q, u, err := indicators.ParseStatedAs(tt.stated, indicators.Level)
		if err != nil {
			t.Errorf("ParseStatedAs(%q) error %v", tt.stated, err)
			continue
		}
		if q.Qualifier != tt.q {
			t.Errorf("ParseStatedAs(%q) qualifier = %v, want %v", tt.stated, q.Qualifier, tt.q)
		}
		if got := u.String(); got != tt.unit {
			t.Errorf("ParseStatedAs(%q) unit = %q, want %q", tt.stated, got, tt.unit)
		}
		if strings.Contains(q.Noun, "or ") || strings.Contains(q.Noun, "and ") || strings.Contains(u.String(), "more") {
			t.Errorf("ParseStatedAs(%q) noun %q, unit %q keep the bound's words", tt.stated, q.Noun, u)
		}
		if tt.format != "" {
			if got := indicators.Format(q, u, indicators.Style{}); got != tt.format {
				t.Errorf("Format(ParseStatedAs(%q)) = %q, want %q", tt.stated, got, tt.format)
			}
		}
		iv := q.IntervalFor(u)
		if tt.q == indicators.Exact {
			continue // a plain figure's ends are Indicator.HedgeEnds'
		}
		if iv.Lo != tt.lo || iv.Hi != tt.hi || iv.HiOpen != tt.hiOpen {
			t.Errorf("ParseStatedAs(%q) interval = %+v, want [%v, %v] open above %v", tt.stated, iv, tt.lo, tt.hi, tt.hiOpen)
		}
	}
	// "or more than" is a comparison, not a bound after the figure; a
	// bound inside the words after the figure is refused, with the
	// figure's words up to it to write.
	for _, tt := range []struct{ stated, want string }{
		{"5 or more than 7 workers", `write stated: "5 or more"`},
		{"1,000 workers or more involved", `write stated: "1,000 workers or more" and say the rest in the title`},
	} {
		if _, _, err := indicators.ParseStatedAs(tt.stated, indicators.Level); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ParseStatedAs(%q) error %v, want one holding %q", tt.stated, err, tt.want)
		}
	}
	// A unit holds no bound's words; a noun that names a class by one
	// word of them is no bound ("higher education student").
	for _, tt := range []struct {
		unit string
		ok   bool
	}{
		{"more per week", false}, {"or more worker", false}, {"worker or more", false}, {"person aged 65 and over", false},
		{"hour per week", true}, {"higher education student", true}, {"over-65", true}, {"older person", true},
	} {
		if _, err := indicators.ParseUnit(tt.unit); (err == nil) != tt.ok {
			t.Errorf("ParseUnit(%q) error %v, want ok %v", tt.unit, err, tt.ok)
		}
	}
}

// TestVerify45Notices checks the notices of what session 36's five hand
// catalogs passed silently (s36g), with near misses: a place in a
// numbered list given another item's digit, a threshold or definition
// written as a measured figure, a bars view of a total beside its own
// part or an average or of shares of different wholes, and a view title
// that names the comparison year its subtitle gives. Each notice's
// advice, written, leaves no message.
func TestVerify45Notices(t *testing.T) {
	const us = "entities: [US]\nstatus: fact\n"
	const lists = "Top three categories: 1. Debt collection; 2. Identity theft; 3.\tImposter scams.\n" +
		"Prices rose 1. Then they fell 2. percent.\n"
	const top = "Top three categories: 1. Debt collection; 2. Identity theft; 3.\tImposter scams."
	const defs = "A major work stoppage involves 1,000 or more workers and lasts at least one shift.\n" +
		"However, even among full-time workers (those usually working 35 hours or more per week), men worked longer than women.\n" +
		"There were 1,000 or more workers on strike in each of 12 states.\n"
	const frauds = "Consumers reported losing $905 million to fraud, and $328 million to imposter scams.\n" +
		"Consumers reported losing $120 million to online shopping fraud.\n" +
		"The median loss was $429.\n" +
		"Of fraud reports, 21% reported a loss, and 40% of fraud reports from people aged 20-29 reported a loss.\n"
	const aid = "UK ODA spend was £15,197 million, an increase of £645 million on 2018.\n" +
		"DFID spend rose by £300 million on 2018.\n"
	fraud := titledItem("t", "Total fraud losses reported", us+"measure: flow\nstated: $905 million\nperiod: 2017", "Consumers reported losing $905 million to fraud, and $328 million to imposter scams.") +
		titledItem("i", "Losses reported to imposter scams", us+"measure: flow\nstated: $328 million\nperiod: 2017", "Consumers reported losing $905 million to fraud, and $328 million to imposter scams.") +
		titledItem("s", "Losses reported to online shopping fraud", us+"measure: flow\nstated: $120 million\nperiod: 2017", "Consumers reported losing $120 million to online shopping fraud.") +
		titledItem("m", "Median fraud loss", us+"measure: level\nstated: $429\nperiod: 2017", "The median loss was $429.") +
		titledItem("a", "Fraud reports with a loss, share of all fraud reports", us+"measure: share\nstated: 21%\nperiod: 2017", "Of fraud reports, 21% reported a loss, and 40% of fraud reports from people aged 20-29 reported a loss.") +
		titledItem("y", "Fraud reports with a loss, share of those from people aged 20-29", us+"measure: share\nstated: 40%\nperiod: 2017", "Of fraud reports, 21% reported a loss, and 40% of fraud reports from people aged 20-29 reported a loss.")
	gb := "entities: [GB]\nstatus: fact\nmeasure: change\ndirection: up\nperiod: 2019\nbase: 2018\n"
	changes := titledItem("o", "Change in UK ODA spend", gb+"stated: £645 million", "UK ODA spend was £15,197 million, an increase of £645 million on 2018.") +
		titledItem("d", "Change in DFID spend", gb+"stated: £300 million", "DFID spend rose by £300 million on 2018.")
	view := func(title, ids, notes string) string {
		return "views:\n  - id: v\n    title: " + title + "\n    kind: bars\n    indicators: [" + ids + "]\n" + notes
	}
	tests := []struct {
		name, doc, items string
		want, fix        string
	}{
		// A numbered list's place.
		{"a list's place given another item's digit", lists,
			titledItem("x", "Debt collection, rank among report categories", us+"measure: rank\nstated: \"2\"\nperiod: 2017", top),
			`the quote numbers "Debt collection" 1 ("1. Debt collection"), but stated is "2": a place in a numbered list is the number written before its item: write stated: "1"`,
			`stated: "2" => stated: "1"`},
		{"the last item, marked with a tab", lists,
			titledItem("x", "Imposter scams, rank among report categories", us+"measure: rank\nstated: \"1\"\nperiod: 2017", top),
			`write stated: "3"`, `stated: "1" => stated: "3"`},
		{"a list's place as written", lists,
			titledItem("x", "Identity theft, rank among report categories", us+"measure: rank\nstated: \"2\"\nperiod: 2017", top), "", ""},
		{"a title that names no item", lists,
			titledItem("x", "Fraud category, rank among report categories", us+"measure: rank\nstated: \"2\"\nperiod: 2017", top), "", ""},

		// A threshold or definition written as a measured figure.
		{"a definition's bound counted as a stock", defs,
			titledItem("x", "Workers involved in a major work stoppage", us+"measure: stock\nstated: 1,000 or more workers\nperiod: not stated", "A major work stoppage involves 1,000 or more workers and lasts at least one shift."),
			`the quote defines a class by "1,000 or more workers" ("involves"), which measures nothing: a threshold or definition is measure: threshold: write measure: threshold, status: fact`,
			"measure: stock => measure: threshold"},
		{"a definition in brackets held as a level", defs,
			titledItem("x", "Usual weekly hours of full-time workers", "entities: [US]\nstatus: estimate\nmeasure: level\nstated: 35 hours or more per week\nperiod: not stated", "However, even among full-time workers (those usually working 35 hours or more per week), men worked longer than women."),
			`("those usually"), which measures nothing`, "measure: level => measure: threshold | status: estimate => status: fact"},
		{"a definition written as a threshold", defs,
			titledItem("x", "Workers involved in a major work stoppage", us+"measure: threshold\nstated: 1,000 or more workers\nperiod: not stated", "A major work stoppage involves 1,000 or more workers and lasts at least one shift."), "", ""},
		{"a bound that defines nothing", defs,
			titledItem("x", "Workers on strike", us+"measure: stock\nstated: 1,000 or more workers\nperiod: 2023", "There were 1,000 or more workers on strike in each of 12 states."), "", ""},

		// Bars of a total beside its part, an average, shares of two wholes.
		{"a total beside its own part", frauds, strings.Replace(fraud, "Losses reported to imposter scams", "Fraud losses reported to imposter scams", 1) + view("Fraud losses reported", "t, i", ""),
			`view "v" draws "t" ("Total fraud losses reported") beside "i" ("Fraud losses reported to imposter scams"), a part of it`,
			"indicators: [t, i] => indicators: [s, i]"},
		{"two parts", frauds, fraud + view("Fraud losses reported", "s, i", ""), "", ""},
		// s36g-fraud's own view: the part leaves out "fraud", the kind
		// its own words narrow (totalOfTitle).
		{"a total beside a part its title narrows", frauds, fraud + view("Fraud losses reported", "t, i", ""),
			`view "v" draws "t" ("Total fraud losses reported") beside "i" ("Losses reported to imposter scams"), a part of it`,
			"indicators: [t, i] => indicators: [s, i]"},
		{"a total beside another group", frauds,
			strings.Replace(strings.Replace(fraud, "Total fraud losses reported", "Total fraud losses reported by men", 1), "Losses reported to imposter scams", "Fraud losses reported by women", 1) + view("Fraud losses reported", "t, i", ""), "", ""},
		{"a total beside an average", frauds, fraud + view("Fraud losses", "t, m", ""),
			`view "v" draws "t", a total (measure: flow), beside "m", an average or median (measure: level), in one unit`,
			"indicators: [t, m] => indicators: [t]"},
		{"shares of different wholes", frauds, fraud + view("Fraud reports that reported a loss", "a, y", ""),
			`view "v" draws "a" ("Fraud reports with a loss, share of all fraud reports") beside "y" ("Fraud reports with a loss, share of those from people aged 20-29"), shares of different wholes`,
			`indicators: [a, y] => indicators: [a, y]
notes: ["The first bar is of all fraud reports, the second of those from people aged 20-29."]`},
		{"a rate overall beside the rate of a group", frauds,
			strings.Replace(strings.Replace(fraud, "Fraud reports with a loss, share of all fraud reports", "Fraud reports that reported a loss", 1), "Fraud reports with a loss, share of those from people aged 20-29", "Fraud reports from people aged 20-29 that reported a loss", 1) + view("Fraud reports that reported a loss", "a, y", ""), "", ""},
		{"a complement is no part", frauds,
			strings.Replace(fraud, "Losses reported to imposter scams", "Total fraud losses reported, non-imposter scams", 1) + view("Fraud losses reported", "t, i", ""), "", ""},
		{"shares of different wholes, each said in a note", frauds,
			fraud + view("Fraud reports that reported a loss", "a, y", "    notes: [\"Each bar is a share of its own group's reports.\"]\n"), "", ""},

		// A view title that names the comparison year.
		{"a view title on its base", aid, changes + view("Change in UK ODA spend on 2018", "o, d", ""),
			`title "Change in UK ODA spend on 2018" says its span, "on 2018", which the outputs add from base and period ("from 2018 to 2019"): leave it out of the title: write title: "Change in UK ODA spend"`,
			"title: Change in UK ODA spend on 2018 => title: Change in UK ODA spend"},
		{"a view title compared with its base", aid, changes + view("Change in UK aid compared with 2018", "o, d", ""),
			`write title: "Change in UK aid"`, "title: Change in UK aid compared with 2018 => title: Change in UK aid"},
		{"a view title of period on base", aid, changes + view("Change in UK ODA spend, 2019 on 2018", "o, d", ""),
			`write title: "Change in UK ODA spend"`, "title: Change in UK ODA spend, 2019 on 2018 => title: Change in UK ODA spend"},
		{"a view title on another year", aid, changes + view("Change in UK ODA spend on 2017 levels", "o, d", ""), "", ""},
	}
	for _, tc := range tests {
		run := func(items string) []string { return issuedMessages(t, tc.doc, "2020-09-01", items) }
		checkMessagesFix(t, tc.name, run, tc.items, "    ", tc.want, tc.fix)
	}
}
