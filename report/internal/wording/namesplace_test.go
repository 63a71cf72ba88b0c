package wording

import "testing"

// TestNamesPlace: a title names a place by its name, a name the
// gazetteer knows, or its name's initials, so that a card or a list of
// claims adds the place only where no title says it.
func TestNamesPlace(t *testing.T) {
	for _, c := range []struct {
		title, code string
		want        bool
	}{
		{"Students enrolled at NI higher education institutions", "GB-NIR", true}, // s19m-students
		{"Students at NI HEIs domiciled outside the EU, share", "GB-NIR", true},
		{"UK Parliamentary electoral registrations", "GB", true},
		{"Children looked after in Northern Ireland", "GB-NIR", true}, // s18k-children
		{"Marriages", "GB-ENW", false},
		{"Landings by Irish vessels in Norway", "NO", true}, // s17i-fisheries
		{"Nicaraguan exports", "GB-NIR", false},
	} {
		if got := NamesPlace(c.title, c.code); got != c.want {
			t.Errorf("NamesPlace(%q, %s) = %v, want %v", c.title, c.code, got, c.want)
		}
	}
}

// TestCardCaptionPlaceOnce: a card adds the place its view's title names
// only where the figure's title does not name it already, by any name.
func TestCardCaptionPlaceOnce(t *testing.T) {
	for _, c := range []struct {
		view, title, value string
		entities           []string
		want               string
	}{
		{"Students at Northern Ireland's universities, 2021/22", "Students enrolled at NI higher education institutions", "69,565 students", []string{"GB-NIR"},
			"Students enrolled at NI higher education institutions"}, // s19m-students: never "…, Northern Ireland"
		{"Rough sleeping in England, autumn 2024", "People sleeping rough on a single night, autumn snapshot", "4,667", []string{"GB-ENG"},
			"People sleeping rough on a single night, autumn snapshot, England"}, // s14d-homeless
	} {
		if got := CardCaption(c.view, c.title, c.value, c.entities); got != c.want {
			t.Errorf("CardCaption(%q, %q) = %q, want %q", c.view, c.title, got, c.want)
		}
	}
}
