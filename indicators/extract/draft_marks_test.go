package extract

import (
	"fmt"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The measure of the marks (calib45): of the found claims, per field, how
// many the draft marks as guesses ("check:" comments), how many of those
// left unmarked disagree with the hand catalog (the error an analyst who
// confirms unmarked fields unread keeps), and how many of all
// disagreements are marked (the marks' recall).

// markCounts counts, per field, the found claims, those whose field is
// marked, the disagreements and the disagreements left unmarked.
type markCounts struct {
	found, marked, wrong, unmarkedWrong map[string]int
}

func (m *markCounts) init() {
	if m.found == nil {
		m.found, m.marked, m.wrong, m.unmarkedWrong = map[string]int{}, map[string]int{}, map[string]int{}, map[string]int{}
	}
}

// count adds one found claim's field: marked or not, agreeing or not.
func (m *markCounts) count(field string, marked, ok bool) {
	m.init()
	m.found[field]++
	if marked {
		m.marked[field]++
	}
	if !ok {
		m.wrong[field]++
		if !marked {
			m.unmarkedWrong[field]++
		}
	}
}

func (m *markCounts) add(b markCounts) {
	m.init()
	for _, mp := range []struct{ to, from map[string]int }{{m.found, b.found}, {m.marked, b.marked}, {m.wrong, b.wrong}, {m.unmarkedWrong, b.unmarkedWrong}} {
		for k, v := range mp.from {
			mp.to[k] += v
		}
	}
}

// unmarkedError is the share of the unmarked fields of found claims that
// disagree with the hand catalog, over the fields an analyst confirms
// (draftFields from qualifier to title; wording, whether a person would
// reword a title, is measured apart): the figure the floors keep from
// rising, with the counts.
func (m markCounts) unmarkedError() (float64, int, int) {
	wrong, unmarked := 0, 0
	for _, f := range draftFields[1:] {
		if f == "wording" {
			continue
		}
		wrong += m.unmarkedWrong[f]
		unmarked += m.found[f] - m.marked[f]
	}
	return ratio(wrong, unmarked), wrong, unmarked
}

// marksLine formats a's marks on one line, after agreementAllLine's:
// "NAME  marks: found N FIELD m X e X r X [marked/unmarkedwrong/wrong] …
// all e X": per field the share of found claims marked (m), the error
// rate of unmarked fields (e: unmarked and disagreeing over unmarked) and
// the share of disagreements marked (r, the recall of the mark), with the
// counts; last the error rate of all unmarked fields together.
func marksLine(name string, a agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-28s marks: found %d", name, a.found)
	m := a.marks
	m.init()
	for _, f := range draftFields[1:] {
		n, mk, w, uw := m.found[f], m.marked[f], m.wrong[f], m.unmarkedWrong[f]
		rec := 1.0
		if w > 0 {
			rec = ratio(w-uw, w)
		}
		fmt.Fprintf(&b, " %s m %.3f e %.3f r %.3f [%d/%d/%d]", f, ratio(mk, n), ratio(uw, n-mk), rec, mk, uw, w)
	}
	e, _, _ := m.unmarkedError()
	fmt.Fprintf(&b, " all e %.3f", e)
	return b.String()
}

// markKeys are the YAML keys whose comments mark each measured field: an
// entities guess may sit on the counterpart's line, a unit's on the stated
// figure's when no unit line is written. The qualifier is the extractor's
// reading of the figure's own words and is never marked.
var markKeys = map[string][]string{
	"unit":      {"unit", "stated"},
	"period":    {"period"},
	"entities":  {"entities", "counterpart"},
	"measure":   {"measure"},
	"status":    {"status"},
	"title":     {"title"},
	"wording":   {"title"},
	"base":      {"base"},
	"direction": {"direction"},
}

// fieldMark reports whether a draft's comments on one indicator (by YAML
// key) mark field as a guess, and the kind of its evidence where the
// draft was written with CLAIMBOOK_EVIDENCE=1 ("… [period/claim]").
func fieldMark(comments map[string]string, field string) (bool, string) {
	marked, kind := false, ""
	for _, k := range markKeys[field] {
		c := comments[k]
		if strings.HasPrefix(c, checkMark) {
			marked = true
		}
		if i := strings.LastIndex(c, " ["); kind == "" && strings.HasSuffix(c, "]") && i >= 0 {
			kind = c[i+2 : len(c)-1]
		} else if kind == "" && strings.HasPrefix(c, "[") && strings.HasSuffix(c, "]") {
			kind = c[1 : len(c)-1]
		}
	}
	return marked, kind
}

// draftComments reads a draft's line comments: per indicator id, per key,
// the comment without its "# ".
func draftComments(t testing.TB, text string) map[string]map[string]string {
	t.Helper()
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(text), &doc); err != nil {
		t.Fatalf("draft does not parse: %v", err)
	}
	out := map[string]map[string]string{}
	if len(doc.Content) == 0 {
		return out
	}
	root := doc.Content[0]
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value != "indicators" {
			continue
		}
		for _, ind := range root.Content[i+1].Content {
			cs := map[string]string{}
			id := ""
			for j := 0; j+1 < len(ind.Content); j += 2 {
				k, v := ind.Content[j], ind.Content[j+1]
				if k.Value == "id" {
					id = v.Value
				}
				c := v.LineComment
				if c == "" {
					c = k.LineComment
				}
				if c != "" {
					cs[k.Value] = strings.TrimSpace(strings.TrimPrefix(c, "#"))
				}
			}
			if _, ok := cs["entities"]; !ok && mapHas(ind, "entities") == nil && mapHas(ind, "counterpart") == nil {
				// No places drafted: the note above the figure asks for
				// them, a placeholder, which counts as marked.
				cs["entities"] = checkMark + " no places drafted"
			}
			out[id] = cs
		}
	}
	return out
}

// checkUnmarkedCeiling reports an unmarked error rate (unmarkedError)
// above the ceiling key of the floor file name: the share of unmarked
// fields that are wrong only falls, as the floors only rise.
func checkUnmarkedCeiling(t *testing.T, name, key string, m markCounts) {
	t.Helper()
	e, wrong, unmarked := m.unmarkedError()
	ceil, ok := readDraftFloors(t, name)[key]
	if !ok {
		t.Errorf("%s has no ceiling %q for the unmarked fields' error rate (now %.3f)", name, key, e)
		return
	}
	if e > ceil+floorTolerance {
		t.Errorf("unmarked fields wrong: %d of %d = %.3f, want at most %.3f (%s, %s): mark the kind of evidence that failed (draftevidence.go)", wrong, unmarked, e, ceil, name, key)
	}
}

// mapHas returns the value of key in the mapping m, or nil.
func mapHas(m *yaml.Node, key string) *yaml.Node {
	for j := 0; j+1 < len(m.Content); j += 2 {
		if m.Content[j].Value == key {
			return m.Content[j+1]
		}
	}
	return nil
}
