package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Who acts, in documents whose issuer, not a place the sentence names,
// says whose figures they are (drafts24, the kinds of a budget office's
// outlook, a central bank's rate decision, a foreign ministry's fact
// sheet, a donor's funding release and a government's media release):
//
//	The Congressional Budget Office regularly publishes … → every figure
//	that names no place is the United States' (US): a national body's
//	figures are its country's; the body is the proposed publisher
//	The Bank of England's Monetary Policy Committee sets … → GB
//	the Department of State provided Lebanon with nearly $19 million →
//	the giver's country acts (US), the country provided is the
//	counterpart (LB)
//	More than 900 members of the Jordanian Armed Forces (JAF) → "JAF"
//	is the country its defined name names (JO)
//	the Islamic State of Iraq and Syria (ISIS) → an organisation named
//	after two places is neither's
//	The European Union is providing €90 million … Ghana (€20 million);
//	Togo (€10 million, including €2 million …) → the donor of the lead
//	acts, the place before the parentheses receives; places inside
//	another item's parentheses ("the conflict in Sudan", "Malian
//	refugees") are causes or people, not parties
//	a government's release whose one country has a dollar of its own →
//	a bare "$" is that dollar

// centralBankRe names a central bank after its country: "Reserve Bank of
// Australia", "Central Bank of Nigeria", "National Bank of Poland".
var centralBankRe = lazyRegexp(`\b(?:Reserve|Central|National) Bank of (?:the )?([A-Z][a-z]+(?: [A-Z][a-z]+)?)`)

// An issuer is the national body a document's lead names as its subject.
type issuer struct {
	name, short, code string
	evidence          string
	// late marks an agency the text names only by its acronym or domain
	// (agencyIssuer): its country is no early rule's, only the document's
	// place (docContext), which a figure takes when no rule of its own
	// places gives it one.
	late bool
}

// issuerOf returns the national body whose words a document is: the
// first one named at the start of a sentence (or as its possessive) in
// the document's opening, its title lines and first paragraphs, up to
// 1,000 bytes.
func issuerOf(text string) (issuer, bool) {
	head := text[:min(len(text), 1000)]
	best, bestAt := issuer{}, -1
	try := func(name, short, code string, at int) {
		if bestAt >= 0 && at >= bestAt || !bodyInLead(head, at) {
			return
		}
		end := min(len(head), at+len(name)+20)
		best, bestAt = issuer{name, short, code, strings.Join(strings.Fields(head[max(0, at-4):end]), " "), false}, at
	}
	for _, b := range publicBodies {
		switch {
		case b.subject:
			if i := strings.Index(head, b.name); i >= 0 {
				try(b.name, b.short, b.code, i)
			}
		case b.home && b.code != "":
			// "… and the U.S. Census Bureau jointly announced" (drafts66)
			if i := strings.Index(head, b.name); i >= 0 && bodySpeaks(head, i, b.name) {
				try(b.name, b.short, b.code, i)
			}
		}
	}
	for _, g := range centralBankRe.FindAllStringSubmatchIndex(head, -1) {
		if ps := placesIn(head[g[2]:g[3]], 0); len(ps) == 1 && ps[0].code != indicators.World {
			try(head[g[0]:g[1]], "", ps[0].code, g[0])
		}
	}
	if bestAt < 0 {
		if is, ok := headerIssuer(text); ok {
			return is, true // "FEDERAL RESERVE STATISTICAL RELEASE" (drafts56)
		}
		// "Connect with DOL at https://blog.dol.gov": an agency named by
		// its acronym or its domain.
		return agencyIssuer(text)
	}
	return best, bestAt >= 0
}

// opensSentence reports whether the name at byte at of s opens a sentence
// or a line, perhaps after "The": the subject of what follows.
func opensSentence(s string, at int) bool {
	b := strings.TrimRight(s[:at], " \t")
	b = strings.TrimSuffix(b, "The")
	b = strings.TrimRight(b, " \t")
	return b == "" || strings.ContainsAny(b[len(b)-1:], ".!?:\n")
}

