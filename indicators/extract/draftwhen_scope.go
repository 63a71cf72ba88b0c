package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A scope line says once which year a release's figures are of, and what
// its changes are measured from (drafts68):
//
//	All figures relate to 2022 and the change between 2021 and 2022
//	unless otherwise stated → every figure after it without a year of
//	its own is of 2022, and a change among them has base 2021
//
// "The change between A and B" there is a change's base A and end B,
// never a span that a level is of.

// scopeLineRe is a scope line: the year the figures "relate to" (or
// "refer to", "are for") and, optionally, the years the changes run
// between.
var scopeLineRe = lazyRegexp(`(?i)\b(?:figures|data|statistics|estimates|results)\b[^.\n]{0,30}?\b(?:relates?|refers?|are for|is for) (?:to )?(?:the (?:calendar )?year )?((?:19|20)\d\d)\b(?:[^.\n]{0,30}?\bchanges? (?:between|from) ((?:19|20)\d\d) (?:and|to) ((?:19|20)\d\d)\b)?`)

// A scopeLine is a scope line of a document: its bytes, the year it dates
// figures by, the base it gives changes (zero if none), and why.
type scopeLine struct {
	start, end   int
	period, base indicators.Period
	why          string
}

// scopeLines returns the scope lines of the document, read once.
func (d *docDraft) scopeLines() []scopeLine {
	if d.scopes != nil {
		return *d.scopes
	}
	text := d.src.Text
	var out []scopeLine
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := text[ls:le]
		at := ls
		if ls = le + 1; !strings.Contains(line, " relate") && !strings.Contains(line, " refer") && !strings.Contains(line, " are for ") && !strings.Contains(line, " is for ") {
			continue
		}
		out = append(out, scopeLinesIn(text, at, le)...)
	}
	d.scopes = &out
	return out
}

// scopeLinesIn returns the scope lines of text[from:to].
func scopeLinesIn(text string, from, to int) []scopeLine {
	var out []scopeLine
	for _, g := range scopeLineRe.FindAllStringSubmatchIndex(text[from:to], -1) {
		for i := range g {
			if g[i] >= 0 {
				g[i] += from
			}
		}
		y, _ := strconv.Atoi(text[g[2]:g[3]])
		s := scopeLine{start: g[0], end: g[1], period: indicators.YearPeriod(y)}
		s.why = fmt.Sprintf("%q: the year the figures are of", text[g[0]:g[3]])
		if g[4] >= 0 {
			a, _ := strconv.Atoi(text[g[4]:g[5]])
			if b, _ := strconv.Atoi(text[g[6]:g[7]]); b == y && a < b {
				s.base = indicators.YearPeriod(a)
				s.why = fmt.Sprintf("%q: the year the figures are of, with base %d for a change", text[g[0]:g[1]], a)
			}
		}
		out = append(out, s)
	}
	return out
}

// scopeYear returns the year a scope line holding the free year r dates
// the figures after it by, the base it gives their changes (zero when it
// names none), and why. It is false when r is in no scope line.
func (d *docDraft) scopeYear(r yearRef) (indicators.Period, indicators.Period, string, bool) {
	for _, s := range d.scopeLines() {
		if s.start <= r.start && r.end <= s.end {
			return s.period, s.base, s.why, true
		}
	}
	return indicators.Period{}, indicators.Period{}, "", false
}

// scopeBefore returns what the last scope line before byte at says, for a
// figure that no year of its sentence, paragraph or heading dates.
func (d *docDraft) scopeBefore(at int) (indicators.Period, indicators.Period, string, bool) {
	lines := d.scopeLines()
	for i := len(lines) - 1; i >= 0; i-- {
		if s := lines[i]; s.end <= at {
			return s.period, s.base, s.why, true
		}
	}
	return indicators.Period{}, indicators.Period{}, "", false
}
