package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A heading is a line that stands alone as a title, with its level: 1 for a
// plain heading, 2 for one numbered as a list ("b. Space").
type heading struct {
	at    int // byte offset of the line
	level int
	text  string
	// runIn marks a run-in heading or a bullet list's parent line (level
	// 3), which holds only up to end.
	runIn bool
	end   int
	// chapter marks a chapter's heading of a statistics release: a line
	// numbered "3." or named "Section 2 –" (drafts54).
	chapter bool
}

// headings finds the lines of text that look like headings: short, alone
// between blank lines, starting with a capital letter and not ending like a
// sentence.
func headings(text string) []heading {
	var out []heading
	lines := strings.SplitAfter(text, "\n")
	off := 0
	prevBlank := true
	for i, l := range lines {
		at := off
		off += len(l)
		t := strings.TrimSpace(strings.TrimRight(l, "\r\n"))
		t = strings.TrimFunc(t, func(r rune) bool { return unicode.IsSpace(r) || r == '\u00a0' })
		blank := t == ""
		nextBlank := i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == ""
		isHead := !blank && prevBlank && (nextBlank || chapterOpener(t, lines, i))
		prevBlank = blank
		if !isHead || utf8.RuneCountInString(t) > 120 || startsBullet(t, 0) || strings.HasPrefix(t, "•") {
			continue
		}
		if _, ok := foreignDateLine(t); ok {
			continue // "20. Juni 2017": a dateline, not a numbered heading
		}
		level := 1
		chapter := sectionWordRe.MatchString(t)
		if k := skipMarker(t, 0, len(t), true); k > 0 {
			chapter = chapterNumberRe.MatchString(t[:k])
			t = strings.TrimFunc(t[k:], func(r rune) bool { return unicode.IsSpace(r) })
			level = 2
		}
		r, _ := utf8.DecodeRuneInString(t)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		if strings.ContainsAny(t[len(t)-1:], ".,;:!?") || isDateLine(t) || leadInEnds[strings.ToLower(lastWord(t))] {
			continue // "The tax gap is estimated to be": a sentence that goes on below, no heading
		}
		// A list item split by a page break goes on after the blank line
		// below it, in lower case (see itemStart).
		if next := at + len(l); next < len(text) && isLowerWord(lastWord(t)) {
			k := next
			for k < len(text) && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k < len(text) && itemStart(text, k) != k {
				continue
			}
		}
		j := strings.Index(text[at:], t)
		if j < 0 {
			continue
		}
		out = append(out, heading{at: at + j, level: level, text: t, chapter: chapter})
	}
	return out
}

// leadInEnds cannot end a heading, which names a topic: a line that ends
// on one of them is the first part of a sentence that goes on below it,
// across the blank line ("The tax gap is estimated to be", "In the year to
// March there were"), a lead-in.
var leadInEnds = stopSet(classArticles|classPrepositions|classConjunctions|classCopulas, "be", "been", "than", "as")

