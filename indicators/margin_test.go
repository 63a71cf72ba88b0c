package indicators

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"
)

// TestParseStatedMargin reads figures written with their margins, from
// three documents' sentences: the USFWS duck survey (s18k-birds), the US
// Census Bureau's new residential construction release ("(±0.4
// percent)*"), and a poll reported as "39±2% of the voters agree"
// (https://studydaddy.com/question/confidence-interval-estimation-discussion),
// field by field.
func TestParseStatedMargin(t *testing.T) {
	tests := []struct {
		stated    string
		value     Decimal
		scale     Scale
		unit      string
		halfWidth Decimal
		kind      MarginKind
		level     uint8
	}{
		// USFWS: "was 41.2 ± 0.8 [SE] million birds".
		{"41.2 ± 0.8 [SE] million birds", Decimal{412, 5}, Million, "bird", Decimal{8, 5}, StandardError, 0},
		{"41.2 ± 0.8 million", Decimal{412, 5}, Million, "", Decimal{8, 5}, UnknownMargin, 0},
		{"36.2 ± 0.6 million birds", Decimal{362, 5}, Million, "bird", Decimal{6, 5}, UnknownMargin, 0},
		{"8.0 ± 0.3 (SE) million", Decimal{80, 5}, Million, "", Decimal{3, 5}, StandardError, 0},
		// US Census: "up 0.1 percent (±0.4 percent)*".
		{"0.1 percent (±0.4 percent)", Decimal{1, -1}, NoScale, "percent", Decimal{4, -1}, UnknownMargin, 0},
		{"7.7 percent (±1.2 percent)", Decimal{77, -1}, NoScale, "percent", Decimal{12, -1}, UnknownMargin, 0},
		{"2.3 percent (plus or minus 0.5 percent)", Decimal{23, -1}, NoScale, "percent", Decimal{5, -1}, UnknownMargin, 0},
		// The poll: "39±2% of the voters agree".
		{"39±2%", Decimal{39, 0}, NoScale, "percent", Decimal{2, 0}, UnknownMargin, 0},
		{"39 ± 2 (90% MOE) percent", Decimal{39, 0}, NoScale, "percent", Decimal{2, 0}, MarginOfError, 90},
		// A label opening the parentheses.
		{"1.32 million (SE 0.02 million)", Decimal{132, 4}, Million, "", Decimal{2, 4}, StandardError, 0},
		{"12.3% ± 1.1%", Decimal{123, -1}, NoScale, "percent", Decimal{11, -1}, UnknownMargin, 0},
		// A confidence interval symmetric about the figure.
		{"12.3% (95% CI: 11.1% to 13.5%)", Decimal{123, -1}, NoScale, "percent", Decimal{12, -1}, MarginOfError, 95},
	}
	for _, tt := range tests {
		q, u, err := ParseStated(tt.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tt.stated, err)
			continue
		}
		if !q.Value.Equal(tt.value) || q.Scale != tt.scale || u.String() != tt.unit {
			t.Errorf("ParseStated(%q) = %s %s %q, want %s %s %q", tt.stated, q.Value, q.Scale, u, tt.value, tt.scale, tt.unit)
		}
		if !q.Margin.HalfWidth.Equal(tt.halfWidth) || q.Margin.Kind != tt.kind || q.Margin.Level != tt.level {
			t.Errorf("ParseStated(%q).Margin = %+v, want ±%s %s level %d", tt.stated, q.Margin, tt.halfWidth, tt.kind, tt.level)
		}
		bare := q
		bare.Margin = Margin{}
		if got, want := q.Interval(), bare.Interval(); got != want {
			t.Errorf("ParseStated(%q).Interval() = %v, want %v: the margin is no part of the precision interval", tt.stated, got, want)
		}
	}
}

