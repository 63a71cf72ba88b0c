package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// The words titles are made without: determiners and the like are dropped
// at a title's ends, verbs end a subject. One table each.
var (
	// titleStop: articles, possessives, demonstratives, conjunctions,
	// prepositions, relative and personal pronouns, and the adverbs and
	// words a title drafted from a sentence is left with at its ends.
	titleStop = lessWords(stopSet(classArticles|classPossessives|classDemonstratives|classConjunctions|
		classPrepositions|classRelativePronouns|classPronouns,
		"while", "as", "about", "some", "currently", "now", "also", "moreover", "today", "already"),
		"he", "she") // as the list was written: no reason known
	// subjectEnds are the words that end a title's subject: verbs, modals
	// and the auxiliaries of drafttitlerelations.go.
	subjectEnds = withWords(map[string]bool{"be": true, "been": true,
		"will": true, "would": true, "could": true, "can": true, "may": true, "shall": true, "should": true,
		"grew": true, "rose": true, "fell": true, "increased": true, "decreased": true, "declined": true, "reached": true, "totaled": true, "totalled": true,
		"valued": true, "supported": true, "supports": true, "support": true, "accounted": true, "accounting": true, "employed": true, "employs": true, "employ": true,
		"topped": true, "exceeded": true, "amounted": true, "stood": true, "made": true, "making": true, "provided": true, "provides": true,
		"according": true, "represented": true, "represents": true, "accumulated": true, "invested": true, "aims": true, "intends": true,
		"indicates": true, "indicate": true, "shows": true, "show": true, "showed": true, "require": true, "requires": true, "need": true, "needs": true,
		"totals": true, "tops": true, "add": true, "adds": true, "lack": true, "lacks": true}, auxiliaries)
	// edAdjectives end in -ed but are no verb: "the United States", "an
	// estimated 168,000 jobs", "combined exports".
	edAdjectives = map[string]bool{"united": true, "limited": true, "advanced": true, "developed": true, "combined": true, "related": true,
		"based": true, "detailed": true, "estimated": true, "projected": true, "expected": true, "planned": true, "proposed": true,
		"targeted": true, "dedicated": true, "skilled": true, "licensed": true, "registered": true, "listed": true, "integrated": true,
		"sustained": true, "renewed": true, "increased": false, "red": true, "shared": true, "need": true}
	// doneBy turns a verb before a counted noun into the words of a title
	// that names the counted things: "Japanese companies employed 650,000
	// U.S. workers" → "U.S. workers employed by Japanese companies".
	doneBy = map[string]string{"supported": "supported", "supports": "supported", "supporting": "supported",
		"employed": "employed", "employs": "employed", "employing": "employed", "created": "created", "creates": "created", "creating": "created",
		"trained": "trained", "trains": "trained", "hired": "hired", "hires": "hired", "served": "served", "serves": "served",
		"reached": "reached", "reaches": "reached", "connected": "connected", "connects": "connected", "sustained": "sustained",
		"sustains": "sustained", "sustaining": "sustained", "helped": "helped", "helps": "helped", "treated": "treated", "vaccinated": "vaccinated",
		"saved": "saved", "saves": "saved", "saving": "saved", "employ": "employed", "support": "supported", "create": "created",
		"hire": "hired", "train": "trained", "serve": "served", "reach": "reached", "help": "helped", "treat": "treated",
		// "Ghana attracts hundreds of American students": students
		// attracted by Ghana.
		"attracts": "attracted", "attract": "attracted", "attracted": "attracted", "welcomes": "welcomed", "welcome": "welcomed",
		"welcomed": "welcomed", "hosts": "hosted", "host": "hosted", "hosted": "hosted"}
	// quantityNouns before "of" count nothing themselves: "an initial set
	// of six partner countries" counts countries.
	quantityNouns = map[string]bool{"set": true, "number": true, "amount": true, "total": true, "group": true, "list": true, "batch": true, "series": true, "handful": true, "range": true}
	// changeNouns name the change a verb before "by" makes: "reduce … by
	// 26 to 28 percent" is a reduction.
	changeNouns = map[string]string{"reduce": "Reduction in", "reduced": "Reduction in", "reducing": "Reduction in", "cut": "Cut in", "cutting": "Cut in",
		"lower": "Reduction in", "increase": "Increase in", "increased": "Increase in", "increasing": "Increase in", "raise": "Increase in", "raising": "Increase in",
		"boost": "Increase in", "expand": "Expansion of", "expanding": "Expansion of", "grow": "Growth of", "grew": "Growth of", "growing": "Growth of",
		"rose": "Rise in", "rise": "Rise in", "fell": "Fall in", "fall": "Fall in", "declined": "Decline in", "decline": "Decline in"}
	limitNouns = map[string]bool{"goal": true, "target": true, "limit": true, "threshold": true, "ceiling": true, "cap": true}
)

// titleFor names what a figure measures in plain words of its clause:
// "our two-way goods and services trade was $279 billion" → "Two-way
// goods and services trade". It returns "" when no words are found.
func (d *docDraft) titleFor(m Mention, cs int, measure indicators.MeasureKind) string {
	m, cs = reportedFrom(d.src.Text, m, cs)
	if t := d.surveyTitle(m); t != "" {
		return t
	}
	if l, ok := d.categoryItem(m); ok {
		return l.title(d, m.Sentence)
	}
	if _, ce := clauseOf(d.src.Text, m); m.Kind == Currency && measure == indicators.Flow {
		// "with $27.7 billion in total (two way) goods trade" →
		// "U.S.-Colombia two-way goods trade".
		if ents, cp, _, _ := d.entities(m, cs, d.ownEnd(m, ce), measure); cp == "" {
			if t := d.twoWayTitle(m, ents); t != "" {
				return t
			}
		}
	}
	if t := d.itemFunding(m); t != "" {
		return t
	}
	if t := d.totalTitle(m, cs); t != "" {
		return t
	}
	if label := d.runInLabel(m); label != "" && d.labelGoverns(m, label) {
		if measure == indicators.Change {
			return shorten(changeTitle(m.Quantity.Direction, label), 60)
		}
		return shorten(title(label), 60)
	}
	if t := d.complementTitle(m); t != "" {
		return shorten(t, 60)
	}
	t := d.titleWords(m, cs, measure)
	if bareVerb(t) || strings.EqualFold(t, "there") {
		t = "" // "There were 45.2 vacancies per 100,000 population": no subject names the figure
	}
	if ft := d.flowTitle(m, cs, t); ft != "" {
		return shorten(ft, 60)
	}
	if measure == indicators.Change {
		if ct := d.changeOfFlow(m, t); ct != "" {
			return ct
		}
		// "… $80.3 billion, a 7.7 percent increase from 2021 and a 15
		// percent increase from 2012": the noun after the figure.
		_, ce := clauseOf(d.src.Text, m)
		if after := words(d.src.Text[m.Span.End:ce]); len(after) > 0 {
			if ct := d.changeOfFlow(m, strings.Trim(after[0], ",.;:")); ct != "" {
				return ct
			}
		}
	}
	// One word ("Value", "Increase") says little: what follows the
	// figure's "in" or "of" says of what ("Value of new two-way trade and
	// investment").
	if len(strings.Fields(t)) == 1 {
		text := d.src.Text
		_, ce := clauseOf(text, m)
		after := words(joinBroken(text[m.Span.End:ce]))
		if len(after) > 1 {
			if p := strings.ToLower(after[0]); p == "in" || p == "of" || p == "for" {
				np := nounAfter(after[1:])
				if lp := listAfter(text, m.Span.End, ce, m.Sentence.End); lp != "" {
					np = lp // "for schools, clinics, and roads in Haiti"
				}
				if np != "" && !onlyPlaces(np) && !strings.EqualFold(np, t) {
					// "Increase in …", "Value of …", "Request for …"
					if p != "for" {
						p = "of"
					}
					switch strings.ToLower(t) {
					case "increase", "rise", "growth", "decline", "decrease", "fall", "drop", "cut", "reduction", "change":
						p = "in"
					}
					t += " " + p + " " + np
				}
			}
		}
	}
	return shorten(t, 60)
}

