package extract

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
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
	if want := `status: projection # check: "would", which the list this item is in shares`; !strings.Contains(out, want) {
		t.Errorf("draft lacks %q:\n%s", want, out)
	}
	if strings.Contains(out, `\"`) {
		t.Errorf("draft has an escaped quote in a comment:\n%s", out)
	}
}

// TestModalMay: "may" is a projection's cue as a modal, never as the month.
func TestModalMay(t *testing.T) {
	tests := []struct {
		clause string
		want   bool
	}{
		{"exports may reach $5 billion", true},
		{"the plan may cost $2 million by 2030", true},
		{"the department announced that exports were $2.1 billion in may", false},
		{"in may, exports were $2 billion", false},
		{"may 2019 exports were $2 billion", false},
		{"on 5 may the fund gave $3 million", false},
		{"between april and may exports rose", false},
	}
	for _, tt := range tests {
		if got := modalMay(tt.clause); got != tt.want {
			t.Errorf("modalMay(%q) = %v, want %v", tt.clause, got, tt.want)
		}
	}
}

// TestDraftMonthMay: a figure of the month of May is no projection.
func TestDraftMonthMay(t *testing.T) {
	text := "Trade Data\n\nThe department announced that exports were $2.1 billion in May.\n"
	var buf bytes.Buffer
	if err := WriteDraft(&buf, DraftSource{ID: "trade", TextPath: "trade.txt", Text: text}); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); !strings.Contains(out, "status: fact") {
		t.Errorf("draft of %q is not a fact:\n%s", text, out)
	}
}

// TestDraftEntitiesNote: a figure whose places a later rule found (a
// benchmark's, a global body's page) has no comment saying no place was
// named.
func TestDraftEntitiesNote(t *testing.T) {
	for _, text := range []string{
		"Fuel Outlook\n\nThe market expects WTI prices to range from $41/b to $70/b in June 2019.\n",
		"Malaria Facts\n\nWHO reports on malaria. WHO tracks funding. WHO publishes data. Funding reached an estimated US$ 2.7 billion in 2018.\n",
	} {
		var buf bytes.Buffer
		if err := WriteDraft(&buf, DraftSource{ID: "doc", TextPath: "doc.txt", Text: text}); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, "entities: [") {
			t.Errorf("draft of %q has no entities:\n%s", text, out)
		}
		if strings.Contains(out, "no country or region named") {
			t.Errorf("draft of %q says no place is named beside its entities:\n%s", text, out)
		}
	}
}

// TestDraftRefusedExplained: a figure the extractor reads but verify
// cannot find in its quote (a margin of error "±0.5 percent") is not
// drafted as a claim of its own, so the draft verifies as written; since
// margin20 a margin of error is drafted into the figure it qualifies
// (drafts20 explained it in a comment on it).
func TestDraftRefusedExplained(t *testing.T) {
	text := "Retail Sales\n\nAdvance estimates of retail sales for May 2024 were $703.1 billion, up 0.1 percent (±0.5 percent) from the previous month.\n"
	src := DraftSource{ID: "sales", TextPath: "sales.txt", Text: text}
	var buf bytes.Buffer
	if err := WriteDraft(&buf, src); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "stated: 0.1 percent (±0.5 percent)\n") {
		t.Errorf("draft does not draft the margin of error into its figure:\n%s", out)
	}
	if strings.Contains(out, "stated: 0.5 percent") {
		t.Errorf("draft drafts the margin of error:\n%s", out)
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "sales.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "draft.yaml"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := indicators.Load(filepath.Join(dir, "draft.yaml")); err != nil {
		t.Errorf("draft does not load: %v", err)
	}
}

// TestDraftRefused: the safety net under every rule, verify's own check
// of each drafted indicator, names the indicator a catalog could not hold
// (its stated figure not in its quote) and says why.
func TestDraftRefused(t *testing.T) {
	text := "Trade Facts\n\nIn 2014, two-way trade was $279 billion.\n"
	d := newDocDraft(DraftSource{ID: "facts", TextPath: "facts.txt", Text: text}, map[string]int{})
	cls := d.claims()
	if len(cls) != 1 || cls[0].skip != "" {
		t.Fatalf("claims of %q = %+v, want one drafted", text, cls)
	}
	if got := d.refused(cls); len(got) != 0 {
		t.Errorf("refused(%v) = %v, want none", cls[0].ind.Stated, got)
	}
	bad := cls[0]
	q, _, err := indicators.ParseStated("$280 billion")
	if err != nil {
		t.Fatal(err)
	}
	bad.ind.ID, bad.ind.Stated, bad.ind.Quantity = "bad", "$280 billion", q
	got := d.refused(append(cls, bad))
	if want := map[string]string{"bad": `the quote does not state "$280 billion"`}; !maps.Equal(got, want) {
		t.Errorf("refused with a wrong stated figure = %q, want %q", got, want)
	}
}

// TestUnsignCount: a negative count is drafted unsigned with direction
// down (a count is never negative); another signed figure keeps its sign
// and loses a direction it would say twice.
func TestUnsignCount(t *testing.T) {
	for _, c := range []struct {
		stated, unit string
		dir          indicators.Direction
		wantStated   string
		wantDir      indicators.Direction
	}{
		{"-43,000", "person", indicators.NoDirection, "43,000", indicators.Down},
		{"-43,000", "job", indicators.Down, "43,000", indicators.Down},
		{"-1.0%", "percent", indicators.Down, "-1.0%", indicators.NoDirection},
		{"-2.4%", "percent", indicators.NoDirection, "-2.4%", indicators.NoDirection},
		{"43,000", "person", indicators.Down, "43,000", indicators.Down},
	} {
		q, _, err := indicators.ParseStated(c.stated)
		if err != nil {
			t.Fatal(err)
		}
		q.Direction = c.dir
		cl := claim{ind: indicators.Indicator{Stated: c.stated, Quantity: q, Unit: indicators.MustParseUnit(c.unit)}, fieldNotes: map[string]string{}}
		unsignCount(&cl)
		if cl.ind.Stated != c.wantStated || cl.ind.Quantity.Direction != c.wantDir {
			t.Errorf("unsignCount(%q %s, %v) = %q, %v, want %q, %v", c.stated, c.unit, c.dir, cl.ind.Stated, cl.ind.Quantity.Direction, c.wantStated, c.wantDir)
		}
		if lo, _ := cl.ind.Quantity.Ends(); cl.ind.Unit.NonNegative() && lo < 0 {
			t.Errorf("unsignCount(%q %s) left a negative count %v", c.stated, c.unit, cl.ind.Quantity)
		}
	}
}
