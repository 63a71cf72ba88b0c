package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"maps"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A DraftSource is the document a draft catalog is made from.
type DraftSource struct {
	// ID is the source's slug; if empty, a slug of TextPath's file name.
	ID string
	// Title is the document's title; if empty, the draft takes the first
	// heading that says "fact sheet", or the first line, and says so.
	Title string
	// TextPath is written as the source's "text" field. indicators.Load
	// reads it relative to the catalog file's directory, so give the path
	// of the text as seen from where the catalog will be saved.
	TextPath string
	// Text is the document's exact text, which the spans index.
	Text string
	// URL is the web address the text was taken from, written as the
	// source's "url" (empty: none). Its country is the place of the
	// figures nothing in the text places (indicators.SourcePlace, after
	// the release's own place and before its currency's country), and a
	// date in its path the release's date (addressDate).
	URL string
}

// WriteDraft writes a draft catalog of src in the catalog format of
// indicators.Load; it is WriteDrafts of one source.
func WriteDraft(w io.Writer, src DraftSource) error {
	return WriteDrafts(w, src)
}

// WriteDrafts writes one draft catalog of several documents, one source
// each, through indicators.WriteYAMLWith: the catalog's own fields, with
// the evidence of every guess in comments. For each quantity the Extractor
// finds (ranks included) it proposes an indicator: a title in the
// sentence's own words and an id made from it; the entities and
// counterpart the sentence (or the clause before it, or "our two
// countries": the document's two most-named places) names, from a
// gazetteer of display names and demonyms; the measure and status its cue
// words give (cues.go); the year the figure refers to (not a name's year,
// a date of an event or a dateline; a paragraph's or parent bullet's year
// when the sentence has none; a document-wide "as of" date); the heading
// path, run-in heading or bullet parent as its section; and the sentence
// as its quote. A figure that cannot be written as a claim yet is written
// as a comment that says why, so that the draft loads and verifies clean
// as written and every figure found is drafted or explained.
func WriteDrafts(w io.Writer, srcs ...DraftSource) error {
	c := &indicators.Catalog{}
	o := &indicators.YAMLOptions{
		Notes:       map[string][]string{},
		FieldNotes:  map[string]map[string]string{},
		SourceNotes: map[string][]string{},
		Stated:      true,
	}
	var paths []string
	ids := map[string]int{}
	var pending []string   // comments waiting for the next indicator
	marked, fields := 0, 0 // the fields marked as guesses, of all drafted (markedNotes)
	viewIDs := map[string]int{}
	o.ViewNotes = map[string][]string{}
	for _, src := range srcs {
		paths = append(paths, src.TextPath)
		d := newDocDraft(src, ids)
		c.Sources = append(c.Sources, d.source)
		first := len(c.Indicators)
		cls := restateMargins(d.claims())          // margin20: a margin drafted into its figure
		o.SourceNotes[d.source.ID] = d.sourceNotes // after the claims, which may add to them (noPlaceClaims)
		for i := range cls {
			if cls[i].skip == "" {
				unsignCount(&cls[i])
				ind := &cls[i].ind // "one in five" of a share is 20 percent (model16)
				ind.Quantity, ind.Unit = indicators.HeldAs(ind.Stated, ind.Quantity, ind.Unit, ind.Measure)
				// In a release of net flows an amount a word of change
				// governs is the net flow ("declined by €632 million").
				d.netFlowOf(&cls[i])
				// A contribution or a rate of inflation read as a change is
				// drafted as verify has it written, not left out.
				if why := indicators.SettleMeasure(ind); why != "" {
					cls[i].notes = append(cls[i].notes, why)
				}
				// A net flow below zero drafted with the sign verify
				// reads it by ("minus €167 million", "a decrease in
				// loans … of €394 million"), never as an inflow.
				if why := indicators.SignNetFlow(ind); why != "" {
					cls[i].notes = append(cls[i].notes, why)
				}
				// A head noun read alone of two the quote counts together
				// ("Cancellations and withdrawals increased to 23 725")
				// is drafted as both, the unit verify accepts.
				// A bare count with no unit yet counts what verify's notice
				// reads its quote to count ("a 2% increase on the 4,125
				// received"): the unit it would ask for.
				if len(ind.Provenance) > 0 {
					if u, ok := indicators.CoordinatedUnit(ind, ind.Provenance[0].Quote); ok {
						ind.Unit = u
						cls[i].fieldNotes["unit"] = fmt.Sprintf("%s: the quote counts both nouns together", u.Name)
						declare(cls[i].fieldNotes, "unit", "unit/WriteDrafts#1")
					} else if u, w, ok := indicators.AdvisedCount(ind, ind.Provenance[0].Quote); ok {
						ind.Unit = u
						cls[i].fieldNotes["unit"] = fmt.Sprintf("%s, what %q in the quote counts; stated keeps the figure as written", u.Name, w)
						declare(cls[i].fieldNotes, "unit", "unit/WriteDrafts#2")
					}
				}
			}
		}
		refused := d.refused(cls)
		for _, cl := range cls {
			if why, ok := refused[cl.ind.ID]; ok && cl.skip == "" {
				cl.skip = fmt.Sprintf("not drafted: %s in %s (verify would refuse it: %s); write it by hand", cl.ind.Stated, d.source.ID, why)
			}
			if cl.skip != "" {
				pending = append(pending, cl.skip)
				continue
			}
			c.Indicators = append(c.Indicators, cl.ind)
			if len(cl.ind.Entities) > 0 {
				// A later rule found the places a first look missed
				// (a benchmark, a global body's page): its note stands.
				cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
			}
			o.Notes[cl.ind.ID] = append(pending, cl.notes...)
			notes, m, n := markedNotes(cl)
			o.FieldNotes[cl.ind.ID] = notes
			marked, fields = marked+m, fields+n
			pending = nil
		}
		views, notes := proposeViewsTitled(d.source.ID, d.source.Title, c.Indicators[first:], viewIDs)
		c.Views = append(c.Views, views...)
		maps.Copy(o.ViewNotes, notes)
	}
	series, views, notes := proposeSeries(c.Indicators, viewIDs)
	c.Series = series
	c.Views = append(c.Views, views...)
	o.SeriesNotes = notes
	maps.Copy(o.ViewNotes, notes)
	o.Trailer = pending
	o.Header = []string{
		"Draft catalog made by claimbook extract -draft from " + strings.Join(paths, ", ") + ".",
		"Each indicator is a proposal with its evidence in comments: confirm or correct the title, id,",
		"entities, measure, status and period; delete what is not a claim (and its views); keep the views",
		"you want as charts and slides. Then run claimbook verify.",
		marksHeader(marked, fields),
		"Spans (start, end) count Unicode code points into the text, end exclusive.",
	}
	return indicators.WriteYAMLWith(w, c, o)
}

// refused returns, by id, what verify says against each drafted indicator
// of the document's claims: a draft loads and verifies as written, so a
// figure the extractor reads in a way verify cannot find in its quote
// ("±0.5 percent") is explained, not drafted.
func (d *docDraft) refused(cls []claim) map[string]string {
	c := &indicators.Catalog{Sources: []indicators.Source{d.source}}
	for _, cl := range cls {
		if cl.skip == "" {
			c.Indicators = append(c.Indicators, cl.ind)
		}
	}
	out := map[string]string{}
	for _, ind := range c.Indicators {
		// A unit the loader refuses ("-year-old" of "30 to 39-year-olds")
		// would stop the whole draft loading: that figure is explained.
		if _, err := indicators.ParseUnit(ind.Unit.String()); err != nil {
			out[ind.ID] = fmt.Sprintf("its unit %q is not one a catalog can hold", ind.Unit.String())
		}
	}
	var list indicators.ErrorList
	if err := c.Verify(); !errors.As(err, &list) {
		return out
	}
	for _, e := range list {
		rest, ok := strings.CutPrefix(e.Where, "indicator ")
		if !ok {
			continue
		}
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			continue
		}
		id, _ := strconv.Unquote(q)
		if _, seen := out[id]; !seen {
			msg, _, _ := strings.Cut(e.Msg, ": ") // what it says, not the advice to a catalog's writer
			out[id] = msg
		}
	}
	return out
}

// A docDraft drafts one document.
type docDraft struct {
	src             DraftSource
	saysEstimates   int8 // 1: the text never calls a figure an estimate, 2: it does (estimatesSaid)
	source          indicators.Source
	sourceNotes     []string
	ids             map[string]int
	mentions        []Mention
	heads           []heading
	subjects        []string
	asOf            indicators.Period
	asOfAt          int
	hasAsOf         bool
	dateline        indicators.Date
	addrDate        indicators.Date // the release's date its address writes (addressDate), or zero: for the period readers
	docYear         docYear
	programmes      []programme
	acronyms        []acronym // read on first use by fit
	prelimYear      int       // the year the document calls preliminary, or 0
	prelimCue       string
	release         releaseSubject // what a national statistical release is about, if it says
	carrying        bool           // carriedPeriod is walking back
	relating        bool           // relatedBefore is asking the figure before
	continent       string         // continentOf's answer, once read
	continentOK     bool
	places          []placeMention // the whole text's, read on first use by docPlaces
	placesOK        bool
	years           []yearRef // the whole text's, read on first use by docYears
	yearsOK         bool
	scopes          *[]scopeLine    // the document's scope lines, read once (scopeLines)
	yearends        *[]yearendAt    // the document's yearend readings, read once (yearendsIn)
	listed          map[int]bool    // starts of the places in lists, read on first use by unlisted
	indexed         bool            // the mentions are in text order, within their sentences
	longest         int             // the longest sentence holding a figure, in bytes
	withThe         map[string]bool // takesThe's answers, by name
	firstHead       map[string]int  // the index of each heading text's first heading, if the headings are in text order
	headTexts       map[string]bool // the headings' lower-case texts, read on first use by isHeadingTitle
	priceAcros      map[string]bool // whether the document defines each acronym for an index of prices, read on first use
	topSub          [][2]string     // sectionOf's heading and subheading before each heading, if in text order
	longestRun      int             // the longest run-in heading's reach, in bytes
	body            string          // the short name of the global body whose page this is, or ""
	margins         []marginBlock   // the paragraphs whose figures carry margins of error (draftstatus_margin.go)
	monthly         monthlyRelease  // what a monthly release's lead says of its figures, if it does
	netFlows        *string         // netFlowRelease's answer, read once
	national        nationalRelease // what a national statistical release's title and release lines say, if they do
	appealYear      int             // the year of the appeal an international body's page dates, or 0
	fpHome          string          // the country of a government's release in the first person, or ""
	fpHomeWhy       string
	agreement       int8              // namesAgreement's answer: 0 unread, 1 yes, 2 no
	pointing        bool              // agreementClaim is asking the figure a later one points back to
	titleMemos      map[int]titleMemo // repairTitle's last figure of each sentence, by the sentence's start
	pairLeads       map[[2]int][]int  // comparandTime's match of pairLead before a figure, by its sentence's start and its own
	titleDoc        titleDocMemo      // what measuredTitle keeps of the document's titles so far (drafttitle_measured.go)
	lender          lenderRelease     // what a lender's lead says it approved, if it does
	lenderOK        bool
	issuer          issuer            // the national body whose document this is, if its opening names one
	gov             govHome           // governmentHome's answer, read once
	what            whatCache         // what draftwhat.go reads of the whole document, once
	oneHome         *docHome          // the country the whole document is about, once read (draftdochome.go)
	mostPlace       *docHome          // the place the document names most, once read (docPlace)
	ctx             *docContext       // what the document says once of all its figures, once read (draftcontext.go)
	natTrade        *string           // the home of a national trade release, once read (drafttradetotals.go)
	stmt            *releaseStatement // what the release's head says of how sure its figures are (statement, draftcontext.go)
	colls           *[]collectionName // the collections the text names with their period, once read (draftframe.go)
	statReleaseRead *statRelease      // statReleaseOf's answer, nil unread (draftmonthlyrelease.go)
	months          *monthSpanOf      // docMonthSpan's answer, read once
	intl            intlHome          // intlHomeOf's answer, read once (draftw_intl.go)
	endings         *[]endingAt       // the reference periods ending in a month, read once (draftwhen_ending.go)
	subdivs         *[]subdivAt       // the states, provinces and territories named, read once (draftw_subdivision.go)
	spanOf          *spanCache        // a release's title year and the periods drafted so far (draftwhen_span.go)
	ref             refCache          // the month a monthly release is for (draftrelease_refmonth.go)
	memo            sentenceMemo      // what rules read of each sentence, once (draftmemo.go)
	upToReads       upToReads         // drafts43's reads of the document and its sentences, once (draftwhen_upto.go)

	weeklyReads weeklyReads          // drafts50's reads of the whole document, once (draftweek.go)
	cards       *[]*headlineCard     // the document's headline cards, read once (draftcard.go)
	kinds       map[string][]kindOcc // the kinds each counted head is given, read once (draftunit_kind.go)
}

// docPlaces returns the places the whole text names, read once: many
// claims ask.
func (d *docDraft) docPlaces() []placeMention {
	if !d.placesOK {
		d.places, d.placesOK = placesIn(d.src.Text, 0), true
	}
	return d.places
}

// docYears returns the years the whole text names, read once.
func (d *docDraft) docYears() []yearRef {
	if !d.yearsOK {
		d.years, d.yearsOK = yearsIn(d.src.Text, 0), true
	}
	return d.years
}

// A docYear is the year a whole document reports on, and its evidence;
// planned is the cue, if any, by which the document says that its
// results are planned ones.
type docYear struct {
	year     int
	evidence string
	planned  string
}