func (d *docDraft) titleWords(m Mention, cs int, measure indicators.MeasureKind) string {
	text := d.src.Text
	_, ce := clauseOf(text, m)
	// Past a restatement in parentheses: "over 850 billion Tanzanian
	// shillings ($700 million USD) in bilateral assistance".
	if ce < m.Sentence.End && text[ce] == '(' {
		if j := strings.IndexByte(text[ce:m.Sentence.End], ')'); j > 0 && d.figureBetween(m, ce, ce+j+1) {
			e := ce + j + 1
			for e < m.Sentence.End && !isClauseBreak(text, e, m.Sentence.Start, m.Sentence.End) {
				e++
			}
			ce = e
		}
	}
	before := d.namedSubject(m, cs, absoluteWith(withoutEvaluative(pastOpeners(reportedClause(words(joinBroken(text[cs:m.Span.Start])))))))
	after := words(joinBroken(text[m.Span.End:ce]))
	if len(after) > 0 && strings.HasPrefix(after[0], "(") {
		// Drop the restatement itself.
		for i, w := range after {
			if strings.Contains(w, ")") {
				after = after[i+1:]
				break
			}
		}
	}
	if t := d.targetTitle(m, cs, before, after, measure); t != "" {
		return t
	}
	if measure != indicators.Change && measure != indicators.RankKind {
		if t := d.doneObjectTitle(m, before, after); t != "" {
			return t
		}
	}
	// A figure that leans on another of its clause: "with that surplus
	// reaching $1.6 billion" (the surplus named before), "amidst $3.3
	// billion of total services trade" (the noun after its "of"), "and
	// imports were $128.4 billion" (its own subject).
	own := d.ownStart(m, cs)
	if np := d.referredNoun(m, own); np != "" {
		return title(d.withHolder(m, own, np))
	}
	if own > cs {
		ob := words(joinBroken(text[own:m.Span.Start]))
		switch {
		case onlyLinks(ob) && len(after) > 1 && strings.EqualFold(after[0], "of"):
			if np := nounAfter(after[1:]); np != "" && !onlyPlaces(np) {
				return title(np)
			}
		case hasVerb(ob) && subject(ob) != "":
			before = ob
		}
	}
	subj := referredQuantity(text[m.Sentence.Start:cs], subject(before))
	if len(before) > 0 && strings.HasSuffix(strings.ToLower(before[0]), "ing") && changeNouns[strings.ToLower(before[0])] != "" {
		// "The total number of detentions continued to rise, increasing
		// by 9% to 63,622": a participle of change opens the figure's
		// clause, and what changes is the subject of the clause before
		// (a pronoun's is left to the rules that read what it refers to).
		s := cleanMeasured(subject(words(joinBroken(text[m.Sentence.Start:cs]))))
		switch f := strings.Fields(strings.ToLower(s)); {
		case len(f) == 0 || titleStop[f[0]]:
		case f[0] == "there":
			subj = "" // "There were N X …, increasing 6.5%": the count before it
		case measure == indicators.Change:
			return "Change in " + theSubject(s)
		default:
			subj = ""
		}
	}
	// "our commitment to invest $55 billion in Africa": the commitment.
	if n := len(before); n >= 3 && strings.EqualFold(before[n-2], "to") && intentNouns[strings.ToLower(before[n-3])] && isLowerWord(before[n-1]) {
		return title(strings.ToLower(before[n-3]) + " to " + before[n-1] + postModifier(after))
	}
	if strings.HasSuffix(m.Quantity.Noun, " old") {
		// "a 45-year-old man": an age, of whom the words after say.
		if np := nounAfter(after); np != "" && !onlyPlaces(np) {
			return title("Age of " + np)
		}
		return "Age"
	}
	switch {
	case measure == indicators.RankKind:
		noun := phrase(after, 6)
		if f := strings.Fields(noun); len(f) > 1 && (nounBreaks[strings.ToLower(f[len(f)-1])] || strings.EqualFold(f[len(f)-1], "into")) {
			// "source of foreign direct investment into": what follows
			// the preposition, and shorten to cut it if need be.
			noun = phrase(after, 10)
		}
		if subj == "" || !onlyPlaces(subj) && len(placesIn(subj, 0)) == 0 {
			// "…, making Japan the United States' fourth-largest trading
			// partner": the place the participle makes the ranked one.
			if p := rankedPlace(before); p != "" {
				subj = p
			}
		}
		if subj != "" && noun != "" {
			if onlyPlaces(subj) && len(before) > 0 && strings.EqualFold(before[0], "the") {
				subj = "the " + subj // "the Philippines"
			}
			if by := d.rankPossessor(m, before, subj); by != "" {
				// "the United States’ 34th largest goods trading partner":
				// a rank among the possessor's partners.
				return title("Rank of " + subj + " among " + by + " " + pluralPhrase(noun))
			}
			return title("Rank of " + subj + " as " + noun)
		}
	case len(after) > 1 && strings.EqualFold(after[0], "of") && (m.Unit.String() == "percent" || measure == indicators.Share):
		if np := subject(after[1:]); np != "" {
			if len(after) > 2 && strings.EqualFold(after[1], "those") && !strings.HasPrefix(strings.ToLower(np), "those") {
				np = "those " + np // "of those living in rural areas"
			}
			t := "Share of " + np
			if w := absence(after[1:]); w != "" && utf8.RuneCountInString(t+" "+w) <= 60 {
				t += " " + w // "… lack access": "… without access"
			}
			if pt := d.parenTitle(m, measure); pt != "" && !emptyTitle(pt) && !onlyPlaces(pt) && utf8.RuneCountInString(pt+t) < 58 {
				// "phishing (84% of firms)": the part the bracket's share
				// follows, of the whole after its "of".
				return pt + ", " + lowerFirst(t)
			}
			return title(t)
		}
	case len(before) > 0 && strings.EqualFold(before[len(before)-1], "by"):
		for i := len(before) - 2; i >= 0; i-- {
			if n, ok := changeNouns[strings.ToLower(before[i])]; ok {
				if obj := phrase(before[i+1:len(before)-1], 8); obj != "" {
					if g := gainTitle(m, n, obj, measure); g != "" {
						return g
					}
					return title(n + " " + obj)
				}
			}
		}
		if t := d.changeAcrossList(m, cs); t != "" {
			return t
		}
	case len(before) > 1 && (strings.EqualFold(before[len(before)-1], "of") || strings.EqualFold(before[len(before)-1], "for") && intentNouns[strings.ToLower(before[len(before)-2])]) &&
		!quantityNouns[strings.ToLower(before[len(before)-2])]:
		// "a budget of $534.8 million", "a request for $2 billion"
		if np := nounBefore(before[:len(before)-1]); np != "" {
			return title(np)
		}
	}
	if m.Kind == Currency && len(after) > 1 && strings.EqualFold(after[0], "of") {
		// "The United States imported $280 billion of goods": "Imports of
		// goods by the United States".
		if t := moneyVerbTitle(before); t != "" {
			if np := nounAfter(after[1:]); np != "" && !onlyPlaces(np) {
				lead, by, _ := strings.Cut(t, " by ")
				return shorten(lead+" of "+np+" by "+by, 60)
			}
		}
	}
	if m.Kind == Currency && len(after) > 1 && strings.EqualFold(after[0], "in") {
		// "the American people contributed … in bilateral assistance":
		// the kind of money, and who gave it.
		if t := moneyVerbTitle(before); t != "" {
			if np := nounAfter(after[1:]); np != "" && !onlyPlaces(np) {
				_, by, _ := strings.Cut(t, " by ")
				v := strings.ToLower(before[len(before)-1])
				return shorten(title(np+" "+v+" by "+by), 60)
			}
		}
	}
	if m.Kind == Currency {
		if t := d.valueOfCount(m, before); t != "" {
			return t
		}
		if t := d.investTitle(m, cs, before, after); t != "" {
			return t
		}
		if t := commitmentTitle(before, after); t != "" {
			return t
		}
		if t := fundingFor(before, after); t != "" {
			return t
		}
		if t := helpFunding(before, words(joinBroken(text[m.Span.End:m.Sentence.End]))); t != "" {
			return t
		}
		// "a total U.S. $6 billion three-year Seventh Replenishment
		// pledge": the noun the amount modifies.
		if np := compoundAfter(after); np != "" {
			return title(np)
		}
		// "the replenishment conference had raised $14.25 billion":
		// what the verb makes of the money, and who.
		if t := moneyVerbTitle(before); t != "" {
			return t
		}
	}
	if measure == indicators.Change {
		for _, w := range before {
			if n, ok := changeNouns[strings.ToLower(w)]; ok && subj != "" {
				return title(n + " " + lowerFirst(subj))
			}
		}
		if len(after) > 2 && (strings.EqualFold(after[1], "in") || strings.EqualFold(after[1], "of")) {
			// "a 50 percent increase in America's core development
			// assistance": what the noun after it changes.
			if n, ok := changeNouns[strings.ToLower(after[0])]; ok {
				if np := nounAfter(after[2:]); np != "" && !onlyPlaces(np) {
					return title(n + " " + np)
				}
			}
		}
		if len(after) > 0 {
			if n, ok := changeNouns[strings.ToLower(after[0])]; ok && subj != "" {
				return title(n + " " + lowerFirst(subj))
			}
		}
	}
	// "… increased by just 1 percent (about $375 million) to $37.6
	// billion": the new level of what changed.
	if len(before) == 1 && strings.EqualFold(before[0], "to") && cs > m.Sentence.Start {
		sw := words(joinBroken(text[m.Sentence.Start:cs]))
		for i, w := range sw {
			if _, ok := changeNouns[strings.ToLower(w)]; ok && i > 0 {
				if s := subject(sw[:i]); s != "" {
					return title(s)
				}
				break
			}
		}
	}
	if measure == indicators.CountKind || m.Unit.Per != "" && m.Unit.Kind == indicators.Measure {
		// A count, or a measure per its base ("450,000 barrels per day"):
		// the words after the number name it.
		noun := strings.TrimSpace(text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
		// "four of the U.S. industry sectors": the sectors; "thousands of
		// Ghanaians": the Ghanaians.
		if rest, ok := strings.CutPrefix(noun, "of the "); ok {
			noun = strings.TrimSpace(rest)
		} else if rest, ok := strings.CutPrefix(noun, "of "); ok {
			noun = strings.TrimSpace(rest)
		}
		if noun == "" && m.Kind == Number {
			// "over 96,000 HIV-positive mothers": the head noun the
			// figure parser left out.
			if _, end, ok := headNoun(text, m.Span.End, ce); ok {
				noun = strings.TrimSpace(text[m.Span.End:end])
				after = words(joinBroken(text[end:ce]))
			}
		}
		if i := strings.LastIndex(noun, ", "); i >= 0 && !hasPhrase(strings.ToLower(noun), "and") && !hasPhrase(strings.ToLower(noun), "or") {
			noun = noun[i+2:] // "good-paying, union jobs": the adjectives a comma lists left out
		}
		if noun != "" && !strings.ContainsAny(noun, "0123456789") {
			// "the 79 new investments or trade deals that have been made
			// over the past year": the nouns joined, and what was done.
			if ext, rest := coordinatedNoun(after); ext != "" {
				noun, after = noun+" "+ext, rest
			}
			// "the 79 new investments or trade deals that have been made
			// over the past year", "Thousands of Ghanaians have been
			// educated in the United States": the predicate of the
			// counted noun's own clause restricts it (ownPredicate); a
			// relative clause of which it is the subject ends the noun
			// phrase, restricting it or not.
			relative := len(after) > 1 && relativeWords[strings.ToLower(after[0])] && (auxiliaries[strings.ToLower(after[1])] || isPastParticiple(strings.ToLower(after[1])))
			if pred := predicateAfterNP(after); pred != "" && (relative || !hasVerb(before)) {
				if t := restrictedTitle(strings.Join(strings.Fields(noun), " "), pred); t != "" {
					return t
				}
			}
			if relative {
				return title(noun)
			}
			if by := d.doneByPhrase(m, cs, before); by != "" {
				return title(noun + postModifier(after) + " " + by + yearly(after))
			}
			if g := gerundCount(before, after, noun); g != "" {
				return g
			}
			if b := bareVerbCount(before, after, noun); b != "" {
				return title(b)
			}
			if p, ok := d.programmeActing(m); ok && d.countsPartners(m) && !strings.Contains(noun, p.name) {
				// "With an initial set of six partner countries …, Power
				// Africa will add": the programme's partners.
				return title(p.name + " " + lowerFirst(noun))
			}
			if len(before) > 1 && (strings.EqualFold(before[0], "which") || strings.EqualFold(before[0], "that")) && hasVerb(before) {
				// "…, a clean and durable American power source, which will
				// bring tens of thousands of local jobs": what the
				// relative clause's noun does.
				if ante := relativeAntecedent(text, m.Sentence.Start, cs); ante != "" {
					if vp := verbPhrase(before[1:], 6, false); vp != "" {
						return shorten(title(strings.Join(strings.Fields(noun), " ")+" "+ante+" "+vp), 60)
					}
				}
			}
			if hasVerb(before) {
				if rest := verbPhrase(before, 10, m.Sentence.Start == cs); rest != "" {
					// "The Peace Corps has sent more than 4,000 volunteers
					// to Nepal" → "Volunteers the Peace Corps has sent to
					// Nepal": the place phrase after the verb that governs it.
					if r, n := utf8.DecodeRuneInString(rest); n > 0 && strings.HasPrefix(rest, "The ") && unicode.IsUpper(r) {
						rest = "the" + rest[len("The"):]
					}
					return title(noun + " " + rest + postModifier(after))
				}
			}
			noun += postModifier(after)
			return title(noun)
		}
	}
	// "Power Africa will add more than 10,000 megawatts of new generation
	// capacity": what is measured follows the figure, who does it precedes.
	if len(after) > 1 && (strings.EqualFold(after[0], "of") || strings.EqualFold(after[0], "in")) && (m.Kind == Currency || m.Kind == Measure) && actorOnly(subject(before)) {
		rest := joinBroken(text[m.Span.End:m.Sentence.End])
		if np := nounAfter(words(rest)[1:]); np != "" && !onlyPlaces(np) {
			if hasVerb(before) {
				if vp := verbPhrase(before, 8, m.Sentence.Start == cs); vp != "" {
					return title(np + " " + vp)
				}
			}
			return title(np)
		}
	}
	if len(after) > 0 && limitNouns[strings.ToLower(strings.Trim(after[0], ".,"))] {
		what := "Figure"
		switch m.Unit.String() {
		case "degC", "degF":
			what = "Temperature"
		}
		return title(what + " " + strings.ToLower(strings.Trim(after[0], ".,")))
	}
	if subj != "" && !onlyPlaces(subj) {
		return title(subj)
	}
	if np := phrase(after, 6); np != "" && !onlyPlaces(np) && !(len(after) > 0 && nounBreaks[strings.ToLower(after[0])]) {
		// "Japan announced a $3 billion three-year pledge to the fund":
		// the words after the figure, not the place before it.
		return title(np)
	}
	if subj != "" {
		return title(subj)
	}
	if np := phrase(after, 6); np != "" {
		return title(np)
	}
	return ""
}

// rankedPlace returns the place a verb of making ranks ("making Japan the
// United States' fourth-largest …", "makes Korea our …"): the place right
// after "making", "makes" or "made", or "".
func rankedPlace(before []string) string {
	for i, w := range before {
		switch strings.ToLower(w) {
		case "making", "makes", "made", "make":
		default:
			continue
		}
		rest := strings.Join(before[i+1:], " ")
		ps := placesIn(rest, 0)
		if len(ps) == 0 || strings.TrimSpace(strings.TrimPrefix(rest[:ps[0].start], "the ")) != "" {
			return ""
		}
		return strings.TrimSpace(rest[:ps[0].end])
	}
	return ""
}

// rankPossessor returns whose partners a rank is among, as a title writes
// it ("U.S.", "Japan’s"), when a place's possessive or "our" (the
// document's home) stands right before the rank; or "".
func (d *docDraft) rankPossessor(m Mention, before []string, subj string) string {
	if len(before) == 0 {
		return ""
	}
	last := before[len(before)-1]
	code := ""
	if strings.EqualFold(last, "our") {
		code = d.home()
	} else if strings.HasSuffix(last, "’") || strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s") {
		k := max(0, len(before)-4)
		tail := strings.Join(before[k:], " ")
		if ps := placesIn(tail, 0); len(ps) > 0 && strings.TrimSpace(strings.TrimLeft(tail[ps[len(ps)-1].end:], "’'s")) == "" {
			code = ps[len(ps)-1].code
		}
	}
	if ps := placesIn(subj, 0); code == "" || len(ps) > 0 && ps[0].code == code {
		return "" // "Korea is our 7th largest partner" in a page of Korea's own
	}
	switch code {
	case "US":
		return "U.S."
	}
	name := d.placeName(code, m.Sentence)
	if name == "" {
		return ""
	}
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "’s"
}

