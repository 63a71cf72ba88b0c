package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDraftNetFlowSign checks the drafter signs a net flow as verify reads
// it (indicators.SignNetFlow): a release of money and credit that writes
// its amounts as net flows gives a fall governed by its word ("declined by
// €632 million", "a decrease in loans … of €394 million", "decreased by
// €188 million and €51 million") as a net flow below zero, and a figure
// the quote signs in words ("minus €167 million") its sign; elsewhere an
// amount that fell is a change (public finances' borrowing), a net flow
// the document signs keeps its sign (net migration), and a fall word that
// governs another figure signs nothing.
func TestDraftNetFlowSign(t *testing.T) {
	const credit = "Money and Banking Statistics: April 2012\n\n" +
		"Lending to households declined by €632 million during the month of April following a net monthly flow of minus €167 million in March. " +
		"Developments in April were largely driven by a decrease in loans for consumption purposes of €394 million. " +
		"Loans for house purchase and other purposes also decreased by €188 million and €51 million, respectively.\n\n" +
		"On a monthly basis, loans to NFCs decreased by €326 million during April 2012, following an increase of €34 million in March.\n"
	const boe = "Money and credit - August 2019\n\n" +
		"The net flow of consumer credit was £1.4 billion in August.\n\n" +
		"Net finance raised by UK businesses rose by £2.4 billion in August, up from £2.3 billion of net repayments in July.\n\n" +
		"Loans to non-financial businesses decreased by £1.8 billion in August.\n"
	const finances = "Public sector finances, UK: September 2017\n\n" +
		"Public sector net borrowing (excluding public sector banks) decreased by £0.7 billion to £5.9 billion in September 2017, compared with September 2016.\n"
	const migration = "Migration Statistics Quarterly Report: May 2017\n\n" +
		"Net migration was +248,000, comprising +127,000 EU citizens, +175,000 non-EU citizens, and -52,000 British citizens.\n"
	const trade = "Trade in goods: June 2024\n\n" +
		"Exports fell by €34 million in June, to €900 million. Exports fell in May, while imports were €51 million.\n"
	tests := []struct {
		name, text, number string // number: the figure's digits in stated
		stated             string
		measure            indicators.MeasureKind
		d                  indicators.Direction
	}{
		{"credit: declined by", credit, "632", "-€632 million", indicators.Flow, indicators.NoDirection},
		{"credit: minus in words", credit, "167", "minus €167 million", indicators.Flow, indicators.NoDirection},
		{"credit: a decrease in … of", credit, "394", "-€394 million", indicators.Flow, indicators.NoDirection},
		{"credit: the first of two", credit, "188", "-€188 million", indicators.Flow, indicators.NoDirection},
		{"credit: respectively", credit, "51", "-€51 million", indicators.Flow, indicators.NoDirection},
		{"credit: decreased by, NFCs", credit, "326", "-€326 million", indicators.Flow, indicators.NoDirection},
		{"credit: an increase of", credit, "34", "€34 million", indicators.Flow, indicators.NoDirection},
		{"boe: rose by", boe, "2.4", "£2.4 billion", indicators.Flow, indicators.NoDirection},
		{"boe: net repayments", boe, "2.3", "-£2.3 billion", indicators.Flow, indicators.NoDirection},
		{"boe: decreased by", boe, "1.8", "-£1.8 billion", indicators.Flow, indicators.NoDirection},
		{"finances: a fall in borrowing", finances, "0.7", "£0.7 billion", indicators.Change, indicators.Down},
		{"finances: the level reached", finances, "5.9", "£5.9 billion", indicators.Flow, indicators.NoDirection},
		{"migration: signed by the document", migration, "52,000", "-52,000 British citizens", indicators.Flow, indicators.NoDirection},
		{"trade: no net flows, a change", trade, "34", "€34 million", indicators.Change, indicators.Down},
		{"trade: the fall word governs another figure", trade, "51", "€51 million", indicators.Flow, indicators.NoDirection},
	}
	drafts := map[string]*indicators.Catalog{}
	for _, tt := range tests {
		c, ok := drafts[tt.text]
		if !ok {
			c, _ = loadDraft(t, tt.text)
			drafts[tt.text] = c
		}
		var got *indicators.Indicator
		for i, ind := range c.Indicators {
			if f := strings.FieldsFunc(ind.Stated, func(r rune) bool { return !(r >= '0' && r <= '9' || r == '.' || r == ',') }); len(f) > 0 && f[0] == tt.number {
				got = &c.Indicators[i]
				break
			}
		}
		if got == nil {
			t.Errorf("%s: no indicator states %s", tt.name, tt.number)
			continue
		}
		if got.Stated != tt.stated || got.Measure != tt.measure || got.Quantity.Direction != tt.d {
			t.Errorf("%s: drafted stated %q, measure %v, direction %v; want %q, %v, %v", tt.name, got.Stated, got.Measure, got.Quantity.Direction, tt.stated, tt.measure, tt.d)
		}
	}
}
