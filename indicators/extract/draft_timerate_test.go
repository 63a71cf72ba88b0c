package extract

import "testing"

// TestTimeRateUnit: a figure per a span of time that names nothing
// counted is drafted as its bare figure with the unit of the nearest plural
// noun before it that is no span of time (timeRateUnit), on sentences of a
// transport release, a helpline report and a bare rate.
func TestTimeRateUnit(t *testing.T) {
	const (
		ferries  = "Ferry statistics 2023\n\nFerry crossings peaked in August, with 1,240 and 1,180 per day in the two busiest weeks.\n"
		helpline = "Helpline annual report 2022\n\nCalls to the helpline averaged 3,100 per day over the winter months.\n"
		bare     = "Helpline annual report 2022\n\nIt rose to 3,100 per day.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "one per day for two figures: the noun before them", text: ferries, stated: "1,180", unit: "crossing per day"},
		{name: "the subject's noun, past a verb", text: helpline, stated: "3,100", unit: "call per day"},
	})
	got := firstDraft(t, bare, "3,100")
	if !got.ind.Unit.IsZero() {
		t.Errorf("%q with no noun before it: unit %v, want none (the figure bare, and a note to name what it counts)", "3,100 per day", got.ind.Unit)
	}
}
