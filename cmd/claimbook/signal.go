package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

// signalError means that a signal stopped the command: exit status 128 plus
// the signal's number (130 for SIGINT, 143 for SIGTERM), as shells report it.
type signalError struct{ sig os.Signal }

func (e signalError) Error() string {
	return fmt.Sprintf("stopped by %v", e.sig)
}

// code returns the exit status for the signal.
func (e signalError) code() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 2
}

// notifySignals returns a copy of parent that is done, with a signalError
// as its cause, when SIGINT or SIGTERM arrives. Until stop is called those
// signals no longer end the process: the caller cleans up and returns
// context.Cause(ctx).
func notifySignals(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			cancel(signalError{s})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}
