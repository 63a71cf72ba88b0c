package xlsx

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// The rows of the Indicators sheet are not written through excelize's
// StreamWriter.SetRow, which costs some 150 allocations and a regular
// expression per row: excelize writes the sheet with its header row only,
// and canonZip splices the data rows into the part, before </sheetData>, as
// it writes the part into the zip. The rows are the same XML SetRow writes
// (inline strings, numbers formatted as excelize formats them), made here
// with appends into one reused buffer.

// rowStyles are the style IDs of the cells of the Indicators rows.
type rowStyles struct {
	text, wrap, textIndent, wrapIndent, integer int
}

// numKey is what the number format of a value cell depends on.
type numKey struct {
	decimals int
	unit     indicators.Unit
	scale    indicators.Scale
	// turn is what the format of a change's value says before it,
	// "up " or "down " (turnWord), or "".
	turn string
	// proportion marks a pure number from 0 to 1 ("more than a third",
	// "one in four"), shown in percent with decimals digits
	// (proportionFmt).
	proportion bool
	// ordinal is the suffix of a place (a rank) in digits, "th" of 8
	// (ordinalSuffix), or "".
	ordinal string
	// place is a place the document writes in words alone ("highest",
	// "second highest"), which the format writes instead of the number,
	// or "" (rankWords).
	place string
	// fraction marks a percent held as a fraction, fall a fall held below
	// zero, and one a fall of one (storedDecimal).
	fraction, fall, one bool
	// against is what a change is set against when that is no earlier
	// period (indicators.Indicator.AgainstWhat), and dir its direction
	// (againstFormat); "" for any other figure.
	against string
	dir     indicators.Direction
}

// format returns the number format of a value cell of key k.
func (k numKey) format() string {
	f := numFmtDigits(k.decimals, k.unit, k.scale)
	if k.proportion {
		f = proportionDigits(k.decimals)
	}
	if k.ordinal != "" {
		f = "#,##0" + quote(k.ordinal)
	}
	if k.place != "" {
		f = quote(k.place)
	}
	if k.fraction {
		f = fractionFormat(f)
	}
	if k.against != "" {
		return againstFormat(f, k.turn, k.against, k.dir, k.one)
	}
	if k.fall {
		return fallFormat(f, k.turn, k.one)
	}
	if k.turn != "" {
		f = leadSections(f, quote(k.turn))
	}
	return f
}

// cellKey returns the numKey of d, a figure of ind as stated, in its value
// cell on the Indicators sheet, which holds it as storedDecimal says.
func cellKey(d indicators.Decimal, ind *indicators.Indicator) numKey {
	k := numStyleKey(d, ind.Unit, ind.Quantity.Scale, turnWord(ind), inWords(ind.Stated))
	k.unit = nounUnit(ind)
	k.fraction = storedPercent(ind.Unit, ind.Quantity.Scale) && !k.proportion
	k.place = rankWords(ind)
	if w := proportionWords(ind); w != "" {
		k.place = w
	}
	if isFall(ind) {
		k.fall, k.one = true, d.Equal(indicators.Decimal{Coef: 1})
	}
	if isAgainst(ind) {
		k.against, k.dir, k.one = ind.AgainstWhat(), ind.Quantity.Direction, d.Equal(indicators.Decimal{Coef: 1})
	}
	return k
}

// nounUnit returns the unit of ind as its counted noun names it where
// that says more than the unit (indicators.Quantity.Noun): "small
// packets" of unit packet is the unit small packet, "ZEC taxis" of taxi
// ZEC taxi, so that the Value and Unit cells say what the document
// counts, as the Stated and Quote cells and the deck do; "240 million
// packets" and "3,652 taxis" read as counts of all packets and all taxis
// (s32c-postal, s32c-taxis). Any other unit is ind's.
func nounUnit(ind *indicators.Indicator) indicators.Unit {
	u, noun := ind.Unit, ind.Quantity.Noun
	if u.Kind != indicators.Count || u.Per != "" || u.Name == "" {
		return u
	}
	if head, ok := strings.CutSuffix(noun, " "+wording.Plural(u.Name)); ok && head != "" && !strings.ContainsAny(head, "0123456789") {
		u.Name = head + " " + u.Name
	}
	return u
}

