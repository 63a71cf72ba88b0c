package wording

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A Named is one bar of a view as TellApart reads it: its title, what
// its label adds to the title (Parts, joined), the quote it comes from,
// the figure as stated there, its period and its entities as a reader
// reads them ("February 2024", "Japan"), and its indicator's id.
type Named struct {
	Title, Parts, Quote, Stated, ID string
	Period, Entity                  string
}

// TellApart returns the titles bars should be labelled by: each bar's
// own, except where two bars of one title would read alike (one title
// and the same parts: "Share (2015)" twice). Every bar of such a title
// is then named by the words its quote names its figure by ("Other
// crimes" in "followed by Other crimes (24%), …") when no other bar of
// the title has the same; else by its title and its period, or its
// entity, where each bar of the title has its own ("Tariff (Japan)");
// its indicator's id last ("Tariff (tariff-2)"), which a reader cannot
// read. A bar is never told apart by its own value, which its value label
// says already, nor by a period its label shows alike.
func TellApart(bars []Named) []string {
	out := make([]string, len(bars))
	seen := map[[2]string]int{}
	for i, b := range bars {
		out[i] = b.Title
		seen[[2]string{b.Title, b.Parts}]++
	}
	clash := map[string]bool{}
	for k, n := range seen {
		if n > 1 {
			clash[k[0]] = true
		}
	}
	names := make([]string, len(bars))
	count := map[[2]string]int{}
	for i, b := range bars {
		if clash[b.Title] {
			names[i] = NameInQuote(b.Quote, b.Stated)
			count[[2]string{b.Title, strings.ToLower(names[i])}]++
		}
	}
	// distinct reports whether key gives every bar of title its own,
	// non-empty value.
	distinct := func(title string, key func(Named) string) bool {
		seen := map[string]bool{}
		for _, b := range bars {
			if b.Title != title {
				continue
			}
			k := key(b)
			if k == "" || seen[k] {
				return false
			}
			seen[k] = true
		}
		return true
	}
	for i, b := range bars {
		switch {
		case !clash[b.Title]:
		case names[i] != "" && count[[2]string{b.Title, strings.ToLower(names[i])}] == 1:
			out[i] = upperFirst(names[i])
		case distinct(b.Title, func(n Named) string { return n.Period }):
			out[i] = Label(b.Title, b.Period)
		case distinct(b.Title, func(n Named) string { return n.Entity }):
			out[i] = Label(b.Title, b.Entity)
		default:
			out[i] = Label(b.Title, b.ID)
		}
	}
	return out
}

// NamesPlace reports whether title names the entity code by any name the
// gazetteer knows (indicators.EntityCode), by the name the outputs show
// it by (indicators.EntityName), or by that name's initials in capitals:
// "U.S.-Japan" names US, "…, Prince Edward Island" CA-PE, "NI higher
// education institutions" GB-NIR (Northern Ireland), so that a card or a
// list never says the place twice ("Students enrolled at NI higher
// education institutions, Northern Ireland", s19m-students).
func NamesPlace(title, code string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'' && r != '’'
		})
	}
	words := split(title)
	// A name is compared by its words, as the title's are read: "Newry,
	// Mourne and Down" is named by "… Newry, Mourne and Down Council"
	// (s32c-noise's deck said the place again after it).
	name := strings.Join(split(indicators.EntityName(code)), " ")
	initials := ""
	if f := strings.Fields(name); len(f) > 1 {
		for _, w := range f {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				initials += string(r)
			}
		}
		if utf8.RuneCountInString(initials) < 2 {
			initials = ""
		}
	}
	for i := range words {
		if initials != "" && words[i] == initials {
			return true
		}
		for n := 1; n <= max(4, strings.Count(name, " ")+1) && i+n <= len(words); n++ {
			w := strings.Join(words[i:i+n], " ")
			own := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s") // "London's share" names London (s29z-righttobuy)
			if name != "" && name != code && (strings.EqualFold(w, name) || strings.EqualFold(own, name)) {
				return true
			}
			if indicators.EntityCode(w) == code || indicators.EntityCode(own) == code {
				return true
			}
			if n == 1 && indicators.AdjectiveCode(w) == code && (i == 0 || indicators.EntityCode(words[i-1]+" "+w) == "") {
				// "Irish airports" names Ireland; "Northern Irish" does not.
				return true
			}
		}
	}
	return false
}

