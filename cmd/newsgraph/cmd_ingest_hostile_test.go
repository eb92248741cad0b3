package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ingest"
)

// hostileFile is one generated input and what ingest must say about it.
type hostileFile struct {
	name    string
	content []byte
	// want is a fragment of the one-line error naming the file ("" for
	// good input, which must be ingested).
	want string
}

func hostileInputs() []hostileFile {
	rng := rand.New(rand.NewPCG(6, 6))
	random := make([]byte, 64<<10)
	for i := range random {
		random[i] = byte(rng.UintN(256))
	}
	caps := strings.Builder{}
	for caps.Len() < 10_000 {
		fmt.Fprintf(&caps, "Zor%c%c ", 'a'+rune(rng.UintN(26)), 'a'+rune(rng.UintN(26)))
	}
	huge := bytes.Repeat([]byte("Lorem ipsum dolor sit amet, Karachi consectetur. "), 50<<20/49)
	deep := strings.Repeat("<div>", 100_000) + "<p>Nested text about Pakistan and India, long enough to be an article body.</p>" + strings.Repeat("</div>", 100_000)
	good := func(place string) string {
		return "A good article\n\nOfficials in " + place + " said on Monday that talks with the United Nations would resume next week, after a month of delays over the agenda.\n"
	}
	obj := func(title, text string) string {
		b, _ := json.Marshal(map[string]string{"title": title, "text": text})
		return string(b)
	}
	jsonl := strings.Join([]string{
		obj("One", good("Lahore")),
		`{"title": "broken", "text": `,
		obj("Three", good("Dhaka")),
		"{\"title\": \"nul\", \"text\": \"a\x00b\"}",
		"{\"title\": \"bad utf8\", \"text\": \"caf\xe9\"}",
		`[1, 2, 3]`,
		obj("Five", good("Kathmandu")),
	}, "\n") + "\n"
	return []hostileFile{
		{"random.bin", random, "binary content"},
		{"nul.txt", []byte("Title\n\nSome text\x00with a NUL byte in the middle of it.\n"), "binary content"},
		{"latin1.txt", []byte("Caf\xe9 society\n\nThe caf\xe9 in Lahore was full of officials on Monday.\n"), "invalid UTF-8"},
		{"empty.txt", nil, "empty file"},
		{"huge.txt", huge, "over the 4 MB limit"},
		{"deep.html", []byte(deep), ""},
		{"caps.txt", []byte("Capitals\n\n" + caps.String() + "\n"), ""},
		{"feed.jsonl", []byte(jsonl), ""}, // its bad lines are checked below
		{"good.txt", []byte(good("Islamabad")), ""},
		{"good.md", []byte("# Another good one\n\n" + good("Colombo")), ""},
	}
}

