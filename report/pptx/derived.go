package pptx

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// DerivedTitle is the title of the closing slides that list the derived
// figures: figures computed from the document's claims, which the
// document itself does not state, so they are kept apart from "All
// claims" (titled "… (1 of 2)" when over several).
const DerivedTitle = "Derived figures, not stated in the document"

// derivedSlides returns the closing slides of c's deck that list its
// derived indicators in catalog order, one line each: title, figure as
// its inputs allow (or why it cannot be bounded), period, the formula
// over its inputs' IDs and the slides that chart its inputs. Each line's
// notes give the figure and formula, what the inputs allow in words
// (indicators.Result.Allowed) or why nothing can be said, then each
// input's figure and quotes. charted maps an indicator's ID to the
// number of the first slide whose chart shows it.
func derivedSlides(c *indicators.Catalog, spans *indicators.RuneSpans, charted map[string]int) []Slide {
	if len(c.Derived) == 0 {
		return nil
	}
	var lines []string
	var notes [][]string
	for i := range c.Derived {
		d := &c.Derived[i]
		if i == maxListed {
			rest := len(c.Derived) - maxListed
			lines = append(lines, "… and "+plural(rest, "more derived figure")+", each in the briefing book's Derived sheet")
			notes = append(notes, nil)
			break
		}
		r, err := c.Compute(d.ID)
		lines = append(lines, derivedLine(c, d, r, err, charted))
		// The figure and formula, what may be said of it, then its inputs.
		n := appendNotes(nil, c, spans, d.ID, map[string]bool{}, 0)
		notes = append(notes, append([]string{n[0], allowedNote(c, r, err)}, n[1:]...))
	}
	return listingSlides(DerivedTitle, lines, notes)
}

// allowedNote is the note of a derived figure r (err when it has no
// value) that says what its inputs allow, or why nothing can be said, a
// percent spelt as c's figures spell it (wording.PercentAsWritten).
func allowedNote(c *indicators.Catalog, r indicators.Result, err error) string {
	switch {
	case err != nil:
		return "No value: " + err.Error()
	case !r.Bounded:
		return "Cannot be bounded: " + r.Reason
	}
	return "What the inputs allow: " + wording.PercentAsWritten(c, r.Allowed())
}

// derivedText returns the figure of r as a slide's line says it
// (indicators.Result.Said, the one rule of every output): "down 554
// cases", "−2,630 people"; a figure of no word that the book's Derived
// sheet calls approximate (Result.SaidQualifier: its ends differ, as
// sayAtEnds rounds it) with its ends (Result.SaidBounds), as the sheet's
// Low and High give them: "68% (67% to 69%)", never a bare "68%" beside
// the book's "approx, 67, 69" (s32c-childmaint).
func derivedText(c *indicators.Catalog, r indicators.Result) string {
	s := wording.DerivedSaid(c, r)
	q, _ := r.SaidQualifier()
	lo, hi, lok, hok := r.SaidBounds()
	if q != indicators.Approx || r.Quantity.Qualifier != indicators.Exact || !lok || !hok || lo.Sign() < 0 {
		return s // a fall's ends are in the notes: "down 0.6 (−0.7 to −0.5)" reads two ways
	}
	ends := r
	ends.Quantity = indicators.Quantity{Low: lo, High: hi, Qualifier: indicators.Range, Scale: r.Quantity.Scale}
	return s + " (" + wording.PercentAsWritten(c, ends.Text(indicators.Style{Words: true})) + ")"
}

