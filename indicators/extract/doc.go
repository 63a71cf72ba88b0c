// Package extract finds the quantities a policy document states — amounts
// of money, percentages and percentage points, counts of things, physical
// measures and ratios — with the document's own hedge ("nearly", "more
// than", "up to"), ranges ("26 to 28 percent", "$1–2 billion", "between 20
// and 25 percent", "3-5 countries"), the direction of a change ("reduce …
// by", "rose"), the unit, the scale word as written and the year its
// sentence gives. Each Mention carries an indicators.Quantity at full
// magnitude with the digits as written, so "nearly $350 billion" is the
// value 350×10⁹ (three significant figures), qualifier nearly, unit USD,
// scale billion.
//
// A hedged range keeps its hedge in the span ("roughly 5 to 7 percent" is
// the range 5..7). An order of magnitude is a lower bound: "tens of
// thousands of workers" is more than 10,000 workers, "several hundred" more
// than 100 ("thousands of", "millions of" alone are left out). In "rose
// from 20 to 30 percent" the two figures are levels, not a range, and the
// first takes the unit and scale of the second.
//
// Extract is the entry point; an Extractor holds options (its zero value is
// the default), and Extractor.Stream reads an io.Reader sentence by
// sentence with memory bounded by the longest sentence. HTMLText turns an
// HTML page into the text that spans index, and WriteDraft writes a draft
// catalog that indicators.Load accepts.
//
// Verbs of multiplying are ratios with their direction: "more than
// doubling its share" is more than 2 times, up; "halve emissions" 0.5
// times, down ("double taxation", "doubling down" are not figures). An age
// is a count of years ("aged 65 and over" is at least 65 years, "ages
// 18-24" the range 18..24 years, "65+" at least 65). A rate keeps its base
// in the unit: "8.4 per 100,000 population" is 8.4 with the unit "per
// 100,000 population", and the base is never a figure of its own. "+12.5"
// and "-3.2" in a table cell keep their sign; HTMLText puts a tab between
// cells, so that a row label and its first figure are not read as a name.
// "year-on-year", "a year" and "per year" stay outside the span.
//
// # What is not a quantity
//
// Calendar years and dates ("In 2014", "April 15", "the 2020 Olympics",
// "FY2025", "2014-15", "Q4'24", "since '98"), quarters and half-years
// ("3Q24", "2H24", "Q3 2024", "H1"), ordinals ("21st", "Third"), ranks ("second
// largest", reported only with Extractor.Ranks), identifiers and names
// ("COP21", "G-7", "G20", "Section 301", "Satellite-1 and 2",
// "Observatory-2", "post-2015", "CO2", "PM2.5", "H.R. 3684", "5G", "the 737
// MAX", "401(k)", "42 U.S.C. 1983", "COM(2023) 123"), list numbers
// at the start of a line, times, telephone numbers, web addresses and
// numbers glued to words are left out, and so are statistical notation —
// p-values ("p < 0.05", "p-value of 0.002") and the level of an interval
// ("95% CI", "95% confidence interval"; its bounds are a range). "one" alone and "zero" in "net zero"
// are words, not figures.
//
// # Spans
//
// Spans in the Go API are byte offsets into the text given to Extract
// (half-open, as in regexp and go/token); the JSON output of claimbook
// extract and draft catalogs count Unicode code points instead (see
// indicators.Runes and indicators.RuneSpan). A Mention's Span covers its hedge and unit, Figure
// leaves the hedge out, and Numbers holds the digits or number words of the
// value, or of the two ends of a range.
//
// # How it works
//
// The text is read once. A hand-written scanner cuts it into sentences
// (abbreviations such as "U.S." and list markers do not end one; a blank
// line or a bullet does), each sentence into tokens with one lexicon look-up
// per word, and a small grammar is tried at each token that can start a
// figure: currency sign or code, digits or number words, scale, a second
// number for a range, the unit, and the hedge and direction words around
// it. No regular expressions are used and nothing is backtracked over more
// than a few tokens, so the time is linear in the input: about 120 MB/s of CPU time on one
// core on the reference document repeated to 1, 10 or 100 MB (see the
// benchmarks). A run-on "sentence" without stops (a table flattened to
// text) is cut every 32 KiB, which bounds the memory Stream needs.
//
// # Measured against
//
// The tests assert the exact mention list of the reference document
// (usjapan2015), a table of more than 300 sentences from policy writing,
// and the English cases of Microsoft Recognizers-Text for numbers, number
// ranges, percentages, currencies, dimensions and temperatures, with a
// committed skip list of out-of-scope cases (testdata/conformance-skip.tsv)
// and pass-rate floors (testdata/conformance-floor.txt).
package extract
