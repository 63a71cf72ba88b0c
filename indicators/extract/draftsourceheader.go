package extract

import (
	"strings"
	"unicode/utf8"
)

// A document's header, beyond its title (drafts12): a title that wraps
// over several lines, a release that opens with a dateline and has no
// title line, and the publisher its header or lead names.

// titleJoins end a line of a title that goes on in the next one:
// "Announcement on Climate Change and".
var titleJoins = lessWords(stopSet(classArticles|classConjunctions|classPrepositions, "&", "–", "—", "-"),
	"from") // as the list was written: no reason known

// unwrapTitle returns title t with the lines it wraps over joined: the
// short lines right after t's own line (60 characters or fewer, no
// closing punctuation, no date, no blank line between), up to the line
// after the last one that ends on a word that joins ("FACT SHEET:
// U.S.-China Joint / Announcement on Climate Change and / Clean Energy
// Cooperation" is one title). A title whose lines end on no such word is
// returned as it is: a short subtitle below it is no part of it.
func unwrapTitle(text, t string) string {
	if t == "" || utf8.RuneCountInString(t) > 60 {
		return t
	}
	lines := strings.Split(text, "\n")
	at := -1
	for i, l := range lines {
		if strings.TrimSpace(strings.Trim(l, "\ufeff\r")) == t {
			at = i
			break
		}
	}
	if at < 0 {
		return t
	}
	parts := []string{t}
	last := -1 // the last part that ends on a joining word
	for i := at; i < len(lines) && len(parts) <= 5; i++ {
		l := strings.TrimSpace(strings.Trim(lines[i], "\ufeff\r"))
		if i > at {
			if l == "" || utf8.RuneCountInString(l) > 60 || strings.ContainsAny(l[len(l)-1:], ".!?;") ||
				isDateLine(l) || isBoilerplate(l) || isBulletLine(lines[i]) {
				break
			}
			parts = append(parts, l)
		}
		f := strings.Fields(l)
		if titleJoins[strings.ToLower(f[len(f)-1])] {
			last = len(parts) - 1
		}
	}
	if last < 0 || last+1 >= len(parts) {
		return t
	}
	return strings.Join(parts[:last+2], " ")
}

// datelineLead matches a release that opens with a dateline and a dash:
// "WASHINGTON, D.C. — The U.S. Department of Energy (DOE) today announced
// …".
var datelineLead = lazyRegexp(`^\s*([A-Z][A-Z .,']{2,40}?)\s+[—–-]\s+(\S.*)`)

// leadOf returns, for a text that opens with a dateline and no title line,
// the dateline and the first clause of the lead after it; ok is false
// otherwise.
func leadOf(text string) (dateline, lead string, ok bool) {
	first := strings.TrimLeft(text, " \n\r\ufeff")
	first = first[:lineEnd(first, 0)]
	sm := datelineLead.FindStringSubmatch(first)
	if sm == nil {
		return "", "", false
	}
	lead, ok = firstClause(sm[2])
	if !ok {
		return "", "", false
	}
	return strings.TrimSpace(first[:strings.Index(first, sm[2])]), lead, true
}

// openingClause returns the first clause of a text's first line, for a
// text with neither a title line nor a dateline ("The American
// agricultural sector posted its best export year ever in 2022 with …"),
// whose opening stands in for its title; ok is false for a first line too
// short or too long to.
func openingClause(text string) (string, bool) {
	for rest := text; rest != ""; {
		rest = strings.TrimLeft(rest, " \n\r\ufeff")
		line := rest[:lineEnd(rest, 0)]
		rest = rest[len(line):]
		if pressFurniture(line) || isDateLine(line) {
			continue // "For Immediate Release", a date: no opening
		}
		lead := ""
		if i := strings.Index(line, ", "); i > 0 && len(strings.Fields(line[:i])) <= 3 {
			lead, line = line[:i+2], line[i+2:] // "Today, …": the clause goes on past it
		}
		clause, ok := firstClause(line)
		if !ok && utf8.RuneCountInString(line) > 160 {
			// A long opening clause stands in up to a word near 120
			// characters: a draft's title, which the comment asks a
			// person to replace.
			cut := strings.LastIndexByte(line[:120], ' ')
			clause, ok = strings.TrimRight(line[:max(cut, 0)], ",;: ")+" …", cut > 0
		}
		return lead + clause, ok
	}
	return "", false
}

// firstClause returns the first clause of the first sentence of lead, of
// 10 to 160 characters.
func firstClause(lead string) (string, bool) {
	for i := 1; i+2 < len(lead); i++ {
		// A full stop before a capital ends the sentence, unless it
		// closes an abbreviation ("U.S. Department").
		if lead[i] == '.' && lead[i+1] == ' ' && lead[i+2] >= 'A' && lead[i+2] <= 'Z' {
			w := lead[strings.LastIndexByte(lead[:i], ' ')+1 : i]
			if !strings.Contains(w, ".") && len(w) > 1 {
				lead = lead[:i]
				break
			}
		}
	}
	for _, sep := range []string{", ", "; "} {
		if i := strings.Index(lead, sep); i > 0 {
			lead = lead[:i]
		}
	}
	lead = strings.TrimRight(lead, ".,;: ")
	if n := utf8.RuneCountInString(lead); n < 10 || n > 160 {
		return "", false
	}
	return lead, true
}

