package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestDerivedShareRest: the doughnut of one derived share names its
// whole and its rest by the share's own "share of …", as the slide's
// waffle does ("Percent of those impounded"), never by the view's title,
// which names the part: the rest of the dogs destroyed was labelled
// "Other impounded stray dogs humanely destroyed" beside "about 30%", the
// dogs not destroyed (s32c-dogs).
func TestDerivedShareRest(t *testing.T) {
	text := "Some 8,300 stray dogs were impounded, of which 5,820 had to be humanely destroyed.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: impounded, title: Stray dogs impounded, measure: flow, status: fact, stated: "Some 8,300", unit: stray dog, period: "1984", provenance: [{source: a, quote: "Some 8,300 stray dogs were impounded"}]}
  - {id: destroyed, title: Impounded stray dogs humanely destroyed, measure: flow, status: fact, stated: "5,820", unit: stray dog, period: "1984", provenance: [{source: a, quote: "5,820 had to be humanely destroyed"}]}
derived:
  - {id: share, title: "Impounded stray dogs humanely destroyed, share of those impounded", formula: share, inputs: [destroyed, impounded]}
views:
  - {id: v, title: "Share of impounded stray dogs humanely destroyed, 1984", kind: part_of_whole, indicators: [share]}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "dogs.yaml", doc, text)
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	d := dump(t, buf.Bytes())
	_, data, _ := strings.Cut(d, "== sheet Chart data")
	data, _, _ = strings.Cut(data, "== sheet")
	for _, want := range []string{`"Rest of those impounded"`} {
		if !strings.Contains(data, want) {
			t.Errorf("the Chart data sheet has no %s:\n%s", want, data)
		}
	}
	if strings.Contains(data, "Other impounded stray dogs humanely destroyed") {
		t.Errorf("the rest is labelled as the part:\n%s", data)
	}
	_, files := writeParts(t, c)
	if chart := files["xl/charts/chart1.xml"]; !strings.Contains(chart, ">Percent of those impounded") {
		t.Errorf("chart1.xml has no subtitle \"Percent of those impounded\"")
	}
}
