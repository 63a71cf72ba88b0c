package extract

import "strings"

// The subject of a release's lead (drafts66, the kind of the HUD and
// Census Bureau's joint monthly release):
//
//	WASHINGTON - The U.S. Department of Housing and Urban Development
//	(HUD) and the U.S. Census Bureau jointly announced … → the Census
//	Bureau is a subject of the lead, after a dateline and a first
//	subject: its figures naming no place are of the United States
//	WASHINGTON – The U.S. Census Bureau and the U.S. Department of Housing
//	and Urban Development jointly announced … (new residential sales)
//	The Australian Bureau of Statistics (ABS) and the … released …
//
// A national statistics office that speaks in a release's lead speaks of
// its country: the rule of issuerOf, which read a body only at the very
// start of a sentence, now reads it after a dateline ("WASHINGTON -")
// and as the second of two subjects joined by "and the".

// leadSubjectRe is the words of a line before a body that leave the body
// a subject of the line's first sentence: a dateline in capitals, "The",
// and a first subject joined by "and the".
var leadSubjectRe = lazyRegexp(`^\s*(?:[A-Z][A-Z.,' ]{1,40} ?[-–—] )?(?:[Tt]he )?(?:[A-Z][\w.&'’]*(?: (?:of|and|for|on|the|\([A-Z]{2,8}\)|[A-Z][\w.&'’]*)){0,10},? and (?:the )?)?$`)

// bodyInLead reports whether the name at byte at of s is a subject of
// its sentence: it opens the sentence (opensSentence) or stands where
// leadSubjectRe allows on its line.
func bodyInLead(s string, at int) bool {
	if opensSentence(s, at) {
		return true
	}
	line := s[strings.LastIndexByte(s[:at], '\n')+1 : at]
	return len(line) < 200 && leadSubjectRe.MatchString(line)
}

// speaksAfterRe is what follows a body that is a subject: its acronym in
// brackets, then a word in lower case (a verb, "and"), not the end of a
// "Source:" line.
var speaksAfterRe = lazyRegexp(`^(?: \([A-Z]{2,10}\))?,? [a-z]+\b`)

// bodySpeaks reports whether a statistics body named at byte at of s is
// a subject of its line's first sentence, followed by a verb or another
// subject: "WASHINGTON - The U.S. Census Bureau and the … jointly
// announced", not "Source: Office for National Statistics".
func bodySpeaks(s string, at int, name string) bool {
	line := s[strings.LastIndexByte(s[:at], '\n')+1 : at]
	return len(line) < 200 && leadSubjectRe.MatchString(line) && speaksAfterRe.MatchString(s[at+len(name):])
}
