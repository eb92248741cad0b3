package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/dgraph-io/badger/v4/y"
)

// Report is what Verify found.
type Report struct {
	Dir string `json:"store"`
	// Sound is true when every check passed.
	Sound bool `json:"sound"`
	// Files counts the table files, memtable logs and value logs checked.
	Tables    int `json:"tables"`
	MemLogs   int `json:"memtable_logs"`
	ValueLogs int `json:"value_logs"`
	// Keys counts the keys whose values were read back.
	Keys      int `json:"keys"`
	Articles  int `json:"articles"`
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
	// Problems lists what is wrong, one line each.
	Problems []string `json:"problems"`
	// Err is the first error (a *DamageError, *Error, ...), nil when
	// Sound.
	Err error `json:"-"`
}

// Verify runs every integrity check on the store in dir: the checks made
// before every open (MANIFEST, every table's block checksums, memtable
// logs replaying to their end), Badger's own checksum verification of the
// tables it has open, every value read back (value log entries are
// checked against their checksums as they are read), and the graph's own
// consistency check (Store.Check). It opens the store read-only. The
// error is non-nil only when the store could not be examined at all for a
// reason other than damage (for example, it is in use); damage found is
// in the report.
func Verify(dir string) (*Report, error) {
	r := &Report{Dir: dir, Problems: []string{}}
	for _, glob := range []struct {
		pattern string
		n       *int
	}{{"*.sst", &r.Tables}, {"*.mem", &r.MemLogs}, {"*.vlog", &r.ValueLogs}} {
		files, _ := filepath.Glob(filepath.Join(dir, glob.pattern))
		*glob.n = len(files)
	}
	fail := func(err error) (*Report, error) {
		r.Err = err
		r.Problems = append(r.Problems, oneLine(err))
		return r, nil
	}
	s, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		if errors.Is(err, ErrDamaged) || errors.Is(err, ErrCannotOpen) || errors.Is(err, ErrNotStore) {
			return fail(err)
		}
		return r, err
	}
	defer s.Close()
	if err := protect(dir, s.db.VerifyChecksum); err != nil {
		return fail(damagedStore(dir, err))
	}
	if err := protect(dir, func() error {
		return s.View(func(t *Txn) error {
			return t.scan("", true, func(k, v []byte) error { r.Keys++; return nil })
		})
	}); err != nil {
		return fail(damagedStore(dir, err))
	}
	var c *Census
	if err := protect(dir, func() error {
		var err error
		c, err = s.Check()
		return err
	}); err != nil {
		var de *DamageError
		if errors.As(err, &de) {
			return fail(err)
		}
		msg := oneLine(err)
		const marker = "store is inconsistent: "
		if i := strings.Index(msg, marker); i >= 0 {
			r.Problems = append(r.Problems, strings.Split(msg[i+len(marker):], "; ")...)
		} else {
			r.Problems = append(r.Problems, msg)
		}
		r.Err = damaged(dir, "the graph is inconsistent (%d problems, first: %s)", len(r.Problems), r.Problems[0])
		return r, nil
	}
	r.Articles, r.Entities, r.Relations = c.Articles, c.Entities, c.Relations
	r.Sound = true
	return r, nil
}

// damagedStore wraps an error Badger gave while reading the store.
func damagedStore(dir string, err error) error {
	var de *DamageError
	if errors.As(err, &de) {
		return err
	}
	file := dir
	// Badger names the file in most of its messages.
	for _, f := range strings.Fields(err.Error()) {
		f = strings.Trim(f, ",:;()\"'")
		if strings.HasSuffix(f, ".sst") || strings.HasSuffix(f, ".vlog") || strings.HasSuffix(f, ".mem") {
			if _, err := os.Stat(f); err == nil {
				file = f
				break
			}
		}
	}
	return damaged(file, "%s", oneLine(fmt.Errorf("%w", err)))
}

// asDamage reports a checksum failure Badger met while reading as damage
// (exit 2, naming the file); other errors pass unchanged.
func asDamage(dir string, err error) error {
	if err != nil && (errors.Is(err, y.ErrChecksumMismatch) || strings.Contains(err.Error(), "checksum mismatch")) {
		return damagedStore(dir, err)
	}
	return err
}
