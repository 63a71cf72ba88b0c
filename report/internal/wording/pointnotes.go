package wording

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// PointNote is what a series chart's notes read of one of its points:
// its period, its status and the notes its indicator carries.
type PointNote struct {
	Period indicators.Period
	Status indicators.Status
	Notes  []string
}

// PointNoteOf returns what a series chart's notes read of the point of
// ind, a context note's source named as NoteSaid names it, by c's short
// name, on the slide and in the book alike.
func PointNoteOf(c *indicators.Catalog, ind *indicators.Indicator) PointNote {
	pn := PointNote{Period: ind.Period, Status: ind.Status}
	for _, n := range ind.Notes {
		pn.Notes = append(pn.Notes, NoteSaid(c, n))
	}
	return pn
}

// NoteSaid returns n as a chart prints it (indicators.Note.Said), a
// context note naming its source as every chart's source line names one,
// by its short name and year ("(source: UK MPB 2016)"), never by the
// catalog's ID, which no reader knows ("(source:
// ukmpb-data-report-1415)", s30a-missing); by its ID where c has no such
// source.
func NoteSaid(c *indicators.Catalog, n indicators.Note) string {
	if src, ok := c.Source(n.Source); ok && n.Context {
		if name := src.ShortName(); name != "" {
			n.Source = name
		}
	}
	return n.Said()
}

// PointNotes returns the notes a chart of a series says of its points,
// each once and briefly, naming the periods it is about where it is not
// about every point (Dated): "2008: Provisional.", "2007 and 2008:
// Estimates.", as a bar chart names the period of a note its bars of that
// period carry. A point of an estimate says so unless a note of it
// already gives its status ("Provisional." is an estimate's word,
// indicators.StatusOfWord). A series slide whose 2008 point was
// provisional said nothing of it where the bars beside it did (s22p-air).
func PointNotes(points []PointNote) []string {
	var order []string
	periods := map[string][]string{}
	count := map[string]int{}
	// dated marks a note every point carrying it names the period of
	// itself: "The 2017 figure is as at April 2020.", never "… (2017)".
	dated := map[string]bool{}
	add := func(text string, p indicators.Period) {
		if _, ok := periods[text]; !ok {
			order = append(order, text)
			dated[text] = true
		}
		dated[text] = dated[text] && SaysPeriod(text, p)
		count[text]++
		if p.IsStated() {
			periods[text] = AppendOnce(periods[text], p.Label())
		} else if periods[text] == nil {
			periods[text] = []string{}
		}
	}
	const estimate = "\x00estimate"
	for _, pt := range points {
		said := false
		for _, n := range pt.Notes {
			if n = strings.TrimSpace(n); n == "" {
				continue
			}
			add(n, pt.Period)
			st, ok := indicators.StatusOfWord(strings.TrimSuffix(n, "."))
			said = said || ok && st == pt.Status
		}
		if pt.Status == indicators.Estimate && !said {
			add(estimate, pt.Period)
		}
	}
	var out []string
	for _, key := range order {
		ps, all, text := periods[key], count[key] == len(points), key
		if key == estimate {
			switch {
			case all:
				out = AppendOnce(out, "All figures are estimates.")
				continue
			case count[key] > 1:
				text = "Estimates."
			default:
				text = "Estimate."
			}
		}
		if all || len(ps) == 0 || dated[key] {
			out = AppendOnce(out, text)
			continue
		}
		out = AppendOnce(out, Dated(JoinAnd(ps), text))
	}
	return out
}

// AllEstimatesUnsaid returns notes, the point notes of a series
// (PointNotes), without "All figures are estimates." where a note of the
// view, own, opens with a word of that status ("Estimates", "Provisional"):
// "Estimates; uncertain and subject to revision." above it said it twice
// (s26w-taxgap).
func AllEstimatesUnsaid(notes, own []string) []string {
	for _, n := range own {
		words := strings.FieldsFunc(n, func(r rune) bool { return !unicode.IsLetter(r) })
		if len(words) == 0 {
			continue
		}
		first := strings.ToLower(words[0])
		st, err := indicators.ParseStatus(strings.TrimSuffix(first, "s"))
		if err != nil {
			var ok bool
			if st, ok = indicators.StatusOfWord(first); !ok {
				continue
			}
		}
		if st == indicators.Estimate {
			return slices.DeleteFunc(slices.Clone(notes), func(n string) bool { return n == "All figures are estimates." })
		}
	}
	return notes
}

