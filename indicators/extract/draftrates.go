package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Rates a government sets (tariffs, duties, taxes, interest rates) and the
// changes a deal makes to them, as trade and budget releases write them:
// "whisky tariffs will go from 150% to 75%", "an interest rate of 5.25
// percent". A percentage of such a rate is a level, the rate at a time;
// "from A to B" gives two levels, A the present (a fact) and B the new one
// (the sentence's status); "reducing to 40%" is the level reached.

// levyNouns name a rate charged or paid; the last word of each is what a
// subject ends on ("whisky and gin tariffs").
var levyNouns = []string{"tariff", "tariffs", "duty", "duties", "tax rate", "tax rates", "interest rate", "interest rates", "levy", "levies"}

// A rateLevel is a percentage that is the level of a rate: its subject
// (the words that name the rate, "Whisky and gin tariffs"), where its
// subject ends in the text, and its role in a "from A to B" pair.
type rateLevel struct {
	subject string
	noun    string // the rate noun the subject ends on, lower case
	at      int    // the byte offset of the rate noun in the text
	from    bool   // A of "from A to B": the level before
	to      bool   // B of "from A to B": the level after
	fromAt  Mention
}

// rateLevelOf reports whether the percentage m is the level of a rate its
// sentence names before it, not a share ("90% of tariff lines") nor a
// change ("cut tariffs by 10%").
func (d *docDraft) rateLevelOf(m Mention) (rateLevel, bool) {
	text := d.src.Text
	if m.Unit.String() != "percent" || m.Quantity.Direction != indicators.NoDirection {
		return rateLevel{}, false
	}
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	bw := strings.Fields(before)
	if len(bw) > 0 && bw[len(bw)-1] == "by" {
		return rateLevel{}, false // "cut tariffs by 10%": a change
	}
	if next := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End])); len(next) > 0 && next[0] == "of" {
		return rateLevel{}, false // "90% of tariff lines": a share
	}
	var r rateLevel
	r.at = -1
	for _, n := range levyNouns {
		for from := 0; ; {
			i := strings.Index(before[from:], n)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			j := i + len(n)
			if i > 0 && isWordByte(before[i-1]) || j < len(before) && isWordByte(before[j]) {
				continue
			}
			if i > r.at {
				r.at, r.noun = i, n
			}
		}
	}
	if r.at < 0 {
		return rateLevel{}, false
	}
	// The words before the figure are not those of the sentence's text
	// byte for byte once broken lines are joined: read the subject from
	// the joined sentence.
	sent := joinBroken(text[m.Sentence.Start:m.Span.Start])
	r.subject = rateSubject(sent[:r.at+len(r.noun)])
	switch {
	case len(bw) > 0 && bw[len(bw)-1] == "from":
		r.from = true
	case len(bw) > 0 && bw[len(bw)-1] == "to":
		for _, o := range d.sentenceMentions(m) {
			if o.Span.End <= m.Span.Start && strings.TrimSpace(text[o.Span.End:m.Span.Start]) == "to" {
				ob := strings.Fields(strings.ToLower(text[m.Sentence.Start:o.Span.Start]))
				if len(ob) > 0 && ob[len(ob)-1] == "from" {
					r.to, r.fromAt = true, o
				}
			}
		}
	}
	return r, true
}

// rateSubject returns the noun phrase that ends s, a rate noun: the words
// before it back to a clause word or punctuation ("while automotive
// tariffs" → "automotive tariffs"), capitalized.
func rateSubject(s string) string {
	f := strings.Fields(s)
	k := len(f) - 1
	for k > 0 {
		w := f[k-1]
		lw := strings.ToLower(strings.Trim(w, "“”\"‘’'"))
		if strings.ContainsAny(w, ",;:.()") || rateSubjectStops[lw] || lw != "and" && subjectEnds[lw] {
			break
		}
		k--
	}
	return title(strings.Join(f[k:], " "))
}

// rateSubjectStops end a rate's subject going back: clause words,
// articles, prepositions and "its", "their".
var rateSubjectStops = lessWords(stopSet(classContrasts|classRelativePronouns|classArticles|classPrepositions|classPossessives),
	"who", "at", "our", "his", "her") // as the list was written: no reason known

