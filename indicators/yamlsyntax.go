package indicators

import (
	"fmt"
	"strconv"
	"strings"
)

// A catalog is written by hand, and YAML's parser words its refusals for
// itself: "did not find expected ',' or ']'" a line after an unclosed
// bracket, "did not find expected key" at the mapping above a title
// with quotes inside its quotes. syntaxFaults reads the lines of a file
// the parser refused for the faults hands make, each at its own line
// with what to write, all in one run.

// A syntaxFault is one line's fault: its line (from 1) and what to write.
type syntaxFault struct {
	line, col int
	msg       string
}

// syntaxFaults returns the faults of src's lines, in line order: a tab in
// a line's indent, a double quote inside a double-quoted value (a single
// one inside a single-quoted value), a quote or bracket left open at the
// end of its line where the next line is no continuation, and a plain
// value that holds ": ". Lines of a block scalar ("|", ">") and comments
// are text, not read.
func syntaxFaults(src []byte) []syntaxFault {
	lines := strings.Split(string(src), "\n")
	indent := func(l string) int { return len(l) - len(strings.TrimLeft(l, " \t")) }
	next := func(i int) int { // the indent of the next line with content, -1 at the end
		for _, l := range lines[i+1:] {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "#") {
				return indent(l)
			}
		}
		return -1
	}
	var out []syntaxFault
	col := 1 // the column of the line's value, where its fault is
	add := func(i int, format string, args ...any) {
		out = append(out, syntaxFault{i + 1, col, fmt.Sprintf(format, args...)})
	}
	block := -1 // the indent of a block scalar's key line while in one
	prev := 0   // the indent of the previous line's content
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if block >= 0 && indent(l) > block {
			continue
		}
		block = -1
		col = 1
		if lead := l[:indent(l)]; strings.Contains(lead, "\t") {
			add(i, "a tab indents this line: YAML indents with spaces only: write it with %d spaces before %q, as the line above", prev, strings.Fields(t)[0])
			continue
		}
		body := t
		for strings.HasPrefix(body, "- ") {
			body = strings.TrimLeft(body[2:], " ")
		}
		prev = indent(l) + len(t) - len(body)
		key, v := "", body
		if k, rest, ok := strings.Cut(body, ":"); ok && (rest == "" || rest[0] == ' ') && !strings.ContainsAny(k, " \"'[{") {
			key, v = k, strings.TrimSpace(rest)
		}
		write := func(val string) string {
			if key == "" {
				return "- " + val
			}
			return key + ": " + val
		}
		if v == "" {
			continue
		}
		col = len(strings.TrimRight(l, " \r")) - len(v) + 1
		open := next(i) <= indent(l) // the next line is no continuation of this one
		switch v[0] {
		case '|', '>':
			block = indent(l)
		case '"', '\'':
			q := v[0]
			end := closingQuote(v)
			switch {
			case end < 0 && open:
				add(i, "the quote %c opened here is not closed: write %s", q, write(quoted(v[1:])))
			case end > 0 && strings.TrimSpace(v[end+1:]) != "" && !strings.HasPrefix(strings.TrimSpace(v[end+1:]), "#"):
				inner := v[1:strings.LastIndexByte(v, q)]
				add(i, "a %c inside a value quoted with %c ends it early: write %s", q, q, write(quoted(inner)))
			}
		case '[', '{':
			if at, c, fixed := flowItemFault(v); c != "" {
				col += at
				add(i, "an item of a [...] list that holds %q is read as YAML, not text: quote it: write %s", c, write(fixed))
			} else if depth := flowDepth(v); depth > 0 && open {
				add(i, "the %c opened here is not closed on its line: write %s", v[0], write(strings.TrimRight(v, ", ")+strings.Repeat(map[byte]string{'[': "]", '{': "}"}[v[0]], depth)))
			}
		default:
			if c := plainIndicator(v); key != "" && c != "" {
				add(i, "a value that starts with %q is read as YAML, not text: quote it: write %s", c, write(strconv.Quote(v)))
			} else if key != "" && strings.Contains(v, ": ") {
				add(i, "a value that holds \": \" is quoted: write %s", write(strconv.Quote(v)))
			}
		}
	}
	return out
}

// quoted returns s as a YAML value in quotes: in single quotes where s
// holds none (so that its double quotes stay as written), else in
// double quotes with escapes.
func quoted(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "'") {
		return "'" + s + "'"
	}
	return strconv.Quote(s)
}

// closingQuote returns the index in v of the quote that closes the one v
// starts with (a backslash escapes within double quotes, two single
// quotes are one within single quotes), or -1.
func closingQuote(v string) int {
	q := v[0]
	for j := 1; j < len(v); j++ {
		switch {
		case q == '"' && v[j] == '\\':
			j++
		case v[j] == q && q == '\'' && j+1 < len(v) && v[j+1] == '\'':
			j++
		case v[j] == q:
			return j
		}
	}
	return -1
}

// flowDepth returns how many of the brackets and braces v opens, outside
// quotes, are still open at its end.
func flowDepth(v string) int {
	depth := 0
	for j := 0; j < len(v); j++ {
		switch v[j] {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
		case '"', '\'':
			k := closingQuote(v[j:])
			if k < 0 {
				return depth
			}
			j += k
		case '#':
			if j > 0 && v[j-1] == ' ' {
				return depth
			}
		}
	}
	return depth
}

// plainIndicator returns the mark a plain value starts with that YAML
// reads as its own ("*" an alias, "&" an anchor, "!" a tag, "%" a
// directive, "@" and "`" reserved, "? ", "- ", "| " and "> " a key, an
// item or a block with text after it), or "": "*Provisional figures" and
// "@home" are refused, "&Co results" loses "&Co".
func plainIndicator(v string) string {
	switch {
	case strings.IndexByte("*&!%@`", v[0]) >= 0:
		return v[:1]
	case len(v) > 2 && strings.IndexByte("?-|>", v[0]) >= 0 && v[1] == ' ':
		return v[:2]
	}
	return ""
}

// flowItemFault reads a one-line flow list v ("[Key results, What do the
// figures tell us?]") for a plain item that holds what YAML reads in a
// flow ("?", ": ", " #", a bracket or brace, or a mark plainIndicator
// reads), and returns its offset in v, the mark, and the list with every
// item quoted; "" where none does.
func flowItemFault(v string) (at int, mark, fixed string) {
	if !strings.HasPrefix(v, "[") || !strings.HasSuffix(v, "]") || strings.ContainsAny(v, "\"'") {
		return 0, "", ""
	}
	items := strings.Split(v[1:len(v)-1], ",")
	quotedItems := make([]string, len(items))
	off := 1
	for i, it := range items {
		t := strings.TrimSpace(it)
		quotedItems[i] = strconv.Quote(t)
		m := ""
		for _, c := range []string{"?", ": ", " #", "[", "]", "{", "}"} {
			if strings.Contains(t, c) {
				m = strings.TrimSpace(c)
				break
			}
		}
		if t != "" && m == "" {
			m = plainIndicator(t)
		}
		if m != "" && mark == "" {
			at, mark = off+len(it)-len(strings.TrimLeft(it, " ")), m
		}
		off += len(it) + 1
	}
	if mark == "" {
		return 0, "", ""
	}
	return at, mark, "[" + strings.Join(quotedItems, ", ") + "]"
}
