package extract

import "strings"

// Who publishes a statistics page, read from its own words (drafts62):
//
//	ONS has released today national life tables for 2010-2012 → the
//	Office for National Statistics
//	Home Office responsible statistician: … / Forthcoming releases: Home
//	Office statistics release calendar → the Home Office
//
// Only bodies of publicBodies (draftbodies.go) are read.

var (
	// releasedTodayRe is a body's release of the page itself: "ONS has
	// released today", "The Home Office has today published".
	releasedTodayRe = lazyRegexp(`^(?:the )?(?:has|have) ` + publishWhen + `(?:` + publishVerbs + `)\b(?: today)?`)
	// headerRoleRe is a header line naming the body that publishes the
	// page: "Home Office responsible statistician:", "Home Office
	// statistics release calendar".
	headerRoleRe = lazyRegexp(`^(?:[A-Z][\w ]{0,40}: )?(?:the )?(.+?)(?:'s|’s)? (?:responsible statistician|lead statistician|statistics release calendar|release calendar|statistical release)\b`)
)

// bodyNames returns the names a body of publicBodies goes by in running
// text: its name, its other names and its short form.
func bodyNames(b publicBody) []string {
	ns := append([]string{b.name}, b.also...)
	if b.short != "" {
		ns = append(ns, b.short)
	}
	return ns
}

// releasedTodayPublisher returns the body of publicBodies that the first
// paragraphs of text say have released the page today, and the words.
func releasedTodayPublisher(text string) (name, short, evidence string) {
	head := text[:min(len(text), 3000)]
	for _, b := range publicBodies {
		for _, n := range bodyNames(b) {
			for at := 0; ; {
				k := indexPhrase(head[at:], n)
				if k < 0 {
					break
				}
				k += at
				rest := strings.TrimLeft(head[k+len(n):], " ")
				if g := releasedTodayRe.FindString(rest); g != "" {
					return b.name, b.short, n + " " + g
				}
				at = k + len(n)
			}
		}
	}
	return "", "", ""
}

// headerRolePublisher returns the body of publicBodies that a line of the
// page's header names as its statistician's or release calendar's, and
// the line.
func headerRolePublisher(text string) (name, short, evidence string) {
	lines := strings.SplitN(text, "\n", 21)
	for _, l := range lines[:min(20, len(lines))] {
		t := strings.TrimSpace(l)
		g := headerRoleRe.FindStringSubmatch(t)
		if g == nil {
			continue
		}
		for _, b := range publicBodies {
			for _, n := range bodyNames(b) {
				if strings.EqualFold(g[1], n) {
					return b.name, b.short, t
				}
			}
		}
	}
	return "", "", ""
}

// metadataLabelRe is the label of a statistics page's header line of
// metadata: "Telephone: 0300 123 3535", "Email: …", "Media enquiries: …",
// "Home Office responsible statistician: …", "Frequency of release: …".
var metadataLabelRe = lazyRegexp(`(?i)^(?:` + phoneLabels + `|e-?mail|website|web|media enquiries|press enquiries|public enquiries|press office|contact|contacts|frequency of release|forthcoming releases|next release|next update|release date|date of release|published|statistician|[\w ]{0,40}(?:responsible|lead|chief) statistician|statistical contact)\s*:\s*\S`)

// isMetadataLine reports whether the line t is a "Label: value" line of a
// page's header, never a heading or a section.
func isMetadataLine(t string) bool {
	t = strings.TrimSpace(t)
	if c := strings.IndexByte(t, ':'); c < 0 || c > 60 {
		return false
	}
	return metadataLabelRe.MatchString(t)
}

// keySectionRe is a statistics page's section line set without blank
// lines around it: "Key results", "1. In this release:", "1. Incident
// summary".
var keySectionRe = lazyRegexp(`(?i)^(?:` + keyHeadingWords + `|\d{1,2}\. [A-Z][\w’' ]{2,50})\s*:?$`)

// keySection reports whether the line t, between the lines before and
// after it, is a section heading that no blank line sets apart: a short
// line of keySectionRe with text right below it.
func keySection(t, before, after string) bool {
	if len(t) > 60 || strings.HasSuffix(t, ".") {
		return false
	}
	b, a := strings.TrimSpace(before), strings.TrimSpace(after)
	if b == "" || a == "" || isBulletLine(a) || len(strings.Fields(t)) > 7 || !keySectionRe.MatchString(t) || isMetadataLine(t) {
		return false
	}
	return len(a) > 60 || strings.HasSuffix(a, ":")
}
