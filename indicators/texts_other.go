//go:build !unix

package indicators

import "os"

// openFlags opens a source text; systems without O_NONBLOCK rely on the
// stat before the open to refuse a FIFO.
const openFlags = os.O_RDONLY
