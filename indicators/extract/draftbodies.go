package extract

// A publicBody is a national body that publishes statistics or releases:
// the one table every rule that names a publisher reads — a release's
// header line in capitals (headerIssuer), its acronym or web domain in
// its opening (agencyIssuer), a contact's e-mail (contactPublisher), a
// "published by" sentence (statementPublisher) and "Source:" lines
// (sourceLinePublisher).
type publicBody struct {
	name, short, code string
	// also are other names it publishes under ("Statistics New Zealand").
	also []string
	// domains are its web and e-mail domains.
	domains []string
	// headers are the lines in capitals a release's header names it by
	// ("FEDERAL RESERVE STATISTICAL RELEASE" is "FEDERAL RESERVE").
	headers []string
	// opening says how a release's opening may name it alone: by its
	// acronym as a word or its domain (byAcronym), or only by its full
	// name with the acronym in brackets after it or its domain, the
	// acronym alone being too common a word (fullOnly).
	opening openingRead
	// credits is true when its bulletins credit their own figures on
	// "Source:" lines ("Source: Office for National Statistics – …").
	credits bool
	// home is true when a sentence naming it as the publisher gives its
	// country to figures naming none; false where bodies of other
	// countries share the name ("Central Statistics Office").
	home bool
	// subject is true for a national institution — a budget office, a
	// central bank, a ministry — whose name opening a sentence of a
	// document's lead makes the document its, and its figures its
	// country's (issuerOf), and whose name as a giving verb's subject
	// makes its country the giver (providedWith).
	subject bool
	// terms are the words the body's own releases name its instruments and
	// committees by, which no other body's use ("Bank Rate", the Bank of
	// England's policy rate): with its name in the release's address, they
	// make a release that names no body its (addressIssuer, when45).
	terms []string
}

// An openingRead says how a release's opening may name a body alone.
type openingRead int

const (
	notInOpening openingRead = iota
	byAcronym
	fullOnly
)

