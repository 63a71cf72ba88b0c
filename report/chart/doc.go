// Package chart draws the chart views of an indicators catalog as slide-ready
// charts on gonum.org/v1/plot: PNG (the default) or SVG, 1920×1080 (16:9) by
// default and any size or resolution on request.
//
// Every slide carries a title, a subtitle that says in words what the
// figures count and when ("US$ billion; value as of 2014", "Millions of
// beneficiaries; 2014", "Percent; target for 2025": a stock's date is "as
// of", a commitment's year "for"), a key to how hedges and commitments are
// drawn, value labels as the document writes them (a measure unit spelled
// one way on a slide: "more than 10,700 megawatts" beside "less than 2,800
// MW" is drawn "more than 10,700 MW"), optional notes, and a footer naming
// the sources from the indicators' provenance ("Source: The White House,
// Office of the Press Secretary, FACT SHEET: ..., 28 April 2015"; more than
// three sources end "and other sources"). Options.Embed leaves out the
// title and footer, for a slide that carries them as text.
//
// Bars whose periods differ say each bar's period on its label ("Two-way
// trade (2012, White House 2014)"; "as of 2013" for a stock, "target for
// 2025" for a commitment), and bars quoted from several sources name each
// bar's source by its short name (indicators.Source.ShortName); two bars
// that would still read alike are told apart by their IDs.
//
// # Chart kinds
//
// A view's kind chooses the plotter:
//
//   - bars: horizontal Bars, one row per indicator, its label wrapped above
//     the bar and its value after the end; a range is a floating bar, its
//     label above it rather than at the axis;
//   - range: the same, with both ends of each range labelled under the bar,
//     as for the U.S. target of 26 to 28 percent in 2025;
//   - part_of_whole: a Waffle of 100 cells, one per percent; of several
//     shares of one whole, a Waffle of its Parts in the palette's colours
//     with a key of each, and of the rest when they fall short of 100;
//   - headline: a Card with one large figure, its label and its period.
//
// # Honest hedges
//
// The drawing follows the qualifier semantics of DESIGN.md §2. A range is
// drawn from its low to its high end, both capped, never as a bar to the
// midpoint. "Nearly X", "up to X" and "less than X" end at X with a fading
// end and a dashed line at X; "more than X" and "at least X" end at X with
// an arrow beyond it. Targets, pledges and intentions are hatched and
// outlined rather than solid, and the key says so. Value labels are the
// document's own words, hedge included ("nearly $350 billion").
//
// # Theme
//
// Colours are the Okabe–Ito palette, safe for colour-blind readers. Text is
// DejaVu Sans, embedded in the binary and registered in gonum's
// font.DefaultCache as typeface "DejaVu", variant "Sans" (gonum's own default,
// Liberation Serif, is left alone). Before drawing, every string is checked
// against the font: a character without a glyph (Japanese, say) is an error
// naming it (a *GlyphError), never a silently missing letter.
//
// Bar rows are packed (Bars.Spacing apart, bars at most Bars.Thickness
// thick) rather than stretched over the slide: the plot takes the height
// its rows need, the axis follows the last row, and the space left over
// goes a third above the plot and two thirds below. Axis ticks write the
// scale word once, on the last tick ("$0 … $300 $400 billion").
//
// Text sizes are set for a 1080-pixel slide at 96 DPI (title 46 px, labels
// 28 px, ticks 24 px, footer 22 px) and scale with the shorter side of the
// image and with DPI/96; see Options.
//
// # Formats
//
// PNG output is deterministic: identical input gives identical bytes, in any
// process. A 1920×1080 PNG takes about 13 ms of CPU (4 ms to draw, 9 ms to
// encode, the encoding spread over the cores) and allocates under 1.2 MB:
// the canvas and the compressors are reused from render to render, text
// is drawn with cached faces (kerned at its size, as gonum measures it),
// and rows that repeat the row above are filtered and checksummed once. SVG output embeds the fonts. PDF is not offered: gonum's PDF
// backend encodes text in code page 1252 only (no "℃" or "₂") and fails to
// select the bold face of an embedded font.
//
// # Restyling
//
// New returns the chart body as a *plot.Plot, to restyle and draw the gonum
// way; NewSlide returns a *Slide whose Plot, text and styles may be changed
// before Slide.Encode.
package chart
