package indicators_test

import (
	"strings"
	"testing"
)

// TestAgainstGroupOfPlaces checks that a multiple set against another
// group names the group after "than" (or the second "as"), whatever the
// group is, and says its way by its factor (round AH, s37h-conceptions:
// "twice as high in more deprived areas of England than less deprived
// areas", against: group, was refused as setting the figure against no
// group, the lexicon's group words being people's alone, and direction:
// up as having no word of change). A time, a forecast or a norm after
// "than" is no group, and a multiple above one does not go down.
func TestAgainstGroupOfPlaces(t *testing.T) {
	const doc = "Rates remain twice as high in poorer towns than richer towns.\n" +
		"Rates are three times as high in the north as in the south.\n" +
		"Rates were twice as high as a year earlier.\n" +
		"Rates were twice as high than forecast.\n"
	const base = "entities: [GB]\nstatus: fact\nperiod: 2018\nmeasure: change\nagainst: group\n"
	tests := []struct {
		name, fields, quote string
		want                string // "": it verifies; else a message holding this
	}{
		{"places after than", base + "stated: twice\ndirection: up", "twice as high in poorer towns than richer towns", ""},
		{"places after than, no direction", base + "stated: twice", "twice as high in poorer towns than richer towns", ""},
		{"places after the second as", base + "stated: three times\ndirection: up", "three times as high in the north as in the south", ""},
		{"a time is no group", base + "stated: twice\ndirection: up", "twice as high as a year earlier", "no quote sets the figure against a group"},
		{"a forecast is no group", base + "stated: twice\ndirection: up", "twice as high than forecast", "no quote sets the figure against a group"},
		{"a multiple above one does not go down", base + "stated: twice\ndirection: down", "twice as high in poorer towns than richer towns", `direction "down" but the quote has no word for it`},
	}
	for _, tc := range tests {
		got := parseEntryIn(t, doc, tc.fields, tc.quote)
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && !slicesHold(got, tc.want):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}

// slicesHold reports whether a message of msgs holds want.
func slicesHold(msgs []string, want string) bool {
	for _, m := range msgs {
		if strings.Contains(m, want) {
			return true
		}
	}
	return false
}
