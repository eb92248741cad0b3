package ingest

import (
	"context"
	"io"
)

// cancelable returns a reader of r whose Read returns an error once ctx
// is done, even while r blocks (standard input from a quiet pipe), so that
// an interrupted ingest does not wait for input that may never come.
func cancelable(ctx context.Context, r io.Reader) (io.Reader, func()) {
	pr, pw := io.Pipe()
	go func() {
		_, err := io.Copy(pw, r)
		pw.CloseWithError(err)
	}()
	stop := context.AfterFunc(ctx, func() { pr.CloseWithError(ctx.Err()) })
	return pr, func() { stop() }
}
