package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestGroupedBars: the same measures across groups are drawn as grouped
// bars, each measure named once above its bars, the bars of a measure
// joined, a colour and a key entry per group; other views are not.
func TestGroupedBars(t *testing.T) {
	share := func(id, title, stated string) fig {
		return fig{id: id, title: title, stated: stated, period: "2022", measure: indicators.Share, status: indicators.Fact}
	}
	count := func(id, title, stated, period string) fig {
		return fig{id: id, title: title, stated: stated, period: period, measure: indicators.Stock, status: indicators.Fact}
	}
	tests := []struct {
		name       string
		figs       []fig
		wantLabels []string
		wantValues []string
		wantKey    []string
	}{
		{"poll", []fig{
			share("a", "Adults in the most deprived areas spending less on food", "58%"),
			share("b", "Adults in the least deprived areas spending less on food", "33%"),
			share("c", "Adults in the most deprived areas behind on bills", "10%"),
			share("d", "Adults in the least deprived areas behind on bills", "2%"),
		}, []string{"Spending less on food", "", "Behind on bills", ""},
			[]string{"58%", "33%", "10%", "2%"},
			[]string{"Adults in the most deprived areas", "Adults in the least deprived areas"}},
		{"view order kept within groups", []fig{
			share("a", "Adults in the most deprived areas spending less on food", "58%"),
			share("c", "Adults in the most deprived areas behind on bills", "10%"),
			share("b", "Adults in the least deprived areas spending less on food", "33%"),
			share("d", "Adults in the least deprived areas behind on bills", "2%"),
		}, []string{"Spending less on food", "", "Behind on bills", ""},
			[]string{"58%", "33%", "10%", "2%"},
			[]string{"Adults in the most deprived areas", "Adults in the least deprived areas"}},
		// s24t-childcare: two titles, each in two periods written apart
		// (2022 and December 2022), are no grid: each figure is its
		// own bar, named by its title and period. The daycare figure of
		// 2021 was drawn in both groups and childminding's not at all.
		{"periods written apart", []fig{
			count("a", "Children registered with daycare services", "196,320 children", "2021"),
			count("b", "Children registered with daycare services", "197,880 children", "2022"),
			count("c", "Children registered with childminding services", "24,880 children", "2021"),
			count("d", "Children registered with childminding services", "23,410 children", "2022-12"),
		}, []string{"Children registered with daycare services (2021)", "Children registered with daycare services (2022)",
			"Children registered with childminding services (2021)", "Children registered with childminding services (as of December 2022)"},
			[]string{"196,320", "197,880", "24,880", "23,410"}, nil},
		{"no groups", []fig{
			share("a", "Adults who see the NHS as important", "84%"),
			share("b", "Adults who see the economy as important", "81%"),
			share("c", "Adults who see housing as important", "60%"),
			share("d", "Adults who see crime as important", "50%"),
		}, []string{"Adults who see the NHS as important", "Adults who see the economy as important", "Adults who see housing as important", "Adults who see crime as important"},
			[]string{"84%", "81%", "60%", "50%"}, nil},
	}
	for _, tc := range tests {
		s := figSlide(t, figCatalog(t, tc.figs...), "all")
		bs := s.body.(*Bars)
		var labels, values []string
		for i, b := range bs.Bars {
			labels = append(labels, b.Label)
			values = append(values, b.Value)
			if want := tc.wantKey != nil && i%2 == 1; b.Joined != want {
				t.Errorf("%s: bar %d Joined = %v, want %v", tc.name, i, b.Joined, want)
			}
			if tc.wantKey != nil && b.Color != Palette[i%2] {
				t.Errorf("%s: bar %d colour = %v, want %v", tc.name, i, b.Color, Palette[i%2])
			}
		}
		var key []string
		for _, k := range s.Key {
			key = append(key, k.Text)
		}
		if !cmp.Equal(labels, tc.wantLabels) || !cmp.Equal(values, tc.wantValues) || !cmp.Equal(key, tc.wantKey) {
			t.Errorf("%s: labels, values, key = %q, %q, %q, want %q, %q, %q", tc.name, labels, values, key, tc.wantLabels, tc.wantValues, tc.wantKey)
		}
	}
}

// TestUnjoined: a split view never parts the bars of one measure.
func TestUnjoined(t *testing.T) {
	bars := []Bar{{}, {Joined: true}, {}, {Joined: true}, {Joined: true}, {}}
	tests := []struct{ ends, want []int }{
		{[]int{3, 6}, []int{2, 6}},
		{[]int{2, 6}, []int{2, 6}},
		{[]int{4, 6}, []int{2, 6}},
		{[]int{1, 6}, []int{0, 6}},
	}
	for _, tc := range tests {
		if got := unjoined(bars, tc.ends); !cmp.Equal(got, tc.want) {
			t.Errorf("unjoined(%v) = %v, want %v", tc.ends, got, tc.want)
		}
	}
}