// asCatalogued returns ind as the Indicators sheet, the catalog's own
// table, shows it: its figure as the catalog holds it, as indicators.csv
// does (one meaning per column), where the report's reading
// (wording.StatusOnce) took a hedge that is the word of its status for
// no hedge; "An estimated 240 million small packets" showed "240 million
// packets", its Qualifier "exact" beside the CSV's "approx" (s32c-postal).
// The charts say the status once, by status, as before.
func asCatalogued(ind *indicators.Indicator) *indicators.Indicator {
	if ind.Quantity.Qualifier != indicators.Exact || indicators.StatusHedge(ind) == "" {
		return ind
	}
	w := *ind
	w.Quantity.Qualifier = indicators.Approx
	return &w
}

// valueKey returns the numKey of d in value cell k (0 Value, 1 Low, 2
// High, 3 Margin) of ind: cellKey's, but for the ends of a hedged point
// (indicators.Indicator.HedgeEnds), which are no hedged figures ("some
// 8,250 stray dogs" said the end was hedged too) and are said in digits
// ("66.6%", not "two-thirds").
func valueKey(k int, d indicators.Decimal, ind *indicators.Indicator) numKey {
	key := cellKey(d, ind)
	if k != 1 && k != 2 || ind.Quantity.IsRange() {
		return key
	}
	if h := wording.HedgeWord(ind.Stated, ind.Quantity.Qualifier); h != "" {
		key.turn = strings.TrimSuffix(key.turn, h+" ")
	}
	if ind.Unit.Kind != indicators.Rank {
		key.place = ""
	}
	return key
}

// valueStyle returns the style of a value cell: numStyle(numFmt(d, u, sc)),
// turn ("up ", "down ") before every section for a rise or fall,
// remembered per decimals, unit, scale and turn so that a row costs no
// format string.
func (b *book) valueStyle(k numKey) (int, error) {
	if id, ok := b.numStyles[k]; ok {
		return id, nil
	}
	id, err := b.numStyle(b.spell(k.format(), k.unit))
	if err != nil {
		return 0, err
	}
	b.numStyles[k] = id
	return id, nil
}

// turnWord returns what the value cell of a change shows before its
// figure, as the Cover, the Chart data sheet and the slides say it
// (wording.Alone): "down " for a fall ("down 4,900 arrivals", where the
// Direction column, on another printed page, says Down), whose value, the
// magnitude as stated, a reader of the Value column alone would take for
// a rise, and "up " for a rise, written as its fall beside it is; "" for
// any other figure.
//
// Before the figure of a hedged point, the document's hedge
// (wording.HedgeWord): "almost 11 million victimizations", "over 33.3%"
// for "over a third", "down almost 10%", since the printed sheet shows no
// Qualifier column and a hedged figure printed bare reads as exact
// (s14-crime, s14-hospitals).
//
// A change stated as a multiple ("more than doubled", unit times) takes
// no "up" or "down": the multiple says which way, and "up more than 2
// times" read as a rise of over 200% (s16g-insolvency).
func turnWord(ind *indicators.Indicator) string {
	turn := ""
	if wording.ClaimMeasure(ind) == indicators.Change && ind.Unit.Kind != indicators.Times || isFall(ind) {
		// A figure held below zero says why, as the chart beside it
		// does ("down €632 million"), whatever its measure (isFall).
		// A contribution to a change is no change of its own: "0.30
		// percentage points", never "up 0.30" (wording.Contribution).
		turn = wording.TurnPrefix(ind.Quantity.Direction)
	}
	if isAgainst(ind) {
		// "£2.7 billion below the forecast": what it is set against
		// follows the figure (againstTail), and no "down" comes before.
		turn = ""
	}
	if h := wording.HedgeWord(ind.Stated, ind.Quantity.Qualifier); h != "" {
		turn += h + " "
	}
	return turn
}

// proportionWords returns the words of a share stated as a proportion in
// words alone ("two-thirds" of "more than two-thirds", "a quarter"), in
// lower case and without the hedge turnWord writes before them, which
// its value cell shows instead of a percent, as the Chart data and the
// slide keep them (wording.WordsKept); "" for any other figure. "more
// than 66.7%" said two-thirds more precisely than the document, and more
// strongly: 66.68% is more than two-thirds but not more than 66.7%
// (s30a-carrierbags). The cell still holds the number its formulas read.
//
// A figure with a fraction written as one character ("around 2¾%",
// indicators.VulgarIn) is shown as the document writes it too, never
// "around 2.75%" beside the slide's "around 2¾%" (s35f-monetary).
func proportionWords(ind *indicators.Indicator) string {
	s := ind.Stated
	if ind.Quantity.IsRange() || !indicators.VulgarIn(s) && (!inWords(s) || strings.ContainsAny(s, "0123456789")) {
		return ""
	}
	if h := indicators.LeadingHedge(s); h != "" {
		s = s[len(h):]
	}
	return strings.ToLower(strings.TrimSpace(s))
}

