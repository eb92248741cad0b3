package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/newsgraph/newsgraph/ingest"
)

// TestIngestFanOut ingests a directory of 30 levels, each with two links
// to the next: every article goes in once and one line says how many
// paths led to places read before, instead of a walk of 2^30 paths.
func TestIngestFanOut(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	const levels = 30
	level := func(k int) string { return filepath.Join(in, fmt.Sprintf("L%02d", k)) }
	for k := 0; k <= levels; k++ {
		if err := os.MkdirAll(level(k), 0o755); err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("Report %d\n\nThe council of Lahore met for the %d. time on Monday, officials said.\n", k, k+1)
		if err := os.WriteFile(filepath.Join(level(k), "story.txt"), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for k := 0; k < levels; k++ {
		for _, name := range []string{"x", "y"} {
			if err := os.Symlink(level(k+1), filepath.Join(level(k), name)); err != nil {
				t.Skipf("symbolic links unavailable: %v", err)
			}
		}
	}
	code, out, errs := cli(t, filepath.Join(dir, "db"), "ingest", level(0))
	if code != 0 || !strings.HasPrefix(out, fmt.Sprintf("%d added, 0 unchanged, 0 failed", levels+1)) {
		t.Fatalf("exit %d\nstdout: %s\nstderr: %s", code, out, errs)
	}
	want := fmt.Sprintf("newsgraph: %d path(s) skipped: they lead to files or directories already read (links that fan out)\n", levels)
	if errs != want {
		t.Errorf("stderr %q, want %q", errs, want)
	}
	code, out, _ = cli(t, filepath.Join(dir, "db2"), "ingest", "--json", level(0))
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != 0 || sum.Seen != levels || sum.Added != levels+1 {
		t.Errorf("--json: exit %d, %v, summary %+v", code, err, sum)
	}
}

// interruptArticles is how many articles each format's input holds in
// TestIngestInterruptEachFormat: far more than are stored before the
// signal, on any machine.
const interruptArticles = 1500

// formatArticle is the i-th generated article: a title and a dozen
// sentences naming people, places and parties that differ by i.
func formatArticle(i int) (title, text string) {
	syl := []string{"ba", "ko", "ren", "mi", "ta", "lo", "vi", "sha", "dur", "nek", "pal", "zor", "gu", "fen", "rak", "sel"}
	n := uint(i)*7 + 1
	name := func() string {
		s := ""
		for range 3 {
			n = n*31 + 7
			s += syl[n%uint(len(syl))]
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	var b strings.Builder
	for k := range 12 {
		fmt.Fprintf(&b, "Minister %s %s met Governor %s %s in %s on Monday to discuss budget %d-%d, officials of the %s Party said. ",
			name(), name(), name(), name(), name(), i, k, name())
	}
	return fmt.Sprintf("Budget talks %d", i), strings.TrimSpace(b.String())
}

// writeFormatInput writes interruptArticles articles in one format: a
// directory of files for text, Markdown and HTML, one file for JSON (an
// array) and JSON lines. It returns the path to ingest.
func writeFormatInput(t *testing.T, dir, format string) string {
	t.Helper()
	var arts []map[string]string
	for i := range interruptArticles {
		title, text := formatArticle(i)
		arts = append(arts, map[string]string{"title": title, "text": text})
	}
	write := func(p string, data []byte) {
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	switch format {
	case "json":
		p := filepath.Join(dir, "feed.json")
		b, err := json.MarshalIndent(arts, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		write(p, b)
		return p
	case "jsonl":
		p := filepath.Join(dir, "feed.jsonl")
		var b bytes.Buffer
		for _, a := range arts {
			line, _ := json.Marshal(a)
			b.Write(append(line, '\n'))
		}
		write(p, b.Bytes())
		return p
	}
	p := filepath.Join(dir, format)
	if err := os.Mkdir(p, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, a := range arts {
		var s string
		switch format {
		case "txt":
			s = a["title"] + "\n\n" + a["text"] + "\n"
		case "md":
			s = "# " + a["title"] + "\n\n" + a["text"] + "\n"
		case "html":
			s = "<html><head><title>" + a["title"] + "</title></head><body><article><h1>" + a["title"] + "</h1><p>" + a["text"] + "</p></article></body></html>"
		}
		write(filepath.Join(p, fmt.Sprintf("a%05d.%s", i, format)), []byte(s))
	}
	return p
}

// TestIngestInterruptEachFormat sends SIGINT (and, for JSON, SIGTERM) to
// an ingest of each input format once it has stored something: it must
// stop within 2 s, exit 130 and say where it stopped, and leave a sound
// store. A JSON array used to be read to its end (90 s more, exit 0).
func TestIngestInterruptEachFormat(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds the binary and runs it (-short)")
	}
	bin := buildBinary(t, t.TempDir())
	type tc struct {
		format string
		sig    os.Signal
		stdin  bool
	}
	cases := []tc{{"txt", os.Interrupt, false}, {"md", os.Interrupt, false}, {"html", os.Interrupt, false},
		{"json", os.Interrupt, false}, {"json", syscall.SIGTERM, false}, {"jsonl", os.Interrupt, false}, {"json", os.Interrupt, true}}
	for _, c := range cases {
		name := fmt.Sprintf("%s-%v", c.format, c.sig)
		if c.stdin {
			name += "-stdin"
		}
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in := writeFormatInput(t, dir, c.format)
			db := filepath.Join(dir, "db")
			args := []string{"--db", db, "ingest", in}
			if c.stdin {
				args = []string{"--db", db, "ingest", "--stdin-format", c.format, "-"}
			}
			cmd := exec.Command(bin, args...)
			if c.stdin {
				f, err := os.Open(in)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				cmd.Stdin = f
			}
			var errb bytes.Buffer
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			waitStored(db)
			sent := time.Now()
			cmd.Process.Signal(c.sig)
			err := cmd.Wait()
			took := time.Since(sent)
			ee, _ := err.(*exec.ExitError)
			if ee == nil || ee.ExitCode() != exitInterrupted {
				t.Fatalf("exit %v %.1f s after %v, want %d\n%s", err, took.Seconds(), c.sig, exitInterrupted, errb.String())
			}
			if took > 2*time.Second {
				t.Errorf("stopped %.1f s after %v, want within 2 s", took.Seconds(), c.sig)
			}
			place := in
			if c.stdin {
				place = "-"
			}
			if !strings.Contains(errb.String(), "interrupted before "+place) || !strings.Contains(errb.String(), "; the store is consistent") {
				t.Errorf("stderr %q does not say where it stopped", errb.String())
			}
			// The signal may come before the first commit (the store
			// directory fills when the store is created): an empty store
			// is consistent too; a whole one means the signal was ignored.
			if got := census(t, db); got == nil || got.Articles >= interruptArticles {
				t.Errorf("store after the interruption: %+v", got)
			}
			t.Logf("stopped %.2f s after %v", took.Seconds(), c.sig)
		})
	}
}

// waitStored waits until an ingest has committed something to db (at most
// 60 s), and a little more.
func waitStored(db string) {
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		if b, _ := os.ReadDir(db); len(b) > 3 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond)
}

// TestIngestEncodingsAndFieldTypes ingests gzip and UTF-16 input and a
// JSON lines file with wrong-typed fields: the articles go in, each bad
// line is reported once with its line and field, and nothing of it is
// stored.
func TestIngestEncodingsAndFieldTypes(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	line := func(i int) string {
		title, text := formatArticle(i)
		b, _ := json.Marshal(map[string]string{"title": title, "text": text})
		return string(b) + "\n"
	}
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(line(1) + line(2)))
	zw.Close()
	utf16le := func(s string) []byte {
		b := []byte{0xFF, 0xFE}
		for _, u := range utf16.Encode([]rune(s)) {
			b = binary.LittleEndian.AppendUint16(b, u)
		}
		return b
	}
	_, text3 := formatArticle(3)
	files := map[string][]byte{
		"feed.jsonl.gz": gz.Bytes(),
		"utf16.jsonl":   utf16le(line(4) + line(5)),
		"utf16.txt":     utf16le("Budget talks 3\n\n" + text3 + "\n"),
		"typed.jsonl":   []byte(line(6) + `{"title": 1, "text": "` + text3 + `"}` + "\n" + `{"title": "Numbers", "text": [1, 2]}` + "\n"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(in, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := cli(t, filepath.Join(dir, "db"), "ingest", "--json", in)
	var sum ingest.Summary
	if err := json.Unmarshal([]byte(out), &sum); err != nil || code != exitFailure {
		t.Fatalf("exit %d, %v\nstdout: %s\nstderr: %s", code, err, out, errs)
	}
	if sum.Added != 6 || sum.Articles != 6 {
		t.Errorf("added %d, store holds %d articles; want 6", sum.Added, sum.Articles)
	}
	var got []string
	for _, f := range sum.Failed {
		got = append(got, fmt.Sprintf("%s:%d: %s", filepath.Base(f.Path), f.Line, f.Error))
	}
	want := []string{
		`typed.jsonl:2: field "title" is a number, want a string`,
		`typed.jsonl:3: field "text" is an array holding a number, want a string`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("failures:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
