package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// openBook returns the dump of the book of a catalog whose derived
// figures are hedged open: a ratio of two "more than"s, which cannot be
// bounded, and a share of "less than" over "more than".
func openBook(t *testing.T) string {
	t.Helper()
	c := &indicators.Catalog{}
	for _, in := range []struct{ id, stated, period string }{
		{"exports", "more than $54 billion", ""}, {"aid", "over $500 million", ""},
		{"solar", "less than 2,800 MW", "2013"}, {"total", "more than 10,700 MW", "2014"},
	} {
		q, u, err := indicators.ParseStated(in.stated)
		if err != nil {
			t.Fatal(err)
		}
		p, err := indicators.ParsePeriod(in.period)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: in.id, Title: in.id, Stated: in.stated, Quantity: q, Unit: u, Period: p, Measure: indicators.Stock})
	}
	c.Derived = []indicators.Derived{
		{ID: "ratio", Title: "Exports over aid", Op: indicators.Ratio, Inputs: []string{"exports", "aid"}},
		{ID: "share", Title: "Solar share", Op: indicators.ShareOf, Inputs: []string{"solar", "total"}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return dump(t, buf.Bytes())
}

// TestDerivedSheetOpen: the Derived sheet says what the exports say of a
// derived figure (its period and unit in the Indicators sheet's words),
// and computes no value the inputs' wording does not allow.
func TestDerivedSheetOpen(t *testing.T) {
	d := openBook(t)
	for _, want := range []string{
		`H2 s "cannot be bounded from these claims"`,
		`M2 s "Cannot be bounded: the wording of \"more than $54 billion\" (exports) and \"over $500 million\" (aid) leaves the ratio open above, with no bound but zero below: it could be any positive number"`,
		`H3 s "less than 27 percent"`,
		`J3 s "less_than"`,
		`K3 s "2013–2014"`, // as the Indicators sheet writes the period, not the code "2013/2014"
		`M3 s "Computed from what the inputs' wording allows: from 0 percent to 27 percent (exclusive)"`,
		"SHARE = Derived!$F$3",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("book dump has no line with %s:\n%s", want, d)
		}
	}
	// The Derived sheet's part of the dump: D is its Value column (the
	// Indicators sheet's D is its own Value column, holding the inputs).
	derived := d[strings.Index(d, "== sheet Derived"):]
	derived = derived[:strings.Index(derived[1:], "\n== ")+1]
	for _, bad := range []string{"D2 n", "D3 n"} {
		if strings.Contains(derived, bad) {
			t.Errorf("Derived sheet dump has %q, a figure the claims do not allow", bad)
		}
	}
	for _, bad := range []string{"formula =100*SOLAR/TOTAL", "formula =EXPORTS/AID", "about"} {
		if strings.Contains(d, bad) {
			t.Errorf("book dump has %q, a figure the claims do not allow", bad)
		}
	}
}
