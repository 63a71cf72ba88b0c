package main

import (
	"errors"
	"io/fs"
	"os"
)

// renameIfAbsent renames from to to if nothing is at to.
func renameIfAbsent(from, to string) error {
	if _, err := os.Lstat(to); !errors.Is(err, fs.ErrNotExist) {
		return &os.LinkError{Op: "rename", Old: from, New: to, Err: fs.ErrExist}
	}
	return os.Rename(from, to)
}
