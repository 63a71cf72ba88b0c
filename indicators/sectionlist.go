package indicators

import (
	"fmt"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// One rule holds for a heading in a YAML flow list ("section: [a, b]"):
// a heading that holds ", " or ": " is quoted, or YAML splits it at the
// comma or reads it as a mapping at the colon. Either way every quote
// under that heading is refused for the one cause, so the message is given
// once, naming the list to write, and counts the other quotes
// (causeFold).

// A causeFold folds the messages of one cause met again into the first:
// "…; and 8 more quotes with this section". The zero value is empty and
// ready.
type causeFold map[string]*repeatedCause

// A repeatedCause is the first message of a cause met again, and how
// many times more.
type repeatedCause struct {
	err  *Error
	msg  string
	more int
}

// add runs push, which appends the message of cause to errs, the first
// time cause is met; after that it counts cause on that first message.
func (f *causeFold) add(errs *ErrorList, cause string, push func()) {
	if r, ok := (*f)[cause]; ok {
		r.more++
		noun := "quotes"
		if r.more == 1 {
			noun = "quote"
		}
		r.err.Msg = fmt.Sprintf("%s; and %d more %s with this section", r.msg, r.more, noun)
		return
	}
	before := len(*errs)
	push()
	if len(*errs) == before {
		return
	}
	if *f == nil {
		*f = causeFold{}
	}
	e := (*errs)[len(*errs)-1]
	(*f)[cause] = &repeatedCause{err: e, msg: e.Msg}
}

// sectionListAdvice says what to write for a section path whose headings
// a flow list split or read as mappings: every heading quoted, so a
// comma or colon inside one stays in it.
func sectionListAdvice(headings []string) string {
	q := make([]string, len(headings))
	for i, h := range headings {
		q[i] = strconv.Quote(h)
	}
	return "quote a heading that holds a comma or a colon: write section: [" + strings.Join(q, ", ") + "]"
}

// colonHeadings reads a section list some of whose items YAML read as
// one-pair mappings ("[DWP benefits statistics: February 2023, 1.
// Headlines]": the first item is the mapping "DWP benefits statistics"
// → "February 2023"), giving each such item back as the heading it was
// written as, and the index of the first such item; first is -1 when no
// item is such a mapping or an item is anything else.
func colonHeadings(n *yaml.Node) (headings []string, first int) {
	if n == nil || n.Kind != yaml.SequenceNode {
		return nil, -1
	}
	first = -1
	for i, e := range n.Content {
		switch {
		case e.Kind == yaml.ScalarNode:
			headings = append(headings, e.Value)
		case e.Kind == yaml.MappingNode && len(e.Content) == 2 &&
			e.Content[0].Kind == yaml.ScalarNode && e.Content[1].Kind == yaml.ScalarNode && !isNull(e.Content[1]):
			headings = append(headings, e.Content[0].Value+": "+e.Content[1].Value)
			if first < 0 {
				first = i
			}
		default:
			return nil, -1
		}
	}
	return headings, first
}

// section decodes a provenance's section path. A heading with ": " in a
// list is given back as written, with one message for all the quotes
// under it.
func (d *decoder) section(n *yaml.Node) []string {
	hs, first := colonHeadings(n)
	if first < 0 {
		return d.strings(n, "section")
	}
	d.folds.add(&d.errs, hs[first], func() {
		d.errorf(n.Content[first], ErrType, "section heading %q holds \": \", so the list reads it as a mapping, not a heading: %s", hs[first], sectionListAdvice(hs))
	})
	return hs
}

// joinedHeadings looks for the section path a flow list split at a
// heading's comma ("[Main Points, 2022]" for the heading "Main Points,
// 2022") that stands above the quote in before: it joins the heading at
// bad to the one before it with ", " while that finds the headings, and
// returns the joined path, or nil.
func joinedHeadings(before string, section []string, bad int) []string {
	for len(section) > 1 && bad > 0 {
		joined := append(append(append([]string{}, section[:bad-1]...), section[bad-1]+", "+section[bad]), section[bad+1:]...)
		_, next, _ := matchSection(before, joined)
		if next < 0 {
			return joined
		}
		section, bad = joined, next
	}
	return nil
}

// proseLists are the list fields a person writes in sentences, whose
// flow lists splitProse checks: a section's headings are checked apart,
// against the text above the quote.
var proseLists = map[string]bool{"notes": true}

// splitProse says what to write for a flow list of prose ("notes: [a, b,
// c]") that YAML split at the commas inside one item, or "": the same rule
// as for a heading, for every list a person writes in sentences. A list
// is taken as split where its items are plain (unquoted) and one after
// the first goes on a sentence (it starts in lower case, or with "and",
// "or" or "but"): "notes: [Minor new construction, decoration, repair
// and maintenance of buildings, and electrical …]" is one note read as
// four (s18k-construction), each printed under the chart.
func splitProse(n *yaml.Node, field string) string {
	if n == nil || n.Kind != yaml.SequenceNode || n.Style&yaml.FlowStyle == 0 || len(n.Content) < 2 {
		return ""
	}
	var items []string
	goesOn := false
	for i, c := range n.Content {
		if c.Kind != yaml.ScalarNode || c.Style != 0 || c.Value == "" {
			return ""
		}
		items = append(items, c.Value)
		low := strings.ToLower(c.Value)
		if i > 0 && (c.Value[0] >= 'a' && c.Value[0] <= 'z' || strings.HasPrefix(low, "and ") || strings.HasPrefix(low, "or ") || strings.HasPrefix(low, "but ")) {
			goesOn = true
		}
	}
	if !goesOn {
		return ""
	}
	return fmt.Sprintf("%s is a flow list, and YAML splits a plain item at each comma: it reads %d items, %s; an item holding a comma is quoted: write %s: [%s] (or quote each item, if each is one)",
		field, len(items), quotedList(items, 3)+map[bool]string{true: ", …"}[len(items) > 3], field, strconv.Quote(strings.Join(items, ", ")))
}
