package extract

import "testing"

// reviewText is a report's summary in words of its own: a heading
// directly followed by another heads it and the headings after it.
const reviewText = "The Spending Review: 2026 to 2030\n\n" +
	"The Treasury publishes this review each year.\n\n" +
	"The Spending Plans\n\n" +
	"Health\n\n" +
	"Health spending rises by 4 percent in 2026.\n\n" +
	"Schools\n\n" +
	"School spending rises by 2 percent in 2026.\n"

// wireText opens with a release line and the release's title, directly
// followed by its subtitle: the title is no parent.
const wireText = "FOR IMMEDIATE RELEASE: Monday, May 4, 2026\n\n" +
	"Monthly Retail Trade\n\n" +
	"Advance Estimates of Retail Sales\n\n" +
	"Retail sales rose 1.2 percent in April 2026.\n"

var sectionCases = []fieldCase{
	{name: "a heading directly followed by a heading is its parent", text: reviewText, stated: "4 percent",
		want: map[string]string{"section": "The Spending Plans / Health"}},
	{name: "the parent holds for the headings after its first child", text: reviewText, stated: "2 percent",
		want: map[string]string{"section": "The Spending Plans / Schools"}},
	{name: "the document's title is no parent of the heading below it", text: wireText, stated: "1.2 percent",
		want: map[string]string{"section": "Advance Estimates of Retail Sales"}},
}

func TestDraftSectionCases(t *testing.T) {
	runFieldCases(t, sectionCases)
}
