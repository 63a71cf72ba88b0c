package chart

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// An item is an indicator or derived indicator of a view, resolved.
type item struct {
	id    string
	title string
	label string // the figure as the document writes it
	// quote is the first quote of an indicator's provenance; empty for a
	// derived figure.
	quote string
	q     indicators.Quantity
	// against is what a change is set against when that is no earlier
	// period (indicators.Indicator.AgainstWhat), "" for a period: its
	// label says "below the forecast" (wording.Turned).
	against string
	u       indicators.Unit
	// iv is the interval the figure's words allow, the one rule every
	// output reads (indicators.Indicator.Interval; a derived figure's
	// Result.Interval): a fading end and a waffle's faded squares start
	// at its end, where the JSON's and the book's Low say.
	iv      indicators.Interval
	lo, hi  float64 // the ends a chart draws, full magnitude
	status  indicators.Status
	measure indicators.MeasureKind
	// op is the formula of a derived figure ("ratio"); empty for an
	// indicator.
	op     string
	period indicators.Period
	// entities are who the figure is about, as codes: bars of one
	// title are told apart by them (wording.TellApart).
	entities []string
	// sources are the short names of the sources the figure is quoted
	// from (through its inputs, for a derived figure).
	sources []string
	denom   string
	// base is the base period of a change ("below 2005 levels").
	base indicators.Period
	// issued is the date of the source of the first quote, if it has one.
	issued indicators.Date
	notes  []string
	// computed says where a derived figure comes from: "“less than
	// 2,800 MW” and “more than 10,700 MW”"; empty for an indicator.
	computed string
	// unbounded marks a derived figure its inputs cannot bound: no value
	// is drawn for it.
	unbounded bool
	// signed marks an item of a chart of changes that go both ways: a
	// decrease has lo and hi below zero (see signChanges).
	signed bool
	// rise marks a reported rise of a bars or range chart, whose label
	// says "up" among rises as among falls (turned); a series' points of
	// rates ("0.9%" a month) stay as stated.
	rise bool
	// of is, for a derived share of two indicators stated exactly, the
	// ID of its whole and the values of its part and whole: parts whose
	// values sum to their one whole's leave no rest (compositionChart).
	of shareInputs
}

// shareInputs are the inputs of a derived share: its whole's ID and the
// part's and the whole's values; the zero value for any other figure.
type shareInputs struct {
	whole       string
	part, total float64
}

// shareInputsOf returns the inputs of d if it is a share of one
// indicator in another, both stated exactly; the zero value otherwise.
func shareInputsOf(c *indicators.Catalog, d *indicators.Derived) shareInputs {
	if d.Op != indicators.ShareOf || len(d.Inputs) != 2 {
		return shareInputs{}
	}
	part, ok1 := c.Indicator(d.Inputs[0])
	whole, ok2 := c.Indicator(d.Inputs[1])
	if !ok1 || !ok2 || part.Quantity.Qualifier != indicators.Exact || whole.Quantity.Qualifier != indicators.Exact ||
		part.Unit != whole.Unit {
		return shareInputs{}
	}
	_, pv := part.Quantity.Ends()
	_, wv := whole.Quantity.Ends()
	return shareInputs{whole: whole.ID, part: pv, total: wv}
}