// pluralPhrase makes the head noun of a phrase plural: "goods trading
// partner" → "goods trading partners", "investor in Asia" → "investors
// in Asia".
func pluralPhrase(np string) string {
	f := strings.Fields(strings.TrimRight(np, ".,;:"))
	if len(f) == 0 {
		return np
	}
	h := len(f) - 1
	for i, w := range f {
		if i > 0 && nounBreaks[strings.ToLower(w)] {
			h = i - 1
			break
		}
	}
	if !plural(strings.ToLower(f[h])) {
		f[h] = indicators.Plural(f[h])
	}
	return strings.Join(f, " ")
}

// articled gives a name that ends a title after "by", "for", "to" or
// "from" the article the document writes it with: "Investment by Global
// Fund" → "Investment by the Global Fund" when the text says "the Global
// Fund".
func (d *docDraft) articled(t string) string {
	i, w := -1, 0
	for _, p := range []string{" by ", " for ", " to ", " from "} {
		if j := strings.LastIndex(t, p); j > i {
			i, w = j, len(p)
		}
	}
	if i < 0 || len(t) < i+w+1 {
		return t
	}
	name := t[i+w:]
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) || len(placesIn(name, 0)) > 0 || strings.HasPrefix(name, "The ") {
		return t
	}
	if d.takesThe(name) {
		return t[:i+w] + "the " + name
	}
	return t
}