// publicBodies are the bodies the drafter knows by name, the one table of
// them; the first match in this order wins, so a longer name stands
// before a shorter one it holds ("Federal Reserve Board", "Federal
// Reserve"), and the publishers of statistics stand before the
// institutions (subject). centralBankRe finds the central banks named
// after their country.
var publicBodies = []publicBody{
	{name: "U.S. Department of Labor", short: "DOL", code: "US", domains: []string{"dol.gov"}, opening: byAcronym},
	{name: "Bureau of Labor Statistics", short: "BLS", code: "US", domains: []string{"bls.gov"}, opening: byAcronym,
		headers: []string{"BUREAU OF LABOR STATISTICS"}, credits: true, home: true},
	{name: "Employment and Training Administration", short: "ETA", code: "US", domains: []string{"doleta.gov"}, opening: fullOnly},
	{name: "Statistics Canada", short: "StatCan", code: "CA", domains: []string{"statcan.gc.ca"}, opening: byAcronym,
		headers: []string{"STATISTICS CANADA"}, credits: true, home: true},
	{name: "Australian Bureau of Statistics", short: "ABS", code: "AU", domains: []string{"abs.gov.au"}, opening: fullOnly,
		headers: []string{"AUSTRALIAN BUREAU OF STATISTICS"}, credits: true, home: true},
	{name: "Department for Transport", short: "DfT", code: "GB", domains: []string{"dft.gov.uk"}},
	{name: "Home Office", code: "GB", domains: []string{"homeoffice.gov.uk"}},
	{name: "Ministry of Defence", short: "MOD", code: "GB", domains: []string{"mod.uk"}, opening: fullOnly},
	{name: "Board of Governors of the Federal Reserve System", short: "Federal Reserve", code: "US",
		headers: []string{"FEDERAL RESERVE", "BOARD OF GOVERNORS OF THE FEDERAL RESERVE SYSTEM"}},
	{name: "Bureau of Economic Analysis", short: "BEA", code: "US", headers: []string{"BUREAU OF ECONOMIC ANALYSIS"}, home: true},
	{name: "U.S. Census Bureau", short: "Census Bureau", code: "US", also: []string{"Census Bureau"},
		headers: []string{"U.S. CENSUS BUREAU", "CENSUS BUREAU"}, home: true},
	{name: "Office for National Statistics", short: "ONS", code: "GB", domains: []string{"ons.gov.uk", "ons.gsi.gov.uk"},
		headers: []string{"OFFICE FOR NATIONAL STATISTICS"}, credits: true, home: true},
	{name: "Scottish Government", code: "GB-SCT", domains: []string{"gov.scot", "scotland.gsi.gov.uk"}, home: true},
	{name: "Welsh Government", code: "GB-WLS", domains: []string{"gov.wales", "wales.gsi.gov.uk"}, home: true},
	{name: "Northern Ireland Statistics and Research Agency", short: "NISRA", code: "GB-NIR", domains: []string{"nisra.gov.uk"}, home: true},
	{name: "Stats NZ", code: "NZ", also: []string{"Statistics New Zealand"}, domains: []string{"stats.govt.nz"}, credits: true, home: true},
	{name: "Department of Internal Affairs", code: "NZ", domains: []string{"dia.govt.nz"}, home: true},
	// Ireland's office; India's office of that name became its National
	// Statistical Office in 2019, Botswana's Statistics Botswana in 2012.
	{name: "Central Statistics Office", short: "CSO", code: "IE", domains: []string{"cso.ie"}, credits: true, home: true},
	{name: "Statistics Netherlands", short: "CBS", code: "NL", credits: true, home: true},
	{name: "Statistics Sweden", short: "SCB", code: "SE", credits: true, home: true},
	{name: "Statistics Norway", short: "SSB", code: "NO", credits: true, home: true},
	{name: "Statistics Denmark", code: "DK", home: true},
	{name: "Statistics Finland", code: "FI", home: true},
	{name: "Statistics Austria", code: "AT", home: true},
	{name: "Statistics Iceland", code: "IS", home: true},
	{name: "National Bureau of Statistics", short: "NBS", credits: true},
	{name: "NHS England", code: "GB-ENG", home: true},
	{name: "Public Health England", code: "GB-ENG", home: true},
	{name: "Public Health Scotland", code: "GB-SCT", home: true},
	{name: "Department for the Economy", code: "GB-NIR", also: []string{"Department for the Economy (Northern Ireland)"}, domains: []string{"economy-ni.gov.uk"}, home: true},
	{name: "Census and Statistics Department", short: "C&SD", code: "HK", domains: []string{"censtatd.gov.hk"}, home: true},
	{name: "Croatian Bureau of Statistics", short: "DZS", code: "HR", domains: []string{"dzs.hr"}, home: true},
	{name: "U.S. Fish and Wildlife Service", short: "USFWS", code: "US", also: []string{"U.S. Fish and Wildlife", "US Fish and Wildlife Service"}, domains: []string{"fws.gov"}, home: true},
	{name: "Canadian Wildlife Service", short: "CWS", code: "CA", also: []string{"Canadian Wildlife Services"}, home: true},
	// National statistics offices and statistical agencies whose English
	// names no other country's body shares: a release they publish is of
	// their country (docContext).
	{name: "National Records of Scotland", short: "NRS", code: "GB-SCT", home: true},
	{name: "Department for Work and Pensions", short: "DWP", code: "GB", home: true},
	{name: "HM Revenue and Customs", short: "HMRC", code: "GB", also: []string{"HM Revenue & Customs"}, home: true},
	{name: "Health Service Executive", code: "IE", home: true},
	{name: "Australian Institute of Health and Welfare", short: "AIHW", code: "AU", home: true},
	{name: "Canadian Institute for Health Information", short: "CIHI", code: "CA", home: true},
	{name: "Public Health Agency of Canada", code: "CA", home: true},
	{name: "National Center for Health Statistics", short: "NCHS", code: "US", home: true},
	{name: "Centers for Disease Control and Prevention", short: "CDC", code: "US", home: true},
	{name: "Bureau of Justice Statistics", short: "BJS", code: "US", home: true},
	{name: "Bureau of Transportation Statistics", short: "BTS", code: "US", home: true},
	{name: "National Agricultural Statistics Service", short: "NASS", code: "US", home: true},
	{name: "National Center for Education Statistics", short: "NCES", code: "US", home: true},
	// The main publishers of official statistics of the English-speaking
	// countries, by their full names (frame23): a release one of them
	// publishes is its country's, or its nation's, when no sentence names
	// a place (headBodies, ownCountry); the UK government's departments
	// make a document the UK government's too (ukGovernmentOf). An
	// acronym two bodies share ("HSE": Ireland's Health Service
	// Executive, Britain's Health and Safety Executive) is no name here.
	{name: "Department for Environment, Food and Rural Affairs", short: "Defra", code: "GB", also: []string{"Department for Environment, Food & Rural Affairs", "Defra", "DEFRA"}, home: true},
	{name: "Department for Education", short: "DfE", code: "GB", home: true},
	{name: "Department of Health and Social Care", short: "DHSC", code: "GB", home: true},
	{name: "Department for Business and Trade", short: "DBT", code: "GB", home: true},
	{name: "Department for Business, Energy and Industrial Strategy", short: "BEIS", code: "GB", also: []string{"Department for Business, Energy & Industrial Strategy"}, home: true},
	{name: "Department for Energy Security and Net Zero", short: "DESNZ", code: "GB", also: []string{"Department for Energy Security & Net Zero"}, home: true},
	{name: "Department for Science, Innovation and Technology", short: "DSIT", code: "GB", also: []string{"Department for Science, Innovation & Technology"}, home: true},
	{name: "Department for Culture, Media and Sport", short: "DCMS", code: "GB", also: []string{"Department for Culture, Media & Sport", "Department for Digital, Culture, Media and Sport", "Department for Digital, Culture, Media & Sport"}, home: true},
	{name: "Department for Levelling Up, Housing and Communities", short: "DLUHC", code: "GB", also: []string{"Department for Levelling Up, Housing & Communities"}, home: true},
	{name: "Ministry of Housing, Communities and Local Government", short: "MHCLG", code: "GB", also: []string{"Ministry of Housing, Communities & Local Government"}, home: true},
	{name: "Department for International Development", short: "DFID", code: "GB", home: true},
	{name: "Department for International Trade", short: "DIT", code: "GB", home: true},
	{name: "Foreign, Commonwealth and Development Office", short: "FCDO", code: "GB", also: []string{"Foreign, Commonwealth & Development Office"}, home: true},
	{name: "HM Treasury", code: "GB", home: true},
	{name: "Ministry of Justice", short: "MoJ", code: "GB", home: true},
	{name: "Health and Safety Executive", code: "GB", home: true},
	{name: "NHS Digital", code: "GB-ENG", home: true},
	{name: "UK Health Security Agency", short: "UKHSA", code: "GB", home: true},
	{name: "Office of Rail and Road", short: "ORR", code: "GB", home: true},
	{name: "Office for Students", code: "GB-ENG", home: true},
	{name: "Higher Education Statistics Agency", short: "HESA", code: "GB", home: true},
	{name: "Ofsted", code: "GB-ENG", home: true},
	{name: "Ofcom", code: "GB", home: true},
	{name: "Insolvency Service", code: "GB", home: true},
	{name: "Forestry Commission", code: "GB", home: true},
	{name: "Environment Agency", code: "GB-ENG", home: true},
	{name: "Transport Scotland", code: "GB-SCT", home: true},
	{name: "Scottish Forestry", code: "GB-SCT", home: true},
	{name: "Public Health Wales", code: "GB-WLS", home: true},
	{name: "StatsWales", code: "GB-WLS", home: true},
	{name: "Department of Agriculture, Environment and Rural Affairs", short: "DAERA", code: "GB-NIR", home: true},
	// Northern Ireland's departments and agencies (who28): a release they
	// publish is Northern Ireland's though it never names it ("the
	// Department for Infrastructure … the DfI's Driver and Vehicle
	// Agency"). The older UK department whose name holds one of theirs
	// stands first (headBodies reads the longer name).
	{name: "Department for Communities and Local Government", short: "DCLG", code: "GB", also: []string{"Department for Communities & Local Government"}, home: true},
	{name: "Department for Infrastructure", short: "DfI", code: "GB-NIR", home: true},
	{name: "Driver and Vehicle Agency", short: "DVA", code: "GB-NIR", also: []string{"Driver & Vehicle Agency"}, home: true},
	{name: "Department for Communities", code: "GB-NIR", home: true},
	{name: "Department of Health, Social Services and Public Safety", short: "DHSSPS", code: "GB-NIR", home: true},
	{name: "Land and Property Services", code: "GB-NIR", home: true},
	// Bodies of England and Wales's justice system, whose statistics are
	// of England and Wales.
	{name: "Legal Aid Agency", short: "LAA", code: "GB-EAW", home: true},
	{name: "HM Courts & Tribunals Service", short: "HMCTS", code: "GB-EAW", also: []string{"HM Courts and Tribunals Service"}, home: true},
	{name: "HM Prison and Probation Service", short: "HMPPS", code: "GB-EAW", home: true},
	{name: "Crown Prosecution Service", short: "CPS", code: "GB-EAW", home: true},
	{name: "HM Land Registry", code: "GB-EAW", home: true},
	{name: "Valuation Office Agency", short: "VOA", code: "GB-EAW", home: true},
	{name: "Care Quality Commission", short: "CQC", code: "GB-ENG", home: true},
	{name: "Ofqual", code: "GB-ENG", home: true},
	{name: "Crown Office and Procurator Fiscal Service", short: "COPFS", code: "GB-SCT", home: true},
	{name: "Accountant in Bankruptcy", code: "GB-SCT", home: true},
	{name: "Energy Information Administration", short: "EIA", code: "US", also: []string{"U.S. Energy Information Administration"}, home: true},
	{name: "Economic Research Service", short: "ERS", code: "US", home: true},
	{name: "National Center for Science and Engineering Statistics", short: "NCSES", code: "US", home: true},
	{name: "Social Security Administration", code: "US", home: true},
	{name: "Internal Revenue Service", short: "IRS", code: "US", home: true},
	{name: "Federal Highway Administration", short: "FHWA", code: "US", home: true},
	{name: "Substance Abuse and Mental Health Services Administration", short: "SAMHSA", code: "US", home: true},
	{name: "Federal Bureau of Investigation", short: "FBI", code: "US", home: true},
	{name: "Australian Institute of Criminology", code: "AU", home: true},
	{name: "Australian Bureau of Agricultural and Resource Economics and Sciences", short: "ABARES", code: "AU", home: true},
	{name: "Bureau of Infrastructure and Transport Research Economics", short: "BITRE", code: "AU", home: true},
	{name: "National Centre for Vocational Education Research", short: "NCVER", code: "AU", home: true},
	{name: "Canada Mortgage and Housing Corporation", short: "CMHC", code: "CA", home: true},
	{name: "Employment and Social Development Canada", code: "CA", home: true},
	{name: "Immigration, Refugees and Citizenship Canada", code: "CA", home: true},
	{name: "Canada Revenue Agency", code: "CA", home: true},
	{name: "Ministry of Business, Innovation and Employment", short: "MBIE", code: "NZ", home: true},
	{name: "Ministry of Social Development", code: "NZ", home: true},
	{name: "Te Whatu Ora", code: "NZ", home: true},
	{name: "Economic and Social Research Institute", code: "IE", home: true},
	{name: "Uisce Éireann", code: "IE", also: []string{"Uisce Eireann", "Irish Water"}, home: true},
	{name: "Department of Agriculture, Food and the Marine", code: "IE", home: true},
	{name: "Revenue Commissioners", code: "IE", home: true},
	{name: "Department of Housing, Local Government and Heritage", code: "IE", home: true},
	{name: "Department of Social Protection", code: "IE", home: true},
	{name: "Department of Children, Equality, Disability, Integration and Youth", code: "IE", home: true},
	{name: "Department of Enterprise, Trade and Employment", code: "IE", home: true},
	{name: "An Garda Síochána", code: "IE", also: []string{"Garda Síochána", "An Garda Siochana"}, home: true},
	{name: "Health Information and Quality Authority", short: "HIQA", code: "IE", home: true},
	{name: "Higher Education Authority", short: "HEA", code: "IE", home: true},
	{name: "Residential Tenancies Board", short: "RTB", code: "IE", home: true},
	{name: "Tusla", code: "IE", home: true},
	{name: "Bureau of Meteorology", code: "AU", home: true},
	{name: "Department of Home Affairs", code: "AU", home: true},
	{name: "Department of Health and Aged Care", code: "AU", home: true},
	{name: "Oranga Tamariki", code: "NZ", home: true},
	{name: "Waka Kotahi", code: "NZ", home: true},
	{name: "Accident Compensation Corporation", short: "ACC", code: "NZ", home: true},
	{name: "Ministry for Primary Industries", short: "MPI", code: "NZ", home: true},
	{name: "Department of Housing and Urban Development", short: "HUD", code: "US", home: true},
	{name: "National Highway Traffic Safety Administration", short: "NHTSA", code: "US", home: true},
	{name: "Federal Aviation Administration", short: "FAA", code: "US", home: true},
	{name: "Centers for Medicare & Medicaid Services", short: "CMS", code: "US", also: []string{"Centers for Medicare and Medicaid Services"}, home: true},
	{name: "National Oceanic and Atmospheric Administration", short: "NOAA", code: "US", home: true},
	{name: "Federal Emergency Management Agency", short: "FEMA", code: "US", home: true},
	{name: "National Institutes of Health", short: "NIH", code: "US", home: true},
	{name: "Department of Homeland Security", short: "DHS", code: "US", home: true},
	{name: "National Park Service", short: "NPS", code: "US", home: true},
	{name: "Occupational Safety and Health Administration", short: "OSHA", code: "US", home: true},
	{name: "Federal Deposit Insurance Corporation", short: "FDIC", code: "US", home: true},
	{name: "Swiss Federal Statistical Office", code: "CH", home: true},
	{name: "Statistics Korea", code: "KR", home: true},
	{name: "Statistics South Africa", short: "Stats SA", code: "ZA", home: true},
	{name: "Statistics Portugal", code: "PT", home: true},
	{name: "Statistics Estonia", code: "EE", home: true},
	{name: "Statistics Lithuania", code: "LT", home: true},
	{name: "Statistics Poland", code: "PL", home: true},
	{name: "Statistics Indonesia", code: "ID", home: true},
	{name: "Statistics Belgium", code: "BE", also: []string{"Statbel"}, home: true},
	{name: "Statistics Mauritius", code: "MU", home: true},
	{name: "Statistics Bureau of Japan", code: "JP", home: true},
	{name: "National Bureau of Statistics of China", code: "CN", home: true},
	{name: "Hellenic Statistical Authority", short: "ELSTAT", code: "GR", home: true},
	{name: "Czech Statistical Office", code: "CZ", home: true},
	{name: "Hungarian Central Statistical Office", code: "HU", home: true},
	{name: "Turkish Statistical Institute", short: "TurkStat", code: "TR", home: true},
	{name: "Philippine Statistics Authority", code: "PH", home: true},
	{name: "Department of Statistics Malaysia", code: "MY", home: true},
	{name: "Singapore Department of Statistics", code: "SG", home: true},
	{name: "Kenya National Bureau of Statistics", code: "KE", home: true},
	{name: "Bangladesh Bureau of Statistics", code: "BD", home: true},
	{name: "Pakistan Bureau of Statistics", code: "PK", home: true},
	{name: "Ghana Statistical Service", code: "GH", home: true},
	{name: "Uganda Bureau of Statistics", code: "UG", home: true},
	{name: "Central Statistical Bureau of Latvia", code: "LV", home: true},
	{name: "Statistical Office of the Republic of Slovenia", code: "SI", home: true},
	{name: "Statistical Office of the Slovak Republic", code: "SK", home: true},
	{name: "Cyprus Statistical Service", short: "CYSTAT", code: "CY", home: true},
	{name: "National Institute of Statistics and Economic Studies", short: "INSEE", code: "FR", home: true},
	{name: "Federal Statistical Office of Germany", code: "DE", also: []string{"Destatis"}, home: true},
	{name: "Italian National Institute of Statistics", code: "IT", also: []string{"Istat"}, home: true},
	{name: "Eurostat", code: "EU", home: true},
	// National institutions whose figures are their country's, named in
	// full (subject: issuerOf).
	{name: "Congressional Budget Office", short: "CBO", code: "US", subject: true},
	{name: "Office of Management and Budget", short: "OMB", code: "US", subject: true},
	{name: "Federal Reserve Board", code: "US", subject: true},
	{name: "Federal Reserve", code: "US", subject: true},
	{name: "Department of State", code: "US", subject: true},
	{name: "State Department", code: "US", subject: true},
	{name: "Department of Defense", short: "DoD", code: "US", subject: true},
	{name: "Office for Budget Responsibility", short: "OBR", code: "GB", subject: true},
	{name: "Bank of England", code: "GB", subject: true, terms: []string{"Bank Rate", "Monetary Policy Committee", "Financial Policy Committee"}},
	{name: "Bank of Canada", code: "CA", subject: true},
	{name: "Bank of Japan", code: "JP", subject: true},
	{name: "European Central Bank", short: "ECB", code: "EU", subject: true},
	{name: "Swiss National Bank", short: "SNB", code: "CH", subject: true},
	{name: "Deutsche Bundesbank", code: "DE", subject: true},
	{name: "Norges Bank", code: "NO", subject: true},
	{name: "Sveriges Riksbank", code: "SE", subject: true},
}

// bodyNamed returns the body whose name, or one of whose other names, is
// n.
func bodyNamed(n string) (publicBody, bool) {
	for _, b := range publicBodies {
		if b.name == n {
			return b, true
		}
		for _, a := range b.also {
			if a == n {
				return b, true
			}
		}
	}
	return publicBody{}, false
}
