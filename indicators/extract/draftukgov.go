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

// ukDepartmentRe is a department of the UK government, named in a
// document's opening: "The Department for Work and Pensions", "HM
// Treasury", "the Office for National Statistics".
var ukDepartmentRe = lazyRegexp(`\b(?:Department for (?:Work and Pensions|Transport|Education|Business(?: and Trade)?|Environment, Food (?:and|&) Rural Affairs|Levelling Up, Housing (?:and|&) Communities|Culture, Media (?:and|&) Sport|Energy Security (?:and|&) Net Zero|Science, Innovation (?:and|&) Technology|International Development|International Trade)|Department of Health and Social Care|HM Treasury|HM Revenue (?:and|&) Customs|Office for National Statistics|Ministry of Housing, Communities (?:and|&) Local Government)\b`)

// ukGovernmentOf returns why text is a UK government's document: a UK
// department its opening (first 600 bytes) names, or £ its only
// currency; or "".
func ukGovernmentOf(text string) string {
	if g := ukDepartmentRe.FindString(text[:min(len(text), 600)]); g != "" {
		return fmt.Sprintf("the UK's %s, which its opening names", g)
	}
	if strings.Contains(text, "£") && !strings.ContainsAny(text, "$€¥₹") {
		return "£, the document's only currency"
	}
	return ""
}
