package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A change that points back to the level before it (drafts66, the kind
// of a monthly release's "This is N percent above …"):
//
//	Privately owned housing starts in August were at a … rate of
//	1,364,000. This is 12.3 percent (±10.2 percent) above the revised
//	July estimate of 1,215,000, but is 6.6 percent … above the August 2018
//	rate of 1,279,000. → both changes are of 2019-08, the level's month;
//	their bases are 2019-07 and 2018-08
//	Single-family housing starts in August were at a rate of 919,000;
//	this is 4.4 percent … above the revised July figure of 880,000 → a
//	clause after ";" points back as a sentence does
//	Sales of new single-family houses in June 2024 were at a … rate of
//	617,000 … This is 0.6 percent (±14.6 percent)* below the revised May
//	rate of 621,000 (new residential sales)
//
// "This is", "this represents" restate or compare the figure before: the
// change is of that figure's period, never of the month it is compared
// with, and the words "above/below the [revised] <Month> [YYYY] <rate>"
// name its base.

// pointBackLeadRe is the whole of a clause's words before a figure that
// point back to the figure before it, in lower case: "this is", "that
// was", "this represents", and a second change of the same clause,
// "this is 7.7 percent (±1.2 percent) above … and is". "This is well
// above the 2016 to 2017 increase of 1.1%" compares with the figure
// after it; "This is because …" explains.
var pointBackLeadRe = lazyRegexp(`^(?:this|that) (?:is|was|represents|represented)(?: [^;]*,? (?:and|but) (?:is|was))?$`)

// pointBackClause returns where the clause of a figure starts (after its
// sentence's last ";" before it) and whether it opens by pointing back.
func pointBackClause(text string, m Mention) (int, bool) {
	start := m.Sentence.Start
	if i := strings.LastIndexByte(text[start:m.Span.Start], ';'); i >= 0 {
		start += i + 1
	}
	lead := strings.ToLower(strings.TrimSpace(text[start:m.Span.Start]))
	return start, pointBackLeadRe.MatchString(lead)
}

// comparedMonthBase returns the month a change of period p is compared
// with by its own words after it, and those words: a month named without
// its year is the latest such month not after p's.
func comparedMonthBase(own string, p indicators.Period) (indicators.Period, string, bool) {
	if p.From.Month == 0 || p.IsSpan() {
		return indicators.Period{}, "", false
	}
	bs := readBases(own)
	if len(bs) == 0 || bs[0].start > 30 || strings.Contains(own[:bs[0].start], ";") || bs[0].month == 0 {
		return indicators.Period{}, "", false
	}
	b := bs[0]
	mo := b.month
	y := p.From.Year
	if b.year != 0 {
		y = b.year
	} else if mo >= p.From.Month {
		y--
	}
	base := indicators.Period{From: indicators.Date{Year: y, Month: mo}}
	if base == p {
		return indicators.Period{}, "", false
	}
	return base, b.base, true
}

// pointBackPeriods dates the figures of out whose clause points back
// ("This is 7.7 percent above …") by the period of the last figure
// before that clause in its paragraph, and gives the changes among them
// the base month their own words name.
func (d *docDraft) pointBackPeriods(out []claim) {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		m, ok := d.mentionStated(cl)
		if !ok {
			continue
		}
		start, ok := pointBackClause(text, m)
		if !ok {
			continue
		}
		ps := paragraphStart(text, start)
		prev := -1
		for j := i - 1; j >= 0; j-- {
			o := &out[j]
			if o.skip != "" || len(o.ind.Provenance) == 0 {
				continue
			}
			om, ok := d.mentionStated(o)
			if !ok || om.Span.End > start {
				continue
			}
			if om.Span.Start < ps {
				break
			}
			prev = j
			break
		}
		if prev < 0 || !out[prev].ind.Period.IsStated() {
			continue
		}
		p := out[prev].ind.Period
		if cl.ind.Period != p {
			cl.ind.Period = p
			cl.fieldNotes["period"] = fmt.Sprintf("%q points back to %s, of %s", strings.TrimSpace(text[start:start+min(len(text)-start, 8)]), out[prev].ind.Stated, p)
			declare(cl.fieldNotes, "period", "period/pointBackPeriods")
		}
		if base, w, ok := comparedMonthBase(text[m.Span.End:m.Sentence.End], p); ok && cl.ind.Measure == indicators.Change {
			cl.ind.Base, cl.fieldNotes["base"] = base, fmt.Sprintf("%q: %s", w, base)
			declare(cl.fieldNotes, "base", "base/pointBackPeriods")
		}
	}
}
