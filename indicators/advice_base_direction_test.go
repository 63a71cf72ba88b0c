package indicators_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// runMessages parses a catalog of one source, doc, with the indicators and
// views given (YAML under "indicators:", then "views:" if views is not
// empty), and returns every message of one run, errors and notices, in
// file order, notices marked "notice: ", without positions.
func runMessages(t *testing.T, doc, items, views string) []string {
	t.Helper()
	return runMessagesOf(t, doc, "", items, views)
}

// runMessagesIssued is runMessages with a source issued on the date
// issued.
func runMessagesIssued(t *testing.T, doc, issued, items string) []string {
	t.Helper()
	return runMessagesOf(t, doc, "    issued: "+issued+"\n", items, "")
}

// runMessagesOf is runMessages with more lines of the source, source.
func runMessagesOf(t *testing.T, doc, source, items, views string) []string {
	t.Helper()
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n%s    text: doc.txt\n    sha256: %s\nindicators:\n%s", source, sha(doc), items)
	if views != "" {
		y += "views:\n" + views
	}
	_, notices, err := indicators.ParseWithNotices("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
	var list indicators.ErrorList
	if err != nil && !errors.As(err, &list) {
		t.Fatalf("ParseWithNotices error = %v, want an ErrorList", err)
	}
	all := slices.Clone(list)
	for _, n := range notices {
		m := *n
		m.Msg = "notice: " + n.Msg
		all = append(all, &m)
	}
	all.Sort()
	var got []string
	for _, e := range all {
		got = append(got, e.Msg)
	}
	return got
}

// TestNoticesBesideErrors checks that a catalog with errors still says
// its notices, those of the indicators with no error of their own, in
// one run (round N: a view's error held back "write unit: migrant", so a
// writer fixed the file twice and split a view needlessly), and that a
// view of a bare count beside counts of a noun names the unit its quote
// counts, not "a view of its own".
func TestNoticesBesideErrors(t *testing.T) {
	const population = "Net overseas migration added 518,000 migrants to the population, and natural increase added 106,000 people.\n"
	const cancer = "There were more cancers diagnosed in men (167,281) than women (153,114).\n"
	const births = "There were 698,512 live births in England and Wales in 2013, and 3,284 stillbirths.\n"
	const head = "entities: [AU]\nstatus: estimate\nmeasure: flow\nperiod: 2022-07/2023-06\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nmeasure: flow\nperiod: 2018\n"
	const ew = "measure: flow\nperiod: 2013\n"
	bars := func(a, b string) string {
		return fmt.Sprintf("  - id: v\n    title: V\n    kind: bars\n    indicators: [%s, %s]\n", a, b)
	}
	tests := []struct {
		name, doc, items, views string
		want                    []string // parts of each message, in order
	}{
		{"population: the view names the unit the bare figure's quote counts", population,
			catalogItem("nom", head+"stated: \"518,000\"", "", "added 518,000 migrants") +
				catalogItem("natural", head+"stated: \"106,000 people\"", "", "natural increase added 106,000 people"),
			bars("nom", "natural"),
			[]string{`notice: "518,000" has no unit, but its quote counts "migrants": write unit: migrant`,
				`view "v" of kind bars draws "nom" in a pure number beside "natural" in person: its bars share one axis; give "nom" the unit of what it counts: write unit: migrant on "nom"`}},
		{"cancer: a figure in brackets counts the noun before it", cancer,
			catalogItem("men", eng+"stated: \"167,281\"", "", "more cancers diagnosed in men (167,281)") +
				catalogItem("women", eng+"stated: \"153,114\"\nunit: cancer", "", "than women (153,114)"),
			bars("women", "men"),
			[]string{`notice: "167,281" has no unit, but its quote counts "cancers": write unit: cancer`,
				`give "men" the unit of what it counts: write unit: cancer on "men"`}},
		{"births: an error of one indicator leaves another's notice standing", births,
			catalogItem("births", ew+"entities: [GB-EAW]\nstatus: fact\nstated: \"698,512\"", "", "There were 698,512 live births") +
				catalogItem("still", ew+"status: fact\nstated: \"3,284 stillbirths\"\nentities: [England]", "", "and 3,284 stillbirths"),
			"",
			[]string{`notice: "698,512" has no unit, but its quote counts "births": write unit: birth`,
				`unknown entity "England"`}},
		{"births: an indicator with an error gives no notice of its own", births,
			catalogItem("births", ew+"entities: [GB-EAW]\nstated: \"698,512\"\nstatus: guess", "", "There were 698,512 live births"),
			"",
			[]string{`unknown status "guess"`}},
	}
	for _, tc := range tests {
		got := runMessages(t, tc.doc, tc.items, tc.views)
		if len(got) != len(tc.want) {
			t.Errorf("%s: messages %q, want %d holding %q", tc.name, got, len(tc.want), tc.want)
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(got[i], w) {
				t.Errorf("%s: message %d = %q, want one holding %q", tc.name, i, got[i], w)
			}
		}
	}
}

// adviceCase is a row of the round N advice tables: an indicator's
// fields and quote against doc, the part of the one message wanted ("" for
// none), and the fix, "old => new" pairs split by " | ", after which the
// catalog verifies with no message ("" when there is nothing to apply).
type adviceCase struct {
	name, doc, fields, quote string
	want, fix                string
}

// checkAdvice runs the rows of an advice table: each gives the one
// message wanted, and its fix gives none (the advice offers only what
// verify then accepts).
func checkAdvice(t *testing.T, tests []adviceCase) {
	t.Helper()
	for _, tc := range tests {
		run := func(fields string) []string {
			return runMessages(t, tc.doc, catalogItem("x", fields, "", tc.quote), "")
		}
		checkMessagesFix(t, tc.name, run, tc.fields, "", tc.want, tc.fix)
	}
}

// checkMessagesFix checks one row of a message table, whose messages run
// gives for text: none when want is "", else one holding want. Unless fix
// is "", it then applies fix to text ("old => new" pairs split by " | ",
// a " | " within new kept, each old required; a line break in new takes indent after it, and with
// indent set an empty new removes old's whole line) and wants no message:
// the advice offers only what verify then accepts.
func checkMessagesFix(t *testing.T, name string, run func(text string) []string, text, indent, want, fix string) {
	t.Helper()
	got := run(text)
	switch {
	case want == "" && len(got) != 0:
		t.Errorf("%s: messages %q, want none", name, got)
		return
	case want != "" && (len(got) != 1 || !strings.Contains(got[0], want)):
		t.Errorf("%s: messages %q, want one holding %q", name, got, want)
		return
	case fix == "":
		return
	}
	var pairs []string // a " | " with no " => " after it is part of new
	for _, part := range strings.Split(fix, " | ") {
		if n := len(pairs); n > 0 && !strings.Contains(part, " => ") {
			pairs[n-1] += " | " + part
			continue
		}
		pairs = append(pairs, part)
	}
	for _, pair := range pairs {
		old, repl, _ := strings.Cut(pair, " => ")
		if !strings.Contains(text, old) {
			t.Fatalf("%s: fix %q: no %q in %q", name, pair, old, text)
		}
		if repl == "" && indent != "" {
			text = strings.Replace(text, indent+old+"\n", "", 1)
			continue
		}
		text = strings.Replace(text, old, strings.ReplaceAll(repl, "\n", "\n"+indent), 1)
	}
	if got := run(text); len(got) != 0 {
		t.Errorf("%s: after the advice (%q), messages %q, want none", name, text, got)
	}
}

// TestBaseOfOwnClause checks that the base a change with none is told
// comes from its own clause only (round N, s20n-population): a quarter's
// growth beside a year-on-year rate is not told the other's "a year
// earlier"; growth "over the year to June 2023" of that year has no other
// base; "the same period in 2019" of a year ending June is the year
// ending June 2019; and a day a year back keeps its day. Sentences of
// population, gambling, credit and cancer releases.
func TestBaseOfOwnClause(t *testing.T) {
	const population = "Australia’s population grew by 0.6 per cent in the June 2023 quarter, to be 2.4 per cent higher than a year earlier.\n" +
		"Australia’s population grew by 624,000 people over the year to June 2023, an increase of 2.4 per cent.\n" +
		"Short-term arrivals were 21.9 per cent below the same period in 2019.\n"
	const gambling = "Gaming machine spend rose 1.8 per cent in the March 2011 quarter, to be 4.2 per cent higher than a year earlier.\n"
	const credit = "Household deposits increased by 1.2% in April 2012, and fell by 3.5% compared with April 2011.\n"
	const cancer = "Registrations of cancer rose by 7,985 over the year to December 2018, an increase of 2.5 per cent on the previous year.\n"
	const au = "entities: [AU]\nstatus: estimate\nmeasure: change\ndirection: up\n"
	const nz = "entities: [NZ]\nstatus: fact\nmeasure: change\ndirection: up\n"
	checkAdvice(t, []adviceCase{
		{"population: a quarter's growth is not told the year-on-year's base", population,
			au + "stated: 0.6 per cent\nperiod: 2023-Q2", "grew by 0.6 per cent in the June 2023 quarter",
			`its quote names no comparand: a monthly or quarterly release's change that names none is on the quarter before, by the release's convention: where it is, write base: 2023-Q1`, ""}, // verify39: the release's convention, not the year-on-year's base
		{"population: the year-on-year rate beside it is", population,
			au + "stated: 2.4 per cent\nperiod: 2023-Q2", "to be 2.4 per cent higher than a year earlier",
			`says "a year earlier": write base: 2022-Q2`, "period: 2023-Q2 => period: 2023-Q2\nbase: 2022-Q2"},
		{"population: a day a year earlier keeps its day", population,
			au + "stated: 2.4 per cent\nperiod: 2023-06-30", "to be 2.4 per cent higher than a year earlier",
			`write base: 2022-06-30`, "period: 2023-06-30 => period: 2023-06-30\nbase: 2022-06-30"},
		{"population: growth over the year to June of that year has no other base", population,
			au + "stated: 624,000 people\nperiod: 2022-07/2023-06", "grew by 624,000 people over the year to June 2023", "", ""},
		{"population: the same period in 2019 of a year ending June", population,
			"entities: [AU]\nstatus: estimate\nmeasure: change\ndirection: down\nstated: 21.9 per cent\nperiod: 2022-07/2023-06", "21.9 per cent below the same period in 2019",
			`says "same period in 2019": write base: 2018-07/2019-06`, "period: 2022-07/2023-06 => period: 2022-07/2023-06\nbase: 2018-07/2019-06"},
		{"gambling: a quarter's growth is not told the year-on-year's base", gambling,
			nz + "stated: 1.8 per cent\nperiod: 2011-Q1", "rose 1.8 per cent in the March 2011 quarter",
			`write base: 2010-Q4`, ""},
		{"gambling: the year-on-year rate beside it is", gambling,
			nz + "stated: 4.2 per cent\nperiod: 2011-Q1", "to be 4.2 per cent higher than a year earlier",
			`write base: 2010-Q1`, "period: 2011-Q1 => period: 2011-Q1\nbase: 2010-Q1"},
		{"credit: another clause's comparand is not the first figure's", credit,
			"entities: [IE]\nstatus: fact\nmeasure: change\ndirection: up\nstated: 1.2%\nperiod: 2012-04", "increased by 1.2% in April 2012",
			`write base: 2012-03`, ""},
		{"credit: the second clause's figure is told its own", credit,
			"entities: [IE]\nstatus: fact\nmeasure: change\ndirection: down\nstated: 3.5%\nperiod: 2012-04", "fell by 3.5% compared with April 2011",
			`says "compared with April 2011": write base: 2011-04`, "period: 2012-04 => period: 2012-04\nbase: 2011-04"},
		{"cancer: growth over the year to December of a year has no other base", cancer,
			"entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: up\nstated: 7,985\nunit: registration\nperiod: 2018-01/2018-12", "rose by 7,985 over the year to December 2018", "", ""},
		{"cancer: the rate beside it names its own comparand", cancer,
			"entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: up\nstated: 2.5 per cent\nperiod: 2018", "an increase of 2.5 per cent on the previous year",
			`says "previous year": write base: 2017`, "period: 2018 => period: 2018\nbase: 2017"},
	})
}

// TestAgainstForecast checks the change set against a forecast or target
// (round N, s20n-population: "3,700 people lower than forecast" had no
// form, and was told another clause's "year to 30 June 2023" as its
// base): a change with no base whose quote sets it against one is told
// against: forecast (or target), which then verifies, and against is
// refused where it cannot hold. Sentences of population, public finances
// and housing releases.
func TestAgainstForecast(t *testing.T) {
	const population = "Population growth over the year to 30 June 2023 was as forecast in the 2023-24 MYEFO, and the population as of 30 June was a modest 3,700 people lower than forecast.\n"
	const finances = "Public sector net borrowing was £2.1 billion below the OBR’s March forecast in the financial year ending March 2024.\n"
	const housing = "Councils completed 1,240 homes more than planned in 2023, and the programme delivered 300 homes fewer than its target.\n"
	const au = "entities: [AU]\nstatus: estimate\nmeasure: change\ndirection: down\nstated: 3,700 people\nperiod: 2023-06-30\n"
	const uk = "entities: [GB]\nstatus: fact\nmeasure: change\ndirection: down\nstated: £2.1 billion\nperiod: FY2023-24\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: down\nstated: 300 homes\nperiod: 2023\n"
	checkAdvice(t, []adviceCase{
		{"population: lower than forecast", population, au, "the population as of 30 June was a modest 3,700 people lower than forecast",
			`its quote sets it against a forecast, "than forecast": write against: forecast`, "period: 2023-06-30 => period: 2023-06-30\nagainst: forecast"},
		{"finances: below the OBR's forecast", finances, uk, "Public sector net borrowing was £2.1 billion below the OBR’s March forecast",
			`"below the OBR’s March forecast": write against: forecast`, "period: FY2023-24 => period: FY2023-24\nagainst: forecast"},
		{"housing: behind its target", housing, eng, "the programme delivered 300 homes fewer than its target",
			`write against: target`, "period: 2023 => period: 2023\nagainst: target"},
		{"population: against and a base", population, au + "against: forecast\nbase: 2022-06-30", "3,700 people lower than forecast",
			`against: forecast and base: 2022-06-30 both say what the change is measured from`, "\nbase: 2022-06-30 => "},
		{"population: against on a level", population, "entities: [AU]\nstatus: estimate\nmeasure: stock\nstated: 3,700 people\nperiod: 2023-06-30\nagainst: forecast", "3,700 people lower than forecast",
			`but the measure is "stock": write measure: change`, "measure: stock => measure: change\ndirection: down"},
		{"housing: a quote that names no target", housing, eng + "against: target", "Councils completed 1,240 homes",
			`against: target, but no quote sets the figure against a target`, ""},
		{"finances: an unknown comparand", finances, uk + "against: outturn", "£2.1 billion below the OBR’s March forecast",
			`unknown comparand "outturn": write against: forecast`, "against: outturn => against: forecast"},
	})
}

// TestAgainstRoundTrip checks that against is written back by WriteJSON
// and read again, and that AgainstPhrase says the difference's side.
func TestAgainstRoundTrip(t *testing.T) {
	const doc = "the population as of 30 June was a modest 3,700 people lower than forecast.\n"
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(doc),
		catalogItem("x", "entities: [AU]\nstatus: estimate\nmeasure: change\ndirection: down\nstated: 3,700 people\nperiod: 2023-06-30\nagainst: forecast", "", "3,700 people lower than forecast"))
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	c, err := indicators.Parse("c.yaml", []byte(y), read)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	ind, _ := c.Indicator("x")
	if got, want := ind.AgainstPhrase(), "below the forecast"; got != want {
		t.Errorf("AgainstPhrase() = %q, want %q", got, want)
	}
	var b strings.Builder
	if err := indicators.WriteJSON(&b, c); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	if !strings.Contains(b.String(), `"against": "forecast"`) {
		t.Errorf("WriteJSON wrote no \"against\": %s", b.String())
	}
}

