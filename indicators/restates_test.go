package indicators_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRestating: a stated figure quoted in one sentence with a derived
// figure's inputs, in a unit the result is said in and allowed by them,
// restates it; one of another sentence, of a figure the inputs do not
// allow, or an input itself does not.
func TestRestating(t *testing.T) {
	text := "Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who were union members ($1,004). " +
		"Public-sector workers had a union membership rate (34.4 percent) more than five times higher than that of private-sector workers (6.4 percent). " +
		"Elsewhere the share was 80 percent."
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/doc.txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	yaml := `claimbook: 1
sources:
  - {id: doc, title: Union members, publisher: BLS, issued: 2017-01-26, url: "https://example.com", text: doc.txt, sha256: SUM}
indicators:
  - {id: nonunion, title: Nonunion earnings, entities: [US], measure: level, status: estimate, stated: "$802", period: 2016, provenance: [{source: doc, quote: "Median weekly earnings of nonunion workers ($802)"}]}
  - {id: union, title: Union earnings, entities: [US], measure: level, status: estimate, stated: "$1,004", period: 2016, provenance: [{source: doc, quote: "union members ($1,004)"}]}
  - {id: ratio-stated, title: Nonunion as a share of union earnings, entities: [US], measure: share, status: estimate, stated: 80 percent, period: 2016, provenance: [{source: doc, quote: "Median weekly earnings of nonunion workers ($802) were 80 percent of earnings for workers who were union members ($1,004)."}]}
  - {id: public, title: Public-sector rate, entities: [US], measure: share, status: estimate, stated: 34.4 percent, period: 2016, provenance: [{source: doc, quote: "a union membership rate (34.4 percent)"}]}
  - {id: private, title: Private-sector rate, entities: [US], measure: share, status: estimate, stated: 6.4 percent, period: 2016, provenance: [{source: doc, quote: "private-sector workers (6.4 percent)"}]}
  - {id: multiple, title: Public over private rate, entities: [US], measure: level, status: estimate, stated: more than five times, period: 2016, provenance: [{source: doc, quote: "Public-sector workers had a union membership rate (34.4 percent) more than five times higher than that of private-sector workers (6.4 percent)."}]}
  - {id: elsewhere, title: Another share, entities: [US], measure: share, status: estimate, stated: 80 percent, period: 2016, provenance: [{source: doc, quote: "Elsewhere the share was 80 percent."}]}
derived:
  - {id: earnings-ratio, title: Nonunion over union earnings, formula: ratio, inputs: [nonunion, union]}
  - {id: rate-ratio, title: Public over private rate, formula: ratio, inputs: [public, private]}
  - {id: rate-gap, title: Public less private rate, formula: difference, inputs: [public, private]}
  - {id: union-share, title: Union over nonunion earnings, formula: ratio, inputs: [union, nonunion]}
`
	sum := sha256.Sum256([]byte(text))
	yaml = strings.Replace(yaml, "SUM", hex.EncodeToString(sum[:]), 1)
	if err := os.WriteFile(dir+"/catalog.yaml", []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := indicators.Load(dir + "/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		derived string
		want    []string
	}{
		{"earnings-ratio", []string{"ratio-stated"}},
		{"rate-ratio", []string{"multiple"}},
		{"rate-gap", nil},    // 28.0 percentage points: no figure in that unit
		{"union-share", nil}, // 1.25 times: "80 percent" is not it
		{"nothing", nil},
	} {
		var got []string
		for _, x := range c.Restating(tt.derived) {
			got = append(got, x.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Restating(%q) = %q, want %q", tt.derived, got, tt.want)
		}
	}
}
