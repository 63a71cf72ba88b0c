//go:build unix

package indicators

import (
	"os"
	"syscall"
)

// openFlags opens a source text without blocking: were a FIFO swapped in
// after the stat, open returns at once and the check of the open file
// refuses it.
const openFlags = os.O_RDONLY | syscall.O_NONBLOCK