// rateTitle titles a rate's level by its subject and its role: "Whisky
// and gin tariffs before the deal", "… once halved", "… under a quota",
// "… by year ten of the deal".
func (d *docDraft) rateTitle(m Mention, r rateLevel, ce int) string {
	text := d.src.Text
	after := strings.Fields(joinBroken(text[m.Span.End:ce]))
	cond := ""
	if len(after) > 1 {
		switch strings.ToLower(after[0]) {
		case "under", "by", "within", "after", "for", "in":
			n := min(len(after), 6)
			cond = strings.TrimRight(strings.Join(after[:n], " "), ",.;:")
		}
	}
	switch {
	case r.from:
		return r.subject + " before " + d.changeEvent(m)
	case r.to && cond != "" && strings.ToLower(after[0]) != "by":
		return r.subject + " " + cond
	case r.to:
		// "will be halved from 150% to 75%": the verb before "from".
		b := strings.Fields(strings.ToLower(text[m.Sentence.Start:r.fromAt.Span.Start]))
		if n := len(b); n >= 2 && strings.HasSuffix(b[n-2], "ed") {
			return r.subject + " once " + b[n-2]
		}
		return r.subject + " after " + d.changeEvent(m)
	case cond != "":
		return r.subject + " " + cond
	}
	return r.subject
}

// changeEvent names what changes a rate in a document: "the deal" on a
// page about a trade deal or agreement, else "the change".
func (d *docDraft) changeEvent(m Mention) string {
	l := strings.ToLower(d.src.Text[m.Sentence.Start:m.Sentence.End] + " " + d.source.Title)
	for _, w := range []string{"deal", "agreement", "accord", "treaty", "pact", "reform", "budget"} {
		if hasPhrase(l, w) {
			return "the " + w
		}
	}
	return "the change"
}

// rateHolder returns the place whose rate the figure's subject is: a
// place right before the rate noun in the figure's sentence ("Indian
// tariffs"), else in the sentences before it that name the same noun
// with a place, nearest first ("Whisky and gin tariffs" after "Indian
// tariffs will be slashed"), and the words that say so.
func (d *docDraft) rateHolder(m Mention, noun string) (string, string, bool) {
	text := d.src.Text
	last := strings.Fields(noun)
	head := strings.TrimSuffix(strings.TrimSuffix(last[len(last)-1], "s"), "ie")
	find := func(from, to int) (string, string, bool) {
		ps := d.placesAt(text, from, from, to)
		for i := len(ps) - 1; i >= 0; i-- {
			p := ps[i]
			if p.code == "" || p.code == indicators.World {
				continue
			}
			f := strings.Fields(strings.ToLower(text[p.end:min(to, p.end+40)]))
			if len(f) > 0 && strings.HasPrefix(strings.Trim(f[0], ",.;:"), head) {
				return p.code, text[p.start:p.end] + " " + strings.Trim(f[0], ",.;:"), true
			}
		}
		return "", "", false
	}
	if c, ev, ok := find(m.Sentence.Start, m.Span.Start); ok {
		return c, ev, true
	}
	at := m.Sentence.Start
	for range 4 {
		o, ok := d.mentionBeforeSentenceAt(at)
		if !ok {
			break
		}
		if c, ev, ok := find(o.Sentence.Start, o.Sentence.End); ok {
			return c, ev, true
		}
		at = o.Sentence.Start
	}
	return "", "", false
}

// mentionBeforeSentenceAt returns a mention of the last sentence before
// the one at byte at that holds a figure.
func (d *docDraft) mentionBeforeSentenceAt(at int) (Mention, bool) {
	for i := len(d.mentions) - 1; i >= 0; i-- {
		if o := d.mentions[i]; o.Sentence.End <= at {
			return o, true
		}
	}
	return Mention{}, false
}

// rateParties returns the entity and counterpart of a figure about the
// rate of place c: on a page whose two subjects are c and another, the
// other is the counterpart ("Indian tariffs" on a UK–India deal: IN,
// counterpart GB).
func (d *docDraft) rateParties(c string) ([]string, string) {
	if len(d.subjects) == 2 && slices.Contains(d.subjects, c) {
		other := d.subjects[0]
		if other == c {
			other = d.subjects[1]
		}
		return []string{c}, other
	}
	return []string{c}, ""
}

