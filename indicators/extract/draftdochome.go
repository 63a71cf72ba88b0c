package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Whose figures a one-country document's are, when a figure names no
// place (drafts26):
//
//	Fast Facts: HIV in the United States (the title) → US
//	USDA is calling for … production in the U.S. (an opening that names
//	one country and no other place) → US
//	Ministry of … / Posted On: … by PIB Delhi / Rs … crore → IN: a
//	Government of India release; its "2023-24" is the fiscal year
//	FY2023-24

// A docHome is the country a whole document is about, and why.
type docHome struct {
	code, why string
	only      bool // docPlaceOf's place, the only one the document names (no part of it either)
	india     bool // a Government of India release
	uk        bool // a UK government's document (draftukgov.go)
	// ukOnly marks a code that is the UK's only because the document is
	// a UK government's (its £, a UK department), not a place it names:
	// a devolved publisher's nation goes before it (context).
	ukOnly bool
	// body marks a place read inside a body's name only (inBodyName):
	// the release's place where nothing else says one.
	body bool
}

// indiaReleaseRe marks a Government of India release: the Press
// Information Bureau's date line, or the government named.
var indiaReleaseRe = lazyRegexp(`\bby PIB\b|Press Information Bureau|Government of India`)

// homeOfDoc returns the country a document is about, read once.
func (d *docDraft) homeOfDoc() docHome {
	if d.oneHome != nil {
		return *d.oneHome
	}
	h := oneCountryOf(d.src.Text, d.partner() != "")
	if p := d.docPlace(); h.code == "" && p.only {
		h = p // the one place the document names: before its publisher's country ("Department for Education, England")
	}
	if why := ukGovernmentOf(d.src.Text); why != "" {
		h.uk = true
		if h.code == "" {
			h.code, h.why, h.ukOnly = "GB", why, true
		}
	}
	d.oneHome = &h
	return h
}

// indiaRelease is indiaReleaseRe.FindString(text), by strings.Index: the
// pattern is three phrases, and it runs over the whole document.
func indiaRelease(text string) string {
	best, word := -1, ""
	for _, w := range []string{"Press Information Bureau", "Government of India"} {
		if i := strings.Index(text, w); i >= 0 && (best < 0 || i < best) {
			best, word = i, w
		}
	}
	for from := 0; ; {
		i := strings.Index(text[from:], "by PIB")
		if i < 0 {
			break
		}
		i += from
		if (best < 0 || i < best) && (i == 0 || !isREWordByte(text[i-1])) && (i+6 == len(text) || !isREWordByte(text[i+6])) {
			best, word = i, "by PIB"
			break
		}
		if best >= 0 && i >= best {
			break
		}
		from = i + 1
	}
	return word
}

// oneCountryOf returns the country a document's header says it is
// about: a Government of India release's, a GOV.UK page's "Applies to"
// line, the one place its title block names ("Schools, Australia, 2012",
// "Retail sales, Great Britain: February 2024", "Student Loans in
// England", releaseOwnPlace) unless the document is about two parties
// (its title then may name the other: "UK trade pact signed" in an
// Australian release), the population its survey is based on. The places
// its lead and body name are docPlaceOf's.
func oneCountryOf(text string, twoParties bool) docHome {
	if g := indiaRelease(text); g != "" && (strings.Contains(text, "crore") || strings.Contains(text, "lakh") || strings.Contains(text, "Ministry of")) {
		return docHome{code: "IN", why: fmt.Sprintf("a Government of India release (%q)", g), india: true}
	}
	if h, ok := appliesToHome(text); ok {
		return h
	}
	if h, _ := releaseOwnPlace(text); h.code != "" && !twoParties {
		return h
	}
	if h, ok := basedOnHome(text); ok {
		return h // "based on adults in Great Britain" (drafts56)
	}
	return docHome{}
}

// namedSentences returns how many sentences or lines of s name one of
// the places ps.
func namedSentences(s string, ps []placeMention) int {
	n, last := 0, -2 // -1 is the text's first sentence
	for _, p := range ps {
		lo := max(strings.LastIndex(s[:p.start], ". "), strings.LastIndexByte(s[:p.start], '\n'))
		if lo != last {
			n, last = n+1, lo
		}
	}
	return n
}

