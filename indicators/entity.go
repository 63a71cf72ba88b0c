package indicators

import (
	"fmt"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// World is the entity code for the whole world.
const World = "WLD"

// EuroArea is the entity code for the countries that use the euro
// (Eurostat's EA19, EA20), exceptionally reserved in ISO 3166-1.
const EuroArea = "EZ"

// CheckEntity checks an entity code of a catalog: an ISO 3166-1 alpha-2
// country code ("US", "JP"), "WLD" for the world, a UN M49 code of a region
// ("202" Sub-Saharan Africa, "150" Europe, "419" Latin America), "EU" for
// the European Union or "EZ" for the euro area (both reserved by ISO 3166
// for these unions). The error says what to write instead.
func CheckEntity(s string) error {
	if s == World || s == "EU" || s == EuroArea {
		return nil
	}
	r, err := language.ParseRegion(s)
	switch {
	case len(s) == 2 && err == nil && r.IsCountry() && r.ISO3() != "ZZZ":
		if c := currentRegion(r); c != r.String() {
			// "VD" (North Vietnam), "ZR" (Zaire): withdrawn from ISO 3166-1.
			return fmt.Errorf("entity %q is a withdrawn ISO 3166-1 code: write %q (%s)", s, c, EntityName(c))
		}
		if r.String() == s {
			return nil
		}
		if strings.ToUpper(s) == r.String() {
			return fmt.Errorf("entity %q must be upper case: write %q", s, r.String())
		}
	case len(s) == 2 && (strings.EqualFold(s, "eu") || strings.EqualFold(s, "ez")):
		return fmt.Errorf("entity %q must be upper case: write %q", s, strings.ToUpper(s))
	case len(s) == 2 && err == nil && r.IsCountry():
		if c := canonicalCountry(s); c != "" {
			return fmt.Errorf("entity %q is not an ISO 3166-1 code: write %q for %s", s, c, EntityName(c))
		}
	case len(s) == 3 && isDigits(s) && err == nil:
		switch {
		case r.String() == "001":
			return fmt.Errorf("entity %q is the world: write \"WLD\"", s)
		case r.IsGroup():
			return nil
		case r.IsCountry() && r.ISO3() != "ZZZ":
			return fmt.Errorf("entity %q is the M49 code of a country: write its ISO 3166-1 alpha-2 code %q (%s)", s, r.String(), EntityName(r.String()))
		}
	case len(s) == 3 && err == nil && r.IsCountry() && r.ISO3() != "ZZZ":
		return fmt.Errorf("entity %q is an alpha-3 code: write the ISO 3166-1 alpha-2 code %q", s, r.String())
	}
	return fmt.Errorf("unknown entity %q: write an ISO 3166-1 alpha-2 country code such as \"US\" or \"JP\", \"WLD\" for the world, a UN M49 region code such as \"202\" (Sub-Saharan Africa) or \"150\" (Europe), \"EU\" or \"EZ\" (the euro area)", s)
}

// currentRegion returns the code in use today for r, as
// golang.org/x/text/language canonicalizes a deprecated region ("VD" →
// "VN", "ZR" → "CD"), or r's own code.
func currentRegion(r language.Region) string {
	tag, err := language.Raw.Compose(language.Und, r)
	if err != nil {
		return r.String()
	}
	c, err := language.All.Canonicalize(tag)
	if err != nil {
		return r.String()
	}
	if cr, conf := c.Region(); conf == language.Exact {
		return cr.String()
	}
	return r.String()
}

// canonicalCountry returns the ISO 3166-1 code a reserved code such as "UK"
// stands for, or "".
func canonicalCountry(s string) string {
	r, err := language.ParseRegion(s)
	if err != nil {
		return ""
	}
	if m := r.M49(); m != 0 {
		if c, err := language.ParseRegion(fmt.Sprintf("%03d", m)); err == nil && c.IsCountry() && c.ISO3() != "ZZZ" && c.String() != s {
			return c.String()
		}
	}
	return ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// EntityName returns the English display name of an entity code: "United
// States" for "US", "Sub-Saharan Africa" for "202", "European Union" for
// "EU", "Euro area" for "EZ", "World" for "WLD". It returns the code itself for a code CheckEntity
// refuses.
func EntityName(s string) string {
	switch s {
	case World:
		return "World"
	case EuroArea:
		return "Euro area" // as Eurostat and the ECB say it; CLDR's is "Eurozone"
	}
	if CheckEntity(s) != nil {
		return s
	}
	r, err := language.ParseRegion(s)
	if err != nil {
		return s
	}
	return display.English.Regions().Name(r)
}
