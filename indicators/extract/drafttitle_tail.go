package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles mended once a document's figures are drafted, each from the
// words around it and the figure before it: a title never opens on a verb
// ("Continues a steadily decreasing trend") nor names as what changed a
// phrase that measures nothing (namesMeasure: "Fall in exception",
// "Increase in small", "Change in End of September"); an earlier reading
// takes the title of the figure it is compared with; a change with no
// measured phrase of its own takes the subject of its sentence, the
// antecedent of its relative clause or the level before it.

// notChangedWords are words a change's title may wrongly name as what
// changed: the noun of a connective ("with the exception of", "in
// addition to", "in spite of", "in contrast to") or an adjective of the
// change itself ("a small increase", "a slight fall").
var notChangedWords = map[string]bool{"previous": true, "preceding": true, "same": true, "prior": true, "exception": true, "addition": true, "spite": true, "contrast": true, "comparison": true,
	"line": true, "part": true, "terms": true, "view": true, "light": true, "respect": true,
	"small": true, "slight": true, "large": true, "sharp": true, "modest": true, "marked": true, "steady": true, "further": true,
	"overall": true, "total": true, "significant": true, "substantial": true}

// verbTitle matches a title that opens on a finite verb or a participle
// with its object: "Continues a steadily decreasing trend", "Reflects a
// deficit", "Representing an": a verb with its object's determiner
// ("Imports from the EU" is a noun with its preposition).
var verbTitle = lazyRegexp(`^(?:[A-Z][a-z]+(?:[^s]s|ing|ed)|Having|Being)\s+(?:a|an|the|its|their)\b`)

// clauseSubjectRE matches the subject of the figure's own clause in the
// words before it: "when crime reached a record high of", "as exports
// rose to".
var clauseSubjectRE = lazyRegexp(`(?i)\b(?:when|where|as|after|while|which|that|and)\s+((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]+)\s+(?:reached|hit|rose|fell|grew|stood|peaked|totalled|totaled|amounted|climbed|dropped|declined|increased|decreased|was|were)\b[^,;]*$`)

// peakBefore matches words before a figure that make it a peak: "a
// record high of", "a peak of", "peaked at".
var peakBefore = lazyRegexp(`(?i)\b(?:record high|all-time high|peak|peaked|highest level)\b[^,;]*$`)

// subjectStopWords cannot stand alone as a subject: pronouns and
// determiners.
var subjectStopWords = stopSet(classDemonstratives|classPronouns|classRelativePronouns, "there")

// leadFrameRE matches a sentence's leading frame before its subject:
// "Other than a slight increase in 2006-07, ", "Between 2001 and 2012 ",
// "Since 2005, ".
var leadFrameRE = lazyRegexp(`^(?:(?:Other than|Apart from|Except for|With the exception of|Despite|After|Since|In|Over|Between)\b[^,]{0,60},\s*|(?:In|Since|Between)\s+\d{4}(?:-\d{2})?(?:\s+and\s+\d{4}(?:-\d{2})?)?\s+)`)

// baseTimeTitle matches a change's title that names its base as what
// changed: "Decrease in previous quarter", "Rise in same month".
var baseTimeTitle = lazyRegexp(`^\S+ (?:in|of) (?:the )?(?:previous|preceding|same|last|prior) (?:quarter|month|year|week|period)$`)

// antecedentRE matches the antecedent of a relative clause the figure
// is in: "oil exported to EU countries, which fell by".
var antecedentRE = lazyRegexp(`(?:^|[,;:]\s*)((?:[A-Za-z][A-Za-z-]*\s+){0,6}?[A-Za-z][A-Za-z-]+),\s+which\s+(?:fell|rose|grew|increased|decreased|declined|dropped|climbed|widened|narrowed)\s+by\s+$`)

// sentenceSubjectRE matches a sentence's subject before its first verb:
// "crime has been", "live births rose", "public sector net debt
// (excluding public sector banks) was" (its bracket left out).
var sentenceSubjectRE = lazyRegexp(`^(?:the\s+)?((?:[a-z][a-z-]*\s+){0,3}?[a-z][a-z-]+)(?:\s+\([^()]{1,80}\))?\s+(?:has|have|had|was|were|is|are|rose|fell|grew|increased|decreased|declined|dropped|climbed)\b`)