// isCountry reports whether code is a country's, not a region's or a
// union's.
func isCountry(code string) bool {
	return len(code) == 2 && !slices.Contains([]string{"EU", "EZ"}, code) && code != indicators.World || isSubdivisionCode(code)
}

// isSubdivisionCode reports whether code is an ISO 3166-2 code of a
// country's subdivision the gazetteer gives ("GB-EAW"): a place the
// rules of a country's release take as they take the country.
func isSubdivisionCode(code string) bool {
	return len(code) > 3 && code[2] == '-' && indicators.CheckEntity(code) == nil
}

// homeClaim gives a figure that names no place, and has no parties by
// any other rule, the place of its document (docContext).
func (d *docDraft) homeClaim(cl *claim) {
	ind := &cl.ind
	if len(ind.Entities) > 0 || ind.Counterpart != "" {
		return
	}
	c := d.context()
	if len(c.place) == 0 {
		return
	}
	ind.Entities = slices.Clone(c.place)
	cl.fieldNotes["entities"] = "no place named: " + c.placeWhy
	declare(cl.fieldNotes, "entities", "entities/homeClaim:"+c.placeEv)
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
}

// fiscalYearText matches a year written across two ("2023-24").
var fiscalYearText = lazyRegexp(`\b((?:19|20)\d\d)[-–/](\d\d)\b`)

// inBefore ends the words before a place a document is about: "in the".
var inBefore = lazyRegexp(`\bin (?:the )?$`)

// sentenceAround returns the sentence or line of s that holds byte at.
func sentenceAround(s string, at int) string {
	lo := max(strings.LastIndex(s[:at], ". "), strings.LastIndexByte(s[:at], '\n')) + 1
	hi := len(s)
	if i := strings.IndexAny(s[at:], ".\n"); i >= 0 {
		hi = at + i
	}
	return s[lo:hi]
}

// appliesToRe is a GOV.UK header's line of the places a page is about:
// "Applies to England and Wales" (drafts40).
var appliesToRe = lazyRegexp(`(?m)^\s*Applies to:? ([^\n]{2,80}?)\s*$`)

// ukNations returns codes with the nations of the UK it lists replaced
// by the one code ISO 3166-2 gives their group: England and Wales
// GB-EAW, with Scotland GB-GBN, with Northern Ireland too the UK.
func ukNations(codes []string) []string {
	if code, ok := ukGroups[strings.Join(slices.Sorted(slices.Values(codes)), " ")]; ok {
		return []string{code}
	}
	return codes
}

// ukGroups are the groups of the UK's nations an "Applies to" line may
// list, by their sorted codes, with the code of the whole.
var ukGroups = map[string]string{
	"GB-ENG GB-WLS":               "GB-EAW",
	"GB-ENG GB-SCT GB-WLS":        "GB-GBN",
	"GB-EAW GB-SCT":               "GB-GBN",
	"GB-ENG GB-NIR GB-SCT GB-WLS": "GB",
	"GB-EAW GB-NIR GB-SCT":        "GB",
	"GB-GBN GB-NIR":               "GB",
}

// ukGroupCode reports whether code is one of ukGroups' groups of nations.
func ukGroupCode(code string) bool {
	for _, c := range ukGroups {
		if c == code && c != "GB" {
			return true
		}
	}
	return false
}

// appliesToHome returns the country of an "Applies to <place>" line in a
// document's first lines, when every place it names is that one
// country's.
func appliesToHome(text string) (docHome, bool) {
	g := appliesToRe.FindStringSubmatch(text[:min(len(text), 1500)])
	if g == nil {
		return docHome{}, false
	}
	codes := ukNations(distinct(placesIn(g[1], 0)))
	if len(codes) != 1 || !isCountry(codes[0]) {
		return docHome{}, false
	}
	return docHome{code: codes[0], why: fmt.Sprintf("the page's header %q", strings.TrimSpace(g[0]))}, true
}