func newDocDraft(src DraftSource, ids map[string]int) *docDraft {
	d := &docDraft{src: src, ids: ids}
	id := src.ID
	if id == "" {
		base := path.Base(strings.ReplaceAll(src.TextPath, "\\", "/"))
		id = slug(strings.TrimSuffix(base, path.Ext(base)), 8)
		if id == "" {
			id = "source"
		}
	}
	id = d.unique(id)
	sum := sha256.Sum256([]byte(src.Text))
	d.source = indicators.Source{ID: id, Title: src.Title, TextPath: src.TextPath, Text: src.Text, SHA256: hex.EncodeToString(sum[:]), URL: src.URL}
	e := Extractor{Ranks: true}
	d.mentions = e.Extract(src.Text)
	for i := range d.mentions {
		d.mentions[i].Sentence = wholeSentence(src.Text, d.mentions[i].Sentence)
	}
	d.mentions = withOrdinalRanks(src.Text, d.mentions) // "rank the UK 6th globally"
	d.mentions = withFirstPlaces(src.Text, d.mentions)  // "was the warmest year on record"
	d.indexMentions()
	d.heads = sections(src.Text)
	d.indexHeads()
	d.subjects = documentSubjects(src.Text)
	d.fpHome, d.fpHomeWhy = d.firstPersonHome()
	d.programmes = firstProgrammes(programmesIn(src.Text))
	d.dateline = issuedOf(src.Text)
	d.source.Issued = d.dateline
	d.addrDate = addressDate(src.URL)
	pub, short, evidence := publisherOf(src.Text)
	if b, name, n, ok := globalBodyOf(src.Text); ok {
		d.body = b
		if pub == "" {
			pub, short, evidence = name, b, fmt.Sprintf("%s, named %d times", b, n)
		}
	}
	d.lender, d.lenderOK = lenderReleaseOf(src.Text)
	if pub == "" && d.lenderOK {
		// "The World Bank approved …": the lead's subject publishes.
		pub, short, evidence = d.lender.name, d.lender.form, "The "+d.lender.form+" approved"
	}
	if is, ok := issuerOf(src.Text); ok {
		d.issuer = is
		if pub == "" {
			pub, short, evidence = is.name, is.short, is.evidence
		}
	}
	if is, ok := statementIssuer(src.Text); ok && d.issuer.code == "" {
		d.issuer = is // "published by the Office for National Statistics": its country
	}
	if is, ok := addressIssuer(src.URL, src.Text); ok && d.issuer.code == "" {
		d.issuer = is // "Bank Rate" in a page whose address names the Bank of England
		if pub == "" {
			pub, short, evidence = is.name, is.short, is.evidence
		}
	}
	add := "add publisher and url"
	if pub != "" {
		d.source.Publisher, d.source.Short, add = pub, short, "add url"
	}
	if src.URL != "" {
		add = strings.TrimSuffix(strings.TrimSuffix(add, "url"), " and ")
		if pub != "" {
			add = "the url is the address given with the text"
		}
	}
	if d.source.Title == "" {
		d.source.Title = titleOf(src.Text, d.heads)
		dl, lead, isLead := leadOf(src.Text)
		switch {
		case d.source.Title != "":
			d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: title %q guessed from the text; %s", id, d.source.Title, add))
		case isLead:
			// A release that opens with its dateline has no title line:
			// its lead stands in until a person writes the headline.
			d.source.Title = lead
			d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: no title line (the text opens with the dateline %q): the title is its lead's first clause; write the release's headline, and %s", id, dl, add))
		default:
			if t, ok := capsTitle(src.Text); ok {
				// A title line run into the text: the run of capitals,
				// past any release header.
				d.source.Title = t
				d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: title %q from the run of capitals that heads the text (its title line run into it); check it, and %s", id, t, add))
				break
			}
			if open, ok := openingClause(src.Text); ok {
				// No title line and no dateline: the opening stands in
				// (charts print the title in every footer).
				d.source.Title = open
				d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: no title line: the title is the text's opening clause, a stand-in because verify wants a title (no line above the first paragraph read as the document's name); write the document's own title, and %s", id, add))
				break
			}
			d.source.Title = "Title of " + src.TextPath
			d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: title %q guessed from the text; %s", id, d.source.Title, add))
		}
	}
	if pub != "" {
		note := fmt.Sprintf("source %s: publisher %q from %q", id, pub, evidence)
		if short != "" {
			note += fmt.Sprintf(", short %q (charts label its figures %q)", short, d.source.ShortName())
		}
		d.sourceNotes = append(d.sourceNotes, note+"; check it")
	}
	d.sourceNotes = append(d.sourceNotes, d.issuedNotes(id)...)
	if d.source.Issued.IsZero() && d.dateline.IsZero() && d.addrDate.Day != 0 {
		d.source.Issued = d.addrDate
		d.sourceNotes = append(d.sourceNotes, fmt.Sprintf("source %s: issued %s, the date its address writes; check it", id, d.addrDate))
	}
	d.asOf, d.asOfAt, d.hasAsOf = asOfDate(src.Text, d.inFigureSentence)
	d.docYear = docYearOf(src.Text, d.inFigureSentence)
	d.prelimYear, d.prelimCue = preliminaryYear(src.Text)
	d.release, _ = releaseSubjectOf(src.Text)
	d.marginCue()
	d.monthly, _ = d.monthlyReleaseOf()
	d.national, _ = nationalReleaseOf(src.Text)
	d.appealYear = appealYearOf(src.Text)
	return d
}

func (d *docDraft) unique(id string) string {
	d.ids[id]++
	if n := d.ids[id]; n > 1 {
		id = fmt.Sprintf("%s-%d", id, n)
		d.ids[id]++
	}
	return id
}

func (d *docDraft) inFigureSentence(at int) bool {
	for _, m := range d.mentionsAround(at) {
		if m.Sentence.Start <= at && at < m.Sentence.End {
			return true
		}
	}
	return false
}

// A claim is one drafted indicator, or the reason a figure is not one.
type claim struct {
	ind        indicators.Indicator
	notes      []string
	fieldNotes map[string]string
	skip       string
	margin     *restated // the figure with its margin (draftmargin.go)
}

func (d *docDraft) claims() []claim {
	text := d.src.Text
	var out []claim
	var last Mention // the last figure drafted
	lastAt := -1     // where its claims start in out
	var flat string  // the figure drafted, on one line
	// skip adds the reason why the figure is not drafted, if there is one,
	// and reports whether there is: one wording of every such reason.
	skip := func(why string) bool {
		if why == "" {
			return false
		}
		out = append(out, claim{skip: fmt.Sprintf("not drafted: %s in %s (%s)", flat, d.source.ID, why)})
		return true
	}
	tables := newTableNotes(d)
	for _, m := range d.mentions {
		var inRow bool
		if out, inRow = tables.before(out, m); inRow {
			continue // a cell of a table row: its row drafts it, or its comment says why
		}
		if b, note, ok := d.revisedRange(m); ok {
			out, m = append(out, claim{skip: note}), b // "revised up by D from A to B": B
		}
		flat = strings.Join(strings.Fields(m.Text), " ")
		if skip(d.commentOnly(m)) {
			continue
		}
		if mg, ok := marginOf(text, m); ok {
			// "(±0.4 percent)": the margin of the figure before it.
			if lastAt >= 0 && mg.qualifies(text, last) {
				mg.restate(text, last, out[lastAt:]) // margin20: into stated, or a note
			} else {
				out = append(out, claim{skip: mg.skip(flat, d.source.ID, text)})
			}
			continue
		}
		if skip(ageBand(text, m)) ||
			skip(suspendedBand(text, m)) ||
			skip(partReference(text, m)) ||
			skip(d.periodWord(m)) {
			continue
		}
		q, u, err := netStated(text, m)
		if err == nil && u.Per == "" && m.Unit.Per != "" && u.Kind == m.Unit.Kind && u.Name == m.Unit.Name && u.Currency == m.Unit.Currency {
			// A base the sentence writes apart from the figure: "an
			// annual rate of 9.0 million units", "C$6 (US$4.46) per share".
			u.Per = m.Unit.Per
		}
		if err == nil && !scaledReadBack(m, q) {
			err = sameQuantity(m, q)
		}
		if err == nil && q.Qualifier == indicators.Exact {
			if h := indicators.HedgeBefore(text[m.Sentence.Start:m.Span.Start]); h != "" {
				err = fmt.Errorf("after %q, which the catalog would read as a hedge", h)
			}
		}
		if err != nil {
			out = append(out, claim{skip: fmt.Sprintf("not drafted: %s in %s (%v); write it by hand, or wait for the figure parser to read it", flat, d.source.ID, err)})
			continue
		}
		if skip(photoWhy(text, m)) ||
			skip(copyrightWhy(text, m)) ||
			skip(horizonWhy(text, m)) ||
			skip(d.notClassOrGroup(m)) ||
			skip(notAClaim(text, m, u)) ||
			skip(d.markedOut(m)) ||
			skip(backReference(text, m, u)) ||
			skip(d.restatedBelow(m, q, u)) ||
			skip(d.scaleMissing(m, u)) ||
			skip(d.notGlobalClaim(m)) ||
			skip(openBandLabel(text, m)) {
			continue
		}
		last, lastAt = m, len(out)
		out = append(out, d.splitBases(m, d.splitClaim(m, d.claim(m, q, u)))...)
	}
	out = d.netPartTitles(tables.rest(out))
	return d.numberedRanks(d.firstBulletPeriods(d.groupTitles(d.indexPoints(d.ownChangeNouns(d.clauseMembers(d.titleEnds(d.rateTitles(d.decimalRates(nounedRates(d.yearDashes(d.docPlaceClaims(d.sampleSizes(d.contextStatus(d.titlesApart(d.headChanges(d.countsLikeTheirWhole(countsAtADay(unsignedFalls(d.retitleTails(d.restatedKeyFindings(d.restatedSentences(d.originPlaces(d.frameStatuses(d.scopeStatuses(d.paragraphPeriods(out))))))))))))))))))))))))))
}

// unsignedFalls gives direction: down to a drafted change whose quote says
// a fall and which says its way neither by a direction nor by a sign
// (indicators.UnsignedFall): verify refuses it, since a fall would be
// charted as a rise, and the note asks the user to check the way, or
// whether the figure is the level the fall reached.
func unsignedFalls(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" {
			continue
		}
		if w := indicators.UnsignedFall(&cl.ind); w != "" {
			cl.ind.Quantity.Direction = indicators.Down
			if cl.fieldNotes == nil {
				cl.fieldNotes = map[string]string{}
			}
			cl.fieldNotes["direction"] = fmt.Sprintf("%q in the quote: a fall; check that it is this figure's way, not a level the fall reached", w)
			declare(cl.fieldNotes, "direction", "direction/unsignedFalls")
		}
	}
	return out
}

