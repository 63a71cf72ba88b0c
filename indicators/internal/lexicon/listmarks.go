package lexicon

// ListMarks are the marks that start an item of a list in text copied
// from a page: "• The rate was 9.9", "- The rate was 9.9". A quote, and
// the sentence advice gives, starts after one; "-" and "*" only when a
// space follows ("-0.3" is a figure).
var ListMarks = []string{"•", "◦", "▪", "‣", "●", "·", "– ", "— ", "- ", "* "}
