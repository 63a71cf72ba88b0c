package wording

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// PartsWhole returns what the parts of one whole, titled titles and drawn
// under the view title view, are percentages of, where no part's own
// title or denominator says it (Denominator): the words every part's
// title opens with, up to where they part at a relative clause, a
// participle, a preposition or a punctuation mark ("Referred children
// whose needs were met at referral" and "Referred children allocated for
// further action" are parts of "referred children"; "Further action:
// carer needing support" and "Further action: child protection
// investigation" of "further action"); else what the view's title says
// it is a share of ("Share of electricity by source": "electricity");
// "" if neither says. The slide's waffle, the deck and the book's
// doughnut read it alike, so that each says "Percent of …" as a bar
// chart of shares does.
func PartsWhole(view string, titles []string) string {
	if w := commonWhole(titles); w != "" {
		return lowerFirstWord(w)
	}
	return Denominator(view, "", indicators.Unit{Kind: indicators.Percent})
}

// commonWhole returns the words all of titles, two or more, open with
// that end where each title's whole ends (wholeAlone) or parts at a
// relative word or a participle; "" if there are none.
func commonWhole(titles []string) string {
	if len(titles) < 2 {
		return ""
	}
	heads := make([][]string, len(titles))
	for i, t := range titles {
		heads[i] = strings.Fields(wholeAlone(t))
		if len(heads[i]) == 0 {
			return ""
		}
	}
	n := len(heads[0])
	for _, h := range heads[1:] {
		k := 0
		for k < n && k < len(h) && strings.EqualFold(h[k], heads[0][k]) {
			k++
		}
		n = k
	}
	if n == 0 {
		return ""
	}
	for _, h := range heads {
		if n < len(h) && !wholeParts(h[n]) {
			// They part later on: the whole ends at the last relative
			// word they share ("Paying Parents using Collect and Pay"
			// of "… who paid over 90% …" and "… who paid up to 90% …",
			// s32c-childmaint), or there is none.
			n = slices.IndexFunc(heads[0][:n], func(w string) bool { return relativeWords[strings.ToLower(w)] })
			if n <= 0 {
				return ""
			}
			break
		}
	}
	return strings.Join(heads[0][:n], " ")
}

// wholeParts reports whether w, the word after a whole in a part's
// title, starts what tells the part apart rather than naming more of the
// whole: a relative word ("whose", "who") or a participle ("allocated").
// "Coal power" and "Coal mining" share no whole "coal".
func wholeParts(w string) bool {
	low := strings.ToLower(w)
	return relativeWords[low] || len(low) > 4 && strings.HasSuffix(low, "ed")
}
