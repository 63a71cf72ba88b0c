package indicators

import (
	"strconv"
	"strings"
)

// DateWords returns words, a text split at its spaces, with each date's
// words joined into one, so that a renderer that wraps at words keeps a
// date whole: a day before a month's name ("31 March"), a month's name
// before a year ("March 2015", "Sep 2024"), so "31 March 2015" is one
// word. A slide title split "31" / "March 2015" (s18k-children) and a
// bar label "1 October" / "2023)" (s18k-defence). Months are read as
// periods read them (monthWord).
func DateWords(words []string) []string {
	var out []string
	for i := 0; i < len(words); i++ {
		w := words[i]
		for i+1 < len(words) && datePair(words[i], words[i+1]) {
			i++
			w += " " + words[i]
		}
		out = append(out, w)
	}
	return out
}

// datePair reports whether a and b are two words of one date: a day (1
// to 31) and a month's name, or a month's name, with no comma after it,
// and a year of four digits.
func datePair(a, b string) bool {
	month := func(w string) bool {
		return monthWord(strings.ToLower(strings.TrimRight(w, ".,;:)"))) != 0
	}
	if d, err := strconv.Atoi(strings.TrimLeft(a, "(")); err == nil && d >= 1 && d <= 31 && month(b) {
		return true
	}
	y := strings.TrimRight(b, ".,;:)")
	return !strings.HasSuffix(a, ",") && month(a) && len(y) == 4 && strings.Trim(y, "0123456789") == ""
}
