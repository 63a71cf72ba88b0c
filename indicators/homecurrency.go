package indicators

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// homeCurrency says what to write for a figure stated with a bare currency
// sign ("$12 billion") and no unit, in a source whose address names a
// country that writes that sign for its own currency (lexicon.HomeSigns),
// or "". The rule: a bare "$" is read as the US dollar, so where the
// source is Australian (abs.gov.au) the catalog must say which dollar it
// means, with unit: AUD, or unit: USD where the document means US dollars;
// verify does not guess. A sign with letters ("A$", "US$", "$US") says
// its currency itself.
func homeCurrency(ind *Indicator, sources []Source) string {
	if ind.Stated == "" || ind.Unit.Kind != Money {
		return ""
	}
	for _, p := range ind.Provenance {
		src, ok := sourceByID(sources, p.Source)
		if !ok {
			continue
		}
		home := SourceHome(src.URL)
		for _, h := range lexicon.HomeSigns {
			if h.Country != home || !bareSign(ind.Stated, h.Sign) || ind.Unit.Currency.String() == h.Code {
				continue
			}
			shown := lexicon.DollarSigns[h.Code]
			if shown == "" {
				shown = h.Code
			}
			return fmt.Sprintf("%q would be held as %s, what a bare %q means alone, but the source is on %s, where a bare %q is %s's own currency: write unit: %s (shown %q), or unit: %s where the document means %s",
				ind.Stated, ind.Unit.Currency, h.Sign, sourceHost(src.URL), h.Sign, EntityName(home), h.Code, shown, ind.Unit.Currency, ind.Unit.Currency)
		}
	}
	return ""
}

// bareSign reports whether s writes the currency sign with no letter
// glued to it on either side: "$12 billion" and "about $5m" do, "A$12
// billion", "US$5m" and "$US55 million" do not.
func bareSign(s, sign string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], sign)
		if i < 0 {
			return false
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(sign):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
			return true
		}
		from = i + len(sign)
	}
}

// sourceByID returns the source of sources with the ID id.
func sourceByID(sources []Source, id string) (Source, bool) {
	for _, s := range sources {
		if s.ID == id {
			return s, true
		}
	}
	return Source{}, false
}

// sourceHost returns the host of a web address, without "www.":
// "abs.gov.au".
func sourceHost(url string) string { return strings.TrimPrefix(urlHost(url), "www.") }
