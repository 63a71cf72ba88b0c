package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The genre's pattern: a sentence (often a bullet) lists moves, each in a
// clause of its own with its own subject, "SUBJECT VERB (by) A (to|at) B";
// the first clause leads with what all of them measure (its head noun, the
// area and the age it is read at), and the later clauses name only what
// differs. Each figure is titled by the subject of its own clause, never
// the clause before or after, with the lead carried over:
//
//	12-month UK coverage for the ‘6-in-1’ vaccine decreased by 0.1% to
//	92.3%, rotavirus increased by 0.2% to 89.6%, …   (immunisation coverage)
//	→ 89.6%: "UK coverage of rotavirus at 12 months"; 0.2%: "Change in …"
//	The number of people in such jobs rose by 44,000 while the number in
//	part-time jobs fell by 4,000.                       (labour market)
//	Male claimants increased by 16,500 to 711,300 and female claimants
//	increased by 12,000 to 506,700.                     (claimant count)

// movingClause is one clause of a list of moves: its own subject, as
// written, and the figure of its change.
type movingClause struct {
	lead    string // an adverbial that opens the clause: "in England"
	subject string // "rotavirus", "12-month UK coverage for the ‘6-in-1’ vaccine"
	change  Mention
}

// clauseJoins open a clause of a list after its comma: "and rotavirus …",
// "while the number in part-time jobs …".
var clauseJoins = stopSet(classContrasts, "and", "whilst")

// movingClauses returns the clauses of m's sentence that report a move
// ("SUBJECT decreased by A to B"), in order.
func (d *docDraft) movingClauses(m Mention) []movingClause {
	text := d.src.Text
	from := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	var out []movingClause
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < from || !d.isClaimFigure(o) {
			continue
		}
		before := text[from:o.Span.Start]
		low := strings.ToLower(before)
		if loc := reachedVerbBefore.FindStringIndex(low); loc != nil && len(low) == len(before) {
			lead, subj := ownSubject(before[:loc[0]])
			if subj != "" {
				out = append(out, movingClause{lead: lead, subject: subj, change: o})
			}
		}
		from = o.Span.End
	}
	return out
}

