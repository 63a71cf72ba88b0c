package extract

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"
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
	var marks markCounts // the marks of all kinds together
	for _, p := range dirs {
		dir := filepath.Dir(p)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			a := kindAgreement(t, dir)
			for _, n := range a.notes {
				t.Log(n)
			}
			for _, e := range a.extras {
				t.Log(e)
			}
			t.Log(agreementLine(name, a.overFound()))
			t.Log(agreementAllLine(name, a))
			t.Log(marksLine(name, a))
			marks.add(a.marks)
			if evidenceDebug { // CLAIMBOOK_EVIDENCE=1
				for _, k := range a.kinds {
					t.Log(name + " " + k)
				}
			}
			checkFloors(t, filepath.Join(dir, "floor.txt"), a.overAll())
		})
	}
	// The share of unmarked fields that are wrong, over all kinds
	// together (calib45): a ceiling that only falls.
	e, wrong, unmarked := marks.unmarkedError()
	t.Logf("all kinds marks: unmarked fields wrong %d of %d = %.3f", wrong, unmarked, e)
	if isWholeRun() {
		checkUnmarkedCeiling(t, filepath.Join(kindsDir, "marks-ceiling.txt"), "unmarked", marks)
	}
}

// isWholeRun reports whether the test ran every kind, not one chosen by
// -run: a ceiling over all kinds means nothing over some.
func isWholeRun() bool {
	f := flag.Lookup("test.run")
	return f == nil || !strings.Contains(f.Value.String(), "/")
}