// TestParseStatedMarginRefused checks the margins ParseStated refuses.
func TestParseStatedMarginRefused(t *testing.T) {
	for _, s := range []string{
		"26 to 28 ± 1 percent",      // a range has no margin
		"41.2 ± 0.8 [SE] million 5", // a number for a unit
		"41.2 ± 0.8 million ± 0.1",  // two margins
		"12.3% ± 1.1 million",       // the margin in another unit
		"41.2 ± nearly 0.8 million", // a margin is a number
	} {
		if q, u, err := ParseStated(s); err == nil {
			t.Errorf("ParseStated(%q) = %+v %v, want an error", s, q, u)
		}
	}
}

// TestFormatMargin checks that Format writes a margin between the number
// and its scale word, and that ParseStated reads it back.
func TestFormatMargin(t *testing.T) {
	tests := []struct{ stated, plain, compact string }{
		{"41.2 ± 0.8 [SE] million birds", "41.2 ± 0.8 million birds", "41.2 ± 0.8 million birds"},
		{"0.1 percent (±0.4 percent)", "0.1 ± 0.4 percent", "0.1 ± 0.4%"},
		{"39±2%", "39 ± 2 percent", "39 ± 2%"},
		{"1.32 million (SE 0.02 million)", "1.32 ± 0.02 million", "1.32 ± 0.02 million"},
	}
	for _, tt := range tests {
		q, u, err := ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		for _, st := range []struct {
			style Style
			want  string
		}{{Style{}, tt.plain}, {Style{Compact: true}, tt.compact}} {
			got := Format(q, u, st.style)
			if got != st.want {
				t.Errorf("Format(ParseStated(%q), %+v) = %q, want %q", tt.stated, st.style, got, st.want)
			}
			back, bu, err := ParseStated(got)
			if err != nil || back.Value != q.Value || back.Margin.HalfWidth != q.Margin.HalfWidth || bu != u {
				t.Errorf("ParseStated(%q) = %+v %v %v, want the figure of %q", got, back, bu, err, tt.stated)
			}
		}
	}
}

// birdsText is a sentence of the USFWS duck survey (s18k-birds);
// birdsMargins is a catalog of two estimates of the USFWS duck survey
// (s18k-birds) with their standard errors, one labelled in stated, one
// in its quote only, and a derived share of them.
const birdsText = "the total duck population estimate was 41.2 ± 0.8 [SE] million birds. Mallard abundance was 8.0 ± 0.3 [SE] million birds.\n"

func birdsSHA() string {
	sum := sha256.Sum256([]byte(birdsText))
	return hex.EncodeToString(sum[:])
}

func birdsMargins(t *testing.T) *Catalog {
	t.Helper()
	y := `sources:
  - id: usfws
    title: Trends in Duck Breeding Populations, 1955-2007
    text: doc.txt
    sha256: ` + birdsSHA() + `
indicators:
  - id: total
    title: Breeding ducks
    entities: [US, CA]
    measure: stock
    status: estimate
    stated: "41.2 ± 0.8 [SE] million birds"
    period: 2007
    provenance:
      - source: usfws
        quote: was 41.2 ± 0.8 [SE] million birds
  - id: mallard
    title: Breeding mallards
    entities: [US, CA]
    measure: stock
    status: estimate
    stated: "8.0 ± 0.3 million"
    unit: bird
    period: 2007
    provenance:
      - source: usfws
        quote: Mallard abundance was 8.0 ± 0.3 [SE] million birds
derived:
  - id: share
    title: Mallards' share of breeding ducks
    formula: share
    inputs: [mallard, total]
views:
  - id: species
    title: Breeding ducks
    kind: bars
    indicators: [total, mallard]
`
	c, err := Parse("birds.yaml", []byte(y), func(string) ([]byte, error) { return []byte(birdsText), nil })
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(); err != nil {
		t.Fatalf("Verify(birds): %v", err)
	}
	return c
}

