package extract

import (
	"strings"
	"testing"
)

// wholesaleText is a monthly release of survey estimates, in words of its
// own (drafts20, the kinds of the Census Bureau's advance retail sales): a
// release line with a weekday, a heading of preliminary estimates, a lead
// "for <Month YYYY>", changes from the previous month and a year before
// with their margins of error, a span of three months, a revised change
// of the month before, and clauses of other kinds of business.
const wholesaleText = "FOR IMMEDIATE RELEASE: Wednesday, August 21, 2019\n\n" +
	"Monthly Wholesale Trade\n\n" +
	"Preliminary Estimates of U.S. Wholesale Trade\n\n" +
	"Preliminary estimates of U.S. wholesale trade sales for July 2019, adjusted for seasonal variation and trading-day differences, but not for price changes, were $512.4 billion, " +
	"down 0.3 percent (±0.6 percent)* from the previous month, and up 1.9 percent (±0.8 percent) above July 2018. " +
	"Total sales for the May 2019 through July 2019 period were up 2.2 percent (±0.7 percent) from the same period a year ago. " +
	"The May 2019 to June 2019 percent change was revised from virtually unchanged (±0.5 percent)* to up 0.6 percent (±0.3 percent).\n\n" +
	"Durable goods sales were down 0.8 percent (±0.9 percent)* from June 2019, and up 1.1 percent (plus or minus 0.9 percent) above last year. " +
	"Grocery wholesalers were up 4.2 percent (±1.8 percent) from last year, while farm product wholesalers were down 2.5 percent (+/- 3.1 percent) from July 2018.\n"

// wholesaleHead is the heading above wholesaleText's figures.
const wholesaleHead = "Preliminary Estimates of U.S. Wholesale Trade"

var releaseCases = []draftCase{
	{name: "release: the lead's level is a flow of the reference month, an estimate, titled by its subject past \"estimates of\" and its place",
		text: wholesaleText, section: wholesaleHead, stated: "$512.4 billion", title: "Wholesale trade sales", entities: "US", measure: "flow", status: "estimate", period: "2019-07",
	},
	{name: "release: a change from the previous month is of the reference month; its margin and asterisk are a note",
		text: wholesaleText, section: wholesaleHead, stated: "0.3 percent", title: "Change in wholesale trade sales from the previous month", entities: "US", measure: "change", status: "estimate",
		period: "2019-07", direction: "down", note: "margin of error ±0.6 percent: the interval in parentheses after the figure, not a claim of its own; the asterisk"},
	{name: "release: a change \"above <the month a year before>\" is of the reference month, from a year earlier; a clause that goes on takes the first clause's subject",
		text: wholesaleText, section: wholesaleHead, stated: "1.9 percent", title: "Change in wholesale trade sales from a year earlier", entities: "US", measure: "change", status: "estimate",
		period: "2019-07", direction: "up", note: "margin of error ±0.8 percent"},
	{name: "release: \"the May 2019 through July 2019 period\" is the span; \"total sales\" is the release's subject; never cut at a month name",
		text: wholesaleText, section: wholesaleHead, stated: "2.2 percent", title: "Change in wholesale trade sales from a year earlier", entities: "US", measure: "change", status: "estimate",
		period: "2019-05/2019-07", direction: "up"},
	{name: "release: \"the May 2019 to June 2019 percent change was revised\" is June's, a revised change",
		text: wholesaleText, section: wholesaleHead, stated: "0.6 percent", title: "Revised change in wholesale trade sales from May to June", entities: "US", measure: "change", status: "estimate",
		period: "2019-06", direction: "up"},
	{name: "release: a change \"from <the month before>\" is from the previous month, of the reference month",
		text: wholesaleText, section: wholesaleHead, stated: "0.8 percent", title: "Change in durable goods sales from the previous month", entities: "US", measure: "change", status: "estimate",
		period: "2019-07", direction: "down"},
	{name: "release: \"above last year\" is from a year earlier; \"plus or minus\" is a margin",
		text: wholesaleText, section: wholesaleHead, stated: "1.1 percent", title: "Change in durable goods sales from a year earlier", entities: "US", measure: "change", status: "estimate",
		period: "2019-07", direction: "up", note: "margin of error plus or minus 0.9 percent"},
	{name: "release: a kind of business is titled by its sales",
		text: wholesaleText, section: wholesaleHead, stated: "4.2 percent", title: "Change in grocery wholesalers' sales from a year earlier", entities: "US", measure: "change", status: "estimate",
		period: "2019-07", direction: "up"},
	{name: "release: a clause after \", while\" has its own subject; \"(+/- 3.1 percent)\" is a margin",
		text: wholesaleText, section: wholesaleHead, stated: "2.5 percent", title: "Change in farm product wholesalers' sales from a year earlier", entities: "US", measure: "change", status: "estimate",
		period: "2019-07", direction: "down", note: "margin of error +/- 3.1 percent"},
	{name: "release: without a heading or lead of estimates, a figure is a fact",
		text:    "Monthly Wholesale Trade\n\nU.S. wholesale trade sales for July 2019 were $512.4 billion, up 1.9 percent from July 2018.\n",
		section: "Monthly Wholesale Trade", stated: "1.9 percent", title: "Change in wholesale trade sales from a year earlier", entities: "US", measure: "change", status: "fact", period: "2019-07", base: "2018-07", direction: "up"},
	{name: "release: a flash estimate in the lead makes its figures estimates",
		text:   "Flash estimates of U.S. factory orders for March 2021 were $480 billion.\n",
		stated: "$480 billion", title: "Factory orders", entities: "US", measure: "flow", status: "estimate", period: "2021-03"},
}

