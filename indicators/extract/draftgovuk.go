package extract

import "strings"

// GOV.UK and Hansard page furniture (drafts46):
//
//	Accredited official statistics (a line above the title) → a status
//	label, never the title or a heading ("Official statistics",
//	"National Statistics", "Experimental statistics", "Press release",
//	"News story" alike)
//	Reported road casualties …: April to June 2014 tables
//	Request an accessible format. → a file's link, never a heading
//	Volume 691: debated on Thursday 25 March 2021 → Hansard's date line:
//	the issued date, never a section

// govukLabels are GOV.UK's labels of a page's kind and status, lower
// case.
var govukLabels = map[string]bool{"accredited official statistics": true, "official statistics": true, "national statistics": true,
	"experimental statistics": true, "official statistics in development": true, "press release": true, "news story": true,
	// Its page formats, above a publication's title (drafts50).
	"research and analysis": true, "transparency data": true, "policy paper": true, "corporate report": true, "independent report": true,
	"statistical data set": true, "impact assessment": true, "consultation outcome": true, "guidance": true}

// isGovukLabel reports whether a line is a GOV.UK label of a page's kind.
func isGovukLabel(line string) bool {
	return govukLabels[strings.ToLower(strings.TrimSpace(line))]
}

// hansardDateRe opens Hansard's date line: "Volume 691: debated on".
var hansardDateRe = lazyRegexp(`^Volume \d{1,4}: debated on `)

// fileLinkLine reports whether the heading at byte at of text is a file's
// link: the next line that is not blank says "Request an accessible
// format."
func fileLinkLine(text string, at int) bool {
	e := lineEnd(text, at)
	rest := strings.TrimLeft(text[e:], " \t\r\n")
	return strings.HasPrefix(rest, "Request an accessible format")
}

// ukPublishedRe is a UK department that publishes what its opening
// reports: "The Department for Work and Pensions has today published".
var ukPublishedRe = lazyRegexp(`\b(?:has |have )?` + publishWhen + `(?:` + publishVerbs + `)\b`)

// publishVerbs are the verbs of a body's publishing of a page, and
// publishWhen the optional day before them: "has today published", "has
// released". ukPublishedRe and releasedTodayRe62 (draft62_source.go) both
// read them.
const (
	publishVerbs = `published|released|announced|publishes|releases`
	publishWhen  = `(?:today |this morning |this week )?`
)

// ukPublisher returns the UK department whose publishing a document's
// opening (first 600 bytes) reports, and the words; or "", "".
func ukPublisher(text string) (string, string) {
	head := text[:min(len(text), 600)]
	i, j := ukBodyIn(head)
	if i < 0 {
		return "", ""
	}
	g := []int{i, j}
	p := ukPublishedRe.FindStringIndex(head[g[1]:])
	if p == nil || p[0] > 1 {
		return "", ""
	}
	return head[g[0]:g[1]], head[g[0] : g[1]+p[1]]
}