// TestDirectionAdviceOwnWords checks the advice for a direction a quote
// has no word for (round N): a quote that says the other way is told
// that direction, not a longer quote that would verify the wrong way
// (s20n-population's "3,700 people lower than forecast" with direction:
// up was told to quote from "growth", another clause's); a word of
// change after the quote in its clause is offered ("Tasmania (0.3 per
// cent) … were the slowest growing jurisdictions"); and a verb with
// another figure of its own is no word of this one's (s20n-credit's
// "declined by €632 million … following … €167 million"), while figures
// joined by "and" share theirs. Population, credit and gambling
// sentences.
func TestDirectionAdviceOwnWords(t *testing.T) {
	const population = "Population growth over the year to 30 June 2023 was as forecast in the 2023-24 MYEFO, and the population as of 30 June was a modest 3,700 people lower than forecast.\n" +
		"Tasmania (0.3 per cent) and Northern Territory (0.9 per cent) were the slowest growing jurisdictions.\n"
	const credit = "Lending to households declined by €632 million during the month of April following a net monthly flow of €167 million in March.\n" +
		"Loans for house purchase and other purposes also decreased by €188 million and €51 million, respectively.\n"
	const gambling = "Spending in pubs fell in Christchurch, while venues elsewhere grew, and clubs reported 4.6 per cent more spending than a year earlier.\n"
	const au = "entities: [AU]\nstatus: estimate\nmeasure: change\n"
	const ie = "entities: [IE]\nstatus: fact\nmeasure: change\nperiod: 2012-04\nbase: 2012-03\n"
	checkAdvice(t, []adviceCase{
		{"population: the quote says lower", population, au + "direction: up\nstated: 3,700 people\nperiod: 2023-06-30\nagainst: forecast", "the population as of 30 June was a modest 3,700 people lower than forecast",
			`the quote says "lower", which goes down: write direction: down`, "direction: up => direction: down"},
		{"population: a word after the quote, to its clause's end", population, au + "direction: up\nstated: 0.3 per cent\nperiod: 2022-07/2023-06", "Tasmania (0.3 per cent)",
			`its sentence has "growing" after the quote: quote to the clause's end, "Tasmania (0.3 per cent) and Northern Territory (0.9 per cent) were the slowest growing jurisdictions"`, ""},
		{"credit: another figure's verb is not offered", credit, ie + "direction: down\nstated: €167 million", "a net monthly flow of €167 million",
			`no word for it (such as "reduce"): fix the direction or the quote`, ""},
		{"credit: figures joined by and share their verb", credit, ie + "direction: down\nstated: €51 million", "€51 million, respectively",
			`its sentence has "decreased" before the quote: quote from the sentence's start, "Loans for house purchase and other purposes also decreased by €188 million and €51 million, respectively"`, ""},
		{"gambling: another clause's word is not offered", gambling, "entities: [NZ]\nstatus: fact\nmeasure: change\nperiod: 2011-Q1\nbase: 2010-Q1\ndirection: down\nstated: 4.6 per cent", "4.6 per cent more spending",
			`the quote says "more", which goes up: write direction: up`, "direction: down => direction: up"},
	})
	got := runMessages(t, credit, catalogItem("x", ie+"direction: down\nstated: €167 million", "", "a net monthly flow of €167 million"), "")
	if len(got) != 1 || strings.Contains(got[0], "declined") {
		t.Errorf("credit: messages %q, want one offering no other figure's \"declined\"", got)
	}
}