func (d *docDraft) claim(m Mention, q indicators.Quantity, u indicators.Unit) claim {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	cl := claim{fieldNotes: map[string]string{}}
	ind := &cl.ind
	ind.Stated = m.Text
	ind.Quantity, ind.Unit = q, u
	if st, q2, u2, ok := d.coordinatedStated(m, q, u); ok {
		// "79 new investments or trade deals": stated as a person copies
		// it, with the nouns joined to the counted one.
		ind.Stated, ind.Quantity, ind.Unit = st, q2, u2
	}
	// "Increased by $5.2 billion (95 percent)": the figure in parentheses
	// restates the change before it, in another unit.
	glossOf, glossed := d.glossedChange(m)
	if glossed {
		m.Quantity.Direction = glossOf.Quantity.Direction
	}
	// "over 850 billion Tanzanian shillings ($700 million USD)": the same
	// amount in another currency.
	convOf, converted := d.convertedAmount(m)
	if dir := m.Quantity.Direction; dir != indicators.NoDirection {
		if indicators.DirectionWord(sent, dir) != "" {
			ind.Quantity.Direction = dir
		} else {
			cl.notes = append(cl.notes, fmt.Sprintf("direction: %s (the catalog knows no word for it in the quote)", dir))
		}
	}
	cs, ce := clauseOf(text, m)
	ce = d.ownEnd(m, ce)
	if parent, ok := d.parentFigure(m, cs); ok {
		cl.notes = append(cl.notes, fmt.Sprintf("continues the clause of %s: its year and places, unless this clause names its own", strings.Join(strings.Fields(parent.Text), " ")))
	}
	clause := joinBroken(text[cs:ce])
	before := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
	after := strings.ToLower(wordsAfter(text[m.Span.End:ce], 3))

	// What and who.
	var mev evidence
	ind.Measure, cl.fieldNotes["measure"], mev = measureOf(m, strings.ToLower(clause))
	declare(cl.fieldNotes, "measure", mev)
	switch {
	case glossed:
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("restates the change %s before it", strings.Join(strings.Fields(glossOf.Text), " "))
		declare(cl.fieldNotes, "measure", "measure/claim#2")
	case m.Quantity.Direction != indicators.NoDirection && u.Kind == indicators.Money:
		// "Increased by $375 million", "a $4.9 billion reduction"; a count
		// stays one ("increase electricity access by at least 20 million
		// new households" counts households).
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "an amount with a direction"
		declare(cl.fieldNotes, "measure", "measure/claim#3")
	}
	d.comparisonClaim(&cl, m, ce)
	if ind.Measure == indicators.Change && ind.Quantity.Direction == indicators.NoDirection && u.Kind == indicators.Percent && u.Per != "" {
		// "the pace of carbon pollution reduction from 1.2 percent per
		// year": the change noun before the pace gives its direction.
		if dir := paceDirection(strings.Fields(before)); indicators.DirectionWord(sent, dir) != "" {
			ind.Quantity.Direction = dir
		}
	}
	if ind.Measure == indicators.Flow && u.Kind == indicators.Money {
		if cue := parallelStock(strings.ToLower(joinBroken(text[m.Sentence.Start:cs])), before); cue != "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Stock, fmt.Sprintf("like %q earlier in the sentence", cue)
			declare(cl.fieldNotes, "measure", "measure/claim#4")
		}
	}
	var cue string
	statusAfter := after
	if strings.HasSuffix(after, " could") {
		statusAfter = strings.ToLower(wordsAfter(text[m.Span.End:ce], 4)) // "9% of speakers could not": the word after the modal decides (pastModals)
	}
	ind.Status, cue = statusOf(strings.Join(strings.Fields(before+" "+strings.ToLower(m.Text)+" "+statusAfter), " "), u)
	sev := evidence("status/statusOf")
	if ind.Status == indicators.Fact || ind.Status == indicators.Pledge {
		lo, hi := semicolonPart(text, m)
		if st, note, ok := dataNoteOf(strings.ToLower(joinBroken(text[lo:hi]))); ok {
			ind.Status, cue = st, note
			sev = "status/claim.1"
		}
	}
	if u.Kind == indicators.Money {
		if np := compoundAfter(words(joinBroken(text[m.Span.End:ce]))); np != "" {
			f := strings.Fields(strings.ToLower(np))
			if st, ok := statusNouns[strings.Trim(f[len(f)-1], ".,;:")]; ok {
				ind.Status, cue = st, f[len(f)-1]
				sev = "status/claim.2"
			}
		}
	}
	if ind.Status == indicators.Fact && cue == "" && u.Kind == indicators.Money {
		// "the United States announced more than $575 million in
		// additional humanitarian assistance": money announced for aid.
		if c := announcedAid(before, strings.ToLower(wordsAfter(text[m.Span.End:ce], 6))); c != "" {
			ind.Status, cue = indicators.Pledge, c
			sev = "status/claim.3"
		}
	}
	if parent, ok := d.appositiveOf(m, cs); ok && ind.Status == indicators.Fact && cue == "" && d.parentStatus(parent) == indicators.Estimate {
		// "an estimated $142.1 billion in 2022, a 422% increase over
		// 2012": the change of an estimate is one too, and so is its
		// appositive ("estimated at 1.6 million hectares, around 12.5% of
		// the land").
		what := "an appositive to "
		if d.appositiveChange(m, cs) || changeNounOf(text, m, cs) {
			what = "the change of "
		}
		ind.Status, cue = indicators.Estimate, what+strings.Join(strings.Fields(parent.Text), " ")+", an estimate"
		sev = "status/claim.4"
	}
	if ind.Status == indicators.Fact && cue == "" && ind.Measure == indicators.CountKind && d.docYear.planned != "" {
		// "This fact sheet highlights planned results …": its counts are
		// targets, its amounts the funding.
		ind.Status, cue = indicators.Target, d.docYear.planned+" (the document of itself)"
		sev = "status/claim.5"
	}
	if (ind.Status == indicators.Fact && cue == "" || ind.Status == indicators.Pledge) && ind.Measure == indicators.CountKind {
		// What a pledged amount is for, or what a promise's later verbs
		// will reach, is a target.
		if o, ok := d.purposeAmount(m); ok {
			ind.Status, cue = indicators.Target, "what "+strings.Join(strings.Fields(o.Text), " ")+", pledged, is to do"
			sev = "status/claim.6"
		} else if ind.Status == indicators.Fact && d.sharedWill(m, cs) {
			ind.Status, cue = indicators.Target, "a verb that shares the sentence's earlier \"will\""
			sev = "status/claim.7"
		}
	}
	statusWhy := ""
	if ind.Status == indicators.Fact && cue == "" {
		if st, c, ok := inheritedStatus(text, m, cs, u); ok {
			ind.Status, cue, statusWhy = st, c, ", the main clause's, which this clause goes on"
			sev = "status/claim.8"
		}
	}
	if ind.Status == indicators.Pledge && cue == "will" && inanimateWill(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))) {
		ind.Status, statusWhy = indicators.Projection, ", with a subject that cannot promise: a projection"
		sev = "status/claim.9"
	}
	if c := targetBefore(before); c != "" && ind.Status != indicators.Target {
		// "efforts to meet President Biden’s goal to deploy 30 GW": the
		// goal the figure's verb serves, whatever the cues before it.
		ind.Status, cue = indicators.Target, c
		sev = "status/claim.10"
	}
	if (ind.Status == indicators.Fact && cue == "" || ind.Status == indicators.Estimate) && cs > m.Sentence.Start {
		// "would provide …, support 77,000 jobs, and spur $12 billion":
		// the modal covers every item of its list.
		if c, ok := listModal(text, m.Sentence.Start, cs); ok {
			ind.Status, cue, statusWhy = indicators.Projection, c, ", which the list this item is in shares"
			sev = "status/claim.11"
		}
	}
	if ind.Status == indicators.Fact && cue == "" && cs > m.Sentence.Start {
		// "announced targets to peak CO2 emissions around 2030, … and to
		// increase the non-fossil fuel share …": an infinitive that goes
		// on from an earlier one shares its target.
		if f := strings.Fields(strings.ToLower(text[cs:min(ce, cs+12)])); len(f) > 0 && (f[0] == "to" || len(f) > 1 && f[0] == "and" && f[1] == "to") {
			if st, c := statusOf(strings.ToLower(joinBroken(text[m.Sentence.Start:cs])), u); st == indicators.Target || st == indicators.Intention {
				ind.Status, cue, statusWhy = st, c, ", whose infinitive this clause goes on"
				sev = "status/claim.12"
			}
		}
	}
	if ind.Status == indicators.Pledge && d.inPersonQuote(m) && firstPhrase(strings.NewReplacer("“", " ", "‘", " ").Replace(before), firstPersonWill) == "" {
		// "… which will create tens of thousands of jobs,” said the
		// Secretary: what a person foresees, not what the document pledges.
		ind.Status, statusWhy = indicators.Projection, statusWhy+", in a person's quoted words"
		sev = "status/claim.13"
	}
	if cue != "" {
		q := cue
		if !strings.HasPrefix(q, `"`) {
			q = strconv.Quote(cue) // some cues come quoted already
		}
		cl.fieldNotes["status"] = q + statusWhy // the cue as quoted, then why it counts
		declare(cl.fieldNotes, "status", sev)
	} else {
		cl.fieldNotes["status"] = "no cue word of an estimate, projection or commitment"
		// A default is as strong as the silence it rests on: no cue word
		// anywhere in the sentence, or one outside the figure's clause.
		// and a text that calls any of its figures an estimate.
		switch st, _ := statusOf(strings.Join(strings.Fields(strings.ToLower(sent)), " "), u); {
		case st != indicators.Fact:
			declare(cl.fieldNotes, "status", "status/default:cue-elsewhere")
		case d.estimatesSaid():
			declare(cl.fieldNotes, "status", "status/default:estimates-in-text")
		default:
			declare(cl.fieldNotes, "status", "status/default:silent-text")
		}
	}
	var why string
	var wev evidence
	ind.Entities, ind.Counterpart, why, wev = d.entities(m, cs, ce, ind.Measure)
	if len(ind.Entities) == 0 && ind.Counterpart == "" {
		if es, cp, cwhy, ok := d.carriedEntities(m, ind.Measure); ok {
			ind.Entities, ind.Counterpart, why = es, cp, cwhy
			wev = "entities/claim.1"
		}
	}
	if l, ok := d.categoryItem(m); ok && l.dir != "" {
		ind.Entities, ind.Counterpart = l.parties()
		why = fmt.Sprintf("an item of a list of %s categories (%s): %s", l.dir, l.why, map[string]string{"export": "exports are the home party's to the partner", "import": "imports are the partner's to the home party"}[l.dir])
		wev = "entities/claim.2"
	}
	if converted {
		ccs, cce := clauseOf(text, convOf)
		ind.Entities, ind.Counterpart, why, wev = d.entities(convOf, ccs, cce, ind.Measure)
		why += ", for the amount this one restates"
		wev = "entities/claim.3"
	}
	if len(ind.Entities) > 0 && ind.Counterpart == "" && ind.Measure == indicators.Flow {
		if c := firstPhrase(strings.ToLower(clause), worldFlowCues); c != "" && !slices.Contains(ind.Entities, indicators.World) {
			ind.Counterpart, why = indicators.World, fmt.Sprintf("%q: to or from the whole world", c)
			wev = "entities/claim.4"
		}
	}
	if len(ind.Entities) == 0 && ind.Counterpart == "" {
		if es, cp, rwhy, ok := d.releaseEntities(m); ok {
			ind.Entities, ind.Counterpart, why = es, cp, rwhy
			wev = "entities/claim.5"
		}
	}
	if cp, wwhy, ok := d.worldTrade(m, cs, ce, ind.Entities, ind.Counterpart, ind.Measure); ok {
		ind.Counterpart, why = cp, wwhy
		wev = "entities/claim.6"
	}
	lr, isListRank := d.listRankOf(m)
	if isListRank {
		// "Saudi Arabia (sixth on the top-25 list)": the place before the
		// parenthesis, with the other party the sentence names.
		ind.Entities, ind.Counterpart, why = []string{lr.code}, lr.counterpart, fmt.Sprintf("%s, the place the rank in parentheses follows", lr.name)
		wev = "entities/claim.7"
		if lr.counterpart != "" {
			why += ", and the other party the sentence names"
			wev = "entities/claim.8"
		}
	}
	if why != "" {
		if ind.Counterpart != "" {
			cl.fieldNotes["counterpart"] = why
			declare(cl.fieldNotes, "counterpart", wev)
		} else if len(ind.Entities) > 0 {
			cl.fieldNotes["entities"] = why
			declare(cl.fieldNotes, "entities", wev)
		} else {
			cl.notes = append(cl.notes, "entities: "+why)
		}
	}

	// When: a figure that restates a change has the change's period.
	p, base, why, pev := d.period(m, cs, ce)
	if mp, mwhy, ok := d.monthPeriod(m); ok && (!p.IsStated() || p == indicators.YearPeriod(mp.From.Year) || p.To.IsZero() && p.From.Month != 0 && p.From.Day == 0) {
		// "$42.4 billion in August" in a release dated October 5, 2017;
		// "from $43.6 billion in July" after "decreased in August 2017":
		// the figure's own month over the paragraph's.
		p, why = mp, mwhy
		pev = "period/claim.1"
	}
	if p.From.Month != 0 && p.From.Day == 0 && p.To.IsZero() && comparedWithEarlier(text, m, ce) {
		// "In March 2022, vacancies were 1,300, up from 1,200 a year
		// earlier": the clause's month is not the compared figure's
		// (review19 #3).
		p, why = indicators.Period{}, ""
		pev = "period/claim.2"
	}
	if glossed && !p.IsStated() {
		gcs, gce := clauseOf(text, glossOf)
		if gp, gb, gwhy, gev := d.period(glossOf, gcs, gce); gp.IsStated() {
			p, base, why = gp, gb, gwhy+", for the change it restates"
			pev = gev
		}
	}
	if !p.IsStated() && ind.Measure == indicators.RankKind {
		if rp, rwhy, ok := d.rankPeriod(m); ok {
			p, why = rp, rwhy
			pev = "period/claim.4"
		}
	}
	ind.Period = p
	if base.IsStated() && ind.Measure == indicators.Change {
		ind.Base = base
	}
	if why != "" {
		cl.fieldNotes["period"] = why
		declare(cl.fieldNotes, "period", pev)
	}

	// Title and id: a figure that restates a change in another unit is
	// titled as the change.
	switch {
	case glossed:
		gcs, _ := clauseOf(text, glossOf)
		ind.Title = d.titleFor(glossOf, gcs, indicators.Change)
	case converted:
		// Titled as one figure from the first amount to the closing
		// parenthesis: "the American people contributed … in bilateral
		// assistance".
		pair := m
		pair.Span.Start = convOf.Span.Start
		if j := strings.IndexByte(text[m.Span.End:m.Sentence.End], ')'); j >= 0 {
			pair.Span.End = m.Span.End + j + 1
		}
		ccs, _ := clauseOf(text, convOf)
		ind.Title = d.titleFor(pair, ccs, ind.Measure)
		cl.notes = append(cl.notes, fmt.Sprintf("the amount %s restated in another currency: keep one of the two", strings.Join(strings.Fields(convOf.Text), " ")))
	default:
		if ind.Title = d.releaseTitle(m, ind.Measure, 0); ind.Title == "" {
			ind.Title = d.titleFor(m, cs, ind.Measure)
		}
	}
	if u.IsZero() && m.Kind == Number {
		// "the number of international students … increased to a record
		// high of 723,277": the counted noun stands before the figure.
		if t, nu, ev, ok := d.numberOf(m, cs); ok {
			ind.Unit, cl.fieldNotes["unit"] = nu, nu.Name+", the head noun of "+ev+"; stated keeps the figure as written"
			declare(cl.fieldNotes, "unit", "unit/claim")
			if ind.Measure == indicators.CountKind {
				ind.Title = t
			}
		}
	}
	ind.Title = d.articled(ind.Title)
	if t, ok := d.monthlyTitle(m, ind.Title); ok {
		ind.Title, cl.fieldNotes["title"] = t, "the sentence's subject, not its month"
		declare(cl.fieldNotes, "title", "title/claim#1")
	}
	if t := lr.title(); isListRank && t != "" {
		ind.Title, cl.fieldNotes["title"] = t, "what the sentence ranks: "+lr.why
		declare(cl.fieldNotes, "title", "title/claim#2")
	}
	if ind.Measure == indicators.Change && ind.Base.IsStated() && !hasPhrase(strings.ToLower(clause), "levels") {
		// "below 2005 levels" is no change since 2005.
		ind.Title = d.sinceBase(ind.Title, ind.Period, ind.Base)
	}
	d.countOfWhole(&cl, m, cs, ce)
	// Rates and their changes, one verb over a list of changes, ranks
	// among the world's: the genre's sentences these rules read whole.
	d.rateClaim(&cl, m, cs, ce)
	d.listChangeClaim(&cl, m)
	d.rankClaim(&cl, m, ce)
	d.outlookClaim(&cl, m, cs, ce)
	d.globalClaim(&cl, m, cs, ce)
	d.monthlyReleaseClaim(&cl, m)
	d.nationalReleaseClaim(&cl, m, cs, ce)
	d.agreementClaim(&cl, m, cs, ce)
	d.appealClaim(&cl, m, cs, ce)
	d.lenderClaim(&cl, m, cs, ce)
	d.whoClaim(&cl, m, cs, ce)
	d.whenClaim(&cl, m, cs, ce)
	d.whatClaim(&cl, m, cs, ce)
	d.attributedEstimateClaim(&cl, m)
	d.surveyEstimateClaim(&cl, m)
	d.releaseSeriesClaim(&cl, m, cs)
	ind.Title = withoutUnitLeftover(ind.Title)
	ind.Title = strings.TrimLeft(ind.Title, "“‘\"'")
	if ind.Title == "" {
		var note string
		ind.Title, note = d.fallbackTitle(m, ind.Measure)
		cl.notes = append(cl.notes, note)
	}
	d.repairTitle(&cl, m, cs, ce)
	d.cardClaim(&cl, m)
	ind.ID = d.unique(idOf(*ind))

	// Unit past modifiers.
	if ind.Unit.IsZero() && m.Kind == Number {
		if noun, end, ok := headNoun(text, m.Span.End, m.Sentence.End); ok {
			cl.notes = append(cl.notes, fmt.Sprintf("unit: %s, the head noun of %q; the figure parser cannot yet read that wording, so stated keeps the number alone", noun, text[m.Span.Start:end]))
		}
	}
	if isPersonQuote(sent) {
		cl.notes = append(cl.notes, "quote from a person: the figure is said by someone the document quotes, not by the document; keep it only as their claim")
	}

	ind.Entities = partsOverWholes(ind.Entities)
	sec := d.sectionAt(m.Sentence.Start)
	qspan := m.Sentence
	qspan.Start += bulletPrefix(sent)
	ind.Provenance = []indicators.Provenance{{
		Source:  d.source.ID,
		Section: sec,
		Quote:   text[qspan.Start:qspan.End],
		Span:    qspan,
	}}
	return cl
}

// idOf returns the id an indicator's title and period propose, before it
// is made unique: a slug of the title and the year, or the month.
func idOf(ind indicators.Indicator) string {
	id := slug(ind.Title, 6)
	switch from := ind.Period.From; {
	case !ind.Period.IsStated() || ind.Period.IsSpan():
	case from.Month != 0 && from.Day == 0:
		id += "-" + from.String() // a month: "…-2017-08"
	default:
		id += "-" + strconv.Itoa(from.Year)
	}
	return id
}

// back moves i back to the start of its character.
func back(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// clauseOf returns the byte span of the clause of a mention: the part of
// its sentence between the nearest clause breaks (, ; : – — and
// parentheses) around the mention.
func clauseOf(text string, m Mention) (int, int) {
	s, e := m.Sentence.Start, m.Sentence.End
	start := s
	for i := m.Span.Start - 1; i >= s; i-- {
		if text[i] == ')' {
			// A short name in parentheses is part of its clause: "Brazil’s
			// gross domestic product (GDP) rose 2.5 percent".
			// So is a gloss of lower-case words: "U.S. foreign direct
			// investment (FDI) in Vietnam (stock) was $3.5 billion".
			if j := strings.LastIndexByte(text[s:i], '('); j >= 0 && (isShortName(text[s+j+1:i]) || isGloss(text[s+j+1:i])) {
				i = s + j
				continue
			}
		}
		if w := clauseBreak(text, i, s, e); w > 0 {
			start = i + w
			break
		}
	}
	end := e
	for i := m.Span.End; i < e; i++ {
		if text[i] == '(' {
			// A short name or gloss after the figure is part of its
			// clause too: "30 gigawatts (GW) of offshore wind by 2030".
			if j := strings.IndexByte(text[i:e], ')'); j > 0 && (isShortName(text[i+1:i+j]) || isGloss(text[i+1:i+j])) {
				i += j
				continue
			}
		}
		if isClauseBreak(text, i, s, e) {
			end = i
			break
		}
	}
	for start < end && text[start] == ' ' {
		start++
	}
	return start, end
}

// notAClaim returns why a figure is no claim of the document, or "": the
// "(two ways)" of two-sided trade, which says how the trade is counted,
// the size of a list its lead-in gives, and a span of time that dates other figures ("Over the past 20 years",
// "in the next five years").
func notAClaim(text string, m Mention, u indicators.Unit) string {
	flat := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	if next := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End])); flat == "two ways" || flat == "both ways" || flat == "two way" ||
		(flat == "two" || flat == "both") && len(next) > 0 && (strings.Trim(next[0], ",.;:()") == "ways" || strings.Trim(next[0], ",.;:()") == "way") {
		return "says that the trade is counted both ways, not a count of ways"
	}
	if f := strings.Fields(strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-6):m.Span.Start])); len(f) > 0 &&
		(f[len(f)-1] == "our" || f[len(f)-1] == "the" || f[len(f)-1] == "both") && partiesWords[flat] {
		return "names the two parties, not a count"
	}
	if listSize(text, m, u) {
		return "the size of the list after it (\"The five largest import categories in 2010 were:\"), not a claim; the list's items are"
	}
	if u.IsZero() && m.Kind == Number && dayOfDate(text[m.Sentence.Start:m.Span.Start]) {
		return "a day of a date (\"July 1-2, 2024\"), not a claim"
	}
	if u.IsZero() && m.Kind == Number {
		if why := labelNumber(text, m); why != "" && !inProseRun(text, m) {
			return why
		}
	}
	unit := u.String()
	if u.IsZero() && m.Kind == Number {
		// "the 5 year war", "over the next 15\nmonths": a bare number
		// before a word of time, which the figure parser left apart.
		next := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End]))
		if len(next) > 1 && (next[0] == "year" || next[0] == "month" || next[0] == "week" || next[0] == "day") && isLowerWord(strings.Trim(next[1], ",.;:")) && !titleStop[strings.Trim(next[1], ",.;:")] {
			return "a duration that describes the noun after it (\"the 5 year war\"), not a claim"
		}
		if len(next) > 0 {
			unit = strings.TrimSuffix(strings.Trim(next[0], ",.;:"), "s")
		}
	}
	switch unit {
	case "year", "month", "week", "day", "decade":
	default:
		return ""
	}
	if next := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End])); len(next) > 0 && strings.Trim(next[0], ",.;:") == "ago" {
		return "a span of time that dates an event (\"ago\"), not a claim"
	}
	f := strings.Fields(strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-24):m.Span.Start]))
	if n := len(f); n >= 2 && (f[n-1] == "past" || f[n-1] == "last" || f[n-1] == "next" || f[n-1] == "previous" || f[n-1] == "coming" || f[n-1] == "first") &&
		(f[n-2] == "the" || f[n-2] == "its" || f[n-2] == "our") {
		return "a span of time that dates the figures after it, not a claim"
	}
	return ""
}

