package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The kinds of aid announcements: money a government announces for aid,
// a running total since the start of a fiscal year, and counts that only
// refer back to things already named.

// announceVerbs open what a government announces.
var announceVerbs = map[string]bool{"announced": true, "announces": true, "announce": true, "announcing": true}

// aidNouns are what announced money is given as. They are not moneyNouns
// (draftpledged.go), though three words are in both: "aid", "assistance"
// and "support" name no pot of money a share is set aside from, and a
// "budget" or "investment" announced is no aid given.
var aidNouns = map[string]bool{"assistance": true, "funding": true, "aid": true, "funds": true, "support": true, "grants": true}

// announcedAid returns the cue that makes an amount money announced for
// aid, a pledge, or "": the clause's words before the amount (lower case)
// end with a verb of announcing and a few words at most ("announced more
// than"), and the words after it give the amount "in" new, additional or
// plain aid ("in additional humanitarian assistance", "in new funding").
// "BEA announced that exports were $2 billion" and "announced record
// sales of $2 billion" stay facts.
func announcedAid(before, after string) string {
	b := strings.Fields(before)
	k := -1
	for i := len(b) - 1; i >= 0 && i >= len(b)-4; i-- {
		if announceVerbs[strings.Trim(b[i], ",")] {
			k = i
			break
		}
	}
	if k < 0 {
		return ""
	}
	for _, w := range b[k+1:] {
		switch w {
		case "more", "than", "over", "nearly", "almost", "about", "approximately", "some", "up", "to", "an", "additional", "a", "another", "new":
		default:
			return "" // "announced that exports were", "announced record sales of"
		}
	}
	a := strings.Fields(after)
	if len(a) < 2 || a[0] != "in" {
		return ""
	}
	for _, w := range a[1:min(len(a), 5)] {
		w = strings.Trim(w, ",.;:")
		if aidNouns[w] {
			return b[k] + " … in " + w
		}
	}
	return ""
}

// fiscalSinceCues, before a fiscal year, say that a total runs from its
// start: the total is of that fiscal year so far.
var fiscalSinceCues = []string{"since the beginning of", "since the start of", "so far in", "to date in", "since the outset of"}

// fiscalSince returns the year of a fiscal year a figure's total runs
// from, after the figure in its clause (cs, ce), and the words that say
// so: "brings the total … to nearly $2.5 billion for these four crises
// since the beginning of Fiscal Year 2017" (2017), "since the start of FY
// 2017", "so far in fiscal year 2017".
func fiscalSince(text string, m Mention, refs []yearRef, ce int) (yearRef, string, bool) {
	for _, r := range refs {
		if r.start < m.Span.End || r.end > ce {
			continue
		}
		if cue := fiscalSinceBefore(text[m.Span.End:r.start]); cue != "" {
			return r, cue, true
		}
	}
	return yearRef{}, "", false
}

// fiscalSinceBefore returns the cue of fiscalSinceCues that the words
// before a year (at the end of s) give, with "fiscal year", "FY" or "the
// fiscal year" between, or "".
func fiscalSinceBefore(s string) string {
	l := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	fiscal := false
	for _, fy := range []string{" the fiscal year", " fiscal year", " fy"} {
		if strings.HasSuffix(l, fy) {
			l, fiscal = strings.TrimSuffix(l, fy), true
			break
		}
	}
	if !fiscal && !strings.HasSuffix(s, " ") {
		return ""
	}
	for _, c := range fiscalSinceCues {
		if strings.HasSuffix(l, " "+c) || l == c {
			return c
		}
	}
	return ""
}

// isFiscalSinceYear reports whether the year r of text is one a total
// runs from ("since the beginning of Fiscal Year 2017"): the year of that
// total, not a year that later figures of the paragraph report on.
func isFiscalSinceYear(text string, r yearRef) bool {
	return fiscalSinceBefore(text[max(0, r.start-48):r.start]) != ""
}

// backReferenceWords, before a count, say that it counts things already
// named: "these four crises", "all four countries", "the two nations".
var backReferenceWords = map[string]bool{"these": true, "those": true, "all": true, "the": true, "both": true}

