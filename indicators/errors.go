package indicators

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Kinds of catalog and verification problems, for errors.Is on an *Error or
// an ErrorList.
var (
	ErrSyntax       = errors.New("syntax error")
	ErrUnknownField = errors.New("unknown field")
	ErrType         = errors.New("wrong type")
	ErrMissing      = errors.New("missing field")
	ErrValue        = errors.New("invalid value")
	ErrDuplicateID  = errors.New("duplicate id")
	ErrDangling     = errors.New("dangling reference")
	ErrSourceText   = errors.New("source text problem")
	ErrHash         = errors.New("source hash mismatch")
	ErrQuote        = errors.New("quote not in source")
	ErrSpan         = errors.New("quote not at its span")
	ErrMismatch     = errors.New("figure disagrees")
	// ErrVerbatim is the kind of a notice of QuoteNotices: a quote that
	// matched its source only after folding typography.
	ErrVerbatim = errors.New("quote not verbatim")
	// ErrNote is the kind of a notice that no correct catalog can clear
	// (IsNote): it says what the outputs will do, and verify -strict does
	// not fail on it. A notice the writer can answer in the catalog, as
	// "issued: not stated" answers a source with no issue date, is no
	// note: -strict fails on it.
	ErrNote = errors.New("note")
)

// IsNote reports whether the notice e is a note (ErrNote): something the
// outputs will do that the catalog, written from its text, cannot change.
// verify prints it "note: …", and -strict passes.
func IsNote(e *Error) bool { return errors.Is(e, ErrNote) }

// A Pos is a position in a catalog file; Line and Column count from 1, the
// column in characters. The zero Pos is unknown.
type Pos struct {
	File         string
	Line, Column int
}

// IsValid reports whether the position is known.
func (p Pos) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file", or "" as far as p is known.
func (p Pos) String() string {
	switch {
	case p.IsValid() && p.File != "":
		return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
	case p.IsValid():
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	return p.File
}

// An Error is one problem in a catalog, at a position where it is known.
type Error struct {
	Pos Pos
	// Where names the item when no position is known ("indicator x,
	// provenance 1").
	Where string
	Msg   string
	Kind  error // one of the Err variables, for errors.Is
}

// Error returns "file:line:col: message", the go/scanner convention.
func (e *Error) Error() string {
	switch {
	case e.Pos.IsValid() || e.Pos.File != "":
		return e.Pos.String() + ": " + e.Msg
	case e.Where != "":
		return e.Where + ": " + e.Msg
	}
	return e.Msg
}

// Unwrap returns the error's kind.
func (e *Error) Unwrap() error { return e.Kind }

// An ErrorList is every problem found in one pass, in file order.
type ErrorList []*Error

// Add appends an error.
func (l *ErrorList) Add(pos Pos, kind error, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Kind: kind, Msg: fmt.Sprintf(format, args...)})
}

// addAt appends an error placed by a position or, failing that, a name.
func (l *ErrorList) addAt(pos Pos, where string, kind error, format string, args ...any) {
	*l = append(*l, &Error{Pos: pos, Where: where, Kind: kind, Msg: fmt.Sprintf(format, args...)})
}

// addField adds msg, of kind, at the line of field of indicator id in
// c's file, or naming the indicator where c has no file positions (a
// catalog built in Go).
func (c *Catalog) addField(l *ErrorList, id, field string, kind error, msg string) {
	c.addNear(l, "indicators/"+id+"/"+field, fmt.Sprintf("indicator %q", id), kind, msg)
}

// addNear adds msg, of kind, at the position of key in c's file (or its
// nearest parent's), or at where, a name such as `source "doc"`, where c
// has no file positions.
func (c *Catalog) addNear(l *ErrorList, key, where string, kind error, msg string) {
	pos := c.positionNear(key)
	if pos.IsValid() {
		where = ""
	}
	l.addAt(pos, where, kind, "%s", msg)
}

// Len is part of sort.Interface.
func (l ErrorList) Len() int { return len(l) }

// Swap is part of sort.Interface.
func (l ErrorList) Swap(i, j int) { l[i], l[j] = l[j], l[i] }

// Less is part of sort.Interface: by file, line, column, then message.
func (l ErrorList) Less(i, j int) bool {
	a, b := l[i].Pos, l[j].Pos
	if a.File != b.File {
		return a.File < b.File
	}
	if a.Line != b.Line {
		return a.Line < b.Line
	}
	if a.Column != b.Column {
		return a.Column < b.Column
	}
	return l[i].Msg < l[j].Msg
}

// Sort sorts the list in place, stably, and drops exact duplicates.
func (l *ErrorList) Sort() {
	sort.Stable(*l)
	out := (*l)[:0]
	for i, e := range *l {
		if i > 0 && e.Error() == (*l)[i-1].Error() {
			continue
		}
		out = append(out, e)
	}
	*l = out
}

// Error returns the errors one per line.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns l as an error, or nil if l is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Unwrap returns the errors, so errors.Is and errors.As look at each.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}