// dayOfDate reports whether the text before a bare number ends with a
// month name and, if any, the first day of a range of days: "On July 1-"
// before "2", "June" before "21".
func dayOfDate(before string) bool {
	b := strings.TrimRight(before, " ")
	if t := strings.TrimRight(b, "-–"); len(t) < len(b) {
		b = strings.TrimRight(t, "0123456789")
		if len(b) == len(t) {
			return false // "July-" is no range of days
		}
	}
	f := strings.Fields(b)
	return len(f) > 0 && monthNumber(strings.TrimSuffix(f[len(f)-1], ".")) != 0
}

// partiesWords, after "our", "the" or "both", name the two parties of a
// document ("our two countries"), not a count.
var partiesWords = map[string]bool{"two countries": true, "two nations": true, "two governments": true, "two sides": true,
	"two leaders": true, "two peoples": true, "two economies": true, "two presidents": true, "two militaries": true}

// isShortName reports whether the words of a parenthesis are a short name
// or an acronym: one to three words, each capitalized, no digits ("GDP",
// "Global Fund").
func isShortName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 3 || strings.ContainsAny(s, "0123456789,;") {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// isGloss reports whether the words of a parenthesis gloss the noun
// before it: one or two lower-case words, no digits ("stock", "two
// ways").
func isGloss(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// semicolonPart returns the byte range of the part of a mention's sentence
// between the semicolons around it: the reach of a note on the data such
// as "(preliminary data)" or "according to preliminary figures".
func semicolonPart(text string, m Mention) (lo, hi int) {
	s, e := m.Sentence.Start, m.Sentence.End
	lo, hi = s, e
	if i := strings.LastIndexByte(text[s:m.Span.Start], ';'); i >= 0 {
		lo = s + i + 1
	}
	if i := strings.IndexByte(text[m.Span.End:e], ';'); i >= 0 {
		hi = m.Span.End + i
	}
	return lo, hi
}

// prevClause returns the clause of the sentence [s, e) that ends before
// the clause starting at at.
func prevClause(text string, at, s, e int) (int, int) {
	b := at - 1
	for b > s && !isClauseBreak(text, b, s, e) {
		b--
	}
	if b <= s {
		return s, s
	}
	start := s
	for i := b - 1; i >= s; i-- {
		if w := clauseBreak(text, i, s, e); w > 0 {
			start = i + w
			break
		}
	}
	return start, b
}

func isClauseBreak(text string, i, s, e int) bool { return clauseBreak(text, i, s, e) > 0 }

// clauseBreak returns the width of the clause break at byte i of the
// sentence [s, e), or 0.
func clauseBreak(text string, i, s, e int) int {
	switch text[i] {
	case ';', '(', ')':
		return 1
	case ',', ':':
		// Not inside a number: "1,500", "10:30".
		if i > s && isDigit(text[i-1]) && i+1 < e && isDigit(text[i+1]) {
			return 0
		}
		return 1
	}
	for _, dash := range []string{"–", "—"} {
		if strings.HasPrefix(text[i:], dash) && i > s && text[i-1] == ' ' {
			return len(dash)
		}
	}
	return 0
}

// entities returns who a figure is about, its counterpart, and why.
func (d *docDraft) entities(m Mention, cs, ce int, measure indicators.MeasureKind) ([]string, string, string, evidence) {
	text := d.src.Text
	clause := text[cs:ce]
	lower := strings.ToLower(clause)
	both := bothCue(lower)
	if aidOneWay(lower) {
		both = ""
	}
	places := d.ownPlaces(m, withoutContainingRegions(countries(d.partyPlacesAt(text, m.Sentence.Start, cs, ce))))
	if codes, why, ok := d.parallelPlaces(m); ok {
		return codes, "", why, evidence("entities/entities#1")
	}
	if ents, cp, why, ok := d.partOfWhole(m, cs, measure); ok {
		return ents, cp, why, evidence("entities/entities#2")
	}
	if parent, ok := d.parentFigure(m, cs); ok && !(measure == indicators.RankKind && len(places) > 0) {
		// A rank names its own places ("…, making Japan the United
		// States' fourth-largest trading partner"); other figures take
		// those of the clause they continue.
		pcs, pce := clauseOf(text, parent)
		pe, pc, why, _ := d.entities(parent, pcs, pce, measure)
		own := distinct(countries(places))
		if len(pe) > 0 && !slices.ContainsFunc(own, func(c string) bool { return !slices.Contains(pe, c) && c != pc }) {
			if ents, cp, ok := d.partOfTrade(m, cs, pe, pc); ok {
				return ents, cp, fmt.Sprintf("one side of the trade of %s, %s", strings.Join(pe, " and "), strings.Join(strings.Fields(parent.Text), " ")), evidence("entities/entities#3")
			}
			return pe, pc, why + ", in the clause this one continues", evidence("entities/entities#4")
		}
	}
	if o, ok := d.purposeAmount(m); ok && measure == indicators.CountKind {
		// "committing $200 million … to partner … in America in bringing
		// 4 million textbooks to African children": the amount's giver
		// and recipient, when the count names no other place.
		ocs, oce := clauseOf(text, o)
		oe, oc, why, _ := d.entities(o, ocs, d.ownEnd(o, oce), indicators.Flow)
		if len(oe) > 0 && !slices.ContainsFunc(distinct(places), func(c string) bool { return !slices.Contains(oe, c) && c != oc }) {
			return oe, oc, why + ", for " + strings.Join(strings.Fields(o.Text), " ") + ", what the count is the purpose of", evidence("entities/entities#5")
		}
	}
	if len(d.subjects) == 2 && len(countries(d.placesAt(text, m.Sentence.Start, d.ownStart(m, cs), ce))) == 0 {
		// "Total goods trade reached $138.8 billion", "amidst $3.3 billion
		// of total services trade": trade, no place named, is the trade
		// of the document's two subjects.
		if np := d.ownNoun(m, cs, ce); isTradeNoun(np) {
			return d.homeFirst(d.subjects), "", fmt.Sprintf("%q, no place named: the trade of the document's two subjects", np), evidence("entities/entities#6")
		}
	}
	if measure != indicators.RankKind {
		ws, we := wideClause(text, m, cs, ce)
		if cue := twoSidedCue(strings.ToLower(joinBroken(text[ws:we]))); cue != "" {
			codes := distinct(countries(d.placesAt(text, m.Sentence.Start, ws, we)))
			for at := ws; len(codes) == 0 && at > m.Sentence.Start; {
				ps, pe := prevClause(text, at, m.Sentence.Start, m.Sentence.End)
				if pe <= ps {
					break
				}
				codes = distinct(countries(d.placesAt(text, m.Sentence.Start, ps, pe)))
				at = ps
			}
			if parties := d.twoParties(codes); len(parties) == 2 {
				return parties, "", fmt.Sprintf("%q: the trade of two parties, the document's subject first", cue), evidence("entities/entities#7")
			}
		}
		if ents, cp, ok := d.flowAfterTrade(m, cs); ok {
			return ents, cp, "a one-sided part of the two-sided trade in the sentence before", evidence("entities/entities#8")
		}
	}
	var world []placeMention
	if len(places) > 0 && places[0].code == indicators.World {
		world, places = places, nil
	}
	where := "the clause"
	if len(places) == 0 && openParenBefore(text, m.Sentence.Start, m.Span.Start) >= 0 {
		// "About a third (31%) of eligible pregnant women in Africa": a
		// figure in parentheses is of the clause they stand in.
		if gs, ge, ok := d.governingClause(m, cs); ok {
			places, where = d.ownPlaces(m, countries(d.partyPlacesAt(text, m.Sentence.Start, gs, ge))), "the clause its parentheses stand in"
		}
	}
	// No place in the figure's clause: the nearest clause before it in
	// the sentence that names one.
	for at := cs; len(places) == 0 && at > m.Sentence.Start; {
		ps, pe := prevClause(text, at, m.Sentence.Start, m.Sentence.End)
		if pe <= ps {
			break
		}
		places = countries(d.partyPlacesAt(text, m.Sentence.Start, ps, pe))
		where = "the clause before"
		at = ps
		if giver, taker, ok := givingParticiple(text, m, cs, ps, places); ok {
			return []string{giver}, taker, fmt.Sprintf("%q: %s, the subject of the clause before, gives to %s", firstWord(text[cs:m.Span.Start]), giver, taker), evidence("entities/entities#9")
		}
	}
	if len(places) == 0 && len(world) == 0 && measure != indicators.Threshold {
		// Then the rest of the sentence: "… invested more than $53
		// billion, saving 44 million lives … in the low- and middle-income
		// countries where the Global Fund invests".
		if later := countries(d.laterPartyPlaces(m, ce)); len(later) > 0 {
			places, where = later, "the sentence after the figure"
		}
		if all, cue, ok := d.peopleInNeedPlaces(m, measure); ok {
			// "Tens of millions of people are in need … in South Sudan,
			// Nigeria, and Yemen, … and Somalia": the people of every
			// place the sentence lists.
			return distinct(all), "", fmt.Sprintf("the places the sentence lists after the figure, %q: people in need in each", cue), evidence("entities/entities#10")
		}
	}
	if len(places) == 0 {
		places = world
	}
	if both != "" && len(distinct(places)) < 2 && len(d.subjects) == 2 {
		return d.subjects, "", fmt.Sprintf("%q: the document's two subjects", both), evidence("entities/entities#11")
	}
	codes := distinct(places)
	if sp := countries(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End)); measure != indicators.RankKind && len(sp) > 0 && sp[0].start < m.Span.Start {
		if sc := distinct(sp); len(sp) == len(sc) {
			if rc, ok := regionOfList(sc); ok {
				return sc[:1], rc, fmt.Sprintf("%s acts; the %d countries the sentence names after the figure all lie in %s", sc[0], len(sc)-1, rc), evidence("entities/entities#12")
			}
		}
	}
	if c := d.continentOf(); len(codes) == 1 && c != "" && c != codes[0] && hasPhrase(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Sentence.End])), "the continent") {
		return codes, c, fmt.Sprintf("\"the continent\": %s, the continent the document names", c), evidence("entities/entities#13")
	}
	if measure != indicators.RankKind && (len(codes) == 0 || len(codes) == 1 && codes[0] == d.home()) {
		if ents, cp, why, ok := d.oneSidedWithPartner(m, cs, ce); ok {
			return ents, cp, why, evidence("entities/entities#14")
		}
	}
	if measure == indicators.RankKind && len(codes) == 1 && d.home() != "" && codes[0] != d.home() &&
		lastWord(text[max(m.Sentence.Start, m.Span.Start-12):m.Span.Start]) == "our" {
		// "Colombia is currently our 27th largest goods trading partner":
		// "our" is the document's home party, among whose partners the
		// place ranks.
		return codes, d.home(), fmt.Sprintf("%q before the rank: %s ranks among the partners of %s, the document's home", "our", codes[0], d.home()), evidence("entities/entities#15")
	}
	if ents, cp, why, ok := d.programmeEntities(m, codes); ok {
		return ents, cp, why, evidence("entities/entities#16")
	}
	switch {
	case len(codes) == 0 && measure == indicators.Threshold && (len(d.subjects) > 1 || len(d.context().place) == 0 && d.docPlace().code == ""):
		// A limit of a text between countries or of no place ("Mindful
		// of the 2 ℃ goal") is the world's; one of a release of one
		// place ("a consumption threshold of 1,000 litres" in
		// Ireland's) is that place's (docPlaceClaims).
		return []string{indicators.World}, "", "a limit, no place named: the world", evidence("entities/entities#17")
	case len(codes) == 0:
		if c, ok := d.homeLeader(m, cs); ok {
			return []string{d.home()}, "", c, evidence("entities/entities#18")
		}
		if ents, cp, why, ok := d.relatedBefore(m, measure); ok {
			return ents, cp, why, evidence("entities/entities#19")
		}
		if home, c, ok := d.homeWord(m); ok {
			return []string{home}, "", c, evidence("entities/entities#20")
		}
		if hc, cp := d.headingPlaces(m.Sentence.Start); len(hc) > 0 {
			return hc, cp, "named in the heading above", evidence("entities/entities#21")
		}
		if home, partner := d.home(), d.partner(); home != "" && partner != "" && d.aboutPartner() {
			return []string{home}, partner, fmt.Sprintf("no place in the sentence: the document's subjects, %s acting in %s, which its title names; check", home, partner), evidence("entities/entities#22")
		}
		return nil, "", "no country or region named in the sentence; add them", evidence("entities/entities#23")
	case len(codes) == 1 && codes[0] == d.partner() && d.countedPlace(m, places):
		// "Reaching over seven million Kenyans": the people counted are
		// the partner's; the home party's programme reaches them.
		return []string{d.home()}, codes[0], fmt.Sprintf("%s counted; the document's home, %s, acts; check", text[places[0].start:places[0].end], d.home()), evidence("entities/entities#24")
	case len(codes) == 1 && codes[0] != d.home() && slices.Contains(d.subjects, d.home()) && d.home() != "" &&
		lastWord(text[max(m.Sentence.Start, places[0].start-12):places[0].start]) == "from":
		// "Investment from Japan reached $400 billion": into the home
		// party.
		return codes, d.home(), fmt.Sprintf("%q before %s: into %s, the document's home", "from", text[places[0].start:places[0].end], d.home()), evidence("entities/entities#25")
	case len(codes) == 1 && codes[0] == d.home() && measure == indicators.Flow && d.partner() != "" && d.aboutPartner() &&
		len(countries(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End))) == len(places):
		// "the American people provided over $340 million" in "America's
		// Unwavering Support for Tanzania": to the partner its title names.
		return codes, d.partner(), fmt.Sprintf("%s, the partner the document's title names; check", d.partner()), evidence("entities/entities#26")
	case len(codes) == 1 && measure == indicators.Flow && d.subjectGives(m, cs, places):
		return []string{d.home()}, codes[0], fmt.Sprintf("%s named in the sentence's subject gives; %s after the figure receives", d.home(), codes[0]), evidence("entities/entities#27")
	case len(codes) == 1:
		// "a budget of US$534.8 million for a comprehensive program of
		// HIV prevention, care, and treatment in Kenya": the place after
		// "in", "to" or "for" later in the sentence is the other side.
		for _, p := range d.placesAt(text, m.Sentence.Start, m.Span.End, m.Sentence.End) {
			if w := lastWord(text[max(m.Sentence.Start, p.start-12):p.start]); p.code != codes[0] && p.code != indicators.World &&
				(w == "in" || w == "to" || w == "into" || w == "for") && p.start >= ce && !d.laterFigurePlace(m, p) {
				return codes, p.code, fmt.Sprintf("%q before %s, later in the sentence", w, text[p.start:p.end]), evidence("entities/entities#28")
			}
		}
		return codes, "", "named in " + where, evidence("entities/entities#29")
	}
	if both == "" && len(codes) == 2 {
		// "Japanese companies employed approximately 650,000 U.S.
		// workers": the place in the counted words is the other side.
		// Not when the other place is the partner of what is counted:
		// "four of the U.S. industry sectors recorded a trade deficit with
		// Brazil" counts U.S. sectors, with Brazil the counterpart.
		var in, out []string
		partnered := false
		for _, p := range places {
			if m.Span.Start <= p.start && p.end <= m.Span.End {
				in = append(in, p.code)
			} else {
				out = append(out, p.code)
				switch lastWord(text[max(m.Sentence.Start, p.start-12):p.start]) {
				case "with", "to", "into":
					partnered = partnered || p.start >= m.Span.End
				}
			}
		}
		if in, out = distinctCodes(in), distinctCodes(out); len(in) == 1 && len(out) == 1 && in[0] != out[0] && !partnered {
			if subj, ok := d.countedSubject(m, places); ok {
				return in, out[0], subj, evidence("entities/entities#30")
			}
			return out, in[0], fmt.Sprintf("%s counted, %s acting", in[0], out[0]), evidence("entities/entities#31")
		}
	}
	if both == "" && len(codes) == 2 && measure == indicators.RankKind {
		// "Chile is the United States’ 25th largest goods trading
		// partner": the rank is among the possessor's partners.
		for _, p := range places {
			if gap := text[p.end:max(p.end, m.Span.Start)]; p.end <= m.Span.Start && len(gap) <= 6 && strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(gap), "’'s")) == "" && strings.ContainsAny(gap, "’'") {
				other := codes[0]
				if other == p.code {
					other = codes[1]
				}
				return []string{other}, p.code, fmt.Sprintf("%q before the rank: %s ranks among its partners", strings.TrimSpace(text[p.start:m.Span.Start]), other), evidence("entities/entities#32")
			}
		}
	}
	if both == "" && len(codes) == 2 && places[0].start < m.Span.Start {
		// "Kenya received $800 million in U.S. assistance": the receiver
		// is the other side.
		for _, w := range words(strings.ToLower(text[places[0].end:m.Span.Start])) {
			if w == "received" || w == "receives" || w == "receive" || w == "receiving" {
				return []string{codes[1]}, codes[0], fmt.Sprintf("%s received", text[places[0].start:places[0].end]), evidence("entities/entities#33")
			}
		}
	}
	if both == "" && len(codes) == 2 {
		// "investment from Japan": the place after "from" is the actor.
		for _, p := range places {
			if lastWord(text[max(m.Sentence.Start, p.start-12):p.start]) == "from" {
				other := codes[0]
				if other == p.code {
					other = codes[1]
				}
				return []string{p.code}, other, fmt.Sprintf("%q before %s", "from", text[p.start:p.end]), evidence("entities/entities#34")
			}
		}
	}
	// "a trade deficit with Brazil": the partner of a one-sided figure.
	oneSided := firstPhrase(strings.ToLower(joinBroken(text[m.Sentence.Start:ce])), oneSidedWords) != ""
	if both == "" {
		for _, p := range places {
			if w := lastWord(text[max(m.Sentence.Start, p.start-12):p.start]); w != "" {
				for _, c := range counterpartCues {
					if w == c || w == "with" && oneSided {
						c = w
						var ents []string
						for _, e := range codes {
							if e != p.code {
								ents = append(ents, e)
							}
						}
						return ents, p.code, fmt.Sprintf("%q before %s", c, text[p.start:p.end]), evidence("entities/entities#35")
					}
				}
			}
		}
	}
	return codes, "", "named in " + where, evidence("entities/entities#36")
}