// docPlace returns docPlaceOf the document, read once.
func (d *docDraft) docPlace() docHome {
	if d.mostPlace == nil {
		h := docPlaceOf(d.src.Text, d.docPlaces())
		h = stateOfDoc(d.src.Text, h)
		if h.code == "" {
			_, h = releaseOwnPlace(d.src.Text)
		}
		if h.code == "" {
			// A release of a region ("Across London, …", "London
			// boroughs") names no country: the region it names is its
			// place, as a country is another's.
			h = docPlaceOf(d.src.Text, d.docAreas())
		}
		if h.code == "" {
			// No place but inside bodies' names ("the Scottish Environment
			// Agency"): the body's place is the release's when nothing
			// else is said (inBodyName).
			if h = docPlaceOf(d.src.Text, placesWithBodies(d.src.Text, 0)); h.code != "" {
				h.why += ", inside a body's name"
				h.body = true
			}
		}
		if h.code == "" {
			h.code, h.why = listedCountry(d.src.Text)
		}
		if h.code == "" {
			h = worldOfDoc(d.src.Text, d.docPlaces())
		}
		d.mostPlace = &h
	}
	return *d.mostPlace
}

// worldOfDoc returns the world as the place of a document that names no
// place of its own but the world, in two sentences or more ("Worldwide
// parcel traffic last year reached …", "global letter-post traffic"):
// an international body's release of the world's figures. A place
// named aside (asidePlace: "in all regions of the world, except in
// Africa") is none of its own; ps are the places the text names.
func worldOfDoc(text string, ps []placeMention) docHome {
	var world []placeMention
	for _, p := range ps {
		switch {
		case p.code == indicators.World:
			world = append(world, p)
		case p.code != "" && !asidePlace(text, p):
			return docHome{}
		}
	}
	for _, g := range worldWordRe.FindAllStringIndex(text, -1) {
		world = append(world, placeMention{g[0], g[1], indicators.World})
	}
	slices.SortFunc(world, func(a, b placeMention) int { return a.start - b.start })
	if n := namedSentences(text, world); n >= 2 {
		return docHome{code: indicators.World, why: fmt.Sprintf("the world, which the document names in %d of its sentences, and no place of its own (%q)", n, snippet(text, world[0].start, world[0].end))}
	}
	return docHome{}
}

// stateOfDoc returns the state, province or territory a document is
// about in place of h, its country (or none): a state agency's release
// names its state far more than its country ("NSW Health … in New South
// Wales"), so the one state the document names in three sentences or
// more, in twice as many as its country and as any other state of it,
// is the document's place, at the publisher's own level.
func stateOfDoc(text string, h docHome) docHome {
	if h.code != "" && len(h.code) != 2 {
		return h // already a part of a country
	}
	type named struct {
		ps   []placeMention
		name string
	}
	byCode := map[string]*named{}
	var codes []string
	areas := areasIn(text, 0)
	for _, s := range subdivisionsIn(text) {
		iso := isoSubdivision(s)
		if iso == "" || h.code != "" && s.code != h.code || slices.ContainsFunc(areas, func(a placeMention) bool { return a.start < s.end && s.start < a.end }) {
			continue // "Midlands" of "the West Midlands" is no state of Zimbabwe
		}
		if byCode[iso] == nil {
			byCode[iso] = &named{name: s.name}
			codes = append(codes, iso)
		}
		byCode[iso].ps = append(byCode[iso].ps, placeMention{s.start, s.end, iso})
	}
	top, n, rival := "", 0, 0
	for _, c := range codes {
		k := namedSentences(text, byCode[c].ps)
		switch {
		case k > n:
			top, n, rival = c, k, max(rival, n)
		default:
			rival = max(rival, k)
		}
	}
	if top == "" || n < 3 || n < 2*rival {
		return h
	}
	if h.code != "" {
		var whole []placeMention
		for _, p := range placesIn(text, 0) {
			if p.code == h.code {
				whole = append(whole, p)
			}
		}
		if n < 2*namedSentences(text, whole) {
			return h
		}
	}
	return docHome{code: top, why: fmt.Sprintf("the state the document names most, in %d of its sentences (%q)", n, byCode[top].name)}
}

