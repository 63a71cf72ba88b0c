package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPartNoteNamedAsKey: a note of one part of a whole names the part as
// the key does (s19m-students: "NI HEIs domiciled outside the EU, share:
// …" under a key of "Outside the EU: 21%").
func TestPartNoteNamedAsKey(t *testing.T) {
	cat := figCatalog(t,
		fig{id: "ni", title: "Students at NI HEIs domiciled in Northern Ireland, share", stated: "71%", period: "2021/22", measure: indicators.Share},
		fig{id: "gb", title: "Students at NI HEIs domiciled in Great Britain, share", stated: "4%", period: "2021/22", measure: indicators.Share},
		fig{id: "out", title: "Students at NI HEIs domiciled outside the EU, share", stated: "25%", period: "2021/22", measure: indicators.Share},
	)
	cat.Indicators[2].Notes = []indicators.Note{{Text: `The document calls this "a record one-fifth" of students.`}}
	cat.Views = append(cat.Views, indicators.ChartView{ID: "where", Title: "Where students at NI HEIs come from, 2021/22", Kind: indicators.PartOfWhole, Indicators: []string{"ni", "gb", "out"}})
	s := figSlide(t, cat, "where")
	want := []string{`Outside the EU — The document calls this "a record one-fifth" of students.`}
	if !slices.Equal(s.Notes, want) {
		t.Errorf("notes %q, want %q", s.Notes, want)
	}
	var names []string
	for _, p := range s.body.(*Waffle).Parts {
		names = append(names, p.Name)
	}
	if want := []string{"Northern Ireland", "Great Britain", "Outside the EU"}; !slices.Equal(names, want) {
		t.Errorf("key names %q, want %q", names, want)
	}
}
