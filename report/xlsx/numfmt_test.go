package xlsx

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// render shows v with the Excel number format f, as Excel and LibreOffice
// do for the formats numFmt writes: sections split by ";" (a [=1]
// condition, or a second section for negative numbers, shown without their
// sign, as is a negative number in the section after a condition),
// "quoted" literals, #,##0.0 with a thousands separator, and
// trailing commas that divide by a thousand each. Without a section of its
// own, a negative number is shown with a minus sign first.
func render(f string, v float64) string {
	var sections []string
	start, quoted := 0, false
	for i := 0; i < len(f); i++ {
		switch {
		case f[i] == '"':
			quoted = !quoted
		case f[i] == ';' && !quoted:
			sections = append(sections, f[start:i])
			start = i + 1
		}
	}
	sections = append(sections, f[start:])
	// Sections with an [=x] condition come first; the next section is
	// for every other number.
	sec, sign := "", ""
	for _, c := range sections {
		if cond, rest, ok := strings.Cut(c, "]"); ok && strings.HasPrefix(cond, "[=") {
			if x, _ := strconv.ParseFloat(cond[2:], 64); x == v {
				sec = rest
				break
			}
			continue
		}
		switch {
		case sec != "":
		case v < 0 && c != sections[len(sections)-1] && !strings.HasPrefix(sections[0], "[="):
			// The positive section; the negative one follows.
			continue
		case v < 0 && strings.HasPrefix(sections[0], "[="):
			// LibreOffice shows a negative number in the section after
			// an [=x] condition without its sign (measured: -41000 in
			// [=1]0" person";#,##0" people" shows "41,000 people").
			sec = c
		case v < 0 && len(sections) == 1:
			sec, sign = c, "-"
		default:
			sec = c
		}
		break
	}
	v = math.Abs(v)
	if unquoted := regexp.MustCompile(`"[^"]*"`).ReplaceAllString(sec, ""); strings.Contains(unquoted, "%") {
		// A percent sign outside quotes shows the number times 100:
		// 0.6 in "about "#,##0% is "about 60%".
		v *= 100
	}
	var out strings.Builder
	out.WriteString(sign)
	for i := 0; i < len(sec); {
		c := sec[i]
		switch {
		case c == '"':
			j := strings.IndexByte(sec[i+1:], '"')
			out.WriteString(sec[i+1 : i+1+j])
			i += j + 2
		case strings.HasPrefix(sec[i:], "General"):
			// The number as it is, its digits only: "0.5", "1".
			out.WriteString(strconv.FormatFloat(v, 'f', -1, 64))
			i += len("General")
		case c == '#' || c == '0':
			j := i
			for j < len(sec) && strings.IndexByte("#0,.", sec[j]) >= 0 {
				j++
			}
			num := sec[i:j]
			trailing := len(num) - len(strings.TrimRight(num, ","))
			num = num[:len(num)-trailing]
			x := v / math.Pow(1000, float64(trailing))
			decimals := 0
			if k := strings.IndexByte(num, '.'); k >= 0 {
				decimals = len(num) - k - 1
			}
			s := strconv.FormatFloat(x, 'f', decimals, 64)
			if strings.Contains(num, ",") {
				s = group(s)
			}
			out.WriteString(s)
			i = j
		default:
			out.WriteByte(c)
			i++
		}
	}
	return out.String()
}

