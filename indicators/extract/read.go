package extract

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// SniffLen is how many bytes at the start of a document Sniff looks at.
const SniffLen = 8 << 10

// A Form is how the text of a document is to be read.
type Form uint8

// The forms Sniff tells apart.
const (
	UTF8Text    Form = iota // plain text in UTF-8, with or without a byte-order mark
	UTF16LEText             // plain text in UTF-16, little-endian, with its byte-order mark
	UTF16BEText             // plain text in UTF-16, big-endian, with its byte-order mark
	HTML                    // an HTML document, in the charset it declares (see HTMLText)
)

var formNames = [...]string{"UTF-8 text", "UTF-16LE text", "UTF-16BE text", "HTML"}

// String names the form: "UTF-8 text", "UTF-16LE text", "UTF-16BE text" or
// "HTML".
func (f Form) String() string {
	if int(f) < len(formNames) {
		return formNames[f]
	}
	return fmt.Sprintf("Form(%d)", uint8(f))
}

// A BinaryError says a document is not text: its first block holds a NUL
// byte, which no text in UTF-8 or an 8-bit charset has.
type BinaryError struct {
	Offset int64 // the offset of the first NUL byte
}

func (e *BinaryError) Error() string {
	return fmt.Sprintf("binary file (NUL byte at offset %d): give a plain-text or HTML document", e.Offset)
}

// An InvalidUTF8Error gives the first byte of a text that is not part of a
// UTF-8 encoded character.
type InvalidUTF8Error struct {
	Offset int64 // the byte offset of Byte from the start of the text
	Byte   byte
}

func (e *InvalidUTF8Error) Error() string {
	return fmt.Sprintf("not valid UTF-8 (byte 0x%02X at offset %d)", e.Byte, e.Offset)
}

// Sniff tells from head, the first bytes of a document (SniffLen of them,
// or all of a shorter document), how to read its text: a UTF-16
// byte-order mark makes it UTF-16 text, a document that starts like HTML
// (LooksLikeHTML) is HTML, and anything else is UTF-8 text. A NUL byte in
// head without a UTF-16 byte-order mark gives a *BinaryError.
func Sniff(head []byte) (Form, error) {
	head = head[:min(len(head), SniffLen)]
	switch {
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}):
		return UTF16LEText, nil
	case bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		return UTF16BEText, nil
	}
	if i := bytes.IndexByte(head, 0); i >= 0 {
		return UTF8Text, &BinaryError{Offset: int64(i)}
	}
	if LooksLikeHTML(head) {
		return HTML, nil
	}
	return UTF8Text, nil
}

// NewTextReader returns a reader of the text of a plain-text document of
// form f read from r, in UTF-8. UTF-16 is decoded and its byte-order mark
// left out; UTF-8 is passed on as it is (a byte-order mark kept, as
// catalogs keep it in their source texts) and checked as it is read: at
// the first byte that is not part of a UTF-8 character, the reader returns
// the text before it and then an *InvalidUTF8Error. Memory is bounded
// (a 64 KiB buffer) whatever the length of the text. The HTML form is not
// plain text: read it with HTMLText.
func NewTextReader(r io.Reader, f Form) io.Reader {
	switch f {
	case UTF16LEText:
		return transform.NewReader(r, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder())
	case UTF16BEText:
		return transform.NewReader(r, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder())
	}
	return &utf8Reader{r: r}
}

// CheckUTF8 reads r to its end and returns an *InvalidUTF8Error for its
// first byte that is not part of a UTF-8 character, the error of r, or nil
// if all of r is UTF-8.
func CheckUTF8(r io.Reader) error {
	_, err := io.Copy(io.Discard, &utf8Reader{r: r})
	return err
}

// utf8Reader passes on the bytes of r that are valid UTF-8 and stops with
// an *InvalidUTF8Error at the first that is not.
type utf8Reader struct {
	r   io.Reader
	buf []byte
	// buf[start:valid] is checked and not yet read; buf[valid:end] is an
	// incomplete character waiting for its last bytes.
	start, valid, end int
	off               int64 // the offset of buf[0] in the text
	err               error
}

func (u *utf8Reader) Read(p []byte) (int, error) {
	for u.start == u.valid {
		if u.err != nil {
			return 0, u.err
		}
		if u.buf == nil {
			u.buf = make([]byte, 64<<10)
		}
		// Keep the incomplete character, at the front.
		u.off += int64(u.valid)
		u.end = copy(u.buf, u.buf[u.valid:u.end])
		u.start, u.valid = 0, 0
		n, err := u.r.Read(u.buf[u.end:])
		u.end += n
		u.check(err != nil)
		if err != nil && u.err == nil {
			u.err = err
		}
	}
	n := copy(p, u.buf[u.start:u.valid])
	u.start += n
	return n, nil
}

// check advances u.valid over the complete, valid characters of
// buf[valid:end] and sets u.err at an invalid byte; at the end of the
// input (eof) an incomplete character is invalid too.
func (u *utf8Reader) check(eof bool) {
	b := u.buf[u.valid:u.end]
	// Leave out a character cut by the end of the buffer.
	cut := len(b)
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				cut = i
			}
			break
		}
	}
	if utf8.Valid(b[:cut]) {
		u.valid += cut
		if eof && cut < len(b) {
			u.fail(u.valid)
		}
		return
	}
	for i := 0; i < cut; {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:cut])
		if r == utf8.RuneError && size <= 1 {
			u.valid += i
			u.fail(u.valid)
			return
		}
		i += size
	}
}

func (u *utf8Reader) fail(i int) {
	u.err = &InvalidUTF8Error{Offset: u.off + int64(i), Byte: u.buf[i]}
}
