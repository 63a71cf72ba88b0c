package xlsx

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPipe checks that pipe writes what produce writes, in order, and
// passes on the errors of either end.
func TestPipe(t *testing.T) {
	produce := func(w io.Writer) error {
		for i := range 50000 {
			// Writes of every size, some larger than a pipe buffer.
			b := bytes.Repeat([]byte(strconv.Itoa(i)+","), i%97)
			if i%10007 == 0 {
				b = bytes.Repeat([]byte{byte(i)}, 3*pipeBuf+5)
			}
			if _, err := w.Write(b); err != nil {
				return err
			}
		}
		return nil
	}
	var want, got bytes.Buffer
	produce(&want)
	if err := pipe(&got, produce); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Errorf("pipe wrote %d bytes, not the %d bytes produce writes", got.Len(), want.Len())
	}

	errProduce := errors.New("produce failed")
	err := pipe(io.Discard, func(w io.Writer) error {
		w.Write(make([]byte, 5*pipeBuf))
		return errProduce
	})
	if err != errProduce {
		t.Errorf("pipe with a failing producer = %v, want %v", err, errProduce)
	}

	errWrite := errors.New("write failed")
	err = pipe(failWriter{errWrite}, produce)
	if err != errWrite {
		t.Errorf("pipe into a failing writer = %v, want %v", err, errWrite)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// TestParallelSameBytes checks that making the rows and names on a
// goroutine of their own changes no byte of the book.
func TestParallelSameBytes(t *testing.T) {
	defer func(n int) { parallelRows = n }(parallelRows)
	var books [2][]byte
	for i, n := range []int{1 << 30, 0} {
		parallelRows = n
		c, more := synthetic(3000)
		var buf bytes.Buffer
		if err := WriteSeq(&buf, c, more, &Options{MaxNotes: 10}); err != nil {
			t.Fatal(err)
		}
		books[i] = buf.Bytes()
	}
	if !bytes.Equal(books[0], books[1]) {
		t.Errorf("the book made in parallel (%d bytes) differs from the one made in series (%d bytes)", len(books[1]), len(books[0]))
	}
}

// TestSeqChanges checks that an iterator yielding other indicators on a
// later pass is an error, not a book whose rows, names and table disagree.
func TestSeqChanges(t *testing.T) {
	for _, tt := range []struct {
		name  string
		count func(pass int) int
	}{
		{"fewer", func(pass int) int { return 100 - pass }},
		{"more", func(pass int) int { return 100 + pass }},
	} {
		c, _ := synthetic(0)
		pass := 0
		more := func(yield func(*indicators.Indicator) bool) {
			ind := c.Indicators[1]
			n := tt.count(pass)
			pass++
			for i := range n {
				ind.ID = "changing-" + strconv.Itoa(i)
				if !yield(&ind) {
					return
				}
			}
		}
		if err := WriteSeq(io.Discard, c, more, nil); err == nil || !strings.Contains(err.Error(), "same indicators") {
			t.Errorf("%s indicators on a later pass: WriteSeq = %v, want an error saying they must be the same", tt.name, err)
		}
	}
}
