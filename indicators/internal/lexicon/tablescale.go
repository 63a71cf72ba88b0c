package lexicon

import (
	"strings"
	"sync"
)

// A TableScale is how a table's header says that its cells are written in
// a scale: "'000" over a column of trips in thousands.
type TableScale struct {
	Mark string // as written, matched without regard to ASCII case
	Exp  int    // the power of ten the cells are multiplied by
}

// thousandMarks are the marks of a table in thousands that name no scale
// word, with every apostrophe a document may set before "000".
var thousandMarks = []string{"'000", "‘000", "’000", "(000s)", "000s"}

// TableScales returns the marks of a table's scale: thousandMarks, each
// plural scale word in brackets ("(thousands)", "(millions)"), and each
// currency sign (CurrencySigns) before each scale word or abbreviation
// (Scales), glued or apart ("£m", "$bn", "US$ million", "€ billion"; a
// bracket around one, "($bn)", holds the mark). Verify reads them in the
// header lines above a bare figure quoted from a table: a catalog may give
// such a figure a scale only where one stands there, and must where one
// does. A bare "in thousands" is no mark: prose writes it ("homes in
// thousands of villages").
var TableScales = sync.OnceValue(func() []TableScale {
	var out []TableScale
	for _, m := range thousandMarks {
		out = append(out, TableScale{m, 3})
	}
	for _, sc := range Scales {
		if sc.Plural {
			out = append(out, TableScale{"(" + sc.Word + ")", sc.Exp})
		}
	}
	for _, sign := range CurrencySigns() {
		if !strings.ContainsFunc(sign.Sign, func(r rune) bool { return r > 0x7f || r == '$' }) {
			continue // "y=": a wire service's yen, no header's
		}
		for _, sc := range Scales {
			if sc.Plural {
				continue
			}
			out = append(out, TableScale{sign.Sign + sc.Word, sc.Exp}, TableScale{sign.Sign + " " + sc.Word, sc.Exp})
		}
	}
	return out
})

// SpanColumns are the headers of a table's column that names no period of
// its own but the span of the columns of periods beside it: the total over
// them, or the running total to the latest of them ("Category | July to
// Sept 2024 | … | April to June 2025 | Year to date"). Matched whole,
// without regard to ASCII case.
var SpanColumns = []string{"total", "totals", "year to date", "ytd", "year-to-date", "total to date", "annual total", "year total", "total for the year", "sum"}