// leaderTitles are heads of state or government, and the government
// they lead.
var leaderTitles = []string{"president", "prime minister", "chancellor", "secretary", "the administration", "administration’s", "administration's"}

// homeLeader returns why a figure with no place is the document's home's:
// the clause or the sentence before the figure names a head of state or
// government with no country ("today President Obama announced a new
// target to cut …", "President Biden’s goal to deploy"); a country named
// with the title ("President Xi Jinping of China") is found as a place
// before this is asked.
func (d *docDraft) homeLeader(m Mention, cs int) (string, bool) {
	if d.home() == "" {
		return "", false
	}
	before := strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start]))
	if d.inPersonQuote(m) {
		// Who speaks: "“…,” said Secretary of the Interior Ann Lee."
		ls := strings.LastIndexByte(d.src.Text[:m.Span.Start], '\n') + 1
		before = strings.ToLower(d.src.Text[ls:lineEnd(d.src.Text, m.Span.Start)])
	}
	if c := firstPhrase(before, leaderTitles); c != "" {
		return fmt.Sprintf("%q, no country named: the head of the document's home, %s", c, d.home()), true
	}
	return "", false
}

// homeWords say that a figure is of the document's own country, lower
// case; nationWord reads "national" too.
var homeWords = []string{"nationwide", "nationally", "countrywide", "uk-wide", "across the uk", "across the country", "the nation", "the nation’s", "the nation's", "our nation", "our country", "the country’s", "the country's"}

// nationWord returns the first of homeWords s holds, or "national" as a
// word in lower case ("the national rate"; "National Statistics" is a
// name), or "".
func nationWord(s string) string {
	if w := firstPhrase(strings.ToLower(joinBroken(s)), homeWords); w != "" {
		return w
	}
	if hasPhrase(s, "national") {
		return "national"
	}
	return ""
}

// homeWord returns the nation of the document's home, and why a figure
// with no place is its: its sentence or the one before says "domestic" or
// "the nation" ("the domestic potential … There are currently 40 GW of
// offshore wind"). A home that is a state or a county of a country
// (US-CA) gives its country: "nationally" is the nation's; a home that is
// a nation itself (GB-ENG, GB-SCT: nationCode) stays, as "across the
// country" in an England-only release is England.
func (d *docDraft) homeWord(m Mention) (string, string, bool) {
	home := nationCode(d.home())
	if home == "" {
		return "", "", false
	}
	from := m.Sentence.Start
	if i := strings.LastIndexAny(d.src.Text[:max(0, from-2)], ".!?\n"); i >= 0 {
		from = i + 1
	} else {
		from = 0
	}
	if c := firstPhrase(strings.ToLower(joinBroken(d.src.Text[from:m.Sentence.End])), homeWords); c != "" {
		return home, fmt.Sprintf("%q: the document's home, %s", c, home), true
	}
	return "", "", false
}

// countedPlace reports whether the places named for a figure all lie in
// the words of a figure of its sentence, as the people counted ("seven
// million Kenyans … ($40 million)").
func (d *docDraft) countedPlace(m Mention, places []placeMention) bool {
	for _, p := range places {
		if !slices.ContainsFunc(d.mentionsOf(m.Sentence), func(o Mention) bool {
			return o.Sentence == m.Sentence && o.Span.Start <= p.start && p.end <= o.Span.End
		}) {
			return false
		}
	}
	return len(places) > 0 && d.home() != ""
}

// home returns the document's home party: the United States when it is
// one of the document's subjects (the genre is U.S. government fact
// sheets), else its first subject, or "".
func (d *docDraft) home() string {
	if d.fpHome != "" {
		return d.fpHome
	}
	if slices.Contains(d.subjects, "US") {
		return "US"
	}
	if len(d.subjects) > 0 {
		return d.subjects[0]
	}
	return ""
}

// aboutPartner reports whether the document's title lines (up to three
// short lines at its top, before a sentence) or a heading name its
// partner: "United States Mission to Kenya".
func (d *docDraft) aboutPartner() bool {
	p := d.partner()
	text := d.src.Text
	n := 0
	for off := 0; off < len(text) && n < 3; off = lineEnd(text, off) + 1 {
		line := text[off:lineEnd(text, off)]
		if strings.TrimSpace(line) == "" {
			continue
		}
		n++
		t := strings.TrimSpace(line)
		if strings.HasSuffix(t, ".") || len(strings.Fields(t)) > 10 {
			break // a sentence: the title lines are over
		}
		if slices.Contains(distinct(placesIn(line, 0)), p) {
			return true
		}
	}
	for _, h := range d.heads {
		if h.level == 1 && slices.Contains(distinct(placesIn(h.text, 0)), p) {
			return true
		}
	}
	return false
}

// partner returns the document's other subject, or "": none when one
// subject is a part of the other ("Student Loans in England" that names
// the UK once), which are no two parties (firstPersonHome).
func (d *docDraft) partner() string {
	if len(d.subjects) != 2 || partOf(d.subjects[0], d.subjects[1]) || partOf(d.subjects[1], d.subjects[0]) {
		return ""
	}
	for _, s := range d.subjects {
		if s != d.home() {
			return s
		}
	}
	return ""
}

// oneSidedWithPartner gives a one-sided trade figure whose sentence names
// no partner ("U.S. exports: Increased by $375 million", "Agricultural
// product exports grew by $1.3 billion" on a page about Brazil) the
// document's partner: exports, a surplus or a deficit are the home
// party's, with the partner as counterpart; imports are the partner's
// exports to the home party.
func (d *docDraft) oneSidedWithPartner(m Mention, cs, ce int) ([]string, string, string, bool) {
	home, partner := d.home(), d.partner()
	if home == "" || partner == "" {
		return nil, "", "", false
	}
	text := d.src.Text
	// The figure's own part of the sentence: "Goods exports totaled $12.0
	// billion; Goods imports totaled $15.6 billion" has imports.
	lo, _ := semicolonPart(text, m)
	lower := strings.ToLower(joinBroken(text[lo:ce]))
	w := firstPhrase(lower, oneSidedWords)
	if w == "" || twoSidedCue(lower) != "" {
		return nil, "", "", false
	}
	if strings.HasPrefix(w, "import") {
		return []string{partner}, home, fmt.Sprintf("%q, no partner named: %s, the document's other subject, exports to %s", w, partner, home), true
	}
	return []string{home}, partner, fmt.Sprintf("%q, no partner named: %s, the document's other subject", w, partner), true
}

// headingPlaces returns the places the innermost heading above byte at
// that names any names, and a counterpart: in "U.S. Assistance to Kenya"
// the place after "to", "in", "into" or "for".
func (d *docDraft) headingPlaces(at int) ([]string, string) {
	hs := d.headsAbove(at)
	for i := len(hs) - 1; i >= 0; i-- {
		h := hs[i].text
		ps := countries(placesIn(h, 0))
		c := distinct(ps)
		if len(c) == 0 || slices.Contains(c, indicators.World) {
			continue
		}
		if len(c) == 2 {
			for _, p := range ps {
				if w := lastWord(h[max(0, p.start-12):p.start]); p.code == c[1] && (w == "to" || w == "in" || w == "into" || w == "for") {
					return c[:1], c[1]
				}
			}
		}
		return c, ""
	}
	return nil, ""
}

