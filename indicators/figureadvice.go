package indicators

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// maxNounGap is how many words may stand between a figure and the noun it
// counts in a quote: "880 female drug poisoning deaths".
const maxNounGap = 4

// countedNoun returns the plural noun a quote counts with the figure sub:
// the first plural word within maxNounGap words after it, before any
// punctuation ("deaths" in "880 female drug poisoning deaths"), or the one
// after "number of" before it ("items" in "the number of CPIH items
// identified as unavailable was 69"); "" if there is none.
func countedNoun(quote, sub string) string {
	s := lexicon.JoinHyphenBreaks(foldString(quote))
	i := indexWord(s, foldString(sub))
	if i < 0 {
		return ""
	}
	after := strings.Fields(s[i+len(foldString(sub)):])
	if w := nounAfter(after); w != "" {
		return w
	}
	if w := definedNoun(after); w != "" {
		return w
	}
	if w := shareWhole(after); w != "" {
		return w
	}
	if w := bracketedCount(s[:i]); w != "" {
		return w
	}
	if w := changeSubject(s[:i]); w != "" {
		return w
	}
	// The noun a figure before it in its sentence counts: "with 77,254
	// registrations, this fell in 2024 by 3.4% to 74,619" counts
	// registrations, the figure's own noun, not the "designs" of "a
	// record number of designs were registered" (s23r-patents).
	before := s[:i]
	if k := strings.LastIndex(before, ". "); k >= 0 {
		before = before[k+2:]
	}
	f := strings.Fields(before)
	if w := copulaSubject(f); w != "" {
		return w
	}
	if w := partitiveWhole(f); w != "" {
		return w
	}
	for k := len(f) - 2; k >= 0; k-- {
		if n := strings.Trim(f[k], ",.;:()"); n != "" && strings.Trim(n, "0123456789,.") == "" && !yearWord(n) {
			if w := nounAfter(f[k+1:]); w != "" && !slices.Contains(lexicon.Durations, Singular(w)) {
				return w // not a span of time: "compared with 5 years ago (578,150)", "In the first 9 months of 2016, 28.2 million …"
			}
		}
	}
	low := lowerASCII(s[:i])
	if j := strings.LastIndex(low, "number of "); j >= 0 {
		for k, w := range strings.Fields(low[j+len("number of "):]) {
			if k >= maxNounGap {
				break
			}
			if bw := bareWord(w); countedPlural(bw) {
				return bw
			}
		}
	}
	return ""
}

// definedNoun returns the plural noun that the words after a figure
// define it by, after a dash or a colon, as a list of headline figures
// writes them ("1,707 - the number of enquiries on which we gave advice",
// "3,955 – the total number of complaints determined", "670: complaints
// investigated"); "" where no dash or colon follows the figure.
func definedNoun(after []string) string {
	if len(after) < 2 || after[0] != "-" && after[0] != "–" && after[0] != "—" && after[0] != ":" {
		return ""
	}
	rest := after[1:]
	for len(rest) > 1 && (slices.Contains(lexicon.Articles, lowerASCII(rest[0])) || rest[0] == "total" || rest[0] == "overall") {
		rest = rest[1:]
	}
	if len(rest) > 2 && lowerASCII(rest[0]) == "number" && rest[1] == "of" {
		rest = rest[2:]
	}
	return nounAfter(rest)
}

// countedPlural reports whether w, a word in lower case, is a plural
// noun a figure may count: no scale word ("million") or function word.
func countedPlural(w string) bool {
	_, scale := lexicon.LookupScale(w)
	return w != "" && asciiLetters(w) && lowerASCII(w) == w && lexicon.IsPlural(w) && !scale && !functionWord(w)
}

// rateIn returns the base of the one rate per a number that sentence
// writes, as a unit's base ("10,000 population" of "159.9 per 10,000 of
// the population"), and the noun the rate counts in the singular
// ("search" of "The rate of searches for men was …"; "" where none is
// said): the words a figure written without them (a twin, "compared to
// 18.4 for women", or the document's "per 10,000 of the population") is
// told to write (s24s-stopsearch). It returns "", "" where the sentence
// has no such rate, or two bases.
func rateIn(sentence string) (base, noun string) {
	fs := lowerASCII(foldString(sentence))
	f := strings.Fields(fs)
	for k := 0; k+1 < len(f); k++ {
		num := bareWord(f[k+1])
		if f[k] != "per" || !isPerNumber(num) {
			continue
		}
		b := num
		rest := f[k+2:]
		for len(rest) > 0 && (rest[0] == "of" || slices.Contains(lexicon.Articles, rest[0])) {
			rest = rest[1:]
		}
		if len(rest) > 0 && slices.Contains(lexicon.PopulationBases, bareWord(rest[0])) {
			b += " " + bareWord(rest[0])
		} else if len(rest) > 0 && bareWord(rest[0]) == rest[0] && countedPlural(rest[0]) {
			return "", "" // "per 1,000 live births": a base of its own noun
		}
		if base != "" && base != b {
			return "", ""
		}
		base = b
	}
	if base == "" {
		return "", ""
	}
	if _, after, ok := strings.Cut(fs, "rate of "); ok {
		if w := nounAfter(strings.Fields(after)); w != "" {
			return base, Singular(w)
		}
	}
	// Else the noun a figure before the rate counts: "529,475 searches
	// …, which equates to 88.8 per 10,000 of the population".
	at := strings.Index(fs, " per ")
	for _, w := range strings.Fields(fs[:max(at, 0)]) {
		if n := strings.Trim(w, ",.;:()"); n != "" && strings.Trim(n, "0123456789,.") == "" && !yearWord(n) {
			if w := countedNoun(fs, n); w != "" {
				return base, Singular(w)
			}
		}
	}
	return base, ""
}

// rateTwin says what to write for a bare figure with no unit whose
// sentence writes one rate per a number (rateIn): "compared to 18.4 for
// women" after "159.9 per 10,000 of the population" is a rate in that
// base, and the outputs would print a pure number. It is "" otherwise.
func rateTwin(ind *Indicator, sentence string) string {
	if !ind.Unit.IsZero() || ind.Stated == "" || ind.Measure != Level {
		return ""
	}
	if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() || ProportionInWords(ind.Stated) {
		return ""
	}
	base, noun := rateIn(sentence)
	if base == "" {
		return ""
	}
	return fmt.Sprintf("%q has no unit, but its sentence gives a rate per %s beside it: write unit: %s", ind.Stated, base, strings.TrimSpace(noun+" per "+base))
}

// rateBaseAdvice says what to write for a stated rate whose base the
// parser refused for its function words ("159.9 per 10,000 of the
// population", s24s-stopsearch): the figure, and the unit of the rate
// its quote writes (rateIn), or "".
func rateBaseAdvice(stated, quote string) string {
	fig, per, ok := strings.Cut(stated, " per ")
	if !ok || checkPer(strings.ToLower(per)) == nil {
		return ""
	}
	base, noun := rateIn(stated)
	if base == "" || checkPer(base) != nil {
		return ""
	}
	if _, n := rateIn(quote); n != "" {
		noun = n
	}
	return fmt.Sprintf("the base of a rate is a noun, with its number, and no \"of the\": write stated: %q and unit: %s", strings.TrimSpace(fig), strings.TrimSpace(noun+" per "+base))
}

// shareWhole returns the plural noun of the whole that a share after a
// figure names ("incidents" of "39,000 or 4% of total incidents",
// s24s-flytipping), from after, the words after the figure, or "".
func shareWhole(after []string) string {
	if len(after) < 3 || after[0] != "or" {
		return ""
	}
	for k := 2; k < min(len(after), 4); k++ {
		if after[k] != "of" {
			continue
		}
		if _, u, err := ParseStated(strings.Join(after[1:k], " ")); err == nil && u == PercentUnit {
			return nounAfter(after[k+1:])
		}
	}
	return ""
}

// copulaSubject returns the plural noun that heads the subject of a
// copula right before a figure ("incidents" of "Total incidents involving
// household waste were 737,000", s24s-flytipping), from f, the words of
// the sentence before the figure, its clause after the last comma; or "".
func copulaSubject(f []string) string {
	if len(f) < 2 || !slices.Contains(lexicon.Copulas, lowerASCII(f[len(f)-1])) {
		return ""
	}
	subj := f[:len(f)-1]
	for k := len(subj) - 1; k >= 0; k-- {
		if strings.HasSuffix(subj[k], ",") || strings.HasSuffix(subj[k], ";") {
			subj = subj[k+1:]
			break
		}
	}
	for len(subj) > 0 && functionWord(lowerASCII(subj[0])) {
		subj = subj[1:] // "The", "These"
	}
	return nounAfter(subj)
}

// partitiveWhole returns the plural noun of a partitive opener set off
// by a comma right before a figure ("visits" of "Of these visits, some
// 99.6 million were made to local government libraries", s24t-libraries),
// from f, the words of the sentence before the figure; or "".
func partitiveWhole(f []string) string {
	if len(f) < 3 || !strings.HasSuffix(f[len(f)-1], ",") {
		return ""
	}
	for k := len(f) - 3; k >= 0 && k >= len(f)-2-maxNounGap; k-- {
		det := lowerASCII(f[k+1])
		if lowerASCII(f[k]) != "of" || !slices.Contains(lexicon.Demonstratives, det) && !slices.Contains(lexicon.Articles, det) && det != "all" {
			continue
		}
		if w := bareWord(f[len(f)-1]); countedPlural(w) {
			return w
		}
		return ""
	}
	return ""
}

// nounAfter returns the plural noun (countedPlural), or two joined by "and",
// that the words after a figure start with, past up to maxNounGap words
// of its phrase ("267 385 apprentices and trainees"), or "".
func nounAfter(after []string) string {
	if len(after) > 1 && strings.HasPrefix(after[0], "(") && strings.HasSuffix(after[0], ")") && strings.ContainsAny(after[0], "0123456789") {
		after = after[1:] // "28.2 million (8.8%) persons": the restatement in brackets is no word of the noun
	}
	for k, w := range after {
		if k >= maxNounGap {
			break
		}
		bw := bareWord(w)
		if k == 0 && lexicon.IsMultipleWord(lowerASCII(bw)) {
			return "" // "over 40 times that of June 2020": a multiple, no counted noun
		}
		joined := bw == w && k+2 < len(after) && slices.Contains(lexicon.Conjunctions, after[k+1]) && countedPlural(bareWord(after[k+2]))
		if countedPlural(bw) {
			if joined {
				return bw + " " + after[k+1] + " " + bareWord(after[k+2]) // "267 385 apprentices and trainees", "cats or dogs"
			}
			return bw
		}
		if joined && lexicon.IsPlural(Plural(bw)) && asciiLetters(bw) && (k+3 == len(after) || bareWord(after[k+2]) != after[k+2] || functionWord(lowerASCII(after[k+3]))) {
			// "439 firearm and shotguns that were …": two nouns counted
			// together, the first left singular, that end the phrase
			// (not "primary and secondary schools", whose head is last).
			return bw + " " + after[k+1] + " " + bareWord(after[k+2])
		}
		if bw != w || !asciiLetters(bw) || functionWord(lowerASCII(bw)) {
			break // punctuation, a number or a function word ends the phrase
		}
	}
	return ""
}