// sectionOf returns the heading path above byte offset at: the nearest
// plain heading, if one follows it the nearest numbered one, and the
// run-in heading or bullet parent whose paragraph or list holds at.
func sectionOf(hs []heading, at int) []string {
	var top, sub, run string
	for _, h := range hs {
		if h.at >= at {
			break
		}
		switch {
		case h.runIn:
			if at < h.end {
				run = h.text
			}
		case h.level == 1:
			top, sub = h.text, ""
		default:
			sub = h.text
		}
	}
	var out []string
	for _, s := range []string{top, sub, run} {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sections returns the headings of text, the run-in headings ("Actual
// Results." at the start of a paragraph) and the bullet lists' parent lines
// ("KEY STATISTICS:"), in order.
func sections(text string) []heading {
	hs := headings(text)
	var extra []heading
	off := 0
	lines := strings.SplitAfter(text, "\n")
	for i, l := range lines {
		at := off
		off += len(l)
		t := strings.TrimRight(l, "\r\n")
		lead := len(t) - len(strings.TrimLeft(t, " \t\u00a0"))
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		// A bullet list's parent: a short line ending with a colon, with
		// bullets below it.
		// One blank line may stand between ("Change in 2013 from 2012:").
		first := i + 1
		if first+1 < len(lines) && strings.TrimSpace(lines[first]) == "" && isBulletLine(lines[first+1]) {
			first++
		}
		if strings.HasSuffix(t, ":") && !isBulletLine(t) && (len(strings.Fields(t)) <= 8 || comparingLeadRe.MatchString(t)) && first < len(lines) && isBulletLine(lines[first]) {
			if leadInClause(t) {
				continue // "In comparison with the previous quarter:": context of the list, no section
			}
			end := off
			for _, nl := range lines[first:] {
				if !isBulletLine(nl) && strings.TrimSpace(nl) != "" && indentOf(nl) == 0 {
					break
				}
				if strings.TrimSpace(nl) == "" {
					break
				}
				end += len(nl)
			}
			extra = append(extra, heading{at: at + lead, level: 3, text: t, runIn: true, end: end})
			continue
		}
		if i > 0 && i+1 < len(lines) && keySection(t, lines[i-1], lines[i+1]) && !slices.ContainsFunc(hs, func(h heading) bool { return h.at == at+lead }) {
			extra = append(extra, heading{at: at + lead, level: 2, text: t}) // "Key results" between lines of text (drafts62)
			continue
		}
		// A run-in heading: a few title-case words and a stop, then text.
		body := t
		if isBulletLine(t) || releasedRe.MatchString(t) || hansardDateRe.MatchString(t) || isMetadataLine(t) {
			continue // "Released: 2022-06-10" is a dateline, never a section
		}
		if k := runInEnd(body); k > 0 {
			end := off
			for _, nl := range lines[i+1:] {
				if strings.TrimSpace(nl) == "" || isBulletLine(nl) {
					break
				}
				end += len(nl)
			}
			extra = append(extra, heading{at: at + lead, level: 3, text: body[:k], runIn: true, end: end})
		}
	}
	extra = append(extra, runOnHeadings(text, append(hs, extra...))...)
	out := slices.DeleteFunc(append(hs, extra...), func(h heading) bool {
		return captionSubtitle(text, h) || pressFurniture(h.text) || pageFurniture.MatchString(strings.ToLower(strings.TrimSpace(h.text))) || headerFurniture.MatchString(strings.ToLower(strings.TrimSpace(h.text))) || isPhotoCaption(h.text) || isNavLink(h.text) || isGovukLabel(h.text) || fileLinkLine(text, h.at) || captionRe.MatchString(h.text)
	})
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].at < out[j-1].at; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	out = oneOfRepeated(text, out)
	out = withoutContentsList(text, out)
	nestUnderParents(text, out)
	chaptersOver(out)
	return out
}

// oneOfRepeated drops a heading that repeats the one just before it with
// nothing but blank lines between (a page's heading and its anchor's
// copy, "Total Recorded Crime" twice): the two are one (drafts52).
func oneOfRepeated(text string, hs []heading) []heading {
	out := hs[:0]
	for i, h := range hs {
		if i > 0 {
			p := hs[i-1]
			if p.text == h.text && p.at+len(p.text) <= h.at && strings.TrimSpace(text[p.at+len(p.text):h.at]) == "" {
				continue
			}
		}
		out = append(out, h)
	}
	return out
}

// nestUnderParents makes a plain heading directly followed by another
// ("The Budget Outlook" over "Deficits", nothing but blank lines between)
// the parent of that heading and of the plain headings after it, up to
// the next such parent: their level becomes 2, under it. The text's first
// heading, its title, is no parent; nor is a heading whose follower is long
// (a subtitle, not a section's name).
func nestUnderParents(text string, hs []heading) {
	parent, first := false, true
	for i := range hs {
		h := &hs[i]
		if h.runIn || h.level != 1 || isBoilerplate(h.text) {
			continue
		}
		title := first
		first = false
		if next, ok := nextPlainHeading(hs, i); ok && !title && strings.TrimSpace(text[h.at+len(h.text):next.at]) == "" && len(strings.Fields(next.text)) <= 6 {
			parent = true
			continue
		}
		if parent {
			h.level = 2
		}
	}
}

// nextPlainHeading returns the heading after hs[i] that is no run-in one
// nor a web page's boilerplate.
func nextPlainHeading(hs []heading, i int) (heading, bool) {
	for _, h := range hs[i+1:] {
		if !h.runIn && !isBoilerplate(h.text) {
			return h, true
		}
	}
	return heading{}, false
}

// runInEnd returns the length of a run-in heading at the start of a line
// ("Actual Results. The program…"): one to six words, each longer word
// capitalized, ending in a period or colon followed by more text; or 0.
func runInEnd(line string) int {
	for k := 0; k < len(line); k++ {
		c := line[k]
		if c != '.' && c != ':' {
			continue
		}
		if k+2 >= len(line) || line[k+1] != ' ' {
			return 0
		}
		words := strings.Fields(line[:k])
		if len(words) == 0 || len(words) > 6 {
			return 0
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && utf8.RuneCountInString(w) > 3 {
				return 0
			}
		}
		if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
			return 0
		}
		// "U.S. exports rose" is not a heading: an abbreviation's stop.
		if k > 0 && unicode.IsUpper(rune(line[k-1])) && k >= 2 && line[k-2] == '.' {
			return 0
		}
		return k + 1
	}
	return 0
}

// isDateLine reports whether a line is a date alone ("April 25, 2014",
// "16 November 2011", "Wednesday, November 16, 2011"), a dateline rather
// than a heading.
func isDateLine(t string) bool {
	if d, ok := releaseDate(t); ok {
		t = d
	}
	if _, ok := abbrevDateLine(t); ok {
		return true
	}
	if _, ok := foreignDateLine(t); ok {
		return true // "20. Juni 2017"
	}
	f := strings.Fields(t)
	if len(f) > 0 && weekdays[strings.ToLower(strings.TrimSuffix(f[0], ","))] {
		f = f[1:]
	}
	if len(f) == 3 && isDigit(f[0][0]) && len(withoutOrdinal(f[0])) <= 2 && isMonth(f[1]) {
		return isDigit(f[2][0]) // "16 November 2011"
	}
	return len(f) >= 2 && len(f) <= 3 && isMonth(f[0]) && isDigit(f[len(f)-1][0])
}

// releasePrefixes open a line that dates a release: "Release Date:
// September 9, 2015 | Next Release Date: October 6, 2015".
var releasePrefixes = []string{"release date", "for immediate release", "released", "for release", "embargoed until", "embargoed to", "date of release", "publication date", "published", "first published", "posted on", "updated", "last updated"}

// isoReleaseRe is a release line's date written year first:
// "2022-06-10".
var isoReleaseRe = lazyRegexp(`^((?:19|20)\d\d)-(\d\d)-(\d\d)$`)

// releaseDate returns the date of a line that says when its document was
// released ("Release Date: September 9, 2015  |  Next Release Date: …" →
// "September 9, 2015"), and whether it is one.
func releaseDate(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if d, ok := creditDate(t); ok {
		return d, true
	}
	if g := hansardDateRe.FindString(t); g != "" {
		t = t[len(g):] // "Volume 691: debated on Thursday 25 March 2021"
		if f := strings.Fields(t); len(f) == 4 && weekdays[strings.ToLower(strings.TrimSuffix(f[0], ","))] {
			t = strings.Join(f[1:], " ")
		}
		return t, true
	}
	t = commaSpaced(t)
	l := strings.ToLower(t)
	for _, p := range releasePrefixes {
		if !strings.HasPrefix(l, p) {
			continue
		}
		rest := strings.TrimLeft(t[len(p):], " :")
		rest = strings.TrimPrefix(rest, "on ") // "Published on 20 June 2024"
		if i := strings.IndexAny(rest, "|;"); i >= 0 {
			rest = rest[:i]
		}
		rest = strings.TrimSpace(rest)
		if g := isoReleaseRe.FindStringSubmatch(rest); g != nil {
			// "Released: 2022-06-10" (drafts54): the month in full.
			if mo, _ := strconv.Atoi(g[2]); mo >= 1 && mo <= 12 {
				n := vocab.Months[mo-1]
				return strings.ToUpper(n[:1]) + n[1:] + " " + strings.TrimPrefix(g[3], "0") + ", " + g[1], true
			}
		}
		if f := strings.Fields(rest); len(f) >= 3 && len(f[0]) <= 2 && isDigit(f[0][0]) && shortMonth(f[1]) > 0 && isDigit4(f[2]) {
			// "Posted On: 07 JAN 2025 8:23PM by PIB Delhi": the date alone.
			mo := f[1]
			if !monthWritten(mo) {
				mo = strings.ToUpper(vocab.Months[shortMonth(mo)-1][:1]) + vocab.Months[shortMonth(mo)-1][1:]
			}
			return f[0] + " " + mo + " " + f[2], true
		}
		if f := strings.Fields(rest); len(f) >= 2 && len(f) <= 4 && (monthWritten(f[0]) || len(f) > 1 && monthWritten(f[1])) {
			return rest, true
		}
		if f := strings.Fields(rest); len(f) == 3 && !monthWritten(f[0]) && shortMonth(f[0]) > 0 && isDigit(f[1][0]) && isDigit4(f[2]) {
			// "Updated: Mar 07, 2020": the month in full.
			n := vocab.Months[shortMonth(f[0])-1]
			return strings.ToUpper(n[:1]) + n[1:] + " " + f[1] + " " + f[2], true
		}
		if _, ok := abbrevDateLine(rest); ok {
			return rest, true // "Published: Fri 9 Aug 2019 10:56 AM"
		}
	}
	return "", false
}

// weekdays may open a dateline ("Wednesday, November 16, 2011").
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true}

