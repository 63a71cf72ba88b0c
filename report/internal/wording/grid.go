package wording

import (
	"slices"
	"strings"
)

// A Grid reads the bars of a view as the same measures across groups: a
// poll's questions asked of the most and the least deprived areas, a rate
// of men and women. Cells[m][g] is the index of the bar of measure m in
// group g; Measures name the measures (a bar's category) and Groups the
// groups (a key entry each), both in the order the view first names them.
type Grid struct {
	Measures []string
	Groups   []string
	Cells    [][]int
}

// GridOf returns the grid bars form, and whether they form one: at least
// two measures, each of them in each of at least two groups, every bar
// in one cell. It decides from the model only, never from labels:
//
//   - bars of a few titles, each title once for each of a few entities
//     (or periods), are the titles across the entities (or periods):
//     the groups are named by Entity (Period);
//   - else titles that read alike but for one run of words, the same runs
//     in every measure ("Adults in England's most deprived areas …",
//     "… least deprived …"), are the measures across those runs: a group
//     is named by its run and the words all its titles share around it
//     ("Adults in England's most deprived areas"), a measure by the rest
//     of its title ("Spending less on food and essentials"); a group whose
//     bars share a period the other groups do not is named with it, as
//     a bar's label is ("Used (2010)", "Used, long-term average
//     (2002–2010)", s25v-animals, where the key said neither).
func GridOf(bars []Named) (Grid, bool) {
	if len(bars) < 4 {
		return Grid{}, false
	}
	if g, ok := keyGrid(bars, func(b Named) string { return b.Entity }); ok {
		return g, true
	}
	if g, ok := keyGrid(bars, func(b Named) string { return b.Period }); ok {
		return g, true
	}
	g, ok := titleGrid(bars)
	if !ok {
		return g, false
	}
	periods := make([]string, len(g.Groups))
	for j := range g.Groups {
		periods[j] = bars[g.Cells[0][j]].Period
		for _, row := range g.Cells {
			if bars[row[j]].Period != periods[j] {
				return g, true
			}
		}
	}
	if len(slices.Compact(slices.Sorted(slices.Values(periods)))) < len(periods) {
		return g, true // two groups of one period: it tells none apart
	}
	for j, p := range periods {
		if p != "" && !strings.Contains(g.Groups[j], p) {
			g.Groups[j] += " (" + p + ")"
		}
	}
	return g, true
}

// Shortened returns g with its groups' and its measures' names without
// the words the view's title says already (Unrepeated): the key of
// "Production in the "Modern" sector" and "… "Traditional" sector" under
// "Production by sector, October 2018" reads ""Modern" sector",
// ""Traditional" sector" (s19m-industry).
func (g Grid) Shortened(viewTitle string) Grid {
	g.Groups = Unrepeated(viewTitle, g.Groups)
	g.Measures = Unrepeated(viewTitle, g.Measures)
	return g
}

// keyGrid returns the grid of bars whose titles are the measures and key
// of them the groups.
func keyGrid(bars []Named, key func(Named) string) (Grid, bool) {
	var titles, groups []string
	cell := map[[2]string]int{}
	for i, b := range bars {
		k := key(b)
		if k == "" {
			return Grid{}, false
		}
		if _, dup := cell[[2]string{b.Title, k}]; dup {
			return Grid{}, false
		}
		cell[[2]string{b.Title, k}] = i
		titles = AppendOnce(titles, b.Title)
		groups = AppendOnce(groups, k)
	}
	if len(titles) < 2 || len(groups) < 2 || len(titles)*len(groups) != len(bars) {
		return Grid{}, false
	}
	g := Grid{Measures: titles, Groups: groups}
	for _, t := range titles {
		row := make([]int, len(groups))
		for j, k := range groups {
			row[j] = cell[[2]string{t, k}]
		}
		g.Cells = append(g.Cells, row)
	}
	return g, true
}

// cut is one way of reading a title as a skeleton and a run of words in
// it: words[:at], the run, words[at+n:].
type cut struct {
	bar, at, n int
}

