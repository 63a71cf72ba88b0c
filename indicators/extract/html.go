package extract

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// HTMLText returns the readable text of an HTML document, as a browser's
// reader view would show it: headings, paragraphs, list items and table
// rows each on their own paragraph (separated by a blank line) with a tab
// between cells, runs of
// white space collapsed, scripts, styles and other non-content elements
// left out, and entities decoded. Spans that Extract returns for this text
// index the text, not the HTML.
//
// The document is decoded to UTF-8 as a browser decodes it: by its
// byte-order mark (UTF-8, UTF-16), else by the charset its first 1024 bytes
// declare (<meta charset>, <meta http-equiv="Content-Type">), else as UTF-8
// if all of it is UTF-8, else as windows-1252. Bytes the charset cannot
// decode become U+FFFD, so the text is always valid UTF-8. HTMLText reads
// all of r.
func HTMLText(r io.Reader) (string, error) {
	doc, err := io.ReadAll(r)
	if err != nil {
		return "", err
	}
	enc, bom := htmlEncoding(doc)
	z := html.NewTokenizer(transform.NewReader(bytes.NewReader(doc[bom:]), enc.NewDecoder()))
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
				return strings.ToValidUTF8(b.String(), "\uFFFD"), nil
			}
			return strings.ToValidUTF8(b.String(), "\uFFFD"), z.Err()
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

// htmlEncoding returns the encoding of the HTML document doc and the
// length of its byte-order mark: the encoding its byte-order mark or its
// first 1024 bytes declare, else UTF-8 if all of doc is UTF-8, else
// windows-1252.
func htmlEncoding(doc []byte) (encoding.Encoding, int) {
	e, name, certain := charset.DetermineEncoding(doc, "")
	if certain { // a byte-order mark
		for _, bom := range []string{"\xef\xbb\xbf", "\xff\xfe", "\xfe\xff"} {
			if bytes.HasPrefix(doc, []byte(bom)) {
				return e, len(bom)
			}
		}
	}
	// DetermineEncoding looks at 1024 bytes only and does not say whether
	// a charset was declared or guessed. Ask it about the ASCII of the
	// start followed by a byte that is not UTF-8 (it guesses windows-1252)
	// and by a letter in UTF-8 (it guesses UTF-8): if both answers agree,
	// they are what the document declares.
	ascii := bytes.Clone(doc[:min(len(doc), 1000)])
	for i, c := range ascii {
		if c >= utf8.RuneSelf {
			ascii[i] = '?'
		}
	}
	// (The "." keeps the last character from being dropped as cut.)
	_, n1, _ := charset.DetermineEncoding(append(ascii, "\xff."...), "")
	_, n2, _ := charset.DetermineEncoding(append(ascii, "\u00e9."...), "")
	if n1 != n2 {
		// Nothing declared: the whole document decides.
		if utf8.Valid(doc) {
			return unicode.UTF8, 0
		}
		return charmap.Windows1252, 0
	}
	if name == "utf-8" || e == encoding.Nop {
		return unicode.UTF8, 0 // replaces what is not UTF-8 with U+FFFD
	}
	return e, 0
}