// takesThe reports whether the text writes name with "the" and never at
// the start of a sentence, or defines it as the short name of a long one
// it writes with "the". Each name's answer is kept: asking reads the
// whole text, and many titles ask of one name.
func (d *docDraft) takesThe(name string) bool {
	if v, ok := d.withThe[name]; ok {
		return v
	}
	v := strings.Contains(d.src.Text, "the "+name) && !strings.Contains(d.src.Text, ". "+name) || definedWithThe(d.src.Text, name)
	if d.withThe == nil {
		d.withThe = map[string]bool{}
	}
	d.withThe[name] = v
	return v
}

// definedWithThe reports whether text defines name as the short name of a
// long one it writes with "the": "the Trust for Water, Sanitation and
// Hygiene (Water Trust)".
func definedWithThe(text, name string) bool {
	j := strings.Index(text, "("+name+")")
	if j < 0 {
		return false
	}
	long := text[max(0, j-100):j]
	if k := strings.LastIndexAny(long, ".;:\n"); k >= 0 {
		long = long[k+1:]
	}
	f := strings.Fields(long)
	for k := len(f) - 2; k >= 0; k-- {
		if r, _ := utf8.DecodeRuneInString(f[k+1]); !unicode.IsUpper(r) && !nameJoins[f[k+1]] && !strings.HasSuffix(f[k], ",") {
			return false // the long name starts after a lower-case word
		}
		if f[k] == "the" || f[k] == "The" {
			return true
		}
	}
	return false
}

