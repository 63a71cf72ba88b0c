package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of a bilateral relations page: "Thousands of Ghanaians have been
// educated in the United States" → "Ghanaians educated in the United
// States"; "the 79 new investments or trade deals that have been made
// over the past year, totaling $800 million" → "New investments or trade
// deals made over the past year" and "Value of new investments or trade
// deals"; "Through USAID, the American people invest more than $145
// million in Ghana each year" → "USAID investment in Ghana each year".

// coordinatedNoun returns the nouns a counted noun is joined to by "or"
// or "and" ("investments or trade deals": "or trade deals") and the words
// after them: up to three words in lower case, the last a plural, then a
// relative word or the clause's end. It returns "" when after opens no
// such nouns.
func coordinatedNoun(after []string) (string, []string) {
	if len(after) < 2 || after[0] != "or" && after[0] != "and" {
		return "", after
	}
	for k := 1; k < len(after) && k <= 3; k++ {
		w := strings.TrimRight(after[k], ",.;:")
		if !isLowerWord(w) || subjectEnds[w] || titleStop[w] || nounBreaks[w] {
			return "", after
		}
		ends := w != after[k] || k+1 == len(after) || relativeWords[strings.ToLower(after[k+1])] || nounBreaks[strings.ToLower(after[k+1])]
		if ends {
			if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
				return "", after
			}
			return strings.Join(append([]string{after[0]}, after[1:k]...), " ") + " " + w, after[k+1:]
		}
	}
	return "", after
}

// relativeWords open a relative clause after a noun.
var relativeWords = stopSet(classRelativePronouns)

// auxiliaries stand between a relative word or a subject and its verb.
// subjectEnds (drafttitle.go), fragmentStarts (drafttitle_fragment.go)
// subjectCountNoun (draftkindunits.go) and joinedVerbs (draftreadings.go)
// take them all; so does
// clauseTitleFault (drafttitle_fragment.go), with "therefore" and "thus".
var auxiliaries = stopSet(classHaveForms | classCopulas)

// withWords returns m with every word of more added.
func withWords(m map[string]bool, more map[string]bool) map[string]bool {
	for w := range more {
		m[w] = true
	}
	return m
}

// yearly returns " each year" when after opens with a word of frequency
// ("each year", "a year", "every year", "per year", "annually"), else "".
func yearly(after []string) string {
	if len(after) > 0 && strings.EqualFold(strings.TrimRight(after[0], ",.;:"), "annually") {
		return " each year"
	}
	if len(after) > 1 {
		switch strings.ToLower(after[0]) {
		case "each", "every", "a", "per":
			if strings.EqualFold(strings.TrimRight(after[1], ",.;:"), "year") {
				return " each year"
			}
		}
	}
	return ""
}

// valueVerbs put a figure's worth after what it counts: "79 new deals
// …, totaling $800 million".
var valueVerbs = map[string]bool{"totaling": true, "totalling": true, "worth": true, "valued": true}

// valueOfCount titles an amount that gives the worth of what a count
// before it in its sentence counts: "Value of new investments or trade
// deals". It returns "" otherwise.
func (d *docDraft) valueOfCount(m Mention, before []string) string {
	n := len(before)
	if n == 0 || n > 2 || !valueVerbs[strings.ToLower(before[0])] {
		return ""
	}
	text := d.src.Text
	for i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Span.Start }) - 1; i >= 0; i-- {
		o := d.mentions[i]
		if o.Sentence != m.Sentence {
			break
		}
		if o.Span.End > m.Span.Start || o.Unit.Kind != indicators.Count {
			continue
		}
		noun := countNoun(text, o)
		if noun == "" {
			return ""
		}
		_, ce := clauseOf(text, o)
		if ext, _ := coordinatedNoun(words(joinBroken(text[o.Span.End:ce]))); ext != "" {
			noun += " " + ext
		}
		return title("Value of " + noun)
	}
	return ""
}

// countNoun returns the counted words of a count ("new investments" of
// "79 new investments", "Ghanaians" of "Thousands of Ghanaians"), or "".
func countNoun(text string, m Mention) string {
	if len(m.Numbers) == 0 {
		return ""
	}
	noun := strings.TrimSpace(text[max(m.Numbers[0].End, m.Numbers[len(m.Numbers)-1].End):m.Span.End])
	if rest, ok := strings.CutPrefix(noun, "of the "); ok {
		noun = rest
	} else if rest, ok := strings.CutPrefix(noun, "of "); ok {
		noun = rest // "Thousands of Ghanaians"
	}
	if noun == "" || hasDigit(noun) {
		return ""
	}
	return strings.Join(strings.Fields(noun), " ")
}

// investVerbs name what an amount right after them is: "the American
// people invest more than $145 million".
var investVerbs = map[string]string{"invest": "investment", "invests": "investment", "invested": "investment", "spend": "spending", "spends": "spending", "spent": "spending",
	"provide": "funding", "provides": "funding"}

// investTitle titles an amount a verb of investVerbs puts to use, with
// who puts it when a name says so (a "Through USAID," before the subject,
// or a named subject before an aside: "The new Millennium Challenge
// Compact II, which entered into force in 2016, will invest"), where
// ("in Ghana") and how often ("each year"): "USAID investment in Ghana
// each year". It returns "" otherwise.
func (d *docDraft) investTitle(m Mention, cs int, before, after []string) string {
	n := len(before)
	if n == 0 {
		return ""
	}
	lead, ok := investVerbs[strings.ToLower(before[n-1])]
	if !ok {
		return ""
	}
	text := d.src.Text
	sw := words(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	who := ""
	switch {
	case len(sw) > 1 && (sw[0] == "Through" || sw[0] == "Via"):
		// "Through USAID, the American people invest …"
		for i, w := range sw[1:] {
			if strings.HasSuffix(w, ",") {
				who = strings.Join(sw[1:i+2], " ")
				break
			}
		}
	case n <= 2 && cs > m.Sentence.Start:
		// "…, which entered into force in 2016, will invest": the
		// sentence's subject before its first comma.
		for i, w := range sw {
			if strings.HasSuffix(w, ",") {
				who = strings.Join(sw[:i+1], " ")
				break
			}
		}
	}
	who = strings.TrimRight(who, ",")
	if f := strings.Fields(who); len(f) > 0 && (f[0] == "The" || f[0] == "the") {
		who = strings.Join(f[1:], " ")
	}
	if !namelike(who) {
		who = ""
	}
	if _, past := moneyVerbs[strings.ToLower(before[n-1])]; past && who == "" && namelike(strings.Join(before[:n-1], " ")) {
		return "" // "Save the Children invested": moneyVerbTitle names who
	}
	t := lead
	if who != "" {
		t = who + " " + lead
	}
	rest := after
	if pm := postModifier(after); pm != "" {
		t += pm
		rest = after[len(strings.Fields(pm)):]
	}
	t += yearly(rest)
	if t == lead {
		return ""
	}
	return shorten(title(t), 60)
}

// namelike reports whether s, of at most six words, names someone with
// a capitalized word: "USAID", "new Millennium Challenge Compact II".
func namelike(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 6 || hasDigit(s) {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// isIrregularPast reports whether w is a past participle of irregularPast
// ("made").
func isIrregularPast(w string) bool {
	for _, p := range irregularPast {
		if p == w {
			return true
		}
	}
	return false
}
