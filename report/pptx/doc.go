// Package pptx writes the chart views of an indicators catalog as a
// PowerPoint deck (PresentationML, .pptx), 16:9, for the analyst who
// presents the claims of a document rather than hands out the book.
//
// The deck has a title slide (the source's title, its publisher and date,
// and how many figures, computed figures and charts the catalog
// holds) and then one slide per chart view, in the catalog's order:
//
//   - the view's title as the slide title;
//   - the view's chart image, a PNG from Options.Charts, fitted to the
//     slide at its own aspect ratio, with the title and source line as alt
//     text; without one, the view's figures as text, as the document
//     states them. The slide's title and source line are text a user can
//     edit, so the image should not repeat them: report/chart renders it
//     so with Options{Embed: true, Width: ChartWidth, Height: ChartHeight,
//     DPI: ChartDPI}, as claimbook build does;
//   - a view whose bar labels would shrink below BodyFloor (14 points)
//     to fit is drawn over several slides (Options.Parts, from
//     report/chart.Parts), each titled "… (1 of 2)", its bars in the
//     view's order on one axis;
//   - the source line, in the words of the chart footer: "Source: The White
//     House, Office of the Press Secretary, FACT SHEET: …, 28 April 2015";
//   - speaker notes with the provenance of every figure: its title and
//     figure as stated, the verbatim quote, its section, the source's title
//     and URL, and the quote's span in Unicode code points (as the exports
//     count), then the indicators' and the view's notes. A derived figure
//     gives its formula and then the provenance of its inputs; a chart
//     slide's notes name each derived figure computed from its figures.
//
// The deck closes with "All claims" slides, every claim of the catalog one
// line each, and then, if the catalog has derived figures, slides titled
// DerivedTitle that list them, kept apart from the document's claims:
// each figure as its inputs allow, its formula over its inputs' IDs and
// the slides of its inputs, and in the notes what its inputs allow
// (indicators.Result.Allowed) or why it cannot be bounded.
//
// Slides returns that content without writing a file.
//
// The package is written by hand, part by part, after ECMA-376 Part 1:
// [Content_Types].xml, the package and part relationships, document
// properties, the presentation, one slide master with one layout (Title
// Only), a notes master, a theme for each, the slides, their notes slides
// and the chart images. Catalog text is always escaped character data,
// never markup; characters XML 1.0 cannot carry are an error (*TextError)
// naming the item and field that hold them.
//
// The same catalog and Options give the same bytes: the parts are written
// in sorted order with one fixed timestamp and fixed document properties,
// unless Options.Stamp asks for a build time.
package pptx
