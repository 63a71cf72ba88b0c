package indicators

import (
	"fmt"
	"slices"
	"strings"
)

// A UK release writes "GB" for Great Britain, the United Kingdom less
// Northern Ireland, wherever it sets the two apart: "71% were from NI, 4%
// from GB" (s19m-students). The code GB is the United Kingdom, so an
// entity or counterpart GB whose quote writes "GB" as a place beside
// Northern Ireland takes a notice: did you mean GB-GBN (Great Britain)?
// Only where plain: the quote writes "GB" as a word after no number ("50
// GB" is gigabytes), and Northern Ireland stands beside it, in the quote's
// sentence ("NI", "Northern Ireland") or as the indicator's entity
// (GB-NIR).

// greatBritainNotice returns the field (entities or counterpart) whose GB
// its quote writes for Great Britain, and the notice, or "".
func (c *Catalog) greatBritainNotice(ind *Indicator) (field, msg string) {
	switch {
	case ind.Counterpart == "GB":
		field = "counterpart"
	case slices.Contains(ind.Entities, "GB"):
		field = "entities"
	default:
		return "", ""
	}
	for _, p := range ind.Provenance {
		if !gbAsPlace(p.Quote) {
			continue
		}
		sentence := p.Quote
		if src, ok := c.Source(p.Source); ok && p.Span.Start >= 0 && p.Span.End <= len(src.Text) && p.Span.Start <= p.Span.End {
			sentence = sentenceAround(src.Text, p.Span)
		}
		ni := ""
		switch {
		case hasWord(sentence, "NI"):
			ni = `"NI"`
		case hasWord(lowerASCII(sentence), "northern ireland"):
			ni = `"Northern Ireland"`
		case slices.Contains(ind.Entities, "GB-NIR"):
			ni = "Northern Ireland (entity GB-NIR)"
		default:
			continue
		}
		write := "counterpart: GB-GBN"
		if field == "entities" {
			write = "entities: [" + strings.Join(replaced(ind.Entities, "GB", "GB-GBN"), ", ") + "]"
		}
		return field, fmt.Sprintf("%s GB is the United Kingdom, but the quote writes \"GB\" beside %s, where a UK release means Great Britain (the United Kingdom less Northern Ireland): did you mean \"GB-GBN\" (Great Britain)? write %s",
			field, ni, write)
	}
	return "", ""
}

// gbAsPlace reports whether quote writes "GB" as a word for a place: not
// after a number ("50 GB", "50GB" of a data cap).
func gbAsPlace(quote string) bool {
	for i := 0; ; {
		j := strings.Index(quote[i:], "GB")
		if j < 0 {
			return false
		}
		j += i
		i = j + 2
		if j > 0 && isAlnum(quote[j-1]) || j+2 < len(quote) && isAlnum(quote[j+2]) {
			continue
		}
		before := strings.TrimRight(quote[:j], " (")
		if before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9' {
			continue
		}
		if w := lastWord(before); strings.HasSuffix(lowerASCII(w), "bytes") {
			continue // "50 gigabytes (GB)"
		}
		return true
	}
}

// replaced returns list with every old written new.
func replaced(list []string, old, new string) []string {
	out := slices.Clone(list)
	for i, s := range out {
		if s == old {
			out[i] = new
		}
	}
	return out
}

// greatBritainNotices returns a notice, at its field, for each indicator
// whose GB its quote writes for Great Britain (greatBritainNotice).
func (c *Catalog) greatBritainNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if field, msg := c.greatBritainNotice(ind); msg != "" {
			c.addField(&l, ind.ID, field, ErrMismatch, msg)
		}
	}
	return l
}
