package extract

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// The table of sure kinds of evidence (draftevidence_table.go) is made by
// the repository from the dev kinds' drafts: TestSureEvidence fails when
// the table checked in differs from what the dev set gives, and
//
//	go test ./indicators/extract -run '^TestSureEvidence$' -update-sure
//
// rewrites it. The same test logs the leave-one-document-out estimate of
// the unmarked fields' error on an unseen document: for each dev kind, the
// table built from the other dev kinds, that kind's unmarked fields
// measured with it, pooled.

var updateSure = flag.Bool("update-sure", false, "rewrite draftevidence_table.go from the dev kinds' drafts (TestSureEvidence)")

// sureTableFile is the file of the table of sure kinds of evidence.
const sureTableFile = "draftevidence_table.go"

// kindDrafts keeps each kind's agreement (kindAgreement), so that the
// kinds are drafted once per test binary: TestDraftKindsAgreement and
// TestSureEvidence share them.
var kindDrafts = struct {
	sync.Mutex
	m map[string]agreement
}{m: map[string]agreement{}}

// kindAgreement returns the agreement of the draft of the kind in dir
// with its hand catalog, drafted once per test binary. The draft is
// written with each field's kind of evidence (evidenceDebug), so that
// a.kinds lists them whatever CLAIMBOOK_EVIDENCE says: the kinds are
// comments, and no field, mark or count depends on them.
func kindAgreement(t *testing.T, dir string) agreement {
	t.Helper()
	kindDrafts.Lock()
	a, ok := kindDrafts.m[dir]
	kindDrafts.Unlock()
	if ok {
		return a
	}
	c, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	saved := evidenceDebug
	evidenceDebug = true
	defer func() { evidenceDebug = saved }()
	a = agreementOf(t, c)
	kindDrafts.Lock()
	kindDrafts.m[dir] = a
	kindDrafts.Unlock()
	return a
}

