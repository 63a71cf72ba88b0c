package indicators

import (
	"fmt"
	"regexp"
	"strings"
)

// fromToClause matches a quote's "from X in T0 to Y in T1" in lower
// case, folded: the two figures (their numbers, after a currency sign if
// any) and the two periods, a year or a year across two ("2015-16",
// "2015/16"), each figure's words of unit between it and its "in".
var fromToClause = regexp.MustCompile(`\bfrom (?:[£$€¥]|us\$)?([0-9][0-9,.]*)[^;:()0-9]{0,30}? in ((?:19|20)[0-9][0-9](?:[-/][0-9][0-9])?) to (?:[£$€¥]|us\$)?([0-9][0-9,.]*)[^;:()0-9]{0,30}? in ((?:19|20)[0-9][0-9](?:[-/][0-9][0-9])?)\b`)

// firstNumber returns the first number of s, its digits with their
// separators ("9.3" of "about 9.3 per cent"), or "".
func firstNumber(s string) string {
	i := strings.IndexAny(s, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ',' || s[j] == '.') {
		j++
	}
	return strings.TrimRight(s[i:j], ".,")
}

// fromToPeriod says what period to write for ind where its quote pairs
// each figure with its own period ("from 9.3 per cent in 2015-16 to 9.6
// per cent in 2016-17") and ind states one figure with the other's
// period (9.3 per cent given 2016/17, s21o-obesity: swapped periods
// passed, and a chart would show the rise as a fall), or "".
func fromToPeriod(ind *Indicator, quote string) string {
	num := firstNumber(ind.Stated)
	if num == "" || !ind.Period.IsStated() {
		return ""
	}
	for _, m := range fromToClause.FindAllStringSubmatch(lowerASCII(foldString(quote)), -1) {
		f0, f1 := strings.TrimRight(m[1], ".,"), strings.TrimRight(m[3], ".,")
		p0, err0 := ParsePeriod(m[2])
		p1, err1 := ParsePeriod(m[4])
		if err0 != nil || err1 != nil || f0 == f1 || p0.Same(p1) {
			continue
		}
		own, other, written := p0, p1, m[2]
		switch num {
		case f0:
		case f1:
			own, other, written = p1, p0, m[4]
		default:
			continue
		}
		if ind.Period.Same(other) {
			own.Dash = false // the catalog's form: "2015/16"
			return fmt.Sprintf("the quote pairs %s with %s and %s with %s (%q): %q is of %s: write period: %s", f0, m[2], f1, m[4], strings.TrimSpace(m[0]), ind.Stated, written, own)
		}
	}
	return ""
}
