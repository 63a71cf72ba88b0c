package extract

import (
	"strings"
)

// Titles of what an amount or a promise is for: counts after a bare verb
// ("treat at least 2 million people with life extending drugs" → "People
// treated with life extending drugs"), a count a participle after it
// describes ("the nine nations involved in the 5 year war in Congo" →
// "Nations involved in the war in Congo"), and amounts committed or
// provided for something ("committing $200 million over five years to
// train more than 420,000 teachers in Africa" → "Commitment over five
// years to train teachers in Africa").

// irregularPast are the past participles of bare verbs that do not take
// -ed.
var irregularPast = map[string]string{"bring": "brought", "give": "given", "feed": "fed", "build": "built", "teach": "taught",
	"make": "made", "take": "taken", "send": "sent", "spend": "spent", "pay": "paid", "lead": "led", "keep": "kept",
	"hold": "held", "buy": "bought", "sell": "sold", "find": "found", "win": "won", "write": "written", "put": "put",
	"set": "set", "cut": "cut", "meet": "met", "get": "got"}

// pastOf returns the past participle of a bare verb: "train" → "trained",
// "provide" → "provided", "supply" → "supplied", "bring" → "brought".
func pastOf(v string) string {
	if p, ok := irregularPast[v]; ok {
		return p
	}
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case strings.HasSuffix(v, "y") && len(v) > 2 && !strings.ContainsRune("aeiou", rune(v[len(v)-2])):
		return v[:len(v)-1] + "ied"
	}
	return v + "ed"
}

// notBareVerbs look like bare verbs after "to" or "and" but are not
// what a count is the object of: "to date", "and be".
var notBareVerbs = map[string]bool{"date": true, "be": true, "have": true, "do": true}

// bareVerb reports whether w may be a bare verb: a lower-case word, no
// stop word, no finite or -ing or -ed form (nor a connective such as
// "including", which participle leaves alone).
func bareVerbWord(w string) bool {
	return isLowerWord(w) && !strings.HasPrefix(w, "-") && !titleStop[w] && !subjectEnds[w] && !nounBreaks[w] && !participles[w] && participle(w) == "" &&
		!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") && !notBareVerbs[w] && !demonstratives[w]
}

// bareVerbCount titles a count that is the object of a bare verb at the
// start of its clause or after "to" or "and": "treat at least 2 million
// people with life extending drugs", "to train more than 8,000 nurses in
// Africa", "and provide humane care for 10 million HIV-infected
// individuals and AIDS orphans" (the verb's own object, "humane care",
// comes after the participle). noun is the counted noun as written,
// with its place ("nurses in Africa").
func bareVerbCount(before, after []string, noun string) string {
	if len(before) == 0 {
		return ""
	}
	at := -1
	for k := len(before) - 2; k >= 0; k-- {
		if lw := strings.ToLower(before[k]); lw == "to" || lw == "and" {
			at = k
			break
		}
		if hasDigit(before[k]) || strings.ContainsAny(before[k], ",;:") {
			return ""
		}
	}
	v := strings.ToLower(strings.Trim(before[at+1], ",;:"))
	if !bareVerbWord(v) || at == -1 && len(before) > 1 && !isPrep(before[len(before)-1]) {
		return ""
	}
	// The verb's own object, before the "for" or "to" of the count.
	var obj []string
	if rest := before[at+2:]; len(rest) > 0 {
		last := strings.ToLower(rest[len(rest)-1])
		if last != "for" && last != "to" || len(rest) > 4 {
			return ""
		}
		for _, w := range rest[:len(rest)-1] {
			if !isLowerWord(w) || titleStop[w] {
				return ""
			}
			obj = append(obj, w)
		}
	}
	t := strings.Join(strings.Fields(noun), " ")
	// What goes with the noun: "and AIDS orphans".
	k := 0
	if len(after) > 1 && strings.EqualFold(after[0], "and") {
		more := phraseWords(after[1:], 3, func(lw, w string) bool { return nounBreaks[lw] || hasDigit(w) || subjectEnds[lw] })
		if len(more) > 0 {
			t += " and " + strings.Join(more, " ")
			k = 1 + len(more)
		}
	}
	t += postModifier(after[k:])
	if at >= 0 && strings.EqualFold(before[at], "to") {
		// "to train more than 420,000 teachers": teachers to be trained.
		t += " to be"
	}
	t += " " + pastOf(v)
	if len(obj) > 0 {
		if len(t)+len(strings.Join(obj, " ")) > 59 {
			obj = obj[len(obj)-1:] // "provided humane care": "provided care"
		}
		t += " " + strings.Join(obj, " ")
	}
	// "with life extending drugs": the means, up to "and" or a stop.
	if len(after) > k+1 && strings.EqualFold(after[k], "with") {
		with := phraseWords(after[k+1:], 4, func(lw, w string) bool { return lw == "and" || hasDigit(w) || nounBreaks[lw] })
		if len(with) > 0 {
			t += " with " + strings.Join(with, " ")
		}
	}
	return t
}

