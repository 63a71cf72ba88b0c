package extract

import (
	"fmt"
	"strings"
)

// A UK government's releases (drafts46):
//
//	The Department for Work and Pensions has today published … → a
//	national department named in the opening: its country, the UK, is
//	the country of every figure that names no place
//	(a document whose only currency is £) → the UK's
//	(a year written across two, "2019-20", is read by yearsIn as every
//	year across two is: "2019/20", grid22)

// ukGovernmentOf returns why text is a UK government's document: a UK
// body its opening (first 600 bytes) names (ukBodyIn), or £ its only
// currency; or "".
func ukGovernmentOf(text string) string {
	head := text[:min(len(text), 600)]
	if i, j := ukBodyIn(head); i >= 0 {
		return fmt.Sprintf("the UK's %s, which its opening names", head[i:j])
	}
	if strings.Contains(text, "£") && !strings.ContainsAny(text, "$€¥₹") {
		return "£, the document's only currency"
	}
	return ""
}

// ukBodyIn returns where the first UK body of publicBodies (its code GB:
// a department, the ONS) that s names stands, or -1, -1; a body cited as
// a source ("according to the Ministry of Justice") or whose advice the
// publisher acted on (asideBody) is no publisher.
func ukBodyIn(s string) (int, int) {
	best, end := -1, -1
	for _, b := range publicBodies {
		if b.code != "GB" {
			continue
		}
		for _, n := range append([]string{b.name}, b.also...) {
			if i := firstNamed(s, n); i >= 0 && (best < 0 || i < best) {
				best, end = i, i+len(n)
			}
		}
	}
	return best, end
}