// rateClaim sets the measure, status, entities and title of a figure
// about a rate: the level of a tariff, duty, tax or interest rate, and
// any figure whose sentence names a place's rate ("Indian tariffs will be
// slashed, locking in reductions on 90% of tariff lines").
func (d *docDraft) rateClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	r, isLevel := d.rateLevelOf(m)
	if isLevel {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("a percentage of %q, a rate", r.noun)
		declare(cl.fieldNotes, "measure", "measure/rateClaim")
		switch {
		case r.from:
			ind.Status, cl.fieldNotes["status"] = indicators.Fact, `no cue word of its own: the "from" of "from … to …", the level before the change`
			declare(cl.fieldNotes, "status", "status/rateClaim#1")
		case r.to && ind.Status == indicators.Fact:
			if st, c := statusOf(strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start])), m.Unit); st != indicators.Fact {
				ind.Status, cl.fieldNotes["status"] = st, fmt.Sprintf("%q, the verb of the change to the figure", c)
				declare(cl.fieldNotes, "status", "status/rateClaim#2")
			}
		}
		if t := d.rateTitle(m, r, ce); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "the rate's subject and its place in the change"
			declare(cl.fieldNotes, "title", "title/rateClaim#1")
		}
	}
	if ind.Measure == indicators.Share {
		if t := d.ofTheseTitle(m, ce); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "\"of these\": the noun of the figure before"
			declare(cl.fieldNotes, "title", "title/rateClaim#2")
		}
	}
	noun := r.noun
	if !isLevel {
		// A figure of a sentence whose subject is a place's rate.
		before := strings.ToLower(d.src.Text[m.Sentence.Start:m.Span.Start])
		for _, n := range levyNouns {
			if hasPhrase(before, n) && !strings.Contains(n, " ") {
				noun = n
				break
			}
		}
	}
	if noun == "" {
		return
	}
	if c, ev, ok := d.rateHolder(m, noun); ok {
		es, cp := d.rateParties(c)
		if len(es) != len(ind.Entities) || es[0] != ind.Entities[0] || cp != ind.Counterpart || !isLevel {
			ind.Entities, ind.Counterpart = es, cp
			why := fmt.Sprintf("%q: the rate is %s's", ev, c)
			if cp != "" {
				why += ", charged on the other party the page names"
				cl.fieldNotes["counterpart"] = why
				declare(cl.fieldNotes, "counterpart", "counterpart/rateClaim")
				delete(cl.fieldNotes, "entities")
			} else {
				cl.fieldNotes["entities"] = why
				declare(cl.fieldNotes, "entities", "entities/rateClaim")
			}
		}
	}
}

// horizonWhy returns why a figure is a point or horizon of time that dates
// another figure, or restates a change the sentence gives in full, and
// not a claim: "by year ten of the deal", "within three years", "halved
// from 150% to 75%".
func horizonWhy(text string, m Mention) string {
	flat := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	bw := strings.Fields(strings.ToLower(text[m.Sentence.Start:m.Span.Start]))
	nw := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End]))
	last := func(n int) string {
		if len(bw) < n {
			return ""
		}
		return strings.Trim(bw[len(bw)-n], ",;:(")
	}
	if m.Kind == Number && last(1) == "year" && (last(2) == "by" || last(2) == "in" || last(2) == "until" || last(2) == "from") {
		return fmt.Sprintf("a point in time (%q) that dates another figure, not a claim", last(2)+" year "+flat)
	}
	if last(1) == "within" {
		switch strings.TrimSuffix(m.Unit.String(), "s") {
		case "year", "month", "week", "day", "decade":
			return fmt.Sprintf("a horizon of time (%q) that dates another figure, not a claim", "within "+flat)
		}
	}
	if m.Kind == Ratio && m.Quantity.Direction != indicators.NoDirection && len(nw) >= 4 && nw[0] == "from" && hasDigit(nw[1]) && nw[2] == "to" {
		return fmt.Sprintf("%q restates the change \"from %s to %s\" after it, drafted as the two levels", flat, nw[1], strings.Trim(nw[3], ",.;:"))
	}
	return ""
}

// ofTheseTitle titles a share "of these" or "of those" by the noun of
// the figure before it that they refer back to: "locking in reductions on
// 90% of tariff lines, with 85% of these becoming tariff-free within a
// decade" → "Share of tariff lines becoming tariff-free within a decade".
func (d *docDraft) ofTheseTitle(m Mention, ce int) string {
	text := d.src.Text
	after := strings.Fields(joinBroken(text[m.Span.End:ce]))
	if len(after) < 3 || strings.ToLower(after[0]) != "of" {
		return ""
	}
	switch strings.ToLower(after[1]) {
	case "these", "them": // "of those living in rural areas" are people
	default:
		return ""
	}
	var kept []string
	for _, w := range after[2:] {
		if lw := strings.ToLower(w); len(lw) > 4 && strings.HasSuffix(lw, "ly") {
			continue // "fully": an adverb a title does without
		}
		kept = append(kept, w)
	}
	rest := strings.TrimRight(strings.Join(kept, " "), ",.;:")
	var noun string
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			break
		}
		f := strings.Fields(joinBroken(text[o.Span.End:m.Span.Start]))
		if len(f) < 2 || f[0] != "of" {
			continue
		}
		var np []string
		for _, w := range f[1:] {
			np = append(np, strings.TrimRight(w, ",;:"))
			if strings.ContainsAny(w, ",;:") || len(np) == 4 {
				break
			}
		}
		noun = strings.Join(np, " ")
	}
	if noun == "" {
		return ""
	}
	return shorten("Share of "+noun+" "+rest, 60)
}
