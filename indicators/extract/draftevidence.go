package extract

import (
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A drafted field is sure or a guess, and the draft says which (calib45):
// a guessed field's comment starts with "check:", a sure one's is the
// evidence alone, so that an analyst who confirms a draft reads the
// marked fields and may trust the rest.
//
// Where a field's value and its note are written (cl.fieldNotes[f] = …),
// the writer declares the kind of its evidence (declare): the rule that
// wrote it, named "field/function" ("period/claim", "status/claim#2"; #n
// numbers the writers of one field in one function, in the order of the
// code). A field no writer noted has the kind "field/unnoted"; a unit the
// figure's own words give (the stated figure reads back to it, so the
// draft writes no unit line) has the kind "unit/stated".
//
// The strength of each kind is measured, never read from the note's words:
// a kind is sure when it held across documents on the drafts of the dev
// set's kinds of document (testdata/kinds/marks-dev.txt): at least
// sureDocuments of them met it, no one of them had more than
// sureDocumentWrong of that kind's figures wrong, and the hand catalogs
// agreed with the field it wrote on at least sureShare of its found
// claims, pooled and with each document counted once (the mean of the
// documents' shares). A cue read once for a whole document (a word of its
// title, a default for a text silent on estimates) decides all of that
// document's figures alike, right or wrong together: counted by figures,
// a few documents with many figures made it sure, and one unseen document
// then had all its figures wrong and unmarked (round AG's fraud, 18
// statuses); counted by documents, it needs many documents and no
// failure. sureEvidence lists the kinds that pass, each with its counts;
// every other kind, one the dev set never met included, is a guess. The
// rule is one line for every kind and never names a document. The table
// is generated (TestSureEvidence, -update-sure), which also logs the
// leave-one-document-out estimate of the unmarked error on an unseen
// document.

// evidence is the kind of evidence a drafted field rests on: the rule
// that wrote the field's value and note.
type evidence string

// evidenceKey is appended to a field's name to keep the kind of its
// evidence in the claim's fieldNotes, beside its note: copies of a
// claim's notes carry it, and the draft's YAML writer, which writes the
// notes of keys that are fields, never writes it.
const evidenceKey = "\x00evidence"

// evidenceNoteKey is appended to a field's name to keep the note its
// evidence was declared for: a writer that replaces the note and declares
// nothing leaves the field undeclared, not with the kind of the note it
// replaced.
const evidenceNoteKey = "\x00evidence-note"

// declare records that the note of field in notes, as written now, rests
// on evidence of kind k.
func declare(notes map[string]string, field string, k evidence) {
	notes[field+evidenceKey] = string(k)
	notes[field+evidenceNoteKey] = notes[field]
}

// evidenceOf returns the kind of evidence of field's note in notes: the
// kind its writer declared, field/unnoted for a field with no note, or
// field/undeclared for a note its writer declared no kind for.
func evidenceOf(notes map[string]string, field string) evidence {
	if notes[field] == "" {
		return evidence(field + "/unnoted")
	}
	if k := notes[field+evidenceKey]; k != "" && notes[field+evidenceNoteKey] == notes[field] {
		return evidence(k)
	}
	return evidence(field + "/undeclared")
}

// estimatesSaid reports whether the document's text calls any figure an
// estimate (a word of lexicon.EstimateCues): a figure with no cue word of
// its own is then a fact only by default, on a weaker silence.
func (d *docDraft) estimatesSaid() bool {
	if d.saysEstimates == 0 {
		d.saysEstimates = 1
		for _, w := range strings.Fields(strings.ToLower(d.src.Text)) {
			if w = strings.Trim(w, ".,;:()[]\"'“”‘’"); slices.Contains(vocab.EstimateCues, w) || slices.Contains(vocab.SampleWords, w) {
				d.saysEstimates = 2
				break
			}
		}
	}
	return d.saysEstimates == 2
}

// The rule that makes a kind of evidence sure: on the dev set, at least
// sureDocuments documents met it, none had more than sureDocumentWrong of
// its figures of that kind wrong, and the field it wrote agreed with the
// hand catalog on at least sureShare of its found claims, pooled and per
// document. The values were chosen by the leave-one-document-out estimate
// of the unmarked error on the dev set (README, "check:").
const (
	sureShare         = 0.97
	sureDocuments     = 10
	sureDocumentWrong = 0.1
)

// sure reports whether evidence of kind k is sure (sureEvidence).
func (k evidence) sure() bool {
	_, ok := sureEvidence[k]
	return ok
}

// checkMark starts the comment of a guessed field.
const checkMark = "check:"

// markedFields are the fields a draft marks, in the order they are
// written, each with the keys of fieldNotes whose notes it writes.
var markedFields = []string{"title", "entities", "measure", "status", "unit", "period", "base", "direction"}

// evidenceDebug writes each field's kind of evidence after its note
// ("… [period/claim]"), for measuring the kinds (CLAIMBOOK_EVIDENCE=1).
var evidenceDebug = os.Getenv("CLAIMBOOK_EVIDENCE") == "1"

// markedNotes returns the notes a draft writes for cl's fields: each
// guessed field's note starts with checkMark ("check: no evidence noted"
// where it has none), each sure field's is its note as the drafter wrote
// it; how many fields it marked, and of how many.
func markedNotes(cl claim) (map[string]string, int, int) {
	ind := &cl.ind
	out := map[string]string{}
	for k, v := range cl.fieldNotes {
		if !strings.Contains(k, evidenceKey) {
			out[k] = v
		}
	}
	marked, fields := 0, 0
	for _, f := range markedFields {
		key, kind := f, evidenceOf(cl.fieldNotes, f)
		switch f {
		case "entities":
			if len(ind.Entities) == 0 && ind.Counterpart == "" {
				// No line: a note above the figure asks for its places, a
				// placeholder, which counts as marked.
				fields, marked = fields+1, marked+1
				continue
			}
			if ind.Counterpart != "" && cl.fieldNotes["counterpart"] != "" || cl.fieldNotes["entities"] == "" && cl.fieldNotes["counterpart"] != "" {
				key, kind = "counterpart", evidenceOf(cl.fieldNotes, "counterpart")
			}
		case "unit":
			if unitInStated(ind) {
				key, kind = "stated", evidence("unit/stated:"+ind.Unit.Kind.String())
				if ind.Unit.Per != "" {
					kind += ":per"
				}
			}
		case "base":
			if !ind.Base.IsStated() {
				continue
			}
		case "direction":
			if ind.Quantity.Direction == indicators.NoDirection {
				continue
			}
		}
		fields++
		note := out[key]
		if f == "title" && strings.Contains(ind.Title, "TODO") {
			kind = "title/placeholder"
		}
		if !kind.sure() {
			marked++
			if note == "" {
				note = "no evidence noted"
			}
			note = checkMark + " " + note
		}
		if evidenceDebug {
			note = strings.TrimSpace(note + " [" + string(kind) + "]")
		}
		if note != "" {
			out[key] = note
		}
	}
	return out, marked, fields
}

// unitInStated reports whether the draft writes ind's unit by its stated
// figure alone: the figure's own words read back to the unit, so no unit
// line is written (indicators.WriteYAMLWith's rule, on the unit).
func unitInStated(ind *indicators.Indicator) bool {
	if ind.Stated == "" {
		return false
	}
	_, u, err := indicators.ParseStatedAs(ind.Stated, ind.Measure)
	return err == nil && u == ind.Unit
}

// marksHeader is the draft header's sentence on the marks.
func marksHeader(marked, fields int) string {
	return "A comment that starts with \"" + checkMark + "\" marks a guess: " + strconv.Itoa(marked) + " of the " + strconv.Itoa(fields) +
		" fields drafted (title, entities, measure, status, unit, period, base, direction) rest on a kind of evidence that was wrong too often on the documents measured, or met on too few of them (a default, a year or place from further off, a fallback); check those. The others' kind of evidence agreed with hand catalogs on at least " + strconv.Itoa(int(sureShare*100)) + "% of the figures measured, on at least " + strconv.Itoa(sureDocuments) + " documents, none of them more than " + strconv.Itoa(int(sureDocumentWrong*100)) + "% wrong."
}
