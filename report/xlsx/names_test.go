package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

var long300 = strings.Repeat("trade-", 50) // 300 characters

func TestDefinedName(t *testing.T) {
	tests := []struct{ id, want string }{
		{"us-japan-trade-2014", "US_JAPAN_TRADE_2014"},
		{"stock", "STOCK"},
		{"a.b_c-d", "A_B_C_D"},
		// Spreadsheet words.
		{"true", "_TRUE"},
		{"false", "_FALSE"},
		{"TRUE", "_TRUE"},
		{"true-up", "TRUE_UP"},
		// A1 references, inside the grid and beyond it.
		{"a1", "_A1"},
		{"ab12", "_AB12"},
		{"xfd1048576", "_XFD1048576"},
		{"log10", "_LOG10"},
		{"zzz1", "_ZZZ1"},
		{"a99999999", "_A99999999"},
		{"abcd1", "ABCD1"},
		{"a1b", "A1B"},
		{"a1-low", "A1_LOW"},
		// R1C1 references, and names that begin with a numbered one.
		{"r1c1", "_R1C1"},
		{"rc", "_RC"},
		{"r", "_R"},
		{"c", "_C"},
		{"r12", "_R12"},
		{"c3", "_C3"},
		{"r1c", "_R1C"},
		{"rc1", "_RC1"},
		{"c1r1", "_C1R1"},
		{"cr", "_CR"},
		{"c3po", "_C3PO"},
		{"r2d2", "_R2D2"},
		{"r1c1-x", "_R1C1_X"},
		{"rc-x", "RC_X"},
		{"rate", "RATE"},
		{"cr-x", "CR_X"},
		{"x", "X"},
		// Names that start with a digit.
		{"2015-target", "_2015_TARGET"},
		{"1", "_1"},
		// Excel's built-in names and the book's tables.
		{"print_area", "_PRINT_AREA"},
		{"print-titles", "_PRINT_TITLES"},
		{"Auto.Open", "_AUTO_OPEN"},
		{"database", "_DATABASE"},
		{"_filterdatabase", "__FILTERDATABASE"},
		{"_xlnm.print_area", "_XLNM_PRINT_AREA"},
		{"indicators", "_INDICATORS"},
		{"derived", "_DERIVED"},
		{"sources", "_SOURCES"},
		{"sources-2", "SOURCES_2"},
		// Other characters.
		{"", "_"},
		{"über", "_BER"},
		{"a b", "A_B"},
		// Too long: cut, with a hash of the whole ID.
		{long300, strings.Repeat("TRADE_", 40) + "T_" + fmt.Sprintf("%08X", fnv32(long300))},
		{"9" + long300, "_9" + strings.Repeat("TRADE_", 39) + "TRADE_" + fmt.Sprintf("%08X", fnv32("9"+long300))},
	}
	for _, tt := range tests {
		got := DefinedName(tt.id)
		if got != tt.want {
			t.Errorf("DefinedName(%q) = %q, want %q", tt.id, got, tt.want)
		}
		for _, suffix := range []string{"", "_LOW", "_HIGH"} {
			if why := excelRefuses(got + suffix); why != "" {
				t.Errorf("DefinedName(%q)+%q = %q, which %s", tt.id, suffix, got+suffix, why)
			}
		}
	}
}

// TestDefinedNameShort checks every ID of up to three characters from
// the letters and digits that make references against the rules.
func TestDefinedNameShort(t *testing.T) {
	const alphabet = "acrxz019-"
	ids := []string{""}
	for range 3 {
		for _, id := range ids {
			for _, c := range alphabet {
				ids = append(ids, id+string(c))
			}
		}
	}
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		name := DefinedName(id)
		for _, suffix := range []string{"", "_LOW", "_HIGH"} {
			if why := excelRefuses(name + suffix); why != "" {
				t.Errorf("DefinedName(%q)+%q = %q, which %s", id, suffix, name+suffix, why)
			}
		}
	}
}