// docPlaceClaims gives every claim of out that has no place yet, when
// every reader of its own clause, its paragraph and its heading has run,
// the document's place (docPlace): the genre's last fallback.
func (d *docDraft) docPlaceClaims(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Entities) > 0 || cl.ind.Counterpart != "" {
			continue
		}
		h := d.docPlace() // read only for a document with a placeless figure
		if h.code == "" {
			return d.noPlaceClaims(out)
		}
		code, why := h.code, h.why
		if strings.Contains(code, "-") && d.saysNationwide(cl) {
			// "Payrolls nationwide": the country's, not the state's the
			// document is about.
			code, why = code[:strings.IndexByte(code, '-')], fmt.Sprintf("its sentence says the figure is the nation's: %s, the country of %s, the document's place", code[:strings.IndexByte(code, '-')], h.code)
		}
		cl.ind.Entities = []string{code}
		cl.fieldNotes["entities"] = "no place named: " + why
		declare(cl.fieldNotes, "entities", "entities/docPlaceClaims")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
	}
	return out
}

// noPlaceClaims marks the claims of out that have no place when the text
// names none at all (a release whose title page or address said whose it
// is, and the stored text left out): the draft asks, once in the source's
// comment and at each such figure, for the publisher's country or nation,
// rather than guess one.
func (d *docDraft) noPlaceClaims(out []claim) []claim {
	if slices.ContainsFunc(d.docPlaces(), func(p placeMention) bool { return p.code != "" && p.code != indicators.World }) || len(subdivisionsIn(d.src.Text)) > 0 {
		return out
	}
	n := 0
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Entities) > 0 || cl.ind.Counterpart != "" {
			continue
		}
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
		cl.notes = append(cl.notes, "entities: the text names no place at all (see the source's comment); write the publisher's country or nation")
		n++
	}
	if n > 0 {
		d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: the text names no place at all, so the place of its figures is not guessed: a release gives it in its title page, its address or its publisher (none here); write the publisher's country or nation as the entities of the %d figures that ask for it", d.source.ID, n))
	}
	return out
}

// saysNationwide reports whether the sentence of cl's quote says its
// figure is the whole country's (homeWords: "nationwide", "the nation"),
// which a part of the country the document is about does not take.
func (d *docDraft) saysNationwide(cl *claim) bool {
	if len(cl.ind.Provenance) == 0 {
		return false
	}
	sp := cl.ind.Provenance[0].Span
	text := d.src.Text
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	from := strings.LastIndexAny(text[:sp.Start], ".!?\n") + 1
	to := sp.End
	if i := strings.IndexAny(text[to:], ".!?\n"); i >= 0 {
		to += i
	} else {
		to = len(text)
	}
	return nationWord(text[from:to]) != ""
}

// docPlaceOf returns the one place a document is about, read from every
// place it names: the genre's pattern is that a release names its place
// once or a few times — in its title, its lead, its publisher's own words
// ("the principal provider of … data on Australia’s VET sector", "the
// roads in Scotland") — and its figures then do not repeat it, while a
// place named as a comparison ("higher than in Wales") or as a source
// ("combined with data from … sites in England and Wales") is no place
// of its figures (asidePlace). The document's place is the place named in
// the most sentences, when no other place but its own parts comes near
// (twice as many sentences, at least two, against any rival); a place
// named alone is the document's even once. Hand catalogs give every
// figure a place, so a document's one place is the best guess for a
// figure that names none.
func docPlaceOf(text string, ps []placeMention) docHome {
	byCode := map[string][]placeMention{}
	var codes []string
	for _, p := range ps {
		if p.code == "" || p.code == indicators.World || asidePlace(text, p) {
			continue
		}
		if _, ok := byCode[p.code]; !ok {
			codes = append(codes, p.code)
		}
		byCode[p.code] = append(byCode[p.code], p)
	}
	if len(codes) == 0 {
		return docHome{}
	}
	top, n := "", 0
	for _, c := range codes { // first named wins a tie
		if k := namedSentences(text, byCode[c]); k > n {
			top, n = c, k
		}
	}
	rival := 0
	for _, c := range codes {
		if c != top && !partOf(c, top) && !placeWithin(c, top) {
			rival = max(rival, namedSentences(text, byCode[c]))
		}
	}
	first := byCode[top][0]
	if h, ok := oneParagraphPlace(text, top, codes, byCode); ok {
		return h
	}
	switch {
	case rival == 0:
		what := "the only place the document names"
		if len(codes) > 1 {
			what += " but its parts"
		}
		return docHome{code: top, why: fmt.Sprintf("%s, in %d of its sentences (%q)", what, n, snippet(text, first.start, first.end)), only: len(codes) == 1 && isCountry(top)}
	case n >= 3 && n >= 2*rival:
		return docHome{code: top, why: fmt.Sprintf("the place the document names most, in %d of its sentences, another in %d at most (%q)", n, rival, snippet(text, first.start, first.end))}
	}
	return docHome{}
}

