package indicators

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// rateFrame returns where the text that frames ind's first quote names
// the rate per span its unit gives it (lexicon.RatePhrases: "per week",
// "weekly"), written for a notice ("the heading
// \"…\"", "the title line \"…\"", "the lead \"…\"", "the source's title
// \"…\""), or "". A release about weekly spending says "per week" once,
// in its title or lead, for all its figures, as it says its period or
// place once (s24s-spending): the paragraph of the quote, its headings,
// the line leading in its list ("Weekly spending by category:"), its
// headings, the text's first line and first sentence, and the source's
// title frame it, nearest first. A sentence beside the quote does not:
// its rate is its own figure's.
func (c *Catalog) rateFrame(ind *Indicator, span string) string {
	if len(ind.Provenance) == 0 || lexicon.RatePhrases[span] == nil {
		return ""
	}
	p := ind.Provenance[0]
	src, ok := c.Source(p.Source)
	if !ok {
		return ""
	}
	type frame struct{ what, text string }
	var frames []frame
	if t := src.Text; p.Span.Start >= 0 && p.Span.Start <= len(t) {
		frames = append(frames, frame{"the line leading in its list", leadInAbove(t, p.Span.Start)})
	}
	for k := len(p.Section) - 1; k >= 0; k-- {
		frames = append(frames, frame{"the heading", p.Section[k]})
	}
	if t := strings.TrimLeft(src.Text, " \t\r\n"); t != "" {
		title, rest, _ := strings.Cut(t, "\n")
		frames = append(frames, frame{"the title line", strings.TrimSpace(title)})
		for _, para := range strings.Split(rest, "\n\n") {
			if para = strings.TrimSpace(para); strings.HasSuffix(para, ".") || strings.Contains(para, ". ") {
				lead, _, _ := strings.Cut(para, ". ")
				frames = append(frames, frame{"the lead", strings.TrimSuffix(lead, ".")})
				break
			}
		}
	}
	frames = append(frames, frame{"the source's title", src.Title})
	for _, f := range frames {
		if f.text != "" && rateNamed(f.text, span) {
			return f.what + " " + strconv.Quote(f.text)
		}
	}
	return ""
}

// rateNotices gives the notices of a rate per span of time that the
// frame, not the quote, says, and of one the quote says and the catalog
// drops (s24s-spending):
//
//   - a unit per week whose quotes do not say "per week" but whose
//     paragraph, heading, title or lead does (rateFrame) verifies, and
//     the notice says where the rate was read;
//   - a figure the quote writes with a rate after it ("£474 per week")
//     given no rate (stated "£474", unit GBP) is told what to write, as
//     every output would otherwise drop the rate.
func (c *Catalog) rateNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Stated == "" || len(ind.Provenance) == 0 {
			continue
		}
		_, u, err := ParseStatedAs(ind.Stated, ind.Measure)
		if err != nil || u.Per != "" {
			continue
		}
		if per := ind.Unit.Per; per != "" {
			named := slices.ContainsFunc(ind.Provenance, func(p Provenance) bool { return rateNamed(p.Quote, per) })
			if where := c.rateFrame(ind, per); !named && where != "" {
				c.addField(&l, ind.ID, "unit", ErrMismatch, fmt.Sprintf("unit %q takes %q from %s, which frames the figure; no quote of it says so (a quote that does makes the rate the figure's own)",
					unitWord(ind.Unit), "per "+per, where))
			}
			continue
		}
		span, phrase := rateAfterFigure(ind.Provenance[0].Quote, ind.Stated)
		if span == "" {
			continue
		}
		write := fmt.Sprintf("stated: %q", ind.Stated+" "+phrase)
		if _, ru, err := ParseStatedAs(ind.Stated+" "+phrase, ind.Measure); err != nil || ru.Per != span {
			// "£2.2 billion each year": the rate goes in the unit.
			with := ind.Unit
			if with.IsZero() {
				with = u
			}
			with.Per = span
			write = "unit: " + unitWord(with)
		}
		c.addField(&l, ind.ID, "stated", ErrMismatch, fmt.Sprintf("the quote writes %q, a rate per %s, but the catalog gives the figure no rate, and every output would drop it: write %s",
			ind.Stated+" "+phrase, span, write))
	}
	return l
}

// rateAfterFigure returns the span of time and the words of a rate
// (lexicon.RatePhrases) that follow the figure stated in quote ("week",
// "per week" of "£474 per week in 2010"), or "": a phrase that says when
// ("a year ago", "a year earlier") is no rate.
func rateAfterFigure(quote, stated string) (string, string) {
	q := foldString(quote)
	i := indexWord(q, foldString(stated))
	if i < 0 {
		return "", ""
	}
	rest := strings.ToLower(strings.TrimLeft(q[i+len(foldString(stated)):], " "))
	spans := slices.Sorted(maps.Keys(lexicon.RatePhrases))
	for _, span := range spans {
		for _, ph := range lexicon.RatePhrases[span] {
			after, ok := strings.CutPrefix(rest, ph)
			if !ok || !strings.Contains(ph, " ") || after != "" && isAlnum(after[0]) {
				continue
			}
			if next, _, _ := strings.Cut(strings.TrimLeft(after, " "), " "); slices.Contains(lexicon.RateArticleStops, strings.Trim(next, ".,;")) {
				continue // "a year ago"
			}
			return span, ph
		}
	}
	return "", ""
}
