package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Headings of a statistics page copied without blank lines, and the
// captions and sub-headings around a release's charts (drafts64):
//
//	1. Main messages for England and Wales   → a chapter, kept with its
//	Annual summary for 2024                    number, and the sub-section
//	- In 2024, there were …                    of the bullets under it
//
//	Mortgage lending (Tables D and E):       → a sub-section (level 2):
//	                                           a short line ending in ":"
//	Mortgage approvals … rose to 70,900 …      before a paragraph
//
//	Chart 1: Loan approvals                  → a caption, and the short
//	                                           line after it is the
//	Seasonally adjusted                        caption's, never a heading

// numberedRe is a numbered chapter line: "1. Main messages for
// England and Wales".
var numberedRe = lazyRegexp(`^\d{1,2}\.\s+\p{Lu}[^.:;!?]*[^.:;!?,\s]$`)

// runOnHeadings returns the headings sections' other rules miss: a
// numbered chapter line inside a block of lines and the short line under
// it that leads a bullet list, and a short line ending in ":" that stands
// alone before a paragraph. hs are the headings already found.
func runOnHeadings(text string, hs []heading) []heading {
	if !strings.Contains(text, ".") && !strings.Contains(text, ":") {
		return nil
	}
	var out []heading
	lines := strings.SplitAfter(text, "\n")
	trim := func(i int) string {
		if i < 0 || i >= len(lines) {
			return ""
		}
		return strings.TrimSpace(lines[i])
	}
	found := func(at int) bool {
		return headingAtOffset(hs, at) || headingAtOffset(out, at)
	}
	off := 0
	for i, l := range lines {
		at := off
		off += len(l)
		t := trim(i)
		if t == "" || len(t) > 120 {
			continue
		}
		lead := strings.Index(l, t)
		prev, next := trim(i-1), trim(i+1)
		switch {
		case prev != "" && next != "" && numberedRe.MatchString(t) && len(strings.Fields(t)) <= 11 &&
			!numberedRe.MatchString(next) && !numberedRe.MatchString(prev) && !isBulletLine(prev) && !found(at+lead):
			out = append(out, heading{at: at + lead, level: 2, text: t, chapter: true})
		case prev != "" && shortHeadingLine(t) && bulletLineAt(lines, i+1) && !found(at+lead) && (numberedRe.MatchString(prev) || found(off-len(l)-len(lines[i-1])+strings.Index(lines[i-1], prev))):
			// The short line under a chapter's heading, over its bullets.
			end := off
			for _, nl := range lines[i+1:] {
				if !isBulletLine(nl) {
					break
				}
				end += len(nl)
			}
			out = append(out, heading{at: at + lead, level: 3, text: t, runIn: true, end: end})
		case prev == "" && next == "" && strings.HasSuffix(t, ":") && len(strings.Fields(t)) <= 8 && !isBulletLine(t) &&
			startsUpper(t) && !captionRe.MatchString(t) && !releasedRe.MatchString(t) && !isMetadataLine(t) && !found(at+lead):
			// The next line that is not blank is a paragraph, not a list.
			j := i + 1
			for j < len(lines) && trim(j) == "" {
				j++
			}
			if j < len(lines) && !isBulletLine(lines[j]) && len(trim(j)) > 120 {
				out = append(out, heading{at: at + lead, level: 2, text: t})
			}
		}
	}
	return out
}

// bulletLineAt reports whether lines[i] is a bullet's line.
func bulletLineAt(lines []string, i int) bool { return i < len(lines) && isBulletLine(lines[i]) }

// shortHeadingLine reports whether t could name a sub-section: a few
// words, a capital first, no final stop and no bullet.
func shortHeadingLine(t string) bool {
	if t == "" || isBulletLine(t) || len(strings.Fields(t)) > 6 || strings.ContainsAny(t[len(t)-1:], ".,;:!?") {
		return false
	}
	return startsUpper(t) && !isDateLine(t)
}

// startsUpper reports whether t opens with a capital letter.
func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// headingAtOffset reports whether a heading of hs starts at byte at.
func headingAtOffset(hs []heading, at int) bool {
	for _, h := range hs {
		if h.at == at {
			return true
		}
	}
	return false
}

// captionSubtitle reports whether the heading h is the short line right
// after a chart's caption ("Chart 1: Loan approvals", then "Seasonally
// adjusted"): the caption's, never a heading.
func captionSubtitle(text string, h heading) bool {
	if len(strings.Fields(h.text)) > 4 || h.at == 0 {
		return false
	}
	before := strings.TrimRight(text[:h.at], " \t\r\n")
	ls := strings.LastIndexByte(before, '\n') + 1
	return captionRe.MatchString(before[ls:])
}
