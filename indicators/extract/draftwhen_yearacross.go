package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A survey's year on its title line (fixL, the kind of a statistics
// office's survey release):
//
//	4177.0 - Participation in Sport and Physical Recreation, Australia,
//	2009-10 Quality Declaration → every figure that names no time of its
//	own is of the year across two 2009/10, the year the survey ran, never
//	a running total up to the release's day nor "not stated"
//
// The title writes the year as the office does ("2009-10", "2009/10",
// "2009–10", "2021-22"): a year and the next year's last two digits, after a
// separator, a release's noun or a place (titleYearLead), wherever the line goes
// on after it (the page's "Quality Declaration").

// titleYearAcross returns the year across two that title, a release's
// title line, names for its figures, and the words; false when it names
// none, or more than one.
func titleYearAcross(title string) (indicators.Period, string, bool) {
	var p indicators.Period
	var words string
	for _, g := range fiscalYearText.FindAllStringSubmatchIndex(title, -1) {
		y, _ := strconv.Atoi(title[g[2]:g[3]])
		yy, _ := strconv.Atoi(title[g[4]:g[5]])
		if yy != (y+1)%100 {
			continue
		}
		if words != "" {
			return indicators.Period{}, "", false // two years across two: neither is the release's
		}
		words = title[g[0]:g[1]]
		if !titleYearLead(title[:g[0]]) {
			continue // "Budget 2024-25 delivers": a name's year, not the release's
		}
		p = indicators.SplitYear(y)
		// Written with a hyphen as the title writes it ("2021-22"), where
		// that cannot read as a month ("2009-10" is written "2009/10").
		p.Dash = !strings.Contains(words, "/") && (yy < 1 || yy > 12)
	}
	if !p.IsStated() {
		return indicators.Period{}, "", false
	}
	if l := strings.ToLower(title); strings.Contains(l, "fiscal") || strings.Contains(l, "budget") {
		p = indicators.FiscalYearAcross(p.From.Year) // "Budget 2024-25": a fiscal year
	}
	return p, words, true
}

// titleYearAcrossOf returns titleYearAcross of title, as a fiscal year
// in a Government of India release, whose "2023-24" is FY2023-24
// (indiaFiscalClaim).
func (d *docDraft) titleYearAcrossOf(title string) (indicators.Period, string, bool) {
	p, words, ok := titleYearAcross(title)
	if ok && d.homeOfDoc().india {
		p = indicators.FiscalYearAcross(p.From.Year)
	}
	return p, words, ok
}

// titleYearAcrossNote is the period note of a figure dated by the year
// across two its release's title line names.
func titleYearAcrossNote(p indicators.Period, words string) string {
	return fmt.Sprintf("%s, the year across two the release's title names (%q)", p, words)
}
