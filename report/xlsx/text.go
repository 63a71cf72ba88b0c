package xlsx

import (
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// MaxCellChars is the most UTF-16 code units a spreadsheet cell holds
// (Excel's limit, which LibreOffice and openpyxl share). Longer text is cut
// and ends with a marker that says so: see Write.
const MaxCellChars = 32767

// A TextError reports document text that cannot be written into a
// spreadsheet: a control character XML 1.0 cannot carry, or invalid UTF-8.
type TextError struct {
	Where  string // what the text is: `indicator "us-trade" quote`
	Offset int    // byte offset of the bad character in the text
	Rune   rune   // the character, or utf8.RuneError for invalid UTF-8
}

// Error says which indicator and field hold the text, and what is wrong with it.
func (e *TextError) Error() string {
	if e.Rune == utf8.RuneError {
		return fmt.Sprintf("xlsx: %s: invalid UTF-8 at byte %d", e.Where, e.Offset)
	}
	return fmt.Sprintf("xlsx: %s: control character U+%04X at byte %d cannot be written to a spreadsheet (XML 1.0 forbids it); remove it from the catalog", e.Where, e.Rune, e.Offset)
}

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
			return "", &TextError{Where: where, Offset: i, Rune: rune(s[i])}
		}
	}
	if ascii {
		if len(s) <= MaxCellChars {
			return s, nil
		}
		return truncate(s, len(s)), nil
	}
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return "", &TextError{Where: where, Offset: i, Rune: utf8.RuneError}
			}
		}
		if !indicators.IsXMLChar(r) {
			return "", &TextError{Where: where, Offset: i, Rune: r}
		}
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
