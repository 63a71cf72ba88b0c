package extract

import (
	"slices"
	"strings"
	"testing"
)

// contextCase is a document and one figure of it, with the entities and
// status the document's context gives that figure.
type contextCase struct {
	name, text, stated string
	entities, status   string
}

// Sentences from releases of different kinds and publishers (the dev
// kinds construction, birds, students, industry, sport, births, deaths, fire, ports, marriages): a
// release says once what place and what kind of statement it is.
var contextCases = []contextCase{
	{name: "a publisher in the lead gives its place (Hong Kong's C&SD)",
		text:   "Construction Output for the First Quarter of 2009\n\n     The total gross value of construction works performed by main contractors decreased by 0.5% in nominal terms from a year earlier to $24.0 billion in the first quarter of 2009, according to the provisional results of the Quarterly Survey of Construction Output released today (June 11) by the Census and Statistics Department (C&SD).\n",
		stated: "0.5%", entities: "HK", status: "estimate"},
	{name: "the two national bodies of a joint survey give its area",
		text:   "TRENDS IN DUCK BREEDING POPULATIONS, 1955-2007 Khristi A. Wilkins U.S. Fish and Wildlife Service Division of Migratory Bird Management Administrative Report – July 11, 2007 This report summarizes information about the status of duck populations and wetland habitats during spring 2007, focusing on areas encompassed by the U.S. Fish and Wildlife (USFWS) and Canadian Wildlife Services’ (CWS) Waterfowl Breeding Population and Habitat Survey. This value was 14% greater than last year’s estimate.\n",
		stated: "14%", entities: "US,CA", status: "fact"},
	{name: "a subdivision's department and a title naming the part give the part alone",
		text:   "Department for the Economy publishes higher education statistics\n\nDate published: 30 March 2023\n\nThe Department has today published statistical bulletins.\n\n1. Enrolments at UK Higher Education Institutions: Northern Ireland Analysis 2021/22\n\nEnrolments at HEIs have increased by 5% over the previous year.\n",
		stated: "5%", entities: "GB-NIR", status: "fact"},
	{name: "a body cited as a source is no publisher",
		text:   "Trade note\n\nAccording to the Census Bureau, trade grew.\n\nThe agency employs 300 people.\n",
		stated: "300 people", entities: "", status: "fact"},
	{name: "the people's birthplace is no place of the figure: the document's is",
		text:   "Participation in Sport and Physical Recreation, Australia, 2009-10\n\nAREA OF USUAL RESIDENCE\n\nFor the states, the participation rates ranged from 62% in South Australia to 65% in Western Australia.\n\nBIRTHPLACE\n\nPersons born in Australia or overseas in a main English-speaking country are more likely to participate in sport and physical recreation than those born in other countries (66% and 56% respectively).\n",
		stated: "66%", entities: "AU", status: "fact"},
	{name: "mothers born outside the UK: the births are the document's place's",
		text:   "Births in England and Wales: 2019\n\nThere were 640,370 live births in England and Wales in 2019. Over a quarter (28.7%) of births were to mothers born outside the UK.\n",
		stated: "28.7%", entities: "GB-EAW", status: "fact"},
	{name: "a figure of the period the head labels provisional is an estimate",
		text:   "Industrial Production & Turnover\n\nOctober 2018 (Provisional) September 2018 (Final)\n\nProduction for Manufacturing Industries for October 2018 was 0.2% lower than in September 2018.\n",
		stated: "0.2%", entities: "", status: "estimate"},
	{name: "a figure of the period the head labels final is a fact",
		text:   "Industrial Production & Turnover\n\nOctober 2018 (Provisional) September 2018 (Final)\n\nIn September 2018 turnover was 1.1% higher than in August 2018.\n",
		stated: "1.1%", entities: "", status: "fact"},
	{name: "the next release's label is no label of this one's figures",
		text:   "Marriages in England and Wales: 2017\n\nRelease date:\n14 April 2020\n\nNext release:\nJuly to August 2021 (provisional)\n\n1. Main points\n\nThere were 242,842 marriages between July and August 2021.\n",
		stated: "242,842 marriages", entities: "GB-EAW", status: "fact"},
	{name: "a note line that calls the data provisional makes the latest period's figures estimates",
		text:   "WATER TRANSPORT AND SUPPORTING TRANSPORT ACTIVITIES\n\nFIRST QUARTER OF 20091)\n\nThe traffic of dangerous goods in seaports increased in the first quarter of 2009 by 6.9%, as compared to the same period of 2008.\n\n1) Provisional data\n",
		stated: "6.9%", entities: "", status: "estimate"},
	{name: "the earlier period a provisional one is compared with stays final",
		text:   "Fish landings\n\nLandings in Ireland were 221,000 tonnes in 2016, up from 198,000 tonnes in 2015.\n\n* Figures are preliminary.\n",
		stated: "198,000 tonnes", entities: "IE", status: "fact"},
	{name: "the provisional period's own figure of a note's release is an estimate",
		text:   "Fish landings\n\nLandings in Ireland were 221,000 tonnes in 2016, up from 198,000 tonnes in 2015.\n\n* Figures are preliminary.\n",
		stated: "221,000 tonnes", entities: "IE", status: "estimate"},
	{name: "a release that weighs differences by sampling error states estimates",
		text:   "Participation in Sport and Physical Recreation, Australia, 2009-10\n\nThe highest participation rates were reported by people aged 15-17 years (79%). There was no discernible difference in participation rates between those living in the capital cities and those in the rest of Australia.\n",
		stated: "79%", entities: "AU", status: "estimate"},
	{name: "a count of registered events stays a fact in a release that tests significance",
		text:   "Deaths related to drug poisoning, England and Wales\n\nThere were 2,652 deaths registered in 2011 in England and Wales. The fall on 2010 was statistically significant.\n",
		stated: "2,652 deaths", entities: "GB-EAW", status: "fact"},
	{name: "a city of the publisher's country places its figure in the region that holds it (a regulator's release)",
		text:   "Gaming machine spend lifts\n\n27 April 2011\n\nGaming machine expenditure in the country’s 1400 pubs and clubs has staged a small recovery, according to figures released by the Department of Internal Affairs.\n\nThe Canterbury earthquake on 22 February affected about a quarter of Christchurch’s pub gaming machine venues. Expenditure in the city for the first three months of 2011 was $19 million – $1.2 million less than for the last quarter of 2010 but $600,000 more than a year earlier.\n",
		stated: "$600,000", entities: "NZ-CAN", status: "fact"},
	{name: "a release that names no place is its publisher's country's",
		text:   "Gaming machine spend lifts\n\n27 April 2011\n\nGaming machine expenditure in the country’s 1400 pubs and clubs has staged a small recovery. The first quarter spend ($205.1 million) was up, according to figures released by the Department of Internal Affairs.\n",
		stated: "$205.1 million", entities: "NZ", status: "fact"},
	{name: "the city a clause names, not the one before it in the sentence (a statistics office's population release)",
		text:   "Melbourne grows faster than Sydney in 2004-05\n\nMelbourne's population grew faster than Sydney's during 2004-05, according to regional population figures released today by the Australian Bureau of Statistics (ABS).\n\nDuring 2004-05, the population of Melbourne Statistical Division (SD) increased by 1.1%, or 41,300 people, while Sydney SD's population grew by 0.7% (29,800 people).\n",
		stated: "0.7%", entities: "AU-NSW", status: "fact"},
	{name: "a capital city's growth in a national release (a statistics office's media release)",
		text:   "300,000 more people living in capital cities\n\nThe population living in Australia's capitals increased by 303,100 people during 2018-19, according to the latest figures released by the Australian Bureau of Statistics (ABS).\n\nMelbourne's population grew by 113,500 to reach 5 million residents during 2018-19.\n",
		stated: "113,500", entities: "AU-VIC", status: "fact"},
	{name: "a city of another country's name is no place of a release about one country (a labour market bulletin)",
		text:   "Labour Force Survey, May 2022\n\nReleased today by Statistics Canada.\n\nEmployment in the Toronto census metropolitan area increased by 2.2% in May.\n",
		stated: "2.2%", entities: "CA-ON", status: "estimate"}, // a survey of people: estimates (status44)
	{name: "a city of another country is no city of the release's (a labour market bulletin)",
		text:   "Labour Force Survey, May 2022\n\nReleased today by Statistics Canada.\n\nEmployment in the Toronto census metropolitan area increased by 2.2% in May.\n\nIn Sydney, employment was little changed at 15,000.\n",
		stated: "15,000", entities: "CA", status: "estimate"},
	{name: "a release that names no place is the country of the government whose address it gives (a regulator's e-mail)",
		text:   "Company Insolvency Statistics\n\nContact: press.office@insolvency.gov.uk\n\nThere were 1,234 company insolvencies in the quarter.\n",
		stated: "1,234 company insolvencies", entities: "GB", status: "fact"},
	{name: "the web site a release names (a statistics office's research release)",
		text:   "Research and Experimental Development\n\nBusiness expenditure on R&D rose by 20% to $12.6 billion. This publication is available for free from the web site <www.abs.gov.au>.\n",
		stated: "20%", entities: "AU", status: "fact"},
	{name: "the addresses of two governments name no one country",
		text:   "Trade note\n\nExports rose by 7%. See www.trade.gov and www.dfat.gov.au.\n",
		stated: "7%", entities: "", status: "fact"},
	{name: "a release that labels nothing and weighs no sample states facts",
		text:   "Fire and rescue incident statistics: England, year ending March 2022\n\nFire and rescue services attended 564,827 incidents in the year ending March 2022.\n",
		stated: "564,827 incidents", entities: "GB-ENG", status: "fact"},
}