// words splits s into words.
func words(s string) []string { return strings.Fields(s) }

// subject returns the subject of a clause: its words up to the first verb
// that ends one, past its openers (openerEnd) and without a leading "In
// 2014" and determiners.
func subject(ws []string) string {
	var keep []string
	ws = pastOpeners(ws)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if subjectEnds[lw] || len(keep) > 0 && isLowerWord(lw) && strings.HasSuffix(lw, "ed") && !edAdjectives[lw] && !attributiveEd(ws, i) {
			break
		}
		keep = append(keep, w)
	}
	// "the Global Fund to Fight AIDS, Tuberculosis and Malaria (Global
	// Fund)": the short name the document gives it.
	if sn := shortNameIn(keep); sn != "" {
		return sn
	}
	return phrase(keep, 10)
}

// attributiveEd reports whether ws[i], a word in -ed, stands between a
// determiner or quantifier and the noun it modifies, as an adjective, not
// a verb: "all finalised adoptions", "the registered deaths", never "the
// deaths registered in".
func attributiveEd(ws []string, i int) bool {
	if i == 0 || i+1 >= len(ws) || strings.ContainsAny(ws[i], ",.;:") {
		return false
	}
	prev := strings.ToLower(ws[i-1])
	next := strings.ToLower(strings.Trim(ws[i+1], ",.;:"))
	if !(determiners[prev] || prev == "all" || prev == "most" || prev == "many" || prev == "other") {
		return false
	}
	return isLowerWord(next) && !titleStop[next] && !isPrepWord(next) && !subjectEnds[next] && !strings.HasSuffix(next, "ed")
}

// shortNameIn returns the short name that closes words in parentheses
// ("(Global Fund)"), if it is not an acronym only ("(GDP)"), or "".
func shortNameIn(ws []string) string {
	if len(ws) == 0 || !strings.HasSuffix(strings.TrimRight(ws[len(ws)-1], ",.;:"), ")") {
		return ""
	}
	for i := len(ws) - 1; i >= 0; i-- {
		if strings.HasPrefix(ws[i], "(") {
			sn := strings.Trim(strings.Join(ws[i:], " "), "(),.;:")
			if len(strings.Fields(sn)) >= 2 && isShortName(sn) {
				return sn
			}
			return ""
		}
	}
	return ""
}

// nounBefore returns the noun phrase that ends ws, back to a verb, a
// determiner or the clause's start: "has accumulated foreign direct
// investment in Japan" → "foreign direct investment in Japan".
func nounBefore(ws []string) string {
	i := len(ws)
	for i > 0 {
		lw := strings.ToLower(strings.Trim(ws[i-1], ",.;:"))
		if subjectEnds[lw] || lw == "with" || lw == "a" || lw == "an" || lw == "the" || lw == "our" || lw == "its" || lw == "their" ||
			strings.HasSuffix(lw, "ed") && lw != "united" || hasDigit(lw) || clauseWords[lw] {
			break // "… to $4,660.9 billion after average annual growth of"
		}
		i--
	}
	return phrase(ws[i:], 10)
}

// absenceVerbs say that their subject is without what follows.
var absenceVerbs = map[string]bool{"lack": true, "lacks": true, "lacked": true, "without": true}

// absence returns "without <noun>" when the predicate of a share's whole
// says it lacks something ("of those living in rural areas lack access",
// "of the population is without electricity"), or "".
func absence(ws []string) string {
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if !absenceVerbs[lw] {
			if subjectEnds[lw] && lw != "is" && lw != "are" && lw != "was" && lw != "were" {
				return "" // another verb ends the whole first
			}
			continue
		}
		if np := nounAfter(ws[i+1:]); np != "" && !onlyPlaces(np) {
			return "without " + np
		}
		return ""
	}
	return ""
}

// measureGlosses, in parentheses after a noun, say what of it is
// measured, and stay in its title: "investment in Vietnam (stock)".
var measureGlosses = map[string]bool{"stock": true, "stocks": true, "position": true, "holdings": true}

// gainTitle titles a count after an increase's "by", which counts what
// gains the increase's object: "increase electricity access by at least
// 20 million new households" → "New households gaining electricity
// access". It returns "" for other figures and for a decrease.
func gainTitle(m Mention, change, obj string, measure indicators.MeasureKind) string {
	if measure != indicators.CountKind || !strings.HasPrefix(change, "Increase") && !strings.HasPrefix(change, "Expansion") {
		return ""
	}
	f := strings.Fields(strings.ToLower(obj))
	if !gainNouns[f[len(f)-1]] {
		return "" // "increase enrollment by 2,000 students": no one gains enrollment
	}
	noun := strings.TrimSpace(m.Text[max(m.Numbers[0].End, m.Numbers[1].End)-m.Span.Start:])
	if noun == "" || hasDigit(noun) {
		return ""
	}
	return title(noun + " gaining " + lowerFirst(obj))
}

// gainNouns name what people or places gain: "electricity access",
// "health coverage".
var gainNouns = map[string]bool{"access": true, "coverage": true, "connection": true, "connections": true, "insurance": true,
	"service": true, "services": true, "electricity": true, "power": true, "water": true, "sanitation": true, "internet": true, "broadband": true}

