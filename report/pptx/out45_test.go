package pptx_test

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestOneIntervalDeck: the deck says what a derived gap's inputs allow
// with the Low and High derived.csv and the book's Derived sheet write
// (indicators.Result.Allowed reads SaidBounds): "about 60,000
// households" less "some 8,300" allows 46,000 to 57,000 households; the
// note said "from 40,000 households to 60,000 households", the ends at
// the figure's place, beside the book's Low of 46,000 (out45).
func TestOneIntervalDeck(t *testing.T) {
	c, err := indicators.Load("../testdata/hedges/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var dc bytes.Buffer
	if err := indicators.WriteDerivedCSV(&dc, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&dc).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := rows[1][slices.Index(rows[0], "Low")], rows[1][slices.Index(rows[0], "High")]
	if lo != "46000" || hi != "57000" {
		t.Fatalf("derived.csv Low, High = %s, %s, want 46000, 57000", lo, hi)
	}
	slides, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	var said []string
	for _, s := range slides {
		for _, n := range s.Notes {
			if strings.HasPrefix(n, "What the inputs allow") {
				said = append(said, n)
			}
		}
	}
	if want := "What the inputs allow: from 46,000 households to 57,000 households"; len(said) != 1 || said[0] != want {
		t.Errorf("the deck's notes say %q, want %q, derived.csv's Low and High", said, want)
	}
}
