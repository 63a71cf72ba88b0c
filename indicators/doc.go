// Package indicators is claimbook's model of the numeric claims of policy
// documents, with the catalogs that hold them and their verification.
//
// A claim is an Indicator: a Quantity (a value, or a range low..high, with
// the document's own hedge as a Qualifier, the Direction of a change, and
// the Scale word it was written with), a Unit (money in an ISO 4217
// currency, percent, percentage points, a count of a named thing, a rank, a
// physical measure), a Period ("not stated" is a value of its own, never
// filled in), who it is about, whether it is a fact, target, pledge or
// intention, and one or more Provenance records: the verbatim quote, its
// section headings, and its span in a Source whose exact text is pinned by
// its SHA-256.
//
// Numbers are exact decimals as written (Decimal): "$279 billion" is
// 279 × 10^9, three significant figures, never a float with noise. Use
// Decimal.Float64 for math. Quantity.Interval gives the numbers a hedge
// allows ("nearly 350" is (340, 350]); derived indicators (Catalog.Compute)
// carry those intervals through ratios, differences, sums and shares and are
// never shown more precisely than their inputs.
//
// # Spans: bytes in Go, code points outside
//
// In the Go API a Span holds byte offsets into the source text, half open
// [Start, End), as regexp and go/token count. Everything written for people
// and other tools — catalog files (start, end), the JSON and CSV exports,
// the spreadsheet — counts Unicode code points instead, end exclusive, the
// W3C Web Annotation TextPositionSelector convention and what Python and
// most readers count, and the Go API gives those a type of their own,
// RuneSpan. Runes is the one converter between the two (Catalog.RuneSpans
// keeps one per source text); Load converts on reading and the writers on
// writing.
//
// # Catalog files
//
// Load reads a catalog in YAML (or JSON, which the YAML reader accepts):
// sources with the path of their text and its sha256; indicators, each with
// the figure as the document states it ("stated: nearly $350 billion", from
// which value, qualifier, scale and unit follow; explicit fields must agree);
// derived indicators (formula and inputs); and chart views. Loading is strict
// and reports every problem of a file in one pass as an ErrorList, each entry
// "file:line:col: message" saying what to write instead. Every load runs
// Verify: hashes, quotes at their spans, headings above them, and the stated
// figure inside the quote and equal to the numbers.
package indicators
