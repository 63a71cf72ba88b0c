package extract

import (
	"fmt"
	"strings"
)

// Margins of error (drafts20, the kinds of a statistical agency's release
// of survey estimates). A figure in parentheses after another, written
// with a plus-minus sign, is the interval of the figure it follows, not a
// claim of its own:
//
//	up 0.1 percent (±0.4 percent)* from the previous month
//	a rise of 2.3 percent (plus or minus 0.5 percent)
//	employment rose 1.1 percent (+/- 0.2)
//
// The margin is written as a comment on the figure it qualifies; an
// asterisk after it is the release's mark of a change not statistically
// different from zero, said in the same comment.

// marginSigns open a margin of error, as written before its figure.
var marginSigns = []string{"±", "+/-", "+/−", "+-", "plus or minus", "plus/minus"}

// A margin is a figure that is the margin of error of another.
type margin struct {
	written  string // "±0.4 percent", as the text writes it (spaces folded)
	open     int    // where it starts: its parenthesis, or its sign
	asterisk bool   // an asterisk follows it: "(±0.4 percent)*"
}

// marginOf returns the margin of error m is, if it is one: a plus-minus
// sign (or "plus or minus") right before the figure.
func marginOf(text string, m Mention) (margin, bool) {
	head := m.Span.Start
	if strings.HasPrefix(strings.ToLower(m.Text), "minus ") {
		head += len("minus") // "plus or minus 0.5": the extractor reads a negative
	}
	lo := max(0, head-len("(plus or minus "))
	before := strings.TrimRight(text[lo:head], " \u00a0")
	lower := strings.ToLower(before)
	sign := ""
	for _, s := range marginSigns {
		if strings.HasSuffix(lower, s) {
			sign = s
			break
		}
	}
	if sign == "" {
		return margin{}, false
	}
	start := lo + len(before) - len(sign)
	mg := margin{open: start}
	end := m.Span.End
	if start > 0 && text[start-1] == '(' {
		mg.open = start - 1
		if j := strings.IndexByte(text[end:min(len(text), end+16)], ')'); j >= 0 {
			end += j + 1
			mg.asterisk = strings.HasPrefix(text[end:], "*")
		}
	}
	mg.written = strings.Join(strings.Fields(text[start:m.Span.End]), " ")
	if strings.HasPrefix(sign, "±") {
		mg.written = "±" + strings.TrimSpace(strings.TrimPrefix(mg.written, "±"))
	}
	return mg, true
}

// note returns the comment a margin puts on the figure it qualifies.
func (mg margin) note() string {
	n := "margin of error " + mg.written + ": the interval in parentheses after the figure, not a claim of its own"
	if mg.asterisk {
		n += "; the asterisk after it marks a change the release does not find statistically significant (check its notes)"
	}
	return n
}

// qualifies reports whether the margin stands right after the figure
// before it: nothing but spaces between the figure and the margin's
// parenthesis or sign.
func (mg margin) qualifies(text string, fig Mention) bool {
	return fig.Span.End <= mg.open && strings.TrimSpace(text[fig.Span.End:mg.open]) == ""
}

// skip returns why a margin that qualifies no drafted figure ("revised
// from virtually unchanged (±0.4 percent)") is not drafted.
func (mg margin) skip(flat, source, text string) string {
	ws := strings.Fields(text[max(0, mg.open-40):mg.open])
	if len(ws) > 3 {
		ws = ws[len(ws)-3:]
	}
	return fmt.Sprintf("not drafted: %s in %s (the margin of error %s of %q, not a claim of its own)", flat, source, mg.written, strings.Join(ws, " "))
}