// isAgainst reports whether ind is a change set against a forecast or
// target (indicators.Comparand), whose cell says so after its figure.
func isAgainst(ind *indicators.Indicator) bool {
	return ind.Against != indicators.AgainstPeriod && wording.ClaimMeasure(ind) == indicators.Change && ind.Unit.Kind != indicators.Times
}

// againstTail returns what the value cell of ind shows after its figure:
// " below the forecast" for a change set against one (isAgainst), ""
// otherwise.
func againstTail(ind *indicators.Indicator) string {
	if !isAgainst(ind) {
		return ""
	}
	return " " + ind.AgainstPhrase()
}

// numStyleKey returns what the number format of d depends on, as numFmt
// sees it, and whether it is a fall's.
func numStyleKey(d indicators.Decimal, u indicators.Unit, sc indicators.Scale, turn string, words bool) numKey {
	decimals := 0
	if e := int(d.Exp) - sc.Exp(); e < 0 {
		decimals = -e
	}
	if pd, ok := proportionDecimals(d, u, sc); ok && words {
		return numKey{decimals: pd, unit: u, scale: sc, turn: turn, proportion: true}
	}
	if pd, ok := percentOfProportion(d, u, sc, words); ok {
		decimals = pd
	}
	return numKey{decimals: min(decimals, 10), unit: u, scale: sc, turn: turn, ordinal: ordinalSuffix(d, u)}
}

// colNames are the column letters of the Indicators sheet (one letter
// each: the sheet has fewer than 27 columns).
const colNames = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// The sheet must not outgrow colNames.
var _ [len(colNames) - nColumns]struct{}

// writeRows writes the data rows of the Indicators sheet, the <row>
// elements after the header, to w. It is called by canonZip as the sheet
// goes into the zip; every row was checked when the columns were sized, so
// the only error is an iterator that yields other indicators than before.
func (b *book) writeRows(w io.Writer) error {
	buf := make([]byte, 0, 80<<10)
	var r indicatorRow
	n := 0
	for row, ind := range b.all() {
		n++
		if n > b.n {
			break
		}
		ind = asCatalogued(ind)
		if err := b.fillRow(&r, ind, true); err != nil {
			return fmt.Errorf("%w (the indicators changed while the book was written)", err)
		}
		var err error
		if buf, err = b.appendRow(buf, row, ind, &r); err != nil {
			return err
		}
		if buf, err = flushFull(w, buf); err != nil {
			return err
		}
	}
	if n != b.n {
		return fmt.Errorf("xlsx: the indicators yielded %d indicators, then %d: WriteSeq needs the same indicators each time", b.n, n)
	}
	_, err := w.Write(buf)
	return err
}

// appendRow appends the <row> element of ind, on row row, to buf.
func (b *book) appendRow(buf []byte, row int, ind *indicators.Indicator, r *indicatorRow) ([]byte, error) {
	st := &b.rowStyles
	buf = append(buf, `<row r="`...)
	buf = strconv.AppendInt(buf, int64(row), 10)
	if n := b.rowLines(r); n > 1 {
		// Spreadsheets do not grow rows with wrapped text when they open
		// a file: the row says how high it is.
		buf = append(buf, `" ht="`...)
		buf = strconv.AppendInt(buf, int64(n*lineHeight), 10)
		buf = append(buf, `" customHeight="1`...)
	}
	buf = append(buf, `">`...)
	for i := range len(indicators.IndicatorColumns) {
		switch {
		case i >= ixValue && i <= ixValue+3: // Value, Low, High, Margin
			d := r.value[i-ixValue]
			if d == nil {
				continue
			}
			// scan made the style; making one now would be too late for
			// styles.xml.
			s, ok := b.numStyles[valueKey(i-ixValue, *d, ind)]
			if !ok {
				return buf, fmt.Errorf("xlsx: indicator %q: not seen before: WriteSeq needs the same indicators each time", ind.ID)
			}
			v := storedDecimal(*d, ind)
			if i == ixValue+3 && v.Coef < 0 {
				v.Coef = -v.Coef // a margin is a half-width, never below zero, a fall's too
			}
			buf = appendNumberCell(buf, i, row, s, decimalFloat(v))
		case i == ixStart || i == ixStart+1:
			if len(ind.Provenance) == 0 {
				continue
			}
			v := r.start
			if i == ixStart+1 {
				v = r.end
			}
			buf = appendCellStart(buf, i, row, st.integer, false)
			buf = append(buf, `<v>`...)
			buf = strconv.AppendInt(buf, int64(v), 10)
			buf = append(buf, `</v></c>`...)
		default:
			if s := r.text[i]; s != "" {
				// Every column but the first is indented: the room between
				// its text and the column to its left (indent).
				style := st.textIndent
				switch {
				case i == 0:
					style = st.wrap
				case wrapCols[i]:
					style = st.wrapIndent
				}
				buf = appendTextCell(buf, i, row, style, s)
			}
		}
	}
	return append(buf, `</row>`...), nil
}