// WithPlace returns title, a title of ind, with ind's place after it
// where the title names no place of the claim, neither its entities nor
// its counterpart: a line pasted alone (the deck's list of claims, the
// Cover's headline figures) says its place as a headline card does
// ("Marriages, England and Wales", s16g-marriages; "Registered places
// …, Scotland", childcare; never "Landings by Irish vessels in Norway,
// Ireland", s17i-fisheries).
func WithPlace(title string, ind *indicators.Indicator) string {
	places := append(slices.Clone(ind.Entities), ind.Counterpart)
	if len(ind.Entities) == 0 || title == "" || slices.ContainsFunc(places, func(e string) bool { return e != "" && NamesPlace(title, e) }) {
		return title
	}
	return title + ", " + EntityNames(ind.Entities)
}

// EntityNames returns entity codes as a bar names them: each country's
// or region's name ("Japan"), or its code where no name is known,
// joined by "and".
func EntityNames(codes []string) string {
	var names []string
	for _, c := range codes {
		n := indicators.EntityName(c)
		if n == "" {
			n = c
		}
		names = append(names, n)
	}
	if len(names) > 1 && slices.ContainsFunc(names, func(n string) bool { return strings.Contains(n, ",") }) {
		// A name with commas of its own is parted from the others by
		// semicolons: "Northern Ireland, Belfast and Newry, Mourne and
		// Down" read as if "Belfast and Newry" were one place
		// (s32c-noise).
		return strings.Join(names, "; ")
	}
	return JoinAnd(names)
}

// Outermost returns codes without those whose place lies inside another
// of them (indicators.EntityWithin), in their order: a document's places
// name the country, never its regions as its peers ("England", not
// "England, North East and London", s20n-cancer; "New Zealand", not "New
// Zealand and Canterbury", s20n-gambling).
func Outermost(codes []string) []string {
	var out []string
	for _, c := range codes {
		if !slices.ContainsFunc(codes, func(o string) bool { return indicators.EntityWithin(c, o) }) {
			out = append(out, c)
		}
	}
	return out
}

// verbs are words that end the name of a figure after it: "Crimes of
// dishonesty account for almost half".
var verbs = map[string]bool{
	"account": true, "accounts": true, "accounted": true, "was": true, "were": true, "is": true, "are": true,
	"rose": true, "fell": true, "has": true, "have": true, "had": true, "made": true, "make": true, "makes": true,
	"represent": true, "represents": true, "represented": true, "increased": true, "decreased": true,
}

// leading are words a name never starts with: "and Non-sexual crimes",
// "from 2018" (the base every change of a chart ends with, s14-roads),
// "as a share of GDP" (a tail dropped whole, never leaving "as a share",
// s14d-finances); "over the year" and "during lockdown" go whole, never
// leaving "claimants over" (s17j-benefits).
var leading = map[string]bool{"as": true, "and": true, "or": true, "by": true, "of": true, "the": true, "at": true, "with": true, "to": true, "for": true, "in": true, "on": true, "from": true, "since": true,
	"over": true, "during": true}

// coordinators join the nouns of a coordinated phrase ("apprentice and
// trainee"), which a cut never splits.
var coordinators = map[string]bool{"and": true, "or": true, "&": true}

// inRange reports whether w[i] joins two figures, as "to" or "and" of
// "13 to 19", "2010 and 2020".
func inRange(w []string, i int) bool {
	figure := func(x string) bool { return x != "" && unicode.IsDigit([]rune(x)[0]) }
	return i > 0 && i+1 < len(w) && leading[strings.ToLower(w[i])] && figure(w[i-1]) && figure(w[i+1])
}