// retitleTails mends the titles of a document's drafted claims by the
// rules of this file, in text order.
func (d *docDraft) retitleTails(out []claim) []claim {
	prev := -1                        // the last drafted claim
	renamed := map[string][2]string{} // a share's old title: its new one and why
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		p := prev
		prev = i
		t, why := d.tailTitle(cl, out, p)
		if r, ok := renamed[cl.ind.Title]; ok && t == "" && cl.ind.Measure == indicators.Share {
			// "… increasing from 0.33% in 2021": the earlier reading of
			// a share renamed above takes its new name.
			t, why = r[0], r[1]
		}
		if t == "" || t == cl.ind.Title {
			continue
		}
		if cl.ind.Measure == indicators.Share {
			renamed[cl.ind.Title] = [2]string{t, why}
		}
		cl.ind.Title, cl.fieldNotes["title"] = t, why
		declare(cl.fieldNotes, "title", "title/retitleTails")
		cl.ind.ID = d.unique(idOf(cl.ind))
	}
	return out
}

// shareSubjectRE matches the words before a share whose sentence's
// subject is the part: "The 2022 ODA total is equivalent to", "Exports
// accounted for".
var shareSubjectRE = lazyRegexp(`^(?:The\s+|the\s+)?((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+(?:(?:is|was|are|were)\s+)?(?:equivalent to|equal to|amounting to|amounts to|amounted to|equals|equalled|equaled|` + partShareVerbs + `)(?:\s+(?:about|around|some|nearly|almost|roughly))?\s*$`)

// acronymAfter matches a defined acronym in parentheses after a phrase:
// " (GNI)".
var acronymAfter = lazyRegexp(`^\s*\(([A-Z][A-Z0-9]{1,7})\)`)

// partOfShare returns the title "<part> as a share of <whole>" of a share
// titled "Share of <whole>" whose sentence's subject is its part ("The
// 2022 ODA total is equivalent to 0.36% of DAC donors' combined gross
// national income (GNI)": "ODA total as a share of DAC donors' combined
// GNI"), a whole the sentence defines an acronym of written as the
// acronym; or "".
func partOfShare(ind *indicators.Indicator) string {
	whole, ok := strings.CutPrefix(ind.Title, "Share of ")
	quote := ind.Provenance[0].Quote
	at := strings.Index(quote, ind.Stated)
	if !ok || at < 0 {
		return ""
	}
	s := strings.TrimSpace(quote[:at])
	s = s[bulletPrefix(s):]
	sm := shareSubjectRE.FindStringSubmatch(s)
	if sm == nil {
		return ""
	}
	var part []string
	for _, w := range strings.Fields(sm[1]) {
		if !isDigit4(w) {
			part = append(part, w)
		}
	}
	if len(part) == 0 || subjectStopWords[strings.ToLower(part[0])] || startsWithPlace(strings.Join(part, " ")) || containsFold(whole, strings.Join(part, " ")) {
		// "The United States and Japan account for …": the places are
		// the share's entities; a whole that names the part already
		// says it.
		return ""
	}
	if i := strings.Index(quote, whole); i >= 0 {
		if am := acronymAfter.FindStringSubmatch(quote[i+len(whole):]); am != nil {
			if f := strings.Fields(whole); len(f) > 1 {
				// The long form is the whole's last words, as many as the
				// acronym has letters, or fewer.
				n := min(len(am[1]), len(f)-1)
				whole = strings.Join(f[:len(f)-n], " ") + " " + am[1]
			}
		}
	}
	return upperFirst(strings.Join(part, " ")) + " as a share of " + whole
}

