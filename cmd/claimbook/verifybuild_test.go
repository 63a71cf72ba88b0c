package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// verifyBuildDoc is the source of TestVerifyRefusesWhatBuildRefuses: rises and
// falls, hedged and not, a move either way and a level.
const verifyBuildDoc = `Trade in 2014

Exports fell by nearly 5 percent in 2014. Imports fell by about 1 percent in 2014. Services rose 3 percent in 2014. Daily changes of more than 5% occurred in 2014. In 2014, two-way trade was $279 billion.
`

// verifyBuildIndicators are its claims, each a YAML indicator.
var verifyBuildIndicators = map[string]string{
	"exports-fall": "title: Change in exports\n    measure: change\n    stated: nearly 5 percent\n    direction: down\n    quote: Exports fell by nearly 5 percent in 2014.",
	"imports-fall": "title: Change in imports\n    measure: change\n    stated: about 1 percent\n    direction: down\n    quote: Imports fell by about 1 percent in 2014.",
	"services":     "title: Change in services\n    measure: change\n    stated: 3 percent\n    direction: up\n    quote: Services rose 3 percent in 2014.",
	"moves":        "title: Daily changes\n    measure: change\n    stated: more than 5%\n    direction: either\n    quote: Daily changes of more than 5% occurred in 2014.",
	"trade-2014":   "title: Two-way trade\n    measure: flow\n    stated: $279 billion\n    quote: In 2014, two-way trade was $279 billion.",
	"trade_2014":   "title: Two-way trade again\n    measure: flow\n    stated: $279 billion\n    quote: In 2014, two-way trade was $279 billion.",
	"trade_2014-2": "title: Two-way trade again\n    measure: flow\n    stated: $279 billion\n    quote: In 2014, two-way trade was $279 billion.",
}

// verifyBuildCatalog writes a catalog of the indicators ids and the views
// (YAML list items) into a new folder with its source, and returns its
// path.
func verifyBuildCatalog(t *testing.T, ids []string, views string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte(verifyBuildDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256([]byte(verifyBuildDoc))
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n  - id: doc\n    title: Trade in 2014\n    text: doc.txt\n    sha256: " + hex.EncodeToString(sum[:]) + "\nindicators:\n")
	for _, id := range ids {
		body, quote, _ := strings.Cut(verifyBuildIndicators[id], "\n    quote: ")
		b.WriteString("  - id: " + id + "\n    " + body + "\n    status: fact\n    entities: [US]\n    period: 2014\n    provenance:\n      - source: doc\n        quote: " + quote + "\n")
	}
	if views != "" {
		b.WriteString("views:\n" + views)
	}
	path := filepath.Join(dir, "trade.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestVerifyRefusesWhatBuildRefuses checks the README's promise, "what verify
// passes, build builds", on each refusal a renderer makes of a catalog
// (report/chart, report/xlsx): each bad-build case is refused by build and
// by verify, with what to write, and the catalog that follows the advice
// verifies and builds; a case the renderers now draw verifies and builds.
func TestVerifyRefusesWhatBuildRefuses(t *testing.T) {
	view := func(id, kind string, ids ...string) string {
		return "  - id: " + id + "\n    title: " + id + "\n    kind: " + kind + "\n    indicators: [" + strings.Join(ids, ", ") + "]\n"
	}
	tests := []struct {
		name   string
		ids    []string
		views  string
		verify string   // a line of verify's stderr; "" for none (it passes)
		fixed  string   // the views once the advice is followed
		fixIDs []string // the indicators then, if others
	}{
		{"a fall hedged about is a bar like any (s23q-injuries)", []string{"imports-fall", "services"},
			view("changes", "bars", "imports-fall", "services"), "", "", nil},
		{"a fall with an open end", []string{"exports-fall", "services"},
			view("changes", "bars", "exports-fall", "services"),
			`view "changes" of kind bars cannot yet draw the negative "exports-fall" with its open end (nearly): take "exports-fall" out of this view's indicators and give it a view of its own: kind: headline, indicators: [exports-fall]`,
			view("changes", "bars", "services") + view("exports-fall-card", "headline", "exports-fall"), nil},
		{"a move either way beside rises and falls", []string{"moves", "imports-fall", "services"},
			view("changes", "bars", "moves", "imports-fall", "services"),
			`view "changes" draws "moves", a move either way, beside rises and falls: it has no side of zero to be drawn on; take "moves" out of this view's indicators and give it a view of its own: kind: bars, indicators: [moves]`,
			view("changes", "bars", "imports-fall", "services") + view("moves-bars", "bars", "moves"), nil},
		{"two ids of one defined name", []string{"trade-2014", "trade_2014"}, "",
			`ids "trade-2014" and "trade_2014" are both named TRADE_2014 in the book, which keeps letters and digits only, in upper case: write id: trade_2014-2, or another id that differs in a letter or digit`,
			"", []string{"trade-2014", "trade_2014-2"}},
		{"a title the charts' font cannot draw", []string{"trade-2014"},
			"  - id: trade\n    title: 贸易 trade\n    kind: bars\n    indicators: [trade-2014]\n",
			`view "trade": font DejaVu Sans has no glyph for "贸", "易" (U+8D38, U+6613) in "贸易 trade"`,
			view("trade", "bars", "trade-2014"), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := verifyBuildCatalog(t, tc.ids, tc.views)
			var out, verr, bout, berr bytes.Buffer
			vcode := exitCode(run([]string{"verify", "-strict", "-catalog", path}, &out, &verr))
			bcode := exitCode(run([]string{"build", "-catalog", path, "-out", filepath.Join(t.TempDir(), "out")}, &bout, &berr))
			if tc.verify == "" {
				if vcode != 0 || bcode != 0 {
					t.Errorf("verify exit %d, build exit %d (%s%s), want both 0", vcode, bcode, verr.String(), berr.String())
				}
				return
			}
			if bcode == 0 {
				t.Errorf("build exit 0: the renderers draw this now; move the case to the ones that build")
			}
			if vcode != 1 || !strings.Contains(verr.String(), tc.verify) {
				t.Errorf("verify exit %d, stderr:\n%s\nwant exit 1 and %s", vcode, verr.String(), tc.verify)
			}
			// The advice followed: the catalog verifies and builds.
			ids := tc.ids
			if tc.fixIDs != nil {
				ids = tc.fixIDs
			}
			fixed := verifyBuildCatalog(t, ids, tc.fixed)
			verr.Reset()
			berr.Reset()
			vcode = exitCode(run([]string{"verify", "-strict", "-catalog", fixed}, &out, &verr))
			bcode = exitCode(run([]string{"build", "-catalog", fixed, "-out", filepath.Join(t.TempDir(), "out")}, &bout, &berr))
			if vcode != 0 || bcode != 0 {
				t.Errorf("the advice followed: verify exit %d, build exit %d (%s%s), want both 0", vcode, bcode, verr.String(), berr.String())
			}
		})
	}
}