// Dated returns note led by the periods or the bars' names it is about:
// "2015/16 — The highest number since 2005/06, the publication says.",
// never "…, the publication says (2015/16)." (s23r-mental), which dated
// the saying, nor "Note: 2015/16: The highest …" with a colon after the
// note's own (a dash sets the lead off, one colon a line).
func Dated(about, note string) string {
	return about + " — " + note
}

// NotesUnsaid returns notes without those the subtitle sub says already,
// whole words in any case, a note's final full stop aside: a view's note
// "Road network distance." under "…; road network distance" printed the
// words twice (s24s-cycling). notes is not changed.
func NotesUnsaid(sub string, notes []string) []string {
	low := strings.ToLower(sub)
	var out []string
	for _, n := range notes {
		if w := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(n), ".")); w != "" && hasWords(low, w) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// NamesByInitials reports whether note names the bar labelled label by
// the initials of a name in capitals the label gives in brackets, as
// documents abbreviate it, and no other of labels holds that name: "The
// RCI flags road that may … require some kind of maintenance." is of the
// bar "Share of local authority A road network that may require
// maintenance (Road Condition Indicator)", which a line before it said
// again in full (s30a-roads).
func NamesByInitials(note, label string, others []string) bool {
	for rest := label; ; {
		i := strings.Index(rest, "(")
		if i < 0 {
			return false
		}
		rest = rest[i+1:]
		name, _, _ := strings.Cut(rest, ")")
		var initials strings.Builder
		for _, w := range strings.Fields(name) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				initials.Reset()
				break
			}
			initials.WriteRune(rune(w[0]))
		}
		in := initials.String()
		if len(in) > 1 && hasWords(note, in) && !slices.ContainsFunc(others, func(o string) bool { return strings.Contains(o, name) || hasWords(o, in) }) {
			return true
		}
	}
}

// FoldNotes returns the notes of each bar of one chart, perBar, with a
// note that another opens (its words, then ",", ";", ":", "—" or "(" and
// more, its full stop aside) said by the longer alone, on every bar
// either was on, each once: "… is collated monthly, so it need not be of
// 13 September 2020." of one bar and "… is collated monthly, so it need
// not be of 13 September 2020; All London and Suburban add to 21,722 …"
// of the other are one note of both (s32c-taxis printed both, each led
// by its bar, and the view's "… is collated monthly." above them). perBar
// is not changed.
func FoldNotes(perBar [][]string) [][]string {
	var all []string
	for _, notes := range perBar {
		for _, n := range notes {
			all = AppendOnce(all, n)
		}
	}
	longest := func(n string) string {
		for {
			i := slices.IndexFunc(all, func(m string) bool { return Opens(n, m) })
			if i < 0 {
				return n
			}
			n = all[i]
		}
	}
	out := make([][]string, len(perBar))
	for i, notes := range perBar {
		for _, n := range notes {
			out[i] = AppendOnce(out[i], longest(n))
		}
	}
	return out
}

// Opens reports whether note n opens m, a longer note: m is n's words,
// its full stop aside, then a mark that goes on (",", ";", ":", "—",
// "(") and more: "Experimental statistics." opens "Experimental
// statistics: figures on lost … March 2021." (s26w-firearms).
func Opens(n, m string) bool {
	rest, ok := strings.CutPrefix(m, strings.TrimSuffix(n, "."))
	rest = strings.TrimSpace(rest)
	return ok && m != n && rest != "" && strings.ContainsRune(":;,—(", []rune(rest)[0])
}

// SameNotes returns the notes of each bar, perBar, with notes that differ
// only in case, spaces and a final full stop written one way, the first
// bar's ("seasonally adjusted" of one bar and "Seasonally adjusted." of
// another are one note, said once for both, not once a bar), and
// without those the title says (NotesUnsaid): under "Retail sales
// volumes, seasonally adjusted" two lines each said "seasonally
// adjusted" again (out45). perBar is not changed.
func SameNotes(title string, perBar [][]string) [][]string {
	key := func(n string) string {
		return strings.Join(strings.Fields(strings.ToLower(strings.TrimSuffix(strings.TrimSpace(n), "."))), " ")
	}
	first := map[string]string{}
	out := make([][]string, len(perBar))
	for i, notes := range perBar {
		for _, n := range NotesUnsaid(title, notes) {
			k := key(n)
			if f, ok := first[k]; ok {
				n = f
			} else {
				first[k] = n
			}
			out[i] = AppendOnce(out[i], n)
		}
	}
	return out
}
