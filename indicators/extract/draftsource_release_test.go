package extract

import "testing"

// drafts54Published is a statistics bulletin that names its publisher in a
// sentence about itself, under its release and next-release dates.
const drafts54Published = "Marriages in Northshire: 2031\n\n" +
	"Contact:\nEmail Jo Bloggs\n\n" +
	"Release date: 3 March 2032\n\n" +
	"Next release: 2 March 2033\n\n" +
	"Main points\n\n" +
	"There were 41,300 marriages in 2031.\n\n" +
	"This is the first time that 2031 figures have been published by the Office for National Statistics (ONS).\n"

// drafts54Series is a bulletin that is one of a government's series.
const drafts54Series = "Recorded Fires, 2031-32\n\n" +
	"This bulletin presents fires attended by fire services. It forms part of the Scottish Government series of statistical bulletins on fire and rescue.\n\n" +
	"Main findings\n\n" +
	"The number of fires attended in 2031-32 was 24,100.\n"

// drafts54Produced is a bulletin whose last lines say who produces it,
// with only a next-release date.
const drafts54Produced = "School Meals, 2032\n\n" +
	"Next release: 12 May 2033\n\n" +
	"Main points\n\n" +
	"Some 61,500 pupils took school meals in 2032.\n\n" +
	"This is a National Statistics publication. It is produced by the Welsh Government.\n"

// drafts54Contact is a release whose contact block gives a statistics
// office's e-mail address and no other word of who publishes it.
const drafts54Contact = "Retail Sales: May 2032\n\n" +
	"Contact:\nAlex Smith\nretail.sales@ons.gov.uk\n\n" +
	"Release date:\n20 June 2032\n\n" +
	"Main points\n\n" +
	"Retail sales volumes rose by 0.4% in May 2032.\n"

// drafts54NextOnly is a release whose only date is its next release's,
// under its label.
const drafts54NextOnly = "Northshire Fires Bulletin\n\n" +
	"Contact:\nEmail Jo Bloggs\n\n" +
	"Next release:\n15 July 2033\n\n" +
	"Main points\n\n" +
	"Dwelling fires rose to 5,200.\n"

// drafts54Daily is a statistics office's daily release: its title line
// has no blank line under it, and its release line dates it year first.
const drafts54Daily = "Northshire Labour Survey, May 2032\n" +
	"Archived Content\n" +
	"Information identified as archived is provided for reference.\n" +
	"Released: 2032-06-10\n" +
	"Employment rose by 40,000 (+0.2%) in May.\n"

// drafts54Cited is a paper that cites another body's published figures:
// that body is no publisher of the paper.
const drafts54Cited = "Trade Notes 2032\n\n" +
	"Data published by the World Bank show exports of 12,000 tonnes in 2031.\n"

// TestDrafts54Source checks the publisher, short name and issued date a
// statistics release's own statements give its source.
func TestDrafts54Source(t *testing.T) {
	tests := []struct{ name, text, publisher, short, issued string }{
		{"published by, in a sentence about the bulletin", drafts54Published, "Office for National Statistics", "ONS", "2032-03-03"},
		{"part of a government's series of bulletins", drafts54Series, "Scottish Government", "", ""},
		{"produced by; a next release is no issued date", drafts54Produced, "Welsh Government", "", ""},
		{"a contact's e-mail domain", drafts54Contact, "Office for National Statistics", "ONS", "2032-06-20"},
		{"the next release's date is no issued date", drafts54NextOnly, "", "", ""},
		{"a daily release's year-first release line", drafts54Daily, "", "", "2032-06-10"},
		{"figures another body published", drafts54Cited, "", "", ""},
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

// TestDrafts54PublisherCountry checks that a figure naming no place takes
// the country of the body the release says publishes it.
func TestDrafts54PublisherCountry(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"published by the ONS", drafts54Published, "41,300 marriages", map[string]string{"entities": "GB", "period": "2031"}},
		{"a Scottish Government series", drafts54Series, "24,100", map[string]string{"entities": "GB-SCT", "period": "2031/32"}},
		{"produced by the Welsh Government", drafts54Produced, "Some 61,500 pupils", map[string]string{"entities": "GB-WLS", "period": "2032"}},
	})
}

// TestDrafts54SourceTitle checks the title a release's first line gives
// its source when its release line stands a few lines below it.
func TestDrafts54SourceTitle(t *testing.T) {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: drafts54Daily}, map[string]int{})
	if got, want := d.source.Title, "Northshire Labour Survey, May 2032"; got != want {
		t.Errorf("title of %q = %q, want %q", firstLine(drafts54Daily), got, want)
	}
}
