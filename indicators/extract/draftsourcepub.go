package extract

import (
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A statistics release that says who publishes it in a sentence of its
// own (drafts54, the genre of national statistics bodies' bulletins):
//
//	This is the first time that 2013 figures … have been published by the
//	Office for National Statistics (ONS). → publisher Office for National
//	Statistics, short ONS, country GB
//	This is a National Statistics publication … produced by the Welsh
//	Government. → publisher Welsh Government, country GB-WLS
//	It forms part of the Scottish Government series of statistical
//	bulletins → publisher Scottish Government, country GB-SCT
//
// "published by" counts only in a sentence about the document itself
// (opening "This" or "It", or naming "this bulletin"): "data published by
// the World Bank show" cites another body's figures.

// publishedByRe is a body named as the one that publishes or produces:
// "published by the Office for National Statistics (ONS)".
var publishedByRe = lazyRegexp(`^(?:published|produced|compiled|released|issued) by (?:the )?([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|for|on|the))*)(?: \(([A-Z][A-Za-z]{1,9})\))?`)

// seriesOfRe is a document that is one of a body's series: "part of the
// Scottish Government series of statistical bulletins".
var seriesOfRe = lazyRegexp(`^part of (?:the|a) ([A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*)*) series of (?:statistical |official |national )?(?:statistics )?(?:bulletins|publications|releases|reports)\b`)

// selfSentenceRe is a sentence about the document itself.
var selfSentenceRe = lazyRegexp(`^\s*(?:This|It)\b|\b(?:this|This) (?:bulletin|publication|release|report|document|statistical release)\b`)

// bodyWords are the words one of which a publishing body's name holds
// (vocab.BodyWords).
var bodyWords = vocab.BodyWords

// statementPublisher returns the body that a statistics release says
// publishes or produces it, its short name, its country ("" when not
// known) and the words that say so; ok is false when no sentence does.
func statementPublisher(text string) (name, short, code, evidence string, ok bool) {
	best := -1
	for _, cue := range []string{"ublished by ", "roduced by ", "ompiled by ", "eleased by ", "ssued by ", "part of the ", "part of a "} {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], cue)
			if i < 0 {
				break
			}
			i += from
			from = i + len(cue)
			if best >= 0 && i >= best {
				break // an earlier cue's statement comes first
			}
			at := i
			if cue[0] != 'p' {
				at-- // the verb's first letter, either case
			}
			rest := text[at:min(len(text), at+200)]
			var g []string
			if cue[0] == 'p' {
				g = seriesOfRe.FindStringSubmatch(rest)
			} else if g = publishedByRe.FindStringSubmatch(strings.ToLower(rest[:1]) + rest[1:]); g != nil && !selfSentenceRe.MatchString(sentenceAround(text, at)) {
				g = nil
			}
			if g == nil {
				continue
			}
			n := strings.TrimRight(strings.TrimSpace(g[1]), ".")
			for _, w := range []string{" of", " and", " for", " on", " the"} {
				n = strings.TrimSuffix(n, w)
			}
			if !isBodyName(n) {
				continue
			}
			s := ""
			if len(g) > 2 {
				s = g[2]
			}
			b, known := bodyNamed(n)
			if s == "" && known {
				s = b.short
			}
			c := ""
			if known && b.home {
				c = b.code
			}
			if ps := placesWithBodies(n, 0); c == "" && len(ps) == 1 {
				c = ps[0].code
			}
			name, short, code, evidence, best = n, s, c, strings.TrimRight(strings.TrimSpace(g[0]), "."), i
			break
		}
	}
	return name, short, code, evidence, best >= 0
}

// isBodyName reports whether n names a body: it holds one of bodyWords
// as a word.
func isBodyName(n string) bool {
	for _, w := range bodyWords {
		if hasWord(n, w) {
			return true
		}
	}
	return false
}

// statementIssuer returns the body a release says publishes it as its
// issuer, whose country is the last resort of a figure that names no
// place (as an agency named by its acronym, agencyIssuer).
func statementIssuer(text string) (issuer, bool) {
	name, short, code, ev, ok := statementPublisher(text)
	if !ok {
		name, short, code, ev, ok = contactPublisher(text)
	}
	if !ok || code == "" {
		return issuer{}, false
	}
	return issuer{name: name, short: short, code: code, evidence: ev, late: true}, true
}

// contactPublisher returns the statistics body whose e-mail domain the
// release's "Contact" block (its line and the three lines after it)
// gives: "Contact: Kate Davies, retail.sales@ons.gov.uk" → the Office for
// National Statistics.
func contactPublisher(text string) (name, short, code, evidence string, ok bool) {
	head := text[:min(len(text), 3000)]
	for from := 0; ; {
		i := strings.Index(head[from:], "Contact")
		if i < 0 {
			return "", "", "", "", false
		}
		i += from
		from = i + len("Contact")
		if i > 0 && head[i-1] != '\n' {
			continue // a "Contact" line opens its line
		}
		ls := strings.SplitN(head[i:], "\n", 5)
		block := strings.Join(ls[:min(4, len(ls))], "\n")
		for _, b := range publicBodies {
			for _, d := range b.domains {
				at := strings.Index(block, "@"+d)
				if at < 0 {
					continue
				}
				end := at + 1 + len(d)
				if end < len(block) && (isWordByte(block[end]) || block[end] == '.' && end+1 < len(block) && isWordByte(block[end+1])) {
					continue // "@ons.gov.uk.example"
				}
				return b.name, b.short, b.code, strings.TrimSpace(block[strings.LastIndexByte(block[:at], '\n')+1 : end]), true
			}
		}
	}
}
