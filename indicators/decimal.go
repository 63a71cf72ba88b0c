package indicators

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A Decimal is an exact decimal number, Coef × 10^Exp, kept with the digits
// a document wrote: "279 billion" is Coef 279, Exp 9 (exactly
// 279000000000, three significant figures) and "2.5" is Coef 25, Exp -1.
// The zero value is 0. Decimals are comparable with ==, but 279e9 written as
// (279, 9) and as (279000000000, 0) are different values of the type that
// denote the same number: use Cmp or Equal to compare numbers.
type Decimal struct {
	Coef int64 // the digits as written, sign included
	Exp  int32 // the power of ten that scales Coef
}

// MaxDecimalDigits is the most significant digits a Decimal holds; the
// extractor finds no figure with more.
const MaxDecimalDigits = 18

// MaxDecimalExp bounds the power of ten of a figure (its last digit and
// its first): beyond it float64 cannot do the math.
const MaxDecimalExp = 300

const maxDecimalDigits = MaxDecimalDigits

// errDecimalSyntax and errDecimalRange are returned (wrapped) by ParseDecimal.
var (
	errDecimalSyntax = errors.New("invalid syntax")
	errDecimalRange  = errors.New("value out of range")
)

// NewDecimal returns coef × 10^exp.
func NewDecimal(coef int64, exp int32) Decimal { return Decimal{Coef: coef, Exp: exp} }

// ParseDecimal parses a plain decimal number such as "279", "-2.5", "1,000",
// "1.2e9" or "0.05". The sign is a hyphen-minus, U+2212 MINUS SIGN or a
// plus, right before the digits. Thousands separators are accepted only in
// groups of three. ParseDecimal is for numbers written for machines (a
// catalog's value, low and high); a document's figure, where "1e9" and
// "0x10" are refused, goes through ParseStated. The digits are kept as written, so ParseDecimal("30") has two
// significant figures and ParseDecimal("2.50") three.
func ParseDecimal(s string) (Decimal, error) {
	d, err := parseDecimal(s)
	if err != nil {
		return Decimal{}, fmt.Errorf("indicators: parsing decimal %q: %w", s, err)
	}
	return d, nil
}

func parseDecimal(s string) (Decimal, error) {
	if s == "" {
		return Decimal{}, errDecimalSyntax
	}
	neg := false
	switch {
	case s[0] == '-':
		neg = true
		s = s[1:]
	case strings.HasPrefix(s, "−"): // MINUS SIGN, as typeset documents write it
		neg = true
		s = s[len("−"):]
	case s[0] == '+':
		s = s[1:]
	}
	mant, expPart := s, ""
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		mant, expPart = s[:i], s[i+1:]
		if expPart == "" {
			return Decimal{}, errDecimalSyntax
		}
	}
	intPart, frac := mant, ""
	if i := strings.IndexByte(mant, '.'); i >= 0 {
		intPart, frac = mant[:i], mant[i+1:]
		if frac == "" {
			return Decimal{}, errDecimalSyntax
		}
	}
	if intPart == "" && frac == "" {
		return Decimal{}, errDecimalSyntax
	}
	if strings.IndexByte(intPart, ',') >= 0 {
		groups := strings.Split(intPart, ",")
		if !thousandsGroups(groups) && !indianGroups(groups) {
			return Decimal{}, errDecimalSyntax
		}
		intPart = strings.Join(groups, "")
	}
	digits := intPart + frac
	var coef int64
	n := 0          // significant digits seen
	var extra int64 // zeros of the integer part past what coef holds
	for i := 0; i < len(digits); i++ {
		c := digits[i]
		if c < '0' || c > '9' {
			return Decimal{}, errDecimalSyntax
		}
		if n == 0 && c == '0' {
			continue // leading zeros are not significant
		}
		n++
		if n > maxDecimalDigits {
			if c == '0' && i < len(intPart) {
				extra++ // 1 followed by 30 zeros: keep them in the exponent
				continue
			}
			return Decimal{}, errDecimalRange
		}
		coef = coef*10 + int64(c-'0')
	}
	exp := -int64(len(frac)) + extra
	if expPart != "" {
		e, err := strconv.ParseInt(expPart, 10, 32)
		if err != nil {
			return Decimal{}, errDecimalSyntax
		}
		exp += e
	}
	if exp+int64(min(n, maxDecimalDigits)) > MaxDecimalExp || exp < -MaxDecimalExp {
		return Decimal{}, errDecimalRange // beyond what float64 holds for math
	}
	if neg {
		coef = -coef
	}
	return Decimal{Coef: coef, Exp: int32(exp)}, nil
}

// MustParseDecimal is like ParseDecimal but panics on error. It is meant for
// constants in programs and tests.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DecimalFromFloat returns the shortest decimal that reads back as f, or
// false when f is not finite.
func DecimalFromFloat(f float64) (Decimal, bool) {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return Decimal{}, false
	}
	d, err := parseDecimal(strconv.FormatFloat(f, 'e', -1, 64))
	if err != nil {
		return Decimal{}, false
	}
	return d.normalize(), true
}

// IsZero reports whether d is zero.
func (d Decimal) IsZero() bool { return d.Coef == 0 }

// Sign returns -1, 0 or +1.
func (d Decimal) Sign() int {
	switch {
	case d.Coef < 0:
		return -1
	case d.Coef > 0:
		return 1
	}
	return 0
}

