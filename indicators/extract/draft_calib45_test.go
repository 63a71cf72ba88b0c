package extract

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// calib45: each drafted field says whether it is sure or a guess. A field
// whose kind of evidence the dev set measured right on at least 97% of
// its figures keeps its comment; any other starts "check:". Field by
// field, a sure field and a near miss that must be marked.
func TestDraftMarksGuesses(t *testing.T) {
	release := "Labour market statistics for England\n\n" +
		"The unemployment rate in England was 4.2% in 2023, up 0.3 percentage points on 2022.\n\n" +
		"Councils in England received 4,125 complaints. In 2023, councils in England issued 310 penalty notices.\n"
	survey := "Community Life Survey: volunteering in England\n\n" +
		"The survey asked 2,000 adults about their volunteering. It found that 45% of adults volunteered in 2023.\n\n" +
		"Formal volunteering rose 5% in 2023.\n"
	cases := []struct {
		name, text, stated, field string
		marked                    bool
	}{
		// Unit: a percent sign after the figure is the unit; a counted
		// noun is one, but hand catalogs often name the thing counted
		// their own way ("complaint received", "complaint").
		{"unit: percent sign after the figure", release, "4.2%", "unit", false},
		{"unit: counted noun", release, "4,125 complaints", "unit", true},
		// Period: a year opening the figure's sentence is sure; a year
		// right after the figure is a guess since the table counts
		// documents (one dev document of 23 had its one such figure
		// wrong, above the 10% a document may have wrong); the release
		// lead's year borrowed for a sentence without one, or no year at
		// all, is a guess.
		{"period: year after the figure", release, "4.2%", "period", true},
		{"period: year opening the figure's sentence", release, "310 penalty notices", "period", false},
		{"period: the lead's year, borrowed", release, "4,125 complaints", "period", true},
		{"period: no year", survey, "2,000 adults", "period", true},
		// Status: a word of the release's title said once of all its
		// figures ("survey", "snapshot") is a guess since the table was
		// remeasured with round AG (a data book titled "…: Visual
		// Snapshot" was drafted estimates, its counts facts); no cue word
		// in a sentence of a text silent on estimates and samples is a
		// fact by a default, a guess too since the table counts
		// documents: right on 654 of 673 dev figures, but all 17 of one
		// document wrong.
		{"status: survey in the title", survey, "45%", "status", true},
		{"status: no cue word, a silent text", release, "4.2%", "status", true},
		// Measure: a word of direction on the figure makes a change; a
		// bare percentage is a share only by default (a rate is a level).
		{"measure: direction word", survey, "5%", "measure", false},
		{"measure: bare percentage", survey, "45%", "measure", true},
		// Entities: the place named in the heading right above, a guess
		// since the table counts documents (met on fewer than 10 dev
		// documents).
		{"entities: place in the heading above", survey, "45%", "entities", true},
		// Title: the drafter's own words for the figure are a guess.
		{"title: noun phrase of the clause", release, "310 penalty notices", "title", true},
		// Direction and base: "up" on the figure itself is a guess since
		// the table counts documents (one dev document had 1 of its 5
		// wrong); a base year read from "on 2022" without a note is a
		// guess.
		{"direction: word on the figure", release, "0.3 percentage points", "direction", true},
		{"base: no note", release, "0.3 percentage points", "base", true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, yml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tc.text})
			comments := draftComments(t, yml)
			var ind *indicators.Indicator
			for i := range c.Indicators {
				if c.Indicators[i].Stated == tc.stated {
					ind = &c.Indicators[i]
				}
			}
			if ind == nil {
				t.Fatalf("no indicator states %q:\n%s", tc.stated, yml)
			}
			if got, _ := fieldMark(comments[ind.ID], tc.field); got != tc.marked {
				t.Errorf("%s of %q marked %v, want %v (comments %v)", tc.field, tc.stated, got, tc.marked, comments[ind.ID])
			}
		})
	}
}

// The header says how many fields are marked and what the mark means,
// and the draft loads as written (draftOf loads and verifies it).
func TestDraftMarksHeader(t *testing.T) {
	_, yml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: "Councils in England received 4,125 complaints in 2023.\n"})
	if !strings.Contains(yml, `# A comment that starts with "check:" marks a guess: `) {
		t.Errorf("the header does not say what check: means:\n%s", yml)
	}
	n := strings.Count(yml, "# check:")
	if !strings.Contains(yml, " "+strconv.Itoa(n)+" of the ") {
		t.Errorf("the header does not count the %d marked fields:\n%s", n, yml)
	}
}

// A field's kind of evidence is declared where it is written, never read
// from its note's words: the same note under another kind keeps its own
// strength.
func TestEvidenceDeclared(t *testing.T) {
	notes := map[string]string{"period": `"in 2023" after the figure`}
	declare(notes, "period", "period/unknown")
	if evidenceOf(notes, "period").sure() {
		t.Errorf("an unmeasured kind is sure")
	}
	if len(sureEvidence) == 0 {
		t.Fatal("no kind of evidence is sure")
	}
	for k := range sureEvidence {
		declare(notes, "period", k)
		if !evidenceOf(notes, "period").sure() {
			t.Errorf("%s, in the table, is a guess", k)
		}
	}
	if k := evidenceOf(map[string]string{}, "title"); k != "title/unnoted" || k.sure() {
		t.Errorf("a field with no note: kind %q, sure %v", k, k.sure())
	}
}

// A note replaced by a writer that declares nothing is undeclared, a
// guess, never the kind of the note it replaced (a sure kind could
// otherwise vouch for another rule's value).
func TestEvidenceOfReplacedNote(t *testing.T) {
	cases := []struct {
		name  string
		write func(notes map[string]string)
		want  evidence
	}{
		{"no note", func(map[string]string) {}, "period/unnoted"},
		{"declared", func(n map[string]string) {
			n["period"] = `"2013" after the figure`
			declare(n, "period", "period/period#2")
		}, "period/period#2"},
		{"replaced, declared again", func(n map[string]string) {
			n["period"] = `"2013" after the figure`
			declare(n, "period", "period/period#2")
			n["period"] = "the months of the run"
			declare(n, "period", "period/ownTimePeriods#2")
		}, "period/ownTimePeriods#2"},
		{"replaced, not declared", func(n map[string]string) {
			n["period"] = `"2013" after the figure`
			declare(n, "period", "period/period#2")
			n["period"] = "the months of the run"
		}, "period/undeclared"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			notes := map[string]string{}
			c.write(notes)
			if got := evidenceOf(notes, "period"); got != c.want {
				t.Errorf("evidenceOf = %q, want %q", got, c.want)
			}
		})
	}
}
