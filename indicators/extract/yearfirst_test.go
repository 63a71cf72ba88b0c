package extract

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// yearFirstRun is what a scanner reports of text: its mentions, and the
// exclusion rules that applied, in order.
type yearFirstRun struct {
	Mentions []Mention
	Rules    []string
}

// runYearFirst scans text with or without yearFirst, ranks off and on.
func runYearFirst(text string, noYearFirst bool) [2]yearFirstRun {
	var out [2]yearFirstRun
	for r, ranks := range []bool{false, true} {
		run := &out[r]
		s := scanner{ranks: ranks, noYearFirst: noYearFirst}
		s.onExclude = func(rule string) { run.Rules = append(run.Rules, rule) }
		s.run(text, 0, true, func(m Mention) { run.Mentions = append(run.Mentions, m) })
	}
	return out
}

// yearFirstTexts are the corpus, the Recognizers-Text conformance cases,
// the hard sentences and the years in each context yearFirst reads.
func yearFirstTexts(t *testing.T) []string {
	texts := []string{mixedCorpus(t, 1<<20)}
	for _, f := range conformanceFiles {
		b, err := os.ReadFile(filepath.Join(specsDir(), filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var hard []string
	for _, c := range hardCases {
		hard = append(hard, c.in)
	}
	for _, s := range sentences {
		hard = append(hard, s.in)
	}
	texts = append(texts, strings.Join(hard, "\n\n"))
	// Each lead and tail yearFirst takes, and the neighbours it must
	// leave to the phases, around years and non-years.
	var b strings.Builder
	leads := append([]string{"", ",", "the", "per", "p =", "March", "March the", "(", "$", "US$", "EUR", "Satellite-1 and", "of", "in mid-", "p-value of", "at", "was",
		"in", "from", "by", "for", "during", "since", "until", "through", "to", "and", "FY", "fiscal", "year", "Final", "around", "a", "over", "between",
		"p", "p is", "p were", "value of", "Section", "No.", "COM(", "Boeing", "rose", "twenty", "hundred", "USD", "Rs", "minus", "about", "Aug.", "the March"}, yearLeadRefusedWords...)
	tails := append([]string{"", ",", ";", ")", ".", ". T", ".T", "-15", "–2016", "-2015-05", "-15/16", "-year", "'s", "’s", ":30", "th", "s", "3/4", "½",
		"(", "(k)", "( k)", "- 15", "– 2016", "— 5 percent", "- the", "-", "- 3/4", "– 15-16",
		"million", "hundred", "lakh", "dozen", "percent", "%", "per cent", "over 3", "in 5", "of March", "out of 5", "March", "am", "p.m.", "CFR 5", "U.S.C. 5", "(k)", "/16", "- 5", "– 5"}, yearTailWords...)
	for _, y := range []string{"2015", "1800", "2150", "1799", "2151", "0215", "20150", "2,015", "2015.5"} {
		for _, l := range leads {
			for _, tl := range tails {
				glue := " "
				if tl != "" && strings.ContainsAny(tl[:1], ",;).-–'’:/½ts%") && tl != "s" && tl != "th" || tl == ".T" {
					glue = ""
				}
				if tl == "th" || tl == "s" || tl == "%" {
					glue = ""
				}
				b.WriteString("In all, " + l + " " + y + glue + tl + " exports rose 5 percent.\n\n")
				b.WriteString(l + " " + y + " " + tl + "\n\n")
			}
		}
	}
	// Every word of the lexicon, and words of none, as the word before a
	// year, in three cases, with a space and glued.
	var keys []string
	for k := range lexicon {
		if k != "" && isLetters(k) {
			keys = append(keys, k, strings.ToUpper(k), strings.ToUpper(k[:1])+k[1:])
		}
	}
	sort.Strings(keys)
	keys = append(keys, "Ambitious", "malaria", "COM", "SWD", "x")
	var w strings.Builder
	for _, k := range keys {
		for _, tl := range []string{"", ")", " to 2016", "-15", " – 16", " (k)", "(k)", " and", " - 5 percent"} {
			w.WriteString("Then " + k + " 2015" + tl + " rose.\n\n" + k + " (2015" + tl + "\n\n")
		}
	}
	return append(texts, b.String(), w.String())
}

// yearFirst ends a try exactly as the phases do: over the corpus, the
// conformance cases, the hard sentences and the years in every context it
// reads, the mentions and the exclusion rules that apply are the same
// with and without it, ranks off and on.
func TestYearFirst(t *testing.T) {
	for _, text := range yearFirstTexts(t) {
		diffYearFirst(t, text, runYearFirst(text, false), runYearFirst(text, true))
	}
}

// diffYearFirst reports the first mention and the first rule where got,
// with yearFirst, differs from want, without.
func diffYearFirst(t *testing.T, text string, got, want [2]yearFirstRun) {
	t.Helper()
	for r := range got {
		g, w := got[r], want[r]
		for i := range max(len(g.Mentions), len(w.Mentions)) {
			if i >= len(g.Mentions) || i >= len(w.Mentions) || g.Mentions[i] != w.Mentions[i] {
				t.Errorf("ranks %v, text %.200q: mention %d differs with yearFirst (%d mentions, %d without)", r == 1, text, i, len(g.Mentions), len(w.Mentions))
				break
			}
		}
		if diff := cmp.Diff(w.Rules, g.Rules); diff != "" {
			t.Errorf("ranks %v, text %.200q: the rules that applied differ (-without +with):\n%.2000s", r == 1, text, diff)
		}
	}
}

// Where yearFirst ends a try, try without it ends at the same token,
// reports no mention and excludes the year by the year rule; yearFirst
// decides most of the corpus's years.
func TestYearFirstEachTry(t *testing.T) {
	extra := yearFirstTexts(t)
	var decided, years, corpus [2]int // elsewhere and in the corpus
	for k, text := range extra {
		c := min(k, 1)
		eachSentenceOf(t, text, func(s *scanner) { decided[c] += compareYearFirst(t, s, &years[c], &corpus[c]) })
	}
	if decided[0]+decided[1] < 1000 {
		t.Errorf("yearFirst decided %d tries, want at least 1000", decided[0]+decided[1])
	}
	// The corpus's years with no identifier before them.
	if corpus[0]*4 < years[0]*3 {
		t.Errorf("yearFirst decided %d of the %d years the year rule excludes in the corpus, want three in four", corpus[0], years[0])
	}
	t.Logf("yearFirst decided %d of the corpus's %d years", corpus[0], years[0])
}

// eachSentenceOf calls fn with the scanner on each sentence of text,
// tokenized.
func eachSentenceOf(t *testing.T, text string, fn func(s *scanner)) {
	t.Helper()
	s := scanner{text: text}
	for pos := 0; pos < len(text); {
		end, next, _, ok := boundary(text, pos, true, startsLine(text, pos))
		if !ok {
			break
		}
		if s.tokenize(pos, end); len(s.toks) > 0 {
			fn(&s)
		}
		pos = next
	}
}

// compareYearFirst tries every token of the sentence in s where yearFirst
// decides, with identifiers ending before it and not, and compares with
// the phases; it returns how many it compared. It adds to years the tokens
// the phases end by the year rule alone (ranks off, no identifier before)
// and to decided those of them yearFirst decides.
func compareYearFirst(t *testing.T, s *scanner, years, decided *int) int {
	n := 0
	for _, ranks := range []bool{false, true} {
		s.ranks = ranks
		for i := range s.toks {
			for _, identEnd := range []int{-10, i - 2, i} {
				var fastRules, slowRules []string
				emitted := 0
				s.emit = func(Mention) { emitted++ }
				s.onExclude = func(r string) { fastRules = append(fastRules, r) }
				s.ident = true
				fe, fok := s.yearFirst(i, identEnd)
				fastIdent := s.ident
				s.onExclude = func(r string) { slowRules = append(slowRules, r) }
				s.noYearFirst = true
				end, ident, ok := s.try(i, identEnd)
				s.noYearFirst = false
				if identEnd == -10 && !ranks && len(slowRules) == 1 && slowRules[0] == "year" && !ok {
					*years++
					if fok {
						*decided++
					}
				}
				if !fok {
					continue
				}
				n++
				if fe != end || ident || ok || fastIdent || emitted != 0 || !cmp.Equal(fastRules, slowRules) {
					t.Errorf("in %q, token %d %q: yearFirst = %d, rules %q; try = %d, %v, %v with %d mentions, rules %q",
						s.text[s.toks[0].start:s.toks[len(s.toks)-1].end], i, s.tt(i), fe, fastRules, end, ident, ok, emitted, slowRules)
				}
			}
		}
	}
	s.emit, s.onExclude = nil, nil
	return n
}

// FuzzYearFirst checks on any text that yearFirst changes nothing the
// scanner reports.
func FuzzYearFirst(f *testing.F) {
	fuzzSeeds(f)
	for _, s := range []string{"in 2015, 5 percent", "from 2014-15 to 2016", "by 2030.", "March 2015 and 2016 to 5", "2015 3/4 of", "per 2000 people"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		diffYearFirst(t, text, runYearFirst(text, false), runYearFirst(text, true))
	})
}
