package indicators_test

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// A claim is one indicator of a synthetic catalog: its figure as stated,
// the source that states it ("a", issued 2014, or "b", issued 2015), its
// period and its series.
type claim struct {
	id, src, stated, period, series string
	extra                           string // more indicator fields, YAML lines
}

// seriesYAML returns a catalog of claims and the texts it quotes: each
// claim's quote is "Claim <id>: the figure was <stated>." in its source.
// more is appended at the top level (series, views).
func seriesYAML(claims []claim, more string) (string, map[string]string) {
	texts := map[string]string{"a.txt": "Document A\n\n", "b.txt": "Document B\n\n"}
	for _, c := range claims {
		texts[c.src+".txt"] += "Claim " + c.id + ": the figure was " + c.stated + ".\n"
	}
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n")
	for i, s := range []string{"a", "b"} {
		fmt.Fprintf(&b, "  - id: %s\n    title: Document %s\n    publisher: Office %s\n    issued: %d-01-01\n    text: %s.txt\n    sha256: %s\n",
			s, strings.ToUpper(s), strings.ToUpper(s), 2014+i, s, sha(texts[s+".txt"]))
	}
	b.WriteString("indicators:\n")
	for _, c := range claims {
		fmt.Fprintf(&b, "  - id: %s\n    title: Trade\n    measure: flow\n    status: fact\n    stated: %s\n    period: %s\n", c.id, c.stated, c.period)
		if c.series != "" {
			fmt.Fprintf(&b, "    series: %s\n", c.series)
		}
		b.WriteString(c.extra)
		fmt.Fprintf(&b, "    provenance:\n      - source: %s\n        quote: \"Claim %s: the figure was %s\"\n", c.src, c.id, c.stated)
	}
	b.WriteString(more)
	return b.String(), texts
}

func parseSeries(t *testing.T, claims []claim, more string) (*indicators.Catalog, error) {
	t.Helper()
	src, texts := seriesYAML(claims, more)
	return indicators.Parse("c.yaml", []byte(src), func(p string) ([]byte, error) {
		if s, ok := texts[p]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	})
}

const tradeSeries = "series:\n  - id: trade\n    title: Two-way trade\n"

