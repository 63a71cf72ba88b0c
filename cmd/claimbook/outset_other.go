//go:build !linux

package main

import "errors"

// errNoExchange means that the system or file system cannot exchange two
// paths atomically; the swap then falls back to two renames. Only Linux has
// such an exchange (renameat2).
var errNoExchange = errors.New("atomic exchange not supported")

// exchange reports errNoExchange: this system cannot exchange two folders
// in one step.
func exchange(a, b string) error { return errNoExchange }

// renameNoReplace renames from to to, failing if to exists (a check and a
// rename: writeSet holds the lock, so only another program can race it).
func renameNoReplace(from, to string) error { return renameIfAbsent(from, to) }
