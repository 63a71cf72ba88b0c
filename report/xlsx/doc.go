// Package xlsx writes a catalog of claims as an Excel briefing book: the
// workbook analysts hand to decision makers, with every figure of a
// document, how each derived figure is computed, and where each was said.
//
// The book has five sheets:
//
//   - Cover, the sheet it opens on: the title in A1, the source (title,
//     publisher, issue date, URL, SHA-256 of its text), a contents list
//     linking to each sheet, and the headline figures as the document states
//     them ("$279 billion", "nearly $350 billion"), each linked to its row.
//   - Indicators: one row per indicator, as an Excel table with a frozen
//     header. The header words (indicators.IndicatorColumns: the reader's
//     columns ID, Title, Stated, Value, Low, High, Unit, Period, Base, Quote,
//     Notes, which print one page wide with Entities and Status, then the
//     technical ones, Counterpart to Source, collapsed in two outline
//     groups either side of Status, each a "+" on the column after it,
//     that print nothing and open on screen) are a contract for tools that read the book
//     and equal indicators.CSVHeader. Numbers are numbers at full
//     magnitude, the scale shown by the number format (`$#,##0,,," billion"`);
//     Start and End are Unicode code point offsets into the source text, as
//     in the JSON export. The quote is also a note on the value cell (Low
//     for a range).
//   - Derived: each derived indicator as an Excel formula over the defined
//     names, with its value cached so that readers that do not recalculate
//     show it.
//   - Chart data: the formulas the Charts sheet draws, one row per bar;
//     grouped bars' rows in the native chart's order, and its axis labels,
//     are on the hidden Chart layout sheet, which the grouped charts read.
//   - Sources: the Our World in Data origin fields of each source and the
//     SHA-256 of its text; an optional field no source gives (date
//     accessed, citation, …) has no column.
//   - Charts: each chart view as a native chart, a range as a floating bar
//     (an invisible low segment and a visible high − low one), hedged
//     figures in a lighter colour; beside it the PNG of Options.Charts.
//
// One storage rule for every sheet: a number is held at full magnitude
// and a percent as the fraction it is (12% as 0.12, a fall below zero),
// on the Indicators, Derived, Series and Chart data sheets alike; number
// formats show it ("12%", `#,##0%`), on the cells, the native charts'
// data labels and their value axes. And one rule for a measure's word:
// every figure the book writes is in the words of indicators.MeasureWords
// ("241,553 tonnes", "15,040 hectares"), as the slide images and the deck
// write it, never the symbol ("t", "ha") beside them; the Stated and
// Quote columns keep the document's own words, and the Unit column the
// catalog's code.
//
// Every indicator has a defined name, DefinedName of its ID
// (US_JAPAN_TRADE_2014), referring to its Value cell; a range has NAME_LOW
// and NAME_HIGH for its ends and NAME for the two cells. Derived indicators
// have names the same way, on the Derived sheet. An ID that a spreadsheet
// would misread as a name (true, a1, r1c1, 2015-target, print_area) gets a
// leading underscore, and the Cover says so; IDs with one name (us-trade
// and us_trade) are an error.
//
// Only http and https URLs are hyperlinks; any other URL a catalog holds
// (javascript:, file:, a UNC path) is plain text. Links within the book
// and the references of charts name a sheet and a cell, never text from
// the catalog.
//
// Text is always written as text: a quote starting with = + - @ or a tab is
// a string cell, never a formula. Characters XML cannot carry are an error
// (*TextError); text over MaxCellChars is cut with a marker that says so.
//
// The same catalog and Options give the same bytes: parts are written in
// sorted order with fixed timestamps and fixed document properties, unless
// Options.Stamp asks for a build time.
//
// The Indicators sheet is written with excelize's stream writer for what
// excelize must know of it (dimension, column widths, frozen header, the
// header row, the table, the notes), but its data rows are not: they are
// written as the sheet goes into the zip, spliced before </sheetData>, as
// the same XML the stream writer writes, and the defined names likewise
// into xl/workbook.xml. Neither is ever held in memory, so WriteSeq, which
// takes the bulk of the indicators from an iterator, builds a book of a
// million indicators in a few seconds and some 70 MB, most of it the Go
// runtime and excelize; what grows with the catalog is 8 bytes per defined
// name, for the check that names are distinct. The benchmarks
// (bench_test.go) measure it against excelize's stream writer alone.
package xlsx
