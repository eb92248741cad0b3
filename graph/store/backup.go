package store

import (
	"bufio"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dgraph-io/badger/v4"

	"github.com/newsgraph/newsgraph/internal/atomicfile"
)

// A backup file is a header line naming the format and the store's schema,
// Badger's backup stream (DB.Backup: every key's latest value, in
// checksummed chunks), and a trailer line giving the stream's length and
// CRC-32, so that a cut or damaged file is refused as a whole rather than
// restored in part.
const (
	backupMagic   = "newsgraph backup"
	backupTrailer = "newsgraph backup end"
	trailerMax    = 128
)

// ErrBadBackup means a file given to Restore is not a whole newsgraph
// backup.
var ErrBadBackup = errors.New("not a whole newsgraph backup")

// Backup writes the whole store to w as one consistent snapshot (a
// read-only transaction: queries may run meanwhile).
func (s *Store) Backup(w io.Writer) error {
	v := 0
	if err := s.View(func(t *Txn) error {
		b, err := getValue(t.txn, metaKey(metaSchema))
		if err != nil {
			return err
		}
		v, err = strconv.Atoi(string(b))
		return err
	}); err != nil {
		return fmt.Errorf("reading the schema version: %w", err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	if _, err := fmt.Fprintf(bw, "%s schema %d\n", backupMagic, v); err != nil {
		return err
	}
	sum := crc32.NewIEEE()
	cw := &countWriter{w: io.MultiWriter(bw, sum)}
	if err := protect(s.dir, func() error { _, err := s.db.Backup(cw, 0); return err }); err != nil {
		return err
	}
	if _, err := fmt.Fprintf(bw, "\n%s %d %08x\n", backupTrailer, cw.n, sum.Sum32()); err != nil {
		return err
	}
	return bw.Flush()
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// BackupFile writes the store in dir to the file path, replacing it only
// once the new backup is complete.
func BackupFile(dir, path string) (err error) {
	s, err := Open(dir, Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	return atomicfile.Write(path, 0o644, s.Backup)
}

// readBackupFrame checks the header and trailer of the backup file f and
// returns the schema version and the stream.
func readBackupFrame(f *os.File) (schema int, stream *io.SectionReader, err error) {
	fi, err := f.Stat()
	if err != nil {
		return 0, nil, err
	}
	bad := func(why string) (int, *io.SectionReader, error) {
		return 0, nil, fmt.Errorf("%s: %w (%s)", f.Name(), ErrBadBackup, why)
	}
	head := make([]byte, 64)
	n, _ := f.ReadAt(head, 0)
	head = head[:n]
	nl := strings.IndexByte(string(head), '\n')
	if nl < 0 || !strings.HasPrefix(string(head), backupMagic+" schema ") {
		return bad("no backup header")
	}
	schema, err = strconv.Atoi(string(head[len(backupMagic)+len(" schema ") : nl]))
	if err != nil {
		return bad("bad schema in the header")
	}
	start := int64(nl + 1)
	tail := make([]byte, min(trailerMax, fi.Size()-start))
	if _, err := f.ReadAt(tail, fi.Size()-int64(len(tail))); err != nil {
		return bad("cannot read the end")
	}
	i := strings.LastIndex(string(tail), "\n"+backupTrailer+" ")
	if i < 0 || tail[len(tail)-1] != '\n' {
		return bad("the file is cut short: no end line")
	}
	var length int64
	var sum uint32
	if _, err := fmt.Sscanf(string(tail[i+1:]), backupTrailer+" %d %x\n", &length, &sum); err != nil {
		return bad("bad end line")
	}
	if start+length+int64(len(tail)-i) != fi.Size() {
		return bad(fmt.Sprintf("the stream is %d bytes, the end line says %d", fi.Size()-start-int64(len(tail)-i), length))
	}
	stream = io.NewSectionReader(f, start, length)
	h := crc32.NewIEEE()
	if _, err := io.Copy(h, stream); err != nil {
		return 0, nil, err
	}
	if h.Sum32() != sum {
		return bad("checksum mismatch: the file is damaged")
	}
	return schema, io.NewSectionReader(f, start, length), nil
}

// RestoreFile makes a new store in dir from the backup file path. dir
// must be absent or empty: a restore never overwrites a store. The store
// is built in a temporary directory next to dir and renamed into place
// once complete and checked, so a failed restore leaves nothing behind.
func RestoreFile(path, dir string) (err error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return &Error{Dir: dir, Err: ErrNotEmpty, Detail: "restore into a new or empty directory"}
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	schema, stream, err := readBackupFrame(f)
	if err != nil {
		return err
	}
	if schema > SchemaVersion {
		return fmt.Errorf("%s: %w (schema %d; this build reads schema %d)", path, ErrNewerSchema, schema, SchemaVersion)
	}
	parent := filepath.Dir(filepath.Clean(dir))
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".restoring-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	if err := checkSpace(tmp); err != nil {
		return err
	}
	db, err := badger.Open(badgerOptions(tmp, false, &openLogger{}))
	if err != nil {
		return fmt.Errorf("%w: %s", ErrCannotOpen, oneLine(err))
	}
	if err := protect(tmp, func() error { return db.Load(stream, 256) }); err != nil {
		db.Close()
		return fmt.Errorf("%s: %w (%s)", path, ErrBadBackup, oneLine(err))
	}
	if err := db.Close(); err != nil {
		return err
	}
	s, err := Open(tmp, Options{ReadOnly: true})
	if err != nil {
		return err
	}
	_, cerr := s.Check()
	s.Close()
	if cerr != nil {
		return fmt.Errorf("%s: the restored store fails its check: %v", path, oneLine(cerr))
	}
	os.Remove(dir) // an empty directory; Rename needs it gone on some systems
	return os.Rename(tmp, dir)
}

// ErrNotEmpty means a restore was asked to write into a directory that
// holds files.
var ErrNotEmpty = errors.New("directory is not empty")

// MoveAside renames the store directory dir to a new sibling named
// dir.damaged-N and returns that name, so that a new store can be made in
// dir while the damaged files are kept.
func MoveAside(dir string) (string, error) {
	clean := filepath.Clean(dir)
	for n := 1; n < 1000; n++ {
		to := fmt.Sprintf("%s.damaged-%d", clean, n)
		if _, err := os.Lstat(to); err == nil {
			continue
		}
		if err := os.Rename(clean, to); err != nil {
			return "", err
		}
		return to, nil
	}
	return "", fmt.Errorf("%s: too many damaged copies beside it", dir)
}
