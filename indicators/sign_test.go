package indicators_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// signDoc is the text of the sign cases: a central bank's money and
// credit release, written as such releases write net flows (the Bank of
// England's Money and Credit, the Central Bank of Ireland's Money and
// Banking Statistics).
const signDoc = `Lending to households declined by €632 million in April, a net repayment.
Lending for house purchase was minus €167 million in the month.
The three-month average flow of consumer credit was -€385 million.
Net lending to SMEs was negative €12 million. Net lending was −€44 million.
UK businesses made net repayments of £0.9 billion of finance in October.
Net lending to small firms rose by €34 million in April.
Loans for house purchase and other purposes also decreased by €188 million and €51 million, respectively.
The stock of loans rose to €12 billion.
The unemployment rate fell to 4.1% in April.
Net finance raised by UK businesses rose by £2.4 billion in August, up from £2.3 billion of net repayments in July.
Exports rose by €34 million in June, to €900 million.
Developments in April were largely driven by a decrease in loans for consumption purposes of €394 million.
Exports fell in May, while imports were €51 million.
A decrease of €5 million in deposits and loans of €7 million were recorded.`

// TestSignRule checks the one rule of a figure's sign across measures, as
// verify reads it: a word for the minus sign ("minus", "negative") is a
// sign in stated and in the quote; a figure that is no change takes no
// direction, and verify says exactly what to write instead; a net flow
// stated below zero may be quoted with the words of its fall ("declined
// by", "net repayments of"); an unsigned figure the quote writes below
// zero is refused with the document's own sign.
func TestSignRule(t *testing.T) {
	const base = "entities: [IE]\nstatus: fact\nperiod: 2024-04\n"
	const (
		hh     = "Lending to households declined by €632 million in April"
		house  = "Lending for house purchase was minus €167 million"
		avg    = "The three-month average flow of consumer credit was -€385 million"
		smes   = "Net lending to SMEs was negative €12 million"
		glyph  = "Net lending was −€44 million"
		repaid = "UK businesses made net repayments of £0.9 billion of finance in October"
		small  = "Net lending to small firms rose by €34 million in April"
		stock  = "The stock of loans rose to €12 billion"
		rate   = "The unemployment rate fell to 4.1% in April"
		july   = "up from £2.3 billion of net repayments in July"
		level  = "Exports rose by €34 million in June, to €900 million."
		// The Central Bank of Ireland's April 2012 release (s20n-credit).
		respectively = "Loans for house purchase and other purposes also decreased by €188 million and €51 million, respectively"
		decrease     = "a decrease in loans for consumption purposes of €394 million"
		imports      = "Exports fell in May, while imports were €51 million."
		deposits     = "A decrease of €5 million in deposits and loans of €7 million were recorded."
	)
	tests := []struct {
		name, fields, quote string
		want                []string // nil: it verifies
	}{
		// A flow given a direction: refused, saying what to write. A fall
		// word that governs the figure reads two honest ways, the change
		// or a net flow below zero, never "leave direction out".
		{"flow down, quote says a fall in words", base + "measure: flow\nstated: €632 million\ndirection: down", hh,
			[]string{`direction down given to a flow, which has no direction (only a change has one): every output would show "€632 million", as if above zero. The quote says "declined" of the figure, which reads two ways: how much the flow fell (write measure: change and keep direction: down), or a net flow below zero, as a release of money and credit writes lending that fell or a net repayment (write stated: "-€632 million" and leave direction out; every output then shows "−€632 million")`}},
		{"flow down, the fall word governs from further off", base + "measure: flow\nstated: €51 million\ndirection: down", respectively,
			[]string{`direction down given to a flow, which has no direction (only a change has one): every output would show "€51 million", as if above zero. The quote says "decreased" of the figure, which reads two ways: how much the flow fell (write measure: change and keep direction: down), or a net flow below zero, as a release of money and credit writes lending that fell or a net repayment (write stated: "-€51 million" and leave direction out; every output then shows "−€51 million")`}},
		{"flow down, a noun of a fall governs", base + "measure: flow\nstated: €394 million\ndirection: down", decrease,
			[]string{`direction down given to a flow, which has no direction (only a change has one): every output would show "€394 million", as if above zero. The quote says "decrease" of the figure, which reads two ways: how much the flow fell (write measure: change and keep direction: down), or a net flow below zero, as a release of money and credit writes lending that fell or a net repayment (write stated: "-€394 million" and leave direction out; every output then shows "−€394 million")`}},
		// Both ways verify (the credit user's hand-signed catalog).
		{"change as advised, the fall word further off", base + "measure: change\nstated: €51 million\ndirection: down", respectively, nil},
		{"signed as advised, the fall word further off", base + "measure: flow\nstated: -€51 million", respectively, nil},
		{"signed, the first of two coordinated", base + "measure: flow\nstated: -€188 million", respectively, nil},
		{"signed, a noun of a fall governs", base + "measure: flow\nstated: -€394 million", decrease, nil},
		{"change, a noun of a fall governs", base + "measure: change\nstated: €394 million\ndirection: down", decrease, nil},
		// A fall word that governs another figure, or none, is no sign.
		{"signed, the fall word in another clause", base + "measure: flow\nstated: -€51 million", imports,
			[]string{`the quote does not state "-€51 million": the quote writes "€51 million" without a sign: write stated: "€51 million", and for a fall measure: change with direction: down where the quote says it`}},
		{"signed, the fall noun governs another figure", base + "measure: flow\nstated: -€7 million", deposits,
			[]string{`the quote does not state "-€7 million": the quote writes "€7 million" without a sign: write stated: "€7 million", and for a fall measure: change with direction: down where the quote says it`}},
		{"flow down, the fall word in another clause", base + "measure: flow\nstated: €51 million\ndirection: down", imports,
			[]string{`direction down given to a flow, which has no direction (only a change has one): leave direction out, since a flow is its figure ("€51 million" in every output); if the figure is a change from a period before (how much something fell), write measure: change and keep direction: down`}},
		// review20: a level reached is no change, though the quote says a rise.
		{"flow up, quote says the level it rose to", base + "measure: flow\nstated: €900 million\ndirection: up", level,
			[]string{`direction up given to a flow, which has no direction (only a change has one): leave direction out, since a flow is its figure ("€900 million" in every output); if the figure is a change from a period before (how much something rose), write measure: change and keep direction: up`}},
		{"flow down, quote signs it", base + "measure: flow\nstated: €385 million\ndirection: down", avg,
			[]string{`direction down given to a flow, which has no direction (only a change has one), and the quote writes the figure below zero: write stated: "-€385 million" and leave direction out (every output then shows "−€385 million")`}},
		{"flow down, quote says minus", base + "measure: flow\nstated: €167 million\ndirection: down", house,
			[]string{`direction down given to a flow, which has no direction (only a change has one), and the quote writes the figure below zero: write stated: "minus €167 million" and leave direction out (every output then shows "−€167 million")`}},
		{"flow up", base + "measure: flow\nstated: €34 million\ndirection: up", small,
			[]string{`direction up given to a flow, which has no direction (only a change has one): the quote says "rose" of the figure, so it is how much the flow rose: write measure: change and keep direction: up`}},
		{"level down", base + "measure: level\nstated: €385 million\ndirection: down", avg,
			[]string{`direction down given to a level, which has no direction (only a change has one), and the quote writes the figure below zero: write stated: "-€385 million" and leave direction out (every output then shows "−€385 million")`}},
		{"stock up", base + "measure: stock\nstated: €12 billion\ndirection: up", stock,
			[]string{`direction up given to a stock, which has no direction (only a change has one): leave direction out, since a stock is its figure ("€12 billion" in every output, however it moved to it); if the figure is a change from a period before (how much something rose), write measure: change and keep direction: up`}},
		{"level down, quote says how it moved to it", base + "measure: level\nstated: 4.1%\ndirection: down", rate,
			[]string{`direction down given to a level, which has no direction (only a change has one): leave direction out, since a level is its figure ("4.1%" in every output, however it moved to it); if the figure is a change from a period before (how much something fell), write measure: change and keep direction: down`}},
		{"level as advised", base + "measure: level\nstated: 4.1%", rate, nil},
		// What the advice says to write verifies.
		{"net flow below zero, quote says a fall", base + "measure: flow\nstated: -€632 million", hh, nil},
		{"the change the quote says", base + "measure: change\nstated: €632 million\ndirection: down", hh, nil},
		{"net repayments", base + "measure: flow\nstated: -£0.9 billion", repaid, nil},
		{"of net repayments, after the figure", base + "measure: flow\nstated: -£2.3 billion", july, nil},
		{"change up as advised", base + "measure: change\nstated: €34 million\ndirection: up", small, nil},
		{"flow as advised, the level reached", base + "measure: flow\nstated: €900 million", level, nil},
		// A rise is no sign of a flow below zero.
		{"net flow below zero, quote says a rise", base + "measure: flow\nstated: -€34 million", small,
			[]string{`the quote does not state "-€34 million": the quote writes "€34 million" without a sign: write stated: "€34 million", and for a fall measure: change with direction: down where the quote says it`}},
		// Words for the sign, in stated and in the quote.
		{"minus in both", base + "measure: flow\nstated: minus €167 million", house, nil},
		{"minus in the quote, sign in stated", base + "measure: flow\nstated: -€167 million", house, nil},
		{"negative in both", base + "measure: flow\nstated: negative €12 million", smes, nil},
		{"negative in the quote, sign in stated", base + "measure: flow\nstated: -€12 million", smes, nil},
		{"true minus in the quote", base + "measure: flow\nstated: -€44 million", glyph, nil},
		{"minus of a change", base + "measure: change\nstated: minus €167 million", house, nil},
		{"change down, quote signs it", base + "measure: change\nstated: €385 million\ndirection: down", avg, nil},
		// The old loop: "minus" was no sign, so the unsigned figure with
		// direction: down was told the quote had no word for the fall.
		{"change down, quote says minus", base + "measure: change\nstated: €167 million\ndirection: down", house, nil},
		// An unsigned figure the quote writes below zero.
		{"flow unsigned, quote says minus", base + "measure: flow\nstated: €167 million", house,
			[]string{`the quote does not state "€167 million": the quote writes "minus €167 million", below zero: write stated: "minus €167 million", with the document's sign`}},
		{"flow unsigned, quote signs it", base + "measure: flow\nstated: €385 million", avg,
			[]string{`the quote does not state "€385 million": the quote writes "-€385 million", below zero: write stated: "-€385 million", with the document's sign`}},
		{"change unsigned, quote says minus", base + "measure: change\nstated: €167 million", house,
			[]string{`the quote does not state "€167 million": the quote writes "minus €167 million", below zero: write stated: "minus €167 million" (a fall), or stated: "€167 million" with direction: down`}},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, signDoc, tt.fields, tt.quote)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestMinusWords checks that a word for the minus sign reads as the sign
// of the figure after it, and only there.
func TestMinusWords(t *testing.T) {
	tests := []struct {
		stated string
		want   float64
		ok     bool
	}{
		{"minus €167 million", -167e6, true},
		{"Minus 2.4%", -2.4, true},
		{"negative 0.3 percent", -0.3, true},
		{"−€44 million", -44e6, true},
		{"minus 5 to minus 3 percent", -5, true}, // the low end
		{"negative returns", 0, false},
		{"minus", 0, false},
	}
	for _, tt := range tests {
		q, _, err := indicators.ParseStatedAs(tt.stated, indicators.Flow)
		if (err == nil) != tt.ok {
			t.Errorf("ParseStatedAs(%q) error = %v, want ok %v", tt.stated, err, tt.ok)
			continue
		}
		if lo, _ := q.Ends(); err == nil && lo != tt.want {
			t.Errorf("ParseStatedAs(%q) low end = %v, want %v", tt.stated, lo, tt.want)
		}
	}
}

// TestReaderSigns checks the reader's minus sign: a hyphen-minus before a
// number or a currency sign is written U+2212; a range's dash, a hyphen
// in a word and a word for the sign are kept.
func TestReaderSigns(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"-€632 million", "−€632 million"},
		{"about -€1,352 million", "about −€1,352 million"},
		{"-5 to -3 percent", "−5 to −3 percent"},
		{"3-5 countries", "3-5 countries"},
		{"COVID-19 cases", "COVID-19 cases"},
		{"minus €167 million", "minus €167 million"},
		{"€34 million", "€34 million"},
		{"-$11.0 billion", "−$11.0 billion"},
		{"-CHF 1,234.5 million", "−CHF 1,234.5 million"},
		{"-ABCD 5", "-ABCD 5"},
	} {
		if got := indicators.ReaderSigns(tt.in); got != tt.want {
			t.Errorf("ReaderSigns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCreditSignedFlows checks the credit user's catalog, every net flow
// that fell stated signed as the release means it ("-€394 million" for
// "a decrease in loans for consumption purposes of €394 million", "-€51
// million" for "decreased by €188 million and €51 million,
// respectively"), verifies as written; and that the same flow written
// unsigned with direction: down is offered both honest ways.
func TestCreditSignedFlows(t *testing.T) {
	orig, err := os.ReadFile("testdata/credit/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, old, repl string
		want            []string
	}{
		{"as its user signed them", "", "", nil},
		{"consumption unsigned with direction down", `    stated: "-€394 million"`, "    stated: €394 million\n    direction: down",
			[]string{`direction down given to a flow, which has no direction (only a change has one): every output would show "€394 million", as if above zero. The quote says "decrease" of the figure, which reads two ways: how much the flow fell (write measure: change and keep direction: down), or a net flow below zero, as a release of money and credit writes lending that fell or a net repayment (write stated: "-€394 million" and leave direction out; every output then shows "−€394 million")`}},
		{"other purposes unsigned with direction down", `    stated: "-€51 million"`, "    stated: €51 million\n    direction: down",
			[]string{`direction down given to a flow, which has no direction (only a change has one): every output would show "€51 million", as if above zero. The quote says "decreased" of the figure, which reads two ways: how much the flow fell (write measure: change and keep direction: down), or a net flow below zero, as a release of money and credit writes lending that fell or a net repayment (write stated: "-€51 million" and leave direction out; every output then shows "−€51 million")`}},
	}
	read := func(name string) ([]byte, error) { return os.ReadFile(filepath.Join("testdata/credit", name)) }
	for _, tt := range tests {
		src := string(orig)
		if tt.old != "" {
			if strings.Count(src, tt.old) != 1 {
				t.Fatalf("%s: %q is not once in the catalog", tt.name, tt.old)
			}
			src = strings.Replace(src, tt.old, tt.repl, 1)
		}
		var got []string
		if _, err := indicators.Parse("catalog.yaml", []byte(src), read); err != nil {
			var list indicators.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("%s: Parse error = %v, want an ErrorList", tt.name, err)
			}
			for _, e := range list {
				msg := e.Error()
				if _, rest, ok := strings.Cut(msg, ": "); ok {
					msg = rest
				}
				got = append(got, msg)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Parse messages (-want +got):\n%s", tt.name, diff)
		}
	}
}
