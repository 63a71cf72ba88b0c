package extract

import (
	"fmt"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A stopClass is a set of the lexicon's English word classes, one bit
// each: the stop lists name the classes they take, so a class's words are
// written once, in package lexicon.
type stopClass uint16

// The word classes of package lexicon.
const (
	classArticles         stopClass = 1 << iota // vocab.Articles
	classDemonstratives                         // vocab.Demonstratives
	classPossessives                            // vocab.Possessives
	classPrepositions                           // vocab.Prepositions
	classConjunctions                           // vocab.Conjunctions
	classContrasts                              // vocab.Contrasts
	classRelativePronouns                       // vocab.RelativePronouns
	classPronouns                               // vocab.Pronouns
	classCopulas                                // vocab.Copulas
	classHaveForms                              // vocab.HaveForms
	classModals                                 // vocab.Modals
	classDoForms                                // vocab.DoForms
)

// classWords gives each class bit its words.
var classWords = []struct {
	class stopClass
	words []string
}{
	{classArticles, vocab.Articles}, {classDemonstratives, vocab.Demonstratives}, {classPossessives, vocab.Possessives},
	{classPrepositions, vocab.Prepositions}, {classConjunctions, vocab.Conjunctions}, {classContrasts, vocab.Contrasts},
	{classRelativePronouns, vocab.RelativePronouns}, {classPronouns, vocab.Pronouns}, {classCopulas, vocab.Copulas},
	{classHaveForms, vocab.HaveForms}, {classModals, vocab.Modals}, {classDoForms, vocab.DoForms},
}

// stopSet returns the set of every word of classes and of extra, the
// list's own words. An extra word that one of classes already holds is a
// class written again by hand, and panics.
func stopSet(classes stopClass, extra ...string) map[string]bool {
	m := map[string]bool{}
	for _, c := range classWords {
		if classes&c.class != 0 {
			for _, w := range c.words {
				m[w] = true
			}
		}
	}
	for _, w := range extra {
		if m[w] {
			panic(fmt.Sprintf("stopSet: %q is already a word of its classes", w))
		}
		m[w] = true
	}
	return m
}

// lessWords returns m less words, the words of its classes a list leaves
// out. A word m does not hold panics: the exception is stale.
func lessWords(m map[string]bool, words ...string) map[string]bool {
	for _, w := range words {
		if !m[w] {
			panic(fmt.Sprintf("lessWords: %q is no word of the set", w))
		}
		delete(m, w)
	}
	return m
}
