package extract

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// bulletSeeds open lines with list markers of many widths: a title read
// back from a figure must stop at the line's start and never cut a marker
// in half.
var bulletSeeds = []string{
	"Jobs report\n\n  • The national unemployment rate was estimated at 4.1%, 0.3 percentage points lower than a year earlier.\n",
	"Jobs report\n\n  – The national unemployment rate was estimated at 4.1%.\n",
	"Jobs report\n\n  ▪ The national unemployment rate was estimated at 4.1%.\n",
	"Jobs report\n\n* The youth unemployment rate was estimated at 12.5%.\n",
	"Jobs report\n\n1. The youth unemployment rate was estimated at 12.5%.\n",
	"Harvest\n\n• Wheat production is forecast at 52 million tonnes, 3% more than last year.\n",
	"Harvest\n\n‣ Wheat production is forecast at 52 million tonnes.\n",
	"Aid\n\n• The fund approved a $40 million loan to support rural schools in Peru.\n",
}

// draftTitles drafts text and returns each drafted claim's title.
func draftTitles(text string) []string {
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var out []string
	for _, cl := range d.claims() {
		if cl.skip == "" {
			out = append(out, cl.ind.Title)
		}
	}
	return out
}

// TestDraftTitleOfBullet checks that a subject read back from a figure stops
// at the bullet that opens its line.
func TestDraftTitleOfBullet(t *testing.T) {
	tests := []struct{ text, stated, want string }{
		{bulletSeeds[0], "4.1%", "National unemployment rate"},
		{bulletSeeds[1], "4.1%", "National unemployment rate"},
		{bulletSeeds[2], "4.1%", "National unemployment rate"},
		{bulletSeeds[5], "52 million tonnes", "Wheat production forecast"},
		{bulletSeeds[6], "52 million tonnes", "Wheat production forecast"},
	}
	for _, tc := range tests {
		got := firstDraft(t, tc.text, tc.stated)
		if got.ind.Title != tc.want {
			t.Errorf("title of %q in %q = %q, want %q", tc.stated, tc.text, got.ind.Title, tc.want)
		}
	}
}

// TestListMarker checks the words that open a list's line.
func TestListMarker(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"•", true}, {"–", true}, {"-", true}, {"*", true}, {"▪", true}, {"1.", true}, {"2)", true}, {"(iii)", true},
		{"The", false}, {"ii", false}, {"2025", false}, {"4.1%", false}, {"i.e.", false}, {"", false},
	}
	for _, tc := range tests {
		if got := listMarker(tc.in); got != tc.want {
			t.Errorf("listMarker(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// FuzzDraftTitleUTF8 checks that every drafted title is valid UTF-8, whole
// characters only, and that the draft loads.
func FuzzDraftTitleUTF8(f *testing.F) {
	for _, s := range bulletSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > 4096 {
			return // a source text is UTF-8; long inputs only slow the fuzzer
		}
		for _, tt := range draftTitles(text) {
			if !utf8.ValidString(tt) || strings.ContainsRune(tt, utf8.RuneError) {
				t.Errorf("draft of %q has title %q, want whole characters", text, tt)
			}
		}
		var buf bytes.Buffer
		if err := WriteDraft(&buf, DraftSource{TextPath: "doc.txt", Text: text}); err != nil {
			t.Fatalf("WriteDraft(%q): %v", text, err)
		}
		read := func(string) ([]byte, error) { return []byte(text), nil }
		if _, err := indicators.Parse("catalog.yaml", buf.Bytes(), read); err != nil {
			t.Errorf("draft of %q does not load: %v\n%s", text, err, buf.String())
		}
	})
}
