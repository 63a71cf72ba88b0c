package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCountedMeasure reads what a number of counted things measures from
// its own clause (countedMeasure): its time, its verb, its counted noun,
// on clauses of the dev kinds (organs, forestry, students, elections,
// vehicles, prisons, children, farming) and of the corpus's fact sheets.
func TestCountedMeasure(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    countedClause
		want indicators.MeasureKind
		ok   bool
	}{
		{"a moment before the count (organs)", countedClause{noun: "person", figure: "4,351 people", before: "at the end of 2018, there were ", after: " on wait lists", span: true}, indicators.Stock, true},
		{"a moment after the count (the model's example)", countedClause{noun: "officer", figure: "16,600 officers", after: " as at 30 june 2023"}, indicators.Stock, true},
		{"a state held after a bare count (organs)", countedClause{figure: "1,461", before: " and ", after: " on hold1)", span: true}, indicators.Stock, true},
		{"new things over a span (forestry)", countedClause{figure: "15,000 hectares", before: "during 2023/4 a total of ", after: " (ha) of new woodland – roughly 30 million trees", area: true, span: true}, indicators.Flow, true},
		{"new things with no span stay a count (aid)", countedClause{noun: "clinic", figure: "four new clinics", before: "the grant will build ", after: " in malawi."}, indicators.CountKind, false},
		{"the object of a verb of doing (forestry)", countedClause{figure: "4,550 ha", before: "the new statistics show that england planted ", after: ", wales 640 ha", area: true, span: true}, indicators.Flow, true},
		{"an area held: no verb of doing (farming)", countedClause{figure: "398 thousand hectares", before: "the area of oilseed crops planted increased by 13% and was ", after: ".", area: true, span: true}, indicators.Stock, true},
		{"a participle of doing, over a span (organs)", countedClause{noun: "procedure", figure: "2,782 organ transplant procedures", before: "in 2018, there were ", after: " performed in canada", span: true}, indicators.Flow, true},
		{"the subject of a verb of doing (organs)", countedClause{noun: "person", figure: "223 people", before: "additionally, ", after: " died that year while on a wait list", span: true}, indicators.Flow, true},
		{"a participle of a state (students)", countedClause{noun: "student", figure: "69,565 students", before: "in 2021/22, ", after: " were enrolled at ni heis", span: true}, indicators.Stock, true},
		{"a participle of a state (prisons)", countedClause{noun: "person", figure: "1,039,500 persons", after: " sentenced to at least 1 year in prison in 2022", span: true}, indicators.Stock, true},
		{"an adjective, not a verb (water)", countedClause{noun: "water", figure: "five", before: "we now have an additional ", after: " designated bathing waters where we monitor", span: true}, indicators.CountKind, false},
		{"a register's entries, held (elections)", countedClause{noun: "registration", figure: "46,560,452 parliamentary electoral registrations", before: "in december 2021, there were ", span: true}, indicators.Stock, true},
		{"new registrations are a flow (children)", countedClause{noun: "registration", figure: "1,904 new registrations", before: "there were ", after: " to the child protection register", span: true}, indicators.Flow, true},
		{"a bracket restating a passive of doing (vehicles)", countedClause{figure: "486,592", before: "the most new motor vehicles were registered in the second quarter ( ", after: ")", lead: "the most new motor vehicles were registered in the second quarter", span: true}, indicators.Flow, true},
		{"an event noun (the model's example)", countedClause{noun: "incident", figure: "592,996 incidents", before: "fire services attended "}, indicators.Flow, true},
		{"members stay a count whatever is done (aid)", countedClause{noun: "country", figure: "12 countries", after: " joined the program.", span: true}, indicators.CountKind, true},
		{"a holding not stated as held stays a count (culture)", countedClause{noun: "person", figure: "12.6 million people", after: " went to at least one cultural venue", span: true}, indicators.CountKind, false},
		{"a number of things done before the figure (measure27)", countedClause{figure: "48,210", before: "the total number of seedlings planted in 2031 was ", after: ".", clause: "the total number of seedlings planted in 2031 was ", span: true}, indicators.Flow, true},
		{"an amount done before the figure (measure27)", countedClause{noun: "crofter", figure: "12,400", before: "to reach ", after: " in 2031", clause: "the amount advanced to new crofters rose by 3.1% to reach ", span: true}, indicators.Flow, true},
		{"things a participle follows with no number before them go by their noun (measure27)", countedClause{noun: "home", figure: "12,400", before: "to ", after: " in 2031", clause: "homes linked to the grid rose by 3.1% to ", span: true}, indicators.Stock, true},
		{"the report's own looking is no doing", countedClause{noun: "sector", figure: "four of the u.s. industry sectors", after: " reviewed in this report", span: true}, indicators.CountKind, true},
	} {
		got, why, _, ok := countedMeasure(tc.c)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("%s: countedMeasure(%+v) = %v (%s), %v, want %v, %v", tc.name, tc.c, got, why, ok, tc.want, tc.ok)
		}
	}
}

