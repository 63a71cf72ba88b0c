// Package indicatortest builds indicators for tests of packages that read
// the model (reports, charts), so that each test states a figure as a
// catalog would and no test package keeps its own copy of the builder.
package indicatortest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Change returns the indicator id, a change of the figure stated ("15
// percent", "$4.9 billion", "26 to 28 percent") in direction d, for 2013,
// titled by its id. It fails tb if stated does not read.
func Change(tb testing.TB, id, stated string, d indicators.Direction) indicators.Indicator {
	tb.Helper()
	q, u, err := indicators.ParseStated(stated)
	if err != nil {
		tb.Fatalf("ParseStated(%q): %v", stated, err)
	}
	q.Direction = d
	return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Change, Period: indicators.YearPeriod(2013)}
}

// SeriesChange is a claim of a change for ChangeSeries: its id, figure
// as stated, way ("up", "down", "either"), period, base and series.
type SeriesChange struct{ ID, Stated, Way, Period, Base, Series string }

// ChangeSeries returns a catalog of one source whose changes are the
// points of series, each quoted as "Claim <id>: it rose (fell, moved) by
// <stated>", and a series view "v" of all of them. It fails tb if the
// catalog does not load.
func ChangeSeries(tb testing.TB, changes []SeriesChange, series ...string) *indicators.Catalog {
	tb.Helper()
	verb := map[string]string{"up": "rose", "down": "fell", "either": "moved"}
	text := "Release\n"
	for _, c := range changes {
		text += fmt.Sprintf("Claim %s: it %s by %s.\n", c.ID, verb[c.Way], c.Stated)
	}
	sum := sha256.Sum256([]byte(text))
	var b strings.Builder
	fmt.Fprintf(&b, "claimbook: 1\nsources:\n  - {id: s, title: Release, publisher: Office, issued: 2021-03-24, text: s.txt, sha256: %s}\nindicators:\n", hex.EncodeToString(sum[:]))
	for _, c := range changes {
		fmt.Fprintf(&b, "  - id: %s\n    title: Growth\n    measure: change\n    status: fact\n    stated: %s\n    direction: %s\n    period: %s\n    base: %s\n    series: %s\n    provenance:\n      - {source: s, quote: \"Claim %s: it %s by %s\"}\n",
			c.ID, c.Stated, c.Way, c.Period, c.Base, c.Series, c.ID, verb[c.Way], c.Stated)
	}
	b.WriteString("series:\n")
	for _, s := range series {
		fmt.Fprintf(&b, "  - {id: %s, title: %s}\n", s, s)
	}
	fmt.Fprintf(&b, "views:\n  - {id: v, title: Growth, kind: series, series: [%s]}\n", strings.Join(series, ", "))
	c, err := indicators.Parse("c.yaml", []byte(b.String()), func(p string) ([]byte, error) {
		if p == "s.txt" {
			return []byte(text), nil
		}
		return nil, fs.ErrNotExist
	})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// FlowSeries returns a catalog name of one source whose figures, each
// written "<stated>@<period>" ("506,235@2013-10/2014-09"), are flows titled
// Total in series "s", in unit (or as their stated figure reads, for ""),
// each quoted as stated, with a series view "trend" of them. It fails tb if
// the catalog does not load.
func FlowSeries(tb testing.TB, name string, figures []string, unit string) *indicators.Catalog {
	tb.Helper()
	var text, inds strings.Builder
	for i, f := range figures {
		stated, period, _ := strings.Cut(f, "@")
		fmt.Fprintf(&text, "%s in %s. ", stated, period)
		u := ""
		if unit != "" {
			u = ", unit: " + unit
		}
		fmt.Fprintf(&inds, "  - {id: p%d, title: Total, measure: flow, status: fact, stated: %q%s, period: %q, series: s, provenance: [{source: a, quote: %q}]}\n", i, stated, u, period, stated)
	}
	body := text.String() + "\n"
	sum := sha256.Sum256([]byte(body))
	doc := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n%sseries:\n  - {id: s, title: Total}\nviews:\n  - {id: trend, title: Total, kind: series, series: [s]}\n",
		hex.EncodeToString(sum[:]), inds.String())
	c, err := indicators.Parse(name+".yaml", []byte(doc), func(p string) ([]byte, error) {
		if p == "a.txt" {
			return []byte(body), nil
		}
		return nil, fs.ErrNotExist
	})
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return c
}

// ParseWithText parses the catalog yaml, named name, whose one source's
// text is the file "a.txt" holding text, and returns it; it fails tb if
// the catalog does not load.
func ParseWithText(tb testing.TB, name, yaml, text string) *indicators.Catalog {
	tb.Helper()
	c, err := indicators.Parse(name, []byte(yaml), func(p string) ([]byte, error) {
		if p == "a.txt" {
			return []byte(text), nil
		}
		return nil, fs.ErrNotExist
	})
	if err != nil {
		tb.Fatalf("%s: %v", name, err)
	}
	return c
}
