package extract

import (
	"slices"
	"testing"
)

func TestContentWords(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Expected range of prices", []string{"expect", "range", "price"}},
		{"Taxes on purchases of fuels", []string{"tax", "purchase", "fuel"}},
		{"Countries with malaria cases", []string{"country", "malaria", "case"}},
		{"Funding for training programmes", []string{"fund", "train", "programme"}},
	} {
		if got := contentWords(c.in); !slices.Equal(got, c.want) {
			t.Errorf("contentWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