// TestAdviceEntityPeriodRank checks that round N's messages say what to write,
// and that writing it verifies: a counterpart "overseas" is WLD; a
// quarter named by its month is its calendar quarter; a first place is
// its superlative alone, or the quote's word; a rate per day whose quote
// counts a noun takes that noun; a rate per 100,000 written as a count
// is a level; "the same period in 2019" as a base is named. Population,
// cancer, migration, crime and visitors sentences.
func TestAdviceEntityPeriodRank(t *testing.T) {
	const population = "Net overseas migration added 518,000 people over the year to June 2023.\n" +
		"Australia’s population grew by 0.6 per cent in the June 2023 quarter.\n" +
		"This is the largest annual increase in the number of people on record.\n" +
		"Short-term arrivals were 21.9 per cent below the same period in 2019.\n"
	const cancer = "This means, that on average, 878 cancers were diagnosed each day in 2018.\n" +
		"Prostate cancer was the most commonly diagnosed cancer in 2018.\n" +
		"The North East had the highest rate of cancer incidence at 653 cases per 100,000 people.\n" +
		"China was the top destination for most of the exports in 2023.\n"
	const crime = "Police recorded 1,234 burglaries a week in the year ending March 2023, and 62 offences per 1,000 people.\n"
	const visitors = "Irish residents made 2.1 million trips abroad in the quarter ending September 2015.\n"
	const au = "entities: [AU]\nstatus: estimate\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nperiod: 2018\n"
	const ew = "entities: [GB-EAW]\nstatus: fact\nperiod: 2022-04/2023-03\n"
	checkAdvice(t, []adviceCase{
		{"population: counterpart overseas", population, au + "measure: flow\nstated: 518,000 people\nperiod: 2022-07/2023-06\ncounterpart: overseas", "Net overseas migration added 518,000 people",
			`unknown entity "overseas": did you mean "WLD" (World)?`, "counterpart: overseas => counterpart: WLD"},
		{"visitors: counterpart abroad", visitors, "entities: [IE]\nstatus: fact\nmeasure: flow\nstated: 2.1 million trips\nperiod: 2015-Q3\ncounterpart: abroad", "made 2.1 million trips abroad",
			`did you mean "WLD" (World)?`, "counterpart: abroad => counterpart: WLD"},
		{"population: a quarter named by its month", population, au + "measure: change\ndirection: up\nstated: 0.6 per cent\nperiod: June 2023 quarter", "grew by 0.6 per cent in the June 2023 quarter",
			`a quarter named by the month it ends is its calendar quarter: write 2023-Q2`, "period: June 2023 quarter => period: 2023-Q2\nbase: 2023-Q1"}, // the base: verify39's notice of a quarter's change
		{"visitors: a quarter ending a month", visitors, "entities: [IE]\nstatus: fact\nmeasure: flow\nstated: 2.1 million trips\nperiod: quarter ending September 2015", "made 2.1 million trips abroad",
			`write 2015-Q3`, "period: quarter ending September 2015 => period: 2015-Q3"},
		{"population: a first place with its words", population, au + "measure: rank\nstated: largest on record\nperiod: 2022-07/2023-06", "the largest annual increase in the number of people on record",
			`it gives the place its reach "on record" with other words between: write stated: "largest annual increase in the number of people on record", the quote's words (or stated: "largest", with "on record" in the title)`,
			"stated: largest on record => stated: largest annual increase in the number of people on record"},
		{"cancer: a first place the quote words otherwise", cancer, eng + "measure: rank\nstated: first", "Prostate cancer was the most commonly diagnosed cancer",
			`the quote states the first place as "most": write stated: "most"`, "stated: first => stated: most"},
		// review20: "most of" is a quantifier, not the rank's word; the
		// rank's own phrase says "top".
		{"exports: a first place the quote says is top", cancer, eng + "measure: rank\nstated: first", "China was the top destination for most of the exports in 2023.",
			`the quote states the first place as "top": write stated: "top"`, "stated: first => stated: top"},
		{"exports: the quantifier most is no first place", cancer, eng + "measure: rank\nstated: most", "China was the top destination for most of the exports in 2023.",
			`the quote does not state "most": the quote states the first place as "top": write stated: "top"`, "stated: most => stated: top"},
		{"cancer: a rate per day whose quote counts a noun", cancer, eng + "measure: level\nstated: 878 per day", "878 cancers were diagnosed each day",
			`the quote counts "cancers": write stated: "878" and unit: cancer per day`, "stated: 878 per day => stated: \"878\"\nunit: cancer per day"},
		{"crime: a rate per week whose quote counts a noun", crime, ew + "measure: level\nstated: 1,234 a week", "Police recorded 1,234 burglaries a week",
			`write stated: "1,234" and unit: burglary per week`, "stated: 1,234 a week => stated: \"1,234\"\nunit: burglary per week"},
		{"cancer: a rate per 100,000 as a count", cancer, eng + "measure: count\nstated: 653 cases per 100,000 people", "653 cases per 100,000 people",
			`unit "case per 100,000 people" is a rate per 100,000 people, a level of it, not a number of things: write measure: level`, "measure: count => measure: level"},
		{"crime: a rate per 1,000 as a flow", crime, ew + "measure: flow\nstated: 62 offences per 1,000 people", "62 offences per 1,000 people",
			`write measure: level`, "measure: flow => measure: level"},
		{"population: a base said as the same period in 2019", population, au + "measure: change\ndirection: down\nstated: 21.9 per cent\nperiod: 2022-07/2023-06\nbase: same period in 2019", "21.9 per cent below the same period in 2019",
			`"same period in 2019" of period 2022-07/2023-06 is 2018-07/2019-06: write base: 2018-07/2019-06`, "base: same period in 2019 => base: 2018-07/2019-06"},
	})
}