// changeAcrossList titles a change whose verb stands before a list that
// broke its clause: "reducing the combined death rate from HIV, TB, and
// malaria by more than half" → "Reduction in combined death rate from
// HIV, TB, and malaria". The verb is at most 15 words before "by" (as the
// extractor reads the direction), with no figure or other clause break
// than a list's commas between; it returns "" otherwise.
func (d *docDraft) changeAcrossList(m Mention, cs int) string {
	text := d.src.Text
	if cs <= m.Sentence.Start {
		return ""
	}
	ws := words(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	if len(ws) < 3 {
		return ""
	}
	for i := len(ws) - 2; i >= 0 && i >= len(ws)-16; i-- {
		w := ws[i]
		if strings.ContainsAny(w, ";:()") || hasDigit(w) {
			return ""
		}
		n, ok := changeNouns[strings.ToLower(strings.TrimRight(w, ","))]
		if !ok {
			continue
		}
		if strings.HasSuffix(w, ",") {
			return ""
		}
		if obj := listPhrase(ws[i+1:len(ws)-1], 10); obj != "" {
			return shorten(title(n+" "+obj), 60)
		}
		return ""
	}
	return ""
}

// containerNouns hold what a list after their "of" names: "a
// comprehensive program of HIV prevention, care, and treatment".
var containerNouns = map[string]bool{"program": true, "programme": true, "package": true, "range": true, "set": true, "portfolio": true, "series": true}

// listAfter returns the noun phrase after a figure's "for", "of" or "in"
// when it is a list that the clause's end at ce cut at its first comma:
// "$20 million for schools, clinics, and roads in Haiti" → "schools,
// clinics, and roads in Haiti". A container before the list's "of" is
// left out ("a comprehensive program of HIV prevention, care, and
// treatment in Kenya" → "HIV prevention, care, and treatment in Kenya").
// It returns "" when no list of short items, the last after "and" or
// "or", follows.
func listAfter(text string, from, ce, end int) string {
	if ce >= end || text[ce] != ',' {
		return ""
	}
	at := ce
	for n := 0; n < 6; n++ {
		next := strings.IndexByte(text[at+1:end], ',')
		seg := text[at+1 : end]
		if next >= 0 {
			seg = text[at+1 : at+1+next]
		}
		f := words(joinBroken(seg))
		if len(f) == 0 || hasDigit(seg) {
			return ""
		}
		if lw := strings.ToLower(f[0]); lw == "and" || lw == "or" {
			// The last item: up to a break of its noun phrase, with a
			// place after "in" kept.
			item := nounAfter(f[1:])
			if item == "" || len(strings.Fields(item)) > 4 {
				return ""
			}
			rest := f[1+len(strings.Fields(item)):]
			head := words(joinBroken(text[from : at+1]))
			if len(head) < 2 {
				return ""
			}
			head = head[1:] // the "for", "of" or "in" of the figure
			for i, w := range head {
				if strings.EqualFold(w, "of") && i > 0 && containerNouns[strings.ToLower(head[i-1])] {
					head = head[i+1:]
					break
				}
			}
			return listPhrase(head, 8) + ", " + f[0] + " " + item + postModifier(rest)
		}
		if len(f) > 3 || next < 0 {
			return ""
		}
		at += 1 + next
	}
	return ""
}

// listPhrase is phrase keeping the commas of a list inside it ("HIV, TB,
// and malaria").
func listPhrase(ws []string, n int) string {
	var keep []string
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:()"))
		if len(keep) == 0 && (titleStop[lw] || !hasLetter(w)) {
			continue
		}
		keep = append(keep, strings.TrimRight(w, ";:."))
		if len(keep) == n {
			break
		}
	}
	for len(keep) > 0 && (titleStop[strings.ToLower(strings.Trim(keep[len(keep)-1], ","))] || subjectEnds[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	if len(keep) > 0 {
		keep[len(keep)-1] = strings.TrimRight(keep[len(keep)-1], ",")
	}
	return strings.Join(keep, " ")
}

// phrase cleans words into a title phrase: no years or figures, no stop
// words at either end nor an evaluative adjective at its start, at most n
// words.
func phrase(ws []string, n int) string {
	var keep []string
	gloss := ""
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		// Drop "in 2022", "2014", "FY22".
		if hasDigit(w) {
			if len(keep) > 0 && (strings.EqualFold(keep[len(keep)-1], "in") || strings.EqualFold(keep[len(keep)-1], "by") || strings.EqualFold(keep[len(keep)-1], "for")) {
				keep = keep[:len(keep)-1]
			}
			if len(keep) > 0 {
				break
			}
			continue
		}
		if len(keep) == 0 && (titleStop[lw] || evaluatives[lw] || !hasLetter(w)) {
			continue // "a massive …": an adjective that weighs the figure opens no title
		}
		if t := strings.TrimRight(w, ",;:."); strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && (isShortName(t[1:len(t)-1]) || isGloss(t[1:len(t)-1])) {
			if g := t[1 : len(t)-1]; measureGlosses[g] && gloss == "" {
				gloss = g
			}
			continue // "(GDP)", "(stock)"
		}
		keep = append(keep, strings.Trim(w, ",;:()"))
		if len(keep) == n {
			break
		}
	}
	for len(keep) > 0 && (titleStop[strings.ToLower(keep[len(keep)-1])] || subjectEnds[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	if gloss != "" && len(keep) > 0 && !slices.ContainsFunc(keep, func(w string) bool { return strings.EqualFold(w, gloss) }) {
		// "U.S. foreign direct investment (FDI) in Vietnam (stock)": the
		// gloss names what is measured, after the head noun.
		at := len(keep)
		for i := 1; i < len(keep); i++ {
			if nounBreaks[strings.ToLower(keep[i])] {
				at = i
				break
			}
		}
		keep = slices.Insert(keep, at, gloss)
	}
	return strings.Join(keep, " ")
}

func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// title capitalizes the first letter of s and trims its end.
func title(s string) string {
	s = strings.TrimRight(strings.TrimSpace(s), ",.;:–—-")
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return ""
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// stopWord reports whether an id should not start or end with w.
func stopWord(w string) bool { return titleStop[w] }

// verbPhrase is phrase keeping a verb at its end ("the United States is
// to partner with"), with a first word lower-cased where only the start
// of the sentence capitalized it.
func verbPhrase(ws []string, n int, sentenceStart bool) string {
	var keep []string
	for k, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if hasDigit(w) {
			break
		}
		if len(keep) == 0 && demonstratives[lw] && k+1 < len(ws) && isLowerWord(strings.Trim(ws[k+1], ",;:()")) {
			keep = append(keep, "the") // "these programs will prevent" → "the programs will prevent"
			continue
		}
		if len(keep) == 0 && (titleStop[lw] && lw != "the" || !hasLetter(w)) {
			continue
		}
		keep = append(keep, strings.Trim(w, ",;:()"))
	}
	if len(keep) > n {
		keep = keep[len(keep)-n:]
	}
	if len(keep) > 0 && sentenceStart && len(placesIn(keep[0], 0)) == 0 && !startsName(keep) {
		if r, sz := utf8.DecodeRuneInString(keep[0]); unicode.IsUpper(r) && strings.ToLower(keep[0][sz:]) == keep[0][sz:] {
			keep[0] = strings.ToLower(keep[0])
		}
	}
	return strings.Join(keep, " ")
}

// startsName reports whether words open a name of several capitalized
// words ("Clean Seas Asia", "Feed the Future"), whose first word keeps its
// capital.
func startsName(ws []string) bool {
	upper := func(w string) bool {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) && len(placesIn(w, 0)) == 0 // "Cumulative Indian investment" is no name
	}
	return len(ws) > 1 && upper(ws[1]) || len(ws) > 2 && nameJoins[ws[1]] && upper(ws[2])
}

// demonstratives point back to a noun a verb phrase's title names with
// "the": "Infections the programs will prevent".
var demonstratives = stopSet(classDemonstratives)

// intentNouns name what a figure after "to <verb>" is the object of:
// "our commitment to invest $55 billion".
var intentNouns = map[string]bool{"commitment": true, "pledge": true, "plan": true, "promise": true, "goal": true, "target": true,
	"effort": true, "initiative": true, "decision": true, "agreement": true, "proposal": true, "request": true}

// onlyPlaces reports whether a phrase names places and nothing else.
func onlyPlaces(s string) bool {
	ps := placesIn(s, 0)
	for i := len(ps) - 1; i >= 0; i-- {
		s = s[:ps[i].start] + s[ps[i].end:]
	}
	return len(ps) > 0 && !hasLetter(strings.NewReplacer("the", "", "The", "").Replace(s))
}

// hasVerb reports whether words hold a verb that ends a subject.
func hasVerb(ws []string) bool {
	for _, w := range ws {
		if lw := strings.ToLower(strings.Trim(w, ",.;:")); subjectEnds[lw] || doneBy[lw] != "" || participles[lw] {
			return true
		}
	}
	return false
}

// doneByPhrase returns "supported by U.S. investment" when the words
// before a counted figure end with a verb of doneBy and its subject: the
// clause's own (after a last "that"), or for a participial clause the
// subject of the clause it continues. It returns "" otherwise, and after
// a modal ("could support").
func (d *docDraft) doneByPhrase(m Mention, cs int, before []string) string {
	if len(before) == 0 {
		return ""
	}
	v := doneBy[strings.ToLower(before[len(before)-1])]
	if v == "" {
		return ""
	}
	subj := before[:len(before)-1]
	for i := len(subj) - 1; i >= 0; i-- {
		if lw := strings.ToLower(subj[i]); lw == "that" || lw == "which" {
			if i+1 < len(subj) && subjectEnds[strings.ToLower(subj[i+1])] {
				// "Some 40 U.S. companies that have offices in Zambia
				// employ": the relative clause's noun is the subject,
				// past its figure.
				subj = subj[:i]
				for j := len(subj) - 1; j >= 0; j-- {
					if hasDigit(subj[j]) {
						subj = subj[j+1:]
						break
					}
				}
			} else {
				subj = subj[i+1:]
			}
			break
		}
	}
	for len(subj) > 1 && titleStop[strings.ToLower(strings.Trim(subj[len(subj)-1], ",;:"))] {
		subj = subj[:len(subj)-1] // "Zambia currently hosts"
	}
	if len(subj) > 0 {
		if lw := strings.ToLower(subj[len(subj)-1]); subjectEnds[lw] && !strings.HasSuffix(lw, "ed") {
			return "" // "could support", "will create"
		}
	}
	sentenceStart := m.Sentence.Start == cs
	if len(subj) == 0 {
		parent, ok := d.parentFigure(m, cs)
		if !ok {
			return ""
		}
		text := d.src.Text
		pcs, _ := clauseOf(text, parent)
		subj = words(joinBroken(text[pcs:parent.Span.Start]))
		sentenceStart = m.Sentence.Start == pcs
		var keep []string
		for _, w := range subj {
			lw := strings.ToLower(strings.Trim(w, ",.;:"))
			if subjectEnds[lw] || lw != "united" && strings.HasSuffix(lw, "ed") && !edAdjectives[lw] {
				break
			}
			keep = append(keep, w)
		}
		subj = keep
	}
	s := shortNameIn(subj)
	if s == "" {
		s = verbPhrase(subj, 10, sentenceStart)
	}
	if s == "" {
		return ""
	}
	return v + " by " + s
}

// postModifier returns the place phrase after a counted noun (" in
// India"), or "".
func postModifier(after []string) string {
	if len(after) < 2 {
		return ""
	}
	switch strings.ToLower(after[0]) {
	case "in", "from", "to", "across", "at":
	default:
		return ""
	}
	rest := strings.Join(after[1:min(len(after), 5)], " ")
	ps := placesIn(rest, 0)
	if len(ps) == 0 || strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(rest[:ps[0].start], "the "), "The ")) != "" {
		return ""
	}
	return " " + after[0] + " " + strings.TrimRight(rest[:ps[0].end], ",.;:")
}

