package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A count at yearend is read on the year's last day (drafts68):
//
//	At yearend 2022, … had jurisdiction over 1,230,100 persons → 2022-12-31
//	… an increase of 25,100 persons from yearend 2021 (1,205,100 persons)
//	→ the change 2022-12-31 with base 2021-12-31; the figure in brackets
//	after "from yearend 2021" is the reading at 2021-12-31
//
// Only the one word "yearend" (or "year-end" right before the year) names
// the day; "at end-2026" and "at the end of 2026" keep their year or, for
// a rate, the month (yearEndMonth).

// yearendDayRe is a reading at a year's last day: "at yearend 2022",
// "from yearend 2021", "to year-end 2022".
var yearendDayRe = lazyRegexp(`(?i)\b(at|from|to|since|by) (?:yearend|year-end) ((?:19|20)\d\d)\b`)

// A yearendAt is one "at yearend YYYY" of a sentence: where it is, its
// preposition and the day it names.
type yearendAt struct {
	start, end int
	prep       string
	day        indicators.Period
}

// yearendsIn returns the yearend readings of the document in text[from:to],
// read once for the whole document.
func (d *docDraft) yearendsIn(from, to int) []yearendAt {
	if d.yearends == nil {
		text := d.src.Text
		var all []yearendAt
		if strings.Contains(text, "yearend") || strings.Contains(text, "year-end") || strings.Contains(text, "Yearend") || strings.Contains(text, "Year-end") {
			for _, g := range yearendDayRe.FindAllStringSubmatchIndex(text, -1) {
				y, _ := strconv.Atoi(text[g[4]:g[5]])
				all = append(all, yearendAt{start: g[0], end: g[1], prep: strings.ToLower(text[g[2]:g[3]]),
					day: indicators.Period{From: indicators.Date{Year: y, Month: time.December, Day: 31}}})
			}
		}
		d.yearends = &all
	}
	var out []yearendAt
	for _, e := range *d.yearends {
		if from <= e.start && e.end <= to {
			out = append(out, e)
		}
	}
	return out
}

// yearendClaim dates a figure of a sentence that reads counts at yearend
// by the day: the figure in brackets right after "from yearend Y" by Y's
// last day; a change measured "from yearend B" by the sentence's other
// yearend, with base B's last day; any other figure of year Y by Y's last
// day when the sentence reads at yearend Y.
func (d *docDraft) yearendClaim(cl *claim, m Mention) {
	text := d.src.Text
	ends := d.yearendsIn(m.Sentence.Start, m.Sentence.End)
	if len(ends) == 0 {
		return
	}
	ind := &cl.ind
	for _, e := range ends {
		if e.end <= m.Span.Start && strings.TrimSpace(text[e.end:m.Span.Start]) == "(" {
			ind.Period, cl.fieldNotes["period"] = e.day, fmt.Sprintf("%q: the reading in brackets is at that yearend", text[e.start:e.end])
			declare(cl.fieldNotes, "period", "period/yearendClaim#1")
			return
		}
	}
	if ind.Measure == indicators.Change {
		for _, e := range ends {
			if e.prep != "from" && e.prep != "since" || e.start < m.Span.End || len(strings.Fields(text[m.Span.End:e.start])) > 4 {
				continue
			}
			for _, o := range ends {
				if o.day.From.Year > e.day.From.Year && o.prep != "from" && o.prep != "since" {
					ind.Period, ind.Base = o.day, e.day
					cl.fieldNotes["period"] = fmt.Sprintf("%q and %q: a change at yearend, measured from the earlier yearend", text[o.start:o.end], text[e.start:e.end])
					declare(cl.fieldNotes, "period", "period/yearendClaim#2")
					return
				}
			}
		}
	}
	if !ind.Period.IsYear() {
		return
	}
	for _, e := range ends {
		if e.day.From.Year == ind.Period.From.Year && e.prep != "from" && e.prep != "since" {
			ind.Period = e.day
			cl.fieldNotes["period"] = fmt.Sprintf("%q: a count read on the year's last day", text[e.start:e.end])
			declare(cl.fieldNotes, "period", "period/yearendClaim#3")
			if ind.Base.IsYear() {
				for _, b := range ends {
					if b.day.From.Year == ind.Base.From.Year {
						ind.Base = b.day
					}
				}
			}
			return
		}
	}
}