// whoClaim sets the parties of a figure that the document's issuer, its
// donor or a giving verb decide, after the rules of the sentence's own
// places have run, then the areas a comparing sentence gives each figure.
func (d *docDraft) whoClaim(cl *claim, m Mention, cs, ce int) {
	d.whoRules(cl, m, cs, ce)
	d.areaClaim(cl, m)
	d.subdivisionClaim(cl, m, cs, ce)
	d.subgroupPlaceClaim(cl, m)
	d.homeClaim(cl)
	d.worldClaim(cl, m, cs, ce)
	d.intlClaim(cl, m)
	d.partnerClaim(cl, m)
	d.asylumClaim(cl, m)
	d.laterPartnerClaim(cl, m)
	d.datelineClaim(cl, m)
	d.jointSubjectsClaim(cl, m)
	d.orgClaim(cl, m, cs, ce)
	d.tradeTotalsClaim(cl, m, ce)
	d.foreignSideClaim(cl, m, cs, ce)
	d.cityClaim(cl, m, cs, ce)
	d.regionClaim(cl, m, cs, ce)
	d.pointBackClaim(cl, m, cs, ce)
	d.originClaim(cl, m, cs, ce)
}

// whoRules sets the parties the document's issuer, its donor or a giving
// verb decide.
func (d *docDraft) whoRules(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	if giver, taker, why, ok := d.providedWith(m, cs); ok {
		ind.Entities, ind.Counterpart = []string{giver}, taker
		cl.fieldNotes["counterpart"] = why
		declare(cl.fieldNotes, "counterpart", "counterpart/whoRules#1")
		delete(cl.fieldNotes, "entities")
		return
	}
	if own, other, why, ok := d.membersOf(m, cs, ce); ok {
		ind.Entities, ind.Counterpart = []string{own}, other
		if other != "" {
			cl.fieldNotes["counterpart"] = why
			declare(cl.fieldNotes, "counterpart", "counterpart/whoRules#2")
		} else {
			cl.fieldNotes["entities"] = why
			declare(cl.fieldNotes, "entities", "entities/whoRules#1")
		}
		return
	}
	if donor, taker, why, ok := d.donorItem(m); ok {
		ind.Entities, ind.Counterpart = []string{donor}, taker
		cl.fieldNotes["counterpart"] = why
		declare(cl.fieldNotes, "counterpart", "counterpart/whoRules#3")
		delete(cl.fieldNotes, "entities")
		return
	}
	if is := d.issuer; is.code != "" && !is.late && len(ind.Entities) == 0 && ind.Counterpart == "" {
		ind.Entities = []string{is.code}
		cl.fieldNotes["entities"] = fmt.Sprintf("no place named: the country of %s, the national body whose document this is (%q)", is.name, is.evidence)
		declare(cl.fieldNotes, "entities", "entities/whoRules#2")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
	}
	if c := d.context(); len(c.place) == 1 {
		whose := c.placeWhy
		if c.own == c.place[0] {
			whose = c.ownWhy // "New Zealand's government", "Australian Bureau of Statistics"
		}
		homeDollar(cl, text, m, c.place[0], whose)
	}
}

// ownCountry returns the document's own country, and why: the home of
// its figures that name no place (homeClaim) and the currency of its bare
// "$" (an ABS release's is AUD, Statistics Canada's CAD; "US$" stays USD,
// bareDollar). It is the first the drafter reads of: its government's
// release, its national statistical office, the national body whose
// document it is, the one country it is about, the one country its
// "Source:" lines name ("Source: CSO Ireland, …"), and the first
// national body of one country it names as the publisher ("figures
// released today by the Australian Bureau of Statistics").
func (d *docDraft) ownCountry() (string, string) {
	if d.fpHome != "" {
		return d.fpHome, codeName(d.fpHome) + "'s government"
	}
	if home, why := d.governmentHome(); home != "" {
		return home, why
	}
	if d.national.home != "" {
		return d.national.home, codeName(d.national.home) + "'s statistical office"
	}
	if is := d.issuer; is.code != "" {
		return is.code, is.name
	}
	if h := d.homeOfDoc(); h.code != "" {
		return h.code, "the document's country, " + codeName(h.code)
	}
	text := d.src.Text
	if code, line := sourceLineCountry(text); code != "" {
		return code, fmt.Sprintf("the country its source line names (%q)", line)
	}
	best, home := -1, ""
	for _, b := range publicBodies {
		if !b.home || b.code == "" || len(b.code) != 2 {
			continue
		}
		if i := strings.Index(text, b.name); i >= 0 && (best < 0 || i < best) && publisherBefore.MatchString(text[max(0, i-40):i]) {
			best, home = i, b.code
		}
	}
	if home != "" {
		return home, fmt.Sprintf("%s's national body named as the publisher", codeName(home))
	}
	return "", ""
}

// publisherBefore matches the words right before a national body that
// name it the publisher: "released today by the", "published by". A body
// merely mentioned ("According to Statistics Canada") is not the
// document's home (fix17b).
var publisherBefore = lazyRegexp(`\b(?:released|published|issued|produced|compiled)(?: today| this week)? by (?:the )?$`)