// actorOnly reports whether a subject only names who acts: places, proper
// names and pronouns, no word of what is measured.
func actorOnly(subj string) bool {
	ps := placesIn(subj, 0)
	for i := len(ps) - 1; i >= 0; i-- {
		subj = subj[:ps[i].start] + " " + subj[ps[i].end:]
	}
	for _, w := range words(subj) {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !titleStop[lw] && hasLetter(lw) {
			return false
		}
	}
	return true
}

// clauseWords open a clause or an adverbial before a noun phrase.
var clauseWords = map[string]bool{"after": true, "before": true, "since": true, "during": true, "than": true, "following": true,
	"because": true, "while": true, "when": true, "where": true, "which": true, "that": true, "although": true}

// nounBreaks end the noun phrase after a figure's "of" or "in".
// Not "of": as the list was written (so "the value of exports" stays one
// phrase, presumably).
var nounBreaks = lessWords(stopSet(classPrepositions|classRelativePronouns,
	"over", "across", "through", "under", "since", "as", "between", "among", "during", "per", "than",
	"within", "via", "after", "before", "into", "onto"),
	"of")

// nounAfter returns the noun phrase that words open, up to a preposition,
// a figure or a stop, without the adjectives a comma lists before it:
// "cleaner, more efficient electricity generation capacity" → "more
// efficient electricity generation capacity".
func nounAfter(ws []string) string {
	var keep []string
	for _, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if nounBreaks[lw] || hasDigit(w) || subjectEnds[lw] || len(keep) > 0 && isLowerWord(lw) && strings.HasSuffix(lw, "ed") && !edAdjectives[lw] {
			break // "the Global Fund intended to be …"
		}
		if strings.HasSuffix(w, ",") {
			keep = nil // an adjective of a list
			continue
		}
		if len(keep) == 1 && (strings.EqualFold(keep[0], "more") || strings.EqualFold(keep[0], "most") || strings.EqualFold(keep[0], "less")) {
			keep = nil // "more efficient": a degree, not what is measured
			continue
		}
		if len(placesIn(strings.TrimRight(w, ",;:"), 0)) > 0 && !strings.ContainsAny(w, ",;:") && strings.Count(w, ".") > 1 {
			keep = append(keep, w) // "U.S." ends with its own stop
			continue
		}
		keep = append(keep, strings.TrimRight(w, ".;:"))
		if strings.ContainsAny(w, ".;:") {
			break
		}
		if len(keep) == 8 {
			break
		}
	}
	return phrase(keep, 8)
}

