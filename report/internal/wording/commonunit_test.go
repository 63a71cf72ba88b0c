package wording

import "testing"

// TestCommonUnit: the words units share, less those that lead to what
// differs, never a phrase cut after its verb ("who were").
func TestCommonUnit(t *testing.T) {
	tests := []struct {
		units []string
		want  string
	}{
		{[]string{"Percent of new HIV infections among men", "Percent of new HIV infections among women"}, "Percent of new HIV infections"},
		{[]string{"Percent of sentenced prisoners who were black", "Percent of sentenced prisoners who were white"}, "Percent of sentenced prisoners"},
		{[]string{"Percent of households that are renting", "Percent of households that are owning"}, "Percent of households"},
	}
	for _, tc := range tests {
		if got := commonUnit(tc.units); got != tc.want {
			t.Errorf("commonUnit(%q) = %q, want %q", tc.units, got, tc.want)
		}
	}
}
