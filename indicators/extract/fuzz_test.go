package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSeeds are the corpus the fuzz targets start from (besides
// testdata/fuzz): the hard sentences and a few malformed inputs.
func fuzzSeeds(f *testing.F) {
	for _, s := range sentences {
		f.Add(s.in)
	}
	for _, s := range []string{"", "$", "1,", "1.", ".5", "1e", "1e999", "99999999999999999999 dollars", "- 1", "¥ ", "between 5 and",
		"3-", "2014-", "1/0", "0/0 percent", "½½", "one and a", "half a", "a", "\xff\xfe 5 %", "5\u00a0000\u00a0000 people",
		"nearly\n\n$5", "1.\n2.\n3.", "•", "• 5", "(1) (2) (3)", "US$", "MUSD 5", "twenty-", "-fold", "x>10", "5 ft 2 in"} {
		f.Add(s)
	}
}

func FuzzExtract(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		ms := Extract(s)
		checkMentions(t, s, ms)
		// The stream gives the same mentions, whatever the chunk size.
		var got []Mention
		var e Extractor
		if err := e.Stream(strings.NewReader(s), func(m Mention) error { got = append(got, m); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(ms) {
			t.Fatalf("Stream found %d mentions, Extract %d", len(got), len(ms))
		}
		for i := range got {
			if got[i] != ms[i] {
				t.Fatalf("Stream mention %d = %v, Extract %v", i, got[i], ms[i])
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	for _, s := range []string{
		"<p>Trade was $279&nbsp;billion in 2014.</p>",
		"<ul><li>nearly 30&nbsp;%</li><li>3&ndash;5 countries</li></ul>",
		"<script>var x = 5;</script><p>5 percent</p>",
		"<table><tr><td>Exports</td><td>$1.2bn</td></tr></table>",
		"<pre>  12   34\n 56 </pre>", "<p", "<<p>>5%", "&#0; &#x10FFFF; 5 million", "<h1>Title</h1><br/>6 tonnes",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, err := HTMLText(strings.NewReader(s))
		if err != nil {
			return
		}
		if !utf8.ValidString(text) && utf8.ValidString(s) {
			t.Fatalf("HTMLText(%q) is not valid UTF-8: %q", s, text)
		}
		checkMentions(t, text, Extract(text))
	})
}
