package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// agreementLine formats one catalog's agreement per field on one line.
func agreementLine(name string, rates map[string]float64) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s", name)
	for _, f := range draftFields {
		fmt.Fprintf(&b, " %s %.3f", f, rates[f])
	}
	return b.String()
}

// TestDraftHeldout measures the drafts of documents outside the module
// against their hand catalogs: CLAIMBOOK_HELDOUT lists the catalogs'
// paths (separated as PATH is), and the test prints one line of agreement
// per catalog (run with -v; CLAIMBOOK_HELDOUT_NOTES=1 adds every
// disagreement; CLAIMBOOK_HELDOUT_UNMATCHED=1 adds the drafted claims that
// match no hand claim, and their count). It is how a new kind is measured before any change is
// made for it (README, "Drafting a new kind"); unset, there is nothing to
// measure.
func TestDraftHeldout(t *testing.T) {
	list := os.Getenv("CLAIMBOOK_HELDOUT")
	if list == "" {
		t.Skip("CLAIMBOOK_HELDOUT names no hand catalogs outside the module; testdata/kinds is measured by TestDraftKindsAgreement")
	}
	for _, p := range filepath.SplitList(list) {
		c, err := indicators.Load(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		rates, notes := agreementOf(t, c)
		if os.Getenv("CLAIMBOOK_HELDOUT_NOTES") == "1" {
			for _, n := range notes {
				t.Log(n)
			}
		}
		t.Log(agreementLine(filepath.Base(filepath.Dir(p)), rates))
		if os.Getenv("CLAIMBOOK_HELDOUT_UNMATCHED") == "1" {
			n, extra := unmatchedDrafts(t, c)
			for _, e := range extra {
				t.Log(e)
			}
			t.Logf("%-28s unmatched %d", filepath.Base(filepath.Dir(p)), n)
		}
	}
}

// unmatchedDrafts counts the claims drafted from corpus's texts that match
// no hand claim (the drafts' noise: what a person would delete), and
// returns each as a note.
func unmatchedDrafts(t *testing.T, corpus *indicators.Catalog) (int, []string) {
	t.Helper()
	n := 0
	var notes []string
	for _, src := range corpus.Sources {
		if src.TextPath == "" {
			continue
		}
		draft, _ := draftOf(t, src)
		for i := range draft.Indicators {
			got := &draft.Indicators[i]
			matched := false
			for j := range corpus.Indicators {
				want := &corpus.Indicators[j]
				if hs, ok := corpus.Source(want.Provenance[0].Source); !ok || hs.SHA256 != src.SHA256 {
					continue
				}
				one := &indicators.Catalog{Indicators: []indicators.Indicator{*got}}
				if matchDraft(one, want) != nil {
					matched = true
					break
				}
			}
			if !matched {
				n++
				notes = append(notes, fmt.Sprintf("%s %s: drafted, no hand claim (%q)", src.ID, got.ID, got.Stated))
			}
		}
	}
	return n, notes
}