// countries drops the world when a country or region is named too.
func countries(ps []placeMention) []placeMention {
	var out []placeMention
	for _, p := range ps {
		if p.code != indicators.World {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return ps
	}
	return out
}

// distinctCodes returns codes without repeats, in order.
func distinctCodes(codes []string) []string {
	var out []string
	for _, c := range codes {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

func distinct(ps []placeMention) []string {
	var out []string
	for _, p := range ps {
		found := false
		for _, c := range out {
			found = found || c == p.code
		}
		if !found {
			out = append(out, p.code)
		}
	}
	return out
}

// lastWord returns the last word of s in lower case, skipping "the".
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) > 0 && f[len(f)-1] == "the" {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

func wordsAfter(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}

// period returns the period of a figure, the base of a change if the
// sentence gives one, and the evidence.
func (d *docDraft) period(m Mention, cs, ce int) (indicators.Period, indicators.Period, string, evidence) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	refs := timeRefsIn(sent, m.Sentence.Start)
	d.sameInParagraph(refs, m.Sentence)
	var base indicators.Period
	// A year right after the figure, in its clause: "$290 billion in 2012",
	// "4.9% (9.5 million) in the third quarter of 2015" (a figure's
	// restatement in brackets is no part of its phrase).
	own := ownPhraseEnd(text, m, ce) // at or past ce
	for _, r := range refs {
		if r.start < m.Span.End || r.start >= own {
			continue // neither in the figure's phrase nor a stop of it: no need to read the gap
		}
		gap := strings.Fields(withoutParens(text[m.Span.End:max(m.Span.End, r.phraseStart)]))
		if len(gap) > 0 && (gap[len(gap)-1] == "between" || gap[len(gap)-1] == "from") && r.start >= ce {
			break // "(6.1 percentage points) between 2009 (20.3%) and 2022": two times, read below
		}
		if outsideParens(text, m.Span.End, max(m.Span.End, r.phraseStart)) && len(gap) <= 3 {
			if d.figureOutsideParens(m, m.Span.End, r.phraseStart) {
				// "up £930 (3.2%) from £29,180 in 2021": the time of the
				// figure it stands after; the change is of the time of the
				// level its sentence gave before it, if any ("41,250 … in
				// 2031, a decrease of 2.6% from 42,350 in 2030").
				for _, b := range slices.Backward(refs) {
					if b.end <= m.Span.Start && b.role == yearPeriod && !b.same {
						return b.period, base, fmt.Sprintf("%q in the sentence: the time of the level before the change, not of the figure it is from", snippet(text, max(m.Sentence.Start, b.start-5), b.end)), evidence("period/period#1")
					}
				}
				break
			}
			switch r.role {
			case yearPeriod:
				p := r.period
				if isQuarter(r.phrase) && p == indicators.YearPeriod(r.phrase.From.Year) {
					p = r.phrase // "(9.4 million) in the third quarter of 2016"
				}
				return p, base, fmt.Sprintf("%q after the figure", snippet(text, max(m.Span.End, r.start-5), r.end)), evidence("period/period#2")
			case yearBase:
				base = r.period
			}
		}
	}
	// An item of a list of trade categories: the lead-in's year ("The
	// five largest import categories in 2010 were:").
	if l, ok := d.categoryItem(m); ok {
		for _, r := range refs {
			if r.start >= l.lo && r.end <= l.hi && r.role == yearPeriod {
				return r.period, base, fmt.Sprintf("%q in the list's lead-in", snippet(text, max(l.lo, r.start-5), r.end)), evidence("period/period#3")
			}
		}
		if l.hasFlow {
			fcs, fce := clauseOf(text, l.flow)
			if p, _, why, _ := d.period(l.flow, fcs, fce); p.IsStated() {
				return p, base, why + ", for " + strings.Join(strings.Fields(l.flow.Text), " ") + ", the trade the list breaks down", evidence("period/period#4")
			}
		}
	}
	// A rank whose noun goes on with "with" and a figure is the rank of
	// that figure: "our 27th largest goods trading partner with $27.7
	// billion in total (two way) goods trade during 2010".
	if m.Kind == Rank {
		for _, o := range d.mentionsOf(m.Sentence) {
			if o.Sentence != m.Sentence || o.Span.Start < m.Span.End {
				continue
			}
			gap := text[m.Span.End:o.Span.Start]
			if w := strings.Fields(strings.ToLower(gap)); len(w) > 0 && len(w) <= 6 && w[len(w)-1] == "with" && !strings.ContainsAny(gap, ",;:()0123456789") {
				ocs, oce := clauseOf(text, o)
				if p, _, why, _ := d.period(o, ocs, oce); p.IsStated() {
					return p, base, why + ", for " + strings.Join(strings.Fields(o.Text), " ") + ", the figure the rank is with", evidence("period/period#5")
				}
			}
			break
		}
	}
	// "a $6 billion three-year … pledge": the one span of three years the
	// document names ("the 2023-2025 grant cycle").
	if p, why, ok := d.spanOfYears(m, ce); ok {
		return p, base, why, evidence("period/period#6")
	}
	// "to nearly $2.5 billion for these four crises since the beginning
	// of Fiscal Year 2017": the fiscal year the total runs from.
	if r, c, ok := fiscalSince(text, m, refs, ce); ok {
		return r.period, base, fmt.Sprintf("%q: the fiscal year the total runs from", snippet(text, max(m.Span.End, r.start-len(c)-14), r.end)), evidence("period/period#7")
	}
	// A year closing the figure's phrase, no other figure between: "2.9%
	// of overall U.S. exports in 2011", "$100 billion in total (two ways)
	// goods trade during 2011".
	_, wce := wideClause(text, m, cs, ce)
	if end, ok := bracketedAloneEnd(text, m); ok {
		wce = max(wce, end)
	}
	for _, r := range refs {
		if r.start < m.Span.End || r.start >= wce || r.role != yearPeriod {
			continue
		}
		between := ageBandRe.ReplaceAllString(withoutParens(text[m.Span.End:r.start]), "aged")
		w := strings.Fields(strings.ToLower(between))
		if len(w) >= 2 && w[len(w)-1] == "the" && r.period.IsSpan() {
			w = w[:len(w)-1] // "on average during the 2005-2020 period"
		}
		if len(w) <= 10 && len(w) > 0 && slices.Contains(timeLeads, w[len(w)-1]) && (w[len(w)-1] != "for" || r.period.IsSpan()) && !strings.ContainsAny(between, "0123456789") {
			return r.period, base, fmt.Sprintf("%q closes the figure's phrase", snippet(text, max(m.Span.End, r.start-8), r.end)), evidence("period/period#8")
		}
		break
	}
	// A deadline later in its clause: "$300 billion in investment to
	// achieve universal access by 2030".
	for _, r := range refs {
		if r.start >= m.Span.End && r.end <= ce && r.role == yearPeriod && strings.HasSuffix(text[m.Span.End:r.start], " by ") {
			return r.period, base, fmt.Sprintf("%q later in the clause", text[r.start-3:r.end]), evidence("period/period#9")
		}
	}
	// The one year later in the figure's clause, no other figure between:
	// "four of the U.S. industry sectors … recorded a trade deficit with
	// Brazil in 2013".
	var later []yearRef
	for _, r := range refs {
		if r.start >= m.Span.End && r.end <= ce && r.role == yearPeriod {
			later = append(later, r)
		}
	}
	if len(later) == 1 && !d.figureBetweenPastBands(m, m.Span.End, later[0].start) {
		r := later[0]
		return r.period, base, fmt.Sprintf("%q later in the clause", snippet(text, max(m.Span.End, r.start-5), r.end)), evidence("period/period#10")
	}
	// A change and the level it reaches share their clause's time: "rose
	// by 5,120 (1.0%) to 124,800 on 31 March 2022".
	for _, r := range refs {
		if r.start < m.Span.End || r.role != yearPeriod {
			continue
		}
		if d.onlyReached(m, r.phraseStart) {
			return r.period, base, fmt.Sprintf("%q later in the clause, after the level the change reaches", snippet(text, max(m.Span.End, r.start-5), r.end)), evidence("period/period#11")
		}
		break
	}
	// "last year": the year before the document's.
	if i := strings.Index(strings.ToLower(text[m.Span.End:ce]), "last year"); i >= 0 && len(strings.Fields(text[m.Span.End:m.Span.End+i])) <= 2 {
		if !d.dateline.IsZero() {
			return indicators.YearPeriod(d.dateline.Year - 1), base, fmt.Sprintf("\"last year\": the year before the dateline's %d", d.dateline.Year), evidence("period/period#12")
		}
		if p := d.latestYearPeriodBefore(m.Sentence.Start); p.IsStated() {
			return p, base, fmt.Sprintf("\"last year\": taken as %s, the latest year the document reports before it; check the document's date", p), evidence("period/period#13")
		}
	}
	// "will devote $100 million over the next 15 months": from the
	// dateline's year to the year the months end in.
	if p, why, ok := d.monthsAhead(m, ce); ok {
		return p, base, why, evidence("period/period#14")
	}
	// "This year the U.S. will provide …": the dateline's year.
	if !d.dateline.IsZero() && hasPhrase(strings.ToLower(joinBroken(text[cs:ce])), "this year") {
		return indicators.YearPeriod(d.dateline.Year), base, fmt.Sprintf("\"this year\": the dateline's %d", d.dateline.Year), evidence("period/period#15")
	}
	// "There are currently 40 GW …": the document's own time, the
	// dateline's year, or no year when it has none.
	if c := firstPhrase(strings.ToLower(joinBroken(text[cs:ce])), nowCues); c != "" {
		if !d.dateline.IsZero() {
			return indicators.YearPeriod(d.dateline.Year), base, fmt.Sprintf("%q: the dateline's %d", c, d.dateline.Year), evidence("period/period#16")
		}
		return indicators.NotStated, base, fmt.Sprintf("%q: the document's own time, and it has no dateline; write the year it was issued", c), evidence("period/period#17")
	}
	// A clause that continues another figure's takes its year.
	if parent, ok := d.parentFigure(m, cs); ok {
		pcs, pce := clauseOf(text, parent)
		if p, _, why, _ := d.period(parent, pcs, pce); p.IsStated() {
			return p, base, why + ", for " + strings.Join(strings.Fields(parent.Text), " ") + ", whose clause this one continues", evidence("period/period#18")
		}
	}
	// A year that closes the sentence, after figures without one: "with
	// that surplus reaching $1.6 billion amidst $3.3 billion of total
	// services trade during 2022".
	if r, ok := d.closingYear(m, refs); ok {
		return r.period, base, fmt.Sprintf("%q closes the sentence, for each figure before it without a year", snippet(text, max(m.Sentence.Start, r.start-8), r.end)), evidence("period/period#19")
	}
	// "U.S. goods exports … totaled $98 million in 2022, while imports
	// from Nepal were $130 million": the year of the figure it is set
	// against.
	if p, why, ok := d.contrastYear(m, cs); ok {
		return p, base, why, evidence("period/period#20")
	}
	// "Since 1951, the United States has provided more than $2 billion":
	// a total over the years since, of no one year.
	if r, ok := d.sinceTotal(m, refs); ok {
		return indicators.NotStated, base, fmt.Sprintf("%q: a total over the years since, of no one year; write the span if the document's date gives its end", snippet(text, max(m.Sentence.Start, r.start-6), r.end)), evidence("period/period#21")
	}
	// A year before it in the sentence that no other figure claims.
	var best *yearRef
	for i := range refs {
		r := &refs[i]
		if r.end > m.Span.Start || r.role != yearPeriod || d.claimedByOther(r, m) || asideYear(text, m, *r) {
			continue
		}
		best = r
	}
	if best != nil {
		return best.period, base, fmt.Sprintf("%q in the sentence", snippet(text, max(m.Sentence.Start, best.start-5), best.end)), evidence("period/period#22")
	}
	// A one-sided part of the two-sided trade of the sentence before
	// ("… trade with Korea totaled $125 billion in 2011. Exports totaled
	// $60 billion") takes that figure's year.
	if trade, _, ok := d.tradeBefore(m, cs); ok {
		tcs, tce := clauseOf(text, trade)
		if p, _, why, _ := d.period(trade, tcs, tce); p.IsStated() {
			return p, base, why + ", for " + strings.Join(strings.Fields(trade.Text), " ") + ", the trade this figure is part of", evidence("period/period#23")
		}
	}
	// The paragraph's year, from a sentence before it without figures,
	// then the parent bullet's.
	for at := m.Sentence.Start; ; {
		ps := paragraphStart(text, at)
		if r, ok := d.lastFreeYear(ps, at); ok {
			if p, b, why, ok := d.scopeYear(r); ok {
				return p, b, why, evidence("period/period#24")
			}
			if cp, cwhy, pat, ok := d.carriedPeriodAt(m); ok && pat > r.start {
				// A figure with a year of its own stands between.
				return cp, base, cwhy, evidence("period/period#25")
			}
			if y, ok := d.yearAfterSpan(r, m.Sentence.Start); ok {
				return y.period, base, fmt.Sprintf("%q earlier in the paragraph, the year it goes on to after the span %q", snippet(text, max(ps, y.start-5), y.end), text[r.start:r.end]), evidence("period/yearAfterSpan")
			}
			return r.period, base, fmt.Sprintf("%q earlier in the paragraph", snippet(text, max(ps, r.start-5), r.end)), evidence("period/period#26")
		}
		parent := parentBullet(text, ps)
		if parent < 0 {
			break
		}
		line := text[parent:lineEnd(text, parent)]
		for _, r := range timeRefsIn(line, parent) {
			if r.role == yearPeriod {
				return r.period, base, fmt.Sprintf("%q in the parent bullet", snippet(text, max(parent, r.start-5), r.end)), evidence("period/period#27")
			}
		}
		at = parent
	}
	// The year of a heading above it: "Change in 2013 from 2012:".
	for _, h := range slices.Backward(d.headsAbove(m.Sentence.Start)) {
		p, words, ok := titlePeriodOf(h.text)
		if s, why, ok := d.selfSpanWithin(h); ok {
			return s, base, why, evidence("period/period#28")
		}
		if ok && p.IsSpan() && p.From.Month == 0 { // "…: 2006-08 to 2010-12": the latest edition; "2020 to 2021": the year across two the text writes
			return d.splitYearOf(p), base, fmt.Sprintf("%q in the heading %q", words, h.text), evidence("period/period#29")
		}
		if !ok && closesOnSpan(h.text) { // "Outlook 2024-2026", "Table 2006-08": no period of its figures
			continue
		}
		for _, r := range timeRefsIn(h.text, 0) {
			if r.role == yearPeriod {
				for _, b := range yearsIn(h.text, 0) {
					if b.role == yearBase && !base.IsStated() {
						base = b.period
					}
				}
				return r.period, base, fmt.Sprintf("%q in the heading %q", h.text[r.start:r.end], h.text), evidence("period/period#30")
			}
		}
	}
	if p, why, ok := d.carriedChangePeriod(m); ok {
		return p, base, why, evidence("period/period#31")
	}
	if p, b, why, ok := d.scopeBefore(m.Sentence.Start); ok {
		return p, b, why, evidence("period/period#32")
	}
	if p, why, ok := d.asOfPeriod(cs, ce); ok {
		return p, base, why, evidence("period/period#33")
	}
	if d.docYear.year != 0 {
		return indicators.YearPeriod(d.docYear.year), base, fmt.Sprintf("%q: the document's year", d.docYear.evidence), evidence("period/period#34")
	}
	if p, why, ok := d.carriedPeriod(m); ok {
		return p, base, why, evidence("period/period#35")
	}
	for _, r := range refs {
		if r.role == yearDate || r.role == yearName {
			return indicators.NotStated, base, fmt.Sprintf("%q is a date or a name, not the figure's year", text[r.start:r.end]), evidence("period/period#36")
		}
	}
	if p, why, ok := d.yearlessPeriod(m); ok {
		return p, base, why, evidence("period/period#37")
	}
	return indicators.NotStated, base, "no year for this figure", evidence("period/period#38")
}

// spanOfYears returns the span of years a figure's "N-year" right after
// it refers to: the one span of N years the document names, or false.
func (d *docDraft) spanOfYears(m Mention, ce int) (indicators.Period, string, bool) {
	text := d.src.Text
	after := strings.Fields(strings.ToLower(text[m.Span.End:ce]))
	n := 0
	for _, w := range after[:min(len(after), 3)] {
		if c, ok := strings.CutSuffix(strings.Trim(w, ",.;:()"), "-year"); ok {
			var ok bool
			if n, ok = smallNumber(c); !ok {
				n, _ = strconv.Atoi(c)
			}
			break
		}
	}
	if n < 2 {
		return indicators.NotStated, "", false
	}
	var found indicators.Period
	for _, r := range d.docYears() {
		p := r.period
		if !p.IsSpan() || p.To.Year-p.From.Year+1 != n || r.role != yearPeriod && r.role != yearBase {
			continue
		}
		if found.IsStated() && found != p {
			return indicators.NotStated, "", false // two spans of that length
		}
		found = p
	}
	if !found.IsStated() {
		return indicators.NotStated, "", false
	}
	return found, fmt.Sprintf("%d-year: the one span of %d years the document names, %s; check", n, n, found), true
}

// glossedChange returns the change a figure in parentheses restates,
// when the parentheses hold the figure alone and follow that figure:
// "Increased by $5.2 billion (95 percent)", "fell 15 percent (about $4.9
// billion)".
func (d *docDraft) glossedChange(m Mention) (Mention, bool) {
	text := d.src.Text
	if o, ok := d.orRestatedChange(m); ok {
		return o, true
	}
	if m.Quantity.Direction != indicators.NoDirection || m.Span.Start < 1 || m.Span.End >= len(text) ||
		text[m.Span.Start-1] != '(' || text[m.Span.End] != ')' {
		return Mention{}, false
	}
	open := m.Span.Start - 1
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span.End > open {
			continue
		}
		// Right before, or with a year between: "$5.2 billion in 2013 (95
		// percent)".
		if gap := strings.Fields(text[o.Span.End:open]); len(gap) > 2 || hasDigit(strings.Join(gap, " ")) && (len(gap) != 2 || !strings.EqualFold(gap[0], "in")) {
			continue
		}
		if shareEndCount(text, o, m) {
			continue
		}
		if c, ok := asChange(text, o); ok {
			return c, true
		}
	}
	return Mention{}, false
}

// shareEndCount reports whether m, a bare number in brackets, is the
// count of a share o that a change goes from or to: "a slight increase
// from 58.6% (6.90m)", "rose to 5.2% (1.3m)" — an end of the change, a
// level, and so is the count that restates it, never the change.
func shareEndCount(text string, o, m Mention) bool {
	if !strings.ContainsAny(o.Text, "%") && !strings.Contains(strings.ToLower(o.Text), "per cent") && !strings.Contains(strings.ToLower(o.Text), "percent") || strings.ContainsAny(m.Text, "%") {
		return false
	}
	cs, _ := clauseOf(text, o)
	w := words(strings.ToLower(text[cs:o.Span.Start]))
	return len(w) > 0 && (w[len(w)-1] == "from" || w[len(w)-1] == "to")
}

// asChange returns o with its direction, and whether it is a change: its
// own direction, or the change verb before it in its clause ("increased
// by just 1 percent (about $375 million)").
func asChange(text string, o Mention) (Mention, bool) {
	if o.Quantity.Direction == indicators.NoDirection && comparedLead(text, o) != "" {
		return o, false // "lower than the 87.2 percent (115.8 million)": the figure compared with, no change
	}
	if o.Quantity.Direction == indicators.NoDirection {
		cs, _ := clauseOf(text, o)
		o.Quantity.Direction = directionBefore(words(strings.ToLower(text[cs:o.Span.Start])))
	}
	return o, o.Quantity.Direction != indicators.NoDirection
}

// convertedAmount returns the amount that a money figure in parentheses
// right after it restates in another currency: "over 850 billion
// Tanzanian shillings ($700 million USD)".
func (d *docDraft) convertedAmount(m Mention) (Mention, bool) {
	text := d.src.Text
	if m.Unit.Kind != indicators.Money || m.Span.Start < 1 || text[m.Span.Start-1] != '(' {
		return Mention{}, false
	}
	for _, o := range d.mentionsOf(m.Sentence) {
		// The first amount may be money the figure parser reads as a count
		// of its coins ("Tanzanian shillings").
		if o.Sentence == m.Sentence && o.Span.End < m.Span.Start && strings.TrimSpace(text[o.Span.End:m.Span.Start-1]) == "" &&
			o.Unit != m.Unit && (o.Unit.Kind == indicators.Money || o.Kind == Count) {
			return o, true
		}
	}
	return Mention{}, false
}

// directionBefore returns the direction of the last change word of ws
// (lower case): "increased by just" → up.
// paceDirection returns the direction of the last change noun or verb of
// ws: "the pace of carbon pollution reduction from" is down.
func paceDirection(ws []string) indicators.Direction {
	for i := len(ws) - 1; i >= 0; i-- {
		w := strings.Trim(ws[i], ",;:")
		n, ok := changeHeads[w]
		if !ok {
			n = changeNouns[w]
		}
		switch {
		case n == "":
		case strings.HasPrefix(n, "Reduction") || strings.HasPrefix(n, "Cut") || strings.HasPrefix(n, "Fall") || strings.HasPrefix(n, "Decline") ||
			strings.HasPrefix(n, "Decrease") || strings.HasPrefix(n, "Drop"):
			return indicators.Down
		default:
			return indicators.Up
		}
	}
	return indicators.NoDirection
}

func directionBefore(ws []string) indicators.Direction {
	for i := len(ws) - 1; i >= 0; i-- {
		switch n := changeNouns[strings.Trim(ws[i], ",;:")]; {
		case n == "":
		case strings.HasPrefix(n, "Reduction") || strings.HasPrefix(n, "Cut") || strings.HasPrefix(n, "Fall") || strings.HasPrefix(n, "Decline") || strings.HasPrefix(n, "Decrease"):
			return indicators.Down
		default:
			return indicators.Up
		}
	}
	return indicators.NoDirection
}

// fallbackTitle names a figure whose own words name nothing by what its
// sentence says it measures elsewhere (measuredThing), else by its kind
// and the heading above it ("Amount under Prevention"), or as unnamed:
// never by its number, which the title would only repeat. The note says
// which, for the draft's comment.
func (d *docDraft) fallbackTitle(m Mention, measure indicators.MeasureKind) (title, note string) {
	if t := d.measuredThing(m, measure); t != "" {
		return t, "title: the figure's own words name nothing; named by what its sentence measures: check it"
	}
	const unnamed = "title: no words to name the figure were found; name it"
	kind := "Amount"
	switch {
	case measure == indicators.Share:
		kind = "Share"
	case measure == indicators.Change:
		kind = "Change"
	case measure == indicators.RankKind:
		kind = "Rank"
	case measure == indicators.Threshold:
		kind = "Limit"
	case measure == indicators.CountKind:
		kind = "Count"
	}
	hs := d.headsAbove(m.Sentence.Start)
	for i := len(hs) - 1; i >= 0; i-- {
		if h := strings.TrimRight(hs[i].text, ":."); h != d.source.Title && !hasDigit(h) {
			return shorten(kind+" under "+h, 60), unnamed
		}
	}
	return unnamedTitle + strings.ToLower(kind), unnamed
}

// genericHeading reports whether heading h names no thing a figure under
// it could measure: a release's own name of a chapter ("Main points",
// "Key Findings", "Introduction"; sectionWordRe, keyFindingsHeading, in
// any case) or a heading in capitals, which shouts a table's or a
// chapter's name ("SELECTED DETAILS OF NUMBERS OF ANIMALS USED").
func genericHeading(h string) bool {
	if keyFindingsHeading.MatchString(h) || sectionWordRe.MatchString(upperFirst(strings.ToLower(h))) {
		return true
	}
	return hasLetter(h) && h == strings.ToUpper(h) && len(strings.Fields(h)) > 1
}

// titleEnds writes every drafted title as the draft gives it: the
// fallback without a heading that names nothing (namedFallback).
func (d *docDraft) titleEnds(out []claim) []claim {
	for i := range out {
		ind := &out[i].ind
		if out[i].skip != "" {
			continue
		}
		if t := namedFallback(ind.Title); t != ind.Title {
			ind.Title = t
			ind.ID = d.unique(idOf(*ind))
		}
	}
	return out
}

// namedFallback returns t, or "Unnamed <kind>" for fallbackTitle's
// "<Kind> under <heading>" whose heading names nothing (genericHeading):
// the rules read the heading's words while they title the figure, the
// draft never writes them as its title.
func namedFallback(t string) string {
	if h := fallbackUnderRE.ReplaceAllString(t, ""); isUnderTitle(t) && genericHeading(h) {
		return unnamedTitle + strings.ToLower(strings.Fields(t)[0])
	}
	return t
}

// unnamedTitle opens fallbackTitle's title of a figure with no heading:
// "Unnamed count".
const unnamedTitle = "Unnamed "

// fallbackUnderRE matches fallbackTitle's "<Kind> under <heading>".
var fallbackUnderRE = lazyRegexp(`^(?:Amount|Share|Change|Rank|Limit|Count) under `)

// isFallbackTitle reports whether t is a title fallbackTitle writes when
// it found no words: "Unnamed count", "Count under Key results". Every
// rule that asks whether a title is the fallback asks it here, or asks
// isUnnamedTitle or isUnderTitle for one of its two shapes.
func isFallbackTitle(t string) bool { return isUnnamedTitle(t) || isUnderTitle(t) }

// isUnnamedTitle reports whether t is fallbackTitle's "Unnamed <kind>",
// which names nothing; a rule that still reads a heading's words in
// "<Kind> under <heading>" asks this alone.
func isUnnamedTitle(t string) bool { return strings.HasPrefix(t, unnamedTitle) }

// isUnderTitle reports whether t is fallbackTitle's "<Kind> under
// <heading>".
func isUnderTitle(t string) bool { return fallbackUnderRE.MatchString(t) }

// onlyReached reports whether the figures of m's sentence between m and
// byte to are only the change m restated in parentheses ("by 5,120
// (1.0%)") and the level it reaches ("to 124,800"), and there is one: a
// change, its restatement and the level it reaches are one clause of one
// time. The genre's pattern: "The number of X rose by N (P%) to M in
// TIME".
func (d *docDraft) onlyReached(m Mention, to int) bool {
	if !changeBy(d.src.Text[m.Sentence.Start:m.Span.Start]) {
		return false // "from $4 billion to $5 billion in 2021": a level, no change
	}
	at, reached, ok := d.reachedBetween(m, to)
	rest := strings.TrimLeft(d.src.Text[at:to], ") ")
	return ok && reached && len(strings.Fields(rest)) <= 2 && !strings.ContainsAny(rest, ",;")
}

// changeBy reports whether the words before a figure make it the size of
// a change ("rose by 5,120", "increased by just 1 percent") or its
// restatement in parentheses ("(1.0%)").
func changeBy(before string) bool {
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, "(") {
		return true
	}
	w := strings.Fields(strings.ToLower(tail(b, 24)))
	n := len(w)
	return n >= 1 && w[n-1] == "by" || n >= 2 && w[n-2] == "by" && (qualifierWords[w[n-1]] || w[n-1] == "just")
}

