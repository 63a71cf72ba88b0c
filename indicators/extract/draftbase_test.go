package extract

import "testing"

// TestReadBases: the one reader of a change's base phrase, on sentences of
// a residential construction release, a direct investment release, an
// energy outlook and a labour market bulletin, field by field.
func TestReadBases(t *testing.T) {
	tests := []struct {
		in                string
		word, base, dated string
		month, year       int
	}{
		{" (±1.2 percent) above the revised July rate of 1,317,000", "above", "the revised July rate", "the revised July rate", 7, 0},
		{" above the August 2018 rate of 1,267,000", "above", "the August 2018 rate", "August 2018", 8, 2018},
		{"were below the annual average of $338.1 billion", "below", "the annual average", "the annual average", 0, 0},
		{"prices to decline from the August level to an average of $2.31", "from", "the August level", "the August level", 8, 0},
		{"0.3% higher than the previous quarter's figure", "higher than", "the previous quarter's figure", "the previous quarter's figure", 0, 0},
		{"up 2.1% compared with the June 2023 level", "compared with", "the June 2023 level", "June 2023", 6, 2023},
		{"rose above the target", "", "", "", 0, 0}, // no figure's noun: no base
		{"the rate of 4.5%", "", "", "", 0, 0},      // no word of comparison
	}
	for _, tc := range tests {
		bs := readBases(tc.in)
		if tc.word == "" {
			if len(bs) != 0 {
				t.Errorf("readBases(%q) = %+v, want none", tc.in, bs)
			}
			continue
		}
		if len(bs) == 0 {
			t.Errorf("readBases(%q) = none, want %q %q", tc.in, tc.word, tc.base)
			continue
		}
		b := bs[0]
		if b.word != tc.word || b.base != tc.base || int(b.month) != tc.month || b.year != tc.year || b.dated() != tc.dated {
			t.Errorf("readBases(%q) = %q %q month %d year %d dated %q, want %q %q month %d year %d dated %q",
				tc.in, b.word, b.base, b.month, b.year, b.dated(), tc.word, tc.base, tc.month, tc.year, tc.dated)
		}
	}
}
