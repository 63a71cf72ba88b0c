package extract

import "testing"

// drafts45WhereText is a programme update of our own: counts of places,
// an inverted "Included in … are", a bare number whose subject is elided,
// and a count "continue to" house.
const drafts45WhereText = "Winter shelter update\n\n" +
	"Since the scheme opened, more than 12,000 people have stayed at shelters in 35 counties, the capital and the islands.\n\n" +
	"Included in those figures are 52 Ohio shelters that continue to house 310 tenants.\n\n" +
	"Overall, 4,410 families joined the scheme, and 2,970 have found permanent homes.\n"

// drafts45Where are the titles of its figures.
var drafts45Where = []struct{ stated, title string }{
	{"35 counties", "Counties where people have stayed at shelters"},
	{"52 Ohio shelters", "Ohio shelters that still house tenants"},
	{"310 tenants", "Tenants still housed"},
	{"2,970 have found permanent homes", "Families that have found permanent homes"},
}

func TestDrafts45WhereTitles(t *testing.T) {
	for _, tc := range drafts45Where {
		t.Run(tc.stated, func(t *testing.T) {
			checkWhat(t, firstDraft(t, drafts45WhereText, tc.stated), tc.stated, "", "", tc.title)
		})
	}
}