// changeSubject returns the plural noun, or two joined by "and", that a
// verb of change reaching the figure has for subject, from before, the
// words before the figure: "cancellations and withdrawals increased by
// 9.4% to 13 705" counts cancellations and withdrawals (s21o-apprentice);
// "" where before does not end so.
func changeSubject(before string) string {
	f := strings.Fields(before)
	k := len(f) - 1
	if k < 2 || lowerASCII(f[k]) != "to" {
		return ""
	}
	k--
	if k >= 2 && lowerASCII(f[k-1]) == "by" && f[k][0] >= '0' && f[k][0] <= '9' {
		k -= 2 // "by 9.4%"
	}
	if _, ok := lexicon.LookupDirection(lowerASCII(f[k])); !ok || k < 1 {
		return ""
	}
	word := func(w string) string {
		if len(w) > 1 && w[0] >= 'A' && w[0] <= 'Z' && lowerASCII(w[1:]) == w[1:] {
			return lowerASCII(w) // "Cancellations" opens its sentence
		}
		return w
	}
	noun := word(f[k-1])
	if !countedPlural(noun) {
		return ""
	}
	if k >= 3 && f[k-2] == "and" && countedPlural(word(f[k-3])) {
		return word(f[k-3]) + " and " + noun
	}
	return noun
}

// bracketedCount returns the plural noun that a figure in brackets counts,
// from before, the words before it ending in "(": "more cancers diagnosed
// in men (167,281)" counts cancers. It takes the nearest plural within
// maxNounGap+2 words that is not the object of a preposition ("in men"),
// up to punctuation or a verb of being; "" if there is none or the
// figure stands in no brackets.
func bracketedCount(before string) string {
	t := strings.TrimRight(before, " ")
	if !strings.HasSuffix(t, "(") {
		return ""
	}
	f := strings.Fields(strings.TrimSuffix(t, "("))
	for k := len(f) - 1; k >= 0 && k >= len(f)-maxNounGap-2; k-- {
		w := f[k]
		if bareWord(w) != w || strings.ContainsAny(w, "()") {
			break
		}
		lw := lowerASCII(w)
		if slices.Contains(lexicon.Copulas, lw) || slices.Contains(lexicon.HaveForms, lw) {
			break
		}
		if slices.Contains(lexicon.Durations, Singular(w)) {
			break // a span of time: "compared with 5 years ago (578,150)"
		}
		if countedPlural(w) && (!objectOf(f, k) || k >= 2 && lowerASCII(f[k-1]) == "of" && measureNoun(lowerASCII(f[k-2]))) {
			return w // "in the numbers of adults (4,052)" counts adults
		}
	}
	return ""
}

// countWithoutUnit says what to write for an indicator that counts
// something its quote names but has no unit ("880" of "880 female drug
// poisoning deaths"), or "": a pure number would be added to deaths only
// to be refused far away, at a derived figure.
func countWithoutUnit(ind *Indicator, quote string) string {
	return countWithoutUnitIn(ind, quote, "quote")
}

// countWithoutUnitIn is countWithoutUnit of the words of where ("quote",
// or "sentence": a figure whose twin in one sentence has the noun, "fell
// by 345,818 (0.7%) and 219,415 (0.4%)" after "registrations", is read
// against its sentence, so that twins get one advice, s19m-elections).
func countWithoutUnitIn(ind *Indicator, quote, where string) string {
	u, w, ok := AdvisedCount(ind, quote)
	if !ok {
		return ""
	}
	return fmt.Sprintf("%q has no unit, but its %s counts %q: write unit: %s", ind.Stated, where, w, u.Name)
}

// AdvisedCount returns the unit verify's notice asks an indicator to
// write that counts what its quote names but has no unit (a bare
// stated figure of a count, flow, stock or change), and the quote's words
// for it (QuoteCount); false where verify asks nothing. The drafter
// writes it, so that no draft is told a unit the drafter could have read.
func AdvisedCount(ind *Indicator, quote string) (Unit, string, bool) {
	if !ind.Unit.IsZero() || ind.Stated == "" {
		return Unit{}, "", false
	}
	switch ind.Measure {
	case CountKind, Flow, Stock, Change:
	default:
		return Unit{}, "", false
	}
	if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() || ProportionInWords(ind.Stated) {
		return Unit{}, "", false
	}
	return QuoteCount(quote, ind.Stated)
}

// QuoteCount returns what the bare figure stated counts by the words of
// its quote, and those words: the plural noun after it ("880 female drug
// poisoning deaths"), the whole of a share, the noun a bracketed figure
// follows ("more cancers diagnosed in men (167,281)"), the subject of a
// change or of a copula, a partitive opener, the noun of a figure before
// it, or "the number of" ("the number of referrals for females (24%;
// 4,088)"); false if none, or if the noun is a placeholder ("the highest
// numbers for adults (4,052)"). It is the one reading verify advises a
// unit by (countWithoutUnit) and the drafter falls back on, so that a
// draft writes the unit its own check would ask for.
func QuoteCount(quote, stated string) (Unit, string, bool) {
	w := countedNoun(quote, stated)
	if rest, ok := strings.CutPrefix(strings.TrimLeft(quote, "•*- \t"), stated+" "); w == "" && ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
		// A headline that starts with the figure capitalises its noun
		// ("12,440 People joined …", s18k-defence).
		w = countedNoun(stated+" "+strings.ToLower(rest[:1])+rest[1:], stated)
	}
	if w == "" || measureNoun(w) {
		return Unit{}, "", false // "the highest numbers for adults (4,052)": no noun to name
	}
	return CountOf(Singular(w)), w, true
}

// halfCoordinatedUnit says what to write for a bare stated figure whose
// quote counts two nouns together ("Cancellations and withdrawals
// increased to 23 725") and whose unit names one of them (unit:
// cancellation, s21o-apprentice): every output would drop the other, the
// misreading the stated check of "267 385 apprentices and trainees"
// refuses. It is "" otherwise.
func halfCoordinatedUnit(ind *Indicator, quote string) string {
	both, w, ok := coordinatedUnit(ind, quote)
	if !ok {
		return ""
	}
	if w == "" {
		return fmt.Sprintf("unit %q is the head of %q, which the quote writes after %q: the of-complement names the kind of thing counted and is part of the unit: write unit: %s", ind.Unit.Name, Plural(both.Name), ind.Stated, both.Name)
	}
	return fmt.Sprintf("unit %q counts only the %s of %q, which the quote counts together (every output would say %q): write unit: %s, both words, or the one noun each of them is", ind.Unit.Name, Plural(ind.Unit.Name), w, ind.Stated+" "+Plural(ind.Unit.Name), both.Name)
}

// CoordinatedUnit returns the unit of both nouns that the quote of a bare
// stated figure counts together ("cancellation and withdrawal" of
// "Cancellations and withdrawals increased to 23 725") where ind's unit
// names only one of them, and true; verify refuses the one noun
// (halfCoordinatedUnit) and accepts this unit, so a drafter that read the
// head noun alone writes it. Of the head of an of-kind unit read alone
// ("180,000 uninfected units" of "… units of blood", lexicon.OfKindHeads)
// it returns the whole unit the quote names (unit of blood).
func CoordinatedUnit(ind *Indicator, quote string) (Unit, bool) {
	u, _, ok := coordinatedUnit(ind, quote)
	return u, ok
}

// coordinatedUnit is CoordinatedUnit, with the quote's words for both
// nouns ("cancellations and withdrawals").
func coordinatedUnit(ind *Indicator, quote string) (Unit, string, bool) {
	if ind.Unit.Kind != Count || ind.Unit.Per != "" || ind.Stated == "" {
		return Unit{}, "", false
	}
	if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err == nil && u == ind.Unit {
		// "180,000 uninfected units" of "… units of blood": the head of
		// an of-kind unit read alone (lexicon.OfKindHeads).
		if k, ok := ofKindInQuote(ind.Stated, u, []string{quote}); ok {
			return k, "", true
		}
	}
	if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() {
		return Unit{}, "", false
	}
	w := countedNoun(quote, ind.Stated)
	a, b, ok := strings.Cut(w, " and ")
	if !ok {
		a, b, ok = strings.Cut(w, " or ")
	}
	both := Singular(w)
	if !ok || ind.Unit.Name == both || ind.Unit.Name != Singular(a) && ind.Unit.Name != Singular(b) {
		return Unit{}, "", false
	}
	return CountOf(both), w, true
}

// conjunctionUnit says what to write for a unit of two nouns joined by
// "and" where its quote joins them by "or", or the other way round
// ("unit: firearm or shotgun" against "439 firearm and shotguns", s26w-
// firearms): a unit of two nouns counted together keeps the quote's
// word, which every output writes ("firearms and shotguns"). It is ""
// otherwise.
func conjunctionUnit(ind *Indicator, quote string) string {
	if ind.Unit.Kind != Count || ind.Unit.Per != "" || ind.Stated == "" {
		return ""
	}
	w := countedNoun(quote, ind.Stated)
	both := Singular(w)
	for _, c := range [][2]string{{" and ", " or "}, {" or ", " and "}} {
		if strings.Contains(both, c[0]) && strings.Replace(both, c[0], c[1], 1) == ind.Unit.Name {
			return fmt.Sprintf("unit %q joins its two nouns by %q, where the quote counts %q (every output would say %q): write unit: %s, the quote's word", ind.Unit.Name, strings.TrimSpace(c[1]), w, UnitPlural(ind.Unit.Name), both)
		}
	}
	return ""
}