// resolve looks up the indicators of v.
func resolve(c *indicators.Catalog, v *indicators.ChartView) ([]item, error) {
	if c == nil || v == nil {
		return nil, fmt.Errorf("chart: nil catalog or view")
	}
	if len(v.Indicators) == 0 {
		return nil, fmt.Errorf("chart: view %q names no indicators", v.ID)
	}
	var items []item
	for _, id := range v.Indicators {
		if ind, ok := c.Indicator(id); ok {
			it := item{
				id: id, title: ind.Title, label: wording.LabelOf(ind), q: ind.Quantity, u: ind.Unit,
				iv: ind.Interval(), status: ind.Status,
				measure: ind.Measure, period: ind.Period, denom: ind.Denominator, base: ind.Base, against: ind.AgainstWhat(),
				sources: shortNames(c, id), entities: ind.Entities,
			}
			it.lo, it.hi = ind.Quantity.Ends()
			if len(ind.Provenance) > 0 {
				it.quote = ind.Provenance[0].Quote
				if src, ok := c.Source(ind.Provenance[0].Source); ok {
					it.issued = src.Issued // reported then; an update date is no report's (wording.Figure.Issued)
				}
			}
			for _, n := range ind.Notes {
				it.notes = append(it.notes, wording.NoteSaid(c, n))
			}
			items = append(items, it)
			continue
		}
		if d, ok := c.DerivedIndicator(id); ok {
			r, err := c.Compute(id)
			if err != nil {
				return nil, fmt.Errorf("chart: view %q: %v", v.ID, err)
			}
			it := item{
				id: id, title: d.Title, label: wording.PercentAsWritten(c, r.Text(indicators.Style{Compact: true, Words: true})),
				q: r.Quantity, u: r.Unit, iv: r.Interval, status: r.Status,
				op: d.Op.String(), period: r.Period, base: r.Base, sources: shortNames(c, id),
				computed: inputWords(c, d), unbounded: !r.Bounded, of: shareInputsOf(c, d),
			}
			// The figure as rounded, as its label writes it; nothing for a
			// figure that cannot be bounded.
			it.lo, it.hi = r.Quantity.Ends()
			if it.unbounded {
				it.notes = append(it.notes, wording.UpperFirst(orDefault(d.Title, id))+": "+indicators.UnboundedText+": "+r.Reason+".")
			} else if n := wording.SmallWhole(c, d); n != "" {
				// "61.1% is 33 of 54 schools": a share of a small whole.
				it.notes = append(it.notes, wording.UpperFirst(orDefault(d.Title, id))+": "+it.label+" is "+n+".")
			}
			items = append(items, it)
			continue
		}
		return nil, fmt.Errorf("chart: view %q: unknown indicator %q", v.ID, id)
	}
	for _, it := range items {
		if math.IsNaN(it.lo) || math.IsNaN(it.hi) || math.IsInf(it.lo, 0) || math.IsInf(it.hi, 0) {
			return nil, fmt.Errorf("chart: view %q: indicator %q has no finite value", v.ID, it.id)
		}
	}
	if v.Kind == indicators.PartOfWhole {
		wholeOfParts(v.Title, items)
	}
	return items, nil
}

// wholeOfParts gives the parts of one whole, items, the whole that none
// of them says and their titles or the view's title (vtitle) do
// (wording.PartsWhole), as the book's doughnut of them does: "Percent of
// referred children", not "Percent" (s18k-children).
func wholeOfParts(vtitle string, items []item) {
	titles := make([]string, len(items))
	for i, it := range items {
		if denomOf(it) != "" {
			return
		}
		titles[i] = it.title
	}
	whole := wording.PartsWhole(vtitle, titles)
	for i := range items {
		items[i].denom = whole
	}
}

// shortNames returns the short names of the sources of the indicator or
// derived indicator id.
func shortNames(c *indicators.Catalog, id string) []string {
	var out []string
	for _, src := range c.CitedSources([]string{id}) {
		if n := src.ShortName(); n != "" {
			out = wording.AppendOnce(out, n)
		}
	}
	return out
}

// inputWords names the inputs of a derived figure by their figures:
// "“less than 2,800 MW” and “more than 10,700 MW”".
func inputWords(c *indicators.Catalog, d *indicators.Derived) string {
	var w []string
	for _, in := range d.Inputs {
		if ind, ok := c.Indicator(in); ok {
			w = append(w, "“"+ind.Label()+"”")
		} else if r, err := c.Compute(in); err == nil {
			w = append(w, "“"+r.Text(indicators.Style{Words: true})+"”")
		}
	}
	return wording.JoinAnd(w)
}

// scaleOf returns the scale the axis is shown in: the largest scale word
// the items were written with.
func scaleOf(items []item) indicators.Scale {
	var s indicators.Scale
	for _, it := range items {
		s = max(s, it.q.Scale)
	}
	return s
}

// currencySign returns how a tick label writes a currency: the sign the
// figures are written with ("$", "NZ$"), or the ISO code and a space.
func currencySign(u indicators.Unit) string {
	if sign, ok := indicators.DollarSign(u.Currency.String()); ok && u.Kind == indicators.Money {
		return sign
	}
	if sign := indicators.CurrencySign(u); sign != "" {
		return sign
	}
	return u.Currency.String() + " "
}

// tickSign returns how the ticks of items write their currency: as the
// subtitle does ("US$ billion") when a figure is written so too ("US$ 5
// billion"), so that ticks and labels agree; as the figures do otherwise
// ("$47" beside "$40"; the subtitle's "US$" names the currency once).
func tickSign(items []item) string {
	// Figures the document writes by the code ("USD 12.8 billion") have
	// ticks that write it too ("USD 10"), as the book's axis does.
	code := wording.WrittenSign(items[0].label, items[0].u)
	for _, it := range items {
		if wording.WrittenSign(it.label, it.u) != code || it.u.Currency != items[0].u.Currency {
			code = ""
		}
	}
	if strings.HasSuffix(code, " ") {
		return code
	}
	sign := currencySign(items[0].u)
	if sign != "$" {
		return sign
	}
	for _, it := range items {
		if it.u.Kind == indicators.Money && (strings.Contains(it.label, "US$") || strings.Contains(it.label, "US $")) {
			return wording.CurrencyPrefix(it.u)
		}
	}
	return sign
}

