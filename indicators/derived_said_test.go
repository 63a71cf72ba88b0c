package indicators_test

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// sayCatalog returns a catalog of the indicators stated (id, stated
// pairs, in order) and one derived indicator "x" of op over inputs.
func sayCatalog(t *testing.T, op indicators.Op, inputs []string, stated ...string) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	for i := 0; i+1 < len(stated); i += 2 {
		q, u, err := indicators.ParseStated(stated[i+1])
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated[i+1], err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: stated[i], Title: stated[i], Stated: stated[i+1], Quantity: q, Unit: u, Measure: indicators.Flow})
	}
	c.Derived = []indicators.Derived{{ID: "x", Title: "X", Op: op, Inputs: inputs}}
	return c
}

// TestDerivedSaidUsersFound checks the derived figures round G's users found
// said more finely than their inputs allow (s16g-*/findings.md), each
// with what an analyst writes: a share to one decimal at most, the parts
// of one whole at one place, no "about" for the rounding of exact counts,
// "about" for a sum of rounded shares.
func TestDerivedSaidUsersFound(t *testing.T) {
	total := []string{"total", "23,872 insolvencies"}
	tests := []struct {
		name      string
		op        indicators.Op
		inputs    []string
		stated    []string
		qualifier string
		text      string
	}{
		// s16g-marriages: 6,932 of 242,842 is 2.8545… percent; it was
		// "about 2.855 percent".
		{"marriages same-sex share", indicators.ShareOf, []string{"a", "b"},
			[]string{"a", "6,932 marriages", "b", "242,842 marriages"}, "exact", "2.85 percent"},
		// s16g-insolvency: five parts of 23,872, counts, said at the place
		// of their ends (one decimal would lie outside them); they were
		// 78.921, 13.53, 6.69, 0.846 and 0.013, each "about".
		{"insolvency CVLs", indicators.ShareOf, []string{"a", "total"},
			append([]string{"a", "18,840 insolvencies"}, total...), "exact", "78.92 percent"},
		{"insolvency compulsory", indicators.ShareOf, []string{"a", "total"},
			append([]string{"a", "3,230 insolvencies"}, total...), "exact", "13.53 percent"},
		{"insolvency administrations", indicators.ShareOf, []string{"a", "total"},
			append([]string{"a", "1,597 insolvencies"}, total...), "exact", "6.69 percent"},
		{"insolvency CVAs", indicators.ShareOf, []string{"a", "total"},
			append([]string{"a", "202 insolvencies"}, total...), "exact", "0.85 percent"},
		{"insolvency receiverships", indicators.ShareOf, []string{"a", "total"},
			append([]string{"a", "three insolvencies"}, total...), "less_than", "less than 0.1 percent"},
		// s16g-insolvency: 52.4 over 113.1 per 10,000, each rounded at its
		// last digit, is 0.4627 to 0.4640, ends 0.462 and 0.464: "0.463
		// times", inside them, not "about 0.463".
		{"insolvency rate over its peak", indicators.Ratio, []string{"a", "b"},
			[]string{"a", "52.4 companies per 10,000 companies", "b", "113.1 companies per 10,000 companies"}, "exact", "0.463 times"},
		// s16g-air: 741.6 and 223.4 of 965.0 million, each rounded to 0.1
		// million: 76.84 to 76.86 and 23.14 to 23.16 percent, said once, to
		// one decimal, with no "about" (it was "about 76.85%").
		{"air domestic share", indicators.ShareOf, []string{"a", "b"},
			[]string{"a", "741.6 million passengers", "b", "965.0 million passengers"}, "exact", "76.8 percent"},
		{"air international share", indicators.ShareOf, []string{"a", "b"},
			[]string{"a", "223.4 million passengers", "b", "965.0 million passengers"}, "exact", "23.2 percent"},
		// s16g-research: 31% + 21% + 17%, each within half a point, is
		// 67.5 to 70.5: not exact (it was "69 percent", exact).
		{"research sum of rounded shares", indicators.Sum, []string{"a", "b", "c"},
			[]string{"a", "31%", "b", "21%", "c", "17%"}, "approx", "about 69 percent"},
		// The same shares' gap: 31% − 17% is 13 to 15, within one unit.
		{"research gap of rounded shares", indicators.Difference, []string{"a", "c"},
			[]string{"a", "31%", "c", "17%"}, "exact", "14 percentage points"},
	}
	for _, tc := range tests {
		c := sayCatalog(t, tc.op, tc.inputs, tc.stated...)
		r, err := c.Compute("x")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if q, text := r.Quantity.Qualifier.String(), r.Text(indicators.Style{}); q != tc.qualifier || text != tc.text {
			t.Errorf("%s: %s of %q = %s %q (interval %v), want %s %q", tc.name, tc.op, tc.stated, q, text, r.Interval, tc.qualifier, tc.text)
		}
		checkSaidRule(t, tc.name, r)
	}
}

