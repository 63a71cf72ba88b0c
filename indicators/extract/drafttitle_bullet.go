package extract

import "strings"

// A list mark is layout, not a word (drafts68): a bullet that opens a
// line ("  • The number of UK business births increased by 1.2%") never
// reaches a title, so the change is "Increase in UK business births",
// not "Increase in • The number of UK business births".

// listMarks are the characters that mark an item of a list; a word made
// of them alone is a list mark.
const listMarks = "•◦▪·*–-"

// isListMark reports whether the word w is a list mark alone: "•", "–".
func isListMark(w string) bool {
	return w != "" && strings.Trim(w, listMarks) == ""
}
