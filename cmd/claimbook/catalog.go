package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// loadCatalog loads the catalog file at path, or the embedded default when
// path is empty. Problems in the file are printed to stderr, one
// "file:line:col: message" line each, and give a failedError (exit 1); a
// file that cannot be read gives a plain error (exit 2).
// o says what the catalog may read (its -texts and -max-text-size flags).
func loadCatalog(path string, o *indicators.LoadOptions, stderr io.Writer) (*indicators.Catalog, error) {
	if path == "" {
		return usjapan2015.Catalog(), nil
	}
	c, err := indicators.LoadWith(path, o)
	var list indicators.ErrorList
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			fmt.Fprintln(stderr, e)
		}
		return nil, failedError{fmt.Sprintf("%s: %d problem%s", path, len(list), plural(len(list)))}
	case err != nil:
		return nil, err
	}
	return c, nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// addLoadFlags defines -texts and -max-text-size on fs, the flags of every
// command that reads a catalog file, and returns the options they set.
func addLoadFlags(fs *flag.FlagSet) *indicators.LoadOptions {
	o := &indicators.LoadOptions{}
	fs.Var(textRootsFlag{o}, "texts", "also read source texts from `DIR` (repeatable): by absolute path, or a relative path that leads into DIR; without it a catalog reads only files in its own folder")
	fs.Var(sizeFlag{&o.MaxTextSize}, "max-text-size", "refuse a source text larger than `SIZE`, in bytes or with KiB, MiB, GiB (kB, MB, GB) (default 64MiB)")
	return o
}

// textRootsFlag is the repeatable -texts flag.
type textRootsFlag struct{ o *indicators.LoadOptions }

func (f textRootsFlag) String() string {
	if f.o == nil {
		return ""
	}
	return strings.Join(f.o.TextRoots, ",")
}

func (f textRootsFlag) Set(s string) error {
	if s == "" {
		return errors.New("empty folder: write the folder the texts are in")
	}
	f.o.TextRoots = append(f.o.TextRoots, s)
	return nil
}

// sizeFlag is a byte count flag that reads "128MiB" as well as "134217728".
type sizeFlag struct{ n *int64 }

func (f sizeFlag) String() string {
	if f.n == nil || *f.n == 0 {
		return ""
	}
	return indicators.FormatSize(*f.n)
}

func (f sizeFlag) Set(s string) error {
	n, err := parseSize(s)
	if err != nil {
		return err
	}
	*f.n = n
	return nil
}

var sizeUnits = []struct {
	name string
	size int64
}{
	{"KiB", 1 << 10}, {"MiB", 1 << 20}, {"GiB", 1 << 30},
	{"kB", 1e3}, {"KB", 1e3}, {"MB", 1e6}, {"GB", 1e9}, {"B", 1},
}

// parseSize reads a positive byte count: "1048576", "128MiB", "1.5GB".
func parseSize(s string) (int64, error) {
	num, mult := strings.TrimSpace(s), int64(1)
	for _, u := range sizeUnits {
		if strings.HasSuffix(num, u.name) {
			num, mult = strings.TrimSpace(strings.TrimSuffix(num, u.name)), u.size
			break
		}
	}
	bad := fmt.Errorf("invalid size %q: write a number of bytes (1048576) or one with KiB, MiB or GiB (128MiB)", s)
	if n, err := strconv.ParseInt(num, 10, 64); err == nil {
		if n <= 0 || n > (1<<62)/mult {
			return 0, bad
		}
		return n * mult, nil
	}
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || !(f > 0) || f*float64(mult) > 1<<62 || f*float64(mult) < 1 {
		return 0, bad
	}
	return int64(f * float64(mult)), nil
}
