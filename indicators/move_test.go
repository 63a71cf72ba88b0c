package indicators_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// moveDoc holds sentences of s17i-vehicles (StatCan, signed changes in
// brackets) and kinds/police (a fall "(-0.1%)").
const moveDoc = "the largest increases were observed in Prince Edward Island (+49.4%), followed by British Columbia (+13.1%) and Quebec (+7.9%).\n" +
	"New registrations of passenger cars also increased during this period (+1.2% in 2021), while new registrations of pickup trucks (-6.5%) and vans (-13.9%) declined compared with 2020.\n" +
	"an increase of 366 FTE police officers (+2.3%) from 2007 and a fall of 15 (-0.1%) from March.\n"

// moveCatalog returns a catalog of one change of the source moveDoc.
func moveCatalog(fields, quote string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: a.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    entities: [CA]\n    status: fact\n    period: 2021\n    measure: change\n", sha(moveDoc))
	for _, l := range strings.Split(fields, "\n") {
		fmt.Fprintf(&b, "    %s\n", l)
	}
	fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: %q\n", quote)
	return b.String()
}

// TestOneShapeForAMove checks the rule that a change's direction is one
// field of the model whichever way the writer put it: a signed stated
// figure loads as its unsigned twin with direction, so every output and
// export reads the same Quantity; and the quote's own sign counts as a
// word for the way ("(+13.1%)" as much as "(-6.5%)").
func TestOneShapeForAMove(t *testing.T) {
	tests := []struct {
		name           string
		signed, twin   string // stated and direction fields
		quote          string
		wantValue, dir string
	}{
		{"vehicles: a rise signed", "stated: +49.4%", "stated: 49.4%\ndirection: up", "Prince Edward Island (+49.4%)", "49.4", "up"},
		{"vehicles: a rise in brackets after its place", "stated: +13.1%", "stated: 13.1%\ndirection: up", "followed by British Columbia (+13.1%)", "13.1", "up"},
		{"vehicles: a fall signed", "stated: -6.5%", "stated: 6.5%\ndirection: down", "new registrations of pickup trucks (-6.5%)", "6.5", "down"},
		{"police: a fall signed", "stated: -0.1%", "stated: 0.1%\ndirection: down", "a fall of 15 (-0.1%) from March", "0.1", "down"},
		{"police: a rise signed", "stated: +2.3%", "stated: 2.3%\ndirection: up", "(+2.3%) from 2007", "2.3", "up"},
	}
	for _, tc := range tests {
		var got []indicators.Quantity
		for _, fields := range []string{tc.signed, tc.twin} {
			c, err := indicators.Parse("c.yaml", []byte(moveCatalog(fields, tc.quote)), func(string) ([]byte, error) { return []byte(moveDoc), nil })
			if err != nil {
				t.Errorf("%s: Parse(%q) = %v, want it to verify", tc.name, fields, err)
				continue
			}
			got = append(got, c.Indicators[0].Quantity)
		}
		if len(got) != 2 {
			continue
		}
		if diff := cmp.Diff(got[1], got[0]); diff != "" {
			t.Errorf("%s: the signed figure loads unlike its twin (-twin +signed):\n%s", tc.name, diff)
		}
		if v, d := got[0].Value.String(), got[0].Direction.String(); v != tc.wantValue || d != tc.dir {
			t.Errorf("%s: loads as value %s direction %q, want %s %q", tc.name, v, d, tc.wantValue, tc.dir)
		}
	}
}

// TestOneShapeRoundTrip checks that a catalog written by WriteYAML says a
// signed change as its writer did, and loads again to the same figure.
func TestOneShapeRoundTrip(t *testing.T) {
	for _, fields := range []string{"stated: -6.5%", "stated: +49.4%", "stated: 6.5%\ndirection: down"} {
		quote := "Prince Edward Island (+49.4%)"
		if strings.Contains(fields, "6.5") {
			quote = "new registrations of pickup trucks (-6.5%)"
		}
		read := func(string) ([]byte, error) { return []byte(moveDoc), nil }
		c, err := indicators.Parse("c.yaml", []byte(moveCatalog(fields, quote)), read)
		if err != nil {
			t.Fatalf("Parse(%q): %v", fields, err)
		}
		var b bytes.Buffer
		if err := indicators.WriteYAML(&b, c); err != nil {
			t.Fatalf("WriteYAML(%q): %v", fields, err)
		}
		c2, err := indicators.Parse("c2.yaml", b.Bytes(), read)
		if err != nil {
			t.Errorf("%q written and loaded again: %v\n%s", fields, err, b.String())
			continue
		}
		if diff := cmp.Diff(c.Indicators[0].Quantity, c2.Indicators[0].Quantity); diff != "" {
			t.Errorf("%q written and loaded again (-first +again):\n%s", fields, diff)
		}
	}
}

// TestOneShapeInArithmetic checks that derived arithmetic counts a fall
// below zero however the catalog wrote it: the difference of pickup
// trucks' fall (s17i-vehicles, "(-6.5%)") and passenger cars' rise
// ("(+1.2%)") is -7.7 points, signed or with directions alike.
func TestOneShapeInArithmetic(t *testing.T) {
	change := func(id, fields, quote string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "  - id: %s\n    title: %s\n    entities: [CA]\n    status: fact\n    period: 2021\n    measure: change\n", id, id)
		for _, l := range strings.Split(fields, "\n") {
			fmt.Fprintf(&b, "    %s\n", l)
		}
		fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: %q\n", quote)
		return b.String()
	}
	for _, tc := range []struct{ name, truck, car string }{
		{"signed", "stated: -6.5%", "stated: +1.2%"},
		{"with directions", "stated: 6.5%\ndirection: down", "stated: 1.2%\ndirection: up"},
	} {
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: a.txt\n    sha256: %s\nindicators:\n", sha(moveDoc)) +
			change("truck", tc.truck, "new registrations of pickup trucks (-6.5%)") +
			change("car", tc.car, "passenger cars also increased during this period (+1.2% in 2021)") +
			"derived:\n  - id: gap\n    title: Gap\n    formula: difference\n    inputs: [truck, car]\n"
		c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(moveDoc), nil })
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		r, err := c.Compute("gap")
		if err != nil {
			t.Fatalf("%s: Compute(gap): %v", tc.name, err)
		}
		if got := r.Quantity.Value.String(); got != "-7.7" {
			t.Errorf("%s: Compute(gap) = %s, want -7.7", tc.name, got)
		}
	}
}
