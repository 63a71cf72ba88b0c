package wording

import (
	"strconv"
	"strings"
)

// YearDashes returns title with each year across two, or span of years,
// that it writes with a hyphen ("2018-19", "2001-2018") written with the
// en dash, as every output labels a period ("2018–19"): a chart titled
// "…, 2018-19" over a footer and bars of "2018–19" read as a typing slip
// (s33d-adoption). A hyphen between digits that are no such years is
// kept: a date ("2018-05-01"), a range of counts ("1500-20"), a code.
func YearDashes(title string) string {
	if !strings.Contains(title, "-") {
		return title
	}
	var sb strings.Builder
	last := 0
	for i := 4; i+2 < len(title); i++ {
		if title[i] != '-' || !digitsAt(title, i-4, 4) || i > 4 && isDigitOrWord(title[i-5]) {
			continue
		}
		n := 0
		for i+1+n < len(title) && title[i+1+n] >= '0' && title[i+1+n] <= '9' {
			n++
		}
		end := i + 1 + n
		if n != 2 && n != 4 || end < len(title) && (isDigitOrWord(title[end]) || title[end] == '-') {
			continue
		}
		y, _ := strconv.Atoi(title[i-4 : i])
		z, _ := strconv.Atoi(title[i+1 : end])
		if y < 1800 || y > 2199 || n == 2 && z != (y+1)%100 || n == 4 && (z <= y || z > 2199) {
			continue
		}
		sb.WriteString(title[last:i])
		sb.WriteString("–")
		last = i + 1
	}
	if last == 0 {
		return title
	}
	sb.WriteString(title[last:])
	return sb.String()
}

// digitsAt reports whether s holds n ASCII digits from i.
func digitsAt(s string, i, n int) bool {
	if i < 0 || i+n > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isDigitOrWord reports whether c, a byte beside a number, joins it to a
// longer token: a digit, a letter, or a mark of a date or code.
func isDigitOrWord(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '/' || c == '.' || c == '_'
}