// asidePlace reports whether the place p of text is named as a comparison
// ("than Wales", "compared with England": vocab.AgainstLeads right
// before it), as a source (vocab.SourceLeads earlier in its clause, or a
// reference in square brackets: "[DfT Road Traffic Estimates: Great
// Britain 2017]" cites another publication), as the citizenship of
// the people counted (peopleOrigin: "non-EU", "UK-born") or as the other
// side of a flow (otherSide: "food imported from Japan").
func asidePlace(text string, p placeMention) bool {
	if line := text[lineStart(text, p.start):p.start]; strings.LastIndexByte(line, '[') > strings.LastIndexByte(line, ']') {
		return true
	}
	before := strings.ToLower(text[max(0, p.start-80):p.start])
	if i := strings.LastIndexAny(before, ",;.:()\n"); i >= 0 {
		before = before[i+1:]
	}
	near := strings.TrimSuffix(strings.TrimSuffix(before, "the "), "in ")
	for _, l := range vocab.AgainstLeads {
		if strings.HasSuffix(near, l) || strings.HasSuffix(near, l+"in ") || strings.HasSuffix(near, l+"that of ") {
			return true
		}
	}
	if from := max(0, p.start-300); peopleOrigin(text, max(from, strings.LastIndex(text[from:p.start], ". ")+from+1, lineStart(text, p.start)), p) {
		return true // "EU citizens", "non-EU nationals": people, not a place
	}
	if otherSide(text, p) {
		return true // "food imported from Japan", "exports to Japan"
	}
	if exceptRe.MatchString(text[max(0, p.start-40):p.start]) {
		return true // "in all regions of the world, except in Africa": excluded
	}
	for _, l := range vocab.SourceLeads {
		if strings.Contains(before, l) {
			return true
		}
	}
	return false
}

// oneParagraphPlace judges top, the place a document names most, when it
// names it in one paragraph only: a region one paragraph of a national
// overview is about ("In Scotland, the employment rate was 75.5%") is no
// place of the other paragraphs' figures. When the document names the
// nation elsewhere — its country, or a word of the nation's (nationWord:
// "nationally", "across the country", "UK-wide") — its figures are the
// country's; when it names another place elsewhere, none is the
// document's. ok is false when top is named in more than one paragraph,
// or in one and nothing else anywhere: the place of a release that names
// it once, in its lead.
func oneParagraphPlace(text, top string, codes []string, byCode map[string][]placeMention) (docHome, bool) {
	para := paragraphStart(text, byCode[top][0].start)
	for _, p := range byCode[top][1:] {
		if paragraphStart(text, p.start) != para {
			return docHome{}, false
		}
	}
	country := top
	if i := strings.IndexByte(top, '-'); i > 0 {
		country = top[:i]
	}
	other := false
	for _, c := range codes {
		for _, p := range byCode[c] {
			if c == top || partOf(c, top) || paragraphStart(text, p.start) == para {
				continue
			}
			if c == country && country != top {
				return docHome{code: country, why: fmt.Sprintf("%s, named outside the one paragraph that names %s (%q)", country, top, snippet(text, p.start, p.end))}, true
			}
			other = true
		}
	}
	end := len(text)
	if i := strings.Index(text[para:], "\n\n"); i >= 0 {
		end = para + i
	}
	for _, s := range []string{text[:para], text[end:]} {
		if w := nationWord(s); w != "" && country != top {
			return docHome{code: country, why: fmt.Sprintf("%q: the nation's, %s, outside the one paragraph that names %s", w, country, top)}, true
		}
	}
	if other {
		return docHome{}, true
	}
	return docHome{}, false
}