// capitalUnit says what to write for a stated figure whose counted noun
// is written with a capital copied from a headline that starts with the
// figure ("12,440 People joined the UK Regular Armed Forces",
// s18k-defence), or "": a unit word is lower case, as every label prints
// stated. A capital mid-sentence is a name's ("over seven million
// Kenyans") and stays.
func capitalUnit(ind *Indicator, quote string) string {
	if ind.Unit.Kind != Count || ind.Stated == "" || !strings.HasPrefix(strings.TrimLeft(quote, "•*- \t"), ind.Stated) {
		return ""
	}
	fig := figureAlone(ind.Stated)
	noun := strings.TrimSpace(ind.Stated[len(fig):])
	if fig == ind.Stated || noun == "" || noun[0] < 'A' || noun[0] > 'Z' || strings.ToUpper(noun) == noun {
		return ""
	}
	lower := strings.ToLower(noun[:1]) + noun[1:]
	if Singular(strings.ToLower(noun)) != ind.Unit.Name && strings.ToLower(noun) != ind.Unit.Name {
		return ""
	}
	if strings.Contains(noun, " ") {
		// "Units of Dental Activity": every word is the unit's
		// (lexicon.OfKindHeads), and every word is lower case.
		lower = strings.ToLower(noun)
	}
	return fmt.Sprintf("stated %q writes its unit word with a capital, which every label then prints: a unit word is lower case: write stated: %q", ind.Stated, fig+" "+lower)
}

// moreDigitsInQuote returns the figure as the quote writes it where the
// quote writes more decimal places than stated at the same place ("110.0"
// for stated "110"), or "": the document's characters are what a catalog
// quotes, and its digits say the figure's precision.
func moreDigitsInQuote(fq string, at int, stated string) string {
	end := at + len(stated)
	if end+1 >= len(fq) || fq[end] != '.' || fq[end+1] < '0' || fq[end+1] > '9' {
		return ""
	}
	j := end + 1
	for j < len(fq) && fq[j] >= '0' && fq[j] <= '9' {
		j++
	}
	return fq[at:j]
}

// movedFrom returns the words of quote that say how a series moved from
// the figure stated to the next one, "down from 0.9%" in "rose by 0.7% in
// the 12 months to February 2021, down from 0.9% to January", or "": a
// direction word right before "from" and the figure says the way of the
// move after it, not the figure's own way (0.9% is itself a rise in
// prices).
func movedFrom(quote, stated string) string {
	fq := foldString(quote)
	i := indexWord(fq, foldString(stated))
	if i < 0 {
		return ""
	}
	before := strings.TrimRight(lowerASCII(fq[:i]), " ")
	rest, ok := strings.CutSuffix(before, " from")
	if !ok {
		return ""
	}
	w := lastWord(rest)
	if _, ok := lexicon.LookupDirection(w); !ok {
		return ""
	}
	return fq[len(rest)-len(w) : i+len(foldString(stated))]
}

// movedFromAdvice says what to write for a change whose only word of a
// way is a move from it (movedFrom), or "".
func movedFromAdvice(ind *Indicator) string {
	for _, p := range ind.Provenance {
		if m := movedFrom(p.Quote, ind.Stated); m != "" {
			return fmt.Sprintf("its quote's %q says how the figure moved to the next, not its own way: quote the sentence from the verb that says its way (\"rose by …, %s\") and write that way (direction: up for a rise), or, for a figure the document gives no way, write measure: level", m, m)
		}
	}
	return ""
}

// contributionWord returns the word of quote that makes the figure stated
// in it a contribution to a rate (lexicon.ContributionWords), or "": the
// word must govern the figure, as a verb before it ("contributed 0.2
// percentage points", "detracted a further 0.3"), a noun before it
// ("contribution of 0.3", "the largest upward contribution … came from
// transport (0.30 percentage points)", "contribution, 0.25 percentage
// points") or a noun after it ("a 0.3
// percentage point contribution"). negative reports a contribution below
// zero ("detracted", "subtracted", "downward contribution"). A word
// elsewhere ("rose by 2 percentage points…, contributing to lower claims")
// makes no contribution of the figure.
func contributionWord(quote, stated string) (word string, negative bool) {
	low := lowerASCII(foldString(quote))
	num := statedNumeral(stated)
	if num == "" {
		return "", false
	}
	at := indexWord(low, num)
	if at < 0 {
		return "", false
	}
	isWord := func(w string) bool { return slices.Contains(lexicon.ContributionWords, w) }
	isNoun := func(w string) bool { return isWord(w) && strings.HasPrefix(w, "contribution") }
	neg := func(w, before string) bool {
		return strings.HasPrefix(w, "detract") || strings.HasPrefix(w, "subtract") || before == "downward" || before == "negative"
	}
	sentence := low[:at]
	if i := strings.LastIndexAny(sentence, ".;"); i >= 0 {
		sentence = sentence[i+1:]
	}
	words := strings.Fields(sentence)
	// A verb, or a noun with "of" or a copula, right before the figure,
	// past a degree word ("just", "a further").
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := strings.Trim(words[k], ",()")
		prev := ""
		if k > 0 {
			prev = words[k-1]
		}
		switch {
		case isWord(w) && !isNoun(w):
			return w, neg(w, prev)
		case isNoun(w) && k == len(words)-1:
			return w, neg(w, prev) // "the largest upward contribution, 0.25 percentage points,"
		case (w == "of" || slices.Contains(lexicon.Copulas, w)) && isNoun(strings.Trim(prev, ",")):
			before := ""
			if k > 1 {
				before = words[k-2]
			}
			return strings.Trim(prev, ","), neg(prev, before)
		case w == "a" || w == "an" || w == "by" || slices.Contains(lexicon.DegreeWords, w):
			continue
		}
		break
	}
	// A noun in the sentence before a figure in brackets: "the largest
	// upward contribution … came from transport (0.30 percentage points)".
	if strings.HasSuffix(strings.TrimRight(sentence, " "), "(") {
		for k := len(words) - 1; k >= 0; k-- {
			if w := strings.Trim(words[k], ",()"); isNoun(w) {
				before := ""
				if k > 0 {
					before = words[k-1]
				}
				return w, neg(w, before)
			}
		}
	}
	// A noun after the figure and its unit: "a 0.3 percentage point
	// contribution".
	after := strings.Fields(low[at+len(num):])
	for k := 0; k < len(after) && k < 4; k++ {
		w := after[k]
		if isNoun(strings.TrimRight(w, ",.;)")) {
			return strings.TrimRight(w, ",.;)"), false
		}
		if strings.ContainsAny(w, ",.;()") {
			break
		}
	}
	return "", false
}

// contributionAdvice says what to write for a contribution to a rate
// catalogued as a change ("Net exports contributed 0.2 percentage
// points"), or "": a contribution is the part of the rate's change one
// component accounts for, a share of it in percentage points, with no
// way of its own over time; a negative one ("detracted 0.3 percentage
// points") is stated with its sign.
func contributionAdvice(ind *Indicator, quote string) string {
	if ind.Unit != PercentagePointUnit || ind.Measure != Change {
		return ""
	}
	w, negative := contributionWord(quote, figureText(ind))
	if w == "" {
		return ""
	}
	msg := fmt.Sprintf("the quote says %q: a contribution to a rate of growth or inflation is the part of it one component accounts for, not a change of its own: write measure: share (unit percentage_point) and leave direction and base out", w)
	if negative {
		msg += fmt.Sprintf("; %q says it is below zero: write stated: %q, the sign for the word", w, "-"+strings.TrimLeft(strings.TrimSpace(ind.Stated), "-−"))
	}
	return msg
}

// unsignedPullAdvice says what to write for a contribution in percentage
// points held as a share but stated without the sign its quote's word gives
// it ("Net exports detracted 0.3 percentage points", stated "0.3 percentage
// points": a positive share would say the opposite), or "".
func unsignedPullAdvice(ind *Indicator, quote string) string {
	st := strings.TrimSpace(ind.Stated)
	if ind.Unit != PercentagePointUnit || ind.Measure != Share || strings.HasPrefix(st, "-") || strings.HasPrefix(st, "−") {
		return ""
	}
	w, negative := contributionWord(quote, figureText(ind))
	if w == "" || !negative {
		return ""
	}
	return fmt.Sprintf("the quote says %q: a contribution that pulled the rate down is below zero: write stated: %q, the sign for the word", w, "-"+st)
}

// negativeContribution reports whether ind, a share in percentage points
// stated with a minus sign, is a contribution the quote says is below zero
// in words ("Net exports detracted 0.3 percentage points", stated "-0.3
// percentage points"): the sign stands for the word, as contributionAdvice
// asks.
func negativeContribution(quote string, ind *Indicator) bool {
	st := strings.TrimSpace(ind.Stated)
	bare := strings.TrimLeft(st, "-−")
	if ind.Measure != Share || ind.Unit != PercentagePointUnit || bare == st {
		return false
	}
	w, negative := contributionWord(quote, bare)
	return w != "" && negative && indexWord(foldString(quote), foldString(bare)) >= 0
}

// unsignedInQuote says what to write for a stated figure signed below
// zero ("-0.5 per cent") whose quote writes it without the sign, saying
// the fall in words ("the previous quarter's decline of 0.5 per cent"), or
// "".
func unsignedInQuote(fq string, ind *Indicator) string {
	st := strings.TrimSpace(ind.Stated)
	bare := strings.TrimLeft(st, "-−")
	if bare == st || indexWord(fq, foldString(bare)) < 0 {
		return ""
	}
	if w := DirectionWord(fq, Down); w != "" && ind.Measure == Change {
		return fmt.Sprintf("the quote writes %q without a sign and says %q: write stated: %q with direction: down", bare, w, bare)
	}
	if k, words := comparandOf(fq, bare); k != AgainstPeriod {
		// "-6.9%" of "6.9% less than their female counterparts"
		// (s25u-paygap): the difference is told by direction and against.
		return fmt.Sprintf("the quote writes %q without a sign and sets it against %q: write stated: %q, measure: change, direction: down and against: %s, no base", bare, words, bare, k)
	}
	return fmt.Sprintf("the quote writes %q without a sign: write stated: %q, and for a fall measure: change with direction: down where the quote says it", bare, bare)
}

