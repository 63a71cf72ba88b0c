package extract

import (
	"strings"
	"testing"
)

// Figures of drafts31's genres that are comments, not claims, in
// sentences of their own: an age band, a chart's caption and a lead
// bullet that restate figures, a loan restating the lead's amount, a
// rounded fraction restating a percentage.

// captionText is a bulletin whose chart caption restates a main point,
// with an age band under it.
const captionText = "Regional jobs bulletin: June 2031\n\n" +
	"Main points\n\n" +
	"  • The regional employment rate was estimated at 71.2%, 0.4 percentage points higher than a year earlier.\n\n" +
	"Figure 2: The employment rate rose 0.4 percentage points on the year to 71.2%\n\n" +
	"Regional employment rates (aged 18 to 66 years), seasonally adjusted\n"

// bulletLeadText is a fund's release whose lead bullets the body restates.
const bulletLeadText = "Fund completes review for Ruritania\n\n" +
	"• The Board completed the second review, enabling a disbursement of about US$85 million.\n\n" +
	"• Growth is expected to pick up in 2032.\n\n" +
	"Washington, DC – May 2, 2031: The Board today completed the second review. The completion enables the authorities to draw about US$85 million, bringing total disbursements to about US$240 million.\n"

// keyPointsText has key points in bullets over prose without a dateline:
// both are kept, as a trade page's summary is.
const keyPointsText = "Change in 2030 from 2029:\n\n  • Trade surplus: Increased by $2.1 billion\n\n" +
	"The trade surplus with Chile increased by $2.1 billion in 2030.\n"

// loanLeadText is a bank's release whose last paragraph restates the
// lead's amount; households with people over 65 years are an age band.
const loanLeadText = "The Asian Development Bank (ADB) approved a $75 million loan for school meals in Laos.\n\n" +
	"The program prioritizes households with people over 65 years and reaches 1,200 schools.\n\n" +
	"The ADB loan of $75 million has a grace period of 5 years.\n"

// fractionText has a rounded fraction in its lead and the percentage it
// rounds in the body.
const fractionText = "(Geneva, 1 July 2031): Response plans for the region are only one-third funded.\n\n" +
	"Donors have provided $1.2 billion so far, leaving the plans funded 34 per cent at midyear.\n"

func TestDraftNotClaimComments(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "caption rate", text: captionText, stated: "71.2%", skip: "a chart's caption restating"},
		{name: "caption change", text: captionText, stated: "0.4 percentage points", skip: "a chart's caption restating"},
		{name: "age band in parentheses", text: captionText, stated: "18 to 66 years", skip: "an age band"},
		{name: "lead bullet", text: bulletLeadText, stated: "about US$85 million", skip: "a lead bullet's figure, restated in the body"},
		{name: "loan restating the lead", text: loanLeadText, stated: "$75 million", skip: "restates the amount of the lead"},
		{name: "people over an age", text: loanLeadText, stated: "65 years", skip: "an age band"},
		{name: "rounded fraction", text: fractionText, stated: "one-third", skip: "a rounded fraction restating \"34 per cent\""},
	})
}

// TestDraftNotClaimKept: the figure a comment names as kept is drafted
// once, and an age band's comment asks nothing of the user.
func TestDraftNotClaimKept(t *testing.T) {
	for _, tc := range []struct {
		name, text, stated string
		want               int
	}{
		{"body's rate", captionText, "71.2%", 1},
		{"body's amount", bulletLeadText, "about US$85 million", 1},
		{"lead's amount", loanLeadText, "$75 million", 1},
		{"percentage", fractionText, "34 per cent", 1},
		{"not restated", bulletLeadText, "about US$240 million", 1},
		{"key points over prose", keyPointsText, "$2.1 billion", 2},
	} {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
		n := 0
		for _, cl := range d.claims() {
			if cl.skip == "" && cl.ind.Stated == tc.stated {
				n++
			}
			if strings.Contains(cl.skip, "age band") && strings.Contains(cl.skip, "by hand") {
				t.Errorf("%s: comment %q asks for the age band by hand", tc.name, cl.skip)
			}
		}
		if n != tc.want {
			t.Errorf("%s: drafts of %q = %d, want %d", tc.name, tc.stated, n, tc.want)
		}
	}
}
