package extract

import (
	"slices"
	"testing"
)

// TestDraftReleaseHome: whose a statistics release's figures are when a figure
// names no place of its own (drafts76). A place that names a group of
// people by their citizenship ("EU citizens") is no place of a figure:
// the figure is the country's whose office counts it (peopleOrigin);
// the only place a release names ("Scotland’s … national targets")
// is its home, even once (docPlaceOf).
// Sentences of a migration bulletin (ONS), a migration release (CSO), a
// road casualty release (Transport Scotland) and a waste release.
func TestDraftReleaseHome(t *testing.T) {
	const (
		migration = "Migration Statistics Quarterly Report: August 2016\n\n" +
			"The Migration Statistics Quarterly Report is a summary of the latest official long-term international migration statistics published by the Office for National Statistics (ONS).\n\n" +
			"Net migration was 327,000, comprising 180,000 EU citizens, 190,000 non-EU citizens and 43,000 British citizens.\n\n" +
			"Immigration of EU citizens (268,000) remains lower than that of non-EU citizens (282,000).\n"
		ireland = "Population and Migration Estimates\n\n" +
			"Immigration to Ireland was 141,600 in the year to April 2023, of whom 29,600 were returning Irish citizens.\n\n" +
			"Exports to EU countries were worth 12,400 million euro.\n"
		roads = "1. Main Points\n\n" +
			"1.1 There was a total of 7,594 road casualties reported in 2019 this is 830 or 10% fewer than 2018.\n\n" +
			"1.5 Scotland’s road safety framework to 2020 contains 5 national targets for casualty reductions by 2020.\n"
		waste = "Waste statistics\n\n" +
			"There were 4,100 tonnes of waste collected in 2019.\n\n" +
			"Scotland’s households recycled 42% of their waste.\n"
	)
	for _, tc := range []struct {
		name, text, stated string
		entities           []string
	}{
		{"citizens of a union are no place: the office's country", migration, "180,000 EU citizens", []string{"GB"}},
		{"nor a nation's citizens", migration, "43,000 British citizens", []string{"GB"}},
		{"citizens before a bracketed figure", migration, "268,000", []string{"GB"}},
		{"the place the sentence is about stays", ireland, "141,600", []string{"IE"}},
		// The market is the flow's other side, Ireland's counterpart
		// (where37: an origin or destination is not the subject).
		{"a union named as a market stays, as the other side", ireland, "12,400 million euro", []string{"IE"}},
		{"the one place a release names, as owner of national aims, is its home", roads, "7,594 road casualties", []string{"GB-SCT"}},
		{"the one place a release names, even once, is the place of a figure that names none", waste, "4,100 tonnes", []string{"GB-SCT"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if !slices.Equal(got.ind.Entities, tc.entities) {
				t.Errorf("entities of %q: got %v (%s), want %v", tc.stated, got.ind.Entities, got.fieldNotes["entities"], tc.entities)
			}
		})
	}
}
