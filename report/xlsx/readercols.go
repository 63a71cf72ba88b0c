package xlsx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// printsCol reports whether Indicators column i (from 0) prints in this
// book, outside the collapsed outline group of technical columns: a
// reader's column (onPaper), or a technical one a reader needs
// (readerNeeds).
//
// A printed row of a book of several sources says which its quote is
// from (a printout did not: review backlog), and what a change is set
// against where some row is set against a forecast or target, which its
// Base leaves empty. A book of one source names it on its Cover and in
// its header: its Source column would only narrow the printed ones (a
// Stated column squeezed to 14 wrapped "21,400 infections" onto two
// lines), as the Section's headings would (TestTechnicalColumnsAddNoLines),
// which stays on screen. The Source column of several sources prints
// only where the sheet, its columns at their least widths, still prints
// at minSmallPrintScale with it (sourceFits): one more column across the
// page printed the reference book's words 6.4 pt high.
func (b *book) printsCol(i int) bool {
	return onPaper(i) || i == ixCounter && b.counterPrints || i == ixSource && b.sourcePrints || i == ixAgainst && b.used[i]
}

// counterpartUnsaid reports whether some indicator of c has a
// counterpart its title does not name (indicators.EntityName, or the
// code where it has no name): the Counterpart column is then one a
// reader needs, and prints (printsCol).
//
// The rule: a technical column prints where some row fills it with what
// the row's printed words do not say. Counterpart is the one that can:
// the other place of a flow or share changes what the figure is of
// (s19m-students' "… domiciled in other EU countries, share" is from the
// EU, which printed nowhere); the others (Measure, Qualifier, Direction,
// Scale, Section, Start, End, Source) restate the Stated, Value, Period
// and Quote columns for tools, and stay in the group. A counterpart its
// title names ("Japan's investment stock in the United States", US) is
// said already, and its column, one more place name across the page,
// would only make the sheet print smaller.
func counterpartUnsaid(c *indicators.Catalog) bool {
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Counterpart == "" {
			continue
		}
		name := indicators.EntityName(ind.Counterpart)
		if name == "" {
			name = ind.Counterpart
		}
		if !strings.Contains(strings.ToLower(ind.Title), strings.ToLower(name)) {
			return true
		}
	}
	return false
}
