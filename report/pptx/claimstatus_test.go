package pptx

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestClaimSaysStatus: a claim's words on the slides' list end with its
// status where it is an estimate or projection, as the Cover's row does
// (wording.StatusAfter), and say none of a fact (s17j-ports: the slides'
// visible text said nothing of 13 provisional estimates).
func TestClaimSaysStatus(t *testing.T) {
	for _, tt := range []struct {
		kind      string
		estimates int // claims of estimates, at least
	}{
		{"ports", 13},
		{"forestry", 1},
		{"lifeexp", 1},
	} {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", tt.kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", tt.kind, err)
		}
		n := 0
		for i := range c.Indicators {
			ind := &c.Indicators[i]
			line := claimWords(c, ind)
			says := strings.HasSuffix(line, " (estimate)") || strings.HasSuffix(line, " (projection)")
			want := ind.Status == indicators.Estimate || ind.Status == indicators.Projection
			if says != want {
				t.Errorf("%s: %q of a %s says its status = %v, want %v", tt.kind, line, ind.Status, says, want)
			}
			if ind.Status == indicators.Estimate {
				n++
			}
		}
		if n < tt.estimates {
			t.Errorf("%s: %d estimates, want at least %d", tt.kind, n, tt.estimates)
		}
	}
}

// TestClaimQuotesFigure: a claim's figure after its colon starts in the
// document's characters, a figure said in words too ("Twelve per cent",
// not "twelve per cent"), in every kind that writes one so; a hedge
// before it in lower case ("over a quarter", never "Over a quarter").
func TestClaimQuotesFigure(t *testing.T) {
	for _, tc := range []struct{ stated, want string }{
		{"Twelve per cent", "Twelve per cent"},
		{"Over a quarter", "over a quarter"},
		{"Around 10%", "around 10%"},
	} {
		if got := quotedFirst(strings.ToLower(tc.stated[:1])+tc.stated[1:], tc.stated); got != tc.want {
			t.Errorf("quotedFirst(%q) = %q, want %q", tc.stated, got, tc.want)
		}
	}
	for _, kind := range []string{"cycling", "flooding", "culture", "crime", "climate"} {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: %v", kind, err)
		}
		for i := range c.Indicators {
			ind := &c.Indicators[i]
			doc, _, _ := strings.Cut(ind.Stated, " ")
			line := claimWords(c, ind)
			_, fig, _ := strings.Cut(line, ": ")
			if _, _, err := indicators.ParseStated(doc); err != nil {
				continue // a hedge, said in lower case
			}
			if first, _, _ := strings.Cut(fig, " "); strings.EqualFold(first, doc) && first != doc {
				t.Errorf("%s: claimWords(%s) = %q, want its figure to start %q", kind, ind.ID, line, doc)
			}
		}
	}
}
