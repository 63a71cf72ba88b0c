package chart

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestWaffleShareInWords: a share the document gives in words is drawn
// in digits to at most one decimal place: "one-third" is "33.3%", never
// "33.3333333333333%" (s17i-broadband), and "thirteen per cent" stays
// "13%" (another kind: s14-roads' casualties).
func TestWaffleShareInWords(t *testing.T) {
	for _, tt := range []struct{ stated, want string }{
		{"one-third", "33.3%"},
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