// governmentRelease marks a government's own release: "the Government will
// seek", "said Prime Minister Anthony Albanese", "the Minister for …".
//
// A party's government ("the Rudd Labor Government") and "the nation" of
// a release that names one country speak for that country too (drafts37).
var governmentRelease = lazyRegexp(`\b(?:the|The|Federal|federal|[Mm]y) Government\b|\bPrime Minister\b|\bPremier\b|\bMinister for\b|\b(?:Labor|Labour|Liberal|Coalition|Conservative) Government\b|\b[Tt]he nation(?:'s|’s)?\b`)

// A govHome is governmentHome's answer, read once.
type govHome struct {
	code, why string
	read      bool
}

// governmentHome returns the country of a government's own release that
// names one country only, and whose release it is; "" when the text
// names no government or several countries.
func (d *docDraft) governmentHome() (string, string) {
	if !d.gov.read {
		d.gov.read = true
		if len(d.subjects) != 1 || d.fpHome != "" || d.national.home != "" {
			return "", ""
		}
		c := d.subjects[0]
		if _, ok := dollarCountries[c]; !ok || !governmentRelease.MatchString(d.src.Text) {
			return "", ""
		}
		d.gov.code, d.gov.why = c, "the government of "+codeName(c)+", the one country the release names"
	}
	return d.gov.code, d.gov.why
}

// providedWithRe is a giving verb whose object is the receiver and whose
// "with" brings the amount: "provided Lebanon with nearly $19 million".
var providedWithRe = lazyRegexp(`\b(?:provided|provides|gave|gives|supplied|supplies|furnished|equipped|awarded) ([^,;]{2,60}?) with\s+(?:(?:nearly|almost|over|about|around|more than|some|up to|an additional|a further)\s+)?$`)

// providedWith returns the giver and receiver of an amount brought by
// "provided <place> with": the receiver is the place between verb and
// "with", the giver the place its subject names, or the country of the
// national body that is its subject ("the Department of State provided
// Lebanon with"), else the document's home.
func (d *docDraft) providedWith(m Mention, cs int) (string, string, string, bool) {
	text := d.src.Text
	if m.Unit.Kind != indicators.Money {
		return "", "", "", false
	}
	before := text[cs:m.Span.Start]
	g := providedWithRe.FindStringSubmatchIndex(before)
	if g == nil {
		return "", "", "", false
	}
	obj := countries(placesIn(before[g[2]:g[3]], 0))
	if len(distinct(obj)) != 1 {
		return "", "", "", false
	}
	taker := obj[0].code
	subject := text[m.Sentence.Start : cs+g[0]]
	giver, who := "", ""
	for _, p := range countries(placesIn(subject, 0)) {
		if p.code != taker {
			giver, who = p.code, subject[p.start:p.end]
			break
		}
	}
	if giver == "" {
		for _, b := range publicBodies {
			if b.subject && (strings.Contains(subject, b.name) || b.short != "" && hasWord(subject, b.short)) {
				giver, who = b.code, b.name
				break
			}
		}
	}
	if giver == "" && d.home() != "" {
		giver, who = d.home(), "the document's home"
	}
	if giver == "" || giver == taker {
		return "", "", "", false
	}
	verb := strings.Fields(before[g[0]:g[1]])[0]
	return giver, taker, fmt.Sprintf("%q: %s (%s) gives, %s receives", verb+" "+before[g[2]:g[3]]+" with", who, giver, taker), true
}

// hasWord reports whether s holds w as a whole word.
func hasWord(s, w string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		if wordEdge(s, i, i+len(w)) {
			return true
		}
		from = i + 1
	}
}

// membersOfRe follows a counted noun with the body its people belong
// to: "members of the JAF".
var membersOfRe = lazyRegexp(`^\s+of\s+(?:the\s+)?([A-Z]{2,6})\b`)

// membersOf returns the party of a count of people who belong to a body
// the text defines by an acronym of a country's name ("More than 900
// members of the JAF", the "Jordanian Armed Forces (JAF)"): that country,
// with the one other country the clause names as the counterpart (where
// they "received training in the United States").
func (d *docDraft) membersOf(m Mention, cs, ce int) (string, string, string, bool) {
	if m.Unit.Kind == indicators.Money || m.Unit.Kind == indicators.Percent {
		return "", "", "", false
	}
	text := d.src.Text
	g := membersOfRe.FindStringSubmatch(text[m.Span.End:min(ce, m.Span.End+40)])
	if g == nil {
		return "", "", "", false
	}
	own, long := d.acronymCountry(g[1])
	if own == "" {
		return "", "", "", false
	}
	why := fmt.Sprintf("%q: the %s, of %s", strings.TrimSpace(g[0]), long, codeName(own))
	var others []string
	for _, p := range countries(d.placesAt(text, m.Sentence.Start, cs, ce)) {
		if p.code != own && !slices.Contains(others, p.code) {
			others = append(others, p.code)
		}
	}
	if len(others) == 1 {
		return own, others[0], why + "; " + codeName(others[0]) + ", the other place of the clause", true
	}
	return own, "", why, true
}

