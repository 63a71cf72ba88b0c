package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNoteNamesItsBar: a note of one bar of several names the bar it is
// about (s14-tourism: "The ONS calls it a record high." under three
// bars); a note every bar carries is said once, bare (s13-vaccines: one
// remark on two changes).
func TestNoteNamesItsBar(t *testing.T) {
	for _, c := range []struct {
		name  string
		figs  []fig
		notes [][]string
		want  []string
	}{
		{"one bar's note", []fig{
			{id: "eu", title: "Immigration of EU citizens", stated: "268,000", period: "2016"},
			{id: "eu2", title: "Immigration of EU2 citizens", stated: "69,000", period: "2016"},
		}, [][]string{nil, {"The ONS calls it a record high."}},
			[]string{"Immigration of EU2 citizens — The ONS calls it a record high."}},
		// s26w-driving: two notes of one bar said its whole title twice.
		{"one bar's two notes", []fig{
			{id: "target", title: "Licence applications to be processed within 10 working days", stated: "95%", period: "2016"},
			{id: "done", title: "Licence applications processed within 10 working days", stated: "76%", period: "2016"},
		}, [][]string{nil, {"The release says approaching 76%.", "The fall is attributed to a new IT system."}},
			[]string{"Licence applications processed within 10 working days — The release says approaching 76%. The fall is attributed to a new IT system."}},
		{"every bar's note", []fig{
			{id: "six", title: "Coverage of the 6-in-1 vaccine", stated: "0.3 percentage points", period: "2022-Q4", measure: indicators.Change},
			{id: "mmr", title: "Coverage of the MMR vaccine", stated: "0.2 percentage points", period: "2022-Q4", measure: indicators.Change},
		}, [][]string{{"Changes are on the quarter before."}, {"Changes are on the quarter before."}},
			[]string{"Changes are on the quarter before."}},
	} {
		cat := figCatalog(t, c.figs...)
		for i, ns := range c.notes {
			for _, n := range ns {
				cat.Indicators[i].Notes = append(cat.Indicators[i].Notes, indicators.Note{Text: n})
			}
		}
		s := figSlide(t, cat, "all")
		if !slices.Equal(s.Notes, c.want) {
			t.Errorf("%s: notes = %q, want %q", c.name, s.Notes, c.want)
		}
	}
}

// TestNoteOpensAnother: a view's note another note opens with is said by
// that one alone (s26w-firearms: "Experimental statistics." over
// "Experimental statistics: figures on lost … first included in …").
func TestNoteOpensAnother(t *testing.T) {
	cat := figCatalog(t, fig{id: "lost", title: "Firearms reported lost or stolen", stated: "439", period: "2022"})
	cat.Indicators[0].Notes = []indicators.Note{{Text: "Experimental statistics: figures were first included in 2021."}}
	v := &cat.Views[len(cat.Views)-1]
	v.Notes = []string{"Experimental statistics."}
	s := figSlide(t, cat, "all")
	if want := []string{"Experimental statistics: figures were first included in 2021."}; !slices.Equal(s.Notes, want) {
		t.Errorf("notes = %q, want %q", s.Notes, want)
	}
}

// TestContextNoteSaid: a context note (knowledge from outside the
// document) is said to be one under a chart, as the book's Notes column
// and the deck's speaker notes say it, never printed as the document's
// (s27x-insurance).
func TestContextNoteSaid(t *testing.T) {
	cat := figCatalog(t, fig{id: "private", title: "Adults with private health insurance", stated: "68.9%", period: "2016"})
	cat.Indicators[0].Notes = []indicators.Note{{Text: "A person may have more than one type of coverage.", Context: true, Source: "nchs"}}
	s := figSlide(t, cat, "all")
	want := []string{"Context note, not from the document (source: nchs): A person may have more than one type of coverage."}
	if !slices.Equal(s.Notes, want) {
		t.Errorf("notes = %q, want %q", s.Notes, want)
	}
}

// TestContextNoteNamesSource: a context note of a source the catalog
// lists names it by its short name and year, as a source line does,
// never by its ID (s30a-missing: "(source: ukmpb-data-report-1415)").
func TestContextNoteNamesSource(t *testing.T) {
	cat := figCatalog(t, fig{id: "calls", title: "Missing person incidents", stated: "3%", period: "2015"})
	cat.Sources = append(cat.Sources, indicators.Source{ID: "mpb-report-1415", Title: "Missing Persons Data Report 2014/15",
		Short: "UK MPB", Issued: indicators.Date{Year: 2016, Month: 5}})
	cat.Indicators[0].Notes = []indicators.Note{{Text: "The full report recalculated this increase as 5%.", Context: true, Source: "mpb-report-1415"}}
	s := figSlide(t, cat, "all")
	want := []string{"Context note, not from the document (source: UK MPB 2016): The full report recalculated this increase as 5%."}
	if !slices.Equal(s.Notes, want) {
		t.Errorf("notes = %q, want %q", s.Notes, want)
	}
}
