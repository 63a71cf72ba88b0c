package indicators

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
)

func TestSettleMeasure(t *testing.T) {
	for _, tt := range []struct {
		name, stated, quote string
		measure, want       MeasureKind
		changed             bool
	}{
		{"a contribution to GDP growth", "0.4 percentage points", "Household spending contributed 0.4 percentage points to growth in the quarter", Change, Share, true},
		{"a contribution to inflation", "0.25 percentage points", "The largest upward contribution, 0.25 percentage points, came from food", Change, Share, true},
		{"a rate of CPI inflation", "2.5%", "The CPI 12-month rate rose by 2.5% in the year to March", Change, Level, true},
		{"a change that is neither", "2.5%", "Retail sales rose by 2.5% in the year to March", Change, Change, false},
		{"a contribution that pulled growth down", "0.3 percentage points", "Net exports detracted 0.3 percentage points from growth", Change, Share, true},
		{"a share already", "0.4 percentage points", "Household spending contributed 0.4 percentage points to growth", Share, Share, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q, u, err := ParseStated(tt.stated)
			if err != nil {
				t.Fatal(err)
			}
			if tt.measure == Change {
				q.Direction = Up // only a change has a direction (sign20)
			}
			if strings.Contains(tt.quote, "detracted") {
				q.Direction = Down
			}
			ind := Indicator{Stated: tt.stated, Quantity: q, Unit: u, Measure: tt.measure, Base: Period{From: Date{Year: 2020}},
				Provenance: []Provenance{{Quote: tt.quote}}}
			why := SettleMeasure(&ind)
			if got := why != ""; got != tt.changed {
				t.Fatalf("SettleMeasure changed = %v (%q), want %v", got, why, tt.changed)
			}
			if ind.Measure != tt.want {
				t.Errorf("measure = %v, want %v", ind.Measure, tt.want)
			}
			if tt.changed && (ind.Quantity.Direction != NoDirection || ind.Base.IsStated()) {
				t.Errorf("direction %v, base %v: want neither", ind.Quantity.Direction, ind.Base)
			}
			if lo, _ := ind.Quantity.SignedEnds(); strings.Contains(tt.quote, "detracted") != (lo < 0) {
				t.Errorf("%q: value %v, stated %q: a contribution is below zero only when it pulled down", tt.quote, lo, ind.Stated)
			}
		})
	}
}

// TestUnsignedPull: a contribution the quote says pulled the rate down is
// refused as a positive share and told its sign; signed, or said as a
// rise, it verifies.
func TestUnsignedPull(t *testing.T) {
	for _, tt := range []struct {
		stated, quote string
		refused       bool
	}{
		{"0.3 percentage points", "Net exports detracted 0.3 percentage points from growth", true},
		{"-0.3 percentage points", "Net exports detracted 0.3 percentage points from growth", false},
		{"0.2 percentage points", "Mining contributed 0.2 percentage points to growth", false},
		{"0.25 percentage points", "The largest downward contribution came from fuels (0.25 percentage points)", true},
	} {
		text := "Release\n" + tt.quote + ".\n"
		sum := sha256.Sum256([]byte(text))
		yaml := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: s, title: Release, text: s.txt, sha256: %s}\nindicators:\n  - id: x\n    title: Contribution\n    measure: share\n    status: estimate\n    stated: %q\n    period: 2016-Q4\n    provenance:\n      - {source: s, quote: %q}\n",
			hex.EncodeToString(sum[:]), tt.stated, tt.quote)
		c, err := Parse("c.yaml", []byte(yaml), func(p string) ([]byte, error) { return []byte(text), nil })
		if err == nil {
			err = c.Verify()
		}
		if got := err != nil && strings.Contains(err.Error(), "below zero"); got != tt.refused {
			t.Errorf("%q stated %q: refused = %v (%v), want %v", tt.quote, tt.stated, got, err, tt.refused)
		}
	}
}

// TestSettleNoChange checks SettleMeasure settles a figure that is no
// change but was given a direction as verify advises first (review20): a
// figure the quote signs keeps the quote's sign, a flow with a word of
// change right before it is the change, a level reached stays a flow.
func TestSettleNoChange(t *testing.T) {
	for _, tt := range []struct {
		name, stated, quote string
		d                   Direction
		measure             MeasureKind
		wantStated          string
		wantLo              float64
		wantD               Direction
	}{
		{"quote signs it", "€385 million", "The three-month average flow of consumer credit was -€385 million.", Down, Flow, "-€385 million", -385e6, NoDirection},
		{"quote says minus", "€167 million", "Lending for house purchase was minus €167 million in the month.", Down, Flow, "minus €167 million", -167e6, NoDirection},
		{"a level reached", "€900 million", "Exports rose by €34 million in June, to €900 million.", Up, Flow, "€900 million", 900e6, NoDirection},
		{"rose by", "€34 million", "Exports rose by €34 million in June, to €900 million.", Up, Change, "€34 million", 34e6, Up},
		{"declined by", "€632 million", "Lending to households declined by €632 million in April", Down, Change, "€632 million", -632e6, Down},
		{"a stock", "€12 billion", "The stock of loans rose to €12 billion", Up, Stock, "€12 billion", 12e9, NoDirection},
	} {
		t.Run(tt.name, func(t *testing.T) {
			q, u, err := ParseStated(tt.stated)
			if err != nil {
				t.Fatal(err)
			}
			q.Direction = tt.d
			m := Flow
			if tt.name == "a stock" {
				m = Stock
			}
			ind := Indicator{Stated: tt.stated, Quantity: q, Unit: u, Measure: m, Provenance: []Provenance{{Quote: tt.quote}}}
			why := SettleMeasure(&ind)
			lo, _ := ind.Quantity.SignedEnds()
			if ind.Measure != tt.measure || ind.Stated != tt.wantStated || lo != tt.wantLo || ind.Quantity.Direction != tt.wantD {
				t.Errorf("SettleMeasure (%q) = measure %v, stated %q, value %v, direction %v; want %v, %q, %v, %v", why, ind.Measure, ind.Stated, lo, ind.Quantity.Direction, tt.measure, tt.wantStated, tt.wantLo, tt.wantD)
			}
		})
	}
}
