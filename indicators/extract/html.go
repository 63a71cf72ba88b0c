package extract

import (
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLText returns the readable text of an HTML document, as a browser's
// reader view would show it: headings, paragraphs, list items and table
// rows each on their own paragraph (separated by a blank line) with a tab
// between cells, runs of
// white space collapsed, scripts, styles and other non-content elements
// left out, and entities decoded. Spans that Extract returns for this text
// index the text, not the HTML.
func HTMLText(r io.Reader) (string, error) {
	z := html.NewTokenizer(r)
	var b strings.Builder
	skip := 0 // depth inside elements whose text is not content
	pre := 0  // depth inside <pre>
	space := false
	pending := "" // a break to write before the next text
	brk := func(s string) {
		if b.Len() == 0 {
			return
		}
		if len(s) > len(pending) {
			pending = s
		}
	}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF {
				return b.String(), nil
			}
			return b.String(), z.Err()
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Svg, atom.Iframe, atom.Object, atom.Select:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
				continue
			case atom.Pre:
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
				brk("\n\n")
			case atom.Br:
				brk("\n")
			case atom.Li, atom.Dt, atom.Dd:
				brk("\n\n")
				if tt == html.StartTagToken && a == atom.Li {
					pending = "\n\n• "
					if b.Len() == 0 {
						pending = "• "
					}
				}
			case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Tr, atom.Table,
				atom.Ul, atom.Ol, atom.Dl, atom.Section, atom.Article, atom.Header, atom.Footer, atom.Nav,
				atom.Aside, atom.Blockquote, atom.Figure, atom.Figcaption, atom.Caption, atom.Hr, atom.Main,
				atom.Address, atom.Form, atom.Fieldset, atom.Title, atom.Body, atom.Html:
				brk("\n\n")
			case atom.Td, atom.Th:
				if tt == html.StartTagToken {
					brk("\t") // a tab between cells keeps them apart
				}
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			t := string(z.Text())
			if pre > 0 {
				if pending != "" && b.Len() > 0 {
					b.WriteString(pending)
				}
				pending = ""
				b.WriteString(t)
				space = strings.HasSuffix(t, " ") || strings.HasSuffix(t, "\n")
				continue
			}
			for _, f := range splitSpace(t) {
				if f == "" {
					space = b.Len() > 0
					continue
				}
				if pending != "" {
					if b.Len() > 0 || strings.HasPrefix(pending, "•") {
						b.WriteString(pending)
					}
					pending = ""
					space = false
				} else if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteString(f)
			}
		}
	}
}

// splitSpace splits s into words and "" markers where white space was,
// keeping non-breaking spaces inside words (they are part of "30 %").
func splitSpace(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			out = append(out, "")
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// LooksLikeHTML reports whether b, the start of a document, is HTML rather
// than plain text.
func LooksLikeHTML(b []byte) bool {
	s := strings.TrimLeft(string(b[:min(len(b), 512)]), " \t\r\n\ufeff")
	l := strings.ToLower(s[:min(len(s), 64)])
	return strings.HasPrefix(l, "<!doctype html") || strings.HasPrefix(l, "<html") || strings.HasPrefix(l, "<!--") && strings.Contains(strings.ToLower(s), "<html")
}
