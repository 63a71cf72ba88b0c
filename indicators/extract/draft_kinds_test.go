package extract

import (
	"path/filepath"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The drafts of documents of kinds the corpus's fact sheets are not. Each
// folder of the module's testdata/kinds holds one public document that a
// new user met unseen (doc.txt), the catalog that user wrote by hand
// before reading its draft (catalog.yaml), where and when it was obtained
// (README.md) and the per-field floors of its draft's agreement over all
// hand claims (floor.txt, in draft-floor.txt's format; agreement's
// overAll). The fields are those of TestDraftCorpusAgreement. A folder's
// floors only go up; a kind's first unseen figures are in its README, over
// the claims found (agreement's overFound, the measure before measure21).

// kindsDir is the module's folder of documents by kind.
var kindsDir = filepath.Join("..", "..", "testdata", "kinds")

func TestDraftKindsAgreement(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join(kindsDir, "*", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(dirs) == 0 {
		t.Fatalf("no catalogs in %s: the folder is part of the module", kindsDir)
	}
	for _, p := range dirs {
		dir := filepath.Dir(p)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			c, err := indicators.Load(p)
			if err != nil {
				t.Fatal(err)
			}
			a := agreementOf(t, c)
			for _, n := range a.notes {
				t.Log(n)
			}
			for _, e := range a.extras {
				t.Log(e)
			}
			t.Log(agreementLine(name, a.overFound()))
			t.Log(agreementAllLine(name, a))
			checkFloors(t, filepath.Join(dir, "floor.txt"), a.overAll())
		})
	}
}
