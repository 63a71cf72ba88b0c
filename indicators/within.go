package indicators

// EntityWithin reports whether the place of entity code inner lies
// inside the place of outer, another code: a region of England
// ("E12000001") within England ("GB-ENG") and the United Kingdom ("GB"),
// a subdivision ("NZ-CAN") within its country ("NZ"). A code is not
// within itself, and a region of the world or an organisation is within
// nothing.
func EntityWithin(inner, outer string) bool {
	if inner == outer || outer == "" {
		return false
	}
	for c := inner; c != ""; {
		up := ""
		if _, _, within, ok := statisticalArea(c); ok {
			up = within
		} else if country := entityCountry(c); country != c {
			up = country
		}
		if up == outer {
			return true
		}
		c = up
	}
	return false
}
