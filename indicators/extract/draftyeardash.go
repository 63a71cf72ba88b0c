package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// yearDashes writes each year across two of the drafted claims (a Split
// period or base) as the document writes it: with a hyphen
// (indicators.Period.Dash, "2016-17") where the document writes that
// year so more often than with a slash ("2016/17"). Dash is only the
// written form; the year is the same.
func (d *docDraft) yearDashes(out []claim) []claim {
	memo := map[int]bool{}
	dash := func(p *indicators.Period) {
		if !p.Split || p.Dash {
			return
		}
		y := p.From.Year
		w, seen := memo[y]
		if !seen {
			w = writesYearDash(d.src.Text, y)
			memo[y] = w
		}
		p.Dash = w
	}
	for i := range out {
		if out[i].skip != "" {
			continue
		}
		dash(&out[i].ind.Period)
		dash(&out[i].ind.Base)
	}
	return out
}

// writesYearDash reports whether text writes the year across two that
// starts in y with a hyphen or dash ("2016-17", "2016–17") more often than
// with a slash ("2016/17"). A year whose second part reads as a month
// ("2009-10" is October 2009 in a catalog) is never written with one.
func writesYearDash(text string, y int) bool {
	yy := (y + 1) % 100
	if yy >= 1 && yy <= 12 {
		return false
	}
	form := func(sep string) int { return strings.Count(text, fmt.Sprintf("%d%s%02d", y, sep, yy)) }
	return form("-")+form("–") > form("/")
}