// TestDerivedSaidCatalogs checks the rule of Result.reads on every
// derived figure of the kinds' catalogs and the corpus catalog: what its
// words claim holds what its inputs allow, its low and high hold it too,
// a share is said to one decimal at most, and "about" only where the
// inputs allow more than one unit of its last digit either side.
func TestDerivedSaidCatalogs(t *testing.T) {
	files, err := filepath.Glob("../testdata/kinds/*/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, "../testdata/corpus/catalog.yaml")
	n := 0
	for _, f := range files {
		c, err := indicators.Load(f)
		if err != nil {
			t.Errorf("Load(%q): %v", f, err)
			continue
		}
		for _, d := range c.Derived {
			r, err := c.Compute(d.ID)
			if err != nil {
				t.Errorf("%s: Compute(%q): %v", f, d.ID, err)
				continue
			}
			n++
			name := fmt.Sprintf("%s: %s", filepath.Base(filepath.Dir(f)), d.ID)
			// The "about" of a figure of hedged inputs ("about 3,100" of
			// "about 19,300", s29z-foodhygiene) is their hedge's, which
			// no interval of rounding bounds: only what its words claim
			// is checked there.
			hedged := false
			for _, id := range d.Inputs {
				if in, ok := c.Indicator(id); ok && in.Quantity.Qualifier != indicators.Exact {
					hedged = true
				}
			}
			if hedged && r.Bounded {
				checkSaysOnlyAllowed(t, name, r)
			} else {
				checkSaidRule(t, name, r)
			}
			checkWithinEnds(t, name, r)
			// A share is said to one decimal at most, finer only where
			// that would lie outside its ends (sayAtEnds).
			if lo, hi, _, _ := r.Bounds(); d.Op == indicators.ShareOf && r.Bounded && !r.Quantity.IsRange() && r.Quantity.Value.Exp < -1 {
				if one := roundTo(r.Quantity.Value, -1); one.Cmp(lo) >= 0 && one.Cmp(hi) <= 0 {
					t.Errorf("%s = %q, a share said finer than one decimal, though %s is within its ends %s to %s", name, r.Text(indicators.Style{}), one, lo, hi)
				}
			}
		}
	}
	// 15 derived figures in 10 catalogs when this was written: fewer
	// means a catalog stopped loading or lost its derived figures.
	if n < 15 {
		t.Errorf("checked %d derived figures, want at least 15", n)
	}
}

// checkSaidRule fails unless r is said by the rule of Result.reads:
// its words' interval and its bounds hold its Interval, and "about" only
// where the Interval is wider than one unit either side of the figure.
func checkSaidRule(t *testing.T, name string, r indicators.Result) {
	t.Helper()
	if !r.Bounded {
		return
	}
	checkSaysOnlyAllowed(t, name, r)
	if r.Quantity.Qualifier == indicators.Approx {
		x := r.Quantity.Value.Float64()
		unit := (indicators.Reads(r).Hi - x) / 2 // its high end: its low end may be floored at zero
		if holdsInterval(indicators.Interval{Lo: x - unit, Hi: x + unit}, r.Interval) && !math.IsInf(unit, 0) {
			t.Errorf("%s = %q, but its inputs allow only %v, within one unit of %v: no \"about\"", name, r.Text(indicators.Style{}), r.Interval, x)
		}
	}
}

// TestDerivedSaidZero checks that a derived figure of zero from rounded
// inputs is said at the inputs' place, not searched for at ever coarser
// places: 5.0% − 5.0% is −0.1 to 0.1 points, within one unit of 0.0.
func TestDerivedSaidZero(t *testing.T) {
	for _, tc := range []struct {
		a, b, want string
	}{
		{"5.0%", "5.0%", "0 percentage points"},
		{"5%", "5%", "0 percentage points"},
	} {
		c := sayCatalog(t, indicators.Difference, []string{"a", "b"}, "a", tc.a, "b", tc.b)
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%q − %q: %v", tc.a, tc.b, err)
		}
		if got := r.Text(indicators.Style{}); got != tc.want {
			t.Errorf("%q − %q = %q (interval %v), want %q", tc.a, tc.b, got, r.Interval, tc.want)
		}
		checkSaidRule(t, tc.a+" − "+tc.b, r)
	}
}

// checkWithinEnds fails if a point figure r says lies outside its own
// ends (Bounds): "59.7 percent" beside a Low of 59.71 (s31b-beds).
func checkWithinEnds(t *testing.T, name string, r indicators.Result) {
	t.Helper()
	if !r.Bounded || r.Quantity.IsRange() {
		return
	}
	lo, hi, lok, hok := r.Bounds()
	if v := r.Quantity.Value; r.Quantity.Qualifier <= indicators.Nearly && (lok && v.Cmp(lo) < 0 || hok && v.Cmp(hi) > 0) {
		t.Errorf("%s = %q, outside its own ends %s to %s", name, r.Text(indicators.Style{}), lo, hi)
	}
}

// roundTo returns d rounded half away from zero to 10^place.
func roundTo(d indicators.Decimal, place int) indicators.Decimal {
	x, err := indicators.ParseDecimal(strconv.FormatFloat(d.Float64(), 'f', -place, 64))
	if err != nil {
		panic(err)
	}
	return x
}
