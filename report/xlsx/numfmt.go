package xlsx

import (
	"math"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// moneySign returns the sign a number format writes before an amount of
// u's currency, as indicators.Format writes it (indicators.CurrencySign:
// "$", "€", "SDR " for XDR), else the sign readers of a dollar's country
// write ("NZ$", indicators.DollarSign, as the labels name it), else the
// ISO code and a space.
func moneySign(u indicators.Unit) string {
	if sign := indicators.CurrencySign(u); sign != "" {
		return sign
	}
	if sign, ok := indicators.DollarSign(u.Currency.String()); ok {
		return sign
	}
	return u.Currency.String() + " "
}

// spell returns number format f of a figure in unit u with its currency
// written as the catalog's figures write it (wording.WrittenSigns):
// `"USD "#,##0.0,,," billion"` where the document writes "USD 12.8
// billion", not "$12.8 billion". Any other format is f.
func (b *book) spell(f string, u indicators.Unit) string {
	if u.Kind != indicators.Money {
		return f
	}
	s, ok := b.signs[u.Currency.String()]
	if !ok || s == moneySign(u) {
		return f
	}
	return strings.ReplaceAll(f, quote(moneySign(u)), quote(s))
}

// spellTitle returns axis title t of figures in unit u with its currency
// written as spell writes it: "USD billion", not "$ billion".
func (b *book) spellTitle(t string, u indicators.Unit) string {
	if u.Kind != indicators.Money {
		return t
	}
	s, ok := b.signs[u.Currency.String()]
	sign := strings.TrimSpace(moneySign(u))
	if !ok || !strings.HasPrefix(t, sign) {
		return t
	}
	return strings.TrimSpace(strings.TrimSpace(s) + " " + strings.TrimSpace(t[len(sign):]))
}

// numFmt returns the Excel number format that shows d, a figure at full
// magnitude in unit u, the way the document wrote it: in its scale
// (`$#,##0,,," billion"` shows 279e9 as "$279 billion"), with the digits
// the document gave and the unit's word.
func numFmt(d indicators.Decimal, u indicators.Unit, sc indicators.Scale, words bool) string {
	if pd, ok := proportionDecimals(d, u, sc); ok && words {
		return proportionDigits(pd)
	}
	decimals := 0
	if e := int(d.Shift(-sc.Exp()).Exp); e < 0 {
		decimals = -e
	}
	if pd, ok := percentOfProportion(d, u, sc, words); ok {
		decimals = pd
	}
	f := numFmtDigits(decimals, u, sc)
	if o := ordinalSuffix(d, u); o != "" {
		return "#,##0" + quote(o)
	}
	if d.Sign() < 0 && strings.HasPrefix(f, "[=1]") {
		// A negative count ("-41,000 people", a derived difference): the
		// section after an [=1] condition shows a number without its
		// sign in LibreOffice, so the cell takes the plural section alone,
		// whose minus sign both Excel and LibreOffice write.
		if d.Equal(indicators.Decimal{Coef: -1}) {
			// "-1 person": the singular section, a literal "1 metre" as
			// a digit.
			one, _, _ := strings.Cut(strings.TrimPrefix(f, "[=1]"), ";")
			if rest, ok := strings.CutPrefix(one, `"1 `); ok {
				one = `0" ` + rest
			}
			return negativeSection(one)
		}
		f = f[strings.LastIndex(f, ";")+1:]
	}
	if d.Sign() < 0 && !strings.Contains(f, ";") {
		// A figure below zero with the reader's minus sign
		// (negativeSection), "−0.3%", as its label writes it.
		f = negativeSection(f)
	}
	return f
}

// ordinalSuffix returns the suffix of d, a place in unit u (a rank), as
// an ordinal in digits writes it, with the words that say which way the
// place counts: "th" of 8, "nd largest" of 2 (wording.RankLabel),
// so that a rank shows "8th", as "the eighth consecutive year" and
// "second largest" say it, where "No. 8" read as a ranking of its own
// (s16g-research); "" for any other figure, or a place that is no whole
// number from 1. The suffix is the one of d: a cell given another place
// keeps it.
func ordinalSuffix(d indicators.Decimal, u indicators.Unit) string {
	if u.Kind != indicators.Rank || d.Exp < 0 || d.Sign() <= 0 {
		return ""
	}
	n := d.Float64()
	if n > 1e9 || n != math.Trunc(n) {
		return ""
	}
	num := strconv.Itoa(int(n))
	suffix := strings.TrimPrefix(wording.RankLabel(int(n), ""), num)
	if u.Name != "" {
		suffix += " " + u.Name // "11th least", which way the place counts (s23q-wildfires)
	}
	return suffix
}

// proportionDecimals reports whether d, in unit u and scale sc, is a
// proportion: a pure number from 0 to 1 with digits after the point, as
// "more than a third" (0.3333333333), "over half" and "one in four" are
// read; shown as such it would read "0.3333333333". It returns the
// decimals its percent shows (proportionDigits): those d has beyond the
// hundredths, at most one ("33.3%", "50%", "12.5%").
func proportionDecimals(d indicators.Decimal, u indicators.Unit, sc indicators.Scale) (int, bool) {
	if u != (indicators.Unit{}) || sc != indicators.NoScale || d.Exp >= 0 || d.Sign() < 0 {
		return 0, false
	}
	if x := d.Float64(); x > 1 {
		return 0, false
	}
	pct := 100 * d.Float64()
	if pct > 0 && pct < 1 {
		// Below one percent a single decimal says less than the
		// document did ("One in 191" is 0.524%, not 0.5%): three
		// significant digits, never more than d has.
		return min(max(-int(d.Exp)-2, 0), 2-int(math.Floor(math.Log10(pct)))), true
	}
	return min(max(-int(d.Exp)-2, 0), 1), true
}

// percentOfProportion reports whether d, in unit u, is a share stated as
// a proportion in words and held as its percent (indicators.ParseStatedAs:
// "over a third" is 33.3333333333333 percent), and returns the decimals
// it shows, as proportionDecimals gives them for the proportion ("33.3%",
// "12.5%", "0.559%"), not the fifteen digits of a third.
func percentOfProportion(d indicators.Decimal, u indicators.Unit, sc indicators.Scale, words bool) (int, bool) {
	if u != indicators.PercentUnit || !words {
		return 0, false
	}
	return proportionDecimals(d.Shift(-2), indicators.Unit{}, sc)
}

// proportionDigits is the number format of a proportion in percent with
// decimals digits after the point: 0.3333333333 shows "33.3%".
func proportionDigits(decimals int) string {
	if decimals > 0 {
		return "0." + strings.Repeat("0", decimals) + "%"
	}
	return "0%"
}

// numFmtDigits is numFmt for a given number of decimals. A money format
// has a negative section that puts the true minus sign first
// (negativeSection): -11e9 shows as "−$11.0 billion", not Excel's
// "$-11.0 billion".
func numFmtDigits(decimals int, u indicators.Unit, sc indicators.Scale) string {
	if u.Per != "" {
		// A rate: the base after every section ("$200 per month",
		// "450,000 barrels per day"), as indicators.Format writes it.
		base := u
		base.Per = ""
		return perSections(numFmtDigits(decimals, base, sc), quote(" per "+u.Per))
	}
	decimals = min(decimals, 10)
	num := "#,##0" // thousands by commas, the rule of every output (wording.Thousands)
	if decimals > 0 {
		num += "." + strings.Repeat("0", decimals)
	}
	num += strings.Repeat(",", sc.Exp()/3)
	scale := ""
	if sc != indicators.NoScale {
		scale = " " + sc.String()
	}
	// counted is the format of a figure whose word agrees in number: "1
	// country", "30 countries".
	counted := func(one, many string, negative bool) string {
		if sc == indicators.NoScale && decimals == 0 {
			if negative {
				return `[=1]"1 ` + one + `";[=-1]"` + indicators.MinusSign + `1 ` + one + `";` + num + quote(" "+many)
			}
			return "[=1]0" + quote(" "+one) + ";" + num + quote(" "+many)
		}
		return num + quote(scale+" "+many)
	}
	switch u.Kind {
	case indicators.Money:
		sign := moneySign(u)
		pos := quote(sign) + num + quote(scale)
		return negativeSection(pos)
	case indicators.Percent:
		return num + quote(scale+"%")
	case indicators.PercentagePoint:
		// In words, as the Unit cell beside it and every slide say it
		// (s28y-gpappts, s29z-righttobuy: "down 6 pp" beside "percentage
		// points"); an axis's last tick keeps "pp" (axisNumFmt).
		return counted("percentage point", "percentage points", false)
	case indicators.Count:
		return counted(u.Name, wording.Plural(u.Name), false)
	case indicators.Rank:
		return quote("No. ") + num
	case indicators.Times:
		return num + quote(scale+" times")
	case indicators.Measure:
		// In words, as every output writes a measure
		// (indicators.MeasureWords): "241,553 tonnes" beside the
		// slide's, never "241,553 t".
		one, ok1 := indicators.MeasureWords(u, false)
		many, ok2 := indicators.MeasureWords(u, true)
		if ok1 && ok2 {
			return counted(literalCleaner.Replace(one), literalCleaner.Replace(many), false)
		}
		return num + quote(scale+" "+u.Name)
	}
	return num + quote(scale)
}

// lastTickWord returns format, a value axis's number format that ends in
// word on every tick ("#,##0\" pp\""), as a format that writes word on
// the axis's last tick only, as the slide's axis does ("-8 -6 … 0 2 pp",
// s13b-air, where the book's chart said "pp" on every tick): the last
// tick is the one at least half a step above the one before it, which
// float noise in a tick's value does not move; the other ticks are
// numbers, a negative one with its sign written (LibreOffice, as Excel,
// shows a value in a section of its own by its magnitude). An axis of no
// step, or a format that does not end in word, is left as it is.
func lastTickWord(format, word string, a valueAxis) string {
	num, ok := strings.CutSuffix(format, quote(word))
	if !ok || !(a.step > 0) || strings.Contains(num, ";") {
		return format
	}
	last := strconv.FormatFloat(a.max-a.step/2, 'g', 12, 64) // no float noise: "0.35"
	return "[>=" + last + "]" + format + ";[>=0]" + num + ";" + quote(indicators.MinusSign) + num
}

// axisNumFmt returns the number format of a value axis of figures in
// unit u and scale sc, ticks written with decimals digits after the
// point, and the words it leaves to the axis title: a tick says the number
// and its sign ("$20", "40%", "0.5%"), not the scale and base on every
// tick ("$20 per barrel"). The title is "" when the ticks say all.
func axisNumFmt(u indicators.Unit, sc indicators.Scale, decimals int) (format, title string) {
	num := "#,##0"
	if decimals = min(decimals, 10); decimals > 0 {
		num += "." + strings.Repeat("0", decimals)
	}
	num += strings.Repeat(",", sc.Exp()/3)
	words := func(w ...string) string {
		var out []string
		if sc != indicators.NoScale {
			out = append(out, sc.String())
		}
		for _, x := range w {
			if x != "" {
				out = append(out, x)
			}
		}
		if u.Per != "" {
			out = append(out, "per "+u.Per)
		}
		return literalCleaner.Replace(strings.Join(out, " "))
	}
	switch u.Kind {
	case indicators.Money:
		sign := moneySign(u)
		pos := quote(sign) + num
		return negativeSection(pos), strings.TrimSpace(strings.TrimSpace(sign) + " " + words())
	case indicators.Percent, indicators.PercentagePoint:
		sym := "%"
		if u.Kind == indicators.PercentagePoint {
			sym = " pp"
		}
		if decimals > 0 && sc == indicators.NoScale {
			// The ticks as the slide writes them, "0%, 0.5%, 1%": a
			// whole number without the decimals its step needs.
			return "General" + quote(sym), words()
		}
		return num + quote(sym), words()
	case indicators.Count:
		return num, words(wording.Plural(u.Name))
	case indicators.Times:
		return num, words("times")
	case indicators.Measure:
		sym := u.Name
		if m, ok := indicators.LookupMeasure(u.Name); ok {
			// In words, as the charts and slides say it
			// (wording.Spelling): "million tonnes", not "million t".
			sym = m.Plural
		}
		return num, words(sym)
	}
	return num, words()
}

// formatSections splits the number format f into its sections, at the
// semicolons outside its quoted literals: the one splitter perSections,
// leadSections and minusTicks share. f has at least one section.
func formatSections(f string) []string {
	var out []string
	in, from := false, 0
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case '"':
			in = !in
		case ';':
			if !in {
				out = append(out, f[from:i])
				from = i + 1
			}
		}
	}
	return append(out, f[from:])
}