// shorten cuts a title longer than n characters at its last preposition
// that leaves at least two words ("Jobs supported by cumulative Indian
// investment in the United States" → "… Indian investment"), or else at
// a word boundary.
func shorten(t string, n int) string {
	for utf8.RuneCountInString(t) > n {
		cut := -1
		for _, p := range []string{" in ", " to ", " into ", " from ", " for ", " with ", " of ", " under ", " across ", " among ", " at "} {
			if i := strings.LastIndex(t, p); i > cut && len(strings.Fields(t[:i])) >= 2 {
				cut = i
			}
		}
		if cut < 0 {
			f := strings.Fields(t)
			if len(f) <= 2 {
				return t
			}
			cut = len(t) - len(f[len(f)-1]) - 1
		}
		t = strings.TrimRight(t[:cut], " ,;:")
		f := strings.Fields(t)
		for len(f) > 2 && (titleStop[strings.ToLower(f[len(f)-1])] || subjectEnds[strings.ToLower(f[len(f)-1])]) {
			f = f[:len(f)-1]
		}
		t = strings.Join(f, " ")
	}
	return t
}

// moneyVerbs name what a verb makes of the money after it: "had raised
// $14.25 billion" → funds raised.
var moneyVerbs = map[string]string{"raised": "Funds raised by", "invested": "Investment by", "spent": "Spending by",
	"disbursed": "Disbursements by", "mobilized": "Funds mobilized by", "contributed": "Contributions by",
	"donated": "Donations by", "pledged": "Pledges by", "committed": "Commitments by", "allocated": "Funds allocated by",
	"provided": "Funding provided by", "granted": "Grants by", "lent": "Loans by", "loaned": "Loans by",
	"traded": "Trade between", "imported": "Imports by", "exported": "Exports by"}

// moneyVerbTitle titles an amount after a verb of moneyVerbs by what it
// is and who acted, the subject after a last "that": "President Biden
// announced that the replenishment conference had raised" → "Funds raised
// by the replenishment conference". It returns "" otherwise.
func moneyVerbTitle(before []string) string {
	n := len(before)
	if n < 2 {
		return ""
	}
	lead, ok := moneyVerbs[strings.ToLower(before[n-1])]
	if !ok {
		return ""
	}
	subj := before[:n-1]
	for i := len(subj) - 1; i >= 0; i-- {
		if lw := strings.ToLower(subj[i]); lw == "that" || lw == "which" {
			subj = subj[i+1:]
			break
		}
	}
	for len(subj) > 0 && subjectEnds[strings.ToLower(subj[len(subj)-1])] {
		subj = subj[:len(subj)-1] // "had", "has been"
	}
	// "through the U.S. Agency for International Development (USAID) the
	// American people provided": the subject after the adverbial.
	if len(subj) > 0 && nounBreaks[strings.ToLower(subj[0])] {
		for i := len(subj) - 2; i >= 0; i-- {
			if strings.HasSuffix(subj[i], ")") {
				subj = subj[i+1:]
				break
			}
		}
	}
	who := subject(subj)
	if who == "" || hasDigit(who) {
		return ""
	}
	if f := strings.Fields(who); len(f) > 0 {
		r, _ := utf8.DecodeRuneInString(who)
		if strings.EqualFold(subj[0], "the") || !unicode.IsUpper(r) && len(placesIn(f[0], 0)) == 0 {
			who = "the " + lowerFirst(who)
		}
	}
	return shorten(lead+" "+who, 60)
}

// compoundAfter returns the noun phrase an amount modifies when the words
// right after it are one, up to the end of its clause: "$6 billion
// three-year Seventh Replenishment pledge". It returns "" when a
// preposition, verb or time word comes first.
func compoundAfter(after []string) string {
	if len(after) > 2 {
		// "a $4.9 billion reduction in the value of U.S. imports"
		if w, p := strings.ToLower(after[0]), strings.ToLower(after[1]); amountNouns[w] && (p == "in" || p == "of") {
			if np := nounAfter(after[2:]); np != "" && !onlyPlaces(np) {
				return title(w + " " + p + " " + np)
			}
		}
	}
	if len(after) == 0 || len(after) > 6 {
		return ""
	}
	for i, w := range after {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if lw == "" || nounBreaks[lw] || titleStop[lw] || subjectEnds[lw] || timeWords[lw] || participles[lw] ||
			strings.HasSuffix(lw, "ly") || isLowerWord(lw) && strings.HasSuffix(lw, "ed") && !edAdjectives[lw] ||
			i < len(after)-1 && strings.ContainsAny(w, ",.;:") {
			return ""
		}
	}
	last := strings.ToLower(strings.Trim(after[len(after)-1], ",.;:()"))
	if strings.HasSuffix(last, "ing") {
		return ""
	}
	return phrase(after, 6)
}

// amountNouns name what an amount before them is of: "a $4.9 billion
// reduction in the value of U.S. imports".
var amountNouns = map[string]bool{"reduction": true, "increase": true, "rise": true, "fall": true, "decline": true, "decrease": true,
	"drop": true, "cut": true, "growth": true, "gain": true, "loss": true, "expansion": true, "investment": true, "contribution": true}

// timeWords after an amount say when, not what: "$35 billion last year".
var timeWords = map[string]bool{"last": true, "next": true, "this": true, "year": true, "years": true, "annually": true,
	"month": true, "months": true, "today": true, "yearly": true, "ago": true, "each": true, "every": true, "per": true, "a": true}

// bareVerb reports whether a title is one verb alone ("Sell", "Helping"),
// which names no figure.
func bareVerb(t string) bool {
	f := strings.Fields(t)
	if len(f) != 1 {
		return false
	}
	lw := strings.ToLower(strings.Trim(f[0], ",.;:"))
	if gerundNouns[lw] {
		return false
	}
	return subjectEnds[lw] || doneBy[lw] != "" || participles[lw] || participle(lw) != "" || commonVerbs[lw] ||
		strings.HasSuffix(lw, "ed") && !edAdjectives[lw]
}

// gerundNouns are -ing words that name what a figure measures.
var gerundNouns = map[string]bool{"funding": true, "spending": true, "financing": true, "lending": true, "housing": true,
	"training": true, "building": true, "trading": true, "shipping": true, "manufacturing": true, "farming": true,
	"fishing": true, "mining": true, "banking": true, "processing": true, "testing": true, "screening": true, "planning": true,
	"staffing": true, "borrowing": true, "earnings": true, "savings": true, "holdings": true, "outstanding": true}

// commonVerbs are verbs a clause may open with that have no -ing or -ed.
var commonVerbs = map[string]bool{"sell": true, "sells": true, "buy": true, "buys": true, "make": true, "makes": true, "add": true,
	"cut": true, "reach": true, "help": true, "helps": true, "provide": true, "support": true, "invest": true, "invests": true,
	"raise": true, "spend": true, "create": true, "build": true, "give": true, "take": true, "fund": true, "funds": true}