// titleGrid returns the grid of titles that differ by one run of words.
func titleGrid(bars []Named) (Grid, bool) {
	words := make([][]string, len(bars))
	for i, b := range bars {
		words[i] = strings.Fields(b.Title)
	}
	// Every title cut every way, by skeleton: the words around the run.
	bySkeleton := map[string][]cut{}
	var skeletons []string
	for i, w := range words {
		for at := range w {
			for n := 1; at+n <= len(w) && n < len(w); n++ {
				sk := strings.Join(w[:at], " ") + "\x00" + strings.Join(w[at+n:], " ")
				if _, ok := bySkeleton[sk]; !ok {
					skeletons = append(skeletons, sk)
				}
				bySkeleton[sk] = append(bySkeleton[sk], cut{bar: i, at: at, n: n})
			}
		}
	}
	run := func(c cut) string { return strings.Join(words[c.bar][c.at:c.at+c.n], " ") }
	// The skeletons of a few bars, each of its own run, by their runs.
	byRuns := map[string][]string{}
	var runSets []string
	for _, sk := range skeletons {
		cs := bySkeleton[sk]
		if len(cs) < 2 {
			continue
		}
		var runs []string
		seen := map[int]bool{}
		for _, c := range cs {
			// Two bars of one run would be one group twice: titles
			// alike, told apart by no word (s24t-childcare's
			// "Children registered with childminding services" of
			// 2021 and of December 2022 drew one bar in both cells).
			if seen[c.bar] || slices.Contains(runs, run(c)) {
				runs = nil
				break
			}
			seen[c.bar] = true
			runs = append(runs, run(c))
		}
		if runs == nil {
			continue
		}
		key := strings.Join(runs, "\x01")
		if _, ok := byRuns[key]; !ok {
			runSets = append(runSets, key)
		}
		byRuns[key] = append(byRuns[key], sk)
	}
	// Of the runs whose skeletons hold every bar once, in two or more
	// measures: the fewest groups (colours to tell apart), then the
	// shortest runs.
	best, bestRank := "", [2]int{}
	for _, key := range runSets {
		sks := byRuns[key]
		if len(sks) < 2 {
			continue
		}
		held := map[int]int{}
		for _, sk := range sks {
			for _, c := range bySkeleton[sk] {
				held[c.bar]++
			}
		}
		whole := len(held) == len(bars)
		for _, n := range held {
			whole = whole && n == 1
		}
		rank := [2]int{strings.Count(key, "\x01"), len(key)}
		if whole && (best == "" || rank[0] < bestRank[0] || rank[0] == bestRank[0] && rank[1] < bestRank[1]) {
			best, bestRank = key, rank
		}
	}
	if best == "" {
		return Grid{}, false
	}
	groups := strings.Split(best, "\x01")
	sks := byRuns[best]
	g := Grid{Groups: make([]string, len(groups))}
	// A group is named by its run and the words every title of it shares
	// on either side; a measure by the rest of its title.
	cells := make([][]cut, len(sks))
	for m, sk := range sks {
		cells[m] = make([]cut, len(groups))
		for _, c := range bySkeleton[sk] {
			cells[m][slices.Index(groups, run(c))] = c
		}
	}
	// Within its phrase: a comma ends the words a group takes, so that
	// the measure keeps its whole phrase ("Change on previous month" of
	// "Production in the "Modern" sector, change on previous month",
	// never a key "Production in the "Modern" sector, change on",
	// s19m-industry), and neither keeps the comma.
	left := 0
	for sameAcross(cells, words, func(c cut) int { return c.at - 1 - left }) && !strings.HasSuffix(words[cells[0][0].bar][cells[0][0].at-1-left], ",") {
		left++
	}
	right := 0
	for (right == 0 || !strings.HasSuffix(words[cells[0][0].bar][cells[0][0].at+cells[0][0].n+right-1], ",")) &&
		sameAcross(cells, words, func(c cut) int { return c.at + c.n + right }) {
		right++
	}
	for j := range groups {
		c := cells[0][j]
		g.Groups[j] = Trimmed(strings.Join(groupWords(words[c.bar][c.at-left:c.at+c.n+right]), " "))
	}
	// What a measure loses is a whole phrase: the preposition that led
	// the group's words goes with them, "Joiners (intake)" of "Joiners
	// to the UK Regular Armed Forces (intake)", never "Joiners to
	// (intake)" (s18k-defence), where the measures stay apart without it.
	before := func(c cut) []string { return words[c.bar][:c.at-left] }
	dropLed := true
	seen := map[string]bool{}
	for m := range cells {
		b := before(cells[m][0])
		if len(b) < 2 || !leadingPreposition[strings.ToLower(b[len(b)-1])] {
			dropLed = false
			break
		}
		c := cells[m][0]
		k := strings.ToLower(strings.Join(append(slices.Clone(b[:len(b)-1]), words[c.bar][c.at+c.n+right:]...), " "))
		if seen[k] {
			dropLed = false
			break
		}
		seen[k] = true
	}
	for m := range cells {
		c := cells[m][0]
		w := words[c.bar]
		b := before(c)
		if dropLed {
			b = b[:len(b)-1]
		}
		rest := append(slices.Clone(b), w[c.at+c.n+right:]...)
		if len(rest) == 0 {
			return Grid{}, false
		}
		g.Measures = append(g.Measures, Trimmed(strings.Join(rest, " ")))
		row := make([]int, len(groups))
		for j, c := range cells[m] {
			row[j] = c.bar
		}
		g.Cells = append(g.Cells, row)
	}
	return g, true
}

