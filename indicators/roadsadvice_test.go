package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// roadsDoc is the text of round C's road casualty and A&E cases, with a
// school census and a labour market release beside them.
const roadsDoc = `There were 168 fatalities, including 46 fatalities (12 more than 2018), and 2,001 seriously injured.
The busiest months were June and July, with 57,100 and 56,400 per day.
Schools numbered 2,400, 8 fewer than in 2019, and 1.3 million unemployed.
Output was 3,400 barrels per day.
Over half (53.7 per cent) were by patients under 40; 168 fatalities: 7 (or 4%) more than 2018.`

// TestChangeAndRateAdvice checks what verify says of figures round C's
// users could not write: "12 more" (a change from a base, which was read
// as a count of "mores"), "57,100 per day" (a rate naming nothing
// counted), and that following the advice verifies; and that an adjective
// used as a noun for people ("2,001 seriously injured") is no plural.
func TestChangeAndRateAdvice(t *testing.T) {
	const base = "entities: [GB-SCT]\nstatus: fact\nperiod: 2019\n"
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		{"12 more", base + "measure: change\nstated: 12 more\nunit: fatality", "46 fatalities (12 more than 2018)",
			[]string{`cannot read figure "12 more": "more" after the figure says a change from a base: write stated: "12", unit: the thing it counts (the noun, in the singular), measure: change, direction: up and base: the period it is compared with`}},
		{"12 more, as advised", base + "measure: change\nstated: \"12\"\nunit: fatality\ndirection: up\nbase: 2018", "46 fatalities (12 more than 2018)", nil},
		{"8 fewer than", base + "measure: change\nstated: 8 fewer\nunit: school", "8 fewer than in 2019",
			[]string{`cannot read figure "8 fewer": "fewer" after the figure says a change from a base: write stated: "8", unit: the thing it counts (the noun, in the singular), measure: change, direction: down and base: the period it is compared with`}},
		{"8 fewer, as advised", base + "measure: change\nstated: \"8\"\nunit: school\ndirection: down\nbase: 2018", "8 fewer than in 2019", nil},
		{"per day alone", base + "measure: level\nstated: 57,100 per day\nunit: attendance per day", "with 57,100 and 56,400 per day",
			[]string{`cannot read figure "57,100 per day": a rate per day counts something, and "57,100 per day" names nothing counted: write stated: "57,100" and unit: the thing counted per day (unit: attendance per day); one "per day" in the quote may serve two figures ("57,100 and 56,400 per day")`}},
		{"per day, as advised", base + "measure: level\nstated: 57,100\nunit: attendance per day", "with 57,100 and 56,400 per day", nil},
		{"barrels per day", base + "measure: level\nstated: 3,400 barrels per day", "Output was 3,400 barrels per day", nil},
		{"seriously injured", base + "measure: count\nstated: 2,001 seriously injured", "and 2,001 seriously injured", nil},
		{"a bracketed restatement, A&E", base + "measure: share\nstated: Over half (53.7 per cent)", "Over half (53.7 per cent) were",
			[]string{`cannot read figure "Over half (53.7 per cent)": the bracketed "53.7 per cent" is the figure "Over half" says in words: write stated: "53.7 per cent", the document's own figure (the words stay in the quote)`}},
		{"a bracketed restatement, as advised", base + "measure: share\nstated: 53.7 per cent", "Over half (53.7 per cent) were", nil},
		{"a bracketed percent change, roads", base + "measure: change\nstated: 7 (or 4%) more than 2018", "7 (or 4%) more than 2018",
			[]string{`cannot read figure "7 (or 4%) more than 2018": the bracketed "4%" is a figure of its own: an indicator states one figure; write stated: "7" here, and stated: "4%" in an indicator of its own (the same quote may serve both)`}},
		{"unemployed", base + "measure: stock\nstated: 1.3 million unemployed", "and 1.3 million unemployed", nil},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, roadsDoc, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
	for _, tt := range []struct{ stated, want string }{
		{"2,001 seriously injured", "2,001 injured"},
		{"1.3 million unemployed", "1.3 million unemployed"},
		{"46 fatalities", "46 fatalities"},
	} {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		q.Noun = "" // the unit's own label, as the book's Value column writes it
		if got := indicators.Format(q, u, indicators.Style{}); got != tt.want {
			t.Errorf("Format(ParseStated(%q)) without its noun = %q, want %q", tt.stated, got, tt.want)
		}
	}
}
