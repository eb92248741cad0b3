package dgraph

import (
	"errors"
	"fmt"
	"testing"

	"github.com/dgraph-io/dgo/v250"
)

// TestRetryable: transient cluster states are sent again; everything else
// (a bad request, an unreachable alpha) ends the push with its reason.
func TestRetryable(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{dgo.ErrAborted, true},
		{fmt.Errorf("commit: %w", dgo.ErrAborted), true},
		{errors.New("rpc error: code = Unknown desc = Predicate ng_key is not indexed"), true},
		{errors.New("rpc error: code = Unknown desc = schema is already being modified. Please retry"), true},
		{errors.New("rpc error: code = Unknown desc = Tablet isn't being served by this instance"), true},
		{errors.New("rpc error: code = Unknown desc = cannot retrieve predicate information: No connection exists"), true},
		{errors.New("rpc error: code = Unavailable desc = connection refused"), false},
		{errors.New("while lexing: unexpected character"), false},
	}
	for _, tt := range tests {
		if got := retryable(tt.err); got != tt.want {
			t.Errorf("retryable(%q) = %v, want %v", tt.err, got, tt.want)
		}
	}
}
