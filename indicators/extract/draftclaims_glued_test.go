package extract

import (
	"strings"
	"testing"
)

// TestGluedRun: a line that ends in a table row's cells run together is
// read as one (a CSO poverty release's chart data, a CSO tourism release's
// summary table, an ONS-style chart's data), while a row whose cells are
// apart, a glued run that is one number, a version's number and a
// sentence are not.
func TestGluedRun(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Deprivation13.716.617.3", "13.716.617.3"},
		{"Consistent Poverty4.24.93.6", "4.24.93.6"},
		{"Holiday/Leisure/Recreation1,2501,485 1,4461,515", "1,2501,485"},
		{"Total2,4402,771 2,1122,186", "2,4402,771"},
		{"Visits to Friends/Relatives643640 440419", ""}, // each run reads as one number
		{"London 12.5 13.1 14.0", ""},                    // cells apart
		{"Table A1.2.3", ""},                             // a section's number
		{"Unemployment fell to 4.2% in 2023.", ""},       // a sentence
		{"Median weekly pay£612.5", ""},                  // one number glued to its label
		{"Émigrés12.413.1", "12.413.1"},                  // a label in another script's letters
	}
	for _, tt := range tests {
		if got := gluedRun(tt.line); got != tt.want {
			t.Errorf("gluedRun(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestGluedRowsDrafted: the draft names each glued row in a comment and
// drafts no fragment of it, while the figures of the text around it are
// drafted.
func TestGluedRowsDrafted(t *testing.T) {
	text := "Poverty\n\nX-axis label202120222023\nDeprivation13.716.617.3\nTotal2,4402,771 2,1122,186\n\nThe at risk of poverty rate was 10.6% in 2023.\n"
	d := newDocDraft(DraftSource{ID: "doc", TextPath: "doc.txt", Text: text}, map[string]int{})
	var notes, drafted []string
	for _, cl := range d.claims() {
		if strings.Contains(cl.skip, "cells run together") {
			notes = append(notes, cl.skip)
		} else if cl.skip == "" {
			drafted = append(drafted, cl.ind.Stated)
		}
	}
	if len(notes) != 2 || !strings.Contains(notes[0], `"13.716.617.3"`) || !strings.Contains(notes[1], `"2,4402,771"`) {
		t.Errorf("glued rows' comments = %q, want the rows of 13.716.617.3 and 2,4402,771", notes)
	}
	if strings.Join(drafted, " | ") != "10.6%" {
		t.Errorf("drafted = %q, want [10.6%%]", drafted)
	}
}