func TestDraftReleaseCases(t *testing.T) {
	runDraftCases(t, releaseCases)
}

// TestDraftMargins: a margin of error is never drafted; one after no
// figure is explained on its own terms (drafts20).
func TestDraftMargins(t *testing.T) {
	tests := []struct{ text, figure, why string }{
		{wholesaleText, "0.5 percent", "the margin of error ±0.5 percent of \"from virtually unchanged\""},
		{"Output was virtually unchanged (± 0.2 percent) in May.", "0.2 percent", "the margin of error ±0.2 percent"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		var skips []string
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.figure {
				t.Errorf("draft of %q: %q drafted as a claim, want it explained", tc.text, tc.figure)
			}
			skips = append(skips, cl.skip)
		}
		if all := strings.Join(skips, "\n"); !strings.Contains(all, tc.why) {
			t.Errorf("draft of %q: notes %q, want them to say %q", tc.text, all, tc.why)
		}
	}
}

func TestMarginOf(t *testing.T) {
	tests := []struct {
		text, figure string
		want         string // the margin as written, or "" for none
		asterisk     bool
	}{
		{"up 0.1 percent (±0.4 percent)* from April", "0.4 percent", "±0.4 percent", true},
		{"up 0.1 percent (± 0.4 percent) from April", "0.4 percent", "±0.4 percent", false},
		{"rose 2 percent (plus or minus 0.5 percent)", "0.5 percent", "plus or minus 0.5 percent", false},
		{"rose 2 percent (+/- 0.5 percent)", "0.5 percent", "+/- 0.5 percent", false},
		{"rose 2 percent, plus or minus 0.5 percent", "0.5 percent", "plus or minus 0.5 percent", false},
		{"rose 2 percent (plus or minus 0.5 percent)", "minus 0.5 percent", "plus or minus 0.5 percent", false},
		{"rose 2 percent (up 0.5 percent)", "0.5 percent", "", false},
		{"rose 2 percent to 0.5 percent", "0.5 percent", "", false},
	}
	for _, tc := range tests {
		i := strings.LastIndex(tc.text, tc.figure)
		m := Mention{Text: tc.figure}
		m.Span.Start, m.Span.End = i, i+len(tc.figure)
		mg, ok := marginOf(tc.text, m)
		if got := mg.written; got != tc.want || ok != (tc.want != "") || mg.asterisk != tc.asterisk {
			t.Errorf("marginOf(%q, %q) = %q, %v (asterisk %v), want %q (asterisk %v)", tc.text, tc.figure, got, ok, mg.asterisk, tc.want, tc.asterisk)
		}
	}
}

func TestPriceCue(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"Brent crude oil prices averaged ", true},
		{"The price of gold was ", true},
		{"sales, adjusted for seasonal variation, but not for price changes, were ", false},
		{"sales, adjusted for price change, were ", false},
		{"sales, not adjusted for price changes, and the price index was ", true},
	}
	for _, tc := range tests {
		if got := priceCue(tc.before); got != tc.want {
			t.Errorf("priceCue(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

func TestDraftReleaseDateline(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: wholesaleText}, map[string]int{})
	if got, want := d.source.Issued.String(), "2019-08-21"; got != want {
		t.Errorf("issued of a \"FOR IMMEDIATE RELEASE: <date>\" line = %q, want %q", got, want)
	}
	if got, want := d.source.Title, "Monthly Wholesale Trade"; got != want {
		t.Errorf("title after a \"FOR IMMEDIATE RELEASE: <date>\" line = %q, want %q", got, want)
	}
}
