package indicators

import (
	"strings"
	"testing"
)

// TestTableScaleMark checks that the mark tableScaleMark returns is the
// text of s where it stands, whatever letters before it lower to more or
// fewer bytes.
func TestTableScaleMark(t *testing.T) {
	for _, tt := range []struct {
		in, mark string
		sc       Scale
	}{
		{"Trips '000", "'000", Thousand},
		{"ȺȺȺȺ '000", "'000", Thousand},
		{"ȺȺȺȺ (Thousands)", "(Thousands)", Thousand},
		{"İİİ Spending (US$ Million)", "US$ Million", Million},
		{"Ɐ Spending ($bn)", "$bn", Billion},
		{"Spending £m, 2023", "£m", Million},
		{"\xff\xfeA £M", "£M", Million},
		{"homes in thousands of villages", "", NoScale},
		{"US$million", "US$million", Million},
		{"cost $5m", "", NoScale},
	} {
		mark, sc, ok := tableScaleMark(tt.in)
		if mark != tt.mark || sc != tt.sc || ok != (tt.mark != "") {
			t.Errorf("tableScaleMark(%q) = %q, %v, %v, want %q, %v, %v", tt.in, mark, sc, ok, tt.mark, tt.sc, tt.mark != "")
		}
	}
}

// FuzzTableScaleMark checks that tableScaleMark never panics and that the
// mark it returns stands in s.
func FuzzTableScaleMark(f *testing.F) {
	for _, s := range []string{"Trips '000", "ȺȺȺȺ '000", "Ⱥ '000", "İ (millions)", "\xff£m"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		mark, _, ok := tableScaleMark(s)
		if ok && !strings.Contains(s, mark) {
			t.Errorf("tableScaleMark(%q) = %q, which s does not hold", s, mark)
		}
	})
}
