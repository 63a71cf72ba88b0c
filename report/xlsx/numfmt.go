package xlsx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// currencySigns are the currencies written with a sign, as indicators.Format
// writes them.
var currencySigns = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

// numFmt returns the Excel number format that shows d, a figure at full
// magnitude in unit u, the way the document wrote it: in its scale
// (`$#,##0,,," billion"` shows 279e9 as "$279 billion"), with the digits
// the document gave and the unit's word.
func numFmt(d indicators.Decimal, u indicators.Unit, sc indicators.Scale) string {
	decimals := 0
	if e := int(d.Shift(-sc.Exp()).Exp); e < 0 {
		decimals = -e
	}
	return numFmtDigits(decimals, u, sc)
}

// numFmtDigits is numFmt for a given number of decimals.
func numFmtDigits(decimals int, u indicators.Unit, sc indicators.Scale) string {
	decimals = min(decimals, 10)
	num := "#,##0"
	if decimals > 0 {
		num += "." + strings.Repeat("0", decimals)
	}
	num += strings.Repeat(",", sc.Exp()/3)
	scale := ""
	if sc != indicators.NoScale {
		scale = " " + sc.String()
	}
	switch u.Kind {
	case indicators.Money:
		code := u.Currency.String()
		if s, ok := currencySigns[code]; ok {
			return quote(s) + num + quote(scale)
		}
		return quote(code+" ") + num + quote(scale)
	case indicators.Percent:
		return num + quote(scale+"%")
	case indicators.PercentagePoint:
		return num + quote(scale+" pp")
	case indicators.Count:
		if sc == indicators.NoScale && decimals == 0 {
			// "1 country", "30 countries"
			return "[=1]0" + quote(" "+u.Name) + ";" + num + quote(" "+indicators.Plural(u.Name))
		}
		return num + quote(scale+" "+indicators.Plural(u.Name))
	case indicators.Rank:
		return quote("No. ") + num
	case indicators.Times:
		return num + quote(scale+" times")
	case indicators.Measure:
		sym := u.Name
		if m, ok := indicators.LookupMeasure(u.Name); ok {
			sym = m.Display
		}
		return num + quote(scale+" "+sym)
	}
	return num + quote(scale)
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
