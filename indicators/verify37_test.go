package indicators_test

import (
	"fmt"
	"strings"
	"testing"
)

// TestVerify37Advice checks the unit notices session 34's catalog writers
// met on correct catalogs (s34e-dental, -jobs), on sentences of the same
// shape: a verb after a counted phrase is no part of it, and the group a
// figure is "among" is not what it counts. Near misses keep their notice.
func TestVerify37Advice(t *testing.T) {
	const gb = "entities: [GB]\nstatus: fact\n"
	const (
		courseDoc = "In 2018-19, 39.72m courses of treatment were completed by NHS dentists.\n" +
			"In 2019, 1.2m units of blood will be collected by donors.\n"
		amongDoc = "Employment rose among core-aged women (+43,000; +0.7%), and declined among core-aged men (-36,000; -0.5%) in April.\n" +
			"Core-aged women (+43,000) found work in April.\n"
		wageDoc = "Average hourly wages were up 3.3% (+$0.99 to $31.06) year over year.\n"
		backDoc = "In the three months to January 2020, sales volumes fell by 0.6% when compared with the previous three months.\n" +
			"Comparing the three-month period ending in February with the preceding three months, exports increased by 2.9%.\n" +
			"Average hourly wages rose 3.3% year over year in April.\n"
	)
	tests := []struct {
		name, doc, title, fields, quote string
		want                            string // what the one message holds; "" for none
		fix                             string
	}{
		{"an of-phrase unit before a passive verb", courseDoc, "Courses of treatment completed",
			gb + "measure: flow\nstated: 39.72m\nunit: course of treatment\nperiod: 2018/19", "In 2018-19, 39.72m courses of treatment were completed by NHS dentists.", "", ""},
		{"an of-phrase unit before a modal", courseDoc, "Blood collected",
			gb + "measure: flow\nstated: 1.2m\nunit: unit of blood\nperiod: 2019", "In 2019, 1.2m units of blood will be collected by donors.", "", ""},
		{"another noun than the phrase before the verb", courseDoc, "Courses of treatment completed",
			gb + "measure: flow\nstated: 39.72m\nunit: dentist\nperiod: 2018/19", "In 2018-19, 39.72m courses of treatment were completed by NHS dentists.",
			`the quote counts "courses of treatment" after "39.72m", but unit "dentist" counts another thing: if the figure counts courses of treatment, write stated: "39.72m courses of treatment" and leave the unit out`,
			"stated: 39.72m\n    unit: dentist => stated: \"39.72m courses of treatment\""},
		{"a change among a group", amongDoc, "Employment among core-aged women, change",
			gb + "measure: change\nstated: \"+43,000\"\nunit: person\nperiod: 2022-04\nbase: 2022-03", "Employment rose among core-aged women (+43,000; +0.7%)", "", ""},
		{"a fall among the other group", amongDoc, "Employment among core-aged men, change",
			gb + "measure: change\nstated: \"-36,000\"\nunit: person\nperiod: 2022-04\nbase: 2022-03", "declined among core-aged men (-36,000; -0.5%) in April", "", ""},
		{"the group as the subject counts", amongDoc, "Core-aged women finding work",
			gb + "measure: change\nstated: \"+43,000\"\nunit: person\nperiod: 2022-04\nbase: 2022-03", "Core-aged women (+43,000) found work in April.",
			`unit "person" of the change "+43,000" differs from "woman"`, "unit: person => unit: woman"},
		// A change in money is in its level's rate.
		{"a change in money beside its level's rate", wageDoc, "Average hourly wages",
			"entities: [CA]\nstatus: estimate\nmeasure: change\nstated: +$0.99\nunit: CAD\nperiod: 2022-04\nbase: 2021-04", "Average hourly wages were up 3.3% (+$0.99 to $31.06) year over year.",
			`unit CAD of the change "+$0.99" has no rate, but "level", a level of its title or quote, is in CAD per hour: a change is counted in its level's unit: write unit: CAD per hour`,
			"unit: CAD => unit: CAD per hour"},
		{"a change in money in its level's rate", wageDoc, "Average hourly wages",
			"entities: [CA]\nstatus: estimate\nmeasure: change\nstated: +$0.99\nunit: CAD per hour\nperiod: 2022-04\nbase: 2021-04", "Average hourly wages were up 3.3% (+$0.99 to $31.06) year over year.", "", ""},
		// A rolling three months compared with the three before, and a
		// change "year over year", name their base.
		{"the previous three months of three months", backDoc, "Retail sales volumes, change",
			gb + "measure: change\nstated: 0.6%\ndirection: down\nperiod: 2019-11/2020-01", "In the three months to January 2020, sales volumes fell by 0.6% when compared with the previous three months.",
			`a change with no base, and its sentence says "previous three months": write base: 2019-08/2019-10`,
			"period: 2019-11/2020-01 => period: 2019-11/2020-01\nbase: 2019-08/2019-10"},
		{"the preceding three months of three months", backDoc, "Exports, change",
			gb + "measure: change\nstated: 2.9%\ndirection: up\nperiod: 2016-12/2017-02", "Comparing the three-month period ending in February with the preceding three months, exports increased by 2.9%.",
			`write base: 2016-09/2016-11`, "period: 2016-12/2017-02 => period: 2016-12/2017-02\nbase: 2016-09/2016-11"},
		{"the previous three months of one month: no base to offer", backDoc, "Retail sales volumes, change",
			gb + "measure: change\nstated: 0.6%\ndirection: down\nperiod: 2020-01", "In the three months to January 2020, sales volumes fell by 0.6% when compared with the previous three months.",
			`its sentence says "previous three months": write base: the period it is compared with (as period is written, such as 2021-08)`, ""},
		// A change compares two periods of one length.
		{"a month against three months", backDoc, "Exports, change",
			gb + "measure: change\nstated: 2.9%\ndirection: up\nperiod: 2017-02\nbase: 2016-09/2016-11", "Comparing the three-month period ending in February with the preceding three months, exports increased by 2.9%.",
			`period 2017-02 spans one month, but base 2016-09/2016-11 spans 3 months: a change compares two periods of one length: if the figure is of the 3 months to February 2017, write period: 2016-12/2017-02; else write the base the quote names, of one month`,
			"period: 2017-02 => period: 2016-12/2017-02"},
		{"three months against a month", backDoc, "Retail sales volumes, change",
			gb + "measure: change\nstated: 0.6%\ndirection: down\nperiod: 2019-11/2020-01\nbase: 2019-10", "In the three months to January 2020, sales volumes fell by 0.6% when compared with the previous three months.",
			`period 2019-11/2020-01 spans 3 months, but base 2019-10 spans one month: a change compares two periods of one length: write base: 2019-08/2019-10, the 3 months to October 2019, or the base the quote names, of 3 months`,
			"base: 2019-10 => base: 2019-08/2019-10"},
		{"a month against a month", backDoc, "Exports, change",
			gb + "measure: change\nstated: 2.9%\ndirection: up\nperiod: 2017-02\nbase: 2017-01", "Comparing the three-month period ending in February with the preceding three months, exports increased by 2.9%.", "", ""},
		{"a quarter against three months", backDoc, "Exports, change",
			gb + "measure: change\nstated: 2.9%\ndirection: up\nperiod: 2017-Q1\nbase: 2016-10/2016-12", "Comparing the three-month period ending in February with the preceding three months, exports increased by 2.9%.", "", ""},
		{"year over year", backDoc, "Average hourly wages, change",
			gb + "measure: change\nstated: 3.3%\ndirection: up\nperiod: 2022-04", "Average hourly wages rose 3.3% year over year in April.",
			`write base: 2021-04`, "period: 2022-04 => period: 2022-04\nbase: 2021-04"},
	}
	for _, tc := range tests {
		run := func(items string) []string { return catalogMessages(t, tc.doc, items) }
		if tc.doc == wageDoc {
			level := titledItem("level", tc.title, "entities: [CA]\nstatus: estimate\nmeasure: level\nstated: $31.06\nunit: CAD per hour\nperiod: 2022-04", tc.quote)
			run = func(items string) []string { return catalogMessages(t, tc.doc, level+items) }
		}
		checkMessagesFix(t, tc.name, run, titledItem("x", tc.title, tc.fields, tc.quote), "    ", tc.want, tc.fix)
	}
}