// phraseWords returns the words of ws, trimmed of ",.;:", up to max of
// them, the first that stop refuses (given it in lower case and as
// written), or the first that ends in punctuation, which it keeps.
func phraseWords(ws []string, max int, stop func(lw, w string) bool) []string {
	var out []string
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if len(out) == max || stop(lw, w) {
			break
		}
		out = append(out, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	return out
}

func isPrep(w string) bool { return nounBreaks[strings.ToLower(strings.Trim(w, ",;:"))] }

// commitmentTitle titles an amount committed for a purpose: "is
// committing $200 million over five years to train more than 420,000
// teachers in Africa" → "Commitment over five years to train teachers in
// Africa". before and after are the words of the clause around the
// amount; "" when the verb before it is no verb of commitment or no
// purpose follows.
func commitmentTitle(before, after []string) string {
	if len(before) == 0 {
		return ""
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "committing", "commits", "committed", "commit":
	default:
		return ""
	}
	k := 0
	var span []string
	if len(after) > 2 && strings.EqualFold(after[0], "over") && !hasDigit(after[1]) && strings.HasPrefix(strings.ToLower(after[2]), "year") {
		span, k = []string{"over", after[1], strings.Trim(after[2], ",;:")}, 3 // "over five years"
	}
	if len(after) < k+2 || !strings.EqualFold(after[k], "to") || !bareVerbWord(strings.ToLower(after[k+1])) {
		return ""
	}
	t := "Commitment"
	if len(span) > 0 {
		t += " " + strings.Join(span, " ")
	}
	t += " to " + strings.ToLower(after[k+1])
	var obj []string
	for _, w := range after[k+2:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if hasDigit(w) || qualifierWords[lw] {
			if len(obj) > 0 {
				break
			}
			continue
		}
		obj = append(obj, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") || len(obj) == 4 {
			break
		}
	}
	if len(obj) > 0 && !isPrep(obj[len(obj)-1]) {
		t += " " + strings.Join(obj, " ")
	}
	return t
}

// qualifierWords open a figure's hedge: "more than 420,000 teachers".
var qualifierWords = map[string]bool{"more": true, "than": true, "over": true, "about": true, "nearly": true, "almost": true,
	"at": true, "least": true, "up": true, "approximately": true, "some": true, "around": true}

// fundingFor titles an amount given for something: "will provide more
// than $800 million for the food emergencies on the continent" →
// "Funding for food emergencies on the continent".
func fundingFor(before, after []string) string {
	if len(before) == 0 || len(after) < 2 || !strings.EqualFold(after[0], "for") {
		return ""
	}
	switch strings.ToLower(before[len(before)-1]) {
	case "provide", "provides", "provided", "providing", "devote", "devotes", "devoted", "give", "gives", "gave", "spend", "spends", "spent":
	default:
		return ""
	}
	var keep []string
	for _, w := range after[1:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if len(keep) == 0 && (lw == "the" || lw == "a" || lw == "an") {
			continue
		}
		if hasDigit(w) || len(keep) == 7 {
			break
		}
		keep = append(keep, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	for len(keep) > 0 && (isPrep(keep[len(keep)-1]) || titleStop[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	if len(keep) == 0 {
		return ""
	}
	return "Funding for " + strings.Join(keep, " ")
}

// givingVerbs give an amount to someone or for something.
var givingVerbs = map[string]bool{"provide": true, "provides": true, "provided": true, "providing": true, "devote": true, "devotes": true,
	"devoted": true, "give": true, "gives": true, "gave": true, "spend": true, "spends": true, "spent": true}

// helpFunding titles an amount given to help others do something: "will
// devote $100 million over the next 15 months to help Kenya, Ethiopia,
// Djibouti, Uganda, and Tanzania increase their counter-terrorism
// efforts" → "Funding for counter-terrorism efforts". rest is the words
// of the sentence after the amount.
func helpFunding(before, rest []string) string {
	if len(before) == 0 || !givingVerbs[strings.ToLower(before[len(before)-1])] {
		return ""
	}
	for k := 0; k+1 < len(rest) && k < 12; k++ {
		if !strings.EqualFold(rest[k], "to") || !strings.EqualFold(rest[k+1], "help") {
			continue
		}
		for j := k + 2; j+1 < len(rest); j++ {
			if lw := strings.ToLower(rest[j]); lw == "their" || lw == "its" {
				var keep []string
				for _, w := range rest[j+1:] {
					lw := strings.ToLower(strings.Trim(w, ",.;:"))
					if nounBreaks[lw] || hasDigit(w) || len(keep) == 5 {
						break
					}
					keep = append(keep, strings.Trim(w, ",.;:"))
					if strings.ContainsAny(w, ",.;:") {
						break
					}
				}
				if len(keep) == 0 {
					return ""
				}
				return "Funding for " + strings.Join(keep, " ")
			}
			if strings.ContainsAny(rest[j], ".;:") {
				return ""
			}
		}
		return ""
	}
	return ""
}