// TestMeasureCountedDrafts drafts sentences of the dev kinds and of the
// genre's pages and checks the measure (and unit) of each figure, field
// by field: the reader decides in the draft, not only in isolation.
func TestMeasureCountedDrafts(t *testing.T) {
	runFieldCases(t, []fieldCase{
		// measure27: a list's verb after its nouns; parts, averages and
		// comparisons of counted things count what the figure before
		// them counts and take its measure (an average of a flow over
		// years is a flow, not a level); a size per one stays a level.
		{name: "measure27: a list's verb after its nouns", text: heronText, stated: "4,120 herons, egrets, and bitterns", want: map[string]string{"measure": "flow", "unit": "heron, egret and bittern"}},
		{name: "measure27: a long-term average of a flow is a flow", text: heronText, stated: "5,060", want: map[string]string{"measure": "flow"}},
		{name: "measure27: the parts of a flow in the next sentence are flows", text: heronText, stated: "2,950 herons", want: map[string]string{"measure": "flow"}},
		{name: "measure27: an average beside a part is a flow", text: heronText, stated: "3,310", want: map[string]string{"measure": "flow"}},
		{name: "measure27: the last part of the list too", text: heronText, stated: "290 bitterns", want: map[string]string{"measure": "flow"}},
		{name: "measure27: an average of a size per one stays a level", text: "Volunteers 2031\n\nIn 2031, 416 volunteers worked an average of 8 hours each.\n", stated: "8 hours", want: map[string]string{"measure": "level"}},
		{name: "measure27: a part's bracketed percent after 'Of all' is its share, whatever change the sentence names", text: "Ferry report 2031\n\nOf all crossings, 2.1 million (64.0%) departed on time, an increase on 2030.\n", stated: "64.0%", want: map[string]string{"measure": "share"}},
		// flow37: no stock copied from the homes before; the barriers' own
		// verb in the past ("were built") makes them things done, a flow.
		{name: "measure27: no part of the sentence before, no copy", text: "Flood defences\n\nSome 120,000 homes in England are at risk of flooding. Over 200 new flood barriers were built across the country.\n", stated: "Over 200 new flood barriers", want: map[string]string{"measure": "flow"}},
		{name: "organs: a state held after a bare count", text: "At the end of 2018, there were 4,351 people on wait lists for organ transplants (2,890 active and 1,461 on hold).\n",
			stated: "1,461", want: map[string]string{"measure": "stock"}},
		{name: "organs: the subject of a verb of doing, that year", text: "In 2018, there were 2,782 organ transplant procedures performed in Canada. Additionally, 223 people died that year while on a wait list for an organ transplant.\n",
			stated: "223 people", want: map[string]string{"measure": "flow", "unit": "person"}},
		{name: "forestry: a list item takes its first item's verb", text: "The new statistics show that England planted 4,550 ha, Wales 640 ha and Northern Ireland 430 ha in 2023/24.\n",
			stated: "640 ha", want: map[string]string{"measure": "flow"}},
		{name: "forestry: land being created over a span", text: "In 2023/24 the statistics reveal the highest level of new native woodland since 2001, with 7,700 hectares being created.\n",
			stated: "7,700 hectares", want: map[string]string{"measure": "flow"}},
		{name: "farming: an area held", text: "The area of oilseed crops planted increased by 13% and was 398 thousand hectares in 2022.\n",
			stated: "398 thousand hectares", want: map[string]string{"measure": "stock"}},
		{name: "elections: a list item of a held register", text: "In December 2021, there were 46,560,452 Parliamentary electoral registrations and 48,844,292 local government electoral registrations.\n",
			stated: "48,844,292 local government electoral registrations", want: map[string]string{"measure": "stock", "unit": "registration"}},
		{name: "students: enrolments a change goes from, held", text: "In 2021/22, postgraduate enrolments at NI HEIs increased by 12% (from 17,890 to 20,085).\n",
			stated: "17,890", want: map[string]string{"measure": "stock"}},
		{name: "vehicles: new things registered over a year", text: "There were 1,646,609 new motor vehicles registered in 2021, increasing 6.5% from 2020.\n",
			stated: "1,646,609 new motor vehicles", want: map[string]string{"measure": "flow"}},
		{name: "children: children referred during a year", text: "Some 38,418 children were referred to social services during 2014/15.\n",
			stated: "Some 38,418 children", want: map[string]string{"measure": "flow"}},
		{name: "aid: a count of new things with no span stays a count", text: "The program closed 547 new deals between the United States and Kenya.\n",
			stated: "547 new deals", want: map[string]string{"measure": "count"}},
	})
}

