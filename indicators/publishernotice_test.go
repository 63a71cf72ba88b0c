package indicators_test

import (
	"strings"
	"testing"
)

// TestPublisherNotice checks that a source read from a page with no
// publisher takes a notice, which -strict fails, as the README's table
// says every source names one (round AH: drafts with only a comment
// "add publisher" passed -strict); a source with one takes none, nor
// does a text of no address (a test's or a catalog built in Go).
func TestPublisherNotice(t *testing.T) {
	const doc = "In 2024 there were 1,200 permits.\n"
	const item = "  - id: p\n    title: Permits\n    entities: [GB]\n    status: fact\n    measure: flow\n    period: 2024\n    stated: 1,200 permits\n    provenance:\n      - source: doc\n        quote: In 2024 there were 1,200 permits.\n"
	tests := []struct {
		name, source string
		want         bool
	}{
		{"a page with no publisher", "    issued: 2025-01-01\n    url: https://example.org/permits\n", true},
		{"a page with its publisher", "    publisher: Office of Examples\n    issued: 2025-01-01\n    url: https://example.org/permits\n", false},
		{"no address", "    issued: 2025-01-01\n", false},
	}
	for _, tc := range tests {
		got := runMessagesOf(t, doc, tc.source, item, "")
		told := false
		for _, m := range got {
			told = told || strings.HasPrefix(m, "notice: ") && strings.Contains(m, `names no publisher`) && strings.Contains(m, "write publisher:")
		}
		if told != tc.want {
			t.Errorf("%s: told of no publisher = %v, want %v; messages %q", tc.name, told, tc.want, got)
		}
	}
}