// perSections appends lit to each section of the number format f
// (formatSections).
func perSections(f, lit string) string {
	secs := formatSections(f)
	for i := range secs {
		secs[i] += lit
	}
	return strings.Join(secs, ";")
}

// leadSections puts lit at the start of each section of the number format
// f (formatSections), after the section's conditions and colours in
// brackets ("[=1]").
func leadSections(f, lit string) string {
	secs := formatSections(f)
	for i, sec := range secs {
		k := 0
		for k < len(sec) && sec[k] == '[' {
			j := strings.IndexByte(sec[k:], ']')
			if j < 0 {
				k = len(sec)
				break
			}
			k += j + 1
		}
		secs[i] = sec[:k] + lit + sec[k:]
	}
	return strings.Join(secs, ";")
}

// negativeSection returns the number format pos, the format of a figure
// above zero, with a section for a figure below zero that writes the true
// minus sign before it (indicators.MinusSign): -632e6 in
// `"€"#,##0,," million"` shows "−€632 million", as the Cover, the charts
// and the deck write it, never Excel's hyphen-minus or "€-632 million".
func negativeSection(pos string) string {
	// The sign a literal of its own, so that spell finds the currency's.
	return pos + ";" + quote(indicators.MinusSign) + pos
}

// minusTicks returns the format of a value axis's ticks f with a section
// for those below zero that writes the reader's minus sign ("−10%"), as
// the slide's axis does, where f has one section: Excel and LibreOffice
// wrote its hyphen ("-10%") beside the image's "−10%" (s21o-apprentice).
func minusTicks(f string) string {
	if f == "" || len(formatSections(f)) > 1 {
		return f
	}
	return negativeSection(f)
}