// tailTitle returns a better title for cl and why, or "": prev is the
// index in out of the claim drafted before it, or -1.
func (d *docDraft) tailTitle(cl *claim, out []claim, prev int) (string, string) {
	ind := &cl.ind
	t := ind.Title
	f := strings.Fields(t)
	if len(f) == 0 {
		return "", ""
	}
	quote := ind.Provenance[0].Quote
	var before *indicators.Indicator
	if prev >= 0 {
		before = &out[prev].ind
	}
	changeNoun := isChangeNoun(f[0]) && len(f) >= 3 && (f[1] == "in" || f[1] == "of")
	// An earlier reading ("compared with 25.9% in 2012") is what the figure
	// before it is: its title, not the change word beside it.
	if strings.Contains(cl.fieldNotes["measure"], "an earlier reading of the figure before it") && before != nil &&
		ind.Measure != indicators.Change && (changeNoun || isFallbackTitle(t)) {
		return before.Title, "an earlier reading of the figure before it takes its title"
	}
	// "… was 9.08 million, a 587,972 increase over last year when there
	// were 8.49 million": the level a change is compared with is an
	// earlier reading of the level the change is of, and takes its title.
	if ind.Measure != indicators.Change && (isFallbackTitle(t) || titleFault(t) != "" || isChangeTitle(t)) && before != nil && before.Measure == indicators.Change {
		if l := levelOfChange(out, prev); l != nil && comparedBackIn(quote, before.Stated, ind.Stated) {
			return l.Title, "the figure a change is compared with: an earlier reading of the level the change is of"
		}
	}
	// "the 87.2 percent (115.8 million) in 2022", "an increase of 3,918
	// (+1.2%)": a figure alone in brackets right after another restates
	// it in another unit; a count's percent is its share of the whole.
	// So does one titled by only the head of the count's title
	// ("Households" after "Households in fuel poverty").
	if (isFallbackTitle(t) || titleFault(t) != "" || before != nil && strings.HasPrefix(strings.ToLower(before.Title), strings.ToLower(t)+" ")) &&
		before != nil && !isFallbackTitle(before.Title) && restatedIn(quote, before.Stated, ind.Stated) {
		if statedPercent(ind.Stated) && !statedPercent(before.Stated) && before.Measure != indicators.Change && ind.Measure != indicators.Change {
			return "Share of " + lowerTitle(before.Title), "the count before the brackets, whose share of the whole this percent is"
		}
		return before.Title, "the figure before the brackets, which this one restates in another unit"
	}
	if ind.Measure == indicators.Change && (isFallbackTitle(t) || changeNoun && (!namesMeasure(strings.Join(f[2:], " ")) || baseTimeTitle.MatchString(t))) {
		noun := "Change"
		switch {
		case changeNoun:
			noun = f[0]
		case ind.Quantity.Direction == indicators.Down:
			noun = "Fall"
		case ind.Quantity.Direction == indicators.Up:
			noun = "Rise"
		}
		if s := framedSubject(quote); s != "" && namesMeasure(s) {
			return noun + " in " + s, "the subject of its sentence, after a leading frame, and the change its verb makes"
		}
		if at := strings.Index(quote, ind.Stated); at >= 0 {
			if sm := antecedentRE.FindStringSubmatch(quote[:at]); sm != nil && !subjectStopWords[strings.ToLower(strings.Fields(sm[1])[0])] {
				return noun + " in " + sm[1], "the antecedent of the relative clause the change is in"
			}
		}
		if b := d.levelBefore(out, cl); b != nil && namesMeasure(b.Title) {
			return noun + " in " + lowerTitle(b.Title), "a change named by a connective: in what the level before it in its paragraph counts"
		}
		return "", ""
	}
	if isFallbackTitle(t) && ind.Measure != indicators.Share && pronounSubject(quote) {
		// "They increased from 16,234 in Q1 of 2007 to 17,278": the
		// level before it in its paragraph is what the pronoun stands for.
		if b := d.levelBefore(out, cl); b != nil && namesMeasure(b.Title) {
			return b.Title, "a figure whose sentence's subject is a pronoun: what the level before it in its paragraph measures"
		}
	}
	if ind.Measure == indicators.Share {
		if s := partOfShare(ind); s != "" {
			return s, "a share names its part, the subject of its sentence, and its whole"
		}
	}
	if verbTitle.MatchString(t) {
		at := strings.Index(quote, ind.Stated)
		if at < 0 {
			return "", ""
		}
		sm := clauseSubjectRE.FindStringSubmatch(quote[:at])
		if sm == nil || subjectStopWords[strings.ToLower(strings.Fields(sm[1])[0])] {
			return "", ""
		}
		s := upperFirst(sm[1])
		if peakBefore.MatchString(quote[:at]) {
			return s + " at its peak", "the subject of the figure's own clause, not the verb that opens the sentence"
		}
		return s, "the subject of the figure's own clause, not the verb that opens the sentence"
	}
	return "", ""
}

