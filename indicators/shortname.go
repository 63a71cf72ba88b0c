package indicators

import (
	"strconv"
	"strings"
	"unicode"
)

// ShortName returns the name a chart gives s beside a figure when a view
// draws on several sources: Short if the catalog gives one (Our World in
// Data's attribution_short), else the publisher, with the year issued
// unless the name holds it: "White House 2014". A publisher of more
// than three words is written as the initials of its capitalised words,
// "U.S. Bureau of Economic Analysis, Survey of Current Business" as "BEA
// 2014" (words with a full stop, such as "U.S.", are left out); only the
// part before the first comma counts, and a leading "The" is dropped. A
// publisher that gives its own abbreviation in brackets, "UK Ministry of
// Defence (MOD)", is that abbreviation: "MOD 2024", never initials the
// publisher does not use. Without a publisher it is the source's ID and
// year.
func (s *Source) ShortName() string {
	if short := strings.TrimSpace(s.Short); short != "" {
		if y := s.Issued.Year; y != 0 && !strings.Contains(short, strconv.Itoa(y)) {
			short += " " + strconv.Itoa(y) // "BEA" from BEA's 2015 article: "BEA 2015"
		}
		return short
	}
	name, _, _ := strings.Cut(s.Publisher, ",")
	name = strings.TrimSpace(name)
	name = strings.TrimSpace(strings.TrimPrefix(name, "The "))
	if abbr := ownAbbreviation(name); abbr != "" {
		name = abbr
	} else if words := strings.Fields(name); len(words) > 3 {
		var initials []rune
		for _, w := range words {
			r := []rune(w)
			if unicode.IsUpper(r[0]) && !strings.Contains(w, ".") {
				initials = append(initials, r[0])
			}
		}
		if len(initials) >= 2 {
			name = string(initials)
		}
	}
	if name == "" {
		name = s.ID
	}
	if s.Issued.Year != 0 {
		name += " " + strconv.Itoa(s.Issued.Year)
	}
	return name
}

// ownAbbreviation returns the abbreviation a name gives itself in brackets
// at its end, "MOD" of "Ministry of Defence (MOD)", "StatCan" of
// "Statistics Canada (StatCan)", or "": one word of two to ten letters,
// digits or "&", starting with a capital and holding at least two ("Canada"
// in "Ministry of Health (Canada)" is no abbreviation).
func ownAbbreviation(name string) string {
	open := strings.LastIndexByte(name, '(')
	if open <= 0 || !strings.HasSuffix(name, ")") {
		return ""
	}
	abbr := name[open+1 : len(name)-1]
	if len(abbr) < 2 || len(abbr) > 10 || abbr[0] < 'A' || abbr[0] > 'Z' {
		return ""
	}
	capitals := 0
	for i := 0; i < len(abbr); i++ {
		switch c := abbr[i]; {
		case c >= 'A' && c <= 'Z':
			capitals++
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '&':
		default:
			return ""
		}
	}
	if capitals < 2 {
		return ""
	}
	return abbr
}