// Trimmed returns a name cut from a longer title without what the cut
// left dangling at either end: a comma, semicolon or colon, and a word
// that needs what was cut after it or before it (a joining word, "of",
// "on"; an object word, "under"), with a capital first. "Parliamentary
// electoral registrations," is "Parliamentary electoral registrations"
// (s19m-elections), "Production in the "Modern" sector, change on"
// "Production in the "Modern" sector" (a phrase broken off goes back to
// its comma, s19m-industry). A name of such words alone stays as it is,
// trimmed of its punctuation.
func Trimmed(name string) string {
	const punct = ",;: "
	w := strings.Fields(strings.Trim(name, punct))
	if len(w) > 0 {
		w[0] = strings.TrimLeft(w[0], ",;:")
		w[len(w)-1] = strings.TrimRight(w[len(w)-1], ",;:")
	}
	keep := w
	// A word after a coordinator ends its phrase: "50kW of power or
	// above" is never "50kW of power" (s25u-charging).
	if len(keep) > 1 && dangling(keep[len(keep)-1]) && !coordinators[strings.ToLower(keep[len(keep)-2])] {
		// A phrase broken off ("…, change on") goes back to its comma,
		// else the dangling words alone.
		for i := len(keep) - 2; i > 0; i-- {
			if strings.HasSuffix(keep[i], ",") {
				keep = keep[:i+1]
				break
			}
		}
		for len(keep) > 1 && dangling(keep[len(keep)-1]) {
			keep = keep[:len(keep)-1]
		}
	}
	for len(keep) > 0 && strings.TrimRight(keep[len(keep)-1], ",;:") != keep[len(keep)-1] {
		keep[len(keep)-1] = strings.TrimRight(keep[len(keep)-1], ",;:")
	}
	return upperFirst(strings.Join(keep, " "))
}

// groupWords returns the words of a group's name without the preposition
// and the article that led them in the title: a key names a group
// "Males", not "For males" ("Life expectancy at birth for males"), "UK
// Regular Armed Forces", not "The UK Regular Armed Forces" ("Joiners to
// the UK Regular Armed Forces", s18k-defence). An article with a capital
// is a name's own ("The Hague") and stays.
func groupWords(w []string) []string {
	for len(w) > 1 && (leadingPreposition[strings.ToLower(w[0])] || articles[w[0]]) {
		w = w[1:]
	}
	return w
}

// leadingPreposition are the words that tie a group's words to the rest
// of a title, and that its key leaves out.
var leadingPreposition = map[string]bool{
	"for": true, "of": true, "in": true, "among": true, "amongst": true, "at": true,
	"by": true, "from": true, "with": true, "on": true, "to": true,
}

// sameAcross reports whether the word at index at(c) of the title of
// every cut of cells exists and is the same in every measure: the titles
// of one group share it (and those of one measure share their skeleton).
func sameAcross(cells [][]cut, words [][]string, at func(cut) int) bool {
	want := ""
	for m, row := range cells {
		for _, c := range row {
			i := at(c)
			if i < 0 || i >= len(words[c.bar]) {
				return false
			}
		}
		c := row[0]
		if m == 0 {
			want = words[c.bar][at(c)]
		} else if words[c.bar][at(c)] != want {
			return false
		}
	}
	return true
}