// percentSignApart says what to write for a figure stated in percent
// ("6.2%") whose quote, at span of text, writes its number with no percent
// sign (a table's cell "6.2" in the row "% change", s19m-industry), or "":
// the numbers agree and only the unit differs, which "the numbers
// disagree" would hide. stated keeps its quote's characters, so the advice
// is a quote that writes the percent, or the figure as the quote writes
// it; and where a "%" in the cell's row label or its table's header makes
// its cells percents, and a bare figure may take unit: percent (as the
// reader of table rows lets it, tables22), the figure with that unit.
func percentSignApart(fq, text string, span Span, ind *Indicator) string {
	if ind.Unit.Kind != Percent || ind.Unit.Per != "" {
		return ""
	}
	num := statedNumeral(ind.Stated)
	at := indexWord(fq, num)
	if num == "" || at < 0 || hedgeBeforeFigure(fq[:at]) != "" {
		return ""
	}
	if rest := strings.TrimLeft(fq[at+len(num):], " "); strings.HasPrefix(rest, "%") || strings.HasPrefix(lowerASCII(rest), "per") {
		return ""
	}
	if span.Start >= 0 && span.End <= len(text) && span.Start <= span.End && statedUnitAllows(num, Unit{}, PercentUnit) &&
		cellPercent(text, span) {
		return fmt.Sprintf("its number agrees, but the quote writes %q with no percent sign, and the table's \"%%\" makes its cells percents: write stated: %q and unit: percent", num, num)
	}
	return fmt.Sprintf("its number agrees, but the quote writes %q with no percent sign, and stated keeps its quote's characters: quote words of the text that write %q, or write stated: %q (a pure number; a \"%%\" in a table's header or row label is not read as its cells' unit)",
		num, strings.TrimSpace(ind.Stated), num)
}

// signOtherwise says what to write for a stated figure whose currency sign
// the quote writes otherwise ("HK$11.8 billion" against the quote's
// "$11.8 billion", s18k-construction), or "": the quote's sign in stated,
// and the currency the writer meant as the unit.
func signOtherwise(fq string, ind *Indicator) string {
	low := strings.ToLower(ind.Stated)
	sign := ""
	code := ""
	for _, sg := range lexicon.CurrencySigns() {
		if strings.HasPrefix(low, sg.Sign) && len(sg.Sign) > len(sign) {
			sign, code = sg.Sign, sg.Code
		}
	}
	if sign == "" {
		return ""
	}
	rest := foldString(ind.Stated[len(sign):])
	at := strings.Index(fq, rest) // after a sign, which may be no ASCII ("£")
	if at < 0 || at+len(rest) < len(fq) && isAlnum(fq[at+len(rest)]) || at > 0 && fq[at-1] >= '0' && fq[at-1] <= '9' {
		return ""
	}
	k := at
	for k > 0 && fq[k-1] != ' ' && fq[k-1] != '(' {
		k--
	}
	written := fq[k:at]
	if strings.EqualFold(written, sign) {
		return ""
	}
	if ind.Unit.Kind == Money {
		code = ind.Unit.Currency.String()
	}
	if w := strings.ToLower(written); w != "$" {
		// The quote's own sign names its currency ("£"); a bare "$" is
		// the dollar stated meant.
		for _, sg := range lexicon.CurrencySigns() {
			if sg.Sign == w {
				code = sg.Code
			}
		}
	}
	if m := lostSign(written+rest, rest); m != "" {
		return lostSignAdvice(written+rest, m, code)
	}
	if written == "" {
		return fmt.Sprintf("the quote writes %q with no currency sign, where stated writes %q: write stated: %q and unit: %s", rest, ind.Stated[:len(sign)], rest, code)
	}
	return fmt.Sprintf("the quote writes %q, its currency sign %q where stated writes %q: write stated: %q and unit: %s", written+rest, written, ind.Stated[:len(sign)], written+rest, code)
}

// scaleNotInQuote says what to write for a stated figure with a scale word
// ("1,485 thousand") whose quote writes the number bare ("1,485", a cell
// of a table in thousands), or "".
func scaleNotInQuote(fq string, ind *Indicator) string {
	q, _, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil || q.Scale == NoScale || q.IsRange() {
		return ""
	}
	d := q.Value
	d.Exp -= int32(3 * q.Scale)
	num := d.Text(",")
	if indexWord(fq, num) < 0 {
		return ""
	}
	return fmt.Sprintf("the quote writes %q without a scale word: where a table's header gives the scale (\"'000\"), write stated: %q with scale: %s; otherwise quote the words that state the scale", num, num, q.Scale)
}

// nounApart says what to write for a stated figure with its counted noun
// ("965.0 million passengers") whose quote writes the figure and the noun
// with words between ("965.0 million systemwide (domestic and
// international) scheduled service passengers"), or "": stated is the
// figure as the quote writes it, and the unit names the noun.
func nounApart(fq string, ind *Indicator) string {
	if ind.Stated == "" || ind.Unit.Kind != Count || ind.Unit.Name == "" {
		return ""
	}
	named := nounNamed(fq, ind.Unit.Name)
	words := strings.Fields(ind.Stated)
	if fig := bareWords(ind.Stated, ind.Measure); fig != "" {
		n := len(strings.Fields(fig))
		if indexWord(fq, foldString(fig)) < 0 {
			return ""
		}
		if w := nounAfterFigure(fq, foldString(fig)); !named && w != "" {
			// "5.2 million volunteers" of "5.2 million people"
			// (s22p-volunteer): the quote counts its own noun, which is
			// the unit that verifies; unit: volunteer would be noticed.
			return fmt.Sprintf("the quote counts %q after %q, not %q: write stated: %q, the quote's words (say %q in the title if that is what they are)", w, fig, strings.Join(words[n:], " "), fig+" "+w, strings.Join(words[n:], " "))
		}
		if !named {
			// "62,440 cases" of "to 62,440 in Q4 2022" (s17i-courts):
			// the number agrees; the quote lacks the noun.
			return fmt.Sprintf("the quote writes %q without %q: write stated: %q and unit: %s (name what is counted in the title)", fig, strings.Join(words[n:], " "), fig, ind.Unit)
		}
		noun := strings.Join(words[n:], " ")
		if at, k := indexWord(fq, foldString(fig)), strings.Index(lowerASCII(fq), lowerASCII(foldString(noun))); k >= 0 && k < at {
			// "new STI diagnoses decreased 8.8% from 399,947 in 2023 to
			// 364,750 in 2024" (s19m-disease): the noun before the figure.
			return fmt.Sprintf("the quote writes %q with %q before it, not after: write stated: %q and unit: %s", fig, noun, fig, ind.Unit)
		}
		return fmt.Sprintf("the quote writes %q with words between it and %q: write stated: %q and unit: %s", fig, noun, fig, ind.Unit)
	}
	return ""
}

// fractionWording returns the fraction word of quote ("a third", "half")
// that states about the percent of ind, a share or change stated in
// percent ("33%" against "falling by a third"), or "": the document wrote
// the word, and stated keeps it (HeldAs holds it as its percent).
func fractionWording(quote string, ind *Indicator) string {
	if ind.Unit != PercentUnit || ind.Measure != Share && ind.Measure != Change || ind.Quantity.IsRange() {
		return ""
	}
	words := strings.Fields(quote)
	for i := range words {
		for j := i + 1; j <= len(words) && j-i <= 3; j++ {
			w := strings.Trim(strings.Join(words[i:j], " "), ",;:()[].")
			if !ProportionInWords(w) {
				continue
			}
			q, u, err := ParseStatedAs(w, ind.Measure)
			if err == nil && u == PercentUnit && !q.IsRange() && math.Abs(q.Value.Float64()-ind.Quantity.Value.Float64()) < 1 {
				return w
			}
		}
	}
	return ""
}

// quoteNumbers lists the runs of digits a quote holds, for a message:
// "\"2.440\", \"2014\"" (a table's glued row shows as one run,
// "1,2501,485"); where it holds none, its number words ("one" in "only one
// in Northern Ireland"), which stated writes as the quote does.
func quoteNumbers(quote string) string {
	var out []string
	for i := 0; i < len(quote); {
		if quote[i] < '0' || quote[i] > '9' {
			i++
			continue
		}
		j := i
		for j < len(quote) && (quote[j] >= '0' && quote[j] <= '9' || quote[j] == ',' || quote[j] == '.') {
			j++
		}
		// Digits glued to a letter name a thing, not a figure: the 3 of
		// "Q3", the 2 of "CO2".
		glued := i > 0 && isAlnum(quote[i-1]) && quote[i-1] < 0x80
		if f := strings.Trim(quote[i:j], ",."); f != "" && !glued && len(out) < 8 {
			out = append(out, strconv.Quote(f))
		}
		i = j
	}
	if len(out) == 0 {
		words := strings.FieldsFunc(quote, func(r rune) bool { return !unicode.IsLetter(r) })
		for i, f := range words {
			// "zero" before a word names a policy or a goal, not a figure:
			// "a zero tolerance approach", "zero emissions" (as the drafter).
			named := i+1 < len(words) && !functionWord(lowerASCII(words[i+1])) && strings.Contains(quote, f+" "+words[i+1])
			if n, ok := lexicon.LookupNumber(lowerASCII(f)); ok && !n.Plural && len(out) < 8 && !(n.Value == 0 && named) {
				out = append(out, strconv.Quote(f))
			}
		}
	}
	if len(out) == 0 {
		return "none"
	}
	return strings.Join(out, ", ")
}

// numberOtherwise says what to write where the quote has the number of
// stated only with other marks, which read as another figure: stated "5"
// with unit: penny of the quote's "5p" (£0.05), "5" of "5%". It returns ""
// when stated's number is nowhere in the quote as a figure of its own, so
// the message never says the quote's "5" disagrees with stated "5".
func numberOtherwise(quote, stated string, ind *Indicator) string {
	num := strings.Trim(leadingDigits.FindString(stated), ",.")
	if num == "" {
		return ""
	}
	want := Format(ind.Quantity, ind.Unit, Style{})
	words := strings.Fields(quote)
	for i, w := range words {
		w = strings.Trim(w, ",;:()[]")
		w = strings.TrimRight(w, ".")
		at := strings.Index(w, num)
		if at < 0 || at > 0 && isAlnum(w[at-1]) && w[at-1] < 0x80 || at+len(num) < len(w) && w[at+len(num)] >= '0' && w[at+len(num)] <= '9' {
			continue
		}
		for _, run := range []string{w, strings.TrimRight(strings.Join(words[i:min(i+2, len(words))], " "), ",;:.)")} {
			q, u, err := ParseStatedAs(run, ind.Measure)
			if err != nil || u.Kind == Count && run != w || q.Value.IsZero() && !q.IsRange() {
				continue // "5 October": a day, no figure of a unit
			}
			if got := Format(q, u, Style{}); got != want {
				return fmt.Sprintf("it writes %s as %q, which reads as %s, not %s: write stated: %q, the quote's own characters", strconv.Quote(num), run, got, want, run)
			}
		}
	}
	return fmt.Sprintf("the quote's %s is not the figure stated (%s): quote the words that state it, or fix the figure", strconv.Quote(num), want)
}

