package indicators

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// ShortName returns the name a reader sees for s beside a figure, in a
// bar's label, a series point, a claim's line or a chart's footer when a
// view draws on several sources: Short if the catalog gives one (Our World
// in Data's attribution_short), with the year issued unless it holds it
// ("BEA 2015"); else the publisher and that year, where only the part
// before the first comma counts and a leading "The" is dropped ("White
// House 2014"), unless the comma lists the body's remits ("Department for
// Environment, Food & Rural Affairs" is whole). A publisher that gives its own abbreviation in brackets
// ("UK Ministry of Defence (MOD)"), at the end of its whole name or of the
// part before its first comma, is that abbreviation ("Department of
// Climate Change, Energy, the Environment and Water (DCCEEW)" is DCCEEW); one of more than
// three words is written as its initials only where the source's own text
// writes them ("MOD" of "UK Ministry of Defence", "BEA" of "U.S. Bureau of
// Economic Analysis"), else spelt out, never as initials the publisher
// does not use ("UMD"). Without a publisher it is the head of the title,
// up to a colon (after it, where the head is a label in capitals such as
// "FACT SHEET") or a comma and at most five words, with the year ("GDP
// quarterly national accounts 2024"); else "". The source's ID (a draft's
// "doc") is an internal name and never shown.
func (s *Source) ShortName() string {
	year := func(name string) string {
		if y := s.Dated().Year; y != 0 && !strings.Contains(name, strconv.Itoa(y)) {
			return name + " " + strconv.Itoa(y) // "BEA" from BEA's 2015 article: "BEA 2015"
		}
		return name
	}
	if short := strings.TrimSpace(s.Short); short != "" {
		return year(short)
	}
	if abbr := ownAbbreviation(strings.TrimSpace(s.Publisher)); abbr != "" {
		// The whole name's own abbreviation comes first: "Department of
		// Climate Change, Energy, the Environment and Water (DCCEEW)" is
		// DCCEEW, not the part before its first comma.
		return year(abbr)
	}
	if name := publisherHead(s.Publisher); strings.TrimSpace(name) != "" {
		name = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), "The "))
		if abbr := ownAbbreviation(name); abbr != "" {
			name = abbr
		} else if len(strings.Fields(name)) > 3 {
			if in := ownInitials(name, s.Text); in != "" {
				name = in
			}
		}
		return year(name)
	}
	head, rest, _ := strings.Cut(s.Title, ":")
	if strings.ToUpper(head) == head && strings.TrimSpace(rest) != "" {
		head = rest // "FACT SHEET: U.S.-Japan Cooperation …"
	}
	head, _, _ = strings.Cut(head, ",")
	for _, dash := range []string{" - ", " – ", " — "} {
		head, _, _ = strings.Cut(head, dash) // "Money and Credit - January 2020": its edition
	}
	words := strings.Fields(head)
	cut := false
	if len(words) > 5 {
		cut = slices.ContainsFunc(words[5:], func(w string) bool { return !periodWord(w) })
		words = words[:5]
	}
	for len(words) > 1 && periodWord(words[len(words)-1]) {
		// "January 2020" at the end says the edition, which the year
		// issued says again: dropped, not cut with "…".
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return ""
	}
	if cut {
		words = append(words, "…")
	}
	return year(strings.Join(words, " "))
}

// publisherHead returns the part of a publisher's name before its first
// comma, "White House" of "The White House, Office of the Press
// Secretary", or the whole name where the comma lists the body's own
// remits: the part after it is a list of at most four words an item, whose
// last item is joined by "and" or "&", and ends in no body's noun (lexicon.BodyWords)
// ("Department for Environment, Food & Rural Affairs", "Ministry of
// Health, Labour and Welfare"; not "U.S. Department of Labor, Employment
// and Training Administration", a body under it). A head that closes a
// bracket ("… of Labor (DOL), …") is whole already.
func publisherHead(p string) string {
	head, rest, ok := strings.Cut(p, ",")
	if !ok || strings.HasSuffix(strings.TrimSpace(head), ")") {
		return head
	}
	items := strings.Split(rest, ",")
	last := strings.Fields(items[len(items)-1])
	if len(last) == 0 || slices.Contains(lexicon.BodyWords, last[len(last)-1]) ||
		!slices.ContainsFunc(last, func(w string) bool { return w == "and" || w == "&" }) {
		return head
	}
	for _, it := range items {
		if f := strings.Fields(it); len(f) == 0 || len(f) > 4 || slices.Contains(f, "of") || slices.Contains(f, "for") {
			return head
		}
	}
	return p
}

// periodWord reports whether w, a word of a title, names a period: a
// month, a year, a quarter ("Q3", "quarter") or a dash between them.
func periodWord(w string) bool {
	w = strings.Trim(w, "().")
	if w == "" || w == "-" || w == "–" || w == "—" || w == "to" || strings.EqualFold(w, "quarter") {
		return true
	}
	if len(w) == 4 && strings.Trim(w, "0123456789") == "" {
		return true
	}
	if len(w) == 2 && (w[0] == 'Q' || w[0] == 'q') && w[1] >= '1' && w[1] <= '4' {
		return true
	}
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(w, m.String()) || strings.EqualFold(w, m.String()[:3]) {
			return true
		}
	}
	return false
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
