package dgraph

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/newsgraph/newsgraph/internal/atomicfile"
)

// State remembers, per key, a hash of what the last push sent, so that the
// next push sends only what changed.
type State interface {
	Load() (map[string]string, error)
	Save(map[string]string) error
}

// FileState keeps the push state as a JSON file (an absent file is an
// empty state). Saving writes a temporary file and renames it, so a crash
// never leaves a half-written state.
type FileState struct{ Path string }

// Load reads the state file.
func (f FileState) Load() (map[string]string, error) {
	b, err := os.ReadFile(f.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return map[string]string{}, nil
	}
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: not a push state: %v", f.Path, err)
	}
	return m, nil
}

// Save replaces the state file.
func (f FileState) Save(m map[string]string) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return atomicfile.WriteBytes(f.Path, 0o600, b)
}

// MemState is a State held in memory (for dry runs and tests).
type MemState struct{ M map[string]string }

// Load returns a copy of the state.
func (s *MemState) Load() (map[string]string, error) {
	m := make(map[string]string, len(s.M))
	for k, v := range s.M {
		m[k] = v
	}
	return m, nil
}

// Save replaces the state.
func (s *MemState) Save(m map[string]string) error { s.M = m; return nil }

// Forget drops from st the keys of entities and relations it holds that
// present reports absent from the cluster, and returns how many: another
// store's push may have deleted a node this store still has (a key both
// held, which the other no longer has), and the next push then sends it
// again instead of taking it for sent.
func Forget(st State, present func(key string) bool) (int, error) {
	m, err := st.Load()
	if err != nil {
		return 0, err
	}
	n := 0
	for k := range m {
		if k == "" {
			continue
		}
		switch k[0] {
		case 'r', 'g', 'w', 'n':
			if !present(k) {
				delete(m, k)
				n++
			}
		}
	}
	if n == 0 {
		return 0, nil
	}
	return n, st.Save(m)
}
