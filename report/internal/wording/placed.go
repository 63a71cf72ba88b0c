package wording

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// Placed returns the labels of a view's bars named by their places where
// the place is what differs: each bar is of one place of its own
// (entities, one code a bar, none twice), and some label does not start
// with its place's name. Each bar is then labelled by its place first:
//
//   - a title that names its place among other words keeps, after the
//     place, in brackets, what its title says that the view's title and
//     the other titles naming their places do not all say: "Lowest local
//     authority obesity prevalence, reception (Kingston upon Thames)"
//     under "Lowest and highest local authority obesity prevalence" is
//     "Kingston upon Thames (lowest, reception)" (s21o-obesity);
//   - a title that does not name its place, beside bars all labelled by
//     theirs, is its place alone: "All persons" beside "England",
//     "Wales" is "United Kingdom" (s21o-suicide).
//
// labels are returned unchanged where no bar needs its place, where a
// place has no name, or where a label would then read like another's;
// then, where a bar's place holds another's, that bar names its place
// after its label (nationalPlaced).
func Placed(viewTitle string, titles, labels []string, entities [][]string) []string {
	out := placedFirst(viewTitle, titles, labels, entities)
	if slices.Equal(out, labels) && len(entities) == len(labels) && len(titles) == len(labels) {
		if national, ok := nationalPlaced(titles, labels, entities); ok {
			return national
		}
	}
	return out
}

// placedFirst is Placed of bars each of one place of its own, named first.
func placedFirst(viewTitle string, titles, labels []string, entities [][]string) []string {
	if len(titles) < 2 || len(titles) != len(labels) || len(entities) != len(titles) {
		return labels
	}
	names := make([]string, len(titles))
	seen := map[string]bool{}
	need := false
	for i, e := range entities {
		if len(e) != 1 || seen[e[0]] {
			return labels
		}
		seen[e[0]] = true
		n := indicators.EntityName(e[0])
		if n == "" || n == e[0] {
			return labels
		}
		names[i] = n
		if !startsWithPhrase(labels[i], n) {
			need = true
		}
	}
	if !need {
		return labels
	}
	// The rest of each title that names its place, the place taken out.
	rests := make([][]string, len(titles))
	named := make([]bool, len(titles))
	for i, t := range titles {
		if head, ok := placeLast(t, names[i]); ok {
			named[i] = true
			rests[i] = strings.Fields(head)
		}
	}
	// Bars of one title that names no place, each of a place of its
	// own, differ by their places alone: each is its place's name, never
	// the words its quote puts before its figure ("East" of "fell in the
	// North East (2.3%)", "UK fell by", s28y-wellbeing).
	if !slices.Contains(named, true) && !slices.ContainsFunc(titles, func(t string) bool { return !strings.EqualFold(t, titles[0]) }) {
		return names
	}
	// A word every such rest says, which the view's title says too, is
	// said once, by the title.
	low := strings.ToLower(viewTitle)
	common := map[string]bool{}
	first := true
	for i, r := range rests {
		if !named[i] {
			continue
		}
		here := map[string]bool{}
		for _, w := range r {
			if k := plainWord(w); k != "" && hasWords(low, k) {
				here[k] = true
			}
		}
		if first {
			common, first = here, false
			continue
		}
		for k := range common {
			if !here[k] {
				delete(common, k)
			}
		}
	}
	out := make([]string, len(labels))
	done := map[string]bool{}
	for i := range labels {
		switch {
		case startsWithPhrase(labels[i], names[i]):
			out[i] = labels[i]
		case named[i]:
			// A word taken out leaves its brackets and comma: "Lowest
			// local authority obesity prevalence, reception" is "Lowest,
			// reception", "Vacancy rate (truly vacant dwellings, share of
			// all dwellings)" "(truly vacant)", never "(truly vacant"
			// (s31b-emptyhomes).
			var kept []string
			for _, w := range rests[i] {
				if !common[plainWord(w)] {
					kept = append(kept, w)
					continue
				}
				core := strings.TrimLeft(w, "([")
				kept = append(kept, w[:len(w)-len(core)], strings.TrimLeftFunc(core, func(r rune) bool { return !strings.ContainsRune(")],", r) }))
			}
			rest := strings.TrimSpace(strings.Trim(tidyPunct(strings.Join(kept, " ")), " ,;:"))
			if inner, ok := strings.CutPrefix(rest, "("); ok && strings.HasSuffix(inner, ")") && Balanced(inner[:len(inner)-1]) {
				rest = inner[:len(inner)-1] // "England (truly vacant)", not "England ((truly vacant))"
			}
			out[i] = names[i]
			if rest != "" {
				out[i] += " (" + lowerFirstWord(rest) + ")"
			}
		default:
			out[i] = names[i]
		}
		if done[strings.ToLower(out[i])] {
			return labels
		}
		done[strings.ToLower(out[i])] = true
	}
	// A bar whose title names no place is its place alone only beside
	// bars all labelled by theirs.
	for i := range out {
		if !named[i] && !startsWithPhrase(labels[i], names[i]) {
			if NamesPlace(titles[i], entities[i][0]) {
				return labels // "U.S. foreign direct investment stock in Japan" names its place its own way
			}
			for j := range out {
				if j != i && !startsWithPhrase(labels[j], names[j]) {
					return labels
				}
			}
		}
	}
	return out
}

