package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// drafts41Release is a statistics office's monthly release in words of
// its own: a change in parentheses after its verb, counted events, a
// count at a date and a growth rate's peak.
const drafts41Release = "Building approvals for March 2024\n\n" +
	"Building approvals rose (2.1%) in March (15,880 dwellings), the statistics office said.\n\n" +
	"Retail turnover was flat (0.2%) in March.\n\n" +
	"Westport posted a 6% month-on-month decrease in approvals compared to March 2023.\n\n" +
	"There were 4,210 hospital admissions between January and March 2024.\n\n" +
	"12,300 patients on waiting lists at the end of March 2024 were counted.\n\n" +
	"Ferry departures increased in March (9,120 units).\n\n" +
	"This is the slowest annual growth since 2015, down from a peak of 9 percent in 2018.\n\n" +
	"Over the year the caseload has risen by around 1,150 since March 2023.\n"

// TestDraftKindsMeasure checks the measure and direction drafted for the
// figures of a release (drafts41).
func TestDraftKindsMeasure(t *testing.T) {
	cases := []struct {
		stated, measure, direction string
	}{
		{"2.1%", "change", "up"},
		{"0.2%", "change", "none"},
		{"6%", "change", "down"},
		{"4,210 hospital admissions", "flow", ""},
		{"12,300 patients", "stock", ""},
		{"9,120 units", "flow", ""},
		{"9 percent", "change", ""},
		{"around 1,150", "change", "up"},
	}
	for _, tc := range cases {
		t.Run(tc.stated, func(t *testing.T) {
			got := firstDraft(t, drafts41Release, tc.stated)
			checkWhat(t, got, tc.stated, tc.measure, "", "")
			checkHow(t, got, tc.stated, tc.direction, "")
		})
	}
}

// drafts41Markets counts markets, not the sales its clause names.
const drafts41Markets = "Exports hit a record in 2023, with sales in nine of the 12 markets setting new highs.\n"

// TestDraftKindsCountedNoun checks that an event noun of its clause makes
// no flow of a figure that counts another noun (drafts41).
func TestDraftKindsCountedNoun(t *testing.T) {
	got := firstDraft(t, drafts41Markets, "nine")
	checkWhat(t, got, "nine", "count", "", "")
}

// drafts41Guests is a tourism office's release in words of its own: bare
// changes whose subject, lead-in or reached level names what they count.
const drafts41Guests = "Hotel guests from Europe were down 2,300 in May 2021.\n\n" +
	"The total number of hotel guests was 98,400 in May 2021, up 700 on May 2020. The largest changes were from:\n" +
	"• Germany – up 1,100\n" +
	"• Italy – down 900.\n\n" +
	"4,120 inmates were held as at 31 May 2021. Over the year the inmate population has risen by about 160 (a 4% rise) to 4,120.\n"

// TestDraftKindsUnit checks the counted noun drafted for bare changes
// (drafts41).
func TestDraftKindsUnit(t *testing.T) {
	cases := []struct {
		stated, unit string
	}{
		{"2,300", "guest"},
		{"1,100", "guest"},
		{"900", "guest"},
		{"about 160", "inmate"},
	}
	for _, tc := range cases {
		t.Run(tc.stated, func(t *testing.T) {
			got := firstDraft(t, drafts41Guests, tc.stated)
			checkHow(t, got, tc.stated, "", tc.unit)
		})
	}
}

// drafts41Towns is a release in words of its own whose class of towns,
// named group and restatements are no claims.
const drafts41Towns = "Dwelling completions were up 6% in towns with a population of 5,000 or more, with 3,400 units completed.\n\n" +
	"Among the region's big four cities, Harbourton recorded a 12% increase in completions.\n\n" +
	"5,210 patients on waiting lists as at 30 April 2024 | This represents a rise of 2% on the previous year.\n\n" +
	"Over the year the waiting list has risen by about 110 (which represents a 2% increase) to 5,210.\n"

// TestDraftKindsNotClaims checks that a class, a group's name and a
// restatement are not drafted, and the claims around them are
// (drafts41).
func TestDraftKindsNotClaims(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: drafts41Towns}, map[string]int{})
	var got []string
	for _, cl := range d.claims() {
		if cl.skip == "" {
			got = append(got, cl.ind.Stated)
		}
	}
	want := []string{"6%", "3,400 units", "12%", "5,210 patients", "2%", "about 110"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("drafted figures of %q (-want +got):\n%s", drafts41Towns, diff)
	}
}
