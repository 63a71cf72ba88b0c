package xlsx

import (
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// MaxNameLen is the longest defined name the book writes, suffix included:
// Excel's limit (MS-XLSB 2.5.166 XLNameWideString).
const MaxNameLen = 255

// maxBase is the longest name DefinedName returns, so that the name with
// _HIGH appended still fits MaxNameLen.
const maxBase = MaxNameLen - len("_HIGH")

// DefinedName returns the workbook defined name of the indicator or derived
// indicator with the given ID: the ID in upper case, every character other
// than an ASCII letter or digit made an underscore ("us-japan-trade-2014"
// is US_JAPAN_TRADE_2014). A range also has the names DefinedName(id) +
// "_LOW" and + "_HIGH" for its ends.
//
// A name a spreadsheet would refuse or read as something else gets a
// leading underscore: a name starting with a digit (_2015_TARGET), TRUE or
// FALSE, a cell reference in A1 style (_A1, _XFD1048576, _LOG10), a name
// that is or begins with one in R1C1 style (_R, _RC, _R1C1, _C3PO), one of
// Excel's built-in names (_PRINT_AREA, __FILTERDATABASE) and the names of
// the book's tables (_INDICATORS). A name longer than MaxNameLen minus
// the 5 characters of _HIGH is cut and ends with an underscore and eight
// hex digits of a hash of the whole ID.
//
// DefinedName is deterministic and depends on the ID alone. Different IDs
// can have the same name ("us-trade", "us_trade", "US.Trade"); Write
// refuses such a catalog with an error naming them.
func DefinedName(id string) string {
	name, _ := definedName(id)
	return name
}

// definedName is DefinedName, and whether the name had to get a leading
// underscore or be cut.
func definedName(id string) (string, bool) {
	b := append([]byte{'_'}, indicators.NameOfID(id)...)
	name, changed := b[1:], false
	if nameUnsafe(name) {
		name, changed = b, true
	}
	if len(name) > maxBase {
		changed = true
		sum := strconv.AppendUint(nil, uint64(fnv32(id)), 16)
		name = append(name[:maxBase-9], '_')
		for range 8 - len(sum) {
			name = append(name, '0')
		}
		name = append(name, strings.ToUpper(string(sum))...)
	}
	return string(name), changed
}

// reservedNames are the names, in upper case, that a user's defined name
// must not take: Excel's built-in names (the table of the MS-XLS DConBin
// record; OOXML stores them as _xlnm.Print_Area and so on, and a plain
// Print_Area would be confused with them), and the book's table names,
// which share one namespace with defined names in Excel.
var reservedNames = map[string]bool{
	"CONSOLIDATE_AREA": true, "AUTO_OPEN": true, "AUTO_CLOSE": true, "EXTRACT": true,
	"DATABASE": true, "CRITERIA": true, "PRINT_AREA": true, "PRINT_TITLES": true,
	"RECORDER": true, "DATA_FORM": true, "AUTO_ACTIVATE": true, "AUTO_DEACTIVATE": true,
	"SHEET_TITLE": true, "_FILTERDATABASE": true,
	"INDICATORS": true, "DERIVED": true, "SOURCES": true,
}

// nameUnsafe reports whether name, upper-case letters, digits and
// underscores, cannot be a defined name as it is.
func nameUnsafe(name []byte) bool {
	if len(name) == 0 || isDigit(name[0]) {
		return true
	}
	if s := string(name); s == "TRUE" || s == "FALSE" || reservedNames[s] {
		return true
	}
	return isA1(name) || beginsR1C1(name)
}

// isA1 reports whether name is a cell reference in A1 style: one to three
// letters and a row number. Columns beyond XFD and rows beyond 1048576
// count too, for spreadsheets with bigger sheets.
func isA1(name []byte) bool {
	i := 0
	for i < len(name) && isUpper(name[i]) {
		i++
	}
	if i == 0 || i > 3 || i == len(name) {
		return false
	}
	for _, c := range name[i:] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// beginsR1C1 reports whether name is a cell, row or column reference in
// R1C1 style (R, C, RC, R2, C3, R1C, RC1, R1C1, C1R1), or begins with one
// that has a number (R1C1_X, C3PO, R2D2): Excel refuses both.
func beginsR1C1(name []byte) bool {
	i, numbered := 0, false
	part := func(letter byte) {
		if i < len(name) && name[i] == letter {
			i++
			for i < len(name) && isDigit(name[i]) {
				i++
				numbered = true
			}
		}
	}
	if len(name) > 0 && name[0] == 'C' {
		part('C')
		part('R')
	} else {
		part('R')
		part('C')
	}
	return i > 0 && (i == len(name) || numbered)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// fnv32 is 32-bit FNV-1a, for the hash that ends a cut name.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
