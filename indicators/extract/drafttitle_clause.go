package extract

import (
	"regexp"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// ownClauseTitle titles a figure by its own clause when the title drafted
// so far is a bare actor, a bare noun, a participle, a date predicate or a
// placeholder, or names the subject of another clause; it returns "" when
// no rule applies.
func (d *docDraft) ownClauseTitle(m Mention, cur, before, after string, status indicators.Status) string {
	text := d.src.Text
	lb := strings.ToLower(before)
	for _, rule := range []func() string{
		func() string { return ofOfTitle(text, m, before, after) },
		func() string { return actionOfTitle(text, m, lb, status) },
		func() string { return addingTitle(cur, lb, after) },
		func() string { return fundedShareTitle(lb) },
		func() string { return drawTitle(text, m, lb) },
		func() string { return totalingTitle(cur, before) },
		func() string { return d.ratioOfTitle(m, lb, after) },
		func() string { return limitNounTitle(cur, after) },
		func() string { return aimingTitle(m, cur, before) },
		func() string { return needVerbTitle(cur, after) },
		func() string { return d.acrossCountTitle(m, cur, before) },
		func() string { return d.approvedByTitle(m, cur, before, after) },
		func() string { return andSubjectTitle(cur, before) },
		func() string { return shareVerbTitle(cur) },
		func() string { return existentialTitle(cur) },
		func() string { return requirementsTitle(m, cur) },
	} {
		if t := rule(); t != "" {
			return shorten(t, 64)
		}
	}
	return ""
}

// ofOfRE matches "N of M <noun> <postmodifier> were <predicate>".
var ofOfRE = lazyRegexp(`^ of \d[\d,]* ([a-z][a-z -]+?) ((?:due|planned|scheduled|set|agreed|required|expected|[a-z]+ed) [^,;.]*?)?\s*\b(?:were|are|was|is|have been|has been|had been)\b ([^,;.]+)`)

// ofOfPostRE matches the postmodifier and verb after "N of M <noun>".
var ofOfPostRE = lazyRegexp(`^((?:due|planned|scheduled|set|agreed|required|expected|[a-z]+ed) [^,;.]*?)\s*\b(?:were|are|was|is|have been|has been|had been)\b `)

// ofOfTitle titles the two figures of "11 of 17 structural benchmarks due
// for these reviews were met": the first by the noun and its predicate
// ("Structural benchmarks met"), the second by the noun and its
// postmodifier ("Structural benchmarks due for these reviews").
func ofOfTitle(text string, m Mention, before, after string) string {
	if g := ofOfRE.FindStringSubmatch(after); g != nil {
		pred := strings.TrimSpace(g[3])
		if hasDigit(pred) {
			return ""
		}
		return title(g[1] + " " + pred)
	}
	if !strings.HasSuffix(before, " of ") || !counted(m) {
		return ""
	}
	bf := strings.Fields(before)
	if len(bf) < 2 || !hasDigit(bf[len(bf)-2]) {
		return ""
	}
	g := ofOfPostRE.FindStringSubmatch(strings.TrimSpace(after))
	noun := strings.TrimSpace(text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
	if g == nil || noun == "" || hasDigit(noun) {
		return ""
	}
	return title(strings.TrimSpace(noun + " " + strings.TrimSpace(g[1])))
}

// actionNouns name the participle of the action a noun before "of N
// <things>" does to them: "the equipment of 47 centers" → equipped.
var actionNouns = map[string]string{"equipment": "equipped", "equipping": "equipped", "construction": "built", "building": "built",
	"training": "trained", "rehabilitation": "rehabilitated", "renovation": "renovated", "installation": "installed",
	"purchase": "purchased", "procurement": "procured", "hiring": "hired", "creation": "created", "repair": "repaired",
	"refurbishment": "refurbished", "upgrading": "upgraded", "upgrade": "upgraded", "expansion": "expanded", "delivery": "delivered",
	"distribution": "distributed", "vaccination": "vaccinated", "recruitment": "recruited", "connection": "connected"}

// actionOfTitle titles "will finance the equipment of 47 Child Welfare
// Centers" by the counted noun and the action: "Child Welfare Centers to
// be equipped" (done, when the figure is a fact).
func actionOfTitle(text string, m Mention, lb string, status indicators.Status) string {
	if !counted(m) || !strings.HasSuffix(lb, " of ") {
		return ""
	}
	f := strings.Fields(lb)
	if len(f) < 2 {
		return ""
	}
	pp, ok := actionNouns[f[len(f)-2]]
	if !ok {
		return ""
	}
	noun := strings.TrimSpace(text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
	if noun == "" || hasDigit(noun) {
		return ""
	}
	if status == indicators.Fact {
		return title(noun + " " + pp)
	}
	return title(noun + " to be " + pp)
}

// addingRE finds a verb of adding before a figure in its sentence.
var addingRE = lazyRegexp(`\b(?:adding|adds|added|add)\b`)

// addingTitle titles "adding $1.3 billion to the requirements and 8
// million to the number of people to receive aid" by what each amount is
// added to: "Increase in the requirements".
func addingTitle(cur, lb, after string) string {
	if cur != "" && !isUnnamedTitle(cur) && !strings.HasSuffix(strings.Fields(strings.ToLower(cur))[0], "ing") {
		return ""
	}
	loc := addingRE.FindAllStringIndex(lb, -1)
	if loc == nil {
		return ""
	}
	between := lb[loc[len(loc)-1][1]:]
	if strings.Contains(between, ";") || strings.Contains(between, ". ") || len(between) > 120 {
		return ""
	}
	rest, ok := strings.CutPrefix(after, " to ")
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, ",;.()"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.Index(rest, " and "); i >= 0 && i+5 < len(rest) && (hasDigit(rest[i+5:i+6]) || rest[i+5] == '$') {
		rest = rest[:i]
	}
	rest = strings.TrimSpace(rest)
	if rest == "" || hasDigit(rest) {
		return ""
	}
	return "Increase in " + rest
}

// fundedRE matches "<noun phrase> funded" closing the words before a
// share: "leaving the global appeal funded 26 per cent".
var fundedRE = tailRegexp{regexp.MustCompile(`(?:^|\b(?:leaving|left|leaves|keeping|making|with)\s+)((?:the |a |its |their )?[a-z0-9][a-z0-9 -]{2,40}?) (funded|financed|covered|met|completed|vaccinated|built|spent)\s*$`),
	[]string{"funded", "financed", "covered", "met", "completed", "vaccinated", "built", "spent"}}

// fundedShareTitle titles "<NP> funded N per cent" as "Share of <NP>
// funded".
func fundedShareTitle(lb string) string {
	g := fundedRE.FindStringSubmatch(lb)
	if g == nil {
		return ""
	}
	return "Share of " + g[1] + " " + g[2]
}

// drawRE matches "<subject> enables <someone> to draw" before an amount.
var drawRE = lazyRegexp(`^(.+?)\s+(?:enables|enabled|will enable|allows|allowed|will allow|permits|permitted)\s+(?:[a-z ]+?\s+)?to\s+(?:draw|disburse|receive|access|withdraw)\s*(?:about|some|nearly|around|approximately|up to)?\s*$`)

// drawTitle titles "The completion of the reviews enables the authorities
// to draw about US$242 million" as "Disbursement enabled by the completion
// of the reviews".
func drawTitle(text string, m Mention, lb string) string {
	if m.Kind != Currency {
		return ""
	}
	g := drawRE.FindStringSubmatch(strings.TrimSpace(lb))
	if g == nil {
		return ""
	}
	subj := g[1]
	if i := strings.LastIndexAny(subj, ",;:"); i >= 0 {
		subj = subj[i+1:]
	}
	subj = strings.TrimSpace(subj)
	if subj == "" || len(strings.Fields(subj)) > 8 {
		return "Disbursement"
	}
	return "Disbursement enabled by " + subj
}

// totalingRE matches a noun phrase and "totaling" right before an amount.
var totalingRE = tailRegexp{regexp.MustCompile(`([A-Za-z][^,;:()]{2,60}?)\s+(?:totaling|totalling|amounting to|worth|valued at|of about|of some)\s*(?:about|some|nearly|around|approximately|up to)?\s*$`),
	[]string{"totaling", "totalling", "to", "worth", "at", "about", "some", "nearly", "around", "approximately"}}

// sizeHeads are nouns whose amount is their size.
var sizeHeads = map[string]bool{"arrangement": true, "arrangements": true, "program": true, "programs": true, "programme": true,
	"programmes": true, "facility": true, "facilities": true, "loan": true, "loans": true, "package": true, "credit": true, "fund": true}

// totalingTitle titles "Honduras’ 36-month arrangements totaling about
// US$847 million were approved on September 21" by the noun before
// "totaling", not the date predicate: "Size of Honduras’ arrangements".
func totalingTitle(cur, before string) string {
	f := strings.Fields(cur)
	if len(f) > 1 && !subjectEnds[strings.ToLower(f[0])] && !finiteVerbs[strings.ToLower(f[0])] && !isUnnamedTitle(cur) {
		return ""
	}
	g := totalingRE.FindStringSubmatch(before)
	if g == nil {
		return ""
	}
	np := nounPhraseBefore(g[1] + " ")
	var keep []string
	for _, w := range strings.Fields(np) {
		if !hasDigit(w) {
			keep = append(keep, w)
		}
	}
	if len(keep) == 0 {
		return ""
	}
	head := strings.ToLower(keep[len(keep)-1])
	lead := "Value of "
	if sizeHeads[head] {
		lead = "Size of "
	}
	if len(keep) == 1 {
		lead += "the "
	}
	return lead + lowerFirst(strings.Join(keep, " "))
}

// ratioOfRE matches "<noun> of" right before a ratio to GDP.
var ratioOfRE = lazyRegexp(`((?:[a-z-]+ )?[a-z-]+) of\s*$`)

// ratioOfTitle titles "with a fiscal deficit of 0.7 percent of GDP" by the
// noun the ratio is of ("Fiscal deficit as a share of GDP"), a "target of
// a deficit" as the target for it and "a deficit of … targeted" as the
// targeted one.
func (d *docDraft) ratioOfTitle(m Mention, lb, after string) string {
	if m.Unit.String() != "percent" || !strings.HasPrefix(strings.ToLower(strings.TrimSpace(after)), "of gdp") {
		return ""
	}
	g := ratioOfRE.FindStringSubmatch(lb)
	if g == nil {
		return ""
	}
	np := strings.Fields(g[1])
	for len(np) > 0 && (titleStop[np[0]] || subjectEnds[np[0]] || isPrep(np[0]) || strings.HasSuffix(np[0], "ing")) {
		np = np[1:]
	}
	if len(np) == 0 || quantityNouns[np[len(np)-1]] || np[len(np)-1] == "percent" || levelNouns[np[len(np)-1]] {
		return ""
	}
	noun := strings.Join(np, " ")
	if len(np) == 1 {
		if full := d.resolvedSubject(m, "the "+noun); full != "" && len(strings.Fields(full)) > 1 && !hasDigit(full) {
			noun = lowerFirst(full)
		} else {
			// "a fiscal deficit of 0.7 percent … a deficit of": the
			// fuller name the sentence gave it.
			hay := lb[:len(lb)-len(g[0])]
			for k := strings.LastIndex(hay, " "+noun+" "); k > 0; k = strings.LastIndex(hay[:k], " "+noun+" ") {
				pf := strings.Fields(hay[:k])
				if len(pf) == 0 {
					break
				}
				if adj := pf[len(pf)-1]; isLowerWord(adj) && !titleStop[adj] && !subjectEnds[adj] && !isPrep(adj) && !hasDigit(adj) {
					noun = adj + " " + noun
					break
				}
			}
		}
	}
	rest := strings.TrimSpace(after)[len("of gdp"):]
	pre := ""
	if k := targetOfRE.FindStringSubmatch(lb); k != nil && strings.HasSuffix(k[2], np[len(np)-1]) {
		return title(k[1] + " for the " + noun + " as a share of GDP")
	}
	if w := strings.Fields(rest); len(w) > 0 && targetedWords[w[0]] {
		pre = w[0] + " "
	}
	return title(pre + noun + " as a share of GDP")
}

// levelNouns name a level of a ratio, not the ratio: "the previous high
// of 106 percent of GDP" keeps the title that says of what.
var levelNouns = map[string]bool{"high": true, "low": true, "peak": true, "record": true, "level": true, "average": true,
	"maximum": true, "minimum": true, "rate": true, "share": true, "ratio": true, "total": true}

// targetOfRE matches "the program target of a deficit of" before a ratio.
var targetOfRE = lazyRegexp(`((?:program |programme )?(?:target|objective|ceiling|goal)) of (?:a|an|the) ((?:[a-z-]+ )?[a-z-]+) of\s*$`)

// targetedWords after "of GDP" make the ratio a planned one.
var targetedWords = map[string]bool{"targeted": true, "projected": true, "planned": true, "budgeted": true, "expected": true}

// limitAfterRE matches a limit noun right after a figure: "the 4 percent
// objective".
var limitAfterRE = lazyRegexp(`^\s+(objective|target|ceiling|goal|limit|cap|floor|anchor|threshold)\b`)

// limitNounTitle titles "convergence of inflation to the 4 percent
// objective" by the rate and the noun the figure modifies: "Inflation
// objective".
func limitNounTitle(cur, after string) string {
	g := limitAfterRE.FindStringSubmatch(after)
	if g == nil || len(strings.Fields(cur)) != 1 {
		return ""
	}
	return cur + " " + g[1]
}

// bareForms are the plain forms of the participles of aim and purpose.
var bareForms = map[string]string{"aiming": "aim", "seeking": "seek", "planning": "plan", "hoping": "hope", "expecting": "expect",
	"intending": "intend", "trying": "try", "targeting": "target", "striving": "strive", "working": "work"}

// aimingRE matches "<noun phrase>, aiming to <verb>" before a count.
var aimingRE = lazyRegexp(`([^,;:]+),\s+(aiming|seeking|planning|hoping|expecting|intending|trying|targeting|striving|working) to ([a-z]+)\s*(?:over|more than|some|about|nearly|around|up to|at least)?\s*$`)

// aimingTitle titles "UN-coordinated response plans, aiming to help over
// 101 million" as "People the UN-coordinated response plans aim to help".
func aimingTitle(m Mention, cur, before string) string {
	f := strings.Fields(cur)
	if len(f) == 0 || !strings.HasSuffix(strings.ToLower(f[0]), "ing") || !counted(m) {
		return ""
	}
	g := aimingRE.FindStringSubmatch(before)
	if g == nil {
		return ""
	}
	np := nounPhraseBefore(g[1])
	if np == "" {
		return ""
	}
	counted := "People"
	if u := m.Unit.String(); u != "" && u != "person" {
		return ""
	}
	return counted + " the " + np + " " + bareForms[g[2]] + " to " + g[3]
}

// needRE matches the verb "need" and its object after a count.
var needRE = lazyRegexp(`^[^,;:.]*?\b(?:need|needs|needed|require|requires|required)\s+([a-z][a-z -]{2,50}?)(?:\s+(?:today|now|this year|in \d{4}|while|and|but|as|across|in)\b|[,;:.]|$)`)

// needVerbTitle titles "141 million people across 37 countries need
// humanitarian assistance" as "People in need of humanitarian
// assistance", where the count's title is a bare noun.
func needVerbTitle(cur, after string) string {
	if len(strings.Fields(cur)) != 1 {
		return ""
	}
	g := needRE.FindStringSubmatch(after)
	if g == nil {
		return ""
	}
	return cur + " in need of " + strings.TrimSpace(g[1])
}

// ofAreaRE matches a count titled by the area it is in: "Countries of
// world", "Countries in the region".
var ofAreaRE = lazyRegexp(`^\S+ (?:of|in the) (?:world|region|continent|globe)$`)

// acrossCountTitle titles the count after "across" of another count's
// figure ("141 million people across 37 countries") by the first: "Countries
// with people in need of humanitarian assistance".
func (d *docDraft) acrossCountTitle(m Mention, cur, before string) string {
	if !counted(m) || len(strings.Fields(cur)) > 1 && !ofAreaRE.MatchString(cur) {
		return ""
	}
	lb := strings.ToLower(strings.TrimSpace(before))
	if !strings.HasSuffix(lb, " across") && !strings.HasSuffix(lb, " in") {
		return ""
	}
	prev, ok := d.titleMemos[m.Sentence.Start]
	if !ok || prev.end > m.Span.Start || strings.TrimSpace(d.src.Text[prev.end:m.Span.Start]) != strings.Fields(lb)[len(strings.Fields(lb))-1] {
		return ""
	}
	noun := strings.TrimSpace(d.src.Text[max(m.Numbers[0].End, m.Numbers[1].End):m.Span.End])
	if noun == "" || hasDigit(noun) || prev.subject == "" || comparisonTitle(prev.subject) {
		return ""
	}
	return title(noun + " with " + lowerFirst(prev.subject))
}

// approvedRE and shortNameRE match a verb of approving before an amount
// and the short name in parentheses after an actor.
var (
	approvedRE  = lazyRegexp(`\b(approved|granted|signed|extended|awarded)\s+(?:an?|the)?\s*$`)
	shortNameRE = lazyRegexp(`^\s*\(([A-Z][A-Za-z&]{1,9})\)`)
)

// approvedByTitle titles an amount whose title is a bare actor by what
// the actor did with it: "The Inter-American Development Bank (IDB)
// approved a $100 million program to support …" → "IDB financing
// approved for a program to support …".
func (d *docDraft) approvedByTitle(m Mention, cur, before, after string) string {
	if m.Kind != Currency || cur == "" || !actorOnly(cur) && !allCapitalized(cur) {
		return ""
	}
	g := approvedRE.FindStringSubmatch(before)
	if g == nil {
		return ""
	}
	who := cur
	if k := strings.Index(before, cur); k >= 0 {
		if s := shortNameRE.FindStringSubmatch(before[k+len(cur):]); s != nil {
			who = s[1]
		}
	}
	af := strings.Fields(after)
	if len(af) == 0 {
		return ""
	}
	noun := strings.ToLower(strings.Trim(af[0], ",.;:"))
	if !isLowerWord(noun) || titleStop[noun] {
		return ""
	}
	t := who + " financing " + g[1] + " for a " + noun
	for _, w := range af[1:] {
		if strings.ContainsAny(w, ",;:.()") || utf8Len(t+" "+w) > 60 {
			break
		}
		t += " " + w
	}
	tf := strings.Fields(t)
	for len(tf) > 5 && (titleStop[strings.ToLower(tf[len(tf)-1])] || nounBreaks[strings.ToLower(tf[len(tf)-1])]) {
		tf = tf[:len(tf)-1]
	}
	if n := len(tf); n > 6 && tf[n-2] == "to" {
		tf = tf[:n-2] // "… a program to support": no verb without its object
	}
	return strings.Join(tf, " ")
}

// allCapitalized reports whether every word of s of four letters or more
// starts with a capital: a name.
func allCapitalized(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		if len(w) >= 4 {
			if !upperRune(w) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// utf8Len is the length of s in characters.
func utf8Len(s string) int { return len([]rune(s)) }

// andSubjectRE matches the subject of the last clause joined by "and"
// before a verb of giving: "and international donors have generously
// provided".
var andSubjectRE = lazyRegexp(`\band ((?:[A-Za-z-]+ ){0,3}?[a-z]+s) (?:have |has |had )?(?:[a-z]+ly )?(provided|given|contributed|pledged|committed|donated|disbursed)\s*$`)

// andSubjectTitle names the giver of the clause the figure's verb belongs
// to, not the sentence's first subject: "UN and partners launched … and
// international donors have provided US$6.2 billion" → "Funding so far
// provided by international donors".
func andSubjectTitle(cur, before string) string {
	i := strings.LastIndex(cur, " by ")
	if i < 0 {
		return ""
	}
	g := andSubjectRE.FindStringSubmatch(before)
	if g == nil || strings.Contains(cur, g[1]) {
		return ""
	}
	return cur[:i] + " by " + g[1]
}

// presentVerbs are verbs a share's group does, turned into their -ing
// form in a title: "Share of people in poverty live in areas" → "Share of
// people in poverty living in areas".
var presentVerbs = map[string]string{"live": "living", "lives": "living", "work": "working", "works": "working", "lack": "lacking",
	"lacks": "lacking", "have": "having", "has": "having", "own": "owning", "owns": "owning", "use": "using", "uses": "using",
	"face": "facing", "faces": "facing", "receive": "receiving", "receives": "receiving", "earn": "earning", "earns": "earning",
	"depend": "depending", "depends": "depending", "rely": "relying", "relies": "relying", "reside": "residing", "resides": "residing",
	"spend": "spending", "spends": "spending", "attend": "attending", "attends": "attending", "report": "reporting", "reports": "reporting"}

// shareVerbTitle turns the verb of a share's group into its -ing form.
func shareVerbTitle(cur string) string {
	rest, ok := strings.CutPrefix(cur, "Share of ")
	if !ok {
		return ""
	}
	f := strings.Fields(rest)
	for i := 1; i < len(f); i++ {
		if ing, ok := presentVerbs[f[i]]; ok && !titleStop[strings.ToLower(f[i-1])] {
			f[i] = ing
			for len(f) > i+1 && (titleStop[strings.ToLower(f[len(f)-1])] || isPrep(f[len(f)-1]) || f[len(f)-1] == "without") {
				f = f[:len(f)-1]
			}
			return "Share of " + strings.Join(f, " ")
		}
	}
	return ""
}

// existentialRE matches "Vacancies there were in the UK".
var existentialRE = lazyRegexp(`^(\S.*?) there (?:were|are|was|is|have been|has been)(?: (.+))?$`)

// existentialTitle drops an existential "there were" from a count's title:
// "Vacancies there were in the UK" → "Vacancies in the UK".
func existentialTitle(cur string) string {
	g := existentialRE.FindStringSubmatch(cur)
	if g == nil {
		return ""
	}
	return strings.TrimSpace(g[1] + " " + g[2])
}

// requirementsTitle names an amount titled only "Requirements" or "Needs"
// by what is required: "Funding requirements".
func requirementsTitle(m Mention, cur string) string {
	if m.Kind != Currency {
		return ""
	}
	switch cur {
	case "Requirements", "Needs", "Requirement":
		return "Funding " + strings.ToLower(cur)
	}
	return ""
}

// counted reports whether m is a bare number or a count of things.
func counted(m Mention) bool { return m.Kind == Number || m.Kind == Count }