// rowLines is how many lines the highest cell of a row takes, its text
// wrapped in the column widths set.
func (b *book) rowLines(r *indicatorRow) int {
	n := 1
	for i, s := range r.text {
		if !wrapCols[i] || !b.printsCol(i) || float64(len(s))*maxCharWidth <= b.colWidths[i]-1.5-indent(i) {
			continue
		}
		n = max(n, cellTextLines(s, b.colWidths[i], i))
	}
	return n
}

// appendCellStart appends <c r="…" s="…"> for column col (0-based).
func appendCellStart(buf []byte, col, row, style int, inline bool) []byte {
	buf = append(buf, `<c r="`...)
	buf = append(buf, colNames[col])
	buf = strconv.AppendInt(buf, int64(row), 10)
	buf = append(buf, '"')
	if style != 0 {
		buf = append(buf, ` s="`...)
		buf = strconv.AppendInt(buf, int64(style), 10)
		buf = append(buf, '"')
	}
	if inline {
		buf = append(buf, ` t="inlineStr"`...)
	}
	return append(buf, '>')
}

// appendTextCell appends an inline string cell as excelize writes one: the
// text XML-escaped (line feeds kept), _xHHHH_ escaped as ST_Xstring wants,
// and xml:space="preserve" when it starts or ends with white space.
func appendTextCell(buf []byte, col, row, style int, s string) []byte {
	buf = appendCellStart(buf, col, row, style, true)
	buf = append(buf, `<is><t`...)
	if first, last := s[0], s[len(s)-1]; isXMLSpace(first) || isXMLSpace(last) {
		buf = append(buf, ` xml:space="preserve"`...)
	}
	buf = append(buf, '>')
	if strings.Contains(s, "_x") {
		buf = append(buf, bstrMarshal(string(appendEscaped(nil, s)))...)
	} else {
		buf = appendEscaped(buf, s)
	}
	return append(buf, `</t></is></c>`...)
}

func isXMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// appendEscaped appends s escaped as encoding/xml's EscapeText escapes it,
// except for line feeds, which excelize keeps. s is valid UTF-8 of
// characters XML can carry (checkText).
func appendEscaped(buf []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		if !needsEscape[s[i]] {
			continue
		}
		var esc string
		switch s[i] {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\r':
			esc = "&#xD;"
		}
		buf = append(buf, s[last:i]...)
		buf = append(buf, esc...)
		last = i + 1
	}
	return append(buf, s[last:]...)
}

// needsEscape marks the bytes appendEscaped replaces.
var needsEscape = [256]bool{'"': true, '\'': true, '&': true, '<': true, '>': true, '\t': true, '\r': true}

// appendNumberCell appends a number cell, the number formatted as excelize
// formats a float64 (at most 15 significant digits).
func appendNumberCell(buf []byte, col, row, style int, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		// excelize writes these as text; a Decimal is never one.
		return appendTextCell(buf, col, row, style, strconv.FormatFloat(f, 'g', -1, 64))
	}
	buf = appendCellStart(buf, col, row, style, false)
	buf = append(buf, `<v>`...)
	buf = appendCellFloat(buf, f)
	return append(buf, `</v></c>`...)
}

