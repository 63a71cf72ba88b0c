package extract

import (
	"strings"
	"unicode/utf8"
)

// The chapters of a statistics release (drafts54):
//
//	3. Main Findings: Recorded Crimes and Offences in Scotland / Total
//	Recorded Crime → a numbered chapter over the plain headings in it:
//	the section is [Main Findings: …, Total Recorded Crime]
//	Key points / • 24,100 fires … → the genre's own chapter names, and a
//	numbered chapter line, are headings with the text right under them
//	Contents / 1. Main points / 2. Results … then 1. Main points again →
//	a contents list's copy of a heading is no section of any figure

// chapterNumberRe is a chapter's number: "3." (a list's letter or a
// number in brackets is not one).
var chapterNumberRe = lazyRegexp(`^\s*\d{1,2}\.\s*$`)

// sectionWordRe is a statistics release's own name of a chapter, or a
// chapter named by its number: "Key points", "Section 2 – Results".
var sectionWordRe = lazyRegexp(`^(?:(?:Key|Main) (?:points|findings|facts|results|messages|statistics)|Summary|Headlines|Introduction|Background|Results|Commentary|Overview|Section \d{1,2}(?: [–—:-] .+)?|Chapter \d{1,2}(?: [–—:-] .+)?)$`)

// chapterOpener reports whether line i of lines, t, trimmed, is a
// chapter's heading that the text follows without a blank line: one of
// the genre's chapter names, or a short numbered line ("3. Main
// findings") that the next line does not go on as a list.
func chapterOpener(t string, lines []string, i int) bool {
	if utf8.RuneCountInString(t) > 80 || strings.ContainsAny(t[len(t)-1:], ".,;:!?") {
		return false
	}
	if sectionWordRe.MatchString(t) {
		return true
	}
	k := skipMarker(t, 0, len(t), true)
	if k == 0 || !chapterNumberRe.MatchString(t[:k]) || len(strings.Fields(t[k:])) > 8 || strings.ContainsAny(t[k:], "0123456789%$£€") {
		return false
	}
	next := strings.TrimSpace(lines[i+1])
	return skipMarker(next, 0, len(next), true) == 0 || isBulletLine(next) // "1. Goods" over "2. Services" is a list
}

// withoutContentsList drops the headings of a contents list: a heading
// with nothing but blank lines before the next heading, whose text a
// later heading repeats.
func withoutContentsList(text string, hs []heading) []heading {
	var later map[string]int
	out := hs[:0]
	for i, h := range hs {
		if i+1 < len(hs) && !h.runIn && strings.TrimSpace(text[min(h.at+len(h.text), hs[i+1].at):hs[i+1].at]) == "" {
			if later == nil {
				later = map[string]int{}
				for j, o := range hs {
					if !o.runIn {
						later[o.text] = j
					}
				}
			}
			if later[h.text] > i {
				continue // "1. Main points" in the contents, again in the body
			}
		}
		out = append(out, h)
	}
	return out
}

// chaptersOver makes a release's numbered chapters the top of its
// sections when a plain heading follows one of them: the chapters become
// plain headings, and the plain headings after the first chapter the
// numbered ones under them, from the first chapter on.
func chaptersOver(hs []heading) {
	first, over := -1, false
	for i, h := range hs {
		if h.runIn || !h.chapter || h.level != 2 {
			continue
		}
		if first < 0 {
			first = i
		}
		if next, ok := nextPlainHeading(hs, i); ok && next.level == 1 && !next.chapter {
			over = true
			break
		}
	}
	if !over {
		return
	}
	for i := first; i < len(hs); i++ {
		h := &hs[i]
		switch {
		case h.runIn:
		case h.chapter:
			h.level = 1
		default:
			h.level = 2
		}
	}
}