// group puts a comma between each three digits of the integer part of s.
func group(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

func TestRender(t *testing.T) {
	tests := []struct {
		f    string
		v    float64
		want string
	}{
		{`"$"#,##0.0,,," billion";-"$"#,##0.0,,," billion"`, -11e9, "-$11.0 billion"},
		{`"$"#,##0.0,,," billion";"−""$"#,##0.0,,," billion"`, -11e9, "−$11.0 billion"}, // negativeSection, sign20
		{`"$"#,##0.0,,," billion"`, -11e9, "-$11.0 billion"},
		{`[=1]0" country";#,##0" countries"`, 1, "1 country"},
		{`[=1]0" country";#,##0" countries"`, 1234, "1,234 countries"},
		{`#,##0.00"%"`, 0.5, "0.50%"},
		{`[=1]"1 metre";[=-1]"-1 metre";#,##0" metres"`, -1, "-1 metre"},
		// LibreOffice drops the sign after a condition (soffice, "as shown"
		// CSV): why numFmt gives a negative cell the plural section alone.
		{`[=1]"1 metre";[=-1]"-1 metre";#,##0" metres"`, -2, "2 metres"},
		{`[=1]0" person";#,##0" people"`, -41000, "41,000 people"},
		{`#,##0" people"`, -41000, "-41,000 people"},
	}
	for _, tt := range tests {
		if got := render(tt.f, tt.v); got != tt.want {
			t.Errorf("render(%q, %v) = %q, want %q", tt.f, tt.v, got, tt.want)
		}
	}
}

// TestNumFmtAgreesWithFormat checks that every value cell shows what the
// text of the book says: numFmt's format, applied to a figure, reads as
// indicators.Format writes it in the compact style, a measure in words
// as every output writes it ("30%", "-$11.0 billion", "350 megawatts"),
// for each unit, scale and sign.
func TestNumFmtAgreesWithFormat(t *testing.T) {
	usd, _ := indicators.MoneyUnit("USD")
	eur, _ := indicators.MoneyUnit("EUR")
	chf, _ := indicators.MoneyUnit("CHF")
	units := []struct {
		u        indicators.Unit
		negative bool // whether a negative figure of the unit is allowed
	}{
		{usd, true}, {eur, true}, {chf, true},
		{indicators.MustParseUnit("XDR"), true}, // "SDR 178.4 million", as the IMF writes it
		{indicators.PercentUnit, true}, {indicators.PercentagePointUnit, true},
		{indicators.TimesUnit, true},
		{indicators.CountOf("country"), true}, {indicators.CountOf("person"), true}, // a derived difference may be negative
		{indicators.MustParseUnit("MW"), true}, {indicators.MustParseUnit("degC"), true},
		{indicators.MustParseUnit("m"), true}, {indicators.MustParseUnit("K"), true},
		{indicators.MustParseUnit("tCO2e"), true},
		{indicators.Unit{}, true},
		{indicators.MustParseUnit("USD per month"), true}, {indicators.MustParseUnit("bbl per day"), true},
		{indicators.MustParseUnit("point per game"), false}, {indicators.MustParseUnit("per 100,000 population"), true},
	}
	scales := []indicators.Scale{indicators.NoScale, indicators.Thousand, indicators.Million, indicators.Billion, indicators.Trillion}
	// Figures as a document writes them, in their scale.
	figures := []string{"1", "11.0", "1234.5", "0.25", "350"}
	for _, tu := range units {
		for _, sc := range scales {
			for _, fig := range figures {
				for _, neg := range []bool{false, true} {
					if neg && !tu.negative {
						continue
					}
					s := fig
					if neg {
						s = "-" + s
					}
					d := indicators.MustParseDecimal(s).Shift(sc.Exp())
					q := indicators.Point(d, indicators.Exact)
					q.Scale = sc
					// A reader's minus sign, as the labels write it (sign20).
					want := indicators.ReaderSigns(indicators.Format(q, tu.u, indicators.Style{Compact: true, Words: true}))
					if _, ok := proportionDecimals(d, tu.u, sc); ok {
						continue // in percent: TestProportionFmt
					}
					f := numFmt(d, tu.u, sc, true)
					if got := render(f, d.Float64()); got != want {
						t.Errorf("numFmt(%s, %v, %v) = %s shows %q, want %q as indicators.Format writes it", d, tu.u, sc, f, got, want)
					}
				}
			}
		}
	}
}

func TestLeadSections(t *testing.T) {
	tests := []struct{ f, want string }{
		{`#,##0"%"`, `"down "#,##0"%"`},
		{`[=1]0" arrival";#,##0" arrivals"`, `[=1]"down "0" arrival";"down "#,##0" arrivals"`},
		{`"$"#,##0;-"$"#,##0`, `"down ""$"#,##0;"down "-"$"#,##0`},
		{`#,##0" a;b"`, `"down "#,##0" a;b"`},
	}
	for _, tt := range tests {
		if got := leadSections(tt.f, quote("down ")); got != tt.want {
			t.Errorf("leadSections(%q) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

// TestFallValueSaysDown: the Value cell of a fall shows "down" before its
// figure, and of a rise "up", as the Cover, the Chart data sheet and the
// slides do, since the Direction column may print on another page (a
// rise read "1.0%" beside "down 7.4%").
func TestFallValueSaysDown(t *testing.T) {
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		indicatortest.Change(t, "asia", "4,900 arrivals", indicators.Down),
		indicatortest.Change(t, "us", "1,900 arrivals", indicators.Up),
	}}
	f := writtenBook(t, c)
	for row, want := range map[int]string{2: "down 4,900 arrivals", 3: "up 1,900 arrivals"} {
		// As a spreadsheet renders the cell's format (render; excelize
		// takes the [=1] section for every value).
		cell := colLetter("Value") + strconv.Itoa(row)
		v, _ := f.GetCellValue(SheetIndicators, cell, excelize.Options{RawCellValue: true})
		st, _ := f.GetCellStyle(SheetIndicators, cell)
		style, _ := f.GetStyle(st)
		x, _ := strconv.ParseFloat(v, 64)
		if style.CustomNumFmt == nil {
			t.Fatalf("Indicators!%s has no number format", cell)
		}
		if got := render(*style.CustomNumFmt, x); got != want {
			t.Errorf("Indicators!%s = %q (format %q), want %q", cell, got, *style.CustomNumFmt, want)
		}
	}
}

// TestProportionFmt: a pure number from 0 to 1 stated in words, as
// "more than a third" and "over half" are read, shows in percent, never
// "0.3333333333"; one stated in digits ("0.1", a revision of a rate)
// shows as written, never "10%"; other pure numbers show as written.
func TestProportionFmt(t *testing.T) {
	tests := []struct{ stated, d, want string }{
		{"more than a third", "0.3333333333", "33.3%"},
		{"over half", "0.5", "50%"},
		{"one in four", "0.25", "25%"},
		{"one in eight", "0.125", "12.5%"},
		{"one", "1", "1"},
		{"2.5", "2.5", "2.5"},
		{"0.1", "0.1", "0.1"},
		{"0.25", "0.25", "0.25"},
	}
	for _, tt := range tests {
		d := indicators.MustParseDecimal(tt.d)
		f := numFmt(d, indicators.Unit{}, indicators.NoScale, inWords(tt.stated))
		if got := displayText(d.Float64(), f); got != tt.want {
			t.Errorf("numFmt(%s) of %q = %s shows %q, want %q", tt.d, tt.stated, f, got, tt.want)
		}
	}
}

// TestDigitsNotPercent: a bare number below 1 stated in digits (a rate's
// revision, "0.1") shows in the Value cell as written, not as "10%".
func TestDigitsNotPercent(t *testing.T) {
	ind := indicatortest.Change(t, "rate", "0.1", indicators.NoDirection)
	ind.Measure = indicators.Level
	c := &indicators.Catalog{Indicators: []indicators.Indicator{ind}}
	f := writtenBook(t, c)
	cell := colLetter("Value") + "2"
	st, _ := f.GetCellStyle(SheetIndicators, cell)
	style, _ := f.GetStyle(st)
	if style.CustomNumFmt == nil {
		t.Fatalf("Indicators!%s has no number format", cell)
	}
	if got := render(*style.CustomNumFmt, 0.1); got != "0.1" {
		t.Errorf("Indicators!%s = %q (format %q), want %q", cell, got, *style.CustomNumFmt, "0.1")
	}
}

// TestFormatSections checks the one splitter of a number format's
// sections (review21 item 13) and the three readers built on it: a
// semicolon inside a quoted literal splits nothing; a section's
// conditions in brackets stay before a leading literal.
func TestFormatSections(t *testing.T) {
	for _, tt := range []struct {
		f         string
		n         int
		per, lead string
	}{
		{`0.0`, 1, `0.0"x"`, `"x"0.0`},
		{`0.0;-0.0`, 2, `0.0"x";-0.0"x"`, `"x"0.0;"x"-0.0`},
		{`"a;b"0`, 1, `"a;b"0"x"`, `"x""a;b"0`},
		{`[=1]0" case";0" cases"`, 2, `[=1]0" case""x";0" cases""x"`, `[=1]"x"0" case";"x"0" cases"`},
		{`[Red][<0]0;`, 2, `[Red][<0]0"x";"x"`, `[Red][<0]"x"0;"x"`},
	} {
		if got := len(formatSections(tt.f)); got != tt.n {
			t.Errorf("len(formatSections(%q)) = %d, want %d", tt.f, got, tt.n)
		}
		if got := perSections(tt.f, `"x"`); got != tt.per {
			t.Errorf("perSections(%q) = %q, want %q", tt.f, got, tt.per)
		}
		if got := leadSections(tt.f, `"x"`); got != tt.lead {
			t.Errorf("leadSections(%q) = %q, want %q", tt.f, got, tt.lead)
		}
	}
}