// leadPublisher matches a lead whose subject is a government body that
// announces: "The U.S. Department of Energy (DOE) today announced".
var leadPublisher = lazyRegexp(`^(?:The )?((?:U\.S\. |United States )?(?:Department|Office|Bureau|Agency|Embassy|Mission|Administration)(?: of| for| to)?(?: the)?(?: [A-Z][\w.&'’-]*(?: and| of| for| the)*)*)(?: \(([A-Z][A-Za-z]{1,7})\))? (?:today |this week |recently )?(?:announced|released|launched|published|issued)\b`)

// officeLines name a publisher on a header line of their own.
var officeLines = lazyRegexp(`^(?:The White House|Office of the [A-Z][\w .’'-]*|United States Mission to [A-Z][\w .’'-]*|U\.S\. Embassy (?:in|to) [A-Z][\w .’'-]*|Embassy of the United States[\w ,.’'-]*|(?:U\.S\. )?Department of [A-Z][\w .’'-]*|(?:U\.S\. )?Bureau of [A-Z][\w .’'-]*)$`)

// publisherOf proposes a document's publisher, and the short name the
// text gives it, from the lines of its header above the first date or
// title-like line ("The White House", "Office of the Press Secretary" →
// "The White House, Office of the Press Secretary"; "Office of the United
// States Trade Representative") or, for a release that opens with a
// dateline, from its lead ("The U.S. Department of Energy (DOE) today
// announced" → "U.S. Department of Energy", DOE). evidence quotes what it
// read; all are "" when the text names none.
func publisherOf(text string) (publisher, short, evidence string) {
	if _, lead, ok := leadOf(text); ok {
		if sm := leadPublisher.FindStringSubmatch(lead); sm != nil {
			return sm[1], sm[2], sm[0]
		}
		return "", "", ""
	}
	var names, seen []string
	n := 0
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(strings.Trim(l, "\ufeff\r"))
		if t == "" || isBoilerplate(t) {
			continue
		}
		if n++; n > 12 {
			break
		}
		if isDateLine(t) || isDateLine(strings.TrimSuffix(t, ".")) {
			if len(names) > 0 {
				break
			}
			continue // a reposting site's date above the document's own header block
		}
		if utf8.RuneCountInString(t) > 80 || !officeLines.MatchString(t) {
			if len(names) > 0 {
				break // the header's names are one block
			}
			continue
		}
		seen = append(seen, t)
		if t == "Office of the Press Secretary" && len(names) == 0 {
			names = append(names, "The White House") // the President's press office
		}
		if len(names) == 0 || t != names[len(names)-1] {
			names = append(names, t)
		}
	}
	if len(names) == 0 {
		if name, short, evidence := orgUnderTitle(text); name != "" {
			return name, short, evidence
		}
		// A statistics office's bulletin credits its own figures.
		if name, short, evidence := sourceLinePublisher(text); name != "" {
			return name, short, evidence
		}
		if name, evidence := saidTodayPublisher(text); name != "" {
			return name, name, evidence // "…, Stats NZ said today."
		}
		if ev, ok := absRelease(text); ok {
			return "Australian Bureau of Statistics", "ABS", ev
		}
		if name, evidence := headingOrganisation(text); name != "" {
			return name, name, evidence
		}
		if name, evidence := ukPublisher(text); name != "" {
			return name, "", evidence // "The Department for Work and Pensions has today published"
		}
		if name, short, _, evidence, ok := statementPublisher(text); ok {
			return name, short, evidence // "… published by the Office for National Statistics (ONS)"
		}
		if name, short, _, evidence, ok := contactPublisher(text); ok {
			return name, short, evidence // "Contact: … statistics@ons.gov.uk"
		}
		if name, short, evidence := fromLinePublisher(text); name != "" {
			return name, short, evidence // "From:" / "Department for Transport" (drafts58)
		}
		if name, short, evidence := subjectPublisher(text); name != "" {
			return name, short, evidence // "The Office for National Statistics (ONS) collects data …"
		}
		if name, short, evidence := releasedTodayPublisher(text); name != "" {
			return name, short, evidence // "ONS has released today" (drafts62)
		}
		if name, short, evidence := headerRolePublisher(text); name != "" {
			return name, short, evidence // "Home Office responsible statistician:" (drafts62)
		}
		return "", "", ""
	}
	return strings.Join(names, ", "), "", strings.Join(seen, " / ")
}