// Excel's rules for defined names, written from the specifications
// independently of DefinedName: MS-XLSB 2.5.166 XLNameWideString (the
// grammar, 255 characters, not TRUE or FALSE, not an A1 reference, not
// beginning with an R1C1 one), ECMA-376 Part 1 18.17.2.3.2 (R, C and RC
// are R1C1 references too), the built-in names of MS-XLS, and
// LibreOffice's ScRangeData::IsNameValid (no dot).
var (
	nameGrammar  = regexp.MustCompile(`^[A-Za-z_\\][A-Za-z0-9_\\?]*$`)
	a1Ref        = regexp.MustCompile(`^(?i)([A-Z]{1,3})([0-9]+)$`)
	r1c1Begins   = regexp.MustCompile(`^(?i)(R[0-9]+|C[0-9]+)`)
	r1c1Relative = regexp.MustCompile(`^(?i)(R[0-9]*C?[0-9]*|C[0-9]*R?[0-9]*)$`)
	builtIn      = regexp.MustCompile(`^(?i)(Consolidate_Area|Auto_Open|Auto_Close|Extract|Database|Criteria|Print_Area|Print_Titles|Recorder|Data_Form|Auto_Activate|Auto_Deactivate|Sheet_Title|_FilterDatabase|Indicators|Derived|Sources)$`)
)

// excelRefuses says why a spreadsheet would refuse name or read it as
// something else, or "" if it would not.
func excelRefuses(name string) string {
	switch {
	case len(name) > 255:
		return fmt.Sprintf("has %d characters, more than 255", len(name))
	case !nameGrammar.MatchString(name):
		return "is not a name"
	case strings.EqualFold(name, "TRUE") || strings.EqualFold(name, "FALSE"):
		return "is a logical value"
	case a1Ref.MatchString(name):
		return "is an A1 reference"
	case r1c1Begins.MatchString(name) || r1c1Relative.MatchString(name):
		return "is or begins with an R1C1 reference"
	case builtIn.MatchString(name):
		return "is a built-in or table name"
	}
	return ""
}

