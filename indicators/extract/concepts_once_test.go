package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestConceptsOnce fails when a word list or reading that lives in one
// place is written again in another file of the package: two copies
// drift. Each row is a piece of source text that only its home file may
// hold.
func TestConceptsOnce(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, home string
	}{
		{`"Unnamed `, "draft.go"},
		{`|Count) under `, "draft.go"},
		{`years? (?:ago`, "draftwhen_comparedyear.go"},
		{`"three": `, "lexicon.go"}, // number words: numberWord reads the lexicon's
		{`func isWordByte`, "gazetteer.go"},
		{`func indexWord`, ""},                            // whole-word search: indexPhrase in cues.go
		{"key findings|", ""},                             // heading words: keyHeadingWords in draftnotclaim_release.go
		{`"month": true, "months": true, "week"`, ""},     // spans of time: lexicon.Durations, read by bareUnitWord
		{`"year": true, "month": true, "week": true`, ""}, // spans of time with a length: durationMonths in draftkinds.go
		{`"day": 3, "week": 4`, ""},                       // the old ranks of durationMonths
		{`"offending": "offence"`, ""},                    // mass nouns' counted nouns: subjectUnits in draftnational.go
		// English word classes: package lexicon's tables, taken through
		// stopSet (wordsets.go); TestNoHandWrittenClass catches any order.
		{`"has": true, "have": true, "had": true`, ""}, // lexicon.HaveForms
		{`"have": true, "has": true, "had": true`, ""},
		{`"is": true, "are": true, "was": true, "were": true`, ""}, // lexicon.Copulas
		{`"were": true, "was": true, "are": true, "is": true`, ""},
		{`"a": true, "an": true, "the": true`, ""},                        // lexicon.Articles
		{`"that": true, "which": true, "who": true`, ""},                  // lexicon.RelativePronouns
		{`"this": true, "that": true, "these": true, "those": true`, ""},  // lexicon.Demonstratives
		{`"our": true, "its": true, "their": true`, ""},                   // lexicon.Possessives
		{`"in": true, "of": true, "for": true`, ""},                       // lexicon.Prepositions
		{`"a", "an", "the"`, ""},                                          // lexicon.Articles as a slice
		{`"of", "in", "on", "at", "for", "to", "by", "with", "from"`, ""}, // lexicon.Prepositions as a slice
		{`(?:released|published)`, ""},                                    // publishing verbs: publishVerbs in draftgovuk.go
		{`published|released|`, "draftgovuk.go"},
		{`January|February|March|April|May|June|July|August|September|October|November|December`, "draftadvance.go"}, // monthAlt
		{`january|february|march|april|may|june|july|august|september|october|november|december`, ""},
		{`as at|as of`, "draftkinds.go"}, // stockAtWords
		{`as\s+at`, ""},
		{`includes?d?`, ""}, // breakdown openers: partOpens in draftwhen.go
		{`|comprised|comprises`, "draftwhen.go"},
		{`"fallen": true`, ""},                                                            // directions of change: the lexicon's, through LookupDirection
		{`increased|decreased|rose|fell|grew|declined|dropped`, "draftrelease_counts.go"}, // movedVerbs
		{`case "for", "of", "and"`, "drafttitlesure.go"},                                  // an acronym's long form: longFormBefore
		{`w == "and" || w == "of"`, ""},
		{`salary|salaries`, "draftpay.go"},      // payNouns
		{`gross|net|disposable`, "draftpay.go"}, // payModifiers
		{"(ones*(127+n)", "scan.go"},            // the word-at-a-time digit test: digitBytes
		{"x^(ones*'\\n')", "scan.go"},           // the word-at-a-time break test: breakHits, breakByteMask
		{`"minus", "negative"`, ""},             // words for the minus sign: lexicon.MinusWords, read by wordBefore
	} {
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || f == tc.home {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(b), tc.text) {
				t.Errorf("%s holds %q, which lives in %s alone", f, tc.text, tc.home)
			}
		}
	}
}

