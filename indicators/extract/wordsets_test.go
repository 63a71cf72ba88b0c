package extract

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"go/types"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestStopSetMembers pins each stop list built by stopSet to the words it
// held when it was written by hand (dedupe14): building the lists from
// the lexicon's word classes changed no list, so no draft.
func TestStopSetMembers(t *testing.T) {
	for _, tc := range []struct {
		name string
		set  map[string]bool
		want string // the members, sorted, as written by hand before
	}{
		{"benchStops", benchStops, "a an and at by established for from in its of on or the their to with within"},
		{"headStops", headStops, "across after always among and are as at before between by does during for from goes had has have in is its less of on or over per perhaps plus since that this through thus to under us was were which who with within"},
		{"fractionStops", fractionStops, "a an are is just of only the was were"},
		{"rateSubjectStops", rateSubjectStops, "a an but by for from in its of on that the their to whereas which while with"},
		{"phraseStops", phraseStops, "a an and at by for from in of on or than the to with"},
		{"titleStop", titleStop, "a about already also an and as at by currently for from her his in it its moreover now of on or our some that the their these they this those to today we which while who with"},
		{"subjectStopWords", subjectStopWords, "he it she that there these they this those we which who"},
		{"countedPhraseStops", countedPhraseStops, "are as at between during is since this was were |"},
		{"npStops", npStops, "and are but is that was were whereas which while"},
		{"wholeStops", wholeStops, "across among and are at by for from in is of on or to was were with"},
		{"auxiliaries", auxiliaries, "are had has have is was were"},
		{"nounBreaks", nounBreaks, "across after among as at before between by during for from in into on onto over per since than that through to under via which who with within"},
		{"relativeWords", relativeWords, "that which who"},
		{"danglingWords", danglingWords, "are be been can could had has have is may was were will without would"},
		{"headPrepositions", headPrepositions, "among at by for from in of on over to under with"},
		{"titleConjunctions", titleConjunctions, "although and but though whereas while whilst"},
		{"titleCaseSmall", titleCaseSmall, "a an and as at by for in of on or the to with"},
		{"benchPrepositions", benchPrepositions, "at by for from in of on to with within"},
		{"linkWords", linkWords, "across among and at for from in of on or per that through to under which who with"},
		{"figureLinks", figureLinks, "against amid amidst among and but including of or out plus versus while with"},
		{"nationalVerbs", nationalVerbs, "accelerated are climbed declined decreased dropped edged falling fell gained grew increased is lost reached reaching remained rising rose slowed was were"},
		{"notModifiers", notModifiers, "a an and by due from in its job large net of small strong the their to with"},
		{"fractionWholeWords", fractionWholeWords, "a all an its of the their total"},
		{"numberOfVerbs", numberOfVerbs, "amounted are came climbed declined decreased doubled dropped exceeded fell grew grows had has have hit hits increased increases is jumped now reached reaches rises rose soared stands stood surged topped totaled totalled totals tripled was were will"},
		{"gapVerbs", gapVerbs, "and at closed from had has have narrowed shrank stood to widened"},
		{"titleJoins", titleJoins, "& - a an and at by for in of on or the to with – —"},
		{"clauseJoins", clauseJoins, "and but whereas while whilst"},
		{"fragmentEnds", fragmentEnds, "about almost and approximately are around be been being but can could did do does due fewer had has have if is just least less may might more most must nearly no nor not or over owing roughly shall should some than there under up was were what when where whereas while whom whose will without would yet"},
		{"nonWordStems", nonWordStems, "and as at but by for from if in into of on or than that the then there these this those to what when where which while who whom whose with"},
		{"danglingVerbs", danglingVerbs, "are drives drove falls fell grew had has is posted recorded reported rises rose saw was were"},
		{"endConjunctions", endConjunctions, "and but or whereas while yet"},
		{"determiners", determiners, "a an its our the their"},
		{"andClauseHedges", andClauseHedges, "a about almost an another around nearly over some the"},
		{"possessives", possessives, "her his its our their your"},
		{"conjunctions", conjunctions, "and but or so while yet"},
		{"demonstratives", demonstratives, "that these this those"},
	} {
		var got []string
		for w, ok := range tc.set {
			if ok {
				got = append(got, w)
			}
		}
		slices.Sort(got)
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%s = %q, want %q", tc.name, g, tc.want)
		}
	}
}

// TestStopSetPanics checks that stopSet refuses an extra word its classes
// already hold and lessWords a word its set does not.
func TestStopSetPanics(t *testing.T) {
	for _, tc := range []struct {
		name string
		f    func()
	}{
		{"extra word of its class", func() { stopSet(classArticles, "the") }},
		{"exception not in the set", func() { lessWords(stopSet(classArticles), "of") }},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s: no panic, want one", tc.name)
				}
			}()
			tc.f()
		}()
	}
	if got := stopSet(classCopulas|classHaveForms, "be"); len(got) != 8 || !got["be"] || !got["had"] || !got["were"] {
		t.Errorf("stopSet(copulas|haveForms, be) = %v, want is are was were have has had be", got)
	}
}

// TestNoHandWrittenClass fails when a map[string]bool literal of the
// package (tests aside) holds every word of one of the lexicon's word
// classes: such a list is to be built with stopSet from the class.
func TestNoHandWrittenClass(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok || types.ExprString(lit.Type) != "map[string]bool" {
				return true
			}
			keys := map[string]bool{}
			for _, e := range lit.Elts {
				kv, ok := e.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				k, ok1 := kv.Key.(*ast.BasicLit)
				v, ok2 := kv.Value.(*ast.Ident)
				if ok1 && ok2 && k.Kind == gotoken.STRING && v.Name == "true" {
					keys[strings.Trim(k.Value, "\"`")] = true
				}
			}
			for _, c := range classWords {
				if !slices.ContainsFunc(c.words, func(w string) bool { return !keys[w] }) {
					t.Errorf("%s: a map literal holds every word of %v: build it with stopSet", fset.Position(lit.Pos()), c.words)
				}
			}
			return true
		})
	}
}