// appendCellFloat is excelize's formatCellFloat(f, -1, 64) as an append.
func appendCellFloat(buf []byte, f float64) []byte {
	start := len(buf)
	buf = strconv.AppendFloat(buf, f, 'f', -1, 64)
	if math.Abs(f) == math.MaxFloat64 {
		return buf
	}
	str := buf[start:]
	const maxPrec = 15
	decimal := -1
	for i, c := range str {
		if c == '.' {
			decimal = i
			break
		}
	}
	significant := 0
	for idx := range str {
		if str[idx] < '0' || str[idx] > '9' || significant == 0 && str[idx] == '0' {
			continue
		}
		significant++
		if significant <= maxPrec {
			continue
		}
		if decimal >= 0 && idx > decimal {
			end := idx
			if end > 0 && str[end-1] == '.' {
				end--
			}
			return buf[:start+end]
		}
		if decimal < 0 {
			decimal = len(str)
		}
		for ; idx < decimal; idx++ {
			str[idx] = '0'
		}
		return buf[:start+decimal]
	}
	return buf
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// decimalFloat is d.Float64() without formatting and parsing: when the
// coefficient and the power of ten are exact float64s, one multiplication
// or division is correctly rounded, as ParseFloat is, so the result is the
// same float64.
func decimalFloat(d indicators.Decimal) float64 {
	if c := d.Coef; c > -1<<53 && c < 1<<53 {
		switch e := int(d.Exp); {
		case e >= 0 && e < len(pow10):
			return float64(c) * pow10[e]
		case e < 0 && -e < len(pow10):
			return float64(c) / pow10[-e]
		}
	}
	return d.Float64()
}

// bstrMarshal is excelize's escaping of the literal form of _xHHHH_ in
// text (ST_Xstring), copied (excelize v2.11.1, lib.go, BSD 3-clause) so
// that the rows written here read back as those excelize writes.
func bstrMarshal(s string) (result string) {
	matches, l, cursor := bstrExp.FindAllStringSubmatchIndex(s, -1), len(s), 0
	for _, match := range matches {
		result += s[cursor:match[0]]
		subStr := s[match[0]:match[1]]
		if subStr == "_x005F_" {
			cursor = match[1]
			if match[1]+6 <= l && bstrEscapeExp.MatchString(s[match[1]:match[1]+6]) {
				_, err := strconv.Unquote(`"\u` + s[match[1]+1:match[1]+5] + `"`)
				if err == nil {
					result += subStr + "x005F" + subStr
					continue
				}
			}
			result += subStr + "x005F_"
			continue
		}
		if bstrExp.MatchString(subStr) {
			cursor = match[1]
			if _, err := strconv.Unquote(`"\u` + s[match[0]+2:match[1]-1] + `"`); err == nil {
				result += "_x005F" + subStr
				continue
			}
		}
	}
	if cursor < l {
		result += s[cursor:]
	}
	return result
}

var (
	bstrExp       = regexp.MustCompile(`_x[a-fA-F\d]{4}_`)
	bstrEscapeExp = regexp.MustCompile(`x[a-fA-F\d]{4}_`)
)

// flushFull writes buf to w once it holds 64 KiB and returns it emptied,
// or returns it as it is.
func flushFull(w io.Writer, buf []byte) ([]byte, error) {
	if len(buf) < 64<<10 {
		return buf, nil
	}
	_, err := w.Write(buf)
	return buf[:0], err
}

// rankWords returns the place of ind, a rank, as the document writes it
// in words alone ("highest", "second highest"), so that the Value cell
// shows the word every other output says (wording.UnitWritten), never
// "1st" or "2nd" beside it (s22p-alcohol); "" for a place written with a
// digit ("10th"), a range, or any other figure. A digit in the frame after
// the place ("largest quantity since records began in 1973") is no
// place's digit (s28y-drugseizures showed "1st largest quantity").
func rankWords(ind *indicators.Indicator) string {
	if ind.Unit.Kind != indicators.Rank || ind.Quantity.IsRange() {
		return ""
	}
	l := wording.UnitWritten(ind)
	if first, _, _ := strings.Cut(l, " "); first == "" || strings.ContainsFunc(first, unicode.IsDigit) {
		return ""
	}
	// A number format shows on one line or not at all: words wider than
	// the Value column can be printed "###" (s33d-adoption: "highest
	// number of finalised adoptions of Indigenous children in the past 25
	// years"). Then the cell says the place's own words, the document's
	// as the Unit cell says them ("highest number"), and the Stated cell
	// beside it the whole.
	if textWidth(l, false)+indentWidth > maxWidths[ixValue] && ind.Unit.Name != "" {
		return ind.Unit.Name
	}
	return l
}
