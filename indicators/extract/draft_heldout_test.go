package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// agreementLine formats one catalog's agreement per field on one line, as
// the notes of past sessions have it: "NAME  claims X qualifier X …",
// with rates (agreement's overFound).
func agreementLine(name string, rates map[string]float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s", name)
	for _, f := range draftFields {
		fmt.Fprintf(&b, " %s %.3f", f, rates[f])
	}
	return b.String()
}

// agreementAllLine formats a's agreement over all hand claims on the line
// after agreementLine's: "NAME  all: claims X qualifier X … wording X hand
// N notfound N extra N", the rates the floors check and the counts.
func agreementAllLine(name string, a agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s all:", name)
	rates := a.overAll()
	for _, f := range draftFields {
		fmt.Fprintf(&b, " %s %.3f", f, rates[f])
	}
	fmt.Fprintf(&b, " hand %d notfound %d extra %d", a.hand, a.hand-a.found, a.extra)
	return b.String()
}

// TestDraftHeldout measures the drafts of documents outside the module
// against their hand catalogs: CLAIMBOOK_HELDOUT lists the catalogs'
// paths (separated as PATH is), and the test prints two lines per catalog
// (run with -v): its agreement over the claims found ("NAME  claims X
// qualifier X …", as past sessions' notes have it) and over all hand
// claims with the counts of hand claims, those not found and the extras
// ("NAME  all: claims X … hand N notfound N extra N"; see agreement), and
// a total of the counts after several catalogs. CLAIMBOOK_HELDOUT_NOTES=1
// adds every disagreement; CLAIMBOOK_HELDOUT_UNMATCHED=1 adds every
// extra (a drafted claim that matches no hand claim) and the old
// "NAME  unmatched N" line. It is how a new kind is measured before any
// change is made for it (README, "Drafting a new kind"); unset, there is
// nothing to measure.
func TestDraftHeldout(t *testing.T) {
	list := os.Getenv("CLAIMBOOK_HELDOUT")
	if list == "" {
		t.Skip("CLAIMBOOK_HELDOUT names no hand catalogs outside the module; testdata/kinds is measured by TestDraftKindsAgreement")
	}
	var total agreement
	paths := filepath.SplitList(list)
	for _, p := range paths {
		c, err := indicators.Load(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		name := filepath.Base(filepath.Dir(p))
		a := agreementOf(t, c)
		total.add(agreement{hand: a.hand, found: a.found, extra: a.extra})
		if os.Getenv("CLAIMBOOK_HELDOUT_NOTES") == "1" {
			for _, n := range a.notes {
				t.Log(n)
			}
		}
		t.Log(agreementLine(name, a.overFound()))
		t.Log(agreementAllLine(name, a))
		t.Log(marksLine(name, a))
		if os.Getenv("CLAIMBOOK_HELDOUT_UNMATCHED") == "1" {
			for _, e := range a.extras {
				t.Log(e)
			}
			t.Logf("%-28s unmatched %d", name, a.extra)
		}
	}
	if len(paths) > 1 {
		t.Logf("total of %d catalogs: hand %d notfound %d extra %d", len(paths), total.hand, total.hand-total.found, total.extra)
	}
}