// leadingDigits matches the first number written in digits.
var leadingDigits = regexp.MustCompile(`[0-9][0-9,.]*`)

// proportionCounted says what to write for a proportion catalogued as a
// count ("15 out of 20" with measure: count, which would be a count of
// 0.75 things), or "".
func proportionCounted(ind *Indicator, q Quantity, u Unit) string {
	if ind.Measure != CountKind || !proportionInWords(ind.Stated, q, u) {
		return ""
	}
	msg := fmt.Sprintf("%q is a proportion, not a count (it reads as %s): write measure: share, and say what it is a share of in the title", ind.Stated, proportionSaid(q.Value))
	if n, of := proportionParts(ind.Stated); n != "" {
		msg += fmt.Sprintf("; to count the %s themselves, write stated: %q with their unit and say %q in the title", n, n, of)
	}
	return msg
}

// proportionParts splits a proportion written in digits ("122 out of
// 374", "168 of the 650", "1 in 8") into its numerator and the words of
// its whole ("out of 374", "of the 650"), or "".
func proportionParts(stated string) (n, of string) {
	s := strings.TrimSpace(stated)
	for _, w := range []string{" out of ", " of ", " in "} {
		if num, rest, ok := strings.Cut(s, w); ok && isPerNumber(strings.TrimSpace(num)) {
			return strings.TrimSpace(num), strings.TrimSpace(w) + " " + strings.TrimSpace(rest)
		}
	}
	return "", ""
}

// proportionSaid writes a proportion as precisely as a share is said
// (one decimal of a percent at most, as derived shares are), as a pure
// number and its percent: 122 out of 374 is "0.326, that is 32.6%", one in four
// "0.25, that is 25%", never the 14 digits of 0.32620320855615.
func proportionSaid(v Decimal) string {
	permille := math.Round(v.Float64() * 1000)
	return fmt.Sprintf("%s, that is %s%%", strconv.FormatFloat(permille/1000, 'f', -1, 64), strconv.FormatFloat(permille/10, 'f', -1, 64))
}

// inflationAdvice says what to write for a rate of inflation catalogued as
// a change ("CPIH rose by 0.7% in the 12 months to February 2021",
// measure: change), or "": an inflation rate is a level, the rate for its
// period (the drafts read it so), and its move from the month before
// ("down from 0.9%") is a change in percentage points. The figure is such
// a rate only where a price index is the subject of its verb
// (inflationSubject): "CPI-linked pensions rose by 3%" and "Wages rose by
// 3% in 2011, ahead of CPI" are changes.
func inflationAdvice(ind *Indicator, quote string) string {
	if ind.Measure != Change || ind.Unit != PercentUnit {
		return ""
	}
	low := lowerASCII(foldString(quote))
	num := statedNumeral(figureText(ind))
	if num == "" {
		return ""
	}
	at := indexWord(low, num)
	if at < 0 {
		return ""
	}
	if w := inflationSubject(low[:at]); w != "" {
		return fmt.Sprintf("the quote gives a rate of %q: a rate of inflation is a level, the rate for its period, whatever verb says how prices got there: write measure: level and leave direction and base out (its move from the period before is a change in percentage points)", w)
	}
	return ""
}

// figureText returns ind's figure as the catalog writes it: stated, or
// the figure formatted from its value.
func figureText(ind *Indicator) string {
	if ind.Stated != "" {
		return ind.Stated
	}
	return Format(ind.Quantity, ind.Unit, Style{})
}

// statedNumeral returns the first run of digits, commas and points of
// stated, as a quote writes the figure ("0.7" of "0.7%"), or "".
func statedNumeral(stated string) string {
	i := strings.IndexAny(stated, "0123456789")
	if i < 0 {
		return ""
	}
	j := i
	for j < len(stated) && (stated[j] >= '0' && stated[j] <= '9' || stated[j] == ',' || stated[j] == '.') {
		j++
	}
	return strings.TrimRight(stated[i:j], ",.")
}

// inflationSubject returns the price index (lexicon.InflationMeasures)
// that is the subject of the verb before a figure, or "": before is the
// folded, lower-case quote up to the figure. The verb is the last word of
// change, copula or level verb (lexicon.LevelVerbs) of its clause; its
// subject the words before it back to the clause's start (a comma, a
// semicolon or a sentence's end; past a comma right before the verb, the
// sentence's first clause: "The CPI, a measure of prices, rose"); a clause
// "compared with" another takes the other's subject. The
// subject names the index where its head is one ("(CPIH)", "the consumer
// prices index", "CPI inflation", "the CPI annual rate") or it is a rate
// of one ("the rate of CPI inflation", "the 12-month rate of the CPI").
func inflationSubject(before string) string {
	if i := strings.LastIndexAny(before, ".;:!?"); i >= 0 && (i+1 == len(before) || before[i+1] == ' ') {
		before = before[i+1:] // the figure's sentence
	}
	words := strings.Fields(before)
	verb := -1
	for i := len(words) - 1; i > 0 && verb < 0; i-- {
		w := strings.Trim(words[i], ",()")
		if d, ok := lexicon.LookupDirection(w); ok && d.Change || slices.Contains(lexicon.Copulas, w) || slices.Contains(lexicon.LevelVerbs, w) || slices.Contains(lexicon.MoveVerbs, w) {
			verb = i
		}
	}
	if verb < 0 {
		return ""
	}
	subj := words[:verb]
	for len(subj) > 0 && (slices.Contains(lexicon.HaveForms, subj[len(subj)-1]) || slices.Contains(lexicon.Copulas, subj[len(subj)-1])) {
		subj = subj[:len(subj)-1] // "has risen", "was up"
	}
	s := strings.Join(subj, " ")
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		if tail := strings.TrimSpace(s[i+1:]); tail != "" {
			s = tail
		} else {
			s, _, _ = strings.Cut(s, ",") // "The CPI, a measure of prices, rose"
		}
	}
	if strings.HasPrefix(s, "compared ") {
		// "the CPIH rose by 0.1% in February 2021, compared with a larger
		// rise of 0.3% in February 2020": the same index's rate, the
		// subject of the clause compared with.
		if i := strings.LastIndex(before, ", compared "); i >= 0 {
			return inflationSubject(before[:i])
		}
	}
	return indexHead(strings.TrimSpace(s))
}

// indexHead returns the price index subject s names, or "" (see
// inflationSubject).
func indexHead(s string) string {
	if strings.HasSuffix(s, ")") {
		// "The Consumer Prices Index (CPI)": the bracket names it, or
		// what stands before it does.
		if i := strings.LastIndexByte(s, '('); i >= 0 {
			if w := indexHead(strings.TrimSpace(s[i+1 : len(s)-1])); w != "" {
				return w
			}
			return indexHead(strings.TrimSpace(s[:i]))
		}
	}
	if i := strings.LastIndex(s, "rate of "); i >= 0 {
		rest := s[i:]
		for _, w := range lexicon.InflationMeasures {
			if hasWord(rest, w) {
				return w
			}
		}
		if hasWord(rest, "inflation") {
			return "rate of inflation"
		}
	}
	for {
		for _, w := range lexicon.InflationMeasures {
			if s == w || strings.HasSuffix(s, " "+w) {
				return w
			}
		}
		// "CPI inflation", "the CPI annual rate": the index before the
		// words that make it a rate.
		i := strings.LastIndexByte(s, ' ')
		if i < 0 || !slices.Contains(lexicon.InflationRateWords, s[i+1:]) {
			return ""
		}
		s = s[:i]
	}
}

// functionWord reports whether w is a function word that ends a noun
// phrase and is none (lexicon's prepositions, conjunctions, copulas,
// forms of "have", demonstratives, possessives, relative pronouns): "has"
// in "3 in England has increased" is no plural noun.
func functionWord(w string) bool {
	for _, class := range [][]string{lexicon.Prepositions, lexicon.Conjunctions, lexicon.Copulas, lexicon.HaveForms,
		lexicon.Demonstratives, lexicon.Possessives, lexicon.RelativePronouns, lexicon.Articles} {
		if slices.Contains(class, w) {
			return true
		}
	}
	return false
}

// SettleMeasure gives ind the measure verify asks of its kind of figure,
// and says why, or "": a contribution to a rate of growth or inflation in
// percentage points is a share (contributionAdvice), a rate of inflation
// in percent a level (inflationAdvice); neither has a direction or a base.
// A figure that is no change has no direction (directionOfNoChange): a
// flow its quote moves with a word of change ("decreased by 8,000
// tonnes") is a change, any other figure keeps its measure and loses the
// direction (settleNoChange).
// A drafter calls it so that a figure read as a change of either kind is
// drafted as verify would have it written, not left out.
func SettleMeasure(ind *Indicator) string {
	if len(ind.Provenance) == 0 {
		return ""
	}
	q := ind.Provenance[0].Quote
	var to MeasureKind
	switch {
	case contributionAdvice(ind, q) != "":
		to = Share
	case inflationAdvice(ind, q) != "":
		to = Level
	case directionOfNoChange(ind, q) != "":
		return settleNoChange(ind, q)
	default:
		return ""
	}
	_, pulled := contributionWord(q, ind.Stated)
	down := ind.Quantity.Direction == Down || to == Share && pulled
	ind.Measure = to
	ind.Quantity.Direction = NoDirection
	ind.Base = Period{}
	if to == Share && down && !ind.Quantity.IsRange() {
		// "Net exports detracted 0.3 percentage points": a contribution
		// that pulled growth down is a share below zero, stated with its
		// sign, which verify reads beside the quote's word for it.
		ind.Stated = "-" + strings.TrimLeft(ind.Stated, "-−")
		if ind.Quantity.Value.Coef > 0 {
			ind.Quantity.Value.Coef = -ind.Quantity.Value.Coef
		}
		return "measure: share, a contribution to a rate of growth or inflation that pulled it down, signed below zero"
	}
	if to == Share {
		return "measure: share, a contribution to a rate of growth or inflation (the part one component accounts for), with no direction"
	}
	return "measure: level, a rate of inflation (the rate for its period), with no direction"
}