// changeHead reports whether run, a head of titles, names a change
// ("Change in", "Increase in", "Fall in the").
func changeHead(run []string) bool {
	for _, w := range run {
		w = strings.ToLower(w)
		if w == "change" || indicators.DirectionWord(w, indicators.Up) == w || indicators.DirectionWord(w, indicators.Down) == w {
			return true
		}
	}
	return false
}

// changeOnly reports whether run names a change and nothing else:
// "Change in", "Increase in the", not "Change in journeys in".
func changeOnly(run []string) bool {
	for _, w := range run {
		if !changeHead([]string{w}) && !leading[strings.ToLower(w)] {
			return false
		}
	}
	return changeHead(run)
}

// saysBase reports whether title says the base of a change after its
// thing: "… on a year earlier", "… compared with 2012", "… on the
// previous quarter", "… since 2005".
func saysBase(title string) bool {
	low := strings.ToLower(title)
	for _, p := range []string{" on a year earlier", " on the year before", " on the previous ", " compared with ", " since "} {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// NameInQuote returns the words quote names its figure stated by, or ""
// if it names none: the words of the clause just before the figure
// ("Other crimes" in "This was followed by Other crimes (24%)",
// "Non-sexual crimes of violence" in "… (4%) and Non-sexual crimes of
// violence (2%)"), else those just after it up to a verb ("Crimes of
// dishonesty" in "At 49%, Crimes of dishonesty account for …"), unless
// the figure closes a bracket.
func NameInQuote(quote, stated string) string {
	at := strings.Index(quote, stated)
	if at < 0 || stated == "" {
		return ""
	}
	if n := nameBefore(quote[:at]); n != "" {
		return n
	}
	rest := quote[at+len(stated):]
	if strings.HasPrefix(rest, ")") {
		// "(20%), Sexual crimes (4%)": a figure in brackets is named by
		// the words before it; those after name the next.
		return ""
	}
	return nameAfter(rest)
}

// nameBefore returns the name at the end of before: its last clause,
// from the last capitalised word after the first if it is long.
func nameBefore(before string) string {
	before = strings.TrimRight(before, " (")
	if i := strings.LastIndexAny(before, ",;:()"); i >= 0 {
		before = before[i+1:]
	}
	w := trimLeading(strings.Fields(before))
	if len(w) > 4 {
		for i := len(w) - 1; i > 0; i-- {
			if r, _ := utf8.DecodeRuneInString(w[i]); unicode.IsUpper(r) {
				w = w[i:]
				break
			}
		}
	}
	if len(w) == 0 || len(w) > 6 {
		return ""
	}
	return strings.Join(w, " ")
}

// nameAfter returns the name at the start of after, up to a verb.
func nameAfter(after string) string {
	after = strings.TrimLeft(after, " ),;:")
	if i := strings.IndexAny(after, ",;:()."); i >= 0 {
		after = after[:i]
	}
	var w []string
	for _, f := range trimLeading(strings.Fields(after)) {
		if verbs[strings.ToLower(f)] {
			break
		}
		w = append(w, f)
	}
	if len(w) == 0 || len(w) > 6 {
		return ""
	}
	return strings.Join(w, " ")
}

// trimLeading drops the words a name never starts with.
func trimLeading(w []string) []string {
	for len(w) > 0 && leading[strings.ToLower(w[0])] {
		w = w[1:]
	}
	return w
}

// Unrepeated returns the titles of a view's bars without the words the
// view's title already says: a run of words every title starts with,
// ending on a word a name never starts with (leading: "UK coverage of
// the"), or one every title ends with, starting on such a word ("at 12
// months"), where viewTitle holds that run's words without its joining
// words as words. "UK coverage of the 6-in-1 vaccine at 12 months" under
// "UK coverage at 12 months, October to December 2022" is "6-in-1
// vaccine" (s13-vaccines). Each title keeps a word at least, and titles
// that differed still differ; otherwise, or for fewer than two titles,
// it returns titles unchanged.
//
// Where no run is cut, bars are labelled by what differs (bySegments):
// a part between commas that every title holds, and the
// view's title names by a word, goes from each; "Average house price,
// Wales, change over the year" under "Annual house price change by
// country and region" is "Wales" (s15f-houseprices).
//
// Titles all alike are left whole: a run cut from them told nothing
// apart and cut mid-phrase ("Price during lockdown restrictions" of
// "CPIH items unavailable to price during lockdown restrictions",
// s15-prices); Untitled labels them by what differs. Nor is a head of
// a change cut ("Change in") from titles that say its base after it
// ("… on a year earlier"): "Overseas trips to Ireland on a year
// earlier" read as trips on a year earlier (s15-visitors); cut with
// that base, both go.
func Unrepeated(viewTitle string, titles []string) []string {
	if out := wholeAndParts(viewTitle, titles); out != nil {
		return out
	}
	out := unrepeatedNounTail(viewTitle, unrepeatedRun(viewTitle, titles))
	if slices.Equal(out, titles) {
		return bySegments(viewTitle, titles)
	}
	return out
}

// unrepeatedNounTail returns titles without a run of two words or more
// every one of them ends with, starting on a word that names a thing
// (unrepeatedRun cuts only a run that starts on a joining word, "at 12
// months"), where the view's title says the run whole: "Racist crimes
// recorded", "Homophobic crimes recorded" and four more under "Change in
// hate crimes recorded by the police, by motivation" are "Racist",
// "Homophobic", the long label said once, by the title (s27x-hatecrime,
// round AG's users). Only where the titles share no first word, so that
// what is left of each is what tells it apart ("Households in severe" of
// "Households in severe fuel poverty" named nothing), what is left ends
// on no joining word and opens no bracket, and titles that differed still
// differ; otherwise titles unchanged.
func unrepeatedNounTail(viewTitle string, titles []string) []string {
	if len(titles) < 2 {
		return titles
	}
	words, shortest := wordsOf(titles)
	firsts := map[string]bool{}
	for _, w := range words {
		firsts[strings.ToLower(w[0])] = true
	}
	if len(firsts) < len(titles) {
		return titles
	}
	tail := 0
	for tail < shortest-1 && !slices.ContainsFunc(words, func(w []string) bool { return !strings.EqualFold(w[len(w)-1-tail], words[0][len(words[0])-1-tail]) }) {
		tail++
	}
	run := words[0][len(words[0])-tail:]
	if tail < 2 || leading[strings.ToLower(run[0])] || strings.ContainsAny(strings.Join(run, " "), ",;:()[]") ||
		!hasWords(strings.ToLower(viewTitle), strings.ToLower(strings.Join(run, " "))) {
		return titles
	}
	out := make([]string, len(titles))
	seen := map[string]bool{}
	for i, w := range words {
		kept := w[:len(w)-tail]
		last := strings.ToLower(strings.TrimRight(kept[len(kept)-1], ",;:"))
		out[i] = strings.Join(kept, " ")
		if leading[last] || relativeWords[last] || dangling(kept[len(kept)-1]) || !Balanced(out[i]) || seen[strings.ToLower(out[i])] {
			return titles
		}
		seen[strings.ToLower(out[i])] = true
	}
	return out
}

// wholeAndParts labels titles of which one is the whole and every other
// that title and a part after a comma ("Opposite-sex couples who
// cohabited before marriage" and "…, civil ceremony", "…, religious
// ceremony"): "All" and each part alone ("Civil ceremony"), where the
// view's title names the whole's subject by its first two words (the
// three full titles stood on three bars, s16g-marriages); nil otherwise.
func wholeAndParts(viewTitle string, titles []string) []string {
	whole := -1
	for i, t := range titles {
		if whole < 0 || len(t) < len(titles[whole]) {
			whole = i
		}
	}
	if len(titles) < 3 {
		return nil
	}
	w := titles[whole]
	f := strings.Fields(w)
	if len(f) < 3 || !hasWords(strings.ToLower(viewTitle), strings.ToLower(strings.Join(f[:2], " "))) {
		return nil
	}
	out := make([]string, len(titles))
	seen := map[string]bool{}
	for i, t := range titles {
		if i == whole {
			out[i] = "All"
			continue
		}
		part, ok := strings.CutPrefix(t, w+", ")
		if !ok || part == "" || strings.Contains(part, ",") || seen[strings.ToLower(part)] {
			return nil
		}
		seen[strings.ToLower(part)] = true
		out[i] = upperFirst(part)
	}
	return out
}

// wordsOf returns each title's words and the fewest words any has.
func wordsOf(titles []string) ([][]string, int) {
	words := make([][]string, len(titles))
	shortest := -1
	for i, t := range titles {
		words[i] = strings.Fields(t)
		if shortest < 0 || len(words[i]) < shortest {
			shortest = len(words[i])
		}
	}
	return words, shortest
}

// unrepeatedRun cuts the run of words Unrepeated describes.
func unrepeatedRun(viewTitle string, titles []string) []string {
	if len(titles) < 2 || !slices.ContainsFunc(titles, func(t string) bool { return t != titles[0] }) {
		return titles
	}
	words, shortest := wordsOf(titles)
	same := func(at func(w []string) string) bool {
		for _, w := range words[1:] {
			if !strings.EqualFold(at(w), at(words[0])) {
				return false
			}
		}
		return true
	}
	head := 0
	for head < shortest && same(func(w []string) string { return w[head] }) {
		head++
	}
	// The run ends on a joining word: "UK coverage of the", never
	// "United" of "United Kingdom" and "United States"; or on a comma,
	// which ends a phrase: "… as a share of GDP," goes whole, never
	// leaving "GDP, Australia" to read as GDP itself (s16g-research). A
	// comma is a phrase end only where the shared words end on it: one
	// with shared words after it is inside a name, "Washington, D.C."
	// never cut to "D.C. renting their home" (review16a item 8).
	shared := head
	// A relative word ends a run too: "Adults (15+) who" of "Adults
	// (15+) who went to the cinema" and "… who visited a library"
	// (s17i-culture).
	//
	// A comma with shared words after it in lower case ends a phrase
	// too: "Volunteer rate," of "Volunteer rate, partnered mothers …"
	// and "…, partnered fathers …" goes, "partnered" being no name
	// (s22p-volunteer: the bars kept the shared part and lost the part
	// that differs).
	for head > 0 && !leading[strings.ToLower(words[0][head-1])] && !relativeWords[strings.ToLower(words[0][head-1])] &&
		!(strings.HasSuffix(words[0][head-1], ",") && (head == shared || lowerStart(words[0][head]))) {
		head--
	}
	// A run never ends inside a coordinated noun: "Apprentice and" of
	// "Apprentice and trainee commencements" left "Trainee
	// commencements", trainees alone (s21o-apprentice). The whole shared
	// run goes ("Apprentice and trainee"), or nothing. Nor inside a range
	// of figures: "Homicide victims aged 13 to" left "19, previous year"
	// (s23r-homicide).
	if head > 0 && (coordinators[strings.ToLower(words[0][head-1])] || inRange(words[0], head-1)) {
		head = 0
		if shared < shortest && !leading[strings.ToLower(words[0][shared-1])] {
			head = shared
		}
	}
	tail := 0
	for tail < shortest-head && same(func(w []string) string { return w[len(w)-1-tail] }) {
		tail++
	}
	// A shared tail after a comma is a phrase of its own: ", change in
	// nominal terms" goes whole where the view's title says it, never
	// leaving ", change" (s18k-construction).
	commaTail := 0
	if n := len(words[0]) - tail; tail > 0 && n > head && n > 0 && strings.HasSuffix(words[0][n-1], ",") {
		commaTail = tail
	}
	// The run starts on a joining word: "at 12 months", or opens a
	// bracket: "(opposite-sex couples)" of "Average age at marriage, men
	// (opposite-sex couples)" goes whole (s16g-marriages).
	// Never on a coordinator: "or attack" of "… a breach or attack", "or
	// above" of "… 50kW of power or above" is the bar's own qualifier,
	// and a label without it says something else (s25u-cyber,
	// s25u-charging).
	for tail > 0 && (!leading[strings.ToLower(words[0][len(words[0])-tail])] || coordinators[strings.ToLower(words[0][len(words[0])-tail])]) &&
		!strings.HasPrefix(words[0][len(words[0])-tail], "(") {
		tail--
	}
	low := strings.ToLower(viewTitle)
	said := func(run []string) bool {
		run = trimLeading(run)
		for len(run) > 0 && leading[strings.ToLower(run[len(run)-1])] {
			run = run[:len(run)-1]
		}
		said := strings.Trim(strings.TrimRight(strings.Join(run, " "), ",;:"), "()")
		return len(run) > 0 && (hasWords(low, strings.ToLower(said)) || saidInOrder(low, run))
	}
	if commaTail > 0 && said(words[0][len(words[0])-commaTail:]) {
		tail = commaTail
	}
	// What is kept never ends on a word that takes an object, "Pension
	// Credit claimants under" of "… under the age of 80": the tail takes
	// it where the title says that too, else nothing is cut (review18
	// item 12).
	for tail > 0 && tail < shortest-head && dangling(words[0][len(words[0])-tail-1]) {
		if !said(words[0][len(words[0])-tail-1:]) {
			tail = 0
			break
		}
		tail++
	}
	// A view titled as a change ("Growth in passengers, 2017 on 2016",
	// "Change on 2023 by type") says the head of a change ("Change in")
	// and, where it names its base, a base every title ends with ("on
	// the year before"), as the subtitle does: each bar says its thing
	// alone (s16g-air, s16g-insolvency).
	change := changeHead(strings.Fields(low)) || hasWords(low, "growth")
	if head > 0 && !said(words[0][:head]) && !(change && changeOnly(words[0][:head])) {
		head = 0
	}
	if run := words[0][len(words[0])-tail:]; tail > 0 && !said(run) &&
		!(change && saysBase(" "+strings.Join(run, " "))) {
		tail = 0
	}
	// A run cut opens or closes no bracket the kept words leave open:
	// " of 9 cancers)" cut from "Pancreas cancer in men (lowest of 9
	// cancers)" left "Pancreas cancer in men (lowest" (s20n-cancer).
	if tail > 0 && !Balanced(strings.Join(words[0][len(words[0])-tail:], " ")) {
		tail = 0
	}
	if head > 0 && !Balanced(strings.Join(words[0][:head], " ")) {
		head = 0
	}
	if head == 0 && tail == 0 || head+tail >= shortest {
		return titles
	}
	out := make([]string, len(titles))
	before, after := map[string]bool{}, map[string]bool{}
	for i, w := range words {
		// The comma before a dropped tail goes with it: "…, in the
		// month" of "…, in the month, on a year earlier". An article
		// a cut head leaves first goes too: "Population treated …" of
		// "Share of the population treated …", never "The population"
		// (s22p-dental).
		kept := w[head : len(w)-tail]
		if head > 0 && len(kept) > 1 && articles[strings.ToLower(kept[0])] {
			kept = kept[1:]
		}
		out[i] = upperFirst(strings.TrimRight(strings.Join(kept, " "), ",;:"))
		before[titles[i]] = true
		after[out[i]] = true
	}
	if len(after) != len(before) {
		return titles
	}
	// A change's head stays where what is left still says a base: cut
	// with the base itself ("Change in … on the previous year" under
	// "Change on the previous year", round F transport) it may go.
	if head > 0 && changeHead(words[0][:head]) && slices.ContainsFunc(out, saysBase) {
		return titles
	}
	return out
}

// saidInOrder reports whether the lower-case view title low says every
// word of run, numbers included, as a whole word and in run's order,
// other words between them (a subsequence of the title's words): an
// article or a relative word ("the", "who") need not be said. "landed by
// Irish vessels" under "Most valuable species landed in Ireland by Irish
// vessels, 2016"; "change in nominal terms" under "Change on a year
// earlier in nominal terms" (s18k-construction). A run that says
// something the title does not is not said, and its bars keep it:
// "over 65 who receive" under "Claimants receiving PIP or DLA over
// time" (no 65), "in employment aged 16 to 64" under "…, people aged 16
// and over" (no employment, no 64), "landed by Irish vessels in UK
// ports" under "Imports from Irish ports of fish landed by UK vessels"
// (the other order: review18 item 3, where counting words one by one
// cut all three).
//
// Only of one phrase: a run across commas ("Average house price, UK,
// change on the") must be said whole.
func saidInOrder(low string, run []string) bool {
	if slices.ContainsFunc(run[:len(run)-1], func(w string) bool { return strings.HasSuffix(w, ",") }) {
		return false
	}
	var title []string
	for _, w := range strings.Fields(low) {
		if w = strings.Trim(w, wordPunct); w != "" {
			title = append(title, w)
		}
	}
	at, n := 0, 0
	for _, w := range run {
		w = strings.Trim(strings.ToLower(w), wordPunct)
		if w == "" || articles[w] || relativeWords[w] {
			continue
		}
		n++
		for at < len(title) && !sameNoun(title[at], w) {
			at++
		}
		if at == len(title) {
			return false
		}
		at++
	}
	return n > 0
}

// sameNoun reports whether words a and b, in lower case, are one word
// or a noun and its plural: "rates" of a view's title says the "rate" of
// its bars' titles (s22p-alcohol: "… death rate, males" under "… death
// rates by sex"). A word of a change is said in its own number only:
// "Changes on a year earlier" names the chart, not each bar's "Change
// in" (the changes' heads stay, TestUnrepeated).
func sameNoun(a, b string) bool {
	if a == b {
		return true
	}
	if changeHead([]string{a}) || changeHead([]string{b}) {
		return false
	}
	return indicators.Plural(a) == b || indicators.Plural(b) == a
}

// lowerStart reports whether w starts with a lower-case letter: a word,
// not a name.
func lowerStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// wordPunct is what saidInOrder trims from either end of a word.
const wordPunct = ",;:.()\"'"

// articles are the words a run need not be said by.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// objectWords are words that take what follows them ("under the age of
// 80", "aged 16 to 64", "between 2010 and 2020"): a kept part never ends
// on one, as it never ends on a joining word (leading).
var objectWords = map[string]bool{"under": true, "aged": true, "between": true, "above": true, "below": true, "than": true}

// dangling reports whether w, a word a cut would end a kept part on,
// needs the words after it: a joining word or one that takes an object.
func dangling(w string) bool {
	w = strings.ToLower(w)
	return leading[w] || objectWords[w]
}

// bySegments returns titles without the parts between commas that every
// one of them holds alike, two at least (compared without their
// case and parenthesised notes) and that viewTitle names by a word of
// theirs other than a joining one: the chart's subject, which its title
// says. A part ending in such a shared part keeps its head ("UK" of "UK
// average house price" beside "Average house price"), and the notes of a
// part dropped stay ("South East of England (lowest of the regions)",
// "UK (18+)"); a title left with notes alone says their words ("Not
// seasonally adjusted"). It returns titles unchanged where any would be
// left empty, two would read alike, or a title's parentheses do not
// close within its part.
func bySegments(viewTitle string, titles []string) []string {
	if len(titles) < 2 {
		return titles
	}
	type part struct {
		words []string // the part's words, its notes taken out
		key   string   // its words in lower case, one space apart
		notes []string // its notes, "(18+)"
	}
	parts := make([][]part, len(titles))
	count := map[string]int{}
	for i, t := range titles {
		seen := map[string]bool{}
		for _, s := range strings.Split(t, ", ") {
			var p part
			rest := s
			for {
				before, inside, ok := strings.Cut(rest, "(")
				if !ok {
					if strings.Contains(rest, ")") {
						return titles
					}
					p.words = append(p.words, strings.Fields(before)...)
					break
				}
				note, after, ok := strings.Cut(inside, ")")
				if !ok || strings.Contains(note, "(") {
					return titles
				}
				p.words = append(p.words, strings.Fields(before)...)
				p.notes = append(p.notes, "("+note+")")
				rest = after
			}
			p.key = strings.ToLower(strings.Join(p.words, " "))
			parts[i] = append(parts[i], p)
			if p.key != "" && !seen[p.key] {
				seen[p.key] = true
				count[p.key]++
			}
		}
	}
	low := strings.ToLower(viewTitle)
	shared := func(key string) bool {
		// Every title holds it, as a part or a part's tail ("UK
		// average house price" beside "Average house price"): a part
		// that some bars hold and others do not is what tells them
		// apart, and cut from some alone it left bars that name no
		// series beside bars that do ("Change on previous month" of
		// "Manufacturing production, …" beside "Manufacturing
		// turnover, change on previous month", s19m-industry).
		if count[key] < 2 {
			return false
		}
		for _, ps := range parts {
			if !slices.ContainsFunc(ps, func(p part) bool { return p.key == key || strings.HasSuffix(p.key, " "+key) }) {
				return false
			}
		}
		for _, w := range strings.Fields(key) {
			if !leading[w] && hasWords(low, w) {
				return true
			}
		}
		return false
	}
	var keys []string // the shared parts, longest first
	for k := range count {
		if shared(k) {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return titles
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := len(b) - len(a); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	out := make([]string, len(titles))
	after := map[string]bool{}
	var alone []int // the titles left with their notes alone
	for i, ps := range parts {
		var kept, notes []string
		for _, p := range ps {
			if slices.Contains(keys, p.key) {
				notes = append(notes, p.notes...)
				continue
			}
			w := p.words
			for _, k := range keys {
				if n := len(strings.Fields(k)); n < len(w) && strings.HasSuffix(p.key, " "+k) {
					w = w[:len(w)-n]
					break
				}
			}
			if len(w) > 0 {
				kept = append(kept, strings.Join(w, " "))
			}
			notes = append(notes, p.notes...)
		}
		label := strings.Join(kept, ", ")
		switch {
		case label != "" && len(notes) > 0:
			label += " " + strings.Join(notes, " ")
		case label == "" && len(notes) > 0:
			for k, n := range notes {
				notes[k] = strings.Trim(n, "()")
			}
			label = strings.Join(notes, " ")
			alone = append(alone, i)
		}
		if label == "" {
			return titles
		}
		out[i] = upperFirst(label)
		after[strings.ToLower(out[i])] = true
	}
	// Notes alone name a bar only beside bars that have notes too:
	// "Unadjusted" of "Gender pay gap (unadjusted)" beside "Full-time
	// employees" read as a group of its own (s25u-paygap); it keeps its
	// words.
	if slices.ContainsFunc(parts, func(ps []part) bool { return !slices.ContainsFunc(ps, func(p part) bool { return len(p.notes) > 0 }) }) {
		for _, i := range alone {
			out[i] = titles[i]
		}
	}
	if len(after) != len(titles) {
		return titles
	}
	return out
}

// Balanced reports whether every bracket s opens, it closes, in order:
// a label or a subtitle shortened at a word is cut only where what it
// keeps, and what it drops, are balanced ("Pancreas cancer in men
// (lowest" is not).
func Balanced(s string) bool {
	var open []rune
	for _, r := range s {
		switch r {
		case '(', '[':
			open = append(open, r)
		case ')', ']':
			want := '('
			if r == ']' {
				want = '['
			}
			if len(open) == 0 || open[len(open)-1] != want {
				return false
			}
			open = open[:len(open)-1]
		}
	}
	return len(open) == 0
}
