package wording

import "testing"

// TestCommonUnit: the words units share, less those that lead to what
// differs, never a phrase cut after its verb ("who were") nor mid-noun
// ("Percent of A&E").
func TestCommonUnit(t *testing.T) {
	tests := []struct {
		units []string
		want  string
	}{
		{[]string{"Percent of new HIV infections among men", "Percent of new HIV infections among women"}, "Percent of new HIV infections"},
		{[]string{"Percent of sentenced prisoners who were black", "Percent of sentenced prisoners who were white"}, "Percent of sentenced prisoners"},
		{[]string{"Percent of households that are renting", "Percent of households that are owning"}, "Percent of households"},
		// s14-hospitals: no whole is cut mid-noun ("Percent of A&E").
		{[]string{"Percent of A&E attendances", "Percent of A&E attendances discharged", "Percent of A&E patients arriving"}, "Percent"},
		{[]string{"Percent of A&E attendances", "Percent of A&E attendances discharged", "Percent of A&E attendances admitted"}, "Percent of A&E attendances"},
		// A crime survey: the part after the whole is a participle.
		{[]string{"Percent of spouse incidents reported", "Percent of spouse incidents involving a weapon"}, "Percent of spouse incidents"},
		// s16g-marriages: a rate's base is said whole or not at all.
		{[]string{"Marriages per 1,000 unmarried men", "Marriages per 1,000 unmarried women"}, "Marriages"},
		{[]string{"Deaths per 100,000 population aged 65 and over", "Deaths per 100,000 population aged 15 to 64"}, "Deaths"},
		{[]string{"Barrels per day", "Barrels per day"}, "Barrels per day"},
		// "United" of "United Kingdom" and "United States" is no whole.
		{[]string{"Percent of United Kingdom exports", "Percent of United States exports"}, "Percent"},
	}
	for _, tc := range tests {
		if got := commonUnit(tc.units); got != tc.want {
			t.Errorf("commonUnit(%q) = %q, want %q", tc.units, got, tc.want)
		}
	}
}
