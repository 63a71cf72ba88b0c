package xlsx

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// MaxCellChars is the most UTF-16 code units a spreadsheet cell holds
// (Excel's limit, which LibreOffice and openpyxl share). Longer text is cut
// and ends with a marker that says so: see Write.
const MaxCellChars = 32767

// A TextError is catalog text a spreadsheet cannot carry; it is the one
// indicators.TextError, with Output "xlsx".
type TextError = indicators.TextError

// checkText returns s as a cell can hold it: an error for characters XML
// cannot carry, and text over MaxCellChars cut with a marker saying how
// long the full text is. Text is always written as a string cell, so a
// leading =, +, -, @, tab or CR never makes it a formula.
func checkText(where, s string) (string, error) {
	n16 := 0
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
		if s[i] < 0x20 && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
			return "", indicators.CheckOutputText("xlsx", where, s)
		}
	}
	if ascii {
		if len(s) <= MaxCellChars {
			return s, nil
		}
		return truncate(s, len(s)), nil
	}
	if err := indicators.CheckOutputText("xlsx", where, s); err != nil {
		return "", err
	}
	for _, r := range s {
		n16 += utf16.RuneLen(r)
	}
	if n16 <= MaxCellChars {
		return s, nil
	}
	return truncate(s, utf8.RuneCountInString(s)), nil
}

// truncate cuts s, of n characters, to fit a cell with a marker at the end.
func truncate(s string, n int) string {
	marker := " […truncated: the full text has " + strconv.Itoa(n) + " characters; see the catalog]"
	limit := MaxCellChars - len(utf16.Encode([]rune(marker)))
	used := 0
	for i, r := range s {
		if used+utf16.RuneLen(r) > limit {
			return s[:i] + marker
		}
		used += utf16.RuneLen(r)
	}
	return s + marker
}

// cutWords returns s whole if it has at most n characters, else its
// words that fit in n-1 characters and an ellipsis (a single word longer
// than that is cut inside).
func cutWords(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	if i := strings.LastIndexByte(string(r), ' '); i > 0 {
		return strings.TrimRight(string(r)[:i], " ,;:–-") + "…"
	}
	return string(r) + "…"
}
