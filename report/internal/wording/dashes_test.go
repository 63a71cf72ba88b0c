package wording

import "testing"

// TestYearDashes: a title's year across two, or span of years, written
// with a hyphen is written with the en dash, as the outputs label
// periods; dates, codes and other numbers keep their hyphens.
func TestYearDashes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Adoptees aged under 5 by type of adoption, 2018-19", "Adoptees aged under 5 by type of adoption, 2018–19"},
		{"Finalised adoptions, 1994-95 to 2018-19", "Finalised adoptions, 1994–95 to 2018–19"},
		{"Emissions, 2001-2018", "Emissions, 2001–2018"},
		{"Known child adoptions, 1999-00", "Known child adoptions, 1999–00"},
		{"2018-19 admissions", "2018–19 admissions"},
		// Near misses.
		{"Admissions on 2018-05-01", "Admissions on 2018-05-01"},
		{"Admissions, 2018-05", "Admissions, 2018-05"},
		{"Vehicles of 1500-20 kg", "Vehicles of 1500-20 kg"},
		{"Road A2018-19", "Road A2018-19"},
		{"Plan 2018-2017", "Plan 2018-2017"},
		{"Form 2018-19a", "Form 2018-19a"},
		{"Admissions, 2018–19", "Admissions, 2018–19"},
		{"Children aged 5-9", "Children aged 5-9"},
	}
	for _, tt := range tests {
		if got := YearDashes(tt.in); got != tt.want {
			t.Errorf("YearDashes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