// testHostile ingests a directory of hostile files: no panic, a one-line
// error per bad file or line naming it, every good input stored, exit
// status 1, peak RSS under 1 GB.
func testHostile(t *testing.T, bin string) {
	root := t.TempDir()
	in := filepath.Join(root, "in")
	files := hostileInputs()
	if err := os.MkdirAll(in, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(in, f.name), f.content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A directory that contains itself through a symbolic link.
	if err := os.MkdirAll(filepath.Join(in, "loop"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(in, "loop", "up")); err != nil {
		t.Fatal(err)
	}
	// A file without read permission. Root reads it anyway, so as root the
	// ingest runs as nobody.
	noread := filepath.Join(in, "secret.txt")
	writeFile(t, in, "secret.txt", "Secret\n\nNobody may read this text about Islamabad and its officials.\n")
	os.Chmod(noread, 0)
	var cred *syscall.Credential
	if os.Geteuid() == 0 {
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
		for _, d := range []string{filepath.Dir(root), root, in, filepath.Dir(bin), filepath.Dir(filepath.Dir(bin))} {
			os.Chmod(d, 0o777)
		}
	}

	db := filepath.Join(root, "db")
	cmd := exec.Command(bin, "--db", db, "ingest", "--json", in)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	// The graph renderer caches compiled code under $TMPDIR; nobody may
	// not write root's cache.
	tmp := filepath.Join(root, "tmp")
	os.MkdirAll(tmp, 0o777)
	os.Chmod(tmp, 0o777)
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	took := time.Since(start)
	ee, _ := err.(*exec.ExitError)
	if ee == nil || ee.ExitCode() != exitFailure {
		t.Fatalf("exit: %v, want status 1\nstderr: %s", err, errb.String())
	}
	if strings.Contains(errb.String(), "panic") || strings.Contains(errb.String(), "goroutine ") {
		t.Fatalf("ingest panicked:\n%s", errb.String())
	}
	rss := ee.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10
	t.Logf("hostile ingest took %v, peak RSS %d MB", took.Round(time.Millisecond), rss>>20)
	if rss >= 1<<30 {
		t.Errorf("peak RSS %d MB, limit 1 GB", rss>>20)
	}
	var sum ingest.Summary
	if err := json.Unmarshal(out.Bytes(), &sum); err != nil {
		t.Fatalf("summary: %v\n%s", err, out.String())
	}

	want := checkHostileFailures(t, sum, files, cred)
	// stderr is silent with --json; the human summary names each file.
	// Every good input is stored: 4 whole files and 3 JSONL lines.
	if sum.Added != 7 || sum.Articles != 7 {
		t.Errorf("added %d, store holds %d articles; want 7 (good files and lines)", sum.Added, sum.Articles)
	}

	// Without --json, one line per failure on stderr, each naming its file.
	cmd = exec.Command(bin, "--db", db, "ingest", in)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	errb.Reset()
	cmd.Stderr = &errb
	cmd.Run()
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if len(lines) != len(want) {
		t.Errorf("stderr has %d lines for %d failures:\n%s", len(lines), len(want), errb.String())
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "newsgraph: "+in) {
			t.Errorf("stderr line %q does not name a file under %s", l, in)
		}
	}
}

// checkHostileFailures checks that the summary reports one failure per
// bad file or line, naming it and the problem, and nothing else; it
// returns the failures expected, by file or file:line. cred is the
// credential the ingest ran as (nil: the test's own).
func checkHostileFailures(t *testing.T, sum ingest.Summary, files []hostileFile, cred *syscall.Credential) map[string]string {
	t.Helper()
	failed := map[string]string{}
	for _, f := range sum.Failed {
		loc := filepath.Base(f.Path)
		if f.Line > 0 {
			loc = fmt.Sprintf("%s:%d", loc, f.Line)
		}
		if strings.Contains(f.Error, "\n") || f.Error == "" {
			t.Errorf("%s: error %q is not one line", loc, f.Error)
		}
		if _, dup := failed[loc]; dup {
			t.Errorf("%s reported twice", loc)
		}
		failed[loc] = f.Error
	}
	want := map[string]string{
		"feed.jsonl:2": "malformed JSON",
		"feed.jsonl:4": "binary",
		"feed.jsonl:5": "invalid UTF-8",
		"feed.jsonl:6": "not a JSON object",
		"up":           "directory loop",
		"secret.txt":   "permission denied",
	}
	if cred == nil && os.Geteuid() == 0 {
		delete(want, "secret.txt")
	}
	for _, f := range files {
		if f.want != "" {
			want[f.name] = f.want
		}
	}
	for loc, frag := range want {
		if got, ok := failed[loc]; !ok {
			t.Errorf("%s: no error reported (want %q)", loc, frag)
		} else if !strings.Contains(got, frag) {
			t.Errorf("%s: error %q, want it to say %q", loc, got, frag)
		}
	}
	for loc, msg := range failed {
		if _, ok := want[loc]; !ok {
			t.Errorf("unexpected failure %s: %s", loc, msg)
		}
	}
	return want
}
