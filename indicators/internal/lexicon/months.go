package lexicon

// Months are the names of the months, lower case, January first: the one
// month table of claimbook (review26 found six). Every reader of a
// month's name reads it, with MonthAbbrevs, each by its own rule of case
// and full stop.
var Months = []string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

// MonthAbbrevs are the short names of the months, lower case, with their
// numbers: each month's first three letters, and "sept". May has none, its
// name being three letters.
var MonthAbbrevs = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

// MonthNumber returns the number of the month w names, lower case, in
// full or by a short name of MonthAbbrevs ("september", "sep", "sept"),
// or 0. Nothing of w is folded or trimmed: a reader that takes "Dec." does
// that itself.
func MonthNumber(w string) int {
	for k, m := range Months {
		if w == m {
			return k + 1
		}
	}
	return MonthAbbrevs[w]
}

// ForeignMonths are month names of the languages European statistics
// offices date their releases in, lower case, by number (drafts43:
// Eurostat's German page "20. Juni 2017", a French "13 avril 2022").
var ForeignMonths = map[string]int{
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
	"september": 9, "oktober": 10, "november": 11, "dezember": 12,
	"janvier": 1, "février": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7, "août": 8, "septembre": 9,
	"octobre": 10, "novembre": 11, "décembre": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
	"ottobre": 10, "dicembre": 12,
}
