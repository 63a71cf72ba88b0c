package extract

import "testing"

// carriedBenefitsText is a benefits release (dev kind benefits): a list
// led in by a count, with an aside in brackets, and a table whose header
// names what its rows count.
const carriedBenefitsText = "DWP benefits statistics: February 2023\n\n" +
	"22.4 million people claimed some combination of DWP benefits in August 2022 (of the 17 benefits included in these statistics). Of these:\n\n" +
	"  • 12.7 million were of State Pension Age\n\n" +
	"  • 9.1 million were of Working Age\n\n" +
	"DWP benefits by number of claimants at August 2022\n\n" +
	"Benefit Number of claimants\n" +
	"State Pension 12,579,000\n" +
	"Attendance Allowance 1,559,000\n\n" +
	"Source: DWP benefits statistics\n"

// carriedAttendancesText is a hospital activity release (dev kind
// hospitals): a list item restates a share of the lead-in's count in
// brackets.
const carriedAttendancesText = "New report sheds light on A&E attendances in England\n\n" +
	"The report shows, of the 19.6 million attendances recorded:\n\n" +
	"  • Over a third (6.9 million) had a recorded treatment of 'guidance/advice only'.\n"

// carriedCultureText is a survey release on cultural venues (dev kind
// culture): items of a list of counts share the first item's noun.
const carriedCultureText = "Two thirds of Australians visiting cinemas\n\n" +
	"Nearly 5.4 million people went to botanic gardens, 5.0 million to animal and marine parks, 3.8 million to popular music performances and 3.2 million to art galleries.\n"

// carriedFireText is a fire and rescue release (dev kind fire): an item
// that counts incidents itself is read by its own words, not by the
// lead-in's count of fires.
const carriedFireText = "Fire and rescue incident statistics\n\n" +
	"Of these incidents, there were 142,276 fires. Key results:\n\n" +
	"- 592,996 incidents were attended by FRSs, a decrease of 5.6% compared with the previous year (628,034), an increase of 2.6% compared with 5 years ago (578,150);\n"

var carriedCases = []fieldCase{
	{name: "a list item counts what its lead-in counts", text: carriedBenefitsText, stated: "12.7 million",
		want: map[string]string{"unit": "person"}},
	{name: "the lead-in's aside in brackets is not the list's whole", text: carriedBenefitsText, stated: "9.1 million",
		want: map[string]string{"unit": "person"}},
	{name: "a table row counts what its header counts, a holding at a date", text: carriedBenefitsText, stated: "12,579,000",
		want: map[string]string{"unit": "claimant", "measure": "stock"}},
	{name: "another row of the table", text: carriedBenefitsText, stated: "1,559,000",
		want: map[string]string{"unit": "claimant"}},
	{name: "a bracketed count in a list item counts the lead-in's noun", text: carriedAttendancesText, stated: "6.9 million",
		want: map[string]string{"unit": "attendance"}},
	{name: "a list of counts: the second item", text: carriedCultureText, stated: "5.0 million",
		want: map[string]string{"unit": "person"}},
	{name: "a list of counts: the last item after and", text: carriedCultureText, stated: "3.2 million",
		want: map[string]string{"unit": "person"}},
	{name: "an item that counts its own noun keeps it", text: carriedFireText, stated: "578,150",
		want: map[string]string{"unit": "incident"}},
}

func TestCarriedCount(t *testing.T) { runFieldCases(t, carriedCases) }

// carriedPoliceText is a police workforce release (dev kind police): the
// basis of counting stays with the noun; "police" does not change what is
// counted.
const carriedPoliceText = "Police officer numbers in Scotland\n\n" +
	"Police officer numbers decreased by 15 FTE officers (-0.1%) in the last quarter. " +
	"This is an increase of 366 FTE police officers (+2.3%) from the 16,234 FTE police officers recorded at 31 March 2007. " +
	"The college trained 200 officers.\n"

// carriedNursesText is a state's nursing workforce study (found with the
// search tool, corpus pages: "The Supply and Demand for Registered Nurses
// and Licensed Practical Nurses in Nebraska").
const carriedNursesText = "The Supply and Demand for Registered Nurses\n\n" +
	"Results show that demand will grow from a current need for about 16,000 full-time equivalent nurses to more than 20,000 over the next 15 years.\n"

var carriedBasisCases = []fieldCase{
	{name: "FTE before the noun", text: carriedPoliceText, stated: "15 FTE officers",
		want: map[string]string{"unit": "full-time equivalent officer"}},
	{name: "FTE and a modifier that changes nothing counted", text: carriedPoliceText, stated: "16,234 FTE police officers",
		want: map[string]string{"unit": "full-time equivalent officer"}},
	{name: "no basis: heads", text: carriedPoliceText, stated: "200 officers",
		want: map[string]string{"unit": "officer"}},
	{name: "full-time equivalent written out", text: carriedNursesText, stated: "about 16,000 full-time equivalent nurses",
		want: map[string]string{"unit": "full-time equivalent nurse"}},
}

func TestBasisUnit(t *testing.T) { runFieldCases(t, carriedBasisCases) }