// TestPercentMeasure reads what a percentage measures from its own words
// (percentMeasure), on clauses of the dev kinds (energy, homelessness,
// poverty, courts, waste, vehicles) and the corpus.
func TestPercentMeasure(t *testing.T) {
	for _, tc := range []struct {
		name, before, after string
		negative            bool
		want                indicators.MeasureKind
		ok                  bool
	}{
		{"a whole after it (energy)", "", " of australia’s electricity was generated outside the electricity sector by business", false, indicators.Share, true},
		{"a whole after it, a change verb later (homelessness)", "in ", " of local authorities the number decreased", false, indicators.Share, true},
		{"a level a change goes to (energy)", "but has now declined to under ", "", false, indicators.Share, true},
		{"a level of a peak (courts)", "the ineffective trial rate at the crown court fell back from a series peak of ", " in q3 2022", false, indicators.Share, true},
		{"an earlier estimate's level (poverty)", "this figure is also lower than the silc 2021 estimate of ", ".", false, indicators.Share, true},
		{"a rate named after it (waste)", "the ", " (table s1) rate achieved in 2022", false, indicators.Share, true},
		{"a minus sign (vehicles)", "new registrations of pickup trucks (", ")", true, indicators.Change, true},
		{"an increase of is a change's size (organs)", "this is an increase of ", " since 2009.", false, 0, false},
		{"a bare change keeps its cue (corpus)", "u.s. exports increased ", " in 2013", false, 0, false},
	} {
		got, why, ok := percentMeasure(tc.before, tc.after, tc.negative)
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("%s: percentMeasure(%q, %q, %v) = %v (%s), %v, want %v, %v", tc.name, tc.before, tc.after, tc.negative, got, why, ok, tc.want, tc.ok)
		}
	}
}

// TestMeasurePercentDrafts drafts sentences of the dev kinds and checks
// each percentage's measure in the draft.
func TestMeasurePercentDrafts(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "energy: a whole after it though the clause says by", text: "About 19% of Australia’s electricity was generated outside the electricity sector by business and households in 2021-22.\n",
			stated: "About 19%", want: map[string]string{"measure": "share"}},
		{name: "courts: the level a fall reaches", text: "The ineffective trial rate at the Crown Court fell back from a series peak of 57% in Q3 2022 to 32% in Q4 2022.\n",
			stated: "32%", want: map[string]string{"measure": "share"}},
		{name: "vehicles: a signed percentage", text: "New registrations of passenger cars also increased during this period (+1.2% in 2021), while new registrations of pickup trucks (-6.5%) and vans (-13.9%) declined compared with 2020.\n",
			stated: "-6.5%", want: map[string]string{"measure": "change"}},
		{name: "organs: an increase of stays a change", text: "In 2018, there were 2,782 organ transplant procedures performed in Canada. This is an increase of 33% since 2009.\n",
			stated: "33%", want: map[string]string{"measure": "change"}},
	})
}

// heronText is a yearly count of birds ringed in words of its own
// (measure27): a list of counted nouns before their verb, a long-term
// average beside the total, and its parts with their averages in the
// next sentence.
const heronText = "Ringing report 2031\n\nA total of 4,120 herons, egrets, and bitterns were ringed in 2031, compared to the long-term average of 5,060. " +
	"These were made up of 2,950 herons (average of 3,310); 880 egrets (average of 1,240); and 290 bitterns (average of 510).\n"
