package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// releaseDoc holds sentences of the kinds round W's users quoted (a
// driver licensing release, a firearm certificates release, a census
// profile, a tax gap summary, a modern slavery release), written anew.
const releaseDoc = "The agency processed approaching 76% of applications within 10 working days.\n" +
	"Close to 40% of callers waited. Getting on for 3,000 licences were issued. Upwards of 500 sites were inspected.\n" +
	"In excess of 2,000 checks were made. Just shy of 90% were granted, and shy of 80% were renewed.\n" +
	"This was an 11 percentage point improvement on performance in the previous year.\n" +
	"This was a deterioration of 3 percentage points. The scheme made a saving of 4,000 hours.\n" +
	"Performance was around half a percentage point below the target, and a quarter of a percentage point above it in 2021.\n" +
	"Just 35% of all people aged 15 and over in 2011 had a third-level qualification, this figure was 45% in 2022.\n" +
	"The gap reduced from 13.7% in 2005 to 2006 to 4.9% in 2022 to 2023.\n" +
	"The balance was 121.8 billion at the end of the financial year 2018-19.\n" +
	"There was a decrease of 3,540 hectares between 31 March 2023 and 31 March 2024.\n" +
	"UK nationals were the most common nationality referred, Albanian nationals the second most commonly referred.\n" +
	"The tax gap is estimated to be\n\n4.8% of total theoretical tax liabilities.\n"

// TestHedgeWordsKept: every hedge a release writes for "a little under"
// or "a little over" is kept as written (lexicon.Hedges), read as its
// qualifier; the bare figure, which says more than the document, is told
// the hedge, and so is another hedge of the same qualifier; a word no
// hedge of the table is told so, not "no number" (s26w-driving:
// "approaching 76%" was "no number", and "nearly 76%" refused).
func TestHedgeWordsKept(t *testing.T) {
	for _, tc := range []struct {
		stated string
		want   indicators.Qualifier
	}{
		{"approaching 76%", indicators.Nearly},
		{"close to 40%", indicators.Nearly},
		{"getting on for 3,000", indicators.Nearly},
		{"shy of 80%", indicators.Nearly},
		{"just shy of 90%", indicators.Nearly},
		{"upwards of 500", indicators.MoreThan},
		{"in excess of 2,000", indicators.MoreThan},
	} {
		q, _, err := indicators.ParseStated(tc.stated)
		if err != nil || q.Qualifier != tc.want {
			t.Errorf("ParseStated(%q) = %v, %v; want qualifier %v", tc.stated, q.Qualifier, err, tc.want)
		}
	}
	const base = "entities: [GB-NIR]\nstatus: fact\nperiod: 2016/17\n"
	checkAdvice(t, []adviceCase{
		{"approaching, as written", releaseDoc, base + "measure: share\nstated: approaching 76%", "The agency processed approaching 76% of applications", "", ""},
		{"getting on for, as written", releaseDoc, base + "measure: flow\nstated: Getting on for 3,000 licences", "Getting on for 3,000 licences were issued", "", ""},
		{"shy of, as written", releaseDoc, base + "measure: share\nstated: shy of 80%", "and shy of 80% were renewed", "", ""},
		{"approaching, left out", releaseDoc, base + "measure: share\nstated: 76%", "The agency processed approaching 76% of applications",
			`the quote says "approaching" before "76%" but the indicator is exact: write stated: "approaching 76%"`, "stated: 76% => stated: approaching 76%"},
		{"approaching, written nearly", releaseDoc, base + "measure: share\nstated: nearly 76%", "The agency processed approaching 76% of applications",
			`write stated: "approaching 76%"`, "stated: nearly 76% => stated: approaching 76%"},
		{"a word no hedge of the table", releaseDoc, base + "measure: share\nstated: towards 76%", "The agency processed approaching 76% of applications",
			`cannot read figure "towards 76%": "towards" before the number is no hedge verify reads (lexicon.Hedges: about, nearly, close to, more than, …): it is a word to add there; until then write stated: "76%" and say "towards 76%" in a note`, ""},
		{"approaching as a qualifier", releaseDoc, base + "measure: share\nstated: 76%\nqualifier: approaching", "The agency processed approaching 76% of applications",
			`"approaching" is a hedge, qualifier nearly`, "stated: 76% => stated: approaching 76% | qualifier: approaching => "},
	})
}

// TestBetterWorseDirection: a word of better or worse ("improvement",
// "deterioration") says a change either way, so a quote with one takes
// the direction written; a saving is a fall (s26w-driving: "an 11
// percentage point improvement" with direction: up was refused).
func TestBetterWorseDirection(t *testing.T) {
	const base = "entities: [GB-NIR]\nstatus: fact\nperiod: 2016/17\nbase: 2015/16\nmeasure: change\n"
	checkAdvice(t, []adviceCase{
		{"an improvement, up", releaseDoc, base + "stated: 11 percentage point\ndirection: up", "This was an 11 percentage point improvement on performance", "", ""},
		{"a deterioration, down", releaseDoc, base + "stated: 3 percentage points\ndirection: down", "This was a deterioration of 3 percentage points", "", ""},
		{"a deterioration, up", releaseDoc, base + "stated: 3 percentage points\ndirection: up", "This was a deterioration of 3 percentage points", "", ""},
		{"a saving, down", releaseDoc, base + "stated: 4,000 hours\ndirection: down", "The scheme made a saving of 4,000 hours", "", ""},
		{"a saving, up", releaseDoc, base + "stated: 4,000 hours\ndirection: up", "The scheme made a saving of 4,000 hours",
			`direction "up" but the quote has no word for it`, "direction: up => direction: down"},
	})
}

// TestHedgeUnitParagraphFixed applies the advice of bad catalog 92 and
// checks that it then loads.
func TestHedgeUnitParagraphFixed(t *testing.T) {
	applyBadCatalogFixes(t, []struct {
		file string
		fix  [][2]string
	}{
		{"92-hedge-unit-paragraph.yaml", [][2]string{
			{"stated: nearly 76%", "stated: approaching 76%"},
			{"unit: day", "unit: working day"},
			{"quote: The tax gap is estimated to be 4.8% of total theoretical tax liabilities", `quote: "The tax gap is estimated to be\n\n4.8% of total theoretical tax liabilities"`},
		}},
	})
}
