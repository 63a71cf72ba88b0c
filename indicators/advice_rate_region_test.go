package indicators_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// Source texts of round F's hand catalogs (DfT's rail factsheet, NOAA's
// national climate report, ONS's house price index), cut to the sentences
// quoted, and of other kinds for the same rules.
const (
	railDoc = `67.8% of trains arrived within 59 seconds of their scheduled arrival time in FYE March 2023, a decrease of 5.3pp on the previous year and an increase of 2.8pp on the FYE March 2020 (ORR Passenger Rail Performance table 3133)
15.73 billion net tonne kilometres (9.77 billion net tonne miles) of rail freight were transported in FYE March 2023.`
	climateDoc = `The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.
Since 1895, the CONUS has observed a long-term temperature increase of about 0.13°F per decade.
Over the 118-year period of record, precipitation across the CONUS has increased at a rate of about 0.16 inch per decade.
The average annual temperature of 55.3°F was 3.2°F above the 20th century average.
Precipitation was 2.57 inches below the 20th century average. Spring was 2.1°F colder than normal and 1.2 inches drier than normal.`
	hpiDoc = `The lowest annual growth rate was in the South East of England (1.2%), followed by the West Midlands (1.4%).
Average house prices in the UK increased by 0.3% between November 2019 and December 2019, 0.5 percentage points higher than the same period a year ago.`
	// Other kinds: a sea-level trend and an unemployment rate's change in
	// "% points", as such releases write them.
	otherDoc = `Global mean sea level rose by 3.4mm per year over 1993 to 2020.
The unemployment rate fell by 0.4% points to 3.8% on the quarter.`
)