// backReference returns why a count only refers back to things the text
// names, or is an indefinite "the millions of people", and is no claim;
// or "". "four new clinics" and "assistance for 4 million people" are
// counts: a determiner of reference must stand right before a number
// written in words, or "the" before an indefinite multitude ("the
// millions of people").
func backReference(text string, m Mention, u indicators.Unit) string {
	if u.Kind == indicators.Money || u.Kind == indicators.Percent || m.Kind == Rank {
		return ""
	}
	flat := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	f := strings.Fields(flat)
	if len(f) == 0 {
		return ""
	}
	prev := strings.Fields(strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-16):m.Span.Start]))
	if len(prev) == 0 || !backReferenceWords[prev[len(prev)-1]] {
		return ""
	}
	det := prev[len(prev)-1]
	if (f[0] == "millions" || f[0] == "thousands" || f[0] == "billions" || f[0] == "hundreds") && det == "the" {
		return "\"the " + f[0] + " of\": an indefinite multitude the sentence refers to, not a count"
	}
	if n, ok := smallNumber(f[0]); det == "the" || !ok || n < 2 || f[0] != strings.ToLower(f[0]) {
		return ""
	}
	return "\"" + det + " " + f[0] + "\" refers back to things the text names, not a count"
}

// needCues say that a count of people counts those in need in the places
// its sentence names: "in need of humanitarian assistance as a result of
// the man-made crises in South Sudan, Nigeria, and Yemen".
var needCues = []string{"in need", "affected by", "crisis in", "crises in", "displaced", "at risk", "facing famine", "facing hunger", "suffering"}

// peopleInNeedPlaces returns every place the sentence of a count of
// people names after the figure, lists included,
// when the sentence says that they are people in need there; and the cue.
// A list of places says which places a trade release's markets are, but
// the people in need of an aid announcement are those of each place it
// lists.
func (d *docDraft) peopleInNeedPlaces(m Mention, measure indicators.MeasureKind) ([]placeMention, string, bool) {
	if measure != indicators.CountKind || !peopleUnits[m.Unit.String()] {
		return nil, "", false
	}
	text := d.src.Text
	cue := firstPhrase(strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End])), needCues)
	if cue == "" {
		return nil, "", false
	}
	all := countries(d.placesAt(text, m.Sentence.Start, m.Span.End, m.Sentence.End))
	if len(distinct(all)) < 2 {
		return nil, "", false
	}
	return all, cue, true
}

// bringVerbs bring a running total to a figure.
var bringVerbs = map[string]bool{"brings": true, "brought": true, "bringing": true, "bring": true, "raises": true, "raised": true, "raising": true}

// totalTitle names a running total that a clause brings to the figure,
// with what it is for: "This additional funding brings the total U.S.
// humanitarian assistance to nearly $2.5 billion for these four crises
// since …" → "Total U.S. humanitarian assistance for four crises". It
// returns "" for other clauses.
func (d *docDraft) totalTitle(m Mention, cs int) string {
	text := d.src.Text
	b := words(joinBroken(text[cs:m.Span.Start]))
	if len(b) < 4 || !strings.EqualFold(b[len(b)-1], "to") {
		return ""
	}
	k := -1
	for i, w := range b[:len(b)-1] {
		if bringVerbs[strings.ToLower(w)] {
			k = i
		}
	}
	if k < 0 {
		return ""
	}
	what := b[k+1 : len(b)-1]
	if len(what) > 0 && strings.EqualFold(what[0], "the") {
		what = what[1:]
	}
	if len(what) < 2 || !strings.EqualFold(what[0], "total") {
		return "" // "brings the number to": no total named
	}
	t := "Total " + strings.Join(what[1:], " ")
	_, ce := clauseOf(text, m)
	after := words(joinBroken(text[m.Span.End:ce]))
	if len(after) > 1 && strings.EqualFold(after[0], "for") {
		var keep []string
		for _, w := range after[1:] {
			lw := strings.ToLower(strings.Trim(w, ",.;:()"))
			if totalForEnds[lw] || hasDigit(w) {
				break
			}
			if lw != "these" && lw != "those" && lw != "the" || len(keep) > 0 {
				keep = append(keep, strings.Trim(w, ",.;:()"))
			}
			if strings.ContainsAny(w, ",.;:()") {
				break
			}
		}
		if len(keep) > 0 {
			t += " for " + strings.Join(keep, " ")
		}
	}
	return shorten(t, 60)
}

// totalForEnds end what a total is for: "for these four crises since …".
var totalForEnds = map[string]bool{"since": true, "in": true, "by": true, "from": true, "during": true, "through": true, "to": true, "as": true, "and": true, "over": true}
