package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func TestCheckEntity(t *testing.T) {
	tests := []struct {
		in   string
		want string // "" for no error
	}{
		{"US", ""},
		{"JP", ""},
		{"WLD", ""},
		{"EU", ""},
		{"EZ", ""},
		{"ez", `entity "ez" must be upper case: write "EZ"`},
		{"202", ""},
		{"150", ""},
		{"419", ""},
		{"us", `entity "us" must be upper case: write "US"`},
		{"eu", `entity "eu" must be upper case: write "EU"`},
		{"USA", `entity "USA" is an alpha-3 code: write the ISO 3166-1 alpha-2 code "US"`},
		{"840", `entity "840" is the M49 code of a country: write its ISO 3166-1 alpha-2 code "US" (United States)`},
		{"001", `entity "001" is the world: write "WLD"`},
		{"UK", `entity "UK" is not an ISO 3166-1 code: write "GB" for United Kingdom`},
		{"VD", `entity "VD" is a withdrawn ISO 3166-1 code: write "VN" (Vietnam)`},
		{"ZR", `entity "ZR" is a withdrawn ISO 3166-1 code: write "CD" (Democratic Republic of the Congo)`},
		{"BU", `entity "BU" is a withdrawn ISO 3166-1 code: write "MM" (Myanmar (Burma))`},
		// ISO 3166-2 subdivisions: a release about England and Wales, a state's figures.
		{"GB-ENG", ""},
		{"GB-WLS", ""},
		{"US-CA", ""},
		{"CA-ON", ""},
		{"AU-NSW", ""},
		{"gb-eng", `entity "gb-eng" must be upper case: write "GB-ENG"`},
		{"GB-ENGL", `unknown entity "GB-ENGL": "ENGL" is no ISO 3166-2 subdivision of United Kingdom: write the code ISO 3166-2 gives it ("GB-ENG" England, "US-CA" California) or the country's own "GB"; did you mean "GB-ENG" (England)?`},
		{"UK-ENG", `unknown entity "UK-ENG": an ISO 3166-2 subdivision code starts with its country's ISO 3166-1 alpha-2 code ("GB-ENG" England, "US-CA" California)`},
		// Organisations of countries: NATO's defence spending, the DAC's aid.
		{"NATO", ""},
		{"DAC", ""},
		{"G20", ""},
		{"nato", `entity "nato" must be upper case: write "NATO" (NATO)`},
		{"Dac", `entity "Dac" must be upper case: write "DAC" (OECD Development Assistance Committee)`},
		{"AU", ""}, // Australia, never the African Union
		{"XX", `unknown entity "XX": write an ISO 3166-1 alpha-2 country code such as "US" or "JP", an ISO 3166-2 subdivision code such as "GB-ENG" (England), "WLD" for the world, a UN M49 region code such as "202" (Sub-Saharan Africa) or "150" (Europe), "EU" or "EZ" (the euro area), or an organisation such as "NATO", "OECD", "DAC" or "G20"`},
		{"830", `unknown entity "830": write an ISO 3166-1 alpha-2 country code such as "US" or "JP", an ISO 3166-2 subdivision code such as "GB-ENG" (England), "WLD" for the world, a UN M49 region code such as "202" (Sub-Saharan Africa) or "150" (Europe), "EU" or "EZ" (the euro area), or an organisation such as "NATO", "OECD", "DAC" or "G20"`},
		{"", `unknown entity "": write an ISO 3166-1 alpha-2 country code such as "US" or "JP", an ISO 3166-2 subdivision code such as "GB-ENG" (England), "WLD" for the world, a UN M49 region code such as "202" (Sub-Saharan Africa) or "150" (Europe), "EU" or "EZ" (the euro area), or an organisation such as "NATO", "OECD", "DAC" or "G20"`},
	}
	for _, tc := range tests {
		got := ""
		if err := indicators.CheckEntity(tc.in); err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("CheckEntity(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEntityName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"US", "United States"},
		{"JP", "Japan"},
		{"WLD", "World"},
		{"EU", "European Union"},
		{"EZ", "Euro area"},
		{"202", "Sub-Saharan Africa"},
		{"150", "Europe"},
		{"GB-ENG", "England"},
		{"GB-WLS", "Wales"},
		{"US-CA", "California"},
		{"GB-ENGL", "GB-ENGL"},
		{"NATO", "NATO"},
		{"DAC", "OECD Development Assistance Committee"},
		{"AU", "Australia"},
		// CLDR's "Hong Kong SAR China" and "Congo - Kinshasa" in a
		// briefing's words (s18k-construction).
		{"HK", "Hong Kong SAR, China"},
		{"MO", "Macao SAR, China"},
		{"CD", "Democratic Republic of the Congo"},
		{"XX", "XX"},
	}
	for _, tc := range tests {
		if got := indicators.EntityName(tc.in); got != tc.want {
			t.Errorf("EntityName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestStatusOrder(t *testing.T) {
	// From the most to the least certain: a derived figure takes the
	// greatest of its inputs' statuses.
	order := []string{"fact", "estimate", "projection", "target", "pledge", "intention"}
	for i, name := range order {
		s, err := indicators.ParseStatus(name)
		if err != nil {
			t.Fatalf("ParseStatus(%q) = %v", name, err)
		}
		if int(s) != i || s.String() != name {
			t.Errorf("ParseStatus(%q) = %d (%v), want %d", name, s, s, i)
		}
		if got, want := s.IsCommitment(), i >= 2; got != want {
			t.Errorf("%v.IsCommitment() = %v, want %v", s, got, want)
		}
	}
}