// devKinds returns the names of the dev kinds (testdata/kinds/marks-dev.txt,
// one a line, # comments).
func devKinds(t *testing.T) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(kindsDir, "marks-dev.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var names []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
			names = append(names, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return names
}

// evidenceRecord is one found claim's field: the kind of evidence it
// rests on and whether it agrees with the hand catalog.
type evidenceRecord struct {
	field string
	kind  evidence
	ok    bool
}

// docEvidence is one document's (one kind's) measure of the marks: its
// evidence records, and over the fields unmarkedError counts, how many
// there are, how many the draft left unmarked with the table checked in
// (sureEvidence) and how many of those disagree.
type docEvidence struct {
	name                            string
	records                         []evidenceRecord
	fields, unmarked, unmarkedWrong int
}

// markMeasured reports whether field is one of unmarkedError's fields.
func markMeasured(field string) bool {
	return field != "wording" && slices.Contains(draftFields[1:], field)
}

// docEvidenceOf reads a's evidence lines ("evidence FIELD KIND ok|wrong")
// and marks (markCounts) as one document's measure.
func docEvidenceOf(t *testing.T, name string, a agreement) docEvidence {
	t.Helper()
	d := docEvidence{name: name}
	for _, l := range a.kinds {
		f := strings.Fields(l)
		if len(f) != 4 || f[0] != "evidence" || f[3] != "ok" && f[3] != "wrong" {
			t.Fatalf("%s: evidence line %q is not \"evidence FIELD KIND ok|wrong\"", name, l)
		}
		d.records = append(d.records, evidenceRecord{f[1], evidence(f[2]), f[3] == "ok"})
	}
	m := a.marks
	m.init()
	for f, n := range m.found {
		if markMeasured(f) {
			d.fields += n
			d.unmarked += n - m.marked[f]
			d.unmarkedWrong += m.unmarkedWrong[f]
		}
	}
	return d
}

// unmarkedWith returns the unmarked fields of d, and how many of them
// disagree, had the draft been marked with table instead of sureEvidence:
// a field whose kind is in one table and not the other changes sides; a
// field with no kind (the qualifier, a placeholder) keeps its mark.
func (d docEvidence) unmarkedWith(table map[evidence][3]int) (wrong, unmarked int) {
	wrong, unmarked = d.unmarkedWrong, d.unmarked
	for _, r := range d.records {
		if !markMeasured(r.field) {
			continue
		}
		_, was := sureEvidence[r.kind]
		_, is := table[r.kind]
		if was == is {
			continue
		}
		step := 1
		if was {
			step = -1
		}
		unmarked += step
		if !r.ok {
			wrong += step
		}
	}
	return wrong, unmarked
}

// A sureRule builds a table of sure kinds from the documents' records:
// per kind, its documents, found claims and agreements.
type sureRule func(docs []docEvidence) map[evidence][3]int

// kindTally is one kind's found claims and agreements, per document.
type kindTally map[string][2]int

// tallies counts each kind's found claims and agreements per document.
func tallies(docs []docEvidence) map[evidence]kindTally {
	out := map[evidence]kindTally{}
	for _, d := range docs {
		for _, r := range d.records {
			if out[r.kind] == nil {
				out[r.kind] = kindTally{}
			}
			c := out[r.kind][d.name]
			c[0]++
			if r.ok {
				c[1]++
			}
			out[r.kind][d.name] = c
		}
	}
	return out
}

// totals returns a kind's documents, found claims and agreements.
func (k kindTally) totals() [3]int {
	found, agreed := 0, 0
	for _, c := range k {
		found += c[0]
		agreed += c[1]
	}
	return [3]int{len(k), found, agreed}
}

// sureAcrossDocuments is the rule of sure evidence (draftevidence.go):
// a kind is sure when at least sureDocuments documents met it, no one of
// them had more than sureDocumentWrong of its figures of that kind wrong,
// and it agreed on at least sureShare of its figures, pooled and with each
// document counted once (the mean of the documents' shares).
func sureAcrossDocuments(docs []docEvidence) map[evidence][3]int {
	out := map[evidence][3]int{}
	for k, tally := range tallies(docs) {
		if len(tally) < sureDocuments {
			continue
		}
		shares, worst := 0.0, 0.0
		for _, c := range tally {
			shares += float64(c[1]) / float64(c[0])
			worst = max(worst, float64(c[0]-c[1])/float64(c[0]))
		}
		tot := tally.totals()
		if worst > sureDocumentWrong || shares < sureShare*float64(len(tally)) || float64(tot[2]) < sureShare*float64(tot[1]) {
			continue
		}
		out[k] = tot
	}
	return out
}

// sureByFigures is calib45's rule, kept to compare: a kind is sure when
// the figures it wrote, pooled over all documents, agreed on at least
// sureShare of at least 10, however few documents they came from.
func sureByFigures(docs []docEvidence) map[evidence][3]int {
	out := map[evidence][3]int{}
	for k, tally := range tallies(docs) {
		if tot := tally.totals(); tot[1] >= 10 && float64(tot[2]) >= sureShare*float64(tot[1]) {
			out[k] = tot
		}
	}
	return out
}

// marksEstimate is the measure of a table on documents: the unmarked
// fields, those wrong, and all fields.
type marksEstimate struct {
	wrong, unmarked, fields int
}

func (e marksEstimate) String() string {
	return fmt.Sprintf("unmarked wrong %d of %d = %.4f, marked %.3f of %d fields",
		e.wrong, e.unmarked, ratio(e.wrong, e.unmarked), 1-ratio(e.unmarked, e.fields), e.fields)
}

// measureWith measures table on docs.
func measureWith(docs []docEvidence, table map[evidence][3]int) marksEstimate {
	var e marksEstimate
	for _, d := range docs {
		w, u := d.unmarkedWith(table)
		e.wrong += w
		e.unmarked += u
		e.fields += d.fields
	}
	return e
}

// leaveOneOut estimates a rule's unmarked error on an unseen document:
// each document measured with the table the rule builds from the others,
// pooled.
func leaveOneOut(docs []docEvidence, rule sureRule) marksEstimate {
	var e marksEstimate
	for i := range docs {
		rest := slices.Concat(docs[:i], docs[i+1:])
		m := measureWith(docs[i:i+1], rule(rest))
		e.wrong += m.wrong
		e.unmarked += m.unmarked
		e.fields += m.fields
	}
	return e
}

// sureTableSource returns the Go source of draftevidence_table.go for
// table, gofmt'd.
func sureTableSource(table map[evidence][3]int, docs int) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`// Code generated by go test ./indicators/extract -run '^TestSureEvidence$' -update-sure; DO NOT EDIT.

package extract

// sureEvidence lists the kinds of evidence that are sure
// (draftevidence.go), each with the documents, found claims and
// agreements it was measured on: those that, over the drafts of the dev
// set's `)
	fmt.Fprintf(&b, "%d", docs)
	b.WriteString(` kinds of document (testdata/kinds/marks-dev.txt), held across
// at least sureDocuments documents with no document more than
// sureDocumentWrong wrong, and agreed with the hand catalogs on at least
// sureShare of their figures, pooled and per document
// (sureAcrossDocuments in draftevidence_measure_test.go). Every kind not
// listed is a guess. TestSureEvidence fails when this table is not what
// the dev set gives; its -update-sure flag rewrites it.
var sureEvidence = map[evidence][3]int{
`)
	for _, k := range slices.Sorted(maps.Keys(table)) {
		c := table[k]
		fmt.Fprintf(&b, "\t%q: {%d, %d, %d},\n", string(k), c[0], c[1], c[2])
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}

