package extract

import (
	"bytes"
	"strings"
	"testing"
)

// TestDraftStatusNote: the comment beside a drafted status quotes its cue
// word once and says in plain words why it counts, never a quoted quote
// ("\"would\", which …").
func TestDraftStatusNote(t *testing.T) {
	text := "Wind Plan\n\nDeploying 30 GW of offshore wind would power 10 million homes, support 77,000 jobs, and spur $12 billion per year in investment.\n"
	var buf bytes.Buffer
	if err := WriteDraft(&buf, DraftSource{ID: "wind", TextPath: "wind.txt", Text: text}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if want := `status: projection # "would", which the list this item is in shares`; !strings.Contains(out, want) {
		t.Errorf("draft lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, `\"`) {
		t.Errorf("draft has an escaped quote in a comment:\n%s", out)
	}
}
