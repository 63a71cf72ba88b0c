package indicators

// SameSentence reports whether the spans a and b of text lie in one
// sentence or line, as the readers of a quote's sentence find it
// (sentenceAround): the figures a document states together, such as a
// figure and the one it is compared with ("the first quarter spend
// ($205.1 million) has been up on the previous year's first quarter
// ($199.9 million)"). Spans outside text are in none.
func SameSentence(text string, a, b Span) bool {
	if a.Start < 0 || b.Start < 0 || a.End > len(text) || b.End > len(text) || a.Start > a.End || b.Start > b.End {
		return false
	}
	s, e := sentenceBounds(text, a)
	return b.Start >= s && b.End <= e
}
