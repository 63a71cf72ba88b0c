package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Programmes a document's government announces ("Today the President
// announced Power Africa, a new initiative to double access to power in
// sub-Saharan Africa") are that government's: the figures they deliver
// are its, with the region the programme works in as counterpart. The
// genre is U.S. government fact sheets, so "the President", "the
// Administration" and "the White House" are the United States' unless the
// words name another place.

// A programme is a named programme a document introduces, who runs it
// and where it works.
type programme struct {
	name   string
	owner  string // an entity code
	region string // an entity code, or ""
	at     int    // byte offset of the name where it is introduced
	verb   string // the verb that introduces it ("announced")
}

// launchVerbs introduce a programme by name.
var launchVerbs = map[string]bool{"announced": true, "announces": true, "launched": true, "launches": true, "unveiled": true,
	"unveils": true, "established": true, "establishes": true, "created": true, "creates": true, "introduced": true, "introduces": true}

// programmeNouns say what the appositive after a programme's name calls it.
var programmeNouns = map[string]bool{"initiative": true, "program": true, "programme": true, "partnership": true, "plan": true,
	"effort": true, "fund": true, "project": true, "campaign": true, "strategy": true}

// nameJoins may stand inside a programme's name between capitalized
// words: "Feed the Future".
var nameJoins = map[string]bool{"the": true, "of": true, "for": true, "and": true, "to": true}

// governmentWords name a government without a place: the genre's own.
var governmentWords = []string{"President", "Administration", "White House", "Government", "Secretary"}

// programmesIn finds the programmes text introduces: a launch verb, a
// name of capitalized words, a comma and an appositive of programmeNouns
// ("Power Africa, a new initiative to …").
func programmesIn(text string) []programme {
	var out []programme
	for _, s := range sentenceSpans(text) {
		sent := text[s[0]:s[1]]
		ws := strings.Fields(sent)
		for i, w := range ws {
			if !launchVerbs[strings.ToLower(w)] {
				continue
			}
			var name []string
			j := i + 1
			for ; j < len(ws) && len(name) < 6; j++ {
				r, _ := utf8.DecodeRuneInString(ws[j])
				inner := len(name) > 0 && j+1 < len(ws) && nameJoins[ws[j]] && unicode.IsUpper([]rune(ws[j+1])[0])
				if !unicode.IsUpper(r) && !inner {
					break
				}
				name = append(name, strings.TrimRight(ws[j], ","))
				if strings.HasSuffix(ws[j], ",") {
					j++
					break
				}
			}
			if len(name) == 0 || !strings.HasSuffix(ws[j-1], ",") || j+1 >= len(ws) {
				continue
			}
			// "a new initiative to double …": a programme noun within
			// three words.
			isProg := false
			for k := j; k < min(len(ws), j+4); k++ {
				if programmeNouns[strings.ToLower(strings.Trim(ws[k], ",.;:"))] {
					isProg = true
					break
				}
			}
			if !isProg {
				continue
			}
			owner := ""
			subj := strings.Join(ws[:i], " ")
			if c := distinct(countries(placesIn(subj, 0))); len(c) == 1 {
				owner = c[0]
			} else if len(c) == 0 {
				for _, g := range governmentWords {
					if strings.Contains(subj, g) {
						owner = "US"
						break
					}
				}
			}
			if owner == "" {
				continue
			}
			p := programme{name: strings.Join(name, " "), owner: owner, at: s[0] + max(0, strings.Index(sent, name[0])), verb: strings.ToLower(w)}
			rest := strings.Join(ws[j:], " ")
			for _, c := range distinct(countries(placesIn(rest, 0))) {
				if c != owner {
					p.region = c
					break
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// sentenceSpans splits text at sentence stops followed by a space or a
// line break: rough, for finding introducing sentences only.
func sentenceSpans(text string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == '\n') && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') {
			if i > 0 && text[i] == '.' && i >= 2 && text[i-2] == '.' {
				continue // "U.S."
			}
			out = append(out, [2]int{start, i + 1})
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// programmeActing returns the programme that acts in the sentence of m:
// one its sentence names ("With an initial set of six partner countries
// …, Power Africa will add …"), or, for a sentence that opens with "It",
// one its paragraph names before it. The programme must have been
// introduced before the figure.
func (d *docDraft) programmeActing(m Mention) (programme, bool) {
	text := d.src.Text
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	sent := flat(text[m.Sentence.Start:m.Sentence.End])
	before := flat(text[m.Sentence.Start:m.Span.Start])
	for _, p := range d.programmes {
		if p.at >= m.Span.Start {
			continue
		}
		if strings.Contains(sent, p.name) {
			return p, true
		}
		if f := strings.Fields(before); len(f) > 0 && (f[0] == "It" || f[0] == "Its") {
			ps := paragraphStart(text, m.Sentence.Start)
			if strings.Contains(flat(text[ps:m.Sentence.Start]), p.name) {
				return p, true
			}
		}
	}
	return programme{}, false
}

// programmeEntities gives a figure its acting programme's owner and
// region, when its sentence names no other place.
func (d *docDraft) programmeEntities(m Mention, codes []string) ([]string, string, string, bool) {
	p, ok := d.programmeActing(m)
	if !ok {
		return nil, "", "", false
	}
	for _, c := range codes {
		if c != p.region && c != p.owner {
			return nil, "", "", false
		}
	}
	why := fmt.Sprintf("%s, %s as a programme of %s; check", p.name, p.verb, p.owner)
	if p.region == "" || d.countsPartners(m) {
		return []string{p.owner}, "", why, true
	}
	return []string{p.owner}, p.region, why + fmt.Sprintf(", working in %s", p.region), true
}

// countsPartners reports whether a figure counts partners ("six partner
// countries"): they are the other side themselves, so it has no
// counterpart.
func (d *docDraft) countsPartners(m Mention) bool {
	return m.Kind == Count && strings.Contains(strings.ToLower(m.Text), "partner")
}

// namedSubject puts the name of the programme that acts for a sentence's
// opening "It": "It will reach more than 5 million farmers" is titled
// "Farmers Feed the Future Andes will reach", not "Farmers will reach".
func (d *docDraft) namedSubject(m Mention, cs int, before []string) []string {
	if cs != m.Sentence.Start || len(before) == 0 || before[0] != "It" {
		return before
	}
	p, ok := d.programmeActing(m)
	if !ok {
		return before
	}
	return append(strings.Fields(p.name), before[1:]...)
}