// TestAdviceRateRegion checks the figures round F's users could not enter, or
// entered wrongly, and one of another kind for each rule: percentage points
// glued to the number ("5.3pp"), a measure symbol with a rate ("0.13°F per
// decade"), a counted phrase that ends in a measure ("net tonne
// kilometres"), the comparatives that say a direction ("warmer", "drier"),
// a region of England, a century as a base, and an anomaly as a measure.
func TestAdviceRateRegion(t *testing.T) {
	const rail = "entities: [GB-GBN]\nstatus: fact\nperiod: 2022/23\n"
	const climate = "entities: [US]\nstatus: fact\n"
	const hpi = "status: fact\nperiod: 2019-12\nbase: 2018-12\nmeasure: change\n"
	tests := []struct {
		name, doc, fields, quote string
		want                     []string // nil: it verifies
	}{
		// 1. Percentage points glued to the number, as DfT writes them.
		{"5.3pp", railDoc, rail + "measure: change\nbase: 2021/22\ndirection: down\nstated: 5.3pp", "a decrease of 5.3pp on the previous year", nil},
		{"2.8pp", railDoc, rail + "measure: change\nbase: 2019/20\ndirection: up\nstated: 2.8pp", "an increase of 2.8pp on the FYE March 2020", nil},
		{"5.3 pp spaced", railDoc, rail + "measure: change\nbase: 2021/22\ndirection: down\nstated: 5.3 pp", "a decrease of 5.3pp on the previous year",
			[]string{`the quote does not state "5.3 pp": its number agrees, but the quote words it "5.3pp": write stated: "5.3pp", the quote's own characters`}},
		{"value and unit", railDoc, rail + "measure: change\nbase: 2021/22\ndirection: down\nvalue: 5.3\nunit: percentage_point", "a decrease of 5.3pp on the previous year",
			[]string{`the quote does not state "5.3 percentage points": its number agrees, but the quote words it "5.3pp": write stated: "5.3pp", the quote's own characters`}},
		{"0.5 percentage points", hpiDoc, "entities: [GB]\n" + hpi + "direction: up\nstated: 0.5 percentage points", "0.5 percentage points higher than the same period a year ago", nil},
		{"% points", otherDoc, "entities: [GB]\nstatus: fact\nperiod: 2020\nmeasure: change\ndirection: down\nstated: 0.4% points", "The unemployment rate fell by 0.4% points", nil},
		// 2. A measure symbol with a rate, glued or spaced.
		{"0.13°F per decade", climateDoc, climate + "period: 1895/2012\nmeasure: change\ndirection: up\nstated: about 0.13°F per decade", "a long-term temperature increase of about 0.13°F per decade", nil},
		{"0.13 °F per decade spaced", climateDoc, climate + "period: 1895/2012\nmeasure: change\ndirection: up\nstated: about 0.13 °F per decade", "a long-term temperature increase of about 0.13°F per decade",
			[]string{`the quote does not state "about 0.13 °F per decade": its number agrees, but the quote words it "about 0.13°F per decade": write stated: "about 0.13°F per decade", the quote's own characters`}},
		{"unit degF per decade", climateDoc, climate + "period: 1895/2012\nmeasure: change\ndirection: up\nstated: about 0.13\nunit: degF per decade", "a long-term temperature increase of about 0.13°F per decade",
			[]string{`the quote does not state "about 0.13": its number agrees, but the quote words it "about 0.13°F per decade": write stated: "about 0.13°F per decade", the quote's own characters`}},
		{"value and unit degF per decade", climateDoc, climate + "period: 1895/2012\nmeasure: change\ndirection: up\nvalue: 0.13\nqualifier: approx\nunit: degF per decade", "a long-term temperature increase of about 0.13°F per decade",
			[]string{`the quote does not state "about 0.13 ℉ per decade": its number agrees, but the quote words it "about 0.13°F per decade": write stated: "about 0.13°F per decade", the quote's own characters`}},
		{"0.16 inch per decade", climateDoc, climate + "period: 1895/2012\nmeasure: change\ndirection: up\nstated: about 0.16 inch per decade", "increased at a rate of about 0.16 inch per decade", nil},
		{"3.4mm per year", otherDoc, "entities: [WLD]\nstatus: fact\nperiod: 1993/2020\nmeasure: change\ndirection: up\nstated: 3.4mm per year", "rose by 3.4mm per year", nil},
		// 3. A counted phrase of several words ending in a measure.
		{"net tonne kilometres", railDoc, rail + "measure: flow\nstated: 15.73 billion net tonne kilometres", "15.73 billion net tonne kilometres", nil},
		{"net tonne kilometres, unit", railDoc, rail + "measure: flow\nstated: 15.73 billion net tonne kilometres\nunit: net tonne kilometre", "15.73 billion net tonne kilometres", nil},
		// 4. The comparatives of a climate report say a direction.
		{"warmer", climateDoc, climate + "period: 2012\nbase: 1998\nmeasure: change\ndirection: up\nstated: 1.0°F", "The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.", nil},
		{"warmer in stated", climateDoc, climate + "period: 2012\nbase: 1998\nmeasure: change\nstated: 1.0°F warmer", "The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.",
			[]string{`cannot read figure "1.0°F warmer": "warmer" after the figure says a change from a base: write stated: "1.0°F", measure: change, direction: up and base: the period it is compared with`}},
		{"drier in stated", climateDoc, climate + "period: 2012\nbase: 1901/2000\nmeasure: change\nstated: 1.2 inches drier than normal", "1.2 inches drier than normal",
			[]string{`cannot read figure "1.2 inches drier than normal": "drier" after the figure says a change from a base: write stated: "1.2 inches", measure: change, direction: down and base: the period it is compared with`}},
		{"colder", climateDoc, climate + "period: 2012\nbase: 1901/2000\nmeasure: change\ndirection: down\nstated: 2.1°F", "Spring was 2.1°F colder than normal", nil},
		{"drier", climateDoc, climate + "period: 2012\nbase: 1901/2000\nmeasure: change\ndirection: down\nstated: 1.2 inches", "1.2 inches drier than normal", nil},
		{"warmer is no fall", climateDoc, climate + "period: 2012\nbase: 1998\nmeasure: change\ndirection: down\nstated: 1.0°F", "The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.",
			[]string{`direction "down" but the quote has no word for it (such as "reduce"): fix the direction or the quote; the quote says "warmer", which goes up: write direction: up`}},
		{"above the average", climateDoc, climate + "period: 2012\nbase: 1901/2000\nmeasure: change\ndirection: up\nstated: 3.2°F", "3.2°F above the 20th century average", nil},
		{"below the average", climateDoc, climate + "period: 2012\nbase: 1901/2000\nmeasure: change\ndirection: down\nstated: 2.57 inches", "2.57 inches below the 20th century average", nil},
		{"base 20th century", climateDoc, climate + "period: 2012\nbase: 20th century\nmeasure: change\ndirection: up\nstated: 3.2°F", "3.2°F above the 20th century average",
			[]string{`"base": invalid period "20th century": a century is its hundred years: write 1901/2000 (NOAA's "20th century average" is of 1901 to 2000)`}},
		{"measure anomaly", climateDoc, climate + "period: 2012\nbase: 1901/2000\nmeasure: anomaly\ndirection: up\nstated: 3.2°F", "3.2°F above the 20th century average",
			[]string{`unknown measure "anomaly": a departure from a long-term average (an anomaly) is measured as a change from that average: write change, with direction: up or down and base: the average's years ("3.2°F above the 20th century average" is base: 1901/2000); the temperature itself is a level (the kinds are flow, stock, share, change, count, rank, threshold, level)`}},
		// 5. A region of England is its GSS code.
		{"South East by name", hpiDoc, "entities: [South East]\n" + hpi + "direction: up\nstated: 1.2%", "The lowest annual growth rate was in the South East of England (1.2%)",
			[]string{`unknown entity "South East": did you mean "E12000008" (South East, a region of England, which ISO 3166-2 gives no code) or "SG-04" (South East, Singapore)? a region of England is written as its GSS code, a country's state, province or nation as its ISO 3166-2 code`}},
		{"South East by code", hpiDoc, "entities: [E12000008]\n" + hpi + "direction: up\nstated: 1.2%", "The lowest annual growth rate was in the South East of England (1.2%)", nil},
		{"West Midlands by name", hpiDoc, "entities: [West Midlands]\n" + hpi + "stated: 1.4%", "followed by the West Midlands (1.4%)",
			[]string{`unknown entity "West Midlands": did you mean "E12000005" (West Midlands, a region of England, which ISO 3166-2 gives no code)? a region of England is written as its GSS code, a country's state, province or nation as its ISO 3166-2 code`}},
		{"GB-SE", hpiDoc, "entities: [GB-SE]\n" + hpi + "direction: up\nstated: 1.2%", "The lowest annual growth rate was in the South East of England (1.2%)",
			[]string{`unknown entity "GB-SE": "SE" is no ISO 3166-2 subdivision of United Kingdom: write the code ISO 3166-2 gives it ("GB-ENG" England, "US-CA" California) or the country's own "GB"; a region of England has no ISO 3166-2 code: write its GSS code ("E12000008" South East, "E12000005" West Midlands)`}},
		{"CONUS", climateDoc, "entities: [CONUS]\nstatus: fact\nperiod: 2012\nbase: 1998\nmeasure: change\ndirection: up\nstated: 1.0°F", "The 2012 annual temperature was 1.0°F warmer than the previous record warm year of 1998.",
			[]string{`unknown entity "CONUS": the area has no code of its own: write "US" (United States) and name the area in the title`}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parseEntryIn(t, tt.doc, tt.fields, tt.quote)); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAdviceRateRegionStated checks what the figures of TestAdviceRateRegion read as:
// the unit, and the figure Format writes back.
func TestAdviceRateRegionStated(t *testing.T) {
	for _, tt := range []struct{ in, unit, format string }{
		{"5.3pp", "percentage_point", "5.3 percentage points"},
		{"2.8ppt", "percentage_point", "2.8 percentage points"},
		{"5.3p.p.", "percentage_point", "5.3 percentage points"},
		{"5.3 p.p.", "percentage_point", "5.3 percentage points"},
		{"0.4% points", "percentage_point", "0.4 percentage points"},
		{"0.5 percentage points", "percentage_point", "0.5 percentage points"},
		{"about 0.13°F per decade", "degF per decade", "about 0.13 ℉ per decade"},
		{"about 0.13 °F per decade", "degF per decade", "about 0.13 ℉ per decade"},
		{"1.2°C per century", "degC per century", "1.2 ℃ per century"},
		{"5 per cent", "percent", "5 percent"},
		{"3.4mm per year", "mm per year", "3.4 mm per year"},
		{"120km/h", "km/h", "120 km/h"},
		{"500MW", "MW", "500 MW"},
		{"15.73 billion net tonne kilometres", "net tonne kilometre", "15.73 billion net tonne kilometres"},
		{"64.7 billion passenger kilometres", "passenger kilometre", "64.7 billion passenger kilometres"},
	} {
		q, u, err := indicators.ParseStated(tt.in)
		if err != nil {
			t.Errorf("ParseStated(%q) error: %v", tt.in, err)
			continue
		}
		if got := u.String(); got != tt.unit {
			t.Errorf("ParseStated(%q) unit = %q, want %q", tt.in, got, tt.unit)
		}
		if got := indicators.Format(q, u, indicators.Style{}); got != tt.format {
			t.Errorf("Format(ParseStated(%q)) = %q, want %q", tt.in, got, tt.format)
		}
	}
	// Still refused: letters glued on that are no unit, and a lone
	// measure that a plural would read as another unit.
	for _, s := range []string{"12abc", "5.3pq", "1990s", "5 ins"} {
		if _, _, err := indicators.ParseStated(s); err == nil {
			t.Errorf("ParseStated(%q) = nil error, want a refusal", s)
		}
	}
}

// TestCheckEntityFor checks that a name is read as the source's own
// country's area first: "South East" in a UK release (round F's house
// price index) is the region of England alone, in a release of no country
// both areas of the name are offered, and in Singapore's its district; and
// that SourceHome reads the country from a source's address.
func TestCheckEntityFor(t *testing.T) {
	for _, tt := range []struct{ name, home, want string }{
		{"South East", "GB", `unknown entity "South East": did you mean "E12000008" (South East, a region of England, which ISO 3166-2 gives no code)? a region of England is written as its GSS code, a country's state, province or nation as its ISO 3166-2 code`},
		{"South East", "SG", `unknown entity "South East": did you mean "SG-04" (South East, Singapore)? a country's state, province or nation is written as its ISO 3166-2 code`},
		{"South East", "", `unknown entity "South East": did you mean "E12000008" (South East, a region of England, which ISO 3166-2 gives no code) or "SG-04" (South East, Singapore)? a region of England is written as its GSS code, a country's state, province or nation as its ISO 3166-2 code`},
		// A home with no area of the name leaves every one offered.
		{"Washington", "GB", `unknown entity "Washington": did you mean "US-WA" (Washington, United States)? a country's state, province or nation is written as its ISO 3166-2 code`},
		{"the Lower 48", "US", `unknown entity "the Lower 48": the area has no code of its own: write "US" (United States) and name the area in the title`},
	} {
		err := indicators.CheckEntityFor(tt.name, tt.home)
		if err == nil || err.Error() != tt.want {
			t.Errorf("CheckEntityFor(%q, %q) = %v, want %s", tt.name, tt.home, err, tt.want)
		}
	}
	for code, name := range map[string]string{"E12000008": "South East", "E12000003": "Yorkshire and The Humber", "E12000007": "London"} {
		if err := indicators.CheckEntity(code); err != nil {
			t.Errorf("CheckEntity(%q) = %v, want nil", code, err)
		}
		if got := indicators.EntityName(code); got != name {
			t.Errorf("EntityName(%q) = %q, want %q", code, got, name)
		}
	}
	for _, bad := range []string{"E12000010", "E1200000", "e12000008"} {
		if err := indicators.CheckEntity(bad); err == nil {
			t.Errorf("CheckEntity(%q) = nil, want an error", bad)
		}
	}
	for _, tt := range []struct{ url, want string }{
		{"https://www.ons.gov.uk/economy/inflationandpriceindices/bulletins/housepriceindex/december2019", "GB"},
		{"https://www.gov.uk/government/statistics/rail-factsheet-2023/rail-factsheet-2023", "GB"},
		{"https://www.ncdc.noaa.gov/sotc/national/201313", "US"},
		{"https://www.gov.scot/publications/x", "GB"},
		{"https://www150.statcan.gc.ca/n1/daily-quotidien/x", "CA"},
		{"https://www.abs.gov.au/statistics", "AU"},
		{"https://www.who.int/news", ""},
		{"https://ec.europa.eu/eurostat", ""},
		{"https://example.io/x", ""},
		{"", ""},
	} {
		if got := indicators.SourceHome(tt.url); got != tt.want {
			t.Errorf("SourceHome(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
}

// TestSourcePlace checks that the one reader of an address gives the
// country (SourceHome) and the place (SourcePlace) alike, the bare host of
// a devolved government ("gov.scot") included, where the two readers
// once disagreed.
func TestSourcePlace(t *testing.T) {
	for _, tt := range []struct{ url, home, place string }{
		{"https://gov.scot/publications/x", "GB", "GB-SCT"},
		{"https://www.gov.scot/publications/x", "GB", "GB-SCT"},
		{"https://publichealthscotland.scot/publications/x", "GB", "GB-SCT"},
		{"https://www.gov.wales/x", "GB", "GB-WLS"},
		{"https://llyw.cymru/x", "GB", "GB-WLS"},
		{"https://www.health-ni.gov.uk/x", "GB", "GB-NIR"},
		{"https://www.gov.uk/government/statistics/x", "GB", "GB"},
		{"https://www.cfs.gov.hk/english/press/20201231_8400.html", "HK", "HK"},
		{"https://www.census.gov/x", "US", "US"},
		{"https://www.who.int/news", "", ""},
		{"https://dgov.scotland.example.com/x", "", ""},
	} {
		if got := indicators.SourceHome(tt.url); got != tt.home {
			t.Errorf("SourceHome(%q) = %q, want %q", tt.url, got, tt.home)
		}
		if got := indicators.SourcePlace(tt.url); got != tt.place {
			t.Errorf("SourcePlace(%q) = %q, want %q", tt.url, got, tt.place)
		}
	}
}

// TestHomeOf checks the home of a catalog's sources: the country their
// addresses share, none when they differ.
func TestHomeOf(t *testing.T) {
	ons := indicators.Source{URL: "https://www.ons.gov.uk/x"}
	dft := indicators.Source{URL: "https://www.gov.uk/government/statistics/rail-factsheet-2023"}
	noaa := indicators.Source{URL: "https://www.ncdc.noaa.gov/sotc/national/201313"}
	who := indicators.Source{URL: "https://www.who.int/x"}
	for _, tt := range []struct {
		name    string
		sources []indicators.Source
		want    string
	}{
		{"one UK source", []indicators.Source{ons}, "GB"},
		{"two UK sources and WHO", []indicators.Source{ons, who, dft}, "GB"},
		{"UK and US", []indicators.Source{ons, noaa}, ""},
		{"none", nil, ""},
	} {
		if got := indicators.HomeOf(tt.sources); got != tt.want {
			t.Errorf("%s: HomeOf = %q, want %q", tt.name, got, tt.want)
		}
	}
}
