package extract

import "testing"

// govukText is a GOV.UK statistics page copied without blank lines:
// its title, the "Published" line, the metadata labels, a numbered
// chapter naming a place and an annual summary over bullets.
const govukText = "Bulletin - Farm Holdings Statistics March 2023\n" +
	"Published 18 April 2023\n" +
	"Released\n18 April 2023\n" +
	"Next release\n16 May 2023\n" +
	"Media enquiries\npress@farms.example\n" +
	"Statistical enquiries\nA. Writer (author)\n" +
	"This release covers farm holdings only.\n" +
	"2. Main messages for Scotland\n" +
	"Annual summary for 2022\n" +
	"- In 2022, there were 51,200 registered farm holdings, 3% more than in 2021.\n" +
	"- The number of dairy holdings fell by 4% from 2021.\n"

// TestDraftSectionsGovuk: a numbered chapter line inside a block of lines,
// the short line under it over a bullet list, a short line ending in ":"
// alone before a paragraph, and a chart's caption with its subtitle.
func TestDraftSectionsGovuk(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"numbered chapter and summary", govukText, "51,200",
			map[string]string{"section": "2. Main messages for Scotland / Annual summary for 2022"}},
		{"sub-heading before a paragraph",
			"Savings and Loans - March 2021\n\nHousehold saving (Tables F and G):\n\n" +
				"Households deposited a net £6.2 billion with banks and building societies in March, less than in February and below the average of the previous year.\n",
			"£6.2 billion", map[string]string{"section": "Savings and Loans - March 2021 / Household saving (Tables F and G):"}},
		{"caption subtitle is no heading",
			"Savings and Loans - March 2021\n\nHousehold saving\n\nChart 2: Deposits\n\nNot seasonally adjusted\n\n" +
				"Households deposited a net £6.2 billion with banks and building societies in March, less than in February.\n",
			"£6.2 billion", map[string]string{"section": "Household saving"}},
	})
}

// TestDraftHeadingPlace: a chapter heading naming a place gives it to
// the figures under it that name none.
func TestDraftHeadingPlace(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"chapter's place", govukText, "4%", map[string]string{"entities": "GB-SCT"}},
		{"count under the chapter", govukText, "51,200", map[string]string{"entities": "GB-SCT", "period": "2022"}},
	})
}

// TestDraftPublishedTitle: on a GOV.UK page the line above "Published
// <date>" is the title; "Released" and the other labels never are.
func TestDraftPublishedTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{govukText, "Bulletin - Farm Holdings Statistics March 2023"},
		{"Fishing Fleet Statistics 2022\nPublished on 03 May 2023\nReleased\n3 May 2023\n\nThe fleet had 5,700 vessels.\n", "Fishing Fleet Statistics 2022"},
	}
	for _, tc := range tests {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		if got := d.source.Title; got != tc.want {
			t.Errorf("title of %q = %q, want %q", firstLine(tc.text), got, tc.want)
		}
	}
}

// TestDraftLeadInAcrossYear: a lead-in's span of months across the new
// year starts the year before, and "compared to the same period a year
// earlier" gives its changes that span a year back as base.
func TestDraftLeadInAcrossYear(t *testing.T) {
	text := "Water Supply Statistics: 30 April 2021\n\nSupply\n\n" +
		"Highlights for the 3 month period November to January 2021, compared to the same period a year earlier include:\n\n" +
		"  • Public water supply rose by 3.1%, with leakage down 2.4%.\n" +
		"  • Reservoirs held 87.5% of their capacity.\n"
	runFieldCases(t, []fieldCase{
		{"change", text, "3.1%", map[string]string{"period": "2020-11/2021-01", "base": "2019-11/2020-01"}},
		{"second change", text, "2.4%", map[string]string{"period": "2020-11/2021-01", "base": "2019-11/2020-01"}},
		{"share takes no base", text, "87.5%", map[string]string{"period": "2020-11/2021-01", "base": "not stated"}},
	})
}
