package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestValueWords: a rank shows as an ordinal in digits ("8th" for "the
// eighth consecutive year", s16g-research; "2nd" for usjapan2015's "second
// largest"), never "No. 8"; a change stated as a multiple shows no "up"
// ("more than 2 times" for "more than doubled", s16g-insolvency, where "up
// more than 2 times" read as +200%), while a change in percent keeps its
// direction ("down 5%", the insolvency kind's types).
func TestValueWords(t *testing.T) {
	tests := []struct {
		name      string
		stated    string
		measure   indicators.MeasureKind
		direction indicators.Direction
		want      string
	}{
		{"s16g-research, eighth consecutive year", "eighth", indicators.RankKind, indicators.NoDirection, "8th"},
		{"usjapan2015, second largest", "second largest", indicators.RankKind, indicators.NoDirection, "2nd"},
		{"twenty-first", "21st", indicators.RankKind, indicators.NoDirection, "21st"},
		{"eleventh", "11th", indicators.RankKind, indicators.NoDirection, "11th"},
		{"s16g-insolvency, more than doubled", "more than doubled", indicators.Change, indicators.Up, "more than 2 times"},
		{"insolvency kind, a fall in percent", "5%", indicators.Change, indicators.Down, "down 5%"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("%s: ParseStated(%q): %v", tt.name, tt.stated, err)
		}
		q.Direction = tt.direction
		ind := &indicators.Indicator{ID: "x", Title: "X", Stated: tt.stated, Quantity: q, Unit: u, Measure: tt.measure}
		if tt.measure == indicators.RankKind {
			ind.Unit = indicators.Unit{Kind: indicators.Rank}
		}
		k := numStyleKey(q.Value, ind.Unit, q.Scale, turnWord(ind), inWords(ind.Stated))
		if got := displayText(q.Value.Float64(), k.format()); got != tt.want {
			t.Errorf("%s: %q shows %q (format %q), want %q", tt.name, tt.stated, got, k.format(), tt.want)
		}
	}
}