// acronymCountry returns the country a text's acronym stands for, when
// its defined name names one ("Jordanian Armed Forces (JAF)" → JO), and
// that name.
func (d *docDraft) acronymCountry(short string) (string, string) {
	if d.acronyms == nil {
		d.acronyms = append(acronymsIn(d.src.Text), acronym{}) // a last zero one marks them read
	}
	for _, a := range d.acronyms {
		if a.short != short {
			continue
		}
		if c := distinct(countries(placesWithBodies(a.long, 0))); len(c) == 1 {
			return c[0], a.long
		}
	}
	return "", ""
}

// donorLeadRe is a donor's lead: "The European Union is providing €201
// million", "Japan has allocated $5 million", "Canada announces $40
// million".
var donorLeadRe = lazyRegexp(`^(?:The )?([A-Z][\w.’' -]{1,40}?) (?:is providing|will provide|provides|has provided|is allocating|has allocated|allocates|allocated|announced|announces|has announced|is giving|will give|pledged|has pledged|is contributing|will contribute|has mobilised|has mobilized|is mobilising|is mobilizing) (?:a total of |an additional |a further |over |more than |nearly |almost )?[€$£¥]`)

// donor returns the giver a funding release's first sentence names as its
// subject, or "".
func (d *docDraft) donor() string {
	text := strings.TrimLeft(d.src.Text, " \n\r\ufeff")
	for n := 0; n < 4 && text != ""; n++ {
		line := text[:lineEnd(text, 0)]
		if g := donorLeadRe.FindStringSubmatch(line); g != nil {
			if ps := placesIn(g[1], 0); len(ps) == 1 && ps[0].start == 0 && ps[0].end == len(g[1]) {
				return ps[0].code
			}
			return ""
		}
		text = strings.TrimLeft(text[len(line):], " \n\r")
	}
	return ""
}

// donorItem returns the donor and the receiver of an amount of a donor's
// list: the place right before the parenthesis the amount stands in
// ("Ghana (€20 million)", "Togo (€10 million, including €2 million …)").
func (d *docDraft) donorItem(m Mention) (string, string, string, bool) {
	if m.Unit.Kind != indicators.Money {
		return "", "", "", false
	}
	text := d.src.Text
	open := openParenBefore(text, m.Sentence.Start, m.Span.Start)
	if open < 0 {
		return "", "", "", false
	}
	before := strings.TrimRight(text[m.Sentence.Start:open], " ")
	ps := placesIn(before, m.Sentence.Start)
	if len(ps) == 0 || ps[len(ps)-1].end != m.Sentence.Start+len(before) {
		return "", "", "", false
	}
	donor := d.donor()
	taker := ps[len(ps)-1]
	if donor == "" || donor == taker.code {
		return "", "", "", false
	}
	return donor, taker.code, fmt.Sprintf("%s (…): the place the amount's parentheses follow receives; %s, the lead's donor, gives", text[taker.start:taker.end], codeName(donor)), true
}

// openParenBefore returns the byte of the parenthesis still open at byte
// at, looking back no further than from, or -1.
func openParenBefore(text string, from, at int) int {
	depth := 0
	for i := at - 1; i >= from; i-- {
		switch text[i] {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// sourceLineCountry returns the one country the document's "Source:"
// lines name, and the first such line, or "" when they name none or
// several.
func sourceLineCountry(text string) (string, string) {
	code, first := "", ""
	for off := 0; off < len(text); {
		end := lineEnd(text, off)
		line := strings.TrimSpace(text[off:end])
		off = end + 1
		if !strings.HasPrefix(line, "Source:") && !strings.HasPrefix(line, "Sources:") {
			continue
		}
		for _, c := range distinct(countries(placesIn(line, 0))) {
			if !isCountry(c) || len(c) != 2 {
				continue
			}
			if code != "" && c != code {
				return "", ""
			}
			code = c
			if first == "" {
				first = line
			}
		}
	}
	return code, first
}
