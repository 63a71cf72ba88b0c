package indicators

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// rateFramed reports whether the text that frames ind's first quote
// names the rate per span its unit gives it (lexicon.RatePhrases: "per
// week", "weekly"). A release about weekly spending says "per week" once,
// in its title or lead, for all its figures, as it says its period or
// place once (s24s-spending): the line leading in the quote's list
// ("Weekly spending by category:"), its headings, the text's first line
// and first sentence, and the source's title frame it. A sentence beside
// the quote, even in its paragraph, does not: its rate is its own
// figure's. A rate so framed verifies as one a quote says, with no
// notice: the catalog has nothing to write, and a notice would fail
// every such catalog under -strict.
func (c *Catalog) rateFramed(ind *Indicator, span string) bool {
	return lexicon.RatePhrases[span] != nil && c.framed(ind, true, func(f string) bool { return rateNamed(f, span) })
}

// framed reports whether named holds of a text that frames ind's first
// quote: the line leading in the quote's list and its headings, and, with
// whole, the text's first line and first sentence and the source's title,
// as rateFramed reads them. A base ("per staff year") a list's lead-in
// names is framed so (unitNamedMsg); a whole release is about one span
// ("weekly spending") more often than about one base.
func (c *Catalog) framed(ind *Indicator, whole bool, named func(frame string) bool) bool {
	if len(ind.Provenance) == 0 {
		return false
	}
	p := ind.Provenance[0]
	src, ok := c.Source(p.Source)
	if !ok {
		return false
	}
	frames := slices.Clone(p.Section)
	if l, ok := leadInOf(src, p); ok {
		frames = append(frames, l)
	}
	if t := strings.TrimLeft(src.Text, " \t\r\n"); t != "" && whole {
		title, rest, _ := strings.Cut(t, "\n")
		frames = append(frames, title)
		for _, para := range strings.Split(rest, "\n\n") {
			if para = strings.TrimSpace(para); strings.HasSuffix(para, ".") || strings.Contains(para, ". ") {
				lead, _, _ := strings.Cut(para, ". ")
				frames = append(frames, lead)
				break
			}
		}
	}
	if whole {
		frames = append(frames, src.Title)
	}
	return slices.ContainsFunc(frames, named)
}

// leadInOf returns the line leading in the list that holds p's quote in
// src (leadInAbove), and whether the quote could be placed: at its span,
// or where it stands once in the text, as verify reads frames before
// Locate sets the span.
func leadInOf(src *Source, p Provenance) (string, bool) {
	at := p.Span
	if at.Start < 0 {
		if sp, n := findQuote(src.Text, p.Quote); n == 1 {
			at = sp
		}
	}
	if at.Start < 0 || at.Start > len(src.Text) {
		return "", false
	}
	return leadInAbove(src.Text, at.Start), true
}

// rateNotices gives a notice for each figure the quote writes with a
// rate after it ("£474 per week") that the catalog gives no rate (stated
// "£474", unit GBP), with what to write, as every output would otherwise
// drop the rate (s24s-spending).
func (c *Catalog) rateNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Stated == "" || len(ind.Provenance) == 0 || ind.Unit.Per != "" {
			continue
		}
		_, u, err := ParseStatedAs(ind.Stated, ind.Measure)
		if err != nil || u.Per != "" {
			continue
		}
		span, phrase := rateAfterFigure(ind.Provenance[0].Quote, ind.Stated)
		counted, noun := false, ""
		if span == "" && ind.Unit.Kind == Count && u.IsZero() {
			// "5,100 new requests per day" with stated "5,100" and unit:
			// request (s28y round): the rate after the counted noun, a
			// word of newness before it or not (lexicon.NewnessWords).
			for _, w := range append([]string{""}, lexicon.NewnessWords...) {
				noun = strings.TrimSpace(w + " " + Plural(ind.Unit.Name))
				if span, phrase = rateAfterFigure(ind.Provenance[0].Quote, ind.Stated+" "+noun); span != "" {
					break
				}
			}
			counted = span != ""
		}
		if span == "" {
			continue
		}
		write := fmt.Sprintf("stated: %q", ind.Stated+" "+phrase)
		_, ru, err := ParseStatedAs(ind.Stated+" "+phrase, ind.Measure)
		if p := c.ipos[ind.ID]; err == nil && p != nil && p.unit.IsValid() {
			// A unit written apart (unit: GBP) would disagree with the
			// rate stated reads: the advice writes both.
			write += " and unit: " + unitWord(ru)
		}
		if err != nil || ru.Per != span || counted {
			// "£2.2 billion each year", "5,100 new requests per day":
			// the rate goes in the unit.
			with := ind.Unit
			if with.IsZero() {
				with = u
			}
			with.Per = span
			write = "unit: " + unitWord(with)
		}
		said := ind.Stated + " " + phrase
		if counted {
			said = ind.Stated + " " + noun + " " + phrase
		}
		c.addField(&l, ind.ID, "stated", ErrMismatch, fmt.Sprintf("the quote writes %q, a rate per %s, but the catalog gives the figure no rate, and every output would drop it: write %s",
			said, span, write))
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
			after = after[lexicon.MarkerAt(after):] // "per day2": a footnote's mark glued to the rate
			if !ok || !strings.Contains(ph, " ") && !strings.HasSuffix(ph, "ly") || after != "" && isAlnum(after[0]) {
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
