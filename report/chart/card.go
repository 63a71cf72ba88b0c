package chart

import (
	"image/color"

	"github.com/claimbook/claimbook/report/internal/wording"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Card is a plot.Plotter that draws one headline figure: the figure as
// the document writes it in large type, its label under it and its period
// under that, beside an accent rule. Hide the plot's axes.
type Card struct {
	Value  string // "$279 billion"
	Label  string // "U.S.-Japan two-way trade in goods and services"
	Period string // "2014"
	// Previous is the figure of the period before, as the catalog holds
	// it ("257 fire-related fatalities in 2022"), or "".
	Previous string
	// Change is the change of the figure the catalog states, as a list
	// of claims says it ("up 5% on 2020/21"), or "": drawn first under
	// the period, in the figure's colour.
	Change string

	ValueStyle, LabelStyle, PeriodStyle text.Style
	// Accent is the rule to the left of the text.
	Accent draw.LineStyle
	// Gap is the space between the rule and the text, and between lines.
	Gap vg.Length
	// Commitment marks a target, pledge or intention: the rule is dashed.
	Commitment bool
}

var _ plot.Plotter = (*Card)(nil)

// NewCard returns a card with the theme's styles at 1920×1080.
func NewCard(value, label, period string) *Card {
	register()
	o, _ := (*Options)(nil).resolved()
	cd := &Card{Value: value, Label: label, Period: period}
	cd.style(o, Blue)
	return cd
}

func (cd *Card) style(o Options, accent color.Color) {
	cd.ValueStyle = textStyle(o.fontPx(200, true), accent)
	cd.LabelStyle = textStyle(o.fontPx(44, false), ink)
	cd.PeriodStyle = textStyle(o.fontPx(36, true), muted)
	cd.Accent = draw.LineStyle{Color: accent, Width: o.px(14)}
	cd.Gap = o.px(28)
}

// Plot implements plot.Plotter.
func (cd *Card) Plot(c draw.Canvas, _ *plot.Plot) {
	width := c.Max.X - c.Min.X - cd.Accent.Width - cd.Gap
	vs := cd.ValueStyle
	for vs.Width(cd.Value) > width && vs.Font.Size > 8 {
		vs.Font.Size *= 0.9 // a long figure shrinks rather than clips
	}
	label := cd.labelLines(width)
	// Under the figure's baseline: its descent ("$" and "," reach below
	// the baseline) and half a gap, then the label.
	below := vs.FontExtents().Descent + cd.Gap*0.5
	h := vs.Font.Size*0.75 + below + blockHeight(cd.LabelStyle, len(label))
	if cd.Period != "" {
		h += cd.Gap*0.6 + blockHeight(cd.PeriodStyle, 1)
	}
	if cd.Previous != "" {
		h += cd.Gap*0.6 + blockHeight(cd.LabelStyle, 1)
	}
	if cd.Change != "" {
		h += cd.Gap*0.6 + blockHeight(cd.LabelStyle, 1)
	}
	top := (c.Min.Y+c.Max.Y)/2 + h/2
	x := c.Min.X + cd.Accent.Width + cd.Gap
	// The figure's cap height is about 0.73 em.
	fillBaseline(c, vs, x, top-vs.Font.Size*0.73, cd.Value)
	y := top - vs.Font.Size*0.73 - below
	y = drawLines(c, cd.LabelStyle, x, y, label)
	if cd.Period != "" {
		y = drawLines(c, cd.PeriodStyle, x, y-cd.Gap*0.6, []string{cd.Period})
	}
	if cd.Change != "" {
		ch := cd.LabelStyle
		ch.Font = cd.PeriodStyle.Font
		ch.Font.Size = cd.LabelStyle.Font.Size
		ch.Color = cd.ValueStyle.Color
		y = drawLines(c, ch, x, y-cd.Gap*0.6, []string{wording.UpperFirst(cd.Change)})
	}
	if cd.Previous != "" {
		prev := cd.LabelStyle
		prev.Color = muted
		y = drawLines(c, prev, x, y-cd.Gap*0.6, []string{cd.Previous})
	}
	rule := cd.Accent
	if cd.Commitment {
		rule.Dashes = []vg.Length{rule.Width, rule.Width / 2}
	}
	ax := c.Min.X + rule.Width/2
	c.StrokeLine2(rule, ax, top, ax, y)
}

// labelLines returns the card's label wrapped to most of width, balanced
// as titles are (wrapBalanced): no word alone under the card.
func (cd *Card) labelLines(width vg.Length) []string {
	return wrapBalanced(cd.Label, cd.LabelStyle, width*0.85)
}