func TestIsFallbackTitle(t *testing.T) {
	for _, tc := range []struct {
		title                 string
		fallback, unnamed, un bool
	}{
		{"Unnamed count", true, true, false},
		{"Count under Key results", true, false, true},
		{"Amount under Prevention", true, false, true},
		{"Share of live births", false, false, false},
		{"Counts under review", false, false, false},
	} {
		if got := isFallbackTitle(tc.title); got != tc.fallback {
			t.Errorf("isFallbackTitle(%q) = %v, want %v", tc.title, got, tc.fallback)
		}
		if got := isUnnamedTitle(tc.title); got != tc.unnamed {
			t.Errorf("isUnnamedTitle(%q) = %v, want %v", tc.title, got, tc.unnamed)
		}
		if got := isUnderTitle(tc.title); got != tc.un {
			t.Errorf("isUnderTitle(%q) = %v, want %v", tc.title, got, tc.un)
		}
	}
}

func TestNumberWord(t *testing.T) {
	for _, tc := range []struct {
		w      string
		hi     int
		want   int
		wantOK bool
	}{
		{"five", 10, 5, true},
		{"Ten", 10, 10, true},
		{"eleven", 10, 0, false},
		{"eleven", 11, 11, true},
		{"thirteen", 13, 13, true},
		{"zero", 10, 0, false},
		{"dozen", 13, 0, false},
		{"hundreds", 100, 0, false},
		{"a", 10, 0, false},
	} {
		if got, ok := numberWord(tc.w, tc.hi); got != tc.want || ok != tc.wantOK {
			t.Errorf("numberWord(%q, %d) = %d, %v, want %d, %v", tc.w, tc.hi, got, ok, tc.want, tc.wantOK)
		}
	}
	if got, want := smallNumberAlt(), "one|two|three|four|five|six|seven|eight|nine|ten"; got != want {
		t.Errorf("smallNumberAlt() = %q, want %q", got, want)
	}
	for _, tc := range []struct {
		phrase string
		want   int
	}{
		{"previous year", 1}, {"5 years ago", 5}, {"seven years earlier", 7}, {"a year before", 1}, {"same quarter the previous year", 1},
	} {
		if got := yearsBack(tc.phrase); got != tc.want {
			t.Errorf("yearsBack(%q) = %d, want %d", tc.phrase, got, tc.want)
		}
	}
}

func TestIndexPhrase(t *testing.T) {
	for _, tc := range []struct {
		s, phrase string
		want      int
	}{
		{"ONS has released today", "ONS", 0},
		{"The DONS said; ONS has released", "ONS", 15},
		{"ONSx", "ONS", -1},
		{"Home Office has today published", "Home Office", 0},
		{"the Home Officer", "Home Office", -1},
		{"Éire", "ire", -1},
	} {
		if got := indexPhrase(tc.s, tc.phrase); got != tc.want {
			t.Errorf("indexPhrase(%q, %q) = %d, want %d", tc.s, tc.phrase, got, tc.want)
		}
	}
}

// TestKeyHeadingWords checks that both readers of a key findings heading
// take every word of the one list, keyHeadingWords.
func TestKeyHeadingWords(t *testing.T) {
	const body = "The number of incidents attended rose to 598,504 in the year ending September 2024."
	for _, h := range []string{"Key findings", "Key results", "Main points", "Key facts", "Summary", "Highlights", "At a glance", "Headlines", "In this release"} {
		if !underKeyFindings([]string{h}) {
			t.Errorf("underKeyFindings(%q) = false, want true", []string{h})
		}
		if !keySection(h, "Fire and rescue incident statistics", body) {
			t.Errorf("keySection(%q, …) = false, want true", h)
		}
	}
	for _, h := range []string{"Key", "Findings of the review"} {
		if underKeyFindings([]string{h}) {
			t.Errorf("underKeyFindings(%q) = true, want false", []string{h})
		}
		if keySection(h, "Fire and rescue incident statistics", body) {
			t.Errorf("keySection(%q, …) = true, want false", h)
		}
	}
}

