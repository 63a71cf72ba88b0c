package wording

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// EntityLabel returns an entity code as a reader of the book reads it:
// a region's name with its code ("Central America (013)"), a country's
// ("Japan (JP)"), or the code itself where no name is known. The CSV and
// the JSON keep the codes.
func EntityLabel(code string) string {
	name := indicators.EntityName(code)
	if name == "" || name == code {
		return code
	}
	return name + " (" + code + ")"
}

// UnitWords returns unit u in words, as the book names it beside its
// figures: "percentage points", "percent", "vacancies" (a count's noun,
// plural), "USD", "SDR" (the code documents write for XDR,
// indicators.CurrencySign), "USD per barrel". The CSV and the JSON keep
// u.String() ("percentage_point").
func UnitWords(u indicators.Unit) string {
	if u.Per != "" {
		base := u
		base.Per = ""
		if b := UnitWords(base); b != "" {
			return b + " per " + u.Per
		}
		return "per " + u.Per
	}
	switch u.Kind {
	case indicators.PercentagePoint:
		return "percentage points"
	case indicators.Count:
		return indicators.Plural(u.Name)
	case indicators.Money:
		if sign := strings.TrimSpace(indicators.CurrencySign(u)); isLetters(sign) {
			return sign // "SDR"
		}
	}
	return strings.ReplaceAll(u.String(), "_", " ")
}

// isLetters reports whether s is one or more ASCII letters.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// SourceName returns the name a reader sees for source s beside a
// figure, in a bar's label, a series point or a claim's line: its short
// name ("BEA 2015", indicators.Source.ShortName) where it has a short
// name or a publisher; else the head of its title, up to a colon (after
// it, where the head is a label in capitals such as "FACT SHEET") or a
// comma and at most five words, with its year ("GDP quarterly national
// accounts 2024"); else nothing. A catalog's source ID (a draft's "doc")
// is an internal name and never shown.
func SourceName(s *indicators.Source) string {
	if strings.TrimSpace(s.Short) != "" {
		return s.ShortName()
	}
	if pub := strings.TrimSpace(s.Publisher); pub != "" {
		head, _, _ := strings.Cut(pub, ",")
		head = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(head), "The "))
		if len(strings.Fields(head)) <= 3 {
			return s.ShortName()
		}
		// ShortName would make initials ("UMD" of "UK Ministry of
		// Defence", "DL" of "U.S. Department of Labor"): only the
		// publisher's own, as its text writes them ("MOD", "DOL");
		// else its name spelt out.
		name := ownInitials(head, s.Text)
		if name == "" {
			name = head
		}
		if y := s.Issued.Year; y != 0 {
			name += " " + strconv.Itoa(y)
		}
		return name
	}
	head, rest, _ := strings.Cut(s.Title, ":")
	if strings.ToUpper(head) == head && strings.TrimSpace(rest) != "" {
		head = rest // "FACT SHEET: U.S.-Japan Cooperation …"
	}
	head, _, _ = strings.Cut(head, ",")
	words := strings.Fields(head)
	if len(words) == 0 {
		return ""
	}
	if len(words) > 5 {
		words = append(words[:5:5], "…")
	}
	name := strings.Join(words, " ")
	if y := s.Issued.Year; y != 0 && !strings.Contains(name, strconv.Itoa(y)) {
		name += " " + strconv.Itoa(y)
	}
	return name
}

// ownInitials returns the initials of the publisher name that its text
// writes as a word, or "": the first letters of its words, with or
// without its small words ("of", "for") and a leading code in capitals
// ("UK"), words with a dot left out ("U.S."): "MOD" of "UK Ministry of
// Defence", "ONS" of "Office for National Statistics".
func ownInitials(name, text string) string {
	words := strings.Fields(name)
	var cands []string
	for _, lead := range []bool{true, false} {
		for _, small := range []bool{true, false} {
			var b strings.Builder
			for i, w := range words {
				r := []rune(w)
				switch {
				case strings.Contains(w, "."):
					continue
				case i == 0 && !lead && len(r) <= 3 && strings.ToUpper(w) == w:
					continue
				case !unicode.IsUpper(r[0]) && !small:
					continue
				}
				b.WriteRune(unicode.ToUpper(r[0]))
			}
			if c := b.String(); len(c) >= 2 && !slices.Contains(cands, c) {
				cands = append(cands, c)
			}
		}
	}
	for _, c := range cands {
		for i := 0; ; {
			j := strings.Index(text[i:], c)
			if j < 0 {
				break
			}
			at, end := i+j, i+j+len(c)
			before, _ := utf8.DecodeLastRuneInString(text[:at])
			after, _ := utf8.DecodeRuneInString(text[end:])
			if !unicode.IsLetter(before) && !unicode.IsLetter(after) {
				return c
			}
			i = end
		}
	}
	return ""
}