// TestNameClashes checks that IDs with one defined name are refused, with
// an error naming them and the name.
func TestNameClashes(t *testing.T) {
	tests := []struct {
		ids     []string
		ranges  []bool
		wantIDs []string
		want    string
	}{
		{[]string{"us-trade", "us_trade"}, nil, []string{"us-trade", "us_trade"}, "US_TRADE"},
		{[]string{"trade", "Trade"}, nil, []string{"trade", "Trade"}, "TRADE"},
		{[]string{"true", "_true"}, nil, []string{"true", "_true"}, "_TRUE"},
		{[]string{"a1", "-a1"}, nil, []string{"a1", "-a1"}, "_A1"},
		{[]string{"x", "x-low"}, []bool{true, false}, []string{"x", "x-low"}, "X_LOW"},
		{[]string{"x-high", "x"}, []bool{false, true}, []string{"x-high", "x"}, "X_HIGH"},
		{[]string{long300 + "a", long300 + "b"}, nil, nil, ""}, // cut alike, told apart by the hash
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		for i, id := range tt.ids {
			q := indicators.Point(indicators.NewDecimal(int64(i+1), 0), 0)
			if tt.ranges != nil && tt.ranges[i] {
				q = indicators.Between(indicators.NewDecimal(1, 0), indicators.NewDecimal(2, 0))
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: id, Quantity: q})
		}
		err := Write(&bytes.Buffer{}, c, nil)
		if tt.want == "" {
			if err != nil {
				t.Errorf("Write(IDs %q) = %v, want no error", tt.ids, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("Write(IDs %q) = nil, want an error naming %s", tt.ids, tt.want)
			continue
		}
		wantMsg := fmt.Sprintf("xlsx: IDs %q all have the defined name %s", tt.wantIDs, tt.want)
		if !strings.HasPrefix(err.Error(), wantMsg) {
			t.Errorf("Write(IDs %q) = %v, want an error starting %s", tt.ids, err, wantMsg)
		}
	}
}

// TestBookNames checks that the book's defined names and the Derived
// sheet's formulas use DefinedName, for IDs that are spreadsheet words
// and references.
func TestBookNames(t *testing.T) {
	c := wordsCatalog(t)
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	d := dump(t, buf.Bytes())
	for _, want := range []string{
		"_TRUE = Indicators!$D$2",
		"_R1C1 = Indicators!$D$3",
		"_A1 = Indicators!$D$4",
		"_RC = Indicators!$E$5:$F$5",
		"_RC_LOW = Indicators!$E$5",
		"_RC_HIGH = Indicators!$F$5",
		"TOTAL_LOW = Derived!$E$2",
		"formula =_TRUE+_R1C1+_A1+_RC_LOW",
		"formula =_TRUE+_R1C1+_A1+_RC_HIGH",
		"formula =_TRUE/_A1",
		"and a very long one is cut: true is _TRUE.",
	} {
		if !strings.Contains(d, want) {
			t.Errorf("book dump has no line with %q:\n%s", want, d)
		}
	}
	for _, bad := range []string{"\nTRUE = ", "\nA1 = ", "\nRC = ", "\nR1C1 = "} {
		if strings.Contains(d, bad) {
			t.Errorf("book dump defines %q", strings.TrimSpace(bad))
		}
	}
}

// wordsText is the source text of wordsCatalog.
const wordsText = "First 10 countries signed. Then 20 countries joined. Later 30 countries came. Then 3-5 countries may follow."

// wordsCatalog is a loaded and verified catalog whose IDs are spreadsheet
// words and references: true, r1c1, a1 and rc (a range), with derived
// indicators over them.
func wordsCatalog(t testing.TB) *indicators.Catalog {
	t.Helper()
	src := fmt.Sprintf(`claimbook: 1
sources:
  - id: s
    title: Words
    publisher: Tests
    issued: 2026-01-15
    url: https://example.org/words
    text: words.txt
    sha256: %s
indicators:
  - id: true
    title: Signed
    entities: [US]
    measure: count
    status: fact
    stated: 10 countries
    period: not stated
    provenance:
      - source: s
        quote: 10 countries signed
  - id: r1c1
    title: Joined
    entities: [US]
    measure: count
    status: fact
    stated: 20 countries
    period: not stated
    provenance:
      - source: s
        quote: 20 countries joined
  - id: a1
    title: Came
    entities: [US]
    measure: count
    status: fact
    stated: 30 countries
    period: not stated
    provenance:
      - source: s
        quote: 30 countries came
  - id: rc
    title: May follow
    entities: [US]
    measure: count
    status: intention
    stated: 3-5 countries
    period: not stated
    provenance:
      - source: s
        quote: 3-5 countries may follow
derived:
  - id: total
    title: All of them
    formula: sum
    inputs: [true, r1c1, a1, rc]
  - id: ratio
    title: Signed over came
    formula: ratio
    inputs: [true, a1]
`, sha256Hex(wordsText))
	c, err := indicators.Parse("words.yaml", []byte(src), func(path string) ([]byte, error) {
		if path != "words.txt" {
			return nil, fmt.Errorf("no file %q", path)
		}
		return []byte(wordsText), nil
	})
	if err != nil {
		t.Fatalf("wordsCatalog: %v", err)
	}
	return c
}

// TestWordsCatalogValues pins the figures the client test expects.
func TestWordsCatalogValues(t *testing.T) {
	c := wordsCatalog(t)
	for _, tt := range []struct {
		id     string
		lo, hi float64
	}{{"total", 63, 65}, {"ratio", 1.0 / 3, 1.0 / 3}} {
		r, err := c.Compute(tt.id)
		if err != nil {
			t.Fatalf("Compute(%q): %v", tt.id, err)
		}
		if r.Lo != tt.lo || r.Hi != tt.hi {
			t.Errorf("Compute(%q) = [%v, %v], want [%v, %v]", tt.id, r.Lo, r.Hi, tt.lo, tt.hi)
		}
	}
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
