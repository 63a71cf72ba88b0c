package wording

import "strings"

// PartNames returns the parts' names, names, shortened by the words the chart says
// already: the whole the key names ("of the gross value of construction
// works": "The gross value of construction works done away from
// construction sites" is "Done away from construction sites",
// s18k-construction), and the leading words every part shares that the
// view's title names ("Further action: child protection investigation"
// under "What further action related to" is "Child protection
// investigation", s18k-children). A name keeps a word at least, never
// starts with a relative word ("Whose needs were met"), and names that
// differed still differ; else the names stay.
func PartNames(names []string, whole, viewTitle string) []string {
	parts := make([]struct{ Name string }, len(names))
	for i, n := range names {
		parts[i].Name = n
	}
	out := func() []string {
		names := make([]string, len(parts))
		for i, p := range parts {
			names[i] = p.Name
		}
		return names
	}
	shorten := func(n int, f func(i int) (string, bool)) {
		cut := make([]string, len(parts))
		seen := map[string]bool{}
		for i := range parts {
			rest, ok := f(i)
			if !ok {
				if n > 0 {
					return // a shared run is cut from every name or none
				}
				rest = parts[i].Name
			}
			first, _, _ := strings.Cut(strings.TrimSpace(rest), " ")
			if strings.TrimSpace(rest) == "" || relativeWords[strings.ToLower(first)] || seen[strings.ToLower(rest)] {
				return
			}
			seen[strings.ToLower(rest)] = true
			cut[i] = upperFirst(strings.TrimSpace(rest))
		}
		for i := range parts {
			parts[i].Name = cut[i]
		}
	}
	if w := strings.TrimPrefix(whole, "of "); w != whole && w != "" {
		shorten(0, func(i int) (string, bool) {
			name := parts[i].Name
			if len(name) > len(w) && strings.EqualFold(name[:len(w)], w) && name[len(w)] == ' ' {
				return name[len(w)+1:], true
			}
			return "", false
		})
	}
	if len(parts) < 2 {
		return out()
	}
	shared := strings.Fields(parts[0].Name)
	for _, p := range parts[1:] {
		f := strings.Fields(p.Name)
		n := 0
		for n < len(shared) && n < len(f) && strings.EqualFold(shared[n], f[n]) {
			n++
		}
		shared = shared[:n]
	}
	low := strings.ToLower(viewTitle)
	named := strings.Contains(low, strings.ToLower(strings.Trim(strings.Join(shared, " "), ":,;")))
	for _, w := range shared {
		w = strings.ToLower(strings.Trim(w, wordPunct))
		named = named || w != "" && !leading[w] && !objectWords[w] && hasWords(low, w)
	}
	if len(shared) == 0 || !named {
		return trimmedAll(out())
	}
	// The whole run every part shares goes, and the joining words and
	// article that led what is left: "Students at NI HEIs domiciled in
	// Northern Ireland" and "… outside the EU" under "Where students at
	// NI HEIs come from" are "Northern Ireland" and "Outside the EU",
	// never "NI HEIs domiciled in Northern Ireland," (s19m-students).
	shorten(len(shared), func(i int) (string, bool) {
		return strings.Join(groupWords(strings.Fields(parts[i].Name)[len(shared):]), " "), true
	})
	return trimmedAll(out())
}

// trimmedAll returns names each Trimmed, or names as they are where two
// would then read alike.
func trimmedAll(names []string) []string {
	out := make([]string, len(names))
	seen := map[string]bool{}
	for i, n := range names {
		out[i] = Trimmed(n)
		if out[i] == "" || seen[strings.ToLower(out[i])] {
			return names
		}
		seen[strings.ToLower(out[i])] = true
	}
	return out
}

// PartName returns a part's name from its bar label: "Coal's share" is
// "Coal", "Share of threats" "Threats", "Domestic flights' share of
// passengers" "Domestic flights", "CVLs as a share of all insolvencies"
// "CVLs"; a label of no share words stays.
func PartName(label string) string {
	name := label
	if n, _, ok := strings.Cut(name, " as a share of "); ok && n != "" {
		return n // a derived share's title: "CVLs as a share of all insolvencies"
	}
	if i := strings.Index(name, " share of "); i > 0 {
		name = name[:i+len(" share")] // the whole is the chart's: "Domestic flights' share of passengers"
	}
	// Brackets between the possessive and "share" are the part's own:
	// "Minor roads' (B, C and unclassified) share" is "Minor roads (B, C
	// and unclassified)", never "Minor roads' (…)" (s30a-roads).
	paren := ""
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ") share") {
		name, paren = name[:i]+" share", name[i:len(name)-len(" share")]
	}
	for _, tail := range []string{"'s share", "’s share", "s' share", "s’ share", " share"} {
		if n, ok := strings.CutSuffix(name, tail); ok && n != "" {
			name = n
			if tail[0] == 's' {
				name += "s"
			}
			break
		}
	}
	name += paren
	if n, ok := strings.CutPrefix(name, "Share of "); ok && n != "" {
		name = upperFirst(n)
	}
	return Trimmed(name) // "…, share" leaves no comma
}

// WholeOf returns what a share titled title, of the denominator denom,
// is a part of, as the words after the
// figure say it, and the title to write under them, if any: "of world
// GDP" from the indicator's denominator; else the "of …" words of its
// title after "share of" and its kin ("Nigeria's share of malaria cases
// worldwide": "of malaria cases worldwide"; not any "of": "the power mix
// of Japan" is no whole of which the share is part), the title's words
// before them under them ("Nigeria's share"); else, and for a title that starts "Share of" (whose words may
// name the part too: "Share of all casualties aged 16–22"), no words,
// and the title alone says what the share is of.
func WholeOf(title, denom string) (whole, partTitle string) {
	if denom != "" {
		return "of " + denom, title
	}
	t := strings.TrimSpace(title)
	if t == "" {
		return "of the whole", "" // a catalog built in Go may leave the title out
	}
	lower := strings.ToLower(t)
	for _, lead := range shareLeads {
		if i := strings.Index(lower, lead); i >= 0 && (i == 0 || lower[i-1] == ' ') {
			if i == 0 {
				// "Share of all casualties aged 16–22" (s14-roads) is 13
				// percent of all casualties, not of those aged 16–22:
				// what follows a leading "share of" may say what the
				// part is as well as the whole, so the title, as
				// written, says both.
				return "", t
			}
			// Under the whole, the title's words before it, which name
			// the part: "Renewables' share", never the title again
			// ("of electricity generation" over "Renewables' share of
			// electricity generation", s14d-energy); "as a share" goes
			// with the whole ("Casualties aged 16–22").
			part := strings.TrimSpace(t[:i+len(lead)-len("of ")])
			for _, as := range []string{" as a share", " as a proportion", " as a percentage", " as a part", " as a fraction"} {
				if strings.HasSuffix(strings.ToLower(part), as) {
					part = part[:len(part)-len(as)]
				}
			}
			return t[i+len(lead)-len("of "):], part
		}
	}
	return "", t
}

// shareLeads are the words a title of a share starts its whole with
// ("Share of journeys …"), in lower case.
var shareLeads = []string{"share of ", "proportion of ", "percentage of ", "part of ", "fraction of "}
