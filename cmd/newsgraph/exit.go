package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/graph/store"
)

// Exit statuses, listed in every command's help.
const (
	exitOK          = 0
	exitFailure     = 1   // a command failed, some inputs failed, or a name is unknown
	exitStore       = 2   // the store is locked, missing, not a newsgraph store, or newer; or bad usage
	exitInterrupted = 130 // stopped by Ctrl-C or SIGTERM
)

const exitHelp = `
Exit status: 0 success; 1 failure (some input failed, unknown name); 2 the store
cannot be used (locked by another process, missing, damaged, not a newsgraph
store, newer schema) or the command line is wrong; 130 interrupted.`

// exitError carries an exit status. When quiet, the message was already
// printed.
type exitError struct {
	code  int
	err   error
	quiet bool
}

func (e *exitError) Error() string { return e.err.Error() }

func (e *exitError) Unwrap() error { return e.err }

func failf(code int, format string, a ...any) error {
	return &exitError{code: code, err: fmt.Errorf(format, a...)}
}

// exitCode maps an error to an exit status and prints it, in one line.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	code := exitFailure
	var ee *exitError
	switch {
	case errors.As(err, &ee):
		code = ee.code
		if ee.quiet {
			return code
		}
	case errors.Is(err, store.ErrLocked), errors.Is(err, store.ErrNotStore),
		errors.Is(err, store.ErrNewerSchema), errors.Is(err, store.ErrNoStore),
		errors.Is(err, store.ErrDamaged), errors.Is(err, store.ErrCannotOpen):
		code = exitStore
	case errors.Is(err, context.Canceled):
		code = exitInterrupted
	default:
		if isUsageError(err) {
			code = exitStore
		}
	}
	fmt.Fprintf(stderr, "newsgraph: %v\n", err)
	return code
}

// isUsageError recognises cobra's argument, flag and command errors.
func isUsageError(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "accepts ", "requires at least", "requires at most", "unknown flag", "unknown shorthand", "required flag", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
