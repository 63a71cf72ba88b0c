package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// loadCatalog loads the catalog file at path, or the embedded default when
// path is empty. Problems in the file are printed to stderr, one
// "file:line:col: message" line each, and give a failedError (exit 1); a
// file that cannot be read gives a plain error (exit 2).
func loadCatalog(path string, stderr io.Writer) (*indicators.Catalog, error) {
	if path == "" {
		return usjapan2015.Catalog(), nil
	}
	c, err := indicators.Load(path)
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
