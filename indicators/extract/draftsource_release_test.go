package extract

import "testing"

// releaseSourcePublished is a statistics bulletin that names its publisher in a
// sentence about itself, under its release and next-release dates.
const releaseSourcePublished = "Marriages in Northshire: 2031\n\n" +
	"Contact:\nEmail Jo Bloggs\n\n" +
	"Release date: 3 March 2032\n\n" +
	"Next release: 2 March 2033\n\n" +
	"Main points\n\n" +
	"There were 41,300 marriages in 2031.\n\n" +
	"This is the first time that 2031 figures have been published by the Office for National Statistics (ONS).\n"

// releaseSourceSeries is a bulletin that is one of a government's series.
const releaseSourceSeries = "Recorded Fires, 2031-32\n\n" +
	"This bulletin presents fires attended by fire services. It forms part of the Scottish Government series of statistical bulletins on fire and rescue.\n\n" +
	"Main findings\n\n" +
	"The number of fires attended in 2031-32 was 24,100.\n"

// releaseSourceProduced is a bulletin whose last lines say who produces it,
// with only a next-release date.
const releaseSourceProduced = "School Meals, 2032\n\n" +
	"Next release: 12 May 2033\n\n" +
	"Main points\n\n" +
	"Some 61,500 pupils took school meals in 2032.\n\n" +
	"This is a National Statistics publication. It is produced by the Welsh Government.\n"

// releaseSourceContact is a release whose contact block gives a statistics
// office's e-mail address and no other word of who publishes it.
const releaseSourceContact = "Retail Sales: May 2032\n\n" +
	"Contact:\nAlex Smith\nretail.sales@ons.gov.uk\n\n" +
	"Release date:\n20 June 2032\n\n" +
	"Main points\n\n" +
	"Retail sales volumes rose by 0.4% in May 2032.\n"

// releaseSourceNextOnly is a release whose only date is its next release's,
// under its label.
const releaseSourceNextOnly = "Northshire Fires Bulletin\n\n" +
	"Contact:\nEmail Jo Bloggs\n\n" +
	"Next release:\n15 July 2033\n\n" +
	"Main points\n\n" +
	"Dwelling fires rose to 5,200.\n"

// releaseSourceDaily is a statistics office's daily release: its title line
// has no blank line under it, and its release line dates it year first.
const releaseSourceDaily = "Northshire Labour Survey, May 2032\n" +
	"Archived Content\n" +
	"Information identified as archived is provided for reference.\n" +
	"Released: 2032-06-10\n" +
	"Employment rose by 40,000 (+0.2%) in May.\n"

// releaseSourceCited is a paper that cites another body's published figures:
// that body is no publisher of the paper.
const releaseSourceCited = "Trade Notes 2032\n\n" +
	"Data published by the World Bank show exports of 12,000 tonnes in 2031.\n"

// TestDraftSourceReleaseSource checks the publisher, short name and issued date a
// statistics release's own statements give its source.
func TestDraftSourceReleaseSource(t *testing.T) {
	tests := []struct{ name, text, publisher, short, issued string }{
		{"published by, in a sentence about the bulletin", releaseSourcePublished, "Office for National Statistics", "ONS", "2032-03-03"},
		{"part of a government's series of bulletins", releaseSourceSeries, "Scottish Government", "", ""},
		{"produced by; a next release is no issued date", releaseSourceProduced, "Welsh Government", "", ""},
		{"a contact's e-mail domain", releaseSourceContact, "Office for National Statistics", "ONS", "2032-06-20"},
		{"the next release's date is no issued date", releaseSourceNextOnly, "", "", ""},
		{"a daily release's year-first release line", releaseSourceDaily, "", "", "2032-06-10"},
		{"figures another body published", releaseSourceCited, "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			s := d.source
			if s.Publisher != tc.publisher || s.Short != tc.short || s.Issued.String() != tc.issued {
				t.Errorf("source of %q = (%q, %q, %q), want (%q, %q, %q)", tc.name, s.Publisher, s.Short, s.Issued, tc.publisher, tc.short, tc.issued)
			}
		})
	}
}

// TestDraftPublisherCountry checks that a figure naming no place takes
// the country of the body the release says publishes it.
func TestDraftPublisherCountry(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"published by the ONS", releaseSourcePublished, "41,300 marriages", map[string]string{"entities": "GB", "period": "2031"}},
		{"a Scottish Government series", releaseSourceSeries, "24,100", map[string]string{"entities": "GB-SCT", "period": "2031/32"}},
		{"produced by the Welsh Government", releaseSourceProduced, "Some 61,500 pupils", map[string]string{"entities": "GB-WLS", "period": "2032"}},
	})
}

// TestDraftSourceTitleReleaseSource checks the title a release's first line gives
// its source when its release line stands a few lines below it.
func TestDraftSourceTitleReleaseSource(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: releaseSourceDaily}, map[string]int{})
	if got, want := d.source.Title, "Northshire Labour Survey, May 2032"; got != want {
		t.Errorf("title of %q = %q, want %q", firstLine(releaseSourceDaily), got, want)
	}
}
