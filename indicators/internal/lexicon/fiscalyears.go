package lexicon

// FiscalYearEnd is the day a country's government financial year ends.
type FiscalYearEnd struct {
	Country    string // ISO 3166-1 alpha-2 code; its subdivisions ("GB-SCT") share it
	Month, Day int
	// NamedBy is the year that names a fiscal year written with one year
	// ("FY2020"): 1 the year it ends in (the US federal FY2020 ends on 30
	// September 2020), -1 the year it starts in (Japan's FY2019 ends in
	// March 2020), 0 where usage is not settled (no day is advised).
	NamedBy int
}

// FiscalYearEnds are the last days of governments' financial years, the
// one table of them: a stock "at the end of the financial year 2018-19"
// is held on its last day, 31 March 2019 in the UK, 30 June 2019 in
// Australia. A year that ends in December is the calendar year (Ireland).
var FiscalYearEnds = []FiscalYearEnd{
	{"GB", 3, 31, 0}, // April to March
	{"CA", 3, 31, 0},
	{"IN", 3, 31, 1},
	{"JP", 3, 31, -1},
	{"AU", 6, 30, 1}, // July to June
	{"NZ", 6, 30, 1},
	{"US", 9, 30, 1},  // the federal year, October to September
	{"IE", 12, 31, 1}, // the calendar year
}