// TestPhoneLabels checks that the readers of a telephone line's label
// take every label of the one list, phoneLabels.
func TestPhoneLabels(t *testing.T) {
	for _, tc := range []struct {
		line                       string
		boilerplate, meta, phoneOK bool
	}{
		{"Telephone: 0300 123 3535", true, true, true},
		{"Helpline: 0800 123 456", true, true, true},
		{"tel 0300 123 3535", true, false, false},
		{"Mobile phone use among teenagers", false, false, false},
		{"Email: stats@example.org", false, true, false},
	} {
		if got := isBoilerplate(tc.line); got != tc.boilerplate {
			t.Errorf("isBoilerplate(%q) = %v, want %v", tc.line, got, tc.boilerplate)
		}
		if got := isMetadataLine(tc.line); got != tc.meta {
			t.Errorf("isMetadataLine(%q) = %v, want %v", tc.line, got, tc.meta)
		}
		if got := phoneLabelRE.MatchString(tc.line); got != tc.phoneOK {
			t.Errorf("phoneLabelRE.MatchString(%q) = %v, want %v", tc.line, got, tc.phoneOK)
		}
	}
}

// TestPartOpens checks that the three readers of a breakdown's opening
// words take every form of the one list, partOpens.
func TestPartOpens(t *testing.T) {
	for _, tc := range []struct {
		open string
		want bool
	}{
		{"This includes", true},
		{"These include", true},
		{"Those included", true},
		{"The total comprised", true},
		{"It consists of", true},
		{"This increased", false},
		{"Imports include", false},
	} {
		if got := includedRe.MatchString(tc.open); got != tc.want {
			t.Errorf("includedRe.MatchString(%q) = %v, want %v", tc.open, got, tc.want)
		}
		if got := includesOpenRE.MatchString("• " + tc.open + " 5 households"); got != tc.want {
			t.Errorf("includesOpenRE.MatchString(%q) = %v, want %v", "• "+tc.open+" 5 households", got, tc.want)
		}
		if got := includesRE.MatchString("Of those owed a duty. " + tc.open + " "); got != tc.want {
			t.Errorf("includesRE.MatchString(%q) = %v, want %v", "… "+tc.open+" ", got, tc.want)
		}
	}
}

// TestLongFormBefore checks the one reader of an acronym's long form, as
// definedAs, spelledAcronym and acronymsIn take it.
func TestLongFormBefore(t *testing.T) {
	for _, tc := range []struct {
		text, a, want string
	}{
		{"the Annual Population Survey (APS)", "APS", "Annual Population Survey"},
		{"fire and rescue services (FRSs)", "FRSs", "fire and rescue services"},
		{"Department for Work and Pensions (DWP)", "DWP", "Department for Work and Pensions"},
		{"foreign direct investment (FDI)", "FDI", "foreign direct investment"},
		{"the U.S. Department of Agriculture (USDA)", "USDA", "U.S. Department of Agriculture"},
		{"the national health service (NHS)", "NHS", "national health service"},
		{"a survey of firms (APS)", "APS", ""},
		{"Covid rates (COVID)", "Covid", ""},
	} {
		i := strings.Index(tc.text, "("+tc.a+")")
		if got := longFormBefore(tc.text, i, tc.a); got != tc.want {
			t.Errorf("longFormBefore(%q, %q) = %q, want %q", tc.text, tc.a, got, tc.want)
		}
	}
	got := acronymsIn("Trade in services (TiS) and foreign direct investment (FDI) rose.")
	if want := []acronym{{"foreign direct investment", "FDI"}}; !slices.Equal(got, want) {
		t.Errorf("acronymsIn(…) = %v, want %v", got, want)
	}
}
