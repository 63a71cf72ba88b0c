package chart

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestWaffleShareInWords: a share the document gives as a proportion in
// words keeps them, as the deck quotes them: "one-third", never
// "33.3333333333333%" (s17i-broadband) nor "33.3%", digits the document
// never gave (s20n-gambling: "about a quarter", not "about 25%"); a
// percent in number words is drawn in digits: "thirteen per cent" is
// "13%" (another kind: s14-roads' casualties).
func TestWaffleShareInWords(t *testing.T) {
	for _, tt := range []struct{ stated, want string }{
		{"one-third", "one-third"},
		{"about a quarter", "about a quarter"},
		{"thirteen per cent", "13%"},
	} {
		doc := "claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n" +
			"  - {id: s, title: Uncapped share of all broadband connections, measure: share, status: fact, stated: \"" + tt.stated + "\", period: 2015, provenance: [{source: a, quote: \"" + tt.stated + "\"}]}\n" +
			"views:\n  - {id: w, title: Share, kind: part_of_whole, indicators: [s]}\n"
		text := tt.stated + " of all.\n"
		sum := sha256.Sum256([]byte(text))
		c := indicatortest.ParseWithText(t, "share.yaml", fmt.Sprintf(doc, hex.EncodeToString(sum[:])), text)
		v, _ := c.View("w")
		s, err := NewSlide(c, v, nil)
		if err != nil {
			t.Fatalf("%q: NewSlide: %v", tt.stated, err)
		}
		if got := s.body.(*Waffle).Label; got != tt.want {
			t.Errorf("%q: big figure %q, want %q", tt.stated, got, tt.want)
		}
	}
}

// TestWaffleAboutHedge: the squares of an "about" share show its hedge:
// those its wording allows either side of the figure are faded, never 25
// squares exactly for "about a quarter" (s20n-gambling).
func TestWaffleAboutHedge(t *testing.T) {
	doc := "claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n" +
		"  - {id: s, title: Share of venues affected, measure: share, status: fact, stated: \"about a quarter\", period: 2011, provenance: [{source: a, quote: \"about a quarter\"}]}\n" +
		"views:\n  - {id: w, title: Share, kind: part_of_whole, indicators: [s]}\n"
	text := "about a quarter of venues.\n"
	sum := sha256.Sum256([]byte(text))
	c := indicatortest.ParseWithText(t, "share.yaml", fmt.Sprintf(doc, hex.EncodeToString(sum[:])), text)
	v, _ := c.View("w")
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatal(err)
	}
	w := s.body.(*Waffle)
	solid, faded, _ := w.Cells()
	if w.Tip != Faded || faded == 0 || solid >= 25 || solid+faded <= 25 {
		t.Errorf("waffle of %q: %d solid and %d faded squares (tip %v), want the squares either side of 25 faded", w.Label, solid, faded, w.Tip)
	}
}
