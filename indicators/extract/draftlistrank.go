package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Briefs rank places in a list: "Other countries also send significant
// numbers of students to U.S. schools, including Saudi Arabia (sixth on
// the top-25 list), Vietnam (eighth), Turkey (10th) and Brazil (14th)."
// Each ordinal in parentheses is the rank of the place before it among
// what the sentence ranks (here places of origin of students); the other
// party the sentence names ("to U.S. schools") is the counterpart, and a
// rank with no year of its own takes the year of the figure of the same
// subject in the paragraph before ("the number of international students
// … for the 2010/2011 academic year").

// A listRank is a place in a list that a sentence ranks.
type listRank struct {
	code, name  string // the place, as coded and as written
	among       string // what the sentence ranks: "places of origin of students"
	counterpart string // the other party the sentence names, or ""
	why         string // the evidence of among
}

// title is "<Place>'s rank among <what>".
func (l listRank) title() string {
	if l.among == "" {
		return ""
	}
	poss := "'s"
	if strings.HasSuffix(l.name, "s") {
		poss = "'"
	}
	return l.name + poss + " rank among " + l.among
}

// rankVerbs turn what places do with something into what they are among:
// places that send students are places of origin of students.
var rankVerbs = map[string]string{
	"send": "places of origin of", "sends": "places of origin of", "sent": "places of origin of",
	"host": "hosts of", "hosts": "hosts of", "hosted": "hosts of",
	"receive": "recipients of", "receives": "recipients of", "received": "recipients of",
	"export": "exporters of", "exports": "exporters of", "exported": "exporters of",
	"import": "importers of", "imports": "importers of", "imported": "importers of",
	"supply": "suppliers of", "supplies": "suppliers of", "supplied": "suppliers of",
	"buy": "buyers of", "buys": "buyers of", "bought": "buyers of",
	"produce": "producers of", "produces": "producers of", "produced": "producers of",
}

// amountOf are the words of how many that stand before what a verb's
// object counts: "significant numbers of students".
var amountOf = map[string]bool{"significant": true, "large": true, "larger": true, "many": true, "numbers": true, "number": true,
	"of": true, "the": true, "highest": true, "growing": true, "more": true, "most": true, "great": true, "substantial": true,
	"sizable": true, "also": true, "some": true, "a": true}

// listRankOf returns the place m ranks when m is an ordinal in
// parentheses right after a place ("Vietnam (eighth)"), with what the
// sentence ranks and the other party it names.
func (d *docDraft) listRankOf(m Mention) (listRank, bool) {
	if m.Kind != Rank {
		return listRank{}, false
	}
	text := d.src.Text
	lead := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(lead, "(") {
		return listRank{}, false
	}
	open := m.Sentence.Start + len(strings.TrimRight(lead[:len(lead)-1], " "))
	sent := text[m.Sentence.Start:m.Sentence.End]
	ps := placesIn(sent, m.Sentence.Start)
	var l listRank
	found := false
	for _, p := range ps {
		if p.end == open {
			l.code, l.name, found = p.code, text[p.start:p.end], true
			if strings.HasSuffix(strings.ToLower(text[m.Sentence.Start:p.start]), "the ") {
				l.name = "The " + l.name // "the Netherlands (11th)"
			}
		}
	}
	if !found {
		return listRank{}, false
	}
	// The other party: a place of the sentence that is no item of the list.
	for _, p := range ps {
		if item := strings.TrimLeft(text[p.end:m.Sentence.End], " "); strings.HasPrefix(item, "(") || p.code == l.code {
			continue
		}
		l.counterpart = p.code
		break
	}
	l.among, l.why = rankedSet(joinBroken(text[m.Sentence.Start:open]))
	return l, true
}

