package store

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestTxnLimits checks the limits the store reports against Badger's rule
// for the store's 16 MB memtable, and that Txn.Size counts writes as
// Badger does: a transaction fills up, to ErrTxnTooBig, exactly when its
// Size says the next write would pass a limit. Values of every kind
// Badger counts differently: small, one byte under the value threshold,
// and at it (stored in the value log, counted as a pointer).
func TestTxnLimits(t *testing.T) {
	s, _ := openTemp(t)
	lim := s.TxnLimits()
	if want := (TxnLimits{Entries: 26212, Bytes: 2516560}); lim != want {
		t.Fatalf("TxnLimits() = %+v, want %+v (15%% of a 16 MB memtable, 96-byte skiplist nodes, less Badger's end-of-transaction entry)", lim, want)
	}
	threshold := int(s.db.Opts().ValueThreshold)
	tests := []struct {
		name  string
		value int
		limit func(TxnSize) int // how far the transaction is from the limit that binds
	}{
		{"small values: the entry count binds", 8, func(z TxnSize) int { return lim.Entries - z.Entries }},
		{"values under the threshold: bytes bind", threshold - 1, func(z TxnSize) int { return lim.Bytes - z.Bytes }},
		{"values in the value log: the entry count binds", threshold, func(z TxnSize) int { return lim.Entries - z.Entries }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			value := []byte(strings.Repeat("v", tc.value))
			var before, at TxnSize
			err := s.Update(func(txn *Txn) error {
				for i := 0; ; i++ {
					before = txn.Size()
					if err := txn.set([]byte(fmt.Sprintf("test/%08d", i)), value); err != nil {
						at = txn.Size()
						return err
					}
				}
			})
			if !errors.Is(err, ErrTxnTooBig) {
				t.Fatalf("Update: %v, want ErrTxnTooBig", err)
			}
			// The write that failed was counted; the one before fitted.
			if tc.limit(at) >= 0 || tc.limit(before) < 0 {
				t.Errorf("too big at %+v (before the last write %+v); limits %+v", at, before, lim)
			}
		})
	}
}