// degreeAdvice says what to write for a stated figure led by a degree word
// ("only one", "just 3 percent", lexicon.DegreeWords), or "": the word
// says how small or large the figure is, not how sure, so stated is the
// figure after it and the quote keeps the word. A whole number in words is
// a count ("only one in Northern Ireland", one local area).
func degreeAdvice(stated string) string {
	low := lowerASCII(strings.TrimSpace(stated))
	for _, w := range lexicon.DegreeWords {
		rest, ok := strings.CutPrefix(low, w+" ")
		if !ok {
			continue
		}
		fig := strings.TrimSpace(stated)[len(w)+1:]
		if _, _, err := ParseStated(fig); err != nil || rest == "" {
			return ""
		}
		return fmt.Sprintf("%q says how small or large the figure is, not how sure: write stated: %q (the quote keeps %q), with the unit of what it counts", w, fig, w)
	}
	return ""
}

// unknownUnitAdvice says what to write for stated whose unit words are
// unknown (msg, the parser's message, says "unknown unit"): the figure
// alone, and the unit those words read as with a slash read as "per"
// (ParseUnit), or, where none, no unit and the words said in the title.
// Either pair verifies. "" for any other message (s23q-wildfires: "write
// the figure as the document does" repeated what the user had written).
func unknownUnitAdvice(stated, msg string) string {
	_, q, ok := strings.Cut(msg, "unknown unit ")
	words, err := strconv.Unquote(q)
	at := strings.LastIndex(lowerASCII(stated), lowerASCII(words))
	if !ok || err != nil || words == "" || at <= 0 {
		return ""
	}
	fig := strings.TrimSpace(stated[:at])
	if _, u, err := ParseStated(fig); err != nil || !u.IsZero() {
		return ""
	}
	if _, u, err := ParseStated(fig + " " + strings.ReplaceAll(words, "/", " per ")); err == nil && !u.IsZero() {
		return fmt.Sprintf("write stated: %q and unit: %s", fig, u)
	}
	return fmt.Sprintf("write stated: %q, the figure alone, leave unit out, and say %q in the title", fig, strings.TrimSpace(stated[at:]))
}

// statedRepeatsTitle says what to write for a count stated with a name
// before its counted noun that the title already says ("5.8 million
// Universal Credit claimants" titled "Universal Credit claimants"), or "":
// the outputs print the title beside the stated figure, so the name would
// show twice. The figure is stated alone with its unit; the title names
// what is counted. A name holds a capitalised word (a benefit, a
// programme, "46,560,452 Parliamentary electoral registrations" titled
// "UK Parliamentary electoral registrations", s19m-elections), wherever
// the title puts it, that is no acronym nor place (nameWord: "U.S.
// jobs", "British citizens" say where); a plain modifier ("7,594 road casualties", "351,000
// business births") is the counted noun phrase as README's catalog
// section keeps it, and takes no notice.
func statedRepeatsTitle(ind *Indicator) string {
	if ind.Stated == "" || ind.Unit.Kind != Count {
		return ""
	}
	q, u, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil || u != ind.Unit || q.Noun == "" {
		return ""
	}
	words := strings.Fields(q.Noun)
	if len(words) < 2 {
		return ""
	}
	title := " " + lowerASCII(foldString(ind.Title)) + " "
	n := len(strings.Fields(u.Name)) // "unit of dental activity": the whole kind (lexicon.OfKindHeads)
	if n >= len(words) {
		return ""
	}
	extra := words[:len(words)-n]
	capitals := 0
	for _, w := range extra {
		if !strings.Contains(title, " "+lowerASCII(foldString(w))+" ") {
			return ""
		}
		if nameWord(w) {
			capitals++
		}
	}
	if capitals == 0 {
		return ""
	}
	st := strings.TrimSpace(ind.Stated)
	fig := strings.TrimSpace(strings.TrimSuffix(st, q.Noun))
	if fig == st || fig == "" {
		return ""
	}
	if _, _, err := ParseStated(fig); err != nil {
		// "no Indigenous children" (s33d-adoption): a zero in words is
		// no figure without its noun, and stated keeps the quote's words.
		return ""
	}
	return fmt.Sprintf("stated %q repeats %q of the title, so the outputs print it twice: write stated: %q and unit: %s", st, strings.Join(extra, " "), fig, unitWord(u))
}

// nameWord reports whether w, a modifier before a counted noun, is a
// word of a name: capitalised ("Universal", "Parliamentary"), but no
// acronym ("HIV", "U.S.", "HIV-positive") nor place or its people
// ("British", "African": EntityCode), which say where, as entities do.
func nameWord(w string) bool {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	head, _, _ := strings.Cut(w, "-")
	letters := strings.ReplaceAll(head, ".", "")
	return strings.ToUpper(letters) != letters && EntityCode(strings.Trim(w, ".,")) == ""
}

// titleNotices gives a notice, of kind ErrMismatch, for each count whose
// stated repeats its title (statedRepeatsTitle).
func (c *Catalog) titleNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if msg := statedRepeatsTitle(ind); msg != "" {
			c.addField(&l, ind.ID, "stated", ErrMismatch, msg)
		}
		if msg := rankTitleOne(ind); msg != "" {
			c.addField(&l, ind.ID, "title", ErrMismatch, msg)
		}
		if msg := rankFrameAdvice(ind); msg != "" {
			c.addField(&l, ind.ID, "stated", ErrMismatch, msg)
		}
	}
	return l
}

// rankTitleOne says what to write for a rank's title that says where its
// 1 is ("Sectarian incidents, rank (1 = lowest)", s27x-hatecrime): the
// book's Unit cell and a chart of ranks say it from the rank's word, so
// the Indicators sheet said it twice. It is "" for any other title.
func rankTitleOne(ind *Indicator) string {
	i := strings.Index(ind.Title, "(1 =")
	j := strings.IndexByte(ind.Title[max(i, 0):], ')')
	if ind.Unit.Kind != Rank || i < 0 || j < 0 {
		return ""
	}
	title := strings.TrimRight(strings.TrimSpace(ind.Title[:i]+ind.Title[i+j+1:]), " ,;")
	return fmt.Sprintf("title %q says where the rank's 1 is, which every output says from its word (the book's Unit cell \"rank (1 = …)\"): write title: %q", ind.Title, title)
}

// rankFrameAdvice says what to write for a rank whose quote gives its
// place a reach in time after the words that rank it (lexicon.RankTimeFrames:
// "the highest number of seizures on record", "its highest level since we
// began measuring") that neither stated nor the title says, so every output
// would print a first place with no reach (round Y: s28y-drugseizures,
// s28y-wellbeing): the quote's words from the rank's words to the frame's
// end, which stated takes, or the frame in the title; or "".
func rankFrameAdvice(ind *Indicator) string {
	st := lowerASCII(strings.TrimSpace(ind.Stated))
	if ind.Unit.Kind != Rank || len(ind.Provenance) == 0 || st == "" {
		return ""
	}
	title := " " + lowerASCII(ind.Title) + " "
	for _, f := range lexicon.RankTimeFrames {
		if strings.Contains(" "+st+" ", " "+f+" ") || strings.Contains(title, " "+f+" ") {
			return "" // "highest since 2009", "rank among years on record"
		}
	}
	if strings.Contains(st, "record") || strings.Contains(title, " record") {
		return "" // a record is a place on record
	}
	frame, said := rankReach(ind.Provenance[0].Quote, st)
	lead, span, _ := strings.Cut(lowerASCII(frame), " ")
	if said == "" || strings.Contains(title, " "+lowerASCII(frame)) ||
		slices.Contains(lexicon.RankSpanLeads, lead) && strings.Contains(title, " "+span) || // "rank among the past 25 years"
		!strings.HasPrefix(lowerASCII(frame), "since") && strings.Contains(title, " among all ") {
		return "" // "ever" of "rank among all quarters reported"
	}
	return fmt.Sprintf("the quote gives the place a reach, %q, which stated %q and the title leave out: write stated: %q, the quote's words with it (or say %q in the title)", frame, ind.Stated, said, frame)
}

// reachOfRank returns the words of the folded quote fq from a first place
// to ind's stated span of time that is its reach ("lowest in five years",
// "first time in four years" for stated "five years", "four years"), or
// "": a span a rank reaches over is no count of years.
func reachOfRank(fq string, ind *Indicator) string {
	if ind.Unit.Kind == Rank || ind.Stated == "" || !slices.Contains(lexicon.Durations, Singular(ind.Unit.Name)) {
		return ""
	}
	at := indexWord(fq, foldString(ind.Stated))
	if at < 0 {
		return ""
	}
	before, ok := strings.CutSuffix(strings.TrimRight(fq[:at], " "), " in")
	w := strings.Fields(before)
	if !ok || len(w) == 0 {
		return ""
	}
	from := len(w) - 1
	last := lowerASCII(w[from])
	switch {
	case last == "time" && from > 0 && slices.Contains(lexicon.Ordinals, lowerASCII(w[from-1])):
		from-- // "for the first time in four years"
	case !lexicon.Superlative(last) && !lexicon.IsRecordPlace(last):
		return ""
	}
	start := strings.LastIndex(fq[:at], w[from])
	return fq[start : at+len(foldString(ind.Stated))]
}

// rankReach returns the reach in time (lexicon.RankTimeFrames, or a span
// of time after lexicon.RankSpanLeads: "for 20 years") that quote gives
// the place it ranks by st, the rank's words in lower case, in the clause
// after them ("on record" of "the highest number of seizures on record"),
// and the quote's words from st to the reach's end, as stated takes them;
// or "", "".
func rankReach(quote, st string) (frame, said string) {
	lq := lowerASCII(quote)
	at := indexWord(lq, st)
	if at < 0 {
		return "", ""
	}
	end := at + len(st)
	clause := lq[end:]
	if i := strings.IndexAny(clause, ",;:()"); i >= 0 {
		clause = clause[:i]
	}
	if i := strings.Index(clause, ". "); i >= 0 {
		clause = clause[:i]
	}
	clause = strings.TrimRight(clause, ". ")
	for _, f := range slices.Concat(lexicon.RankTimeFrames, lexicon.RankSpanLeads) {
		i := indexWord(clause, f)
		if i < 0 {
			continue
		}
		stop := i + len(f)
		if slices.Contains(lexicon.RankSpanLeads, f) {
			n := spanOfTime(clause[stop:])
			if n == 0 {
				continue // "the highest in Wales"
			}
			stop += n
		}
		if f == "since" {
			// "since records began in 1971", to the clause the sentence
			// joins after it ("… and the fall continued", "… but").
			stop = len(clause)
			for _, c := range slices.Concat(lexicon.Conjunctions, lexicon.Contrasts) {
				if k := indexWord(clause[i:], c); k > 0 {
					stop = min(stop, i+len(strings.TrimRight(clause[i:i+k], " ")))
				}
			}
		}
		return quote[end+i : end+stop], quote[at : end+stop]
	}
	return "", ""
}