// nationalPlaced returns labels with the place of each bar of a place
// another bar's lies within (the country of a local area's bar) after
// it, where its title names no place: "With a third-level qualification,
// Ireland" beside "In Dún Laoghaire-Rathdown with a third level
// education", where the national bars said no place and the subtitle
// none either (s26w-language). ok is false where no bar's place holds
// another's, or a place has no name.
func nationalPlaced(titles, labels []string, entities [][]string) ([]string, bool) {
	outer := make([]bool, len(titles))
	any := false
	for i, e := range entities {
		if len(e) != 1 {
			return nil, false
		}
		for j, o := range entities {
			if j != i && len(o) == 1 && o[0] != e[0] && indicators.EntityWithin(o[0], e[0]) {
				outer[i], any = true, true
			}
		}
	}
	if !any {
		return nil, false
	}
	out := slices.Clone(labels)
	for i, t := range titles {
		if !outer[i] || NamesPlace(t, entities[i][0]) || NamesPlace(labels[i], entities[i][0]) {
			continue
		}
		n := indicators.EntityName(entities[i][0])
		if n == "" || n == entities[i][0] {
			return nil, false
		}
		out[i] = labels[i] + ", " + n
	}
	return out, true
}

// placeLast returns title without its place, name, where the title
// ends on it as a qualifier, in brackets ("…, reception (Kingston upon
// Thames)") or after a comma ("…, Wales"); a place inside the title's
// words ("Countries the United States is to partner with") is no
// qualifier, and ok is false.
func placeLast(title, name string) (head string, ok bool) {
	t := strings.TrimSpace(title)
	if h, found := strings.CutSuffix(t, "("+name+")"); found && !strings.EqualFold(h, "") {
		return strings.TrimSpace(h), strings.TrimSpace(h) != ""
	}
	at := phraseAt(t, name)
	if at <= 0 || at+len(name) != len(t) {
		return "", false
	}
	h := strings.TrimSpace(t[:at])
	if !strings.HasSuffix(h, ",") {
		return "", false
	}
	return strings.TrimSuffix(h, ","), true
}

// plainWord returns w in lower case without the punctuation around it.
func plainWord(w string) string {
	return strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }))
}

// tidyPunct drops the brackets left empty, the spaces inside brackets
// and the commas left doubled or before a closing bracket where words
// were taken out: "reception ()" is "reception", "lowest , reception"
// "lowest, reception", "( truly vacant, )" "(truly vacant)".
func tidyPunct(s string) string {
	for _, r := range [][2]string{{"( ", "("}, {" )", ")"}, {"()", ""}, {" ,", ","}, {",,", ","}, {",)", ")"}, {"  ", " "}} {
		for strings.Contains(s, r[0]) {
			s = strings.ReplaceAll(s, r[0], r[1])
		}
	}
	return strings.TrimSpace(s)
}

// startsWithPhrase reports whether s starts with phrase, whole words,
// case aside.
func startsWithPhrase(s, phrase string) bool {
	return phraseAt(s, phrase) == 0
}

// phraseAt returns where phrase stands in s as whole words, case
// aside, and -1 where it does not.
func phraseAt(s, phrase string) int {
	ls, lp := strings.ToLower(s), strings.ToLower(phrase)
	for from := 0; ; {
		i := strings.Index(ls[from:], lp)
		if i < 0 || lp == "" {
			return -1
		}
		i += from
		end := i + len(lp)
		if (i == 0 || !isWordByte(ls[i-1])) && (end == len(ls) || !isWordByte(ls[end])) {
			return i
		}
		from = i + 1
	}
}

// isWordByte reports whether b is an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9'
}
