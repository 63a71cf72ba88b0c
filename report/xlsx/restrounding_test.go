package xlsx

import (
	"strings"
	"testing"
)

// TestDoughnutKeepsRest: the book's doughnut of parts short of their whole
// by what their rounding or hedges may make up draws the gap as a slice of
// its own, named as the slide's waffle keys it ("Not stated or rounding"),
// never stretching the parts over the whole ring: a doughnut of 10%, 32%
// and 55% drew them as 100 percent (s26w-language), while the PNG showed
// the 3% apart.
func TestDoughnutKeepsRest(t *testing.T) {
	tests := []struct {
		name  string
		parts []sharePart
		want  string // the rest's name, "" for none
	}{
		{"s26w-language: hedged parts short by 3", []sharePart{
			{"very-well", "Irish speakers who spoke Irish very well", "One in ten"},
			{"well", "Irish speakers who spoke Irish well", "32%"},
			{"not-well", "Irish speakers who did not speak Irish well", "55%"},
		}, "Not stated or rounding"},
		{"parts short by more than their rounding", []sharePart{
			{"a", "Share in work", "40%"},
			{"b", "Share in education", "30%"},
		}, "All other"},
		{"parts that make the whole", []sharePart{
			{"a", "Share in work", "60%"},
			{"b", "Share not in work", "40%"},
		}, ""},
	}
	for _, tt := range tests {
		c := partsCatalog(t, "Parts, 2022", "2022", tt.parts)
		_, files := writeParts(t, c)
		var all strings.Builder
		for name, part := range files {
			if strings.HasPrefix(name, "xl/") && strings.HasSuffix(name, ".xml") {
				all.WriteString(part)
			}
		}
		for _, rest := range []string{"Not stated or rounding", "All other"} {
			if got := strings.Contains(all.String(), rest); got != (rest == tt.want) {
				t.Errorf("%s: the book names a rest %q: %v, want %v", tt.name, rest, got, rest == tt.want)
			}
		}
	}
}