// quote makes s a literal of a number format.
func quote(s string) string {
	if s == "" {
		return ""
	}
	if strings.ContainsAny(s, `"\`) {
		s = literalCleaner.Replace(s)
	}
	return `"` + s + `"`
}

// literalCleaner drops what cannot stand in a number format literal.
var literalCleaner = strings.NewReplacer(`"`, "", `\`, "")

// displayText returns how a spreadsheet shows v in number format f, one
// of the formats numFmt and numFmtDigits write: the section for v (a
// condition "[=1]" that v meets, else the negative section for v < 0 with
// its own sign, the zero section (a third) for 0, else the first section
// that has no condition), its
// literals as written and the number with the digits, grouping and
// scaling (a comma after the digits divides by 1,000) the section says:
// what a column must be wide enough to show, or the reader sees "###".
func displayText(v float64, f string) string {
	sections := splitSections(f)
	var plain []string
	for _, sec := range sections {
		if cond, rest, ok := strings.Cut(sec, "]"); ok && strings.HasPrefix(cond, "[=") {
			if x, err := strconv.ParseFloat(cond[2:], 64); err == nil && x == v {
				return renderSection(v, rest)
			}
			continue
		}
		plain = append(plain, sec)
	}
	switch {
	case len(plain) == 0:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case v < 0 && len(plain) > 1:
		return renderSection(-v, plain[1])
	case v == 0 && len(plain) > 2:
		return renderSection(0, plain[2])
	}
	return renderSection(v, plain[0])
}

// splitSections splits a number format at its semicolons outside quotes.
func splitSections(f string) []string {
	var out []string
	quoted, start := false, 0
	for i := 0; i < len(f); i++ {
		switch f[i] {
		case '"':
			quoted = !quoted
		case ';':
			if !quoted {
				out = append(out, f[start:i])
				start = i + 1
			}
		}
	}
	return append(out, f[start:])
}

// renderSection writes v in one section of a number format.
func renderSection(v float64, sec string) string {
	if percentIn(sec) {
		v *= 100
	}
	var b strings.Builder
	for i := 0; i < len(sec); {
		switch c := sec[i]; {
		case c == '"':
			j := strings.IndexByte(sec[i+1:], '"')
			if j < 0 {
				j = len(sec) - i - 1
			}
			b.WriteString(sec[i+1 : i+1+j])
			i += j + 2
		case strings.HasPrefix(sec[i:], "General"):
			b.WriteString(strconv.FormatFloat(math.Abs(v), 'f', -1, 64))
			i += len("General")
		case c == '\\' && i+1 < len(sec):
			b.WriteByte(sec[i+1])
			i += 2
		case c == '#' || c == '0' || c == '.' || c == ',':
			j := i
			for j < len(sec) && strings.IndexByte("#0.,", sec[j]) >= 0 {
				j++
			}
			b.WriteString(renderNumber(v, sec[i:j]))
			i = j
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// percentIn reports whether a section of a number format has a percent
// sign outside quotes, which shows the number times 100.
func percentIn(sec string) bool {
	quoted := false
	for i := 0; i < len(sec); i++ {
		switch sec[i] {
		case '"':
			quoted = !quoted
		case '\\':
			i++
		case '%':
			if !quoted {
				return true
			}
		}
	}
	return false
}

// renderNumber writes v in a number pattern such as "#,##0.00,,,".
func renderNumber(v float64, pat string) string {
	end := strings.LastIndexAny(pat, "#0")
	for range strings.Count(pat[end+1:], ",") {
		v /= 1000
	}
	pat = pat[:end+1]
	decimals := 0
	if i := strings.IndexByte(pat, '.'); i >= 0 {
		decimals = strings.Count(pat[i:], "0")
		pat = pat[:i]
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	if strings.Contains(pat, ",") {
		for i := len(whole) - 3; i > 0; i -= 3 {
			whole = whole[:i] + "," + whole[i:]
		}
	}
	if frac != "" {
		whole += "." + frac
	}
	if v < 0 {
		whole = "-" + whole
	}
	return whole
}

// turnedFmt returns the number format of a bar's cell in a chart of
// changes that go both ways (wording.Signed), f being the format of the
// figure's magnitude and one whether that magnitude is 1: a rise reads
// "up 0.7%" and a fall, stored below zero, "down 0.3%", as the slide
// labels them, so that the bar's data label, linked to its cell's format,
// says which way it went in Excel and LibreOffice alike; zero reads as f
// writes it. A counted figure takes its plural section, or its singular
// one for a magnitude of 1 ("down 1 person").
func turnedFmt(f string, one bool) string {
	var pos, single string
	for _, sec := range splitSections(f) {
		if cond, rest, ok := strings.Cut(sec, "]"); ok && strings.HasPrefix(cond, "[") {
			if cond == "[=1" {
				single = rest
			}
			continue
		}
		if pos == "" && !strings.HasPrefix(sec, "-") {
			pos = sec
		}
	}
	if one && single != "" {
		pos = single
	}
	if pos == "" {
		return f
	}
	lead := func(word string) string {
		if rest, ok := strings.CutPrefix(pos, `"`); ok {
			return `"` + word + rest
		}
		return quote(word) + pos
	}
	return lead("up ") + ";" + lead("down ") + ";" + pos
}

// inWords reports whether a figure was stated as a proportion in words or
// as "N in M" ("more than a third", "one in four", "2 in 3": the model's
// one reading, indicators.ProportionInWords), shown in percent to the
// digits a proportion needs (proportionDecimals); one written in digits
// ("0.1", "about 0.2", a rate's revision in points) is shown as written,
// never as "10%".
func inWords(stated string) bool {
	return indicators.ProportionInWords(stated)
}