// pressFurnitureLines are a press office's header lines: who issues the
// release and how, not sections of it ("The White House", "Office of the
// Press Secretary", "For Immediate Release").
var pressFurnitureLines = map[string]bool{"the white house": true, "office of the press secretary": true, "for immediate release": true,
	"immediate release": true, "office of the spokesperson": true, "media note": true}

// pressFurniture reports whether a heading is a press office's header line,
// or the bare label "FACT SHEET:" of a title that goes on after it.
func pressFurniture(t string) bool {
	l := strings.ToLower(strings.TrimRight(strings.TrimSpace(t), " :."))
	if isCreditLine(t) {
		return true
	}
	return pressFurnitureLines[l] || l == "fact sheet" && strings.HasSuffix(strings.TrimSpace(t), ":")
}

// bulletPrefix returns the length in bytes of the bullet marker and the
// spaces after it that open a sentence ("• North Sea …"), or 0: a quote
// starts at the sentence's first word.
func bulletPrefix(sent string) int {
	for _, b := range []string{"•", "◦", "▪", "‣", "·", "-", "*", "–", "—"} {
		if rest, ok := strings.CutPrefix(sent, b); ok && len(rest) > 0 && (rest[0] == ' ' || rest[0] == '\t') {
			return len(sent) - len(strings.TrimLeft(rest, " \t"))
		}
	}
	return 0
}

// shortMonth returns the number of a month written in full or by its
// first three letters, in any case ("JAN", "Sept."), or 0.
func shortMonth(w string) int {
	return monthNumber(strings.TrimSuffix(w, ".")) // the one month table (review19 #11)
}

// leadInClause reports whether t, a line ending in ":" over a list, opens a
// sentence its items complete ("In comparison with the previous
// quarter:", "Compared with the same month a year earlier:") rather than
// naming a part of the document ("KEY STATISTICS:", "Change in 2013 from
// 2012:"): its first word is a preposition of time or comparison. Such a
// line gives the items under it their context (a period, a base), not a
// section.
func leadInClause(t string) bool {
	f := strings.Fields(t)
	return len(f) > 2 && leadPrepositions[strings.ToLower(f[0])]
}
