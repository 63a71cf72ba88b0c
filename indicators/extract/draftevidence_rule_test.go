package extract

import (
	"fmt"
	"strings"
	"testing"
)

// cueDocs returns documents that each drafted figures of one kind of
// evidence: per document, its figures and how many of them were wrong.
// The kind is none of sureEvidence's, so each field starts marked.
func cueDocs(kind evidence, docs ...[2]int) []docEvidence {
	var out []docEvidence
	for i, d := range docs {
		doc := docEvidence{name: fmt.Sprintf("doc%d", i), fields: d[0]}
		for j := range d[0] {
			doc.records = append(doc.records, evidenceRecord{"status", kind, j >= d[1]})
		}
		out = append(out, doc)
	}
	return out
}

// repeat returns n copies of d.
func repeat(n int, d [2]int) [][2]int {
	out := make([][2]int, n)
	for i := range out {
		out[i] = d
	}
	return out
}

// A kind of evidence is sure only when it held across documents: many
// figures of few documents (a cue read once for the whole document) are
// not enough, nor is a pooled share that hides one document gone wrong.
func TestSureAcrossDocuments(t *testing.T) {
	const kind = evidence("status/test-cue")
	if _, ok := sureEvidence[kind]; ok {
		t.Fatalf("%s is in the table: the cases need a kind the table does not list", kind)
	}
	cases := []struct {
		name             string
		docs             [][2]int // per document: figures, wrong
		across, byFigure bool
	}{
		{"a whole-document cue, 9 documents of 20 figures, all right", repeat(9, [2]int{20, 0}), false, true},
		{"the same cue in 10 documents", repeat(10, [2]int{20, 0}), true, true},
		{"12 documents, one with 2 of 10 wrong", append(repeat(11, [2]int{10, 0}), [2]int{10, 2}), false, true},
		{"10 documents, one with 1 of 10 wrong (the bound, not above it)", append(repeat(9, [2]int{10, 0}), [2]int{10, 1}), true, true},
		{"40 documents of one figure, one wrong", append(repeat(39, [2]int{1, 0}), [2]int{1, 1}), false, true},
		{"2 documents of one figure", repeat(2, [2]int{1, 0}), false, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			docs := cueDocs(kind, tc.docs...)
			if _, got := sureAcrossDocuments(docs)[kind]; got != tc.across {
				t.Errorf("sure across documents: %v, want %v", got, tc.across)
			}
			if _, got := sureByFigures(docs)[kind]; got != tc.byFigure {
				t.Errorf("sure by figures: %v, want %v", got, tc.byFigure)
			}
		})
	}
}

// The leave-one-out estimate measures each document with the table of the
// others: a cue that held on ten documents and failed on an eleventh is
// not sure on all eleven, but the eleventh, measured unseen, has all its
// figures unmarked and wrong; each of the ten, measured with the table of
// the other nine and the failure, has them marked.
func TestLeaveOneOut(t *testing.T) {
	const kind = evidence("status/test-cue")
	docs := cueDocs(kind, append(repeat(10, [2]int{5, 0}), [2]int{8, 8})...)
	cases := []struct {
		name string
		rule sureRule
		want marksEstimate
	}{
		{"across documents", sureAcrossDocuments, marksEstimate{wrong: 8, unmarked: 8, fields: 58}},
		// By figures, each of the ten sees 45 right and 8 wrong (0.85):
		// the cue is sure only when the failure is left out.
		{"by figures", sureByFigures, marksEstimate{wrong: 8, unmarked: 8, fields: 58}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := leaveOneOut(docs, tc.rule); got != tc.want {
				t.Errorf("leave-one-out %+v, want %+v", got, tc.want)
			}
		})
	}
	if _, ok := sureAcrossDocuments(docs)[kind]; ok {
		t.Errorf("%s sure on all eleven documents, one of them all wrong", kind)
	}
	// In sample, the eleventh document's failure keeps the cue marked
	// everywhere: no unmarked field at all.
	if got, want := measureWith(docs, sureAcrossDocuments(docs)), (marksEstimate{0, 0, 58}); got != want {
		t.Errorf("in sample %+v, want %+v", got, want)
	}
}

// The table's source is Go that gofmt keeps and lists every kind with its
// counts, in order.
func TestSureTableSource(t *testing.T) {
	src, err := sureTableSource(map[evidence][3]int{"unit/b": {10, 20, 20}, "period/a": {12, 30, 29}}, 65)
	if err != nil {
		t.Fatal(err)
	}
	s := string(src)
	for _, want := range []string{"DO NOT EDIT", "var sureEvidence = map[evidence][3]int{", "\"period/a\": {12, 30, 29},\n\t\"unit/b\":   {10, 20, 20},", "65 kinds of document"} {
		if !strings.Contains(s, want) {
			t.Errorf("table source lacks %q:\n%s", want, s)
		}
	}
}