// rankedSet reads what a sentence ranks from its words before the first
// place of its list: "Among donors, Norway" → "donors"; "exporters such
// as" → "exporters"; "Other countries also send significant numbers of
// students to U.S. schools, including" → "places of origin of students".
// Words keep their case but the sentence's first, unless a name.
func rankedSet(before string) (string, string) {
	trim := func(w string) string { return strings.Trim(w, ",;:()“”\"") }
	orig := strings.Fields(before)
	f := make([]string, len(orig))
	for i, w := range orig {
		f[i] = trim(strings.ToLower(w))
	}
	// word returns the i-th word as a title writes it.
	word := func(i int) string {
		w := trim(orig[i])
		if i == 0 && len(placesIn(w, 0)) == 0 && strings.ToLower(w[1:]) == w[1:] {
			w = strings.ToLower(w)
		}
		return w
	}
	phrase := func(from, to int) string {
		var ws []string
		for i := from; i < to; i++ {
			ws = append(ws, word(i))
		}
		return strings.Join(ws, " ")
	}
	if len(f) >= 2 && f[0] == "among" {
		n := 1
		for n < len(f) && n <= 4 {
			n++
			if strings.HasSuffix(orig[n-1], ",") {
				break
			}
		}
		return phrase(1, n), strconv.Quote(phrase(0, n))
	}
	for i := len(f) - 2; i >= 1; i-- {
		if f[i] == "such" && f[i+1] == "as" {
			j := i
			for j > 0 && i-j < 3 {
				w := f[j-1]
				if w == "" || titleStop[w] || amountOf[w] || strings.HasSuffix(orig[j-1], ",") {
					break
				}
				j--
			}
			if j < i {
				return phrase(j, i), strconv.Quote(phrase(j, i) + " such as")
			}
		}
	}
	for i, w := range f {
		role, ok := rankVerbs[w]
		if !ok {
			continue
		}
		// The object: past the words of how many, up to "to", "in" or a comma.
		from, to := i+1, i+1
		for k := i + 1; k < len(f); k++ {
			t := f[k]
			if from == k && amountOf[t] {
				from, to = k+1, k+1
				continue
			}
			if t == "to" || t == "in" || t == "from" || t == "including" || t == "" {
				break
			}
			to = k + 1
			if strings.HasSuffix(orig[k], ",") || to-from == 3 {
				break
			}
		}
		if to == from {
			continue
		}
		obj := phrase(from, to)
		return role + " " + obj, fmt.Sprintf("%q: the places of the list %s %s", w, w, obj)
	}
	// "Leading places of origin include Saudi Arabia (sixth)": the
	// subject of "include" is what the list ranks.
	for i, w := range f {
		if w != "include" && w != "includes" && w != "included" {
			continue
		}
		j := 0
		for j < i && (amountOf[f[j]] || subjectOpeners[f[j]]) {
			j++
		}
		if j < i && i-j <= 5 {
			return phrase(j, i), strconv.Quote(phrase(0, i+1))
		}
		break
	}
	return "", ""
}

// subjectOpeners say which of a set, not what it is: "other", "these".
var subjectOpeners = map[string]bool{"other": true, "these": true, "those": true, "its": true, "their": true, "top": true}

// nowWords give a figure a time of its own, the document's present.
var nowWords = []string{"currently", "now", "today", "at present"}

// rankPeriod returns the year of a rank with no year of its own nor a
// word of the present: that of the nearest figure of the paragraph right
// before its own,
// whose sentence speaks of the same subject and writes the year itself
// (never a dateline's).
func (d *docDraft) rankPeriod(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	sent := strings.ToLower(text[m.Sentence.Start:m.Sentence.End])
	if firstPhrase(sent, nowWords) != "" {
		// "The Philippines is currently the United States' 34th largest
		// goods trading partner": a time of its own, if no year.
		return indicators.Period{}, "", false
	}
	to := paragraphStart(text, m.Sentence.Start)
	e := len(strings.TrimRight(text[:to], " \t\r\n"))
	if e == 0 || e == to {
		return indicators.Period{}, "", false // no paragraph before
	}
	from := paragraphStart(text, e-1)
	run := d.mentionsFrom(from, e+1)
	for i := len(run) - 1; i >= 0; i-- {
		o := run[i]
		if o.Sentence.End > e || o.Span.Start < from {
			continue
		}
		if !sharesSubject(text[o.Sentence.Start:o.Span.Start], text[m.Sentence.Start:m.Span.Start]) {
			continue
		}
		cs, ce := clauseOf(text, o)
		p, _, _, _ := d.period(o, cs, ce)
		if !p.IsStated() || !strings.Contains(text[o.Sentence.Start:o.Sentence.End], strconv.Itoa(p.From.Year)) {
			continue
		}
		return p, fmt.Sprintf("no year of its own: the year of %s, a figure of the same subject before it", strings.Join(strings.Fields(o.Text), " ")), true
	}
	return indicators.Period{}, "", false
}