// derivedLine is the line of a closing slide for the derived indicator d
// of result r (err when it has no value): "title: figure, period; computed
// as formula · inputs on slides 3, 5"; a figure that cannot be bounded
// gives no period.
func derivedLine(c *indicators.Catalog, d *indicators.Derived, r indicators.Result, err error, charted map[string]int) string {
	line := orID(d.Title, d.ID) + ": "
	if err != nil {
		line += "no value (see the notes)"
	} else {
		line += derivedText(c, r)
		if n := wording.SmallWhole(c, d); n != "" {
			line += ", " + n // "61.1 percent, 33 of 54 schools": a share of a small whole
		}
		if p := r.Period; r.Bounded && !wording.SaysPeriod(d.Title, p) {
			label := r.PeriodLabel()
			if !p.IsStated() {
				label = "period not stated"
			}
			line += ", " + label
		}
	}
	line += "; computed as " + wording.FormulaWords(c, d)
	if said := wording.Restated(c, d.ID); said != "" {
		line += "; " + said // the claim it checks (s23q-unions)
	}
	// Where some inputs are charted and others not, each is named with
	// its slide or "not charted": "inputs on slide 2" said the same-sex
	// marriages were on slide 2, where only all marriages were
	// (s16g-marriages); "on no chart slide" read as jargon (s17i-courts).
	var each []string
	some, all := false, true
	names := c.InputNames(d)
	for i, in := range d.Inputs {
		name := names[i]
		one := &indicators.Derived{Inputs: []string{in}}
		switch ns := inputSlides(c, one, charted, 0); {
		case len(ns) == 1:
			each, some = append(each, name+" on slide"+nbsp+strconv.Itoa(ns[0])), true
		case len(ns) > 1:
			nums := make([]string, len(ns))
			for i, n := range ns {
				nums[i] = strconv.Itoa(n)
			}
			each, some = append(each, name+" on slides"+nbsp+strings.Join(nums, ","+nbsp)), true
		default:
			each, all = append(each, name+" not charted"), false
		}
	}
	// A derived figure a view draws says where, before its inputs:
	// "Non-trade share of commencements: 55.8 percent · charted on slide
	// 6" (s21o-apprentice: it said only that an input was not charted).
	if n := charted[d.ID]; n > 0 {
		line += nbsp + "·" + nbsp + "charted on slide" + nbsp + strconv.Itoa(n)
		if some && !all {
			return line + "; " + strings.Join(slices.Compact(each), "; ")
		}
	}
	if some && !all {
		return line + nbsp + "·" + nbsp + strings.Join(slices.Compact(each), "; ")
	}
	if slides := inputSlides(c, d, charted, 0); len(slides) > 0 {
		word := "slide"
		if len(slides) > 1 {
			word = "slides"
		}
		nums := make([]string, len(slides))
		for i, n := range slides {
			nums[i] = strconv.Itoa(n)
		}
		// One unbreakable run, as a claim's slide reference is.
		sep := nbsp + "·" + nbsp
		if charted[d.ID] > 0 {
			sep = "; "
		}
		line += sep + "inputs on " + word + nbsp + strings.Join(nums, ","+nbsp)
	}
	return line
}

// inputSlides returns the numbers of the slides that chart d's inputs,
// or those of a derived input's own inputs, in order, each once.
func inputSlides(c *indicators.Catalog, d *indicators.Derived, charted map[string]int, depth int) []int {
	seen := map[int]bool{}
	var out []int
	for _, in := range d.Inputs {
		nums := []int{charted[in]}
		if dd, ok := c.DerivedIndicator(in); ok && depth < 32 {
			nums = inputSlides(c, dd, charted, depth+1)
		}
		for _, n := range nums {
			if n > 0 && !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	sort.Ints(out)
	return out
}

// noteDerived adds to the notes of each chart slide of slides the derived
// figures computed from a figure it shows, each with its formula and the
// slide that lists it: "Derived from this chart's figures: title: figure;
// computed as formula (slide 9)". first is the number of the first slide
// that lists derived figures, which list c.Derived in order.
func noteDerived(slides []Slide, c *indicators.Catalog, first int) {
	listedOn := map[string]int{}
	k := 0
	for i := first - 1; i < len(slides); i++ {
		for range slides[i].Body {
			if k < len(c.Derived) && k < maxListed {
				listedOn[c.Derived[k].ID] = i + 1
			}
			k++
		}
	}
	for i := range slides {
		v, ok := c.View(slides[i].View)
		if !ok {
			continue
		}
		shown := map[string]bool{}
		for _, id := range v.Indicators {
			shown[id] = true
		}
		for _, id := range v.Series {
			for _, p := range c.Points(id) {
				shown[p.Indicator.ID] = true
			}
		}
		for j := range c.Derived {
			d := &c.Derived[j]
			if n := listedOn[d.ID]; n > 0 && usesAny(c, d, shown, 0) {
				slides[i].Notes = append(slides[i].Notes, "Derived from this chart's figures, not stated in the document: "+
					figureLine(c, d.ID)+"; computed as "+wording.FormulaWords(c, d)+" (slide "+strconv.Itoa(n)+")")
			}
		}
	}
}

// usesAny reports whether d is computed from an indicator in ids, itself
// or through a derived input.
func usesAny(c *indicators.Catalog, d *indicators.Derived, ids map[string]bool, depth int) bool {
	for _, in := range d.Inputs {
		if ids[in] {
			return true
		}
		if dd, ok := c.DerivedIndicator(in); ok && depth < 32 && usesAny(c, dd, ids, depth+1) {
			return true
		}
	}
	return false
}
