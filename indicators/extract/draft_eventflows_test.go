package extract

import "testing"

// TestDraftEventFlows: events a release counts over its period are flows —
// a crime survey's victimizations and crimes (BJS), a hospital's
// attendances (HSCIC), a country's migration (ONS) — while a thing that
// is no event stays a count (eventNouns, eventUnits; drafts76).
func TestDraftEventFlows(t *testing.T) {
	const (
		crime = "YOUNGEST TEENS AT GREATEST CRIME RISK\n\n" +
			"Overall during the year there were almost 11 million violent victimizations and over 32 million property crimes.\n\n" +
			"In more than 500,000 incidents the offender was the victim's spouse or former spouse.\n"
		hospitals = "New report sheds light on A&E attendances in England\n\n" +
			"The report shows, of the 19.6 million attendances recorded, most were discharged.\n\n" +
			"There were 2,400 hospital beds in the region.\n"
		migration = "Migration Statistics Quarterly Report: August 2016\n\n" +
			"Long-Term International Migration estimates in the year ending March 2016 were:\n\n" +
			"  • net migration = 327,000\n\n" +
			"  • emigration = 306,000\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "victimizations are events", text: crime, stated: "almost 11 million violent victimizations", measure: "flow"},
		{name: "crimes are events", text: crime, stated: "over 32 million property crimes", measure: "flow"},
		{name: "incidents are events", text: crime, stated: "more than 500,000 incidents", measure: "flow"},
		{name: "attendances are events", text: hospitals, stated: "19.6 million attendances", measure: "flow"},
		{name: "beds are no events: things present the clause states as held, a stock (session 17: was a count)", text: hospitals, stated: "2,400 hospital beds", measure: "stock"},
		{name: "net migration before a bare figure is a flow", text: migration, stated: "327,000", measure: "flow"},
		{name: "emigration before a bare figure is a flow", text: migration, stated: "306,000", measure: "flow"},
	})
}