// TestCoordinatedUnit checks that a figure that counts two things joined
// by "and" is no count of the last alone (round N, s20n-gambling: "1400
// pubs and clubs" verified as 1400 clubs, and unit: club was the first
// offer): it is told the figure alone with the noun for both, or both
// words, either of which verifies. Gambling, children's services and
// education sentences.
func TestCoordinatedUnit(t *testing.T) {
	const gambling = "Gaming machine expenditure in the country’s 1400 pubs and clubs rose.\n"
	const children = "There were 300 boys and girls in care.\n"
	const schools = "The survey covered 1,204 schools and academies.\n"
	const nz = "entities: [NZ]\nstatus: fact\nmeasure: stock\nperiod: 2011-03-31\n"
	const eng = "entities: [GB-ENG]\nstatus: fact\nmeasure: stock\nperiod: 2023-03-31\n"
	checkAdvice(t, []adviceCase{
		{"gambling: no unit", gambling, nz + "stated: 1400 pubs and clubs", "1400 pubs and clubs",
			`counts pubs and clubs together, which a unit of its last noun alone misreads (every output would say "1400 clubs"): write stated: "1400" and unit: venue`, "stated: 1400 pubs and clubs => stated: \"1400\"\nunit: venue"},
		{"gambling: unit of the last noun", gambling, nz + "stated: 1400 pubs and clubs\nunit: club", "1400 pubs and clubs",
			`write stated: "1400" and unit: venue, the one noun for each of them, and keep "pubs and clubs" in the title (or keep stated and write unit: pub and club, both words)`, "unit: club => unit: pub and club"},
		{"gambling: a unit for both", gambling, nz + "stated: 1400 pubs and clubs\nunit: venue", "1400 pubs and clubs",
			`to count them as venues, write stated: "1400", the figure alone`, "stated: 1400 pubs and clubs => stated: \"1400\""},
		{"gambling: both words", gambling, nz + "stated: 1400 pubs and clubs\nunit: pub and club", "1400 pubs and clubs", "", ""},
		{"children: boys and girls", children, eng + "stated: 300 boys and girls", "300 boys and girls",
			`write stated: "300" and unit: child`, "stated: 300 boys and girls => stated: \"300\"\nunit: child"},
		{"schools: a pair with no noun of its own", schools, eng + "stated: 1,204 schools and academies", "1,204 schools and academies",
			`write stated: "1,204" and, as unit, the one noun each of them is, and keep "schools and academies" in the title (or keep stated and write unit: school and academy, both words)`, "stated: 1,204 schools and academies => stated: 1,204 schools and academies\nunit: school and academy"},
	})
	for _, tc := range []struct{ in, want string }{
		{"pub and club", "pubs and clubs"}, {"school and academy", "schools and academies"},
		{"state and territory library", "state and territory libraries"}, {"primary and secondary school", "primary and secondary schools"},
		// A list takes the plural on each noun (s25v-animals: "36,157 rat and guinea pig and rabbits").
		{"rat, guinea pig and rabbit", "rats, guinea pigs and rabbits"}, {"cow, sheep and pig", "cows, sheep and pigs"},
	} {
		if got := indicators.Plural(tc.in); got != tc.want {
			t.Errorf("Plural(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := indicators.Singular(tc.want); got != tc.in {
			t.Errorf("Singular(%q) = %q, want %q", tc.want, got, tc.in)
		}
	}
	// A unit written as a list with "and" alone is a singular (build
	// refused it as a plural); its plural keeps its "and"s (lexicon.eachNoun: separators as written).
	if got, want := indicators.Plural("rat and guinea pig and rabbit"), "rats and guinea pigs and rabbits"; got != want {
		t.Errorf("Plural(%q) = %q, want %q", "rat and guinea pig and rabbit", got, want)
	}
	if got, want := indicators.Singular("rat and guinea pig and rabbit"), "rat and guinea pig and rabbit"; got != want {
		t.Errorf("Singular(%q) = %q, want %q", "rat and guinea pig and rabbit", got, want)
	}
}

// TestTwinFigureUnit checks that a series or a difference of two points
// whose stated words write one unit ("18,484 gaming machines", read as
// machine) and whose twin writes it in full (unit: gaming machine) is
// told the better fix first, the unit the first's own words write, and
// that it verifies (s20n-gambling); with a vehicles pair of another kind.
func TestTwinFigureUnit(t *testing.T) {
	tests := []struct {
		name, doc, stated, quote, twin, twinQuote, unit, read string
	}{
		{"gambling", "At 31 March 2011 there were 18,484 gaming machines, down from 19,115 a year earlier.\n",
			"18,484 gaming machines", "18,484 gaming machines", "19,115", "19,115 a year earlier", "gaming machine", "machine"},
		{"vehicles", "There were 2,345 electric vehicles licensed at the end of March 2011, up from 1,900 a year earlier.\n",
			"2,345 electric vehicles", "2,345 electric vehicles", "1,900", "1,900 a year earlier", "electric vehicle", "vehicle"},
	}
	for _, tc := range tests {
		items := func(unit string) string {
			f := "entities: [NZ]\nstatus: fact\nmeasure: stock\nseries: m\n"
			a := f + "period: 2011-03-31\nstated: " + tc.stated
			if unit != "" {
				a += "\nunit: " + unit
			}
			return catalogItem("m2011", a, "", tc.quote) + catalogItem("m2010", f+"period: 2010-03-31\nstated: \""+tc.twin+"\"\nunit: "+tc.unit, "", tc.twinQuote) +
				"series:\n  - id: m\n    title: M\nderived:\n  - id: d\n    title: D\n    formula: difference\n    inputs: [m2011, m2010]\n"
		}
		got := runMessages(t, tc.doc, items(""), "")
		want := []string{fmt.Sprintf(`give "m2011" unit: %s, which its stated words %q write (or write unit: %s here)`, tc.unit, tc.stated, tc.read),
			fmt.Sprintf(`give "m2011" unit: %s, which its stated words write`, tc.unit)}
		if len(got) != len(want) {
			t.Errorf("%s: messages %q, want %d", tc.name, got, len(want))
			continue
		}
		for i := range want {
			if !strings.Contains(got[i], want[i]) {
				t.Errorf("%s: message %d = %q, want one holding %q", tc.name, i, got[i], want[i])
			}
		}
		if got := runMessages(t, tc.doc, items(tc.unit), ""); len(got) != 0 {
			t.Errorf("%s: after the advice, messages %q, want none", tc.name, got)
		}
	}
}

// TestCityEntity checks that a city with no code of its own is told the
// region that holds it, in its source's country (round N, s20n-gambling:
// Christchurch was shown Auckland, NZ-AUK, as the example), and that a
// local area of a country with few regions is shown them all.
func TestCityEntity(t *testing.T) {
	tests := []struct{ s, home, want string }{
		{"Christchurch", "NZ", `a city has no code of its own: write "NZ-CAN" (Canterbury, New Zealand), the area that holds it, and name "Christchurch" in the title`},
		{"Perth", "AU", `write "AU-WA" (Western Australia, Australia)`},
		{"Montreal", "CA", `write "CA-QC" (Quebec, Canada)`},
		{"Christchurch", "GB", `a local area has no code here`}, // Christchurch, Dorset: no New Zealand region
		{"Timaru", "NZ", `one of New Zealand's ISO 3166-2 codes (NZ-AUK Auckland, NZ-BOP Bay of Plenty, NZ-CAN Canterbury,`},
	}
	for _, tc := range tests {
		err := indicators.CheckEntityFor(tc.s, tc.home)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("CheckEntityFor(%q, %q) = %v, want an error holding %q", tc.s, tc.home, err, tc.want)
		}
	}
	for _, c := range indicators.Cities {
		if err := indicators.CheckEntity(c.Within); err != nil {
			t.Errorf("Cities: %s within %q: %v", c.Name, c.Within, err)
		}
	}
}

