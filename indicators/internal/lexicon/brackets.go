package lexicon

import "strings"

// OutsideBrackets returns s with every bracketed aside left out: "(36%)"
// of "more employees having membership of this type of pension (36%) than
// any other" is the figure of the place, not words of the comparison. A
// closing bracket with no opening one is dropped too.
func OutsideBrackets(s string) string {
	if !strings.ContainsAny(s, "()") {
		return s
	}
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth = max(0, depth-1)
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
