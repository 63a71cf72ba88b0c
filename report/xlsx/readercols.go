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
// at minSmallPrintScale with it (colFits): one more column across the
// page printed the reference book's words 6.4 pt high.
func (b *book) printsCol(i int) bool {
	return onPaper(i) || i == ixCounter && b.counterPrints || i == ixSource && b.sourcePrints || i == ixAgainst && b.used[i]
}

// counterpartAny reports whether some indicator of c has a
// counterpart: the Counterpart column then prints (printsCol) where the
// sheet still prints at minSmallPrintScale with it (balanceWidths,
// colFits), and wherever a title leaves its counterpart unsaid
// (counterpartUnsaid); a book with none hides it outside the outline
// group, so that opening the group shows no empty column
// (counterpartDropped).
//
// The rule: a technical column prints where some row fills it with what
// the row's other printed columns leave a reader to find. Counterpart is
// the one that can: the other place of a flow or share changes what the
// figure is of (s19m-students' "… domiciled in other EU countries,
// share" is from the EU, which printed nowhere). A counterpart its title
// names was kept in the collapsed group, hidden but filled, and the users
// of round AG took the hidden column for one the book kept from them
// (s36g-aid: Pakistan, Ethiopia, Afghanistan and Yemen, in the group);
// the column prints whole where any row fills it, each row's place in
// one column. The others (Measure, Qualifier, Direction, Scale, Section,
// Start, End, Source) restate the Stated, Value, Period and Quote
// columns for tools, and stay in the group.
func counterpartAny(c *indicators.Catalog) bool {
	for i := range c.Indicators {
		if c.Indicators[i].Counterpart != "" {
			return true
		}
	}
	return false
}

// counterpartDropped reports whether Indicators column i is the
// Counterpart column of a book none of whose rows has a counterpart: it
// is hidden outside the collapsed group of technical columns, so that
// the group, opened, shows no empty column (the columns are a contract,
// and stay in the sheet and the CSV).
func (b *book) counterpartDropped(i int) bool {
	return i == ixCounter && !b.used[ixCounter] && b.n > 0
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
