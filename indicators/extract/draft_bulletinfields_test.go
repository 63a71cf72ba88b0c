package extract

import (
	"strings"
	"testing"
)

// bulletinHospitalText is a statistics office's release of its own words:
// a catalogue number before the title, a release line in Canberra time,
// a lead that compares two years, and figures with no year of their own.
const bulletinHospitalText = "4305.0 - Hospitals, Canada, 2018\n" +
	"ARCHIVED ISSUE Released at 11:30 AM (CANBERRA TIME) 04/03/2019\n\n" +
	"Between 2017 and 2018, the number of patients admitted to hospital in Canada rose from 2,912,400 to 2,975,300, an increase of 62,900 (2.2%). " +
	"This is well above the 2016 to 2017 increase of 1.1%.\n\n" +
	"The largest increase was in surgical wards, where patient numbers rose by 31,200 (3.0%).\n"

// bulletinRoadsText is a minister's media release of its own words: a
// dateline with an ordinal day, a budget's fiscal year, a span of fiscal
// years, amounts that point back to others, the end of the decade and a
// project's start and completion.
const bulletinRoadsText = "Wednesday, 14th May 2014\n\n" +
	"Stronger Rail Links For The Nation\n\n" +
	"The Abbott Coalition Government will invest a further $3.1 billion in the 2014-15 Budget to upgrade the nation's rail freight lines and the opportunities ahead for Australia.\n\n" +
	"All up, our rail investment is $9.4 billion over five years (2013-14 to 2017-18), with the states contributing a further $2 billion.\n\n" +
	"Half of this funding is set aside for lines in Regional Australia.\n\n" +
	"The cost of freight delays will rise to $5 billion a year by the end of the decade.\n\n" +
	"A major part of our rail program is $2.6 billion to upgrade the inland line.\n\n" +
	"  • Parkes Bypass - due to start in 2015 and be completed in 2018. Total project cost is $900 million.\n"

// bulletinCoverageText is a global body's page of its own words: its
// lead speaks of a named group of countries, a running total since a year
// to the end of another, a figure that restates it, and a "global"
// before a plan.
const bulletinCoverageText = "Alliance’s results\n\n" +
	"Measles vaccine coverage in the 40 lower-income countries supported by Alliance rose to 71% in 2022. " +
	"By end 2022, 25 countries had added a second dose with Alliance support, vaccinating more than 12.5 million children since 2016, which translates to over 91,000 deaths averted.\n\n" +
	"The measles vaccine is one of the best buys of the global strategy for child health, with 11.2 deaths averted per 1,000 children vaccinated. " +
	"WHO estimates that measles killed more than 100,000 children in 2022 in lower-income countries.\n"

func TestDraftPeriodsBulletin(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"first end of from-to between two years", bulletinHospitalText, "2,912,400", map[string]string{"period": "2017", "base": "not stated"}},
		{"second end of from-to between two years", bulletinHospitalText, "2,975,300", map[string]string{"period": "2018", "base": "not stated"}},
		{"change between two years is of the second on the first", bulletinHospitalText, "62,900", map[string]string{"period": "2018", "base": "2017"}},
		{"percent change between two years", bulletinHospitalText, "2.2%", map[string]string{"period": "2018", "base": "2017"}},
		{"the Y1 to Y2 increase", bulletinHospitalText, "1.1%", map[string]string{"period": "2017", "base": "2016"}},
		{"release title's year and the lead's base", bulletinHospitalText, "31,200", map[string]string{"period": "2018", "base": "2017"}},
		{"release title's year, percent", bulletinHospitalText, "3.0%", map[string]string{"period": "2018", "base": "2017"}},
		{"a budget's fiscal year", bulletinRoadsText, "$3.1 billion", map[string]string{"period": "FY2014-15"}},
		{"a span of fiscal years", bulletinRoadsText, "$9.4 billion", map[string]string{"period": "FY2013-14/FY2017-18"}},
		{"a further amount takes the period it adds to", bulletinRoadsText, "$2 billion", map[string]string{"period": "FY2013-14/FY2017-18"}},
		{"of this funding", bulletinRoadsText, "Half", map[string]string{"period": "FY2013-14/FY2017-18"}},
		{"the end of the decade", bulletinRoadsText, "$5 billion a year", map[string]string{"period": "2020"}},
		{"our program's period", bulletinRoadsText, "$2.6 billion", map[string]string{"period": "FY2013-14/FY2017-18"}},
		{"a project's start and completion", bulletinRoadsText, "$900 million", map[string]string{"period": "2015/2018"}},
		{"since a year to the end of another", bulletinCoverageText, "more than 12.5 million children", map[string]string{"period": "2016/2022"}},
		{"which translates to", bulletinCoverageText, "over 91,000 deaths", map[string]string{"period": "2016/2022"}},
	})
}

func TestDraftCompletionAlone(t *testing.T) {
	text := "Rail upgrades\n\n" +
		"  • Northern Link - scheduled to be completed in 2019. Total project cost is $750 million.\n"
	runFieldCases(t, []fieldCase{
		{"a completion year alone is not the money's", text, "$750 million", map[string]string{"period": "not stated"}},
	})
}

func TestDraftWhoBulletin(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"a release title's country", bulletinHospitalText, "31,200", map[string]string{"entities": "CA"}},
		{"a government's release: its dollar", bulletinRoadsText, "$3.1 billion", map[string]string{"unit": "AUD", "entities": "AU"}},
		{"a government's release: its country for figures with no place", bulletinRoadsText, "$900 million", map[string]string{"unit": "AUD", "entities": "AU"}},
		{"a named group is not the world", bulletinCoverageText, "71%", map[string]string{"entities": ""}},
		{"the lead's group, not the world", bulletinCoverageText, "25 countries", map[string]string{"entities": ""}},
		{"global before a plan is no place", bulletinCoverageText, "11.2", map[string]string{"entities": ""}},
		{"a place phrase after the figure", bulletinCoverageText, "more than 100,000 children", map[string]string{"entities": ""}},
	})
}

func TestDraftSourceBulletin(t *testing.T) {
	cases := []struct {
		name, text                      string
		title, issued, publisher, short string
	}{
		{"catalogue number and Canberra time", bulletinHospitalText, "Hospitals, Canada, 2018", "2019-03-04", "Australian Bureau of Statistics", "ABS"},
		{"a date line with an ordinal day, then the title", bulletinRoadsText, "Stronger Rail Links For The Nation", "2014-05-14", "", ""},
		{"an organisation's possessive heading", bulletinCoverageText, "", "", "Alliance", "Alliance"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			s := d.source
			if tc.title != "" && s.Title != tc.title {
				t.Errorf("title of %q = %q, want %q", firstLine(tc.text), s.Title, tc.title)
			}
			if issued := s.Issued.String(); tc.issued != "" && issued != tc.issued {
				t.Errorf("issued of %q = %q, want %q", firstLine(tc.text), issued, tc.issued)
			}
			if s.Publisher != tc.publisher || s.Short != tc.short {
				t.Errorf("publisher of %q = %q (%q), want %q (%q)", firstLine(tc.text), s.Publisher, s.Short, tc.publisher, tc.short)
			}
		})
	}
}

// firstLine returns the first line of s.
func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}