// reachedBetween reads the figures of m's sentence between m and byte
// to: ok when they are only m restated in parentheses and the level it
// reaches, reached when the level is one of them, and where the last of
// them ends.
func (d *docDraft) reachedBetween(m Mention, to int) (at int, reached, ok bool) {
	text := d.src.Text
	at = m.Span.End
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span.Start < at || o.Span.End > to {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(text[at:o.Span.Start]))
		switch {
		case gap == "(" || gap == ") (" || gap == "(up" || gap == "(down":
		case gap == "to" || gap == ") to" || strings.HasSuffix(gap, ") to") && !strings.ContainsAny(strings.TrimSuffix(gap, ") to"), "();,"):
			reached = true
		default:
			return at, reached, false
		}
		at = o.Span.End
	}
	return at, reached, true
}

// figureBetween reports whether a figure other than m stands in
// text[from:to].
func (d *docDraft) figureBetween(m Mention, from, to int) bool {
	for _, o := range d.mentionsWithin(from, to) {
		if o.Span != m.Span && o.Span.Start >= from && o.Span.End <= to {
			return true
		}
	}
	return false
}

// figureOutsideParens reports whether a figure other than m stands in
// text[from:to] outside the parentheses opened there: a time after it
// is that figure's ("up £930 (3.2%) from £29,180 in 2021"), not m's.
func (d *docDraft) figureOutsideParens(m Mention, from, to int) bool {
	for _, o := range d.mentionsWithin(from, to) {
		if o.Span != m.Span && o.Span.Start >= from && o.Span.End <= to && outsideParens(d.src.Text, from, o.Span.Start) {
			return true
		}
	}
	return false
}

// headsAbove returns the headings whose sections hold byte at, outermost
// first.
func (d *docDraft) headsAbove(at int) []heading {
	path := d.sectionAt(at)
	if d.firstHead != nil {
		// The headings are in text order, so the first of each text is the
		// one the walk below would keep.
		var idx []int
		for _, t := range path {
			if i, ok := d.firstHead[t]; ok && d.heads[i].at < at && !slices.Contains(idx, i) {
				idx = append(idx, i)
			}
		}
		slices.Sort(idx)
		var out []heading
		for _, i := range idx {
			out = append(out, d.heads[i])
		}
		return out
	}
	var out []heading
	for _, h := range d.heads {
		if h.at < at && slices.Contains(path, h.text) && !slices.ContainsFunc(out, func(o heading) bool { return o.text == h.text }) {
			out = append(out, h)
		}
	}
	return out
}

// claimedByOther reports whether a year sits right after another figure of
// the sentence ("… $290 billion in 2012, … $442 billion in 2013").
func (d *docDraft) claimedByOther(r *yearRef, m Mention) bool {
	text := d.src.Text
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Span == m.Span || o.Sentence != m.Sentence || o.Span.End > r.start {
			continue
		}
		gap := text[o.Span.End:r.start]
		if fieldsAtMost(gap, 3) && !strings.ContainsAny(gap, ",;") {
			return true
		}
	}
	return false
}

// lastFreeYear returns the last year of text[from:to] that is a period and
// belongs to no figure: no figure of its sentence follows it ("In 2014,
// trade was $279 billion") or comes up to three words before it ("$290
// billion in 2012"), and no event verb dates an event by it ("signed … in
// 1989").
func (d *docDraft) lastFreeYear(from, to int) (yearRef, bool) {
	if from >= to {
		return yearRef{}, false
	}
	seg := d.src.Text[from:to]
	var out yearRef
	ok := false
	for _, r := range timeRefsIn(seg, from) {
		// A deadline ("… a carbon-free electricity sector by 2035")
		// belongs to its own clause, not to the figures after it.
		if r.role == yearPeriod && !d.yearOfFigure(r) && !isFiscalSinceYear(d.src.Text, r) && eventVerb(d.src.Text[from:r.start]) == "" && !strings.HasSuffix(d.src.Text[from:r.start], " by ") && carriesOn(d.src.Text, r) {
			out, ok = r, true
		}
	}
	return out, ok
}

// nowCues say that a figure is of the document's own time.
var nowCues = []string{"currently", "at present", "presently"}

// eventVerbs say that the year after them in their sentence is when
// something happened, not a year that later figures report on: "signed the
// Trade and Investment Framework Agreement in 1989".
var eventVerbs = []string{"signed", "established", "founded", "launched", "entered into force", "came into force", "ratified",
	"concluded", "enacted", "inaugurated", "was formed", "were formed", "was created", "was set up"}

// eventVerb returns the event verb of the last sentence of before (the
// words up to a year), or "".
func eventVerb(before string) string {
	if i := strings.LastIndex(before, ". "); i >= 0 {
		before = before[i+2:]
	}
	return firstPhrase(strings.ToLower(before), eventVerbs)
}

func (d *docDraft) yearOfFigure(r yearRef) bool {
	for _, o := range d.mentionsAround(r.start) {
		if o.Sentence.Start > r.start || r.start >= o.Sentence.End {
			continue
		}
		if r.end <= o.Span.Start || o.Span.End <= r.start && len(strings.Fields(d.src.Text[o.Span.End:r.start])) <= 3 {
			return true
		}
		// A deadline in a figure's clause, after it, is that figure's
		// ("$300 billion … by 2030").
		if _, ce := clauseOf(d.src.Text, o); o.Span.End <= r.start && r.end <= ce && strings.HasSuffix(d.src.Text[:r.start], " by ") {
			return true
		}
	}
	return false
}

// paragraphStart returns where the paragraph (or bullet item) holding
// byte at begins.
func paragraphStart(text string, at int) int {
	i := at
	for i > 0 {
		ls := strings.LastIndexByte(text[:i], '\n') + 1
		line := text[ls:lineEnd(text, ls)]
		if isBulletLine(line) {
			return ls
		}
		if ls == 0 {
			return 0
		}
		prev := strings.LastIndexByte(text[:ls-1], '\n') + 1
		if strings.TrimSpace(text[prev:ls-1]) == "" {
			return ls
		}
		i = ls - 1
	}
	return 0
}

func lineEnd(text string, at int) int {
	if j := strings.IndexByte(text[at:], '\n'); j >= 0 {
		return at + j
	}
	return len(text)
}

// isBulletLine reports whether a line starts with a bullet or a dash.
func isBulletLine(line string) bool {
	t := strings.TrimLeft(line, " \t\u00a0")
	for _, b := range []string{"•", "◦", "▪", "·", "- ", "* ", "o ", "– "} {
		if strings.HasPrefix(t, b) {
			return true
		}
	}
	return false
}

