package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The genre's pattern: a page that dates itself "Updated 26 September
// 2023" or "Last updated: 5 March 2024" (GOV.UK, most statistics
// offices' web pages) gives the date of its latest revision, not the day
// it was issued; the issue date is a "Published" or "First published"
// line, when the page has one. The revision date still dates the
// document's words ("this year"); only the source's issued field leaves
// it out.

// revisionPrefixes open a line that dates a revision of a page; they are
// among releasePrefixes, which read the date.
var revisionPrefixes = []string{"updated", "last updated"}

// revisionDate returns the first date line near the top of text that
// dates a revision, and the first that dates the issue, each as written
// ("" when there is none).
func revisionDate(text string) (revised, issued string) {
	lines := strings.SplitN(text, "\n", 16)
	for _, l := range lines[:min(15, len(lines))] {
		if _, ok := releaseDate(l); !ok {
			continue
		}
		t := strings.TrimSpace(l)
		rev := false
		for _, p := range revisionPrefixes {
			rev = rev || strings.HasPrefix(strings.ToLower(t), p)
		}
		switch {
		case rev && revised == "":
			revised = t
		case !rev && issued == "":
			issued = t
		}
	}
	return revised, issued
}

// issuedNotes sets the source's issued date from the dateline, unless the
// dateline is a revision's date: then from the page's line of first
// publication, or not at all; and returns the notes that say which.
func (d *docDraft) issuedNotes(id string) []string {
	if d.dateline.IsZero() {
		return nil
	}
	revised, issued := revisionDate(d.src.Text)
	if revised == "" {
		d.source.Issued = d.dateline
		return []string{fmt.Sprintf("source %s: issued %s, from the dateline", id, d.dateline)}
	}
	if rd, _ := releaseDate(revised); datelineOf(rd) != d.dateline {
		d.source.Issued = d.dateline
		return []string{fmt.Sprintf("source %s: issued %s, from the dateline", id, d.dateline)}
	}
	if id2, _ := releaseDate(issued); issued != "" && !datelineOf(id2).IsZero() {
		d.source.Issued = datelineOf(id2)
		return []string{fmt.Sprintf("source %s: issued %s, from %q (%q is the date of a revision)", id, d.source.Issued, issued, revised)}
	}
	d.source.Issued = indicators.Date{}
	return []string{fmt.Sprintf("source %s: no issued date: %q is the date of a revision, not of issue; add the date the page was first published", id, revised)}
}
