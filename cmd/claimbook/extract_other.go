//go:build !unix

package main

// openNonblock is 0 where there are no FIFOs to block on.
const openNonblock = 0
