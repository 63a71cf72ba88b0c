package lexicon

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Exhibits are the parts of a document that show figures, in the
// singular: a caption opens with one and its number ("Figure 1:", "Chart
// 2.3 –"), a sentence says what one shows ("Chart 2 shows …"), and a line
// that opens with one is no document's title.
var Exhibits = []string{"table", "figure", "fig", "chart", "graph", "map", "exhibit", "diagram", "infographic", "box"}

// DocumentParts are the words that name a part of a document or of a
// survey's design, in the singular and the plural: the exhibits
// (Exhibits) and the parts that hold text. A number after one, or a list
// of numbers and ranges after one, names that part, never a quantity
// ("Table 5", "Tables 1-12", "Fig. 1", "Chapter 3", "page 12", "paragraph
// 4.2", "strata 1-18, 20-50, and 75-77", "Appendix Tables 3.05, 3.06 and
// 3.17"; "(Appendix A)" and "Annex B" have no number). They are numbered
// names (NumberedNames); the extractor's exclusions read them.
var DocumentParts = slices.Concat(Exhibits, []string{
	"tables", "figures", "figs", "charts", "graphs", "maps", "exhibits", "diagrams", "infographics", "boxes",
	"appendix", "appendices", "annex", "annexes", "chapter", "chapters", "section", "sections", "page", "pages", "p", "pp",
	"paragraph", "paragraphs", "para", "paras", "footnote", "footnotes", "endnote", "endnotes", "note", "notes", "slide", "slides",
	"article", "articles", "clause", "clauses", "part", "parts", "schedule", "schedules", "volume", "volumes", "vol",
	"stratum", "strata",
})

// IsExhibit reports whether w, in any case, is one of Exhibits.
func IsExhibit(w string) bool {
	return slices.Contains(Exhibits, strings.ToLower(w))
}

// documentParts is DocumentParts as a set.
var documentParts = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range DocumentParts {
		m[w] = true
	}
	return m
}()

// IsDocumentPart reports whether w, in any case, is one of DocumentParts.
func IsDocumentPart(w string) bool {
	return documentParts[strings.ToLower(w)]
}

// NumberedNames are the words a number completes as a name ("Section
// 301", "Phase 3", "Covid-19", "Euro 6", "Omega-3"): the parts of a
// document (DocumentParts) and the names below. The number after one is
// no figure, and glued to one ("Covid19", "Euro6") it is no footnote
// marker. The extractor reads them (its fIdent words); GluedFootnote
// refuses them, so ParseStated, verify and the extractor agree.
var NumberedNames = append(slices.Clip(DocumentParts),
	"dose", "title", "resolution",
	"rule", "phase", "tier", "level", "no", "nos", "number", "room", "order",
	"law", "item", "step", "round", "stage", "category",
	"goal", "goals", "sdg", "sdgs", "amendment", "version", "v", "route",
	"highway", "interstate", "flight", "unit", "block", "lot", "line", "gate", "platform", "class", "grade", "division",
	"district", "ward", "precinct", "region", "zone", "sector", "form", "docket", "case", "bill", "act", "regulations", "strategy",
	"decision", "directive", "regulation", "standard", "iso", "ieee", "covid", "boeing", "airbus", "windows", "iphone",
	"model", "series", "type", "mark", "mk", "generation", "gen", "week", "day", "year", "month", "season", "episode",
	"apollo", "artemis", "gemini", "voyager", "landsat", "sentinel", "team", "group", "agenda", "vision", "plan", "program",
	"programme", "project", "operation", "exercise", "summit", "g", "p5", "channel", "studio", "terminal", "pier", "berth",
	"pillar", "scope", "suite", "floor", "row", "column", "question",
	"ext", "extn", // a telephone extension: "Ext. 24135"
	"euro", "omega")

// IsNumberedName reports whether w, in any case, is one of NumberedNames.
func IsNumberedName(w string) bool {
	return slices.Contains(NumberedNames, strings.ToLower(w))
}

// SuperscriptDigits are the digits a footnote marker may be written in
// ("Wales³").
const SuperscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// GluedFootnote reads w as a word with a footnote marker glued to its
// end, as statistical bulletins copied as text write one ("million4" in
// "from 14.3 million4 in 2013/14", "rate1", "England2", "Wales³"), and
// returns the word and the marker. The marker is one or two digits, or
// superscript digits; the word is three letters or more, in lower case
// but perhaps its first, so "MMR1", "MenB2", "COP21", "PM10" and "CO2"
// are names, and "FY2025" and "mid2010" (more digits) years; a word a
// number completes (NumberedNames: "Covid19", "Euro6", "Omega3") keeps
// its digits as a name. This is the one definition of the marker's form:
// verify reads past one after a figure, ParseStated refuses one in a
// stated figure, and the extractor builds on it.
func GluedFootnote(w string) (word, marker string, ok bool) {
	word = strings.TrimRightFunc(w, func(r rune) bool {
		return r >= '0' && r <= '9' || strings.ContainsRune(SuperscriptDigits, r)
	})
	marker = w[len(word):]
	plain := strings.Trim(marker, "0123456789") == ""
	switch {
	case marker == "" || len(word) < 3:
		return "", "", false
	case plain && len(marker) > 2:
		return "", "", false
	case !plain && strings.Trim(marker, SuperscriptDigits) != "":
		return "", "", false // digits and superscripts mixed
	}
	for i, r := range word {
		if !(r >= 'a' && r <= 'z' || i == 0 && r >= 'A' && r <= 'Z') {
			return "", "", false
		}
	}
	if IsNumberedName(word) {
		return "", "", false
	}
	return word, marker, true
}

// MarkerAt returns the length in bytes of the footnote marker that s
// opens with, glued to the word before it ("2" of "per day2 in 2017-18",
// "³" of "a week³."), or 0: one or two digits, or superscript digits,
// with no letter or digit after them. It is the one reading of a marker
// after a rate's last word, whose word (day, week, year) may also be a
// name a number completes (NumberedNames: "Day 2"), so GluedFootnote
// refuses it: verify's rate readers and the extractor's read past it.
func MarkerAt(s string) int {
	n := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if n == 0 {
		n = len(s) - len(strings.TrimLeft(s, SuperscriptDigits))
	}
	if n == 0 || n > 2 && s[0] < 0x80 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(s[n:]); n < len(s) && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return 0
	}
	return n
}