// ownSubject returns the lead and the subject of a clause from the words
// between the figure before it (or the sentence's start) and its verb:
// ", but all other antigens decreased; measles … (MMR1)" gives "measles …
// (MMR1)"; "in England, ‘6-in-1’ coverage" gives "in England" and
// "‘6-in-1’ coverage".
func ownSubject(s string) (lead, subject string) {
	if i := strings.LastIndexByte(s, ';'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.Trim(s, " ,\n\t")
	if f := strings.Fields(s); len(f) > 0 && clauseJoins[strings.ToLower(f[0])] {
		s = strings.TrimSpace(s[len(f[0]):])
	}
	if low := strings.ToLower(s); strings.HasPrefix(low, "in ") || strings.HasPrefix(low, "at ") {
		if i := strings.Index(s, ", "); i > 0 && !strings.Contains(s[:i], "(") {
			lead, s = s[:i], s[i+2:]
		}
	}
	named := strings.HasSuffix(s, ")") && shortFormRE.MatchString(s) // "measles, mumps and rubella … (MMR1)"
	if strings.ContainsAny(s, ",:") && !named {
		return "", "" // a list or a clause the subject cannot be read from
	}
	return lead, strings.TrimSpace(s)
}

// movingFigure reports, cheaply, whether m may be a figure of a list of
// moves: right after a verb of move ("decreased by") or right after "to"
// or "at" (the level it reaches).
func (d *docDraft) movingFigure(m Mention) bool {
	text := d.src.Text
	from := max(m.Sentence.Start, m.Span.Start-40)
	before := strings.ToLower(text[from:m.Span.Start])
	tail := strings.TrimRight(before, " ")
	if strings.HasSuffix(tail, " to") || strings.HasSuffix(tail, " at") {
		return true
	}
	return reachedVerbBefore.MatchString(before)
}

// ageModifierRE matches an age written as a modifier: "12-month",
// "24-month", "5-year".
var ageModifierRE = regexp.MustCompile(`\b(\d{1,2})-(month|year|week)\b\s*`)

// shortFormRE matches a long name with its short form in parentheses:
// "combined dose of the haemophilus … vaccines (Hib/MenC)", "… (MMR1)".
// Group 1 is the short form, group 2 what follows it.
var shortFormRE = regexp.MustCompile(`^[^()]*\(([A-Za-z][A-Za-z0-9/-]*)\)(.*)$`)

// doseOrdinals name a numbered dose: "dose 1" is the first dose.
var doseOrdinals = map[string]string{"1": "first", "2": "second", "3": "third", "4": "fourth"}

// doseNumberRE matches "dose N" at the end of a name.
var doseNumberRE = regexp.MustCompile(`\s*\bdose (\d)$`)

// cleanName returns a clause's subject as a name for a title: the short
// form a parenthesis gives for the long name ("MMR1" for "measles, mumps
// and rubella first dose vaccination (MMR1)"), a numbered
// dose as an ordinal, without the area and the age the lead carries.
func cleanName(s string) string {
	if g := shortFormRE.FindStringSubmatch(s); g != nil {
		s = g[1] + g[2]
	} else {
		s = unbracket(s)
	}
	if g := doseNumberRE.FindStringSubmatch(s); g != nil && doseOrdinals[g[1]] != "" {
		s = "the " + doseOrdinals[g[1]] + " " + strings.TrimSpace(s[:len(s)-len(g[0])]) + " dose"
	}
	s = ageModifierRE.ReplaceAllString(s, "")
	if ps := placesIn(s, 0); len(ps) > 0 {
		for i := len(ps) - 1; i >= 0; i-- {
			s = s[:ps[i].start] + s[ps[i].end:]
		}
	}
	s = strings.Join(strings.Fields(s), " ")
	return s
}

// listLead returns what the first clause of a list leads with: the area
// ("UK", "England"), the age ("at 12 months") and the head noun of its
// subject ("coverage").
func listLead(first movingClause) (area, age, head string) {
	for _, s := range []string{first.lead, first.subject} {
		if ps := placesIn(s, 0); len(ps) > 0 && area == "" {
			area = s[ps[0].start:ps[0].end]
		}
	}
	if g := ageModifierRE.FindStringSubmatch(first.subject); g != nil {
		age = "at " + g[1] + " " + g[2] + "s"
	}
	head = headOfSubject(cleanName(first.subject))
	return area, age, strings.Trim(head, "‘’'\"")
}

// clauseListTitle titles a change of a list of moves, and the level it
// reaches, by the subject of its own clause with the list's lead: "UK
// coverage of rotavirus at 12 months", "Increase in UK coverage of
// rotavirus at 12 months" (a change's title says it is a change, and which
// way, as the drafter's other change titles do).
func (d *docDraft) clauseListTitle(cl *claim, m Mention) {
	if !d.movingFigure(m) {
		return // neither a move's change nor the level it reaches
	}
	cs := d.movingClauses(m)
	if len(cs) < 2 {
		return
	}
	text := d.src.Text
	k, isChange := -1, false
	for i, c := range cs {
		if c.change.Span == m.Span {
			k, isChange = i, true
			break
		}
		if c.change.Span.End <= m.Span.Start && reachedBetween.MatchString(strings.ToLower(text[c.change.Span.End:m.Span.Start])) {
			k = i
		}
	}
	if k < 0 {
		return
	}
	area, age, head := listLead(cs[0])
	name := lowerFirst(cleanName(cs[k].subject))
	if slices.Contains(populationRateNouns, head) {
		name = numberedDose(name)
	}
	if name == "" || head == "" {
		return
	}
	t := listTitle(name, area, age, head)
	if n, ok := strings.CutSuffix(name, " "+head); ok && !strings.Contains(n, " of ") {
		// "PCV1 coverage" is the coverage of PCV1, as the list's others
		// are, unless the name is a modifier alone ("‘6-in-1’ coverage").
		if ct := listTitle(n, area, age, head); titleFault(ct) == "" {
			t = ct
		}
	}
	why := "the subject of the figure's own clause in a list of moves, with the area, age and noun the list leads with"
	if isChange {
		t = changeWordTitle(m.Quantity.Direction) + " in " + t
	} else {
		t = upperFirst(t)
	}
	setCheckedTitle(cl, t, why)
}

// changeWordTitle returns the noun that opens the title of a change that
// moves in direction dir: "Increase", "Decrease" or "Change".
func changeWordTitle(dir indicators.Direction) string {
	switch dir {
	case indicators.Up:
		return "Increase"
	case indicators.Down:
		return "Decrease"
	}
	return "Change"
}

// numberedDoseRE matches a vaccine's short form with its dose number:
// "MMR1", "MenB2", "PCV1".
var numberedDoseRE = regexp.MustCompile(`\b([A-Z][A-Za-z/]*[A-Za-z])([1-4])\b`)

// numberedDose returns a name of a coverage or uptake figure with a
// numbered dose read as the dose: "MMR1" is the first MMR dose, "PCV1
// coverage" the coverage of the first PCV dose (the releases' own long
// forms: "measles, mumps and rubella first dose (MMR1)").
func numberedDose(name string) string {
	g := numberedDoseRE.FindStringSubmatchIndex(name)
	if g == nil {
		return name
	}
	dose := "the " + doseOrdinals[name[g[4]:g[5]]] + " " + name[g[2]:g[3]] + " dose"
	rest := strings.TrimSpace(name[:g[0]] + name[g[1]:])
	if rest == "" {
		return dose
	}
	return strings.Join(strings.Fields(name[:g[0]]+dose+name[g[1]:]), " ")
}

// listTitle returns the title of a figure of a list of moves named name,
// of the list's head noun, area and age: "UK coverage of rotavirus at 12
// months", "England ‘6-in-1’ coverage".
func listTitle(name, area, age, head string) string {
	t := name
	if !hasPhrase(strings.ToLower(name), head) {
		t = head + " of " + name
	}
	if area != "" {
		t = area + " " + t
	}
	if age != "" {
		t += " " + age
	}
	return t
}