// spanOfTime returns the length of the span of time that s, lower case,
// starts with: a number in digits or words, or "a", then a duration
// (lexicon.Durations, either number): " 20 years" of " 20 years and more";
// or 0.
//
// A span counted back from the figure's time takes "the" and a word of
// lexicon.RankSpanBack before it: " the past 25 years", " the last
// decade" (s33d-adoption: "the highest number … in the past 25 years").
func spanOfTime(s string) int {
	w := strings.Fields(s)
	back := len(w) > 2 && w[0] == "the" && slices.Contains(lexicon.RankSpanBack, w[1])
	if back {
		w = w[2:]
		if len(w) > 0 && slices.Contains(lexicon.Durations, Singular(strings.TrimRight(w[0], ".,;:"))) {
			w = append([]string{"a"}, w...) // "the past decade"
		}
	}
	if len(w) < 2 {
		return 0
	}
	if _, ok := lexicon.LookupNumber(w[0]); !ok && w[0] != "a" && strings.TrimLeft(w[0], "0123456789") != "" {
		return 0
	}
	unit := strings.TrimRight(w[1], ".,;:")
	if !slices.Contains(lexicon.Durations, Singular(unit)) {
		return 0
	}
	return strings.Index(s, w[1]) + len(unit)
}

// articleAdvice says what to write for a stated figure that does not read
// and starts with an article ("a 4.5% decrease", copied from "there was a
// 4.5% decrease", s18k-construction), or "": the figure without it, or
// what to write for that.
func articleAdvice(stated string, m MeasureKind) string {
	first, rest, ok := strings.Cut(strings.TrimSpace(stated), " ")
	if !ok || !slices.Contains(lexicon.Articles, strings.ToLower(first)) {
		return ""
	}
	_, _, err := ParseStatedAs(rest, m)
	if err == nil {
		return fmt.Sprintf("the article %q is no part of a figure: write stated: %q", first, rest)
	}
	msg := err.Error()
	if i := strings.Index(msg, rest+"\": "); i >= 0 && strings.Contains(msg, "write ") {
		return fmt.Sprintf("the article %q is no part of a figure, and without it %s", first, msg[i+len(rest)+3:])
	}
	return ""
}

// unknownHedgeAdvice says what to write for words before a figure that
// are no hedge of lexicon.Hedges ("towards 76%"; s26w-driving's
// "approaching 76%" was told "no number"), or "".
func unknownHedgeAdvice(stated string) string {
	i := strings.IndexAny(stated, "0123456789")
	if i <= 0 {
		return ""
	}
	words, fig := strings.TrimSpace(stated[:i]), stated[i:]
	if _, _, err := ParseStated(fig); err != nil || !asciiLetters(strings.ReplaceAll(words, " ", "")) {
		return ""
	}
	return fmt.Sprintf("%q before the number is no hedge verify reads (lexicon.Hedges: about, nearly, close to, more than, …): it is a word to add there; until then write stated: %q and say %q in a note", words, fig, stated)
}

// noNumberAdvice says what to write for a stated that holds no number
// ("the majority") whose quote gives the figure as one percent in digits
// in the bracket that closes its words ("the majority related to a carer
// … (76%)", s18k-children), or "". A percent elsewhere in the quote is
// another claim's ("One in ten people spoke it very well, and a further
// 32% spoke it well", s26w-language), and is never offered.
func noNumberAdvice(stated, quote string) string {
	at := strings.Index(lowerASCII(quote), lowerASCII(stated))
	if strings.ContainsAny(stated, "0123456789") || at < 0 {
		return ""
	}
	rest := quote[at+len(stated):]
	open := strings.IndexByte(rest, '(')
	if open < 0 || strings.ContainsAny(rest[:open], "0123456789;") {
		return ""
	}
	closing := strings.IndexByte(rest[open:], ')')
	if closing < 0 {
		return ""
	}
	if f := percentIn(rest[open+1 : open+closing]); f != "" {
		return fmt.Sprintf("%q is no figure, and the quote states it %q: write stated: %q (name %q in the title), or leave the claim out", stated, f, f, stated)
	}
	return ""
}

// percentIn returns the one percent the quote states in digits ("76%",
// "76 per cent"), or "" where it states none or several.
func percentIn(quote string) string {
	found := ""
	words := strings.Fields(quote)
	for i, w := range words {
		w = strings.Trim(w, "(),;:.")
		if w == "" || w[0] < '0' || w[0] > '9' {
			continue
		}
		switch {
		case strings.HasSuffix(w, "%") && len(w) > 1:
		case i+2 < len(words) && words[i+1] == "per" && strings.Trim(words[i+2], "(),;:.") == "cent":
			w += " per cent"
		case i+1 < len(words) && strings.Trim(words[i+1], "(),;:.") == "percent":
			w += " percent"
		default:
			continue
		}
		if found != "" {
			return ""
		}
		found = w
	}
	return found
}

// periodFootnoteAdvice says what to write for a stated "figure" that is
// a year across two calendar years with a footnote number glued to it
// ("2015/163": the school year 2015/16 and footnote 3, s21o-obesity,
// which the parser read as the unit "/163"), or "". The figure the quote
// gives beside it, where it gives one percent, is offered.
func periodFootnoteAdvice(stated, quote string) string {
	s := strings.TrimSpace(stated)
	if len(s) < 8 || strings.Trim(s[:4], "0123456789") != "" || s[4] != '/' && s[4] != '-' || strings.Trim(s[5:], "0123456789"+lexicon.SuperscriptDigits) != "" {
		return ""
	}
	y, _ := strconv.Atoi(s[:4])
	yy, _ := strconv.Atoi(s[5:7])
	if (y+1)%100 != yy {
		return ""
	}
	year, note := s[:7], s[7:]
	adv := fmt.Sprintf("%q is the year %s with a footnote number (%s) glued to it, not a figure: write stated: the figure the quote gives", stated, year, note)
	if f := percentIn(quote); f != "" {
		adv = fmt.Sprintf("%q is the year %s with a footnote number (%s) glued to it, not a figure: write stated: %q, the figure the quote gives", stated, year, note, f)
	}
	return adv + fmt.Sprintf(", and period: %s/%s if the figure is of that year", s[:4], s[5:7])
}

// marginAdvice says what to write for a stated figure with a margin
// that ParseStated cannot read ("26 to 28 ± 1 percent"), or "": the
// parser's reason, and the shape a figure with its margin takes (a
// margin is part of the figure: Quantity.Margin).
func marginAdvice(stated string, m MeasureKind) string {
	if _, ok := splitMargin(normalizeStated(stated)); !ok {
		return ""
	}
	_, _, err := ParseStatedAs(stated, m)
	if err == nil {
		return ""
	}
	return fmt.Sprintf("%s; write a figure with its margin as the document does, the scale word and unit after the margin: \"41.2 ± 0.8 million\" with unit: bird, \"0.1 percent (±0.4 percent)\"", strings.TrimPrefix(err.Error(), fmt.Sprintf("indicators: cannot read figure %q: ", stated)))
}

// fractionBesidePercent says what to write for a figure stated in words
// whose quote gives its percent beside them ("a quarter (26%)",
// s18k-children), or "": the words hold it as 25%, the document's own
// figure is 26%.
func fractionBesidePercent(ind *Indicator, quote string) string {
	if ind.Stated == "" || !ProportionInWords(ind.Stated) {
		return ""
	}
	fq := foldString(quote)
	at := indexWord(lowerASCII(fq), lowerASCII(foldString(ind.Stated)))
	if at < 0 {
		return ""
	}
	rest := strings.TrimLeft(fq[at+len(foldString(ind.Stated)):], " ")
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	end := strings.IndexByte(rest, ')')
	if end < 0 {
		return ""
	}
	p := rest[1:end]
	if !proportionBesidePercent(ind.Stated, p) {
		return ""
	}
	return fmt.Sprintf("stated %q is held as %s, but the quote gives its percent beside it, %q: write stated: %q, the document's own figure (the words stay in the quote)", ind.Stated, messageFigure(ind.Quantity, ind.Unit), p, p)
}

// settleNoChange settles a figure that is no change but was given a
// direction, and says why, by the reading directionOfNoChange advises
// first (noChangeReading): a figure the quote writes below zero
// ("-€385 million", "minus €167 million") takes the quote's sign and no
// direction; a flow whose quote moves it by a word of change right before
// the figure ("decreased by 8,000 tonnes", "rose by €34 million") is the
// change; any other figure ("rose by €34 million, to €900 million" of the
// €900 million, a stock) keeps its measure, with no direction.
func settleNoChange(ind *Indicator, quote string) string {
	reading, w := noChangeReading(ind, quote)
	switch reading {
	case signedInQuote:
		signed := signedAsQuoted(quote, ind.Stated)
		if q, _, err := ParseStated(signed); err == nil {
			ind.Stated, ind.Quantity = signed, q
			return fmt.Sprintf("stated %q, the quote's sign, and no direction (a %s has none)", signed, ind.Measure)
		}
	case changeBefore:
		ind.Measure = Change
		return fmt.Sprintf("measure: change, an amount the quote says %q of (a flow has no direction)", w)
	}
	ind.Quantity.Direction = NoDirection
	return fmt.Sprintf("no direction: a %s has none (only a change has one)", ind.Measure)
}

// firstPlaceWord reports whether the lower-case word w states a first
// place alone, as stated takes one: a superlative ("largest") or a word
// of lexicon.FirstPlaceWords ("most"). "latest" says when, not a place.
func firstPlaceWord(w string) bool {
	return w != "latest" && asciiLetters(w) && (lexicon.Superlative(w) || slices.Contains(lexicon.FirstPlaceWords, w))
}

// rankPhraseAdvice says what to write for a stated first place written
// with the words around its superlative ("largest on record", "the most
// commonly diagnosed"), which stated does not take: the superlative
// alone, the words kept for the title; or "" (round N, s20n-population).
func rankPhraseAdvice(stated string) string {
	f := strings.Fields(lowerASCII(stated))
	if len(f) > 1 && f[0] == "the" {
		f = f[1:]
	}
	if len(f) < 2 || !firstPlaceWord(f[0]) {
		return ""
	}
	return fmt.Sprintf("a first place is written by its superlative alone: write stated: %q, and say %q in the title or a note", f[0], stated)
}