// TestMarginCatalog: the margins of a loaded catalog, the label read from
// the quote where stated leaves it out; the JSON export carries them and
// loads back to the same bytes; a derived figure of them states none and
// says so; a view of them names what they measure.
func TestMarginCatalog(t *testing.T) {
	c := birdsMargins(t)
	for _, tt := range []struct {
		id     string
		margin Decimal
		kind   MarginKind
	}{{"total", Decimal{8, 5}, StandardError}, {"mallard", Decimal{3, 5}, StandardError}} {
		ind, _ := c.Indicator(tt.id)
		if m := ind.Quantity.Margin; !m.HalfWidth.Equal(tt.margin) || m.Kind != tt.kind {
			t.Errorf("%s: Margin = %+v, want ±%s %s", tt.id, m, tt.margin, tt.kind)
		}
	}
	var first, again bytes.Buffer
	if err := WriteJSON(&first, c); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(first.String(), `"margin": 800000,`) || !strings.Contains(first.String(), `"margin_kind": "standard_error"`) {
		t.Errorf("WriteJSON(birds) has no margin 800000 of kind standard_error:\n%s", first.String())
	}
	back, err := Parse("birds.json", withTextPath(first.Bytes()), func(string) ([]byte, error) { return []byte(birdsText), nil })
	if err != nil {
		t.Fatalf("the JSON export loads with %v", err)
	}
	if err := WriteJSON(&again, back); err != nil {
		t.Fatal(err)
	}
	if first.String() != again.String() {
		t.Errorf("the JSON export loaded back exports otherwise:\n%s\nwant\n%s", again.String(), first.String())
	}
	d, _ := c.DerivedIndicator("share")
	want := "No margin is given for it: its inputs' margins (mallard ±0.3 million; total ±0.8 million) are not combined, which needs their covariance, not stated in the document"
	if got := c.MarginNote(d); got != want {
		t.Errorf("MarginNote(share) = %q, want %q", got, want)
	}
	if r, err := c.Compute("share"); err != nil || !r.Quantity.Margin.IsZero() {
		t.Errorf("Compute(share) = %+v, %v; want no margin", r.Quantity.Margin, err)
	}
	if got := c.ViewMargins(&c.Views[0]); len(got) != 1 || got[0] != "standard error" {
		t.Errorf("ViewMargins(species) = %q, want [standard error]", got)
	}
}

// withTextPath gives the JSON export's source its text path back (the
// JSON contract carries none).
func withTextPath(b []byte) []byte {
	return bytes.Replace(b, []byte(`"id": "usfws",`), []byte(`"id": "usfws", "text": "doc.txt",`), 1)
}

// TestMarginFieldsDisagree: an export's margin fields that disagree with
// stated are refused, saying what stated gives.
func TestMarginFieldsDisagree(t *testing.T) {
	c := birdsMargins(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(buf.String(), `"margin": 800000,`, `"margin": 900000,`, 1)
	_, err := Parse("birds.json", withTextPath([]byte(bad)), func(string) ([]byte, error) { return []byte(birdsText), nil })
	if err == nil || !strings.Contains(err.Error(), `margin 900000 (standard error) disagrees with stated "41.2 ± 0.8 [SE] million birds", which gives ±800000 (standard error)`) {
		t.Errorf("Parse(margin 900000 against stated ± 0.8 million) = %v, want the disagreement", err)
	}
}

// TestMarginBuiltInGo: a catalog built in Go whose quantity lacks the
// margin its stated figure gives is settled by Verify into the shape
// Load gives: the margin, and its label read from the quote.
func TestMarginBuiltInGo(t *testing.T) {
	loaded := birdsMargins(t)
	built := loaded.Clone()
	for i := range built.Indicators {
		built.Indicators[i].Quantity.Margin = Margin{}
	}
	if err := built.Verify(); err != nil {
		t.Fatalf("Verify(built) = %v", err)
	}
	for i := range built.Indicators {
		got, want := built.Indicators[i].Quantity.Margin, loaded.Indicators[i].Quantity.Margin
		if !got.HalfWidth.Equal(want.HalfWidth) || got.Kind != want.Kind || got.Level != want.Level {
			t.Errorf("%s: built and verified, Margin = %+v, want %+v as loaded", built.Indicators[i].ID, got, want)
		}
	}
}
