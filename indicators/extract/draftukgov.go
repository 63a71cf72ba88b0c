package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A UK government's releases (drafts46):
//
//	The Department for Work and Pensions has today published … → a
//	national department named in the opening: its country, the UK, is
//	the country of every figure that names no place
//	(a document whose only currency is £) → the UK's
//	Between 2018-19 and 2019-20 … In 2019-20, median incomes grew … → in
//	a UK government's document a year written across two is the
//	financial year, FY2019-20, where the document never writes the year
//	it ends in alone; a sport's or crop's "2023-24 season" stays a season

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

// seasonNear matches the words that make a year across two a season:
// "the 2023-24 season", "crop year 2023-24".
var seasonNear = lazyRegexp(`(?i)\b(?:season|seasons|crop|harvest|marketing year|campaign)\b`)

// ukFiscalClaim makes a UK government document's "2019-20" the
// financial year FY2019-20 where the draft read the year it ends in, as
// period or base, when the document never writes that year alone.
func (d *docDraft) ukFiscalClaim(cl *claim) {
	if !d.homeOfDoc().uk && !d.acrossYearRelease() {
		return
	}
	ind := &cl.ind
	if p, ok := d.ukFiscal(ind.Period); ok {
		ind.Period = p
		if why := cl.fieldNotes["period"]; why != "" {
			cl.fieldNotes["period"] = why + "; " + p.String() + ", the UK's financial year, April to March"
		}
	}
	if b, ok := d.ukFiscal(ind.Base); ok {
		ind.Base = b
	}
}

// ukFiscal returns the financial year across two that the document writes
// for a calendar year p, if it writes it that way only.
func (d *docDraft) ukFiscal(p indicators.Period) (indicators.Period, bool) {
	if !p.IsStated() || p.IsSpan() || p.From.Month != 0 || p.Fiscal {
		return p, false
	}
	y := p.From.Year
	across := false
	for _, r := range d.docYears() {
		if r.period.From.Year != y && r.period.To.Year != y {
			continue
		}
		words := d.src.Text[r.start:r.end]
		if len(words) == 4 {
			return p, false // the year alone: a calendar year
		}
		if len(words) == 7 && words[:4] == fmt.Sprint(y-1) && words[5:] == fmt.Sprintf("%02d", y%100) {
			near := d.src.Text[max(0, r.start-30):min(len(d.src.Text), r.end+30)]
			if seasonNear.MatchString(near) {
				return p, false
			}
			across = true
		}
	}
	if !across {
		return p, false
	}
	return indicators.FiscalYearAcross(y - 1), true
}