// levelOfChange returns the first level of the sentence of the change
// out[c] that has a title of its own: what the change is of; or nil.
func levelOfChange(out []claim, c int) *indicators.Indicator {
	var l *indicators.Indicator
	for j := c; j >= 0; j-- {
		o := &out[j].ind
		if out[j].skip != "" || len(o.Provenance) == 0 {
			continue
		}
		if o.Provenance[0].Span != out[c].ind.Provenance[0].Span {
			break
		}
		if o.Measure != indicators.Change && !isFallbackTitle(o.Title) {
			l = o
		}
	}
	return l
}

// comparedBackIn reports whether quote writes the figure stated as r after
// the one stated as b with the words that introduce what a change is
// compared with between them (backFigureLeadRe: "over last year when
// there were").
func comparedBackIn(quote, b, r string) bool {
	i := strings.Index(quote, b)
	if i < 0 {
		return false
	}
	j := strings.Index(quote[i+len(b):], r)
	return j >= 0 && backFigureLeadRe.MatchString(quote[i+len(b):i+len(b)+j])
}

// restatedIn reports whether quote writes the figure stated as b and,
// alone in brackets right after it, the one stated as r: "115.8 million
// (87.2 percent)", "3,918 (+1.2%)".
func restatedIn(quote, b, r string) bool {
	for at := 0; ; {
		i := strings.Index(quote[at:], b)
		if i < 0 {
			return false
		}
		at += i + len(b)
		rest := strings.TrimLeft(quote[at:], " ")
		if rest, ok := strings.CutPrefix(rest, "("); ok {
			rest = strings.TrimLeft(rest, "+-−")
			if rest, ok := strings.CutPrefix(rest, r); ok && strings.HasPrefix(rest, ")") {
				return true
			}
		}
	}
}

// statedPercent reports whether a stated figure is a percent: "61.2%",
// "1.2 per cent".
func statedPercent(s string) bool {
	l := strings.ToLower(s)
	return strings.HasSuffix(l, "%") || strings.HasSuffix(l, "percent") || strings.HasSuffix(l, "per cent")
}

// framedSubject returns the subject of a sentence after its leading
// frame ("Other than a slight increase in 2006-07, crime has been …" is
// "crime"), or "" if it is a pronoun or not found.
func framedSubject(quote string) string {
	s := strings.TrimSpace(quote)
	s = s[bulletPrefix(s):]
	if loc := leadFrameRE.FindStringIndex(s); loc != nil {
		s = s[loc[1]:]
	}
	sm := sentenceSubjectRE.FindStringSubmatch(strings.ToLower(s))
	if sm == nil || subjectStopWords[strings.Fields(sm[1])[0]] {
		return ""
	}
	// Keep the document's own letters: the subject as written.
	at := strings.Index(strings.ToLower(s), sm[1])
	return s[at : at+len(sm[1])]
}

// lowerTitle returns a title to follow "Fall in": its first letter lower
// unless it opens on an acronym or a name ("UK deficit", "England").
func lowerTitle(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return t
	}
	w := f[0]
	if strings.ToUpper(w) == w || startsWithPlace(t) {
		return t
	}
	return strings.ToLower(w[:1]) + t[1:]
}

