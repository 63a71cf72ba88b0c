package extract

import (
	"strings"
)

// photoCredits are what a photo's caption closes with in parentheses
// ("(AP Images)", "(Reuters)", "(file photo)"), lower case.
var photoCredits = map[string]bool{"ap": true, "ap images": true, "ap photo": true, "ap photos": true, "reuters": true, "afp": true,
	"getty images": true, "afp/getty images": true, "file photo": true, "photo": true, "epa": true, "courtesy photo": true}

// isPhotoCaption reports whether a line is a photo's caption: it opens
// with "Photo:" or "Photo credit:", or it ends with a credit in
// parentheses ("Two students walking together on a college campus (AP
// Images)", "… (file photo)", "(Photo: AP)", "(State Department photo)").
// A caption is neither a claim nor a heading.
func isPhotoCaption(line string) bool {
	t := strings.TrimSpace(line)
	l := strings.ToLower(t)
	for _, p := range []string{"photo:", "photo credit:", "photograph:", "photos:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	l = strings.TrimRight(l, " .")
	if !strings.HasSuffix(l, ")") {
		return false
	}
	i := strings.LastIndexByte(l, '(')
	if i < 0 {
		return false
	}
	credit := strings.TrimSpace(l[i+1 : len(l)-1])
	if photoCredits[credit] || strings.HasPrefix(credit, "photo:") || strings.HasPrefix(credit, "photo by ") || strings.HasPrefix(credit, "photo courtesy") {
		return true
	}
	// "(State Department photo)", "(USAID photo)", "(© Reuters)"
	f := strings.Fields(credit)
	return len(f) > 0 && len(f) <= 4 && (f[len(f)-1] == "photo" || f[len(f)-1] == "images")
}

// copyrightWhy returns why the figure m is a page's running footer, not a
// claim, or "": its line holds a copyright notice ("2 Copyright © 2013,
// … All rights reserved."), whose numbers are a page number and the
// notice's year, in a release of any kind.
func copyrightWhy(text string, m Mention) string {
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	l := strings.ToLower(text[ls:lineEnd(text, m.Span.Start)])
	if strings.Contains(l, "©") || strings.Contains(l, "copyright") && strings.Contains(l, "rights reserved") {
		return "a copyright notice, the page's footer: not a claim"
	}
	return ""
}

// photoCues, in a sentence, say that it describes the photo beside the
// text ("The two students shown here …"), not the document's subject.
var photoCues = []string{"shown here", "pictured", "(above)", "(below)", "(left)", "(right)", "in the photo", "in this photo", "seen here", "shown above", "shown below"}

// photoWhy returns why the figure m is about a photo, not a claim of the
// document, or "": its line is a photo's caption, or its sentence
// describes the photo.
func photoWhy(text string, m Mention) string {
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	if isPhotoCaption(text[ls:lineEnd(text, m.Span.Start)]) {
		return "a photo's caption, not a claim"
	}
	sent := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Sentence.End]))
	for _, c := range photoCues {
		if strings.HasPrefix(c, "(") && strings.Contains(sent, c) || hasPhrase(sent, c) {
			return "describes the photo, \"" + c + "\": not a claim"
		}
	}
	return ""
}