func TestDraftContext(t *testing.T) {
	for _, tc := range contextCases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			var all []string
			for _, cl := range d.claims() {
				all = append(all, cl.ind.Stated+cl.skip)
				if cl.skip != "" || cl.ind.Stated != tc.stated {
					continue
				}
				if got := strings.Join(cl.ind.Entities, ","); got != tc.entities {
					t.Errorf("entities of %q = %q (%s), want %q", tc.stated, got, cl.fieldNotes["entities"], tc.entities)
				}
				if got := cl.ind.Status.String(); got != tc.status {
					t.Errorf("status of %q = %q (%s), want %q", tc.stated, got, cl.fieldNotes["status"], tc.status)
				}
				return
			}
			t.Fatalf("no draft of %q; drafts: %q", tc.stated, all)
		})
	}
}

func TestSubjectPart(t *testing.T) {
	cases := []struct {
		country string
		lines   []string
		want    string
	}{
		{"GB", []string{"Enrolments at UK Higher Education Institutions: Northern Ireland Analysis 2021/22"}, "GB-NIR"},
		{"GB", []string{"Alcohol use in Wales: 2022"}, "GB-WLS"},
		{"GB", []string{"Population estimates for Scotland and Wales"}, ""}, // two parts: no one subject
		{"GB", []string{"Consumer price inflation, UK: February 2021"}, ""},
		{"GB", []string{"Business Demography, UK: 2014", "Key points for England"}, "GB-ENG"},
		{"CA", []string{"Wales"}, ""}, // not a part of the country
	}
	for _, c := range cases {
		got, _, _ := subjectPart(c.country, c.lines)
		if got != c.want {
			t.Errorf("subjectPart(%q, %q) = %q, want %q", c.country, c.lines, got, c.want)
		}
	}
}