// rankWordAdvice says what to write for a first place (a rank of 1)
// whose quote does not write its stated word but states the place with
// another ("the most commonly diagnosed cancer" for stated "first",
// s20n-cancer): the quote's word, as stated then verifies; or "".
func rankWordAdvice(quote string, ind *Indicator) string {
	if ind.Unit.Kind != Rank || ind.Quantity.Value != (Decimal{Coef: 1}) {
		return ""
	}
	// Only a word in the rank's own phrase, right after "the" ("the
	// largest", "the most commonly diagnosed", "the top destination"),
	// never a quantifier ("for most of the exports").
	if r := recordIn(quote); r != "" && lowerASCII(ind.Stated) != lowerASCII(r) {
		// "the record high of 7,697 deaths": a record is the
		// series' first place, in the quote's own words.
		return fmt.Sprintf("the quote states the first place as %q, a record, the highest or lowest of its series: write stated: %q", r, r)
	}
	f := quoteWords(quote)
	for i := 1; i < len(f); i++ {
		w := f[i]
		if f[i-1] != "the" || !firstPlaceWord(w) || firstPlaceQuantifier(f, i) {
			continue
		}
		return fmt.Sprintf("the quote states the first place as %q: write stated: %q", w, w)
	}
	return ""
}

// recordIn returns the first record the quote states in two words
// ("record high", "Record amounts": lexicon.IsRecordPlace), in the
// quote's letters, or "".
func recordIn(quote string) string {
	f := quoteWords(quote)
	for i := 0; i+1 < len(f); i++ {
		if r := f[i] + " " + f[i+1]; lexicon.IsRecordPlace(r) {
			if at := strings.Index(lowerASCII(quote), r); at >= 0 {
				return quote[at : at+len(r)] // "Record amounts of cocaine"
			}
			return r
		}
	}
	return ""
}

// recordAdvice says what to write for a stated with no number ("record")
// whose quote states a record ("A record number of designs were
// registered"): the record's two words, a first place, or "".
func recordAdvice(stated, quote string) string {
	r := recordIn(quote)
	if r == "" || strings.ContainsAny(stated, "0123456789") {
		return ""
	}
	return fmt.Sprintf("the quote states a record, %q, the first place of its series: write stated: %q with measure: rank", r, r)
}

// quoteWords returns the words of quote, folded, in lower case, without
// the marks around them.
func quoteWords(quote string) []string {
	f := strings.Fields(lowerASCII(foldString(quote)))
	for i, w := range f {
		f[i] = strings.Trim(w, lexicon.PhraseEnds+"\"'")
	}
	return f
}

// firstPlaceQuantifier reports whether f[i], a word of the quote's words
// f, is a quantity in a phrase of lexicon.FirstPlaceQuantifiers ("most of
// the exports", "at least"), not a first place. After "the" it is the
// place ("the most of any industry sector").
func firstPlaceQuantifier(f []string, i int) bool {
	for _, p := range lexicon.FirstPlaceQuantifiers {
		a, b, _ := strings.Cut(p, " ")
		if f[i] == a && i+1 < len(f) && f[i+1] == b && (i == 0 || f[i-1] != "the") || f[i] == b && i > 0 && f[i-1] == a {
			return true
		}
	}
	return false
}

// firstPlaceOnlyQuantified reports whether stated, a first place written
// as a word ("most"), stands in the quote only as a quantity ("for most
// of the exports"): the quote then states no first place by it.
func firstPlaceOnlyQuantified(quote, stated string) bool {
	w := lowerASCII(strings.TrimSpace(stated))
	if !slices.Contains(lexicon.FirstPlaceWords, w) {
		return false
	}
	f := quoteWords(quote)
	seen := false
	for i := range f {
		if f[i] != w {
			continue
		}
		if !firstPlaceQuantifier(f, i) {
			return false
		}
		seen = true
	}
	return seen
}

// coordinatedParts returns the plural nouns a stated figure counts
// together ("pubs" and "clubs" of "1400 pubs and clubs"; "pubs", "clubs"
// and "bars" of "pubs, clubs and bars"), read from the noun phrase
// ParseStated gives (Quantity.Noun) and its unit read, the last head
// alone; nil where the noun joins no two plurals by "and" or a comma. A
// coordinated noun phrase is one unit: 1400 pubs and clubs are not 1400
// clubs (round N, s20n-gambling).
func coordinatedParts(noun string, read Unit) []string {
	if read.Kind != Count || !strings.Contains(noun, " and ") && !strings.Contains(noun, ", ") {
		return nil
	}
	low := strings.ReplaceAll(lowerASCII(noun), ", and ", ", ")
	var parts []string
	for _, a := range strings.Split(low, ", ") {
		for _, b := range strings.Split(a, " and ") {
			f := strings.Fields(b)
			if len(f) == 0 {
				return nil
			}
			last := f[len(f)-1]
			if !asciiLetters(last) || !lexicon.IsPlural(last) || functionWord(last) {
				return nil
			}
			parts = append(parts, strings.Join(f, " "))
		}
	}
	if len(parts) < 2 {
		return nil
	}
	if Singular(parts[len(parts)-1]) != read.Name && !strings.HasSuffix(read.Name, " "+Singular(lastWord(parts[len(parts)-1]))) && Singular(lastWord(parts[len(parts)-1])) != read.Name {
		return nil
	}
	return parts
}

// CountsTogether reports whether unit u counts every noun that stated
// joins ("pub and club" of "1400 pubs and clubs", "nurse, midwife and
// nursing associate"), as Load accepts it: the drafter asks before it
// writes a list's unit.
func CountsTogether(stated string, u Unit) bool {
	q, read, err := ParseStated(stated)
	if err != nil {
		return false
	}
	parts := coordinatedParts(q.Noun, read)
	return parts != nil && bothWords(parts, u)
}

// bothWords reports whether given names every part as one unit, in
// the singular: "pub and club" for "pubs and clubs", "rat, guinea pig and
// rabbit" for "rats, guinea pigs and rabbits", which a catalog may write
// for them.
func bothWords(parts []string, given Unit) bool {
	var s []string
	for _, p := range parts {
		s = append(s, lastWord(p))
	}
	whole := strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	return given.Kind == Count && (given.Name == Singular(strings.Join(s, " and ")) || given.Name == Singular(whole))
}

// coordinatedAdvice says what to write for stated, which counts the parts
// together (coordinatedParts), or "": the figure alone with a unit that
// counts every part, the one lexicon.CoordinatedWholes names for two, or
// the writer's; never the last part's unit, which misreads the figure.
func coordinatedAdvice(stated string, parts []string, given Unit) string {
	joined := strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
	fig := figureAlone(stated)
	// The list as the unit: each part's noun, in the singular ("pub and
	// club", "rat, guinea pig and rabbit"; lexicon.IsNounList).
	both := ""
	if list := Singular(joined); list != joined {
		both = fmt.Sprintf(" (or keep stated and write unit: %s, %s)", list, map[bool]string{true: "both words", false: "every noun"}[len(parts) == 2])
	}
	if given.Kind == Count && given.Name != Singular(lastWord(parts[len(parts)-1])) {
		return fmt.Sprintf("stated %q counts %s together, one unit: to count them as %s, write stated: %q, the figure alone, and keep %q in the title", stated, joined, Plural(given.Name), fig, joined)
	}
	whole := ""
	if len(parts) == 2 {
		a, b := Singular(lastWord(parts[0])), Singular(lastWord(parts[1]))
		if a > b {
			a, b = b, a
		}
		whole = lexicon.CoordinatedWholes[a+" "+b]
	}
	if whole != "" {
		return fmt.Sprintf("stated %q counts %s together, which a unit of its last noun alone misreads (every output would say %q): write stated: %q and unit: %s, the one noun for each of them, and keep %q in the title%s", stated, joined, fig+" "+Plural(Singular(lastWord(parts[len(parts)-1]))), fig, whole, joined, both)
	}
	return fmt.Sprintf("stated %q counts %s together, which a unit of its last noun alone misreads (every output would say %q): write stated: %q and, as unit, the one noun each of them is, and keep %q in the title%s", stated, joined, fig+" "+Plural(Singular(lastWord(parts[len(parts)-1]))), fig, joined, both)
}

// pointsInQuote returns the quote's own words for a figure stated with
// "%" but given unit: percentage_point where a quote writes that number
// in percentage points ("2.0 percentage points" for stated "2.0%"), or
// "": the quote's words then say the unit, and percent_as_points, which
// is for a document that writes points as "%", does not apply.
func pointsInQuote(stated string, read, given Unit, quotes []string) string {
	if read != PercentUnit || given != PercentagePointUnit {
		return ""
	}
	num := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(stated), "%"))
	if num == "" || strings.ContainsAny(num, " %") {
		return ""
	}
	for _, q := range quotes {
		low := lowerASCII(foldString(q))
		for _, w := range []string{" percentage points", " percentage point", " pp"} {
			i := indexWord(low, num+w)
			if i >= 0 {
				return foldString(q)[i : i+len(num)+len(w)]
			}
		}
	}
	return ""
}

// bareWords returns the longest run of stated's first words that reads as
// a figure with no unit ("35.7" of "35.7 mean paid weekly hours"), or "".
func bareWords(stated string, m MeasureKind) string {
	words := strings.Fields(stated)
	for n := len(words) - 1; n >= 1; n-- {
		fig := strings.Join(words[:n], " ")
		if _, u, err := ParseStatedAs(fig, m); err == nil && u.IsZero() {
			return fig
		}
	}
	return ""
}

// lostSign returns the mark a stored copy wrote for a currency sign its
// encoding lost, "?" or U+FFFD right before the number of stated
// ("?16.2 billion" for "£16.2 billion"), where quote writes one, or "".
func lostSign(quote, stated string) string {
	i := strings.IndexAny(stated, "0123456789")
	if i < 0 {
		return ""
	}
	for _, m := range []string{"?", "\uFFFD"} {
		at := strings.Index(quote, m+stated[i:])
		if at >= 0 && (at == 0 || !isAlnum(quote[at-1])) {
			return m
		}
	}
	return ""
}

// lostSignAdvice says how to write a money figure, stated, whose
// currency sign the stored copy wrote as mark: the bare figure, the
// currency (code) as the unit, and a note that names it, the one honest
// word for what the text no longer shows.
func lostSignAdvice(stated, mark, code string) string {
	i := strings.IndexAny(stated, "0123456789")
	bare := strings.TrimSuffix(stated[:i], mark) + stated[i:]
	return fmt.Sprintf("%q before the number is the mark the stored copy wrote for a currency sign it lost: write stated: %q and unit: %s, and a note that names the currency (notes: [\"In %s: the stored copy writes its currency sign as '%s'.\"])", mark, bare, code, code, mark)
}