// TestSeriesAdviceVerifies37 checks the two series messages that led
// s34e's writers from one refusal to the next: a series list offered with
// ids views hold already says to rename the views, and a series whose
// points are of two measures tells the odd point, not all the others.
func TestSeriesAdviceVerifies37(t *testing.T) {
	const doc = "There were 100 trustees in 2023 and 110 trustees in 2024, and 120 trustees in 2025.\n"
	point := func(id, measure, stated, period string) string {
		return "  - id: " + id + "\n    title: Trustees\n    entities: [GB]\n    measure: " + measure + "\n    status: fact\n    stated: \"" + stated + "\"\n    unit: trustee\n    period: " + period +
			"\n    series: trustees\n    provenance:\n      - source: doc\n        quote: " + stated + " trustees in " + period + "\n"
	}
	head := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(doc))
	read := func(string) ([]byte, error) { return []byte(doc), nil }
	view := "views:\n  - id: trustees\n    title: Trustees\n    kind: bars\n    indicators: [t23, t24]\n"
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"an undeclared series named as a view", head + point("t23", "stock", "100", "2023") + point("t24", "stock", "110", "2024") + view,
			[]string{`series "trustees" is not in the catalog's series, named by indicators "t23", "t24": declare it in a top-level "series:" list (each title is its first point's: write the series' own where it differs): write series: [{id: trustees, title: "Trustees"}]; "trustees" already names a view, and series and views share one id space: rename the view first (id: trustees-chart)`}},
		{"a declared series named as a view", head + point("t23", "stock", "100", "2023") + point("t24", "stock", "110", "2024") + "series:\n  - {id: trustees, title: Trustees}\n" + view,
			[]string{`duplicate id "trustees" (already used by view "trustees"): rename the view (id: trustees-chart), or give the series another id, here and on its points`}},
		{"an undeclared series named as no other item", head + point("t23", "stock", "100", "2023") + point("t24", "stock", "110", "2024"),
			[]string{`series "trustees" is not in the catalog's series, named by indicators "t23", "t24": declare it in a top-level "series:" list (each title is its first point's: write the series' own where it differs): write series: [{id: trustees, title: "Trustees"}]`}},
		{"the first point of another measure", head + point("t23", "flow", "100", "2023") + point("t24", "stock", "110", "2024") + point("t25", "stock", "120", "2025") + "series:\n  - {id: trustees, title: Trustees}\n",
			[]string{`indicator "t23" is a flow but series "trustees" (from its point "t24") holds stocks: the points of a series have one measure; write measure: stock to match, or put it in a series of its own`}},
		{"a later point of another measure", head + point("t23", "stock", "100", "2023") + point("t24", "flow", "110", "2024") + point("t25", "stock", "120", "2025") + "series:\n  - {id: trustees, title: Trustees}\n",
			[]string{`indicator "t24" is a flow but series "trustees" (from its point "t23") holds stocks`}},
		{"two measures as many: the first point's holds", head + point("t23", "stock", "100", "2023") + point("t24", "flow", "110", "2024") + "series:\n  - {id: trustees, title: Trustees}\n",
			[]string{`indicator "t24" is a flow but series "trustees" (from its point "t23") holds stocks`}},
	} {
		got := parseMessages(t, "c.yaml", []byte(tc.src), read)
		if len(got) != len(tc.want) {
			t.Errorf("%s: messages %q, want %d", tc.name, got, len(tc.want))
			continue
		}
		for i := range got {
			if !strings.Contains(got[i], tc.want[i]) {
				t.Errorf("%s: message %q, want one holding %q", tc.name, got[i], tc.want[i])
			}
		}
	}
}