func TestSeriesPointsOrder(t *testing.T) {
	// Catalog order is neither period nor issue order: points come in
	// period order, then by their source's issue date, then as listed.
	c, err := parseSeries(t, []claim{
		{id: "t2014-b", src: "b", stated: "$279 billion", period: "2014", series: "trade"},
		{id: "t2012", src: "a", stated: "$290 billion", period: "2012", series: "trade"},
		{id: "other", src: "a", stated: "$5 billion", period: "2013"},
		{id: "t2014-a", src: "a", stated: "$279 billion", period: "2014", series: "trade"},
		{id: "t2014-03", src: "a", stated: "$70 billion", period: "2014-03", series: "quarter"},
		{id: "t2013", src: "b", stated: "$280 billion", period: "2013", series: "trade"},
		{id: "t2014-a2", src: "a", stated: "$279.0 billion", period: "2014", series: "trade"},
	}, tradeSeries+"  - id: quarter\n    title: Trade in a month\n")
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, pts := range c.SeriesPoints() {
		var ids []string
		for _, p := range pts {
			ids = append(ids, p.Indicator.ID+"@"+p.Source)
		}
		got = append(got, ids)
	}
	want := [][]string{
		{"t2012@a", "t2013@b", "t2014-a@a", "t2014-a2@a", "t2014-b@b"},
		{"t2014-03@a"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("SeriesPoints() (-want +got):\n%s", diff)
	}
	if got, want := len(c.Points("quarter")), 1; got != want {
		t.Errorf("len(Points(%q)) = %d, want %d", "quarter", got, want)
	}
	if got := c.Points("nope"); got != nil {
		t.Errorf("Points(%q) = %v, want nil", "nope", got)
	}
}

// TestConflicts runs every qualifier pair through the interval rules: two
// claims of one series for one period conflict when their intervals
// (README, "What the numbers mean") have no number in common.
func TestConflicts(t *testing.T) {
	tests := []struct {
		a, b     string
		conflict bool
	}{
		{"$290 billion", "$290 billion", false},
		{"$290 billion", "$290.0 billion", false},
		{"$290 billion", "$288 billion", true},
		{"$290 billion", "$0.29 trillion", false}, // the scale word does not matter
		{"nearly $350 billion", "$345 billion", false},
		{"nearly $350 billion", "$350 billion", false}, // (340, 350] holds 350
		{"nearly $350 billion", "$340 billion", true},  // but not 340
		{"nearly $350 billion", "$351 billion", true},
		{"nearly $350 billion", "nearly $342 billion", false}, // (340, 350] and (341, 342]
		{"nearly $350 billion", "nearly $340 billion", true},  // (330, 340] and (340, 350]
		{"about $280 billion", "$280.5 billion", false},       // [279.5, 280.5]
		{"about $280 billion", "$281 billion", true},
		{"about $2.5 trillion", "$2,550 billion", false}, // [2.45, 2.55] trillion, exactly
		{"about $2.5 trillion", "$2,551 billion", true},
		{"about $280 billion", "nearly $290 billion", false}, // [279.5, 280.5] and (280, 290]
		{"about $280 billion", "nearly $350 billion", true},
		{"more than $300 billion", "$300 billion", true},
		{"more than $300 billion", "$301 billion", false},
		{"more than $300 billion", "nearly $350 billion", false},
		{"more than $300 billion", "less than $300 billion", true},
		{"more than $300 billion", "up to $300 billion", true},
		{"more than $300 billion", "more than $900 billion", false},
		{"at least $300 billion", "$300 billion", false},
		{"at least $300 billion", "$299 billion", true},
		{"at least $300 billion", "up to $300 billion", false}, // both hold 300
		{"at least $300 billion", "less than $300 billion", true},
		{"up to $300 billion", "$300 billion", false},
		{"up to $300 billion", "$301 billion", true},
		{"up to $300 billion", "less than $5 billion", false},
		{"less than $300 billion", "$300 billion", true},
		{"less than $300 billion", "$299.9 billion", false},
		{"less than $300 billion", "nearly $350 billion", true},
		{"less than $341 billion", "nearly $350 billion", false}, // (340, 341)
		{"$280 billion to $300 billion", "$300 billion", false},
		{"$280 billion to $300 billion", "$301 billion", true},
		{"$280 billion to $290 billion", "$290 billion to $300 billion", false}, // they touch at 290
		{"$280 billion to $290 billion", "$291 billion to $300 billion", true},
		{"$280 billion to $290 billion", "more than $290 billion", true},
		{"$280 billion to $290 billion", "at least $290 billion", false},
		{"$280 billion to $290 billion", "nearly $300 billion", false}, // "nearly 300" is (200, 300]
		{"$280 billion to $290 billion", "nearly $350 billion", true},
		{"$280 billion to $290 billion", "about $290 billion", false},
	}
	for _, tt := range tests {
		for _, swap := range []bool{false, true} {
			a, b := tt.a, tt.b
			if swap {
				a, b = b, a
			}
			// Both claims in one document: a revision needs a later
			// document (TestRevisions).
			c, err := parseSeries(t, []claim{
				{id: "x", src: "a", stated: a, period: "2012", series: "trade"},
				{id: "y", src: "a", stated: b, period: "2012", series: "trade"},
				{id: "z", src: "b", stated: "$1 billion", period: "2013", series: "trade"}, // another period: never compared
			}, tradeSeries)
			if err != nil {
				t.Fatalf("%q and %q: %v", a, b, err)
			}
			got := c.Conflicts()
			if (len(got) == 1) != tt.conflict || len(got) > 1 {
				t.Errorf("Conflicts(%q, %q) = %v, want a conflict: %v", a, b, got, tt.conflict)
				continue
			}
			if tt.conflict {
				want := indicators.Conflict{Series: "trade", Period: indicators.YearPeriod(2012), Indicators: [2]string{"x", "y"},
					Note: fmt.Sprintf("a says %q, a says %q: no figure fits both", a, b)}
				if diff := cmp.Diff(want, got[0]); diff != "" {
					t.Errorf("Conflicts(%q, %q) (-want +got):\n%s", a, b, diff)
				}
			}
		}
	}
}

func TestConflictsCounts(t *testing.T) {
	// Counts cannot be negative: "less than 3 countries" is [0, 3), which
	// "0 countries" fits and "3 countries" does not.
	c, err := parseSeries(t, []claim{
		{id: "x", src: "a", stated: "less than 3 countries", period: "2012", series: "n"},
		{id: "y", src: "b", stated: "0 countries", period: "2012", series: "n"},
		{id: "z", src: "b", stated: "3 countries", period: "2012", series: "n"},
	}, "series:\n  - id: n\n    title: Partners\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, cf := range c.Conflicts() {
		got = append(got, cf.Indicators[0]+"/"+cf.Indicators[1])
	}
	if want := []string{"x/z", "y/z"}; !cmp.Equal(got, want) {
		t.Errorf("Conflicts() = %v, want %v", got, want)
	}
}

// TestRevisions checks which disagreements are revisions: the second
// figure's source was issued after the first's (sources a, 2014, and b,
// 2015), whatever the catalog order; one document, or two of one day, or
// an undated one, disagree outright.
// TestConflictsSplitYearWritings checks that one year across two written
// with a hyphen by one source ("2021-22") and a slash by another
// ("2021/22") is one period of a series: their figures conflict.
func TestConflictsSplitYearWritings(t *testing.T) {
	c, err := parseSeries(t, []claim{
		{id: "x", src: "a", stated: "978 PJ", period: "2021-22", series: "n"},
		{id: "y", src: "b", stated: "990 PJ", period: "2021/22", series: "n"},
		{id: "z", src: "b", stated: "900 PJ", period: "2020/21", series: "n"},
	}, "series:\n  - id: n\n    title: Generation\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, cf := range c.Conflicts() {
		got = append(got, cf.Indicators[0]+"/"+cf.Indicators[1])
	}
	if want := []string{"x/y"}; !cmp.Equal(got, want) {
		t.Errorf("Conflicts() = %v, want %v", got, want)
	}
}

func TestRevisions(t *testing.T) {
	tests := []struct {
		name     string
		claims   []claim
		drop     string // a line of the catalog to remove
		want     []string
		revision bool
		note     string
	}{
		{"later document", []claim{
			{id: "x", src: "a", stated: "$125 billion", period: "2011", series: "trade"},
			{id: "y", src: "b", stated: "$126.5 billion", period: "2011", series: "trade"},
		}, "", []string{"x", "y"}, true, `a (2014-01-01) says "$125 billion", the later b (2015-01-01) says "$126.5 billion": a revised figure, or another reckoning`},
		{"later document listed first", []claim{
			{id: "y", src: "b", stated: "$126.5 billion", period: "2011", series: "trade"},
			{id: "x", src: "a", stated: "$125 billion", period: "2011", series: "trade"},
		}, "", []string{"x", "y"}, true, `a (2014-01-01) says "$125 billion", the later b (2015-01-01) says "$126.5 billion": a revised figure, or another reckoning`},
		{"one document", []claim{
			{id: "x", src: "b", stated: "$125 billion", period: "2011", series: "trade"},
			{id: "y", src: "b", stated: "$126.5 billion", period: "2011", series: "trade"},
		}, "", []string{"x", "y"}, false, `b says "$125 billion", b says "$126.5 billion": no figure fits both`},
		{"an undated document", []claim{
			{id: "x", src: "a", stated: "$125 billion", period: "2011", series: "trade"},
			{id: "y", src: "b", stated: "$126.5 billion", period: "2011", series: "trade"},
		}, "    issued: 2015-01-01\n", []string{"y", "x"}, false, `b says "$126.5 billion", a says "$125 billion": no figure fits both`}, // undated sorts first
	}
	for _, tt := range tests {
		src, texts := seriesYAML(tt.claims, tradeSeries)
		if tt.drop != "" {
			src = strings.Replace(src, tt.drop, "", 1)
		}
		c, err := indicators.Parse("c.yaml", []byte(src), func(p string) ([]byte, error) {
			if s, ok := texts[p]; ok {
				return []byte(s), nil
			}
			return nil, fs.ErrNotExist
		})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		got := c.Conflicts()
		if len(got) != 1 {
			t.Fatalf("%s: Conflicts() = %v, want one", tt.name, got)
		}
		if ids := got[0].Indicators[:]; !cmp.Equal(ids, tt.want) || got[0].Revision != tt.revision || got[0].Note != tt.note {
			t.Errorf("%s: Conflicts() = %v %v %q, want %v %v %q", tt.name, ids, got[0].Revision, got[0].Note, tt.want, tt.revision, tt.note)
		}
		kind := indicators.ErrConflict
		if tt.revision {
			kind = indicators.ErrRevision
		}
		if f := c.ConflictFindings(); len(f) != 1 || !errors.Is(f[0], kind) {
			t.Errorf("%s: ConflictFindings() = %v, want one of kind %v", tt.name, f, kind)
		}
		// series.csv: the first point's "Conflicts with" and "Revised by".
		var buf bytes.Buffer
		if err := indicators.WriteSeriesCSV(&buf, c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := []string{tt.want[1], ""}
		if tt.revision {
			want = []string{"", tt.want[1]}
		}
		for _, r := range rows[1:] {
			if r[4] == tt.want[0] && !cmp.Equal(r[len(r)-2:], want) {
				t.Errorf("%s: series.csv row of %s ends %q, want %q", tt.name, r[4], r[len(r)-2:], want)
			}
		}
	}
}

func TestConflictFindings(t *testing.T) {
	for _, tt := range []struct {
		srcY, want string
	}{
		{"a", `c.yaml:32:13: conflict: series "trade", 2012: "$290 billion" (x: "Claim x: the figure was $290 billion" in a) and "$288 billion" (y: "Claim y: the figure was $288 billion" in a) allow no common value; both are kept, as each source says`},
		{"b", `c.yaml:32:13: revision: series "trade", 2012: "$290 billion" (x: "Claim x: the figure was $290 billion" in a, issued 2014-01-01) is "$288 billion" in a later source (y: "Claim y: the figure was $288 billion" in b, issued 2015-01-01); both are kept, and the series line takes the later figure`},
	} {
		c, err := parseSeries(t, []claim{
			{id: "x", src: "a", stated: "$290 billion", period: "2012", series: "trade"},
			{id: "y", src: tt.srcY, stated: "$288 billion", period: "2012", series: "trade"},
		}, tradeSeries)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.ConflictFindings().Error(); got != tt.want {
			t.Errorf("ConflictFindings() =\n%s\nwant\n%s", got, tt.want)
		}
		if err := c.Verify(); err != nil {
			t.Errorf("Verify() = %v, want nil: a conflict is not an error of the catalog", err)
		}
	}
}

func TestSeriesErrors(t *testing.T) {
	usd := func(id, src, stated, period string) claim {
		return claim{id: id, src: src, stated: stated, period: period, series: "trade"}
	}
	tests := []struct {
		name   string
		claims []claim
		more   string
		want   []string
	}{
		{"unit differs", []claim{usd("x", "a", "$290 billion", "2012"), usd("y", "b", "30 percent", "2013")}, tradeSeries,
			[]string{`c.yaml:32:13: indicator "y" is in series "trade" (from its point "x"), whose unit is USD, but its own unit is percent: the points of a series have one unit (the scale word may differ); put it in a series of its own`}},
		{"currency differs", []claim{usd("x", "a", "$290 billion", "2012"), usd("y", "b", "¥30 trillion", "2013")}, tradeSeries,
			[]string{`c.yaml:32:13: indicator "y" is in series "trade" (from its point "x"), whose unit is USD, but its own unit is JPY: the points of a series have one unit (the scale word may differ); put it in a series of its own`}},
		{"declared unit", []claim{usd("x", "a", "$290 billion", "2012")}, "series:\n  - id: trade\n    title: Trade\n    unit: EUR\n",
			[]string{`c.yaml:22:13: indicator "x" is in series "trade", whose unit is EUR, but its own unit is USD: the points of a series have one unit (the scale word may differ); put it in a series of its own`}},
		{"measure differs", []claim{usd("x", "a", "$290 billion", "2012"), {id: "y", src: "b", stated: "$2 trillion", period: "2013", series: "trade", extra: "    counterpart: JP\n"}}, tradeSeries,
			nil},
		{"declared measure", []claim{usd("x", "a", "$290 billion", "2012")}, "series:\n  - id: trade\n    title: Trade\n    measure: stock\n",
			[]string{`c.yaml:18:14: indicator "x" is a flow but series "trade" holds stocks: the points of a series have one measure; write measure: stock to match, or put it in a series of its own`}},
		{"period not stated", []claim{usd("x", "a", "$290 billion", "not stated")}, tradeSeries,
			[]string{`c.yaml:22:13: indicator "x" is a point of series "trade" but its period is not stated: a point needs the year or date it is for; write it in "period", or remove "series"`}},
		{"dangling", []claim{{id: "x", src: "a", stated: "$290 billion", period: "2012", series: "trad"}}, tradeSeries,
			[]string{
				`c.yaml:22:13: series "trad" is not in the catalog's series: did you mean "trade"?`,
				`c.yaml:27:5: series "trade" has no points: add "series: trade" to the indicators that state it, or remove the series`,
			}},
		{"undeclared", []claim{usd("x", "a", "$290 billion", "2012")}, "",
			[]string{`c.yaml:22:13: series "trade" is not in the catalog's series, named by indicator "x": declare it in a top-level "series:" list (each title is its first point's: write the series' own where it differs): write series: [{id: trade, title: "Trade"}]`}},
		// One cause, one message (s24t-childcare met 14, one a point):
		// the series undeclared with all their points and one stub.
		{"undeclared, two series of three points", []claim{usd("x", "a", "$290 billion", "2012"), usd("y", "b", "$300 billion", "2013"), {id: "z", src: "b", stated: "30 percent", period: "2013", series: "share"}}, "",
			[]string{`c.yaml:22:13: 2 series ("trade", "share") are not in the catalog's series, named by indicators "x", "y", "z": declare them in a top-level "series:" list (each title is its first point's: write the series' own where it differs): write series: [{id: trade, title: "Trade"}, {id: share, title: "Trade"}]`}},
		{"undeclared beside a declared one", []claim{usd("x", "a", "$290 billion", "2012"), {id: "z", src: "b", stated: "30 percent", period: "2013", series: "percentages"}}, tradeSeries,
			[]string{`c.yaml:32:13: series "percentages" is not in the catalog's series, named by indicator "z": add to the top-level "series:" list (which holds trade) the items {id: percentages, title: "Trade"} (each title is its first point's: write the series' own where it differs)`}},
		{"duplicate id", []claim{usd("x", "a", "$290 billion", "2012")}, tradeSeries + "  - id: x\n    title: X\n",
			[]string{
				`c.yaml:29:9: duplicate id "x" (already used by indicator "x"): give each series its own id`,
			}},
		{"no title", []claim{usd("x", "a", "$290 billion", "2012")}, "series:\n  - id: trade\n",
			[]string{`c.yaml:27:5: series "trade" has no "title" field: add one`}},
		{"unknown field", []claim{usd("x", "a", "$290 billion", "2012")}, tradeSeries + "    units: USD\n",
			[]string{`c.yaml:29:5: unknown field "units" in series: did you mean "unit"?`}},
		{"view of an unknown series", []claim{usd("x", "a", "$290 billion", "2012")}, tradeSeries + "views:\n  - id: v\n    title: V\n    kind: series\n    series: [trad]\n",
			[]string{`c.yaml:33:14: view "v" draws "trad", which is not a series: did you mean "trade"?`}},
		{"view of two units", []claim{usd("x", "a", "$290 billion", "2012"), {id: "y", src: "b", stated: "30 percent", period: "2012", series: "share"}},
			tradeSeries + "  - id: share\n    title: Share\nviews:\n  - id: v\n    title: V\n    kind: series\n    series: [trade, share]\n",
			[]string{`c.yaml:45:21: view "v" draws series "trade" in USD and "share" in percent: a series chart has one axis; draw them in two views`}},
		{"view without series", []claim{usd("x", "a", "$290 billion", "2012")}, tradeSeries + "views:\n  - id: v\n    title: V\n    kind: series\n",
			[]string{`c.yaml:30:5: view "v" has no "series" field: add one`}},
		{"series view with indicators", []claim{usd("x", "a", "$290 billion", "2012")}, tradeSeries + "views:\n  - id: v\n    title: V\n    kind: series\n    series: [trade]\n    indicators: [x]\n",
			[]string{`c.yaml:30:5: view "v" of kind series draws series, not indicators: list series ids under "series" and remove "indicators"`}},
		{"bars view with series", []claim{usd("x", "a", "$290 billion", "2012")}, tradeSeries + "views:\n  - id: v\n    title: V\n    kind: bars\n    indicators: [x]\n    series: [trade]\n",
			[]string{`c.yaml:34:13: view "v" of kind bars lists series: write "kind: series", or list indicators`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseSeries(t, tt.claims, tt.more)
			var got []string
			if list, ok := err.(indicators.ErrorList); ok {
				for _, e := range list {
					got = append(got, e.Error())
				}
			} else if err != nil {
				got = []string{err.Error()}
			}
			if tt.name == "measure differs" {
				// A directed flow is still a flow: only "measure" decides.
				if err != nil {
					t.Errorf("Parse = %v, want nil", err)
				}
				return
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse messages (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSeriesMeasureClash(t *testing.T) {
	_, err := parseSeries(t, []claim{
		{id: "x", src: "a", stated: "$290 billion", period: "2012", series: "trade"},
		{id: "y", src: "b", stated: "$2 trillion", period: "2013", series: "trade", extra: "    measure: stock\n"},
	}, tradeSeries)
	// "measure" is given twice for y: the synthetic claim writes flow, the
	// extra line stock; that is its own error, and y is then left out.
	if err == nil {
		t.Fatal("Parse = nil, want errors")
	}
	want := `indicator "y" is a stock but series "trade" (from its point "x") holds flows`
	src, texts := seriesYAML([]claim{
		{id: "x", src: "a", stated: "$290 billion", period: "2012", series: "trade"},
		{id: "y", src: "b", stated: "$2 trillion", period: "2013", series: "trade"},
	}, tradeSeries)
	src = strings.Replace(src, "  - id: y\n    title: Trade\n    measure: flow\n", "  - id: y\n    title: Trade\n    measure: stock\n", 1)
	_, err = indicators.Parse("c.yaml", []byte(src), func(p string) ([]byte, error) { return []byte(texts[p]), nil })
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Parse = %v, want an error containing %q", err, want)
	}
}

// TestSeriesExportRoundTrip writes a catalog with series and a conflict
// as JSON and YAML, reads each back, and checks that the computed fields
// are checked.
func TestSeriesExportRoundTrip(t *testing.T) {
	claims := []claim{
		{id: "x", src: "a", stated: "$290 billion", period: "2012", series: "trade"},
		{id: "y", src: "b", stated: "$288 billion", period: "2012", series: "trade"},
		{id: "z", src: "b", stated: "nearly $280 billion", period: "2014", series: "trade"},
	}
	views := "views:\n  - id: v\n    title: Trade over time\n    kind: series\n    series: [trade]\n"
	c, err := parseSeries(t, claims, tradeSeries+views)
	if err != nil {
		t.Fatal(err)
	}
	_, texts := seriesYAML(claims, "")
	read := func(p string) ([]byte, error) { return []byte(texts[p]), nil }
	var js bytes.Buffer
	if err := indicators.WriteJSON(&js, c); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`"series": "trade"`,
		`"conflicts": [
    {
      "series": "trade",
      "period": "2012",
      "kind": "revision",
      "indicators": [
        "x",
        "y"
      ],
      "note": "a (2014-01-01) says \"$290 billion\", the later b (2015-01-01) says \"$288 billion\": a revised figure, or another reckoning"
    }
  ]`,
		`"points": [
        {
          "indicator": "x",
          "source": "a",
          "period": "2012",
          "value": 290000000000,
          "low": 289500000000,
          "high": 290500000000,
          "qualifier": "exact",
          "stated": "$290 billion"
        },`,
	} {
		if !strings.Contains(js.String(), want) {
			t.Errorf("WriteJSON lacks\n%s\nin\n%s", want, js.String())
		}
	}
	// The JSON export, with the text paths added, loads as a catalog.
	withText := strings.Replace(js.String(), `"sha256": "`, `"text": "a.txt", "sha256": "`, 1)
	withText = strings.Replace(withText, `"id": "b",`, `"id": "b", "text": "b.txt",`, 1)
	if _, err := indicators.Parse("c.json", []byte(withText), read); err != nil {
		t.Errorf("Parse(WriteJSON) = %v", err)
	}
	tampered := strings.Replace(withText, `"value": 288000000000,
          "low": 287500000000`, `"value": 289000000000,
          "low": 287500000000`, 1)
	_, err = indicators.Parse("c.json", []byte(tampered), read)
	if err == nil || !strings.Contains(err.Error(), `point 2 of series "trade" computes value = "288000000000", not "289000000000"`) {
		t.Errorf("Parse(tampered points) = %v, want a computed value error", err)
	}
	noConflict := strings.Replace(withText, `"indicators": [
        "x",
        "y"
      ],`, `"indicators": ["x", "z"],`, 1)
	_, err = indicators.Parse("c.json", []byte(noConflict), read)
	if err == nil || !strings.Contains(err.Error(), `the catalog's conflicts are computed from its series: here they are trade 2012 revision x,y`) {
		t.Errorf("Parse(tampered conflicts) = %v, want a computed conflicts error", err)
	}

	var ym bytes.Buffer
	if err := indicators.WriteYAML(&ym, c); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"    series: trade\n", "series:\n  - id: trade\n    title: Two-way trade\n", "conflicts:\n  - series: trade\n    period: \"2012\"\n    kind: revision\n    indicators: [x, y]\n", "    kind: series\n    series: [trade]\n"} {
		if !strings.Contains(ym.String(), want) {
			t.Errorf("WriteYAML lacks %q in\n%s", want, ym.String())
		}
	}
	back, err := indicators.Parse("c.yaml", ym.Bytes(), read)
	if err != nil {
		t.Fatalf("Parse(WriteYAML) = %v", err)
	}
	if diff := cmp.Diff(c.Conflicts(), back.Conflicts()); diff != "" {
		t.Errorf("conflicts after the YAML round trip (-want +got):\n%s", diff)
	}

	var cs bytes.Buffer
	if err := indicators.WriteSeriesCSV(&cs, c); err != nil {
		t.Fatal(err)
	}
	wantCSV := `Series,Series title,Unit,Period,Indicator,Source,Stated,Qualifier,Value,Low,High,Status,Quote,Conflicts with,Revised by
trade,Two-way trade,USD,2012,x,a,$290 billion,exact,290000000000,289500000000,290500000000,fact,Claim x: the figure was $290 billion,,y
trade,Two-way trade,USD,2012,y,b,$288 billion,exact,288000000000,287500000000,288500000000,fact,Claim y: the figure was $288 billion,,
trade,Two-way trade,USD,2014,z,b,nearly $280 billion,nearly,280000000000,270000000000,280000000000,fact,Claim z: the figure was nearly $280 billion,,
`
	if got := cs.String(); got != wantCSV {
		t.Errorf("WriteSeriesCSV =\n%s\nwant\n%s", got, wantCSV)
	}
}

// writeFiles writes files into a new temporary folder and returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, s := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// includeFiles returns a corpus catalog that includes two document
// catalogs in a subfolder, each quoting its own text, and declares a
// series across them.
func includeFiles() map[string]string {
	ta := "Document A\n\nIn 2012, trade was $290 billion.\n"
	tb := "Document B\n\nIn 2012, trade was $288 billion. In 2014, trade was $279 billion.\n"
	doc := func(src, text, inds string) string {
		return "claimbook: 1\nsources:\n  - id: " + src + "\n    title: Document " + src + "\n    text: " + src + ".txt\n    sha256: " + sha(text) + "\nindicators:\n" + inds
	}
	ind := func(id, src, stated, period, quote string) string {
		return "  - id: " + id + "\n    title: Trade\n    measure: flow\n    status: fact\n    stated: " + stated + "\n    period: " + period + "\n    series: trade\n    provenance:\n      - source: " + src + "\n        quote: " + quote + "\n"
	}
	return map[string]string{
		"docs/a.txt":  ta,
		"docs/b.txt":  tb,
		"docs/a.yaml": doc("a", ta, ind("a-2012", "a", "$290 billion", "2012", "In 2012, trade was $290 billion.")),
		"docs/b.yaml": doc("b", tb, ind("b-2012", "b", "$288 billion", "2012", "In 2012, trade was $288 billion.")+ind("b-2014", "b", "$279 billion", "2014", "In 2014, trade was $279 billion.")),
		"corpus.yaml": "claimbook: 1\ninclude: [docs/a.yaml, docs/b.yaml]\nseries:\n  - id: trade\n    title: Two-way trade\nviews:\n  - id: v\n    title: Trade\n    kind: series\n    series: [trade]\n",
	}
}

func TestInclude(t *testing.T) {
	dir := writeFiles(t, includeFiles())
	c, err := indicators.Load(filepath.Join(dir, "corpus.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, p := range c.Points("trade") {
		ids = append(ids, p.Indicator.ID)
	}
	if want := []string{"a-2012", "b-2012", "b-2014"}; !cmp.Equal(ids, want) {
		t.Errorf("Points(%q) = %v, want %v", "trade", ids, want)
	}
	if got := len(c.Conflicts()); got != 1 {
		t.Errorf("len(Conflicts()) = %d, want 1", got)
	}
	// A finding points into the included file that holds the claim.
	got := c.ConflictFindings()[0].Pos
	if want := (indicators.Pos{File: filepath.Join(dir, "docs", "b.yaml"), Line: 14, Column: 13}); got != want {
		t.Errorf("finding at %v, want %v", got, want)
	}
}

func TestIncludeErrors(t *testing.T) {
	tests := []struct {
		name  string
		edit  func(map[string]string)
		wants []string // each must be in the message, with the folder as $
	}{
		{"indicator id clash", func(f map[string]string) {
			f["docs/b.yaml"] = strings.Replace(f["docs/b.yaml"], "id: b-2012", "id: a-2012", 1)
		}, []string{`$/docs/b.yaml:8:9: indicator id "a-2012" is also used at $/docs/a.yaml:8:9: ids are one namespace across a catalog and the catalogs it includes; rename one`}},
		{"source id clash", func(f map[string]string) {
			f["docs/b.yaml"] = strings.ReplaceAll(f["docs/b.yaml"], " b\n", " a\n")
		}, []string{`$/docs/b.yaml:3:5: source id "a" is also used at $/docs/a.yaml:3:5 for another document (its title, publisher, date or text differ): give one of them another id, and change the "source" of its quotes`}},
		{"series id clash", func(f map[string]string) {
			f["docs/b.yaml"] += "series:\n  - id: trade\n    title: Trade again\n"
		}, []string{`$/docs/b.yaml:29:9: series id "trade" is also used at $/corpus.yaml:4:9`}},
		{"cycle", func(f map[string]string) {
			f["docs/a.yaml"] += "include: [../corpus.yaml]\n"
		}, []string{`$/docs/a.yaml:18:11: catalog "../corpus.yaml" includes itself (through corpus.yaml → docs/a.yaml → corpus.yaml): remove this include`}},
		{"leaves the folder", func(f map[string]string) {
			f["corpus.yaml"] = strings.Replace(f["corpus.yaml"], "docs/a.yaml", "../a.yaml", 1)
		}, []string{`$/corpus.yaml:2:11: included catalog "../a.yaml" leaves the catalog's folder`}},
		{"missing", func(f map[string]string) {
			f["corpus.yaml"] = strings.Replace(f["corpus.yaml"], "docs/a.yaml", "docs/c.yaml", 1)
		}, []string{`$/corpus.yaml:2:11: cannot read included catalog "docs/c.yaml": no such file or directory; write its path relative to this catalog file`}},
		{"error in an included file", func(f map[string]string) {
			f["docs/a.yaml"] = strings.Replace(f["docs/a.yaml"], "period: 2012", "period: 12", 1)
		}, []string{`$/docs/a.yaml:13:13: "period": invalid period "12"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files := includeFiles()
			tt.edit(files)
			dir := writeFiles(t, files)
			_, err := indicators.Load(filepath.Join(dir, "corpus.yaml"))
			if err == nil {
				t.Fatal("Load = nil, want an error")
			}
			for _, want := range tt.wants {
				want = strings.ReplaceAll(want, "$", dir)
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Load =\n%v\nwant it to contain\n%s", err, want)
				}
			}
		})
	}
}

func TestIncludeSameSource(t *testing.T) {
	// Two catalogs that cite one document by one id share the source.
	files := includeFiles()
	files["docs/c.yaml"] = strings.Replace(strings.Replace(files["docs/a.yaml"], "a-2012", "c-2012", 1), "    series: trade\n", "", 1)
	files["corpus.yaml"] = strings.Replace(files["corpus.yaml"], "docs/b.yaml]", "docs/b.yaml, docs/c.yaml]", 1)
	dir := writeFiles(t, files)
	c, err := indicators.Load(filepath.Join(dir, "corpus.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range c.Sources {
		ids = append(ids, s.ID)
	}
	if want := []string{"a", "b"}; !cmp.Equal(ids, want) {
		t.Errorf("sources = %v, want %v", ids, want)
	}
}

// TestSeriesFallsBelowZero: series.csv and the JSON's series points write
// a fall below zero, a range's larger drop first, as the indicator table
// does; a rise and a multiple ("times") keep their sign.
func TestSeriesFallsBelowZero(t *testing.T) {
	tests := []struct {
		stated, extra  string
		value, low, hi string
	}{
		{"0.5%", "    direction: down\n", "-0.5", "-0.55", "-0.45"},
		{"2 to 3%", "    direction: down\n", "", "-3", "-2"},
		{"0.5%", "    direction: up\n", "0.5", "0.45", "0.55"},
		{"-0.5%", "", "-0.5", "-0.55", "-0.45"},
		{"2 times", "    direction: down\n", "2", "1.5", "2.5"},
	}
	for _, tt := range tests {
		claims := []claim{{id: "x", src: "a", stated: tt.stated, period: "2016", series: "trade", extra: tt.extra}}
		src, texts := seriesYAML(claims, tradeSeries)
		// The quote says the way: "the figure fell 0.5%".
		verb := map[string]string{"    direction: down\n": "fell", "    direction: up\n": "rose"}[tt.extra]
		if verb != "" {
			old := texts["a.txt"]
			texts["a.txt"] = strings.ReplaceAll(old, "was", verb)
			src = strings.ReplaceAll(strings.Replace(src, sha(old), sha(texts["a.txt"]), 1), "the figure was", "the figure "+verb)
		}
		src = strings.Replace(src, "measure: flow", "measure: change", 1)
		c, err := indicators.Parse("c.yaml", []byte(src), func(p string) ([]byte, error) { return []byte(texts[p]), nil })
		if err != nil {
			t.Fatalf("Parse(%q, %q) = %v", tt.stated, tt.extra, err)
		}
		var cs, js bytes.Buffer
		if err := indicators.WriteSeriesCSV(&cs, c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&cs).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got, want := rows[1][8:11], []string{tt.value, tt.low, tt.hi}; !slices.Equal(got, want) {
			t.Errorf("WriteSeriesCSV(%q, %q) Value, Low, High = %q, want %q", tt.stated, tt.extra, got, want)
		}
		if err := indicators.WriteJSON(&js, c); err != nil {
			t.Fatal(err)
		}
		num := func(s string) string {
			if s == "" {
				return "null"
			}
			return s
		}
		want := fmt.Sprintf(`"value": %s,
          "low": %s,
          "high": %s,`, num(tt.value), num(tt.low), num(tt.hi))
		if !strings.Contains(js.String(), want) {
			t.Errorf("WriteJSON(%q, %q) series point lacks\n%s", tt.stated, tt.extra, want)
		}
	}
}

// TestUndeclaredSeriesStub checks that the stub the message on series
// no list declares gives, pasted as written, makes the catalog load.
func TestUndeclaredSeriesStub(t *testing.T) {
	claims := []claim{
		{id: "x", src: "a", stated: "$290 billion", period: "2012", series: "trade"},
		{id: "y", src: "b", stated: "$300 billion", period: "2013", series: "trade"},
		{id: "z", src: "b", stated: "30 percent", period: "2013", series: "share"},
	}
	_, err := parseSeries(t, claims, "")
	var list indicators.ErrorList
	if !errors.As(err, &list) || len(list) != 1 {
		t.Fatalf("Parse error = %v, want one message", err)
	}
	_, stub, ok := strings.Cut(list[0].Msg, ": write series: ")
	if !ok {
		t.Fatalf("message %q gives no stub", list[0].Msg)
	}
	if _, err := parseSeries(t, claims, "series: "+stub+"\n"); err != nil {
		t.Errorf("with the stub pasted: Parse error = %v, want none", err)
	}
}