// levelBefore returns the last claim before cl in cl's paragraph that is
// no change and has a title of its own, drafted or restating one drafted
// (a second quote), or nil.
func (d *docDraft) levelBefore(out []claim, cl *claim) *indicators.Indicator {
	i := 0
	for i < len(out) && &out[i] != cl {
		i++
	}
	at := cl.ind.Provenance[0].Span.Start
	_, lead, inList := leadInOf(d.src.Text, at) // a list's lead-in opens what its items measure
	for j := i - 1; j >= 0; j-- {
		o := &out[j]
		if len(o.ind.Provenance) == 0 || o.skip != "" && !strings.Contains(o.skip, "a second quote of") {
			continue
		}
		p := o.ind.Provenance[0].Span
		if p.Start > at || p.End <= at && strings.Contains(d.src.Text[p.End:at], "\n\n") || inList && p.End <= lead {
			return nil // a figure of its own sentence before it is one of its paragraph's
		}
		if o.ind.Measure != indicators.Change && !isUnderTitle(o.ind.Title) {
			return &o.ind
		}
	}
	return nil
}

// pronounSubject reports whether a sentence's subject, after its leading
// frame, is a pronoun that stands for what an earlier figure measures:
// "They increased from …", "After which they decreased to …", "This is an
// increase of 33%", "It rose to …".
func pronounSubject(quote string) bool {
	s := strings.TrimSpace(quote)
	s = s[bulletPrefix(s):]
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 1 && (f[0] == "after" || f[0] == "before") && f[1] == "which" {
		f = f[2:] // a relative clause that goes on the sentence before
	} else if loc := leadFrameRE.FindStringIndex(s); loc != nil {
		f = strings.Fields(strings.ToLower(s[loc[1]:]))
	}
	if len(f) < 2 {
		return false
	}
	switch f[0] {
	case "they", "it", "this", "these":
		return auxiliaries[f[1]] || subjectEnds[f[1]] || changeVerbRE.MatchString(f[1])
	}
	return false
}

// ownChangeNouns gives each change titled from another sentence the word
// its own quote names the change by (ownChangeNoun): the last of the
// title passes, so none sets "Change" back.
func (d *docDraft) ownChangeNouns(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || cl.ind.Measure != indicators.Change {
			continue
		}
		if t := ownChangeNoun(cl.ind.Title, cl.ind.Provenance[0].Quote, cl.ind.Stated); t != "" {
			cl.ind.Title, cl.fieldNotes["title"] = t, strings.TrimPrefix(cl.fieldNotes["title"]+"; ", "; ")+"the change in its own quote's word"
			declare(cl.fieldNotes, "title", "title/ownChangeNouns")
			cl.ind.ID = d.unique(idOf(cl.ind))
		}
	}
	return out
}

// ownChangeNoun returns title t of a change with its "Change" made the
// word its own quote names the change by ("A decrease of 6% on …", "a
// massive 89% increase"), when t was taken from another sentence (no word
// of four letters or more of its own quote) and so says nothing in the
// quote's words; or "".
func ownChangeNoun(t, quote, stated string) string {
	rest, ok := strings.CutPrefix(t, "Change in ")
	at := strings.Index(quote, stated)
	if !ok || at < 0 || sharesQuoteWord(t, quote) {
		return ""
	}
	before, after := strings.Fields(quote[:at]), strings.Fields(quote[at+len(stated):])
	w := ""
	switch {
	case len(after) > 0 && isChangeNoun(strings.Trim(after[0], ",.;:")):
		w = strings.Trim(after[0], ",.;:") // "89% increase"
	case len(before) > 1 && strings.EqualFold(before[len(before)-1], "of") && isChangeNoun(before[len(before)-2]):
		w = before[len(before)-2] // "a decrease of 6%"
	}
	if w == "" || strings.EqualFold(w, "change") {
		return ""
	}
	return upperFirst(strings.ToLower(w)) + " in " + rest
}

// sharesQuoteWord reports whether title t holds a word of four letters or
// more that its quote writes (case aside).
func sharesQuoteWord(t, quote string) bool {
	q := strings.ToLower(quote)
	for _, w := range strings.Fields(strings.ToLower(t)) {
		if w = strings.Trim(w, ",.;:()’'"); len(w) >= 4 && strings.Contains(q, w) {
			return true
		}
	}
	return false
}
