// Command claimbook turns the numeric claims of policy documents into typed,
// verified data and renders an Excel briefing book and slide charts from it.
//
// Usage:
//
//	claimbook <command> [flags]
//
// Run "claimbook help" for the commands.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
)

func main() {
	err := run(os.Args[1:], os.Stdout, os.Stderr)
	os.Exit(exitCode(err))
}

// A command is one subcommand: its one-line summary and its entry point.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) error
}

// commands holds the subcommands; each file registers its own in init.
var commands = map[string]command{}

// usageError is a mistake in how the command was called: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// failedError means the command ran and found problems it already printed:
// exit status 1.
type failedError struct{ msg string }

func (e failedError) Error() string { return e.msg }

// errHelp is returned when -h was asked for; usage has been printed.
var errHelp = errors.New("help requested")

func exitCode(err error) int {
	var ue usageError
	var fe failedError
	var se signalError
	switch {
	case err == nil, errors.Is(err, errHelp):
		return 0
	case errors.As(err, &se):
		return se.code()
	case errors.As(err, &ue):
		return 2
	case errors.As(err, &fe):
		return 1
	}
	return 2
}

// run is the whole program: it parses args, runs a subcommand, and writes
// errors to stderr.
func run(args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" || args[0] == "-help" {
		usage(stderr)
		if len(args) == 0 {
			return usageError{"no command"}
		}
		return nil
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "claimbook: unknown command %q\n", args[0])
		usage(stderr)
		return usageError{"unknown command"}
	}
	err := cmd.run(args[1:], stdout, stderr)
	if err != nil && !errors.Is(err, errHelp) {
		var fe failedError
		if !errors.As(err, &fe) || fe.msg != "" {
			fmt.Fprintf(stderr, "claimbook %s: %v\n", args[0], err)
		}
	}
	return err
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "claimbook turns the numeric claims of policy documents into verified data, an Excel briefing book and slide charts.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage: claimbook <command> [flags]   (claimbook <command> -h for its flags)")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nWith no -catalog, commands use the embedded catalog of the White House fact sheet on U.S.-Japan cooperation (28 April 2015).")
}