// subunit returns the word for a currency's hundredth when every item is
// money of one currency written in it (wording.Subunit): "cents".
func subunit(items []item) string { return wording.Subunit(barsOf(items)) }

// subunitNumber writes v, in the currency, as a number of its hundredths:
// 0.3 is "30".
func subunitNumber(v float64) string {
	return wording.Thousands(math.Round(v*100*1e6) / 1e6)
}

// tickFormat returns the tick label writer for the unit of the items,
// whose axis values are in scale sc: "$100 billion", "20%", "1,000",
// "80 cents"; thousands grouped as every figure is (wording.Thousands),
// whatever separator the document wrote ("200,000" beside "207 000").
func tickFormat(items []item, sc indicators.Scale) func(float64) string {
	it := items[0]
	scale := ""
	if sc != indicators.NoScale {
		scale = " " + sc.String()
	}
	switch it.u.Kind {
	case indicators.Money:
		if sub := subunit(items); sub != "" && sc == indicators.NoScale {
			return func(v float64) string { return subunitNumber(v) + " " + sub }
		}
		sign := tickSign(items)
		return func(v float64) string {
			switch {
			case v == 0:
				return sign + "0"
			case v < 0:
				return indicators.MinusSign + sign + wording.Thousands(-v) + scale // "−$5", as "−$11.0 billion" is labelled
			}
			return sign + wording.Thousands(v) + scale
		}
	case indicators.Percent:
		if percentWord(items) {
			// The values say "6.2 percent" (or "1.2 per cent"): the
			// ticks say it so too.
			word := " " + percentSpelling(items)
			return func(v float64) string { return wording.Thousands(v) + word }
		}
		return func(v float64) string { return wording.Thousands(v) + "%" }
	case indicators.Measure:
		if it.u.Per != "" {
			// A rate of a measure ("micrograms per cubic metre") is said
			// whole in the subtitle; "30 micrograms" on a tick is a mass,
			// not the concentration (s22p-air).
			return func(v float64) string { return wording.Thousands(v) + scale }
		}
		sym := wording.Spelling(it.u)
		return func(v float64) string { return wording.Thousands(v) + scale + " " + sym }
	case indicators.PercentagePoint:
		return func(v float64) string {
			if v == 0 {
				return "0"
			}
			return wording.Thousands(v) + " pp"
		}
	}
	return func(v float64) string {
		if v == 0 {
			return "0"
		}
		return wording.Thousands(v) + scale
	}
}

// hedgeWord returns the hedge of an item in the document's own word
// (wording.HedgeWord): "almost" of "almost 11 million" (s14-crime, whose
// key said "nearly").
func hedgeWord(it item) string {
	if w := wording.HedgeWord(it.label, it.q.Qualifier); w != "" {
		return w
	}
	return it.q.Qualifier.Word()
}

// percentSpelling returns how the figures of items spell percent as a
// word, for ticks and a waffle's key to say it as they do: "per cent"
// when they all write it so ("1.2 per cent", as Australian and British
// documents do; "Each square is 1 percent" beside "43.4 per cent" said it
// two ways, s32c-postal), else "percent".
func percentSpelling(items []item) string {
	for _, it := range items {
		if it.u.Kind == indicators.Percent && !strings.Contains(strings.ToLower(it.label), "per cent") {
			return "percent"
		}
	}
	return "per cent"
}

// percentAfter returns percent as the figures of items write it after a
// number, for a waffle's rest to say it as their labels do: "%", " per
// cent" or " percent" ("All other: 56.6%" beside "43.4 per cent" would
// say it two ways, s32c-postal).
func percentAfter(items []item) string {
	if !percentWord(items) {
		return "%"
	}
	return " " + percentSpelling(items)
}

// percentWord reports whether the figures of items write percent as a
// word ("6.2 percent", "43 per cent") rather than a sign: a chart's ticks
// then write it as they do, one style on one chart.
func percentWord(items []item) bool {
	for _, it := range items {
		if it.u.Kind == indicators.Percent && strings.Contains(it.label, "%") {
			return false
		}
	}
	return true
}
