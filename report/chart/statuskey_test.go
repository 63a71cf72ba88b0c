package chart

import (
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// TestStatusKey checks that a chart says what each colour is whenever it
// holds more than one status or a commitment, and only then: bars all of
// one status but fact have no key of one entry (s16g-lifeexp's
// "Estimate" under four green bars).
func TestStatusKey(t *testing.T) {
	tests := []struct {
		name     string
		statuses []indicators.Status
		want     []string // the key's status entries, in order
	}{
		{"facts alone", []indicators.Status{indicators.Fact, indicators.Fact}, nil},
		{"estimates alone", []indicators.Status{indicators.Estimate, indicators.Estimate}, nil},
		{"projections alone, hatched", []indicators.Status{indicators.Projection, indicators.Projection}, []string{"Hatched: a projection, not a reported figure"}},
		{"estimate and fact", []indicators.Status{indicators.Estimate, indicators.Fact}, []string{"Fact", "Estimate"}},
		{"fact and target", []indicators.Status{indicators.Fact, indicators.Target}, []string{"Fact", "Hatched: a target, not a reported figure"}},
		{"intention", []indicators.Status{indicators.Intention}, []string{"Hatched: an intention, not a reported figure"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var figs []fig
			for i, st := range tc.statuses {
				figs = append(figs, fig{id: string(rune('a' + i)), title: "Figure " + string(rune('A'+i)), stated: "$" + string(rune('1'+i)) + " billion", period: "2020", measure: indicators.Flow, status: st})
			}
			s := figSlide(t, figCatalog(t, figs...), "all")
			var got []string
			for i, k := range s.Key {
				if i < len(s.KeyColors) && s.KeyColors[i] != nil && (k.Swatch == SolidSwatch || k.Swatch == HatchedSwatch) {
					got = append(got, k.Text)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("status key of %v (-want +got):\n%s", tc.statuses, diff)
			}
			for i, st := range statusesIn(tc.statuses) {
				if i < len(s.KeyColors) && s.KeyColors[i] != statusColor(st) {
					t.Errorf("key entry %q colour = %v, want %v", s.Key[i].Text, s.KeyColors[i], statusColor(st))
				}
			}
			for i, k := range s.Key {
				if i < len(s.KeyColors) && s.KeyColors[i] != nil {
					continue
				}
				if strings.HasPrefix(k.Text, "Hatched") && len(got) > 0 {
					t.Errorf("key says %q twice: once in its colour, once in grey", k.Text)
				}
			}
		})
	}
}

// statusesIn returns the statuses of list once each, fact first.
func statusesIn(list []indicators.Status) []indicators.Status {
	var out []indicators.Status
	for st := indicators.Fact; st <= indicators.Intention; st++ {
		for _, x := range list {
			if x == st {
				out = append(out, st)
				break
			}
		}
	}
	return out
}

// TestWaffleStatusKey checks that a share of a status other than fact
// is drawn in its status's colour, its key naming the squares alone: a
// status entry would be a key of one status (colorKeyed).
func TestWaffleStatusKey(t *testing.T) {
	c := figCatalog(t, fig{id: "x", title: "Share of cases", stated: "67%", period: "2022", measure: indicators.Share, status: indicators.Estimate})
	c.Views = []indicators.ChartView{{ID: "w", Kind: indicators.PartOfWhole, Indicators: []string{"x"}}}
	s := figSlide(t, c, "w")
	if len(s.Key) == 0 || s.Key[0].Text == "Estimate" || len(s.KeyColors) == 0 || s.KeyColors[0] != statusColor(indicators.Estimate) {
		t.Errorf("waffle of an estimate: key = %v, colours %v, want no \"Estimate\", the squares' entry in the estimate's colour", s.Key, s.KeyColors)
	}
}

// TestCountLabelsOneWay checks that the counts of one chart are labelled
// one way: by their figures alone, the unit said once in the subtitle
// ("Number of countries", unitOnce: s19m-elections' "38,889,429
// registrations" eight times under "Number of registrations"), and
// short too when one is a phrase or some are bare.
func TestCountLabelsOneWay(t *testing.T) {
	tests := []struct {
		stated []string
		want   []string
	}{
		{[]string{"30 countries", "3-5 countries"}, []string{"30", "3-5"}},
		{[]string{"31,800 estimated new HIV infections", "An estimated 23,900 HIV infections"}, []string{"31,800", "an estimated 23,900"}}, // a hedge mid-chart in lower case
		{[]string{"30 countries", "1.5 million countries"}, []string{"30", "1.5 million"}},
		{[]string{"38,889,429 registrations", "4,028,717 registrations", "nearly 2,307,877 registrations"}, []string{"38,889,429", "4,028,717", "nearly 2,307,877"}},
		{[]string{"257 fatalities", "3 appointments"}, []string{"257 fatalities", "3 appointments"}}, // two nouns: each keeps its own (s16g-fire)
	}
	for _, tc := range tests {
		_, got := statedSlide(t, tc.stated, "Figure", "2022", indicators.CountKind)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("values of %q (-want +got):\n%s", tc.stated, diff)
		}
	}
}

// TestSubtitleCommonWhole checks that the subtitle of shares of one whole
// in different groups says the whole once, and of shares of different
// wholes the unit alone, never each bar's whole joined with "and".
func TestSubtitleCommonWhole(t *testing.T) {
	tests := []struct {
		titles []string
		want   string
	}{
		{[]string{
			"Share of new HIV infections among men who reported male-to-male sexual contact",
			"Share of new HIV infections among people who inject drugs",
			"Share of new HIV infections among women who reported heterosexual contact",
		}, "Percent of new HIV infections, 2022"},
		{[]string{"Share of world GDP", "Share of the EU's exports"}, "Percent, 2022"},
		{[]string{"Share of world GDP", "Share of world GDP in services"}, "Percent of world GDP, 2022"},
	}
	for _, tc := range tests {
		var figs []fig
		for i, title := range tc.titles {
			figs = append(figs, fig{id: string(rune('a' + i)), title: title, stated: strconv.Itoa(10+i) + "%", period: "2022", measure: indicators.Share})
		}
		s := figSlide(t, figCatalog(t, figs...), "all")
		if s.Subtitle != tc.want {
			t.Errorf("subtitle of %q = %q, want %q", tc.titles, s.Subtitle, tc.want)
		}
	}
}

// TestKeyTipColor: the key's arrow and fading end are drawn in the colour
// of the bars that end so, not in the key's grey: a fact's arrow blue, a
// target's "more than" in the target's colour when it is the first.
func TestKeyTipColor(t *testing.T) {
	tests := []struct {
		name string
		figs []fig
		sw   Swatch
		want indicators.Status
	}{
		{"facts, one beyond", []fig{
			{id: "a", title: "Girls immunised", stated: "27 million girls", period: "2023", measure: indicators.CountKind},
			{id: "b", title: "Girls reached", stated: "more than 27.3 million girls", period: "2023", measure: indicators.CountKind},
		}, ArrowSwatch, indicators.Fact},
		{"fact and target beyond", []fig{
			{id: "a", title: "Girls immunised", stated: "27 million girls", period: "2023", measure: indicators.CountKind},
			{id: "b", title: "Girls to reach", stated: "over 86 million girls", period: "2025", measure: indicators.CountKind, status: indicators.Target},
		}, ArrowSwatch, indicators.Target},
		{"estimate nearly", []fig{
			{id: "a", title: "Funding", stated: "nearly $2.7 billion", period: "2018", measure: indicators.Flow, status: indicators.Estimate},
		}, FadedSwatch, indicators.Estimate},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := figSlide(t, figCatalog(t, tc.figs...), "all")
			found := false
			for i, k := range s.Key {
				if k.Swatch != tc.sw {
					continue
				}
				found = true
				var got any
				if i < len(s.KeyColors) {
					got = s.KeyColors[i]
				}
				if want := statusColor(tc.want); got != want {
					t.Errorf("key entry %q colour = %v, want %v", k.Text, got, want)
				}
			}
			if !found {
				t.Errorf("key %v has no entry of swatch %v", s.Key, tc.sw)
			}
		})
	}
}
