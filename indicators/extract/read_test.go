package extract

import (
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/claimbook/claimbook/indicators"
)

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		head string
		want Form
		err  string
	}{
		{"Trade was $5 billion.", UTF8Text, ""},
		{"\ufeffTrade was $5 billion.", UTF8Text, ""},
		{"\xff\xfeT\x00r\x00", UTF16LEText, ""},
		{"\xfe\xff\x00T\x00r", UTF16BEText, ""},
		{"  <!DOCTYPE html><p>5%</p>", HTML, ""},
		{"\ufeff<html><p>5%</p>", HTML, ""},
		{"PK\x03\x04\x00\x00", UTF8Text, "binary file (NUL byte at offset 4): give a plain-text or HTML document"},
		{"T\x00r\x00a\x00", UTF8Text, "binary file (NUL byte at offset 1): give a plain-text or HTML document"},
		{strings.Repeat("a", SniffLen) + "\x00", UTF8Text, ""}, // past the first block
	} {
		got, err := Sniff([]byte(tc.head))
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if got != tc.want || gotErr != tc.err {
			t.Errorf("Sniff(%.40q) = %v, %q, want %v, %q", tc.head, got, gotErr, tc.want, tc.err)
		}
	}
}

func TestNewTextReader(t *testing.T) {
	long := strings.Repeat("é", 40<<10) // 80 KiB: characters cut by the 64 KiB buffer
	for _, tc := range []struct {
		name string
		in   string
		form Form
		want string
		off  int64 // of the invalid byte, or -1
	}{
		{"ascii", "Trade was $5 billion.", UTF8Text, "Trade was $5 billion.", -1},
		{"BOM kept", "\ufeff€5", UTF8Text, "\ufeff€5", -1},
		{"long", long, UTF8Text, long, -1},
		{"bad byte", "ab\x80cd", UTF8Text, "ab", 2},
		{"bad byte after the buffer", long + "\xff", UTF8Text, long, int64(len(long))},
		{"surrogate", "a\xed\xa0\x80", UTF8Text, "a", 1},
		{"cut at the end", "ab€"[:4], UTF8Text, "ab", 2},
		{"UTF-16LE", "\xff\xfeT\x00\xac\x20", UTF16LEText, "T€", -1},
		{"UTF-16BE", "\xfe\xff\x00T\x20\xac", UTF16BEText, "T€", -1},
	} {
		for _, one := range []bool{false, true} {
			var r io.Reader = strings.NewReader(tc.in)
			if one {
				r = iotest.OneByteReader(r)
			}
			got, err := io.ReadAll(NewTextReader(r, tc.form))
			var ue *InvalidUTF8Error
			off := int64(-1)
			if errors.As(err, &ue) {
				off = ue.Offset
			} else if err != nil {
				t.Errorf("%s: NewTextReader(%.20q): %v", tc.name, tc.in, err)
			}
			if string(got) != tc.want || off != tc.off {
				t.Errorf("%s (one byte at a time: %v): NewTextReader(%.20q) gives %.20q (%d bytes), invalid at %d, want %.20q (%d bytes), invalid at %d",
					tc.name, one, tc.in, got, len(got), off, tc.want, len(tc.want), tc.off)
			}
			if got := CheckUTF8(strings.NewReader(tc.in)); tc.form == UTF8Text && (got == nil) != (tc.off < 0) {
				t.Errorf("%s: CheckUTF8(%.20q) = %v, want an error: %v", tc.name, tc.in, got, tc.off >= 0)
			}
		}
	}
}

// TestStreamRunes checks that StreamRunes gives the mentions Extract gives,
// with their byte spans, and the same spans in code points, over a text of several chunks with non-ASCII
// letters, read in uneven pieces.
func TestStreamRunes(t *testing.T) {
	text := strings.Repeat("Die EU zahlt nearly €350 billion; Japan’s share fell 26 to 28 percent in 2025 — “about 3 times” more. ", 3000)
	want := Extract(text)
	x := indicators.NewRunes(text)
	rs := func(s indicators.Span) indicators.RuneSpan {
		if s == (indicators.Span{}) {
			return indicators.RuneSpan{}
		}
		return x.Span(s)
	}
	wantRunes := make([]MentionRunes, len(want))
	for i, m := range want {
		wantRunes[i] = MentionRunes{Span: rs(m.Span), Figure: rs(m.Figure), Sentence: rs(m.Sentence), Numbers: [2]indicators.RuneSpan{rs(m.Numbers[0]), rs(m.Numbers[1])}}
	}
	var got []Mention
	var gotRunes []MentionRunes
	var e Extractor
	err := e.StreamRunes(iotest.HalfReader(strings.NewReader(text)), func(m Mention, r MentionRunes) error {
		got, gotRunes = append(got, m), append(gotRunes, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 9000 {
		t.Fatalf("Extract found %d mentions, want at least 9000", len(want))
	}
	if len(got) != len(want) {
		t.Fatalf("StreamRunes found %d mentions, Extract %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("StreamRunes mention %d = %+v, want %+v", i, got[i], want[i])
		}
		if gotRunes[i] != wantRunes[i] {
			t.Fatalf("StreamRunes mention %d runes = %+v, want %+v", i, gotRunes[i], wantRunes[i])
		}
	}
}

// TestStreamReadError checks that a read error stops the stream after the
// mentions of the sentences that ended before it.
func TestStreamReadError(t *testing.T) {
	bad := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader("Trade was $5 billion. Aid was $7 bil"), iotest.ErrReader(bad))
	var got []string
	var e Extractor
	err := e.Stream(r, func(m Mention) error { got = append(got, m.Text); return nil })
	if err != bad || strings.Join(got, "|") != "$5 billion" {
		t.Errorf("Stream(reader failing mid-sentence) = %v, mentions %q, want %v and [$5 billion]", err, got, bad)
	}
}

func TestHTMLTextCharset(t *testing.T) {
	utf8Late := "<p>" + strings.Repeat("Trade. ", 200) + "The EU gave €5 billion.</p>"
	for _, tc := range []struct {
		name, in, want string
	}{
		{"meta charset windows-1252", "<meta charset=\"windows-1252\"><p>The EU gave \x805 billion, the UK\x92s share.</p>", "The EU gave €5 billion, the UK’s share."},
		{"http-equiv", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\x805 caf\xe9</p>", "€5 café"},
		{"Shift_JIS", "<meta charset=\"Shift_JIS\"><p>\x93\xfa\x96{ pledged $3 billion.</p>", "日本 pledged $3 billion."},
		{"UTF-16LE BOM", "\xff\xfe<\x00p\x00>\x00\xac\x205\x00", "€5"},
		{"UTF-8, nothing declared, non-ASCII after 1024 bytes", utf8Late, strings.TrimSuffix(strings.Repeat("Trade. ", 200), " ") + " The EU gave €5 billion."},
		{"not UTF-8, nothing declared", "<p>\x805 billion</p>", "€5 billion"},
		{"declared UTF-8 with a bad byte", "<meta charset=\"utf-8\"><p>\x805 billion</p>", "\ufffd5 billion"},
	} {
		got, err := HTMLText(strings.NewReader(tc.in))
		if err != nil || got != tc.want {
			t.Errorf("%s: HTMLText(%.40q) = %.60q, %v, want %.60q", tc.name, tc.in, got, err, tc.want)
		}
	}
}