func indentOf(line string) int {
	n := 0
	for _, r := range line {
		switch r {
		case ' ', '\u00a0':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// parentBullet returns the start of the line that a bullet line at ls
// hangs from: the nearest line before it, in the same block, indented
// less; or -1.
func parentBullet(text string, ls int) int {
	line := text[ls:lineEnd(text, ls)]
	if !isBulletLine(line) {
		return -1
	}
	ind := indentOf(line)
	for i := ls; i > 0; {
		ps := strings.LastIndexByte(text[:i-1], '\n') + 1
		pl := text[ps : i-1]
		if strings.TrimSpace(pl) == "" {
			return -1
		}
		if indentOf(pl) < ind {
			return ps
		}
		i = ps
		if ps == 0 {
			break
		}
	}
	return -1
}

// datelineOf finds a dateline, a line of its own near the top that is a
// date ("April 25, 2014", "16 November 2011", "Wednesday, November 16,
// 2011"), and returns it.
func datelineOf(text string) indicators.Date {
	lines := strings.SplitN(text, "\n", 16)
	prev := ""
	for _, l := range lines[:min(15, len(lines))] {
		if afterNextRelease(&prev, l) {
			continue // "Next release:" over "15 July 2015": a later date
		}
		if d, ok := releaseDate(l); ok {
			l = d // "Release Date: September 9, 2015 | …"
		}
		f := strings.Fields(l)
		if len(f) == 4 && weekdays[strings.ToLower(strings.TrimSuffix(f[0], ","))] {
			f = f[1:]
		}
		if len(f) == 3 && isMonth(f[1]) && !isMonth(f[0]) {
			f[0], f[1] = f[1], f[0] // "16 November 2011"
		}
		if len(f) == 3 && isMonth(f[0]) {
			day, err1 := strconv.Atoi(withoutOrdinal(strings.TrimSuffix(f[1], ","))) // "11th"
			year, err2 := strconv.Atoi(f[2])
			if err1 == nil && err2 == nil {
				if dt, err := indicators.ParseDate(fmt.Sprintf("%04d-%02d-%02d", year, monthNumber(f[0]), day)); err == nil {
					return dt
				}
			}
		}
		if dt, ok := abbrevDateLine(l); ok {
			return dt // "Jul 16, 2025", "Fri 9 Aug 2019 10:56 AM"
		}
	}
	return indicators.Date{}
}

// isPersonQuote reports whether a sentence quotes a person: quotation
// marks and a verb of saying.
// targetBefore returns the target noun whose infinitive governs the
// figure ("goal to deploy 30 GW", "target of 40 percent"), or "".
func targetBefore(before string) string {
	ws := strings.Fields(before)
	for i := max(0, len(ws)-4); i+1 < len(ws); i++ {
		w := strings.TrimRight(ws[i], "’'s")
		if (w == "goal" || w == "target" || ws[i] == "goals" || ws[i] == "targets") && (ws[i+1] == "to" || ws[i+1] == "of") {
			return ws[i] + " " + ws[i+1]
		}
	}
	return ""
}

// firstPersonWill is how a speaker commits in their own words: "We will
// create 10,000 jobs" is their pledge, "which will create jobs" their
// projection.
var firstPersonWill = []string{"we will", "i will", "we’ll", "we'll", "i’ll", "i'll", "we are going to", "we shall"}

// projectionModals put every item of a list after them in the future
// they foresee.
var projectionModals = []string{"would", "could", "might"}

// listModal returns the modal of projection that governs a list whose
// later item starts at cs ("…, support 77,000 jobs, and spur …"): the item
// opens with a bare verb after a comma, and the sentence before it says
// "would".
func listModal(text string, s, cs int) (string, bool) {
	b := strings.TrimRight(text[s:cs], " ")
	if !strings.HasSuffix(b, ",") {
		return "", false
	}
	f := strings.Fields(text[cs:min(len(text), cs+40)])
	if len(f) > 0 && f[0] == "and" {
		f = f[1:]
	}
	if len(f) == 0 || !isLowerWord(f[0]) {
		return "", false
	}
	if c := firstPhrase(pastModals(strings.ToLower(b)), projectionModals); c != "" {
		return strconv.Quote(c), true
	}
	return "", false
}

// inPersonQuote reports whether a figure stands inside a quotation (“…”)
// of a paragraph whose words say someone said it.
func (d *docDraft) inPersonQuote(m Mention) bool {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	le := lineEnd(text, m.Span.Start)
	open := strings.LastIndex(text[ls:m.Span.Start], "“")
	if open < 0 || strings.Contains(text[ls+open:m.Span.Start], "”") {
		return false
	}
	return isPersonQuote(text[ls:le])
}

func isPersonQuote(s string) bool {
	if !strings.ContainsAny(s, "\"“”") {
		return false
	}
	l := strings.ToLower(s)
	for _, v := range []string{"said", "says", "say", "stated", "told", "added", "noted", "remarked"} {
		if hasPhrase(l, v) {
			return true
		}
	}
	return false
}

// headNoun returns the counted noun that follows a bare number at byte
// from, past modifiers and places ("650,000 U.S. workers" → worker), in
// the singular, and the byte offset where it ends.
func headNoun(text string, from, limit int) (string, int, bool) {
	i := from
	for n := 0; n < 5 && i < limit; n++ {
		for i < limit && text[i] == ' ' {
			i++
		}
		j := i
		for j < limit && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		w := strings.TrimRight(text[i:j], ".,;:)")
		end := i + len(w)
		if w == "" {
			return "", 0, false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if len(placesIn(w, 0)) > 0 || unicode.IsUpper(r) {
			i = j
			continue
		}
		if !isLowerWord(w) || auxiliaries[w] { // "4,738 has meant": a verb, never a unit
			return "", 0, false
		}
		if strings.Contains(w, "-") || w == "and" || w == "or" {
			// "low- and middle-income countries"
			i = j
			continue
		}
		switch {
		case strings.HasSuffix(w, "ies"):
			return w[:len(w)-3] + "y", end, true
		case strings.HasSuffix(w, "ss"):
			return "", 0, false
		case strings.HasSuffix(w, "s"):
			return w[:len(w)-1], end, true
		}
		return "", 0, false
	}
	return "", 0, false
}

func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return w != ""
}

// slug makes an id from words: lower case, hyphens, at most n words.
func slug(s string, n int) string {
	var words []string
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			words = append(words, b.String())
			b.Reset()
		}
	}
	for _, r := range strings.ToLower(indicators.FoldMarks(s)) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '.':
			// "U.S." is "us", "Japan's" is "japans"
		default:
			flush()
		}
	}
	flush()
	var keep []string
	for _, w := range words {
		if len(keep) == n {
			break
		}
		if len(keep) > 0 || !stopWord(w) {
			keep = append(keep, w)
		}
	}
	for len(keep) > 0 && stopWord(keep[len(keep)-1]) {
		keep = keep[:len(keep)-1]
	}
	return strings.Join(keep, "-")
}

// sameQuantity reports how the quantity read back from a mention's wording
// differs from the mention's own, if it does.
func sameQuantity(m Mention, q indicators.Quantity) error {
	a := m.Quantity
	if a.Qualifier != q.Qualifier || !a.Value.Equal(q.Value) || !a.Low.Equal(q.Low) || !a.High.Equal(q.High) {
		return fmt.Errorf("the wording reads back as %s", indicators.Format(q, indicators.Unit{}, indicators.Style{}))
	}
	return nil
}

// wholeSentence widens a sentence span that stops at a line break of
// hard-wrapped text although the sentence goes on ("With an\ninitial set
// of …"): back over line breaks after a line that does not end a sentence,
// when the part starts in lower case, and forward over line breaks before
// a line that starts in lower case, when the part does not end with a stop.
func wholeSentence(text string, s indicators.Span) indicators.Span {
	for s.Start > 0 {
		first, _ := utf8.DecodeRuneInString(text[s.Start:])
		i := s.Start
		for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t' || text[i-1] == '\r') {
			i--
		}
		if i == 0 || text[i-1] != '\n' {
			break
		}
		if i >= 2 && text[i-2] == '\n' {
			// A blank line ends a sentence, unless it splits a list
			// item of a PDF's text at a page break: the part starts in
			// lower case after a line that ends on no stop or comma.
			e := itemStart(text, s.Start)
			if e == s.Start {
				break
			}
			i = lineEnd(text, e) + 1
		}
		ls := strings.LastIndexByte(text[:i-1], '\n') + 1
		line := strings.TrimRight(text[ls:i-1], " \t\r")
		// A part in capitals goes on a line that ends on a function word
		// ("… approved a 2008 budget of\nUS$534.8 million …").
		if !unicode.IsLower(first) && (line == "" || !titleStop[lastWord(line)] || strings.HasSuffix(lastWord(line), ".")) {
			break
		}
		if line == "" || strings.ContainsAny(line[len(line)-1:], ".!?:;") || isBulletLine(line) && len(strings.Fields(line)) < 3 {
			break
		}
		// The line's last sentence: after its last stop and space.
		start := ls + len(line) - len(strings.TrimLeft(line, " \t\u00a0•◦▪·-*"))
		for k := len(line) - 2; k > 0; k-- {
			if (line[k] == '.' || line[k] == '!' || line[k] == '?') && line[k+1] == ' ' {
				start = ls + k + 1
				for start < len(text) && text[start] == ' ' {
					start++
				}
				break
			}
		}
		s.Start = start
	}
	for s.End < len(text) {
		if strings.ContainsAny(text[s.End-1:s.End], ".!?:;") {
			break
		}
		j := s.End
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j >= len(text) || text[j] != '\n' {
			break
		}
		j++
		for j < len(text) && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			// Across the blank line that splits a list item (see
			// itemStart).
			k := j
			for k < len(text) && (text[k] == '\n' || text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
				k++
			}
			if k == len(text) || itemStart(text, k) == k {
				break
			}
			j = k
		}
		if r, _ := utf8.DecodeRuneInString(text[j:]); !unicode.IsLower(r) {
			break
		}
		end := lineEnd(text, j)
		for k := j; k < end; k++ {
			if (text[k] == '.' || text[k] == '!' || text[k] == '?') && (k+1 == len(text) || text[k+1] == ' ' || text[k+1] == '\n') {
				end = k + 1
				break
			}
		}
		s.End = end
	}
	return s
}

// participles open a clause that goes on from the clause before it:
// "$9 billion in 2012, supporting 100,000 jobs".
var participles = map[string]bool{"supporting": true, "creating": true, "employing": true, "sustaining": true, "accounting": true,
	"representing": true, "generating": true, "adding": true, "making": true, "bringing": true, "providing": true, "saving": true}

// parentFigure returns the figure of the clause that the clause of m at cs
// continues, if it is a participial clause ("supporting 100,000 jobs"),
// the parts of a whole ("of which U.S. exports were $13.8 billion") or an
// appositive change ("a 26.8 percent increase from 2021"), and the clause
// before it in the sentence holds a figure.
func (d *docDraft) parentFigure(m Mention, cs int) (Mention, bool) {
	text := d.src.Text
	f := strings.Fields(strings.ToLower(text[cs:m.Span.Start]))
	if len(f) == 0 || !participles[f[0]] && !ofWhich(text, cs, m) && !d.appositiveChange(m, cs) && !restatingWhich(f) {
		return Mention{}, false
	}
	return d.prevClauseFigure(m, cs)
}

// restatingVerbs restate the figure a relative clause follows in other
// terms: "209,000 jobs …, which constituted 0.8% of UK employee jobs".
var restatingVerbs = map[string]bool{"constituted": true, "constitutes": true, "represented": true, "represents": true,
	"amounted": true, "amounts": true, "equalled": true, "equaled": true, "equals": true}

// restatingWhich reports whether the words of a clause up to its figure
// are a relative clause that restates the figure before it ("which
// constituted", "which represented"): the figure is the same thing's, at
// the same time.
func restatingWhich(f []string) bool {
	return len(f) >= 2 && len(f) <= 3 && f[0] == "which" && restatingVerbs[f[1]]
}

// appositiveOf returns the figure of the clause before m's that m's
// clause restates as an appositive: a change of it ("…, a 26.8 percent
// increase from 2021", "…, a decrease of 6.1% from the same period") or a clause that opens with m itself, with no verb
// of its own before it ("was estimated at 1,634,760 hectares, around 12.5%
// of the land area").
func (d *docDraft) appositiveOf(m Mention, cs int) (Mention, bool) {
	text := d.src.Text
	if strings.TrimSpace(text[cs:m.Span.Start]) != "" && !d.appositiveChange(m, cs) && !changeNounOf(text, m, cs) {
		return Mention{}, false
	}
	return d.prevClauseFigure(m, cs)
}

// prevClauseFigure returns the first figure of the clause before the one
// m's clause starts at cs, in m's sentence.
func (d *docDraft) prevClauseFigure(m Mention, cs int) (Mention, bool) {
	ps, pe := prevClause(d.src.Text, cs, m.Sentence.Start, m.Sentence.End)
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.Start >= ps && o.Span.End <= pe {
			return o, true
		}
	}
	return Mention{}, false
}

// latestYearBefore returns the latest year before byte at that the text
// reports a figure for, or 0.
func (d *docDraft) latestYearBefore(at int) int {
	y := 0
	for _, r := range d.docYears() {
		if r.end > at {
			continue
		}
		if r.role == yearPeriod && r.period.To.IsZero() && r.period.From.Year > y && !strings.HasSuffix(d.src.Text[:r.start], "by ") {
			y = r.period.From.Year
		}
	}
	return y
}

// parallelStock returns the stock cue of an earlier clause of the sentence
// whose noun the figure's clause repeats: "Cumulative Indian investment …
// totaled $9 billion; U.S. investment into India exceeded $28 billion".
func parallelStock(earlier, before string) string {
	for _, c := range stockCues {
		i := strings.Index(earlier, c+" ")
		if i < 0 || !hasPhrase(earlier, c) {
			continue
		}
		for _, w := range strings.Fields(earlier[i+len(c):])[:min(3, len(strings.Fields(earlier[i+len(c):])))] {
			if w = strings.Trim(w, ",.;:"); len(w) >= 5 && hasPhrase(before, w) {
				return c + " … " + w
			}
		}
	}
	return ""
}

// placesAt returns the places named in text[from:to], read in their
// sentence (from sentStart), so that a name's first word before from
// still counts ("…, Power Africa will add").
func placesAt(text string, sentStart, from, to int) []placeMention {
	return placesFrom(placesIn(text[sentStart:withAcronymAfter(text, to)], sentStart), from, to)
}

// placesFrom returns those of ps that start at from or later and end at
// to or earlier, in a new slice, and a group of nations a clause's break
// cut after its first (withNationGroups: "in England, Wales and
// Scotland" is one place, GB-GBN, of the clause that names England).
func placesFrom(ps []placeMention, from, to int) []placeMention {
	var out []placeMention
	for _, p := range ps {
		if p.start >= from && (p.end <= to || p.start < to && ukGroupCode(p.code)) {
			out = append(out, p)
		}
	}
	return out
}

// snippet returns text[from:to] as evidence for a comment: from a word's
// start, its white space collapsed.
func snippet(text string, from, to int) string {
	from = back(text, from)
	for from < to && from > 0 && isWordByte(text[from-1]) && isWordByte(text[from]) {
		from++
	}
	return strings.Join(strings.Fields(text[from:to]), " ")
}

// sinceBase names the base year of a change over a run of more than one
// year in its title, as the text gives it: "up 196% from 1994" →
// "Increase in U.S. goods exports to Colombia since 1994". A change from
// the year before keeps its title ("from 2012" after "U.S. imports" would
// read as where they came from); so does a title that names a year
// already, or would pass 60 characters.
func (d *docDraft) sinceBase(t string, p, base indicators.Period) string {
	if t == "" || strings.ContainsAny(t, "0123456789") || base.IsSpan() || p.IsStated() && p.From.Year-base.From.Year <= 1 {
		return t
	}
	suffix := " since " + strconv.Itoa(base.From.Year)
	if out := d.fit(t+suffix, 60); strings.HasSuffix(out, suffix) {
		return out
	}
	return t
}

// listSize reports whether a count is the size of the list its sentence
// goes on to give ("The five largest import categories in 2010 were:
// Mineral Fuel ($10.5 billion), …"): a count before the sentence's colon,
// up to four words and no other number but a year between, a verb of
// being or including before the colon, and items separated by commas
// after it.
func listSize(text string, m Mention, u indicators.Unit) bool {
	if u.Kind != indicators.Count {
		return false
	}
	i := strings.IndexByte(text[m.Span.End:m.Sentence.End], ':')
	if i < 0 {
		return false
	}
	colon := m.Span.End + i
	w := strings.Fields(strings.ToLower(text[m.Span.End:colon]))
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	for _, x := range w {
		if strings.ContainsAny(x, "0123456789") && !isDigit4(strings.Trim(x, ",()")) {
			return false
		}
	}
	switch w[len(w)-1] {
	case "were", "are", "was", "is", "include", "included", "includes":
	default:
		return false
	}
	return strings.Count(text[colon:m.Sentence.End], ",") >= 1
}

// unsignCount writes a negative figure as the catalog holds it: a count is
// never negative, so "(-43,000; -2.4%)" of people is stated "43,000"
// with direction: down (the quote's minus sign being the fall, as verify
// reads it); another signed figure says its fall with its sign, so it
// takes no direction as well ("-2.4%", not "-2.4%" and down). A count in
// a sentence that says "net" (saysNet: "net migration was -43,000") is a
// net flow, which may be below zero: it keeps its sign, with measure flow
// and no direction.
func unsignCount(cl *claim) {
	ind := &cl.ind
	lo, _ := ind.Quantity.Ends()
	if lo >= 0 || ind.Quantity.IsRange() || !strings.HasPrefix(ind.Stated, "-") && !strings.HasPrefix(ind.Stated, "−") {
		return
	}
	if !ind.Unit.NonNegative() {
		if ind.Quantity.Direction != indicators.NoDirection {
			ind.Quantity.Direction = indicators.NoDirection
			cl.fieldNotes["stated"] = "signed: the minus sign says the fall, so no direction"
			declare(cl.fieldNotes, "stated", "stated/unsignCount")
		}
		return
	}
	if len(ind.Provenance) > 0 && saysNet(ind.Provenance[0].Quote) {
		ind.Measure, ind.Quantity.Direction = indicators.Flow, indicators.NoDirection
		cl.fieldNotes["measure"] = "flow: the sentence says \"net\", and a net flow keeps its minus sign"
		declare(cl.fieldNotes, "measure", "measure/unsignCount")
		return
	}
	ind.Stated = strings.TrimLeft(ind.Stated, "-−")
	ind.Quantity.Value.Coef = -ind.Quantity.Value.Coef
	ind.Quantity.Direction = indicators.Down
	ind.Measure = indicators.Change
	cl.fieldNotes["direction"] = "the minus sign before the figure: a fall"
	declare(cl.fieldNotes, "direction", "direction/unsignCount")
}
