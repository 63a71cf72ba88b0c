package indicators

import (
	"strings"

	"go.yaml.in/yaml/v3"
)

// marginOf returns the margin of an indicator whose figure is q: the
// margin stated reads, what it measures taken from the quotes where
// stated leaves the label out ("41.2 ± 0.8 million" quoting "41.2 ± 0.8
// [SE] million birds" is a standard error). The fields an export writes
// (margin, margin_kind, margin_level) must agree with it; without stated,
// they give it.
func (d *decoder) marginOf(f map[string]*yaml.Node, q Quantity, ind *Indicator, fromStated bool) Margin {
	mg := q.Margin
	if mg.Kind == UnknownMargin {
		mg.Kind, mg.Level = marginKindInQuotes(q, rawQuotes(f["provenance"]))
	}
	var ex Margin
	given := false
	if v := f["margin"]; v != nil && !isNull(v) {
		ex.HalfWidth, _ = d.decimal(v, "margin", "800000")
		ex.Kind, given = UnknownMargin, true
	}
	if v := f["margin_kind"]; v != nil && !isNull(v) {
		s := d.str(v, "margin_kind")
		k, err := ParseMarginKind(s)
		if err != nil {
			d.errorf(v, ErrValue, "unknown margin_kind %q: write one of %s", s, strings.Join(marginKindNames[1:], ", "))
		}
		ex.Kind, given = k, true
	}
	if v := f["margin_level"]; v != nil && !isNull(v) {
		if lv, ok := d.int(v, "margin_level"); ok && lv > 0 && lv < 100 {
			ex.Level, given = uint8(lv), true
		} else if ok {
			d.errorf(v, ErrValue, "margin_level %d is no confidence level: write a percent between 1 and 99, like 90", lv)
		}
	}
	switch {
	case !given:
		return mg
	case !fromStated:
		if ex.HalfWidth.Sign() <= 0 {
			d.errorf(firstNonNil(f["margin"], f["margin_kind"]), ErrValue, "a margin is a number above zero at full magnitude, like margin: 800000")
			d.bad[ind.ID] = true
			return Margin{}
		}
		return ex
	case !ex.HalfWidth.Equal(mg.HalfWidth) || ex.Kind != mg.Kind || ex.Level != mg.Level:
		d.errorf(firstNonNil(f["margin"], f["margin_kind"], f["margin_level"]), ErrMismatch, "margin %s (%s) disagrees with stated %q, which gives %s: leave the margin fields out, they are read from stated and its quote", ex.HalfWidth, ex.Describe(), ind.Stated, marginSaid(mg))
		d.bad[ind.ID] = true
	}
	return mg
}

// marginSaid writes m for a message: "±800000 (standard error)", "no
// margin".
func marginSaid(m Margin) string {
	if m.IsZero() {
		return "no margin"
	}
	return "±" + m.HalfWidth.String() + " (" + m.Describe() + ")"
}
