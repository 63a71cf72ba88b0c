package lexicon

import "strings"

// SuperscriptDigits are the digits a footnote marker may be written in
// ("Wales³").
const SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// GluedFootnote reads w as a word with a footnote marker glued to its
// end, as statistical bulletins copied as text write one ("million4" in
// "from 14.3 million4 in 2013/14", "rate1", "England2", "Wales³"), and
// returns the word and the marker. The marker is one or two digits, or
// superscript digits; the word is three letters or more, in lower case
// but perhaps its first, so "MMR1", "MenB2", "COP21", "PM10" and "CO2"
// are names, and "FY2025" and "mid2010" (more digits) years. This is the
// one definition of the marker's form: verify reads past one after a
// figure, ParseStated refuses one in a stated figure, and the extractor
// builds on it (it also keeps the words a number completes, "covid19").
func GluedFootnote(w string) (word, marker string, ok bool) {
	word = strings.TrimRightFunc(w, func(r rune) bool {
		return r >= '0' && r <= '9' || strings.ContainsRune(SuperscriptDigits, r)
	})
	marker = w[len(word):]
	plain := strings.Trim(marker, "0123456789") == ""
	switch {
	case marker == "" || len(word) < 3:
		return "", "", false
	case plain && len(marker) > 2:
		return "", "", false
	case !plain && strings.Trim(marker, SuperscriptDigits) != "":
		return "", "", false // digits and superscripts mixed
	}
	for i, r := range word {
		if !(r >= 'a' && r <= 'z' || i == 0 && r >= 'A' && r <= 'Z') {
			return "", "", false
		}
	}
	return word, marker, true
}
