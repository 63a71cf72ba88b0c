package indicators

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A change with no base whose sentence says what it is compared with
// ("as compared to the same period of 2008", a list under "In the year to
// August 2022:") takes a notice saying the base to write: without one the
// outputs print "down 11.0%" with no "from … to …" (s17j-ports,
// s17j-benefits).

// baseSaid returns the words of the quote's sentence, or of the lead-in
// line above its list, that compare a change with a base
// (lexicon.ComparedWithPhrases with a year after, or
// lexicon.YearBackPhrases), and the base they give for period (NotStated
// where they give none); said is "" when they name none.
func baseSaid(text string, sp Span, period Period) (said string, base Period) {
	if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
		return "", NotStated
	}
	for _, ctx := range []string{sentenceAround(text, sp), leadInAbove(text, sp.Start)} {
		low := lowerASCII(foldString(ctx))
		for _, w := range lexicon.ComparedWithPhrases {
			i := strings.Index(low, w)
			if i < 0 {
				continue
			}
			if y, end := yearWithin(low[i+len(w):], 40); y > 0 {
				return strings.TrimSpace(ctx[i : i+len(w)+end]), shiftYears(period, y-period.From.Year)
			}
		}
		for _, w := range lexicon.YearBackPhrases {
			i := strings.Index(low, w)
			if i < 0 {
				continue
			}
			end := i + len(w)
			if _, e := yearWithin(low[end:], 20); strings.HasSuffix(w, " ") && e > 0 {
				end += e // "year to August 2022"
			}
			return strings.TrimSpace(ctx[i:end]), shiftYears(period, -1)
		}
	}
	return "", NotStated
}

// yearWithin returns the first year (1800–2099) standing as a word in the
// first n bytes of s, before any sentence end, and where it ends; 0 if none.
func yearWithin(s string, n int) (int, int) {
	if len(s) > n {
		s = s[:n]
	}
	if k := strings.IndexAny(s, ".;:"); k >= 0 {
		s = s[:k]
	}
	for i := 0; i+4 <= len(s); i++ {
		if (i > 0 && isAlnum(s[i-1])) || (i+4 < len(s) && isAlnum(s[i+4])) {
			continue
		}
		if y, err := strconv.Atoi(s[i : i+4]); err == nil && y >= 1800 && y < 2100 {
			return y, i + 4
		}
	}
	return 0, 0
}

// shiftYears returns p moved by k years, or NotStated where p is not
// stated or k does not move it back.
func shiftYears(p Period, k int) Period {
	if !p.IsStated() || k >= 0 || p.UpTo {
		return NotStated
	}
	p.From.Year += k
	if !p.To.IsZero() {
		p.To.Year += k
	}
	p.From.Day, p.To.Day = 0, 0 // a day a year back may not exist (29 February)
	return p
}

// sentenceAround returns the sentence of text that holds the span sp:
// from the end of the sentence or line before it to the end of the one it
// ends in.
func sentenceAround(text string, sp Span) string {
	start := 0
	for _, stop := range []string{". ", "\n"} {
		if i := strings.LastIndex(text[:sp.Start], stop); i >= 0 && i+len(stop) > start {
			start = i + len(stop)
		}
	}
	end := len(text)
	for _, stop := range []string{". ", "\n"} {
		if i := strings.Index(text[sp.End:], stop); i >= 0 && sp.End+i < end {
			end = sp.End + i
		}
	}
	return text[start:end]
}

// leadInAbove returns the line that leads in a list holding the text at
// at ("In the year to August 2022:" above its bullets): the first line
// above, past blank lines and other items, that ends in a colon; or "".
func leadInAbove(text string, at int) string {
	lines := strings.Split(text[:at], "\n")
	if len(lines) < 2 {
		return ""
	}
	for k := len(lines) - 2; k >= 0 && k >= len(lines)-12; k-- {
		l := strings.TrimSpace(lines[k])
		switch {
		case l == "" || strings.HasPrefix(l, "•") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "* "):
			continue
		case strings.HasSuffix(l, ":"):
			return l
		}
		return ""
	}
	return ""
}

// missingBase says what to write for a change with no base whose
// sentence names what it is compared with (baseSaid), or "".
func (c *Catalog) missingBase(ind *Indicator) string {
	if ind.Measure != Change || ind.Base.IsStated() {
		return ""
	}
	for _, p := range ind.Provenance {
		src, ok := c.Source(p.Source)
		if !ok {
			continue
		}
		said, base := baseSaid(src.Text, p.Span, ind.Period)
		if said == "" {
			continue
		}
		if base.IsStated() {
			return fmt.Sprintf("a change with no base, and its sentence says %q: write base: %s, the period it is compared with (the outputs then say \"from %s to %s\")", said, base, base.Label(), ind.Period.Label())
		}
		return fmt.Sprintf("a change with no base, and its sentence says %q: write base: the period it is compared with (as period is written, such as 2021-08)", said)
	}
	return ""
}