// Float64 returns d as the nearest float64, for math and drawing.
func (d Decimal) Float64() float64 {
	f, _ := strconv.ParseFloat(strconv.FormatInt(d.Coef, 10)+"e"+strconv.Itoa(int(d.Exp)), 64)
	return f
}

// SigFigs returns the number of significant figures as written: 3 for
// "279" and for "2.50", 2 for "30", 1 for "0.05". Zero has one.
func (d Decimal) SigFigs() int {
	c := d.Coef
	if c < 0 {
		c = -c
	}
	n := 1
	for c >= 10 {
		c /= 10
		n++
	}
	return n
}

// normalize strips trailing zeros from the coefficient; the number is the
// same but the written precision is lost.
func (d Decimal) normalize() Decimal {
	if d.Coef == 0 {
		return Decimal{}
	}
	for d.Coef%10 == 0 && d.Exp < 300 {
		d.Coef /= 10
		d.Exp++
	}
	return d
}

// Cmp compares the numbers d and e and returns -1, 0 or +1.
func (d Decimal) Cmp(e Decimal) int {
	if d.Sign() != e.Sign() {
		if d.Sign() < e.Sign() {
			return -1
		}
		return 1
	}
	a, b := d.normalize(), e.normalize()
	if a == b {
		return 0
	}
	// Same sign, non-zero: compare magnitudes digit by digit.
	as, bs := a.absDigits(), b.absDigits()
	amag, bmag := len(as)+int(a.Exp), len(bs)+int(b.Exp)
	r := 0
	if amag != bmag {
		r = 1
		if amag < bmag {
			r = -1
		}
	} else {
		r = strings.Compare(as, bs)
	}
	if d.Sign() < 0 {
		r = -r
	}
	return r
}

// Equal reports whether d and e denote the same number.
func (d Decimal) Equal(e Decimal) bool { return d.Cmp(e) == 0 }

func (d Decimal) absDigits() string {
	c := d.Coef
	if c < 0 {
		return strconv.FormatUint(uint64(-c), 10)
	}
	return strconv.FormatInt(c, 10)
}

// Shift returns d × 10^n, keeping its digits: Shift(-9) turns 279000000000
// written as (279, 9) into 279.
func (d Decimal) Shift(n int) Decimal { return Decimal{Coef: d.Coef, Exp: d.Exp + int32(n)} }

// String returns d in plain decimal notation with no exponent and no
// separators: "279000000000", "2.5", "-0.05". It keeps the written
// precision after the point ("2.50") and never uses float formatting.
func (d Decimal) String() string {
	digits := d.absDigits()
	sign := ""
	if d.Coef < 0 {
		sign = "-"
	}
	if d.Exp >= 0 {
		if d.Coef == 0 {
			return "0"
		}
		return sign + digits + strings.Repeat("0", int(d.Exp))
	}
	k := int(-d.Exp)
	if len(digits) <= k {
		digits = strings.Repeat("0", k-len(digits)+1) + digits
	}
	return sign + digits[:len(digits)-k] + "." + digits[len(digits)-k:]
}

// Text returns d in plain decimal notation with thousands separators sep
// (for example "," giving "1,000"), as a document would write it.
func (d Decimal) Text(sep string) string {
	s := d.String()
	sign := ""
	if s[0] == '-' {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	if sep == "" || len(intPart) <= 3 {
		return sign + intPart + frac
	}
	var b strings.Builder
	b.WriteString(sign)
	first := len(intPart) % 3
	if first > 0 {
		b.WriteString(intPart[:first])
	}
	for i := first; i < len(intPart); i += 3 {
		if b.Len() > len(sign) {
			b.WriteString(sep)
		}
		b.WriteString(intPart[i : i+3])
	}
	b.WriteString(frac)
	return b.String()
}

// MarshalText implements encoding.TextMarshaler with String.
func (d Decimal) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseDecimal.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ParseDecimal(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// lastDigitUnit returns the place value of the last non-zero digit of d as a
// float: 10 for 350, 1 for 279, 0.1 for 2.5. Zero gives 1.
func (d Decimal) lastDigitUnit() float64 {
	n := d.normalize()
	if n.Coef == 0 {
		return math.Pow10(int(d.Exp))
	}
	return math.Pow10(int(n.Exp))
}

// roundingHalfWidth returns half a unit in the last written digit of d:
// 0.5 for 279, 0.05e9 for 2.5e9 written (25, 8).
func (d Decimal) roundingHalfWidth() float64 { return 0.5 * math.Pow10(int(d.Exp)) }

// thousandsGroups reports whether groups are digits grouped by thousands:
// "1,000", "12,345,678".
func thousandsGroups(groups []string) bool {
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// indianGroups reports whether groups are digits grouped as India writes
// them, as the extractor reads them: three digits last, pairs before, one
// or two first ("1,00,000" is a lakh, "12,34,56,789").
func indianGroups(groups []string) bool {
	n := len(groups)
	if n < 3 || len(groups[n-1]) != 3 || len(groups[0]) == 0 || len(groups[0]) > 2 {
		return false
	}
	for _, g := range groups[1 : n-1] {
		if len(g) != 2 {
			return false
		}
	}
	return true
}
