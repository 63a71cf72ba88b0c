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
// written form; the year is the same. One document's years across two
// are written one way: where one of them must take the slash (the
// document writes "2008-09", whose "09" a catalog reads as a month), all
// do, bases too ("2018/19" beside "2008/09", never "2018-19").
func (d *docDraft) yearDashes(out []claim) []claim {
	memo := map[int]bool{}
	slashed := false // a drafted year the document writes with a hyphen must take the slash
	for i := range out {
		for _, p := range []indicators.Period{out[i].ind.Period, out[i].ind.Base} {
			if out[i].skip == "" && p.Split && !p.Dash {
				if yy := (p.From.Year + 1) % 100; yy >= 1 && yy <= 12 && dashCount(d.src.Text, p.From.Year) > slashCount(d.src.Text, p.From.Year) {
					slashed = true
				}
			}
		}
	}
	dash := func(p *indicators.Period) {
		if !p.Split {
			return
		}
		if slashed {
			p.Dash = false
			return
		}
		if p.Dash {
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
	return dashCount(text, y) > slashCount(text, y)
}

// dashCount returns how often text writes the year across two that
// starts in y with a hyphen or dash ("2016-17", "2016–17"); slashCount
// how often with a slash ("2016/17").
func dashCount(text string, y int) int {
	return strings.Count(text, fmt.Sprintf("%d-%02d", y, (y+1)%100)) + strings.Count(text, fmt.Sprintf("%d–%02d", y, (y+1)%100))
}

func slashCount(text string, y int) int {
	return strings.Count(text, fmt.Sprintf("%d/%02d", y, (y+1)%100))
}