// TestSureEvidence builds the table of sure kinds of evidence from the dev
// kinds' drafts, logs the leave-one-document-out estimate of the unmarked
// error on an unseen document (the rule of the table and calib45's rule,
// to compare) and fails when draftevidence_table.go is not the table the
// dev set gives (-update-sure rewrites it).
func TestSureEvidence(t *testing.T) {
	var docs []docEvidence
	for _, name := range devKinds(t) {
		dir := filepath.Join(kindsDir, name)
		if _, err := os.Stat(filepath.Join(dir, "catalog.yaml")); err != nil {
			t.Fatalf("dev kind %s: %v", name, err)
		}
		docs = append(docs, docEvidenceOf(t, name, kindAgreement(t, dir)))
	}
	table := sureAcrossDocuments(docs)
	for _, r := range []struct {
		name string
		rule sureRule
	}{{"across documents", sureAcrossDocuments}, {"by figures (calib45)", sureByFigures}} {
		t.Logf("sure evidence leave-one-out, rule %s: %s (on the %d dev kinds, each measured with the table of the others)", r.name, leaveOneOut(docs, r.rule), len(docs))
		t.Logf("sure evidence in sample, rule %s: %s, %d sure kinds", r.name, measureWith(docs, r.rule(docs)), len(r.rule(docs)))
	}
	src, err := sureTableSource(table, len(docs))
	if err != nil {
		t.Fatal(err)
	}
	if *updateSure {
		if err := os.WriteFile(sureTableFile, src, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s: %d sure kinds", sureTableFile, len(table))
		return
	}
	have, err := os.ReadFile(sureTableFile)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, src) {
		var added, dropped []string
		for k := range table {
			if _, ok := sureEvidence[k]; !ok {
				added = append(added, string(k))
			}
		}
		for k := range sureEvidence {
			if _, ok := table[k]; !ok {
				dropped = append(dropped, string(k))
			}
		}
		slices.Sort(added)
		slices.Sort(dropped)
		t.Errorf("%s is not the table the dev kinds give (sure now: %v; no longer sure: %v; or their counts moved): run\n\tgo test ./indicators/extract -run '^TestSureEvidence$' -update-sure\nthen the marks' tests (TestDraftKindsAgreement, the marks ceiling) and commit the table", sureTableFile, added, dropped)
	}
}