func TestPartsOverWholes(t *testing.T) {
	cases := []struct{ in, want []string }{
		{[]string{"GB", "GB-NIR"}, []string{"GB-NIR"}},
		{[]string{"GB-NIR", "GB"}, []string{"GB-NIR"}},
		{[]string{"US", "CA"}, []string{"US", "CA"}},
		{[]string{"GB", "IE"}, []string{"GB", "IE"}},
		{[]string{"GB-SCT", "GB-WLS"}, []string{"GB-SCT", "GB-WLS"}},
		{[]string{"AU"}, []string{"AU"}},
		{nil, nil},
	}
	for _, c := range cases {
		if got := partsOverWholes(c.in); !slices.Equal(got, c.want) {
			t.Errorf("partsOverWholes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestReleaseStatement: the one reader of what a release's head says of
// how sure its figures are, on the heads of releases of different kinds
// (the dev kinds population, climate, lifeexp and crime, the corpus's
// retail sales, a donors' group's preliminary data).
func TestReleaseStatement(t *testing.T) {
	tests := []struct {
		name, text string
		own, where string
		year       int
		method     string
	}{
		{"the measure a release reports named an estimate: every figure (population)",
			"National, state and territory population, June 2023\n\nCentre for Population analysis of the National, state and territory population publication from the Australian Bureau of Statistics (ABS)\n\nThe Estimated Resident Population of Australia grew by 0.6 per cent in the June 2023 quarter.\n",
			"", "", 2023, "the estimated resident population"},
		{"one figure's hedge is no measure of the release (crime)",
			"CRIME RATES\n\nThe total number of crimes measured among residents 12 years old and older during 1993 was an estimated 43.6 million.\n",
			"", "", 1993, ""},
		{"a lead's bare word that labels some months is no word on the release (climate)",
			"National Climate Report - Annual 2013\n\nIssued January 8, 2013: The data presented in this report are final through July and preliminary from August-December.\n\nIn 2012, the contiguous United States (CONUS) average annual temperature of 55.3°F was 3.2°F above the 20th century average.\n",
			"", "", 2013, ""},
		{"the title's bare word calls its year's figures preliminary (donors' aid)",
			"Preliminary Official Development Assistance (ODA) Levels in 2022\n\nAid from official donors rose to USD 204 billion in 2022.\n",
			"Preliminary", "the title", 2022, ""},
		{"a heading's advance estimates (retail sales)",
			"Advance Monthly Sales for Retail and Food Services, May 2024\n\nAdvance Estimates of U.S. Retail and Food Services\n\nAdvance estimates of U.S. retail and food services sales for May 2024 were $703.1 billion.\n",
			"Advance Estimates", "the lead", 2024, ""},
		{"the measure's own name says how it is measured (life expectancy)",
			"Life Expectancy at Birth and at Age 65 by Local Areas in the United Kingdom: 2006-08 to 2010-12\n\nTrends in the average number of years people will live beyond their current age measured by \"period life expectancy\".\n\nLife expectancy at birth was 78.9 years for males.\n",
			"", "", 2006, "period life expectancy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tt.text}, map[string]int{})
			st := d.statement()
			if st.own != tt.own || st.where != tt.where {
				t.Errorf("own = %q in %q, want %q in %q", st.own, st.where, tt.own, tt.where)
			}
			if st.own != "" && st.year != tt.year {
				t.Errorf("year = %d, want %d", st.year, tt.year)
			}
			if st.method != tt.method {
				t.Errorf("method = %q, want %q", st.method, tt.method)
			}
		})
	}
}
