package indicators_test

import (
	"github.com/claimbook/claimbook/indicators"
	"testing"
)

func TestMeasuresRoundTrip(t *testing.T) {
	for _, m := range indicators.Measures() {
		for _, v := range []string{"1", "2.5"} {
			q := indicators.Point(indicators.MustParseDecimal(v), indicators.Exact)
			u := indicators.MustParseUnit(m.Symbol)
			w := indicators.Format(q, u, indicators.Style{})
			q2, u2, err := indicators.ParseStated(w)
			if err != nil || u2 != u || !q2.Value.Equal(q.Value) {
				t.Errorf("%s: Format gives %q, read back as %+v %v, %v", m.Symbol, w, q2, u2, err)
			}
		}
	}
}