// TestPointsWrittenAsPoints checks that "2.0%" given unit:
// percentage_point against a quote that writes "2.0 percentage points"
// is told the quote's words (round N, s20n-population: both offered
// ways, percent_as_points and unit: percent, were wrong), which verify.
// Population, GDP and prices sentences.
func TestPointsWrittenAsPoints(t *testing.T) {
	const population = "Net overseas migration contributed 0.5 percentage points of the quarterly population growth and 2.0 percentage points of annual growth.\n"
	const gdp = "Household final consumption expenditure contributed 0.5 percentage points to GDP growth.\n"
	const prices = "The largest upward contribution to the CPIH 12-month inflation rate came from transport (0.30 percentage points).\n"
	checkAdvice(t, []adviceCase{
		{"population", population, "entities: [AU]\nstatus: estimate\nmeasure: share\nperiod: 2022-07/2023-06\nstated: 2.0%\nunit: percentage_point", "2.0 percentage points of annual growth",
			`the quote writes the figure in points, "2.0 percentage points": write stated: "2.0 percentage points" and leave unit out`, "stated: 2.0%\nunit: percentage_point => stated: 2.0 percentage points"},
		{"gdp", gdp, "entities: [AU]\nstatus: fact\nmeasure: share\nperiod: 2016-Q4\nstated: 0.5%\nunit: percentage_point", "contributed 0.5 percentage points to GDP growth",
			`write stated: "0.5 percentage points"`, "stated: 0.5%\nunit: percentage_point => stated: 0.5 percentage points"},
		{"prices", prices, "entities: [GB]\nstatus: fact\nmeasure: share\nperiod: 2021-02\nstated: 0.30%\nunit: percentage_point", "transport (0.30 percentage points)",
			`write stated: "0.30 percentage points"`, "stated: 0.30%\nunit: percentage_point => stated: 0.30 percentage points"},
	})
}
