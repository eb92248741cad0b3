package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// syntheticCorpus writes n made-up news articles in JSON lines, each
// naming a few people, organizations and countries from small general
// lists, and returns the file's path.
func syntheticCorpus(t *testing.T, dir string, n int) string {
	t.Helper()
	people := []string{"Maria Lopez", "Kenji Tanaka", "Amara Okafor", "Lars Nilsson", "Sofia Rossi", "Omar Haddad", "Elena Petrova", "David Cohen"}
	orgs := []string{"World Bank", "International Monetary Fund", "United Nations", "European Union", "World Health Organization"}
	countries := []string{"France", "Brazil", "Japan", "Nigeria", "Sweden", "Italy", "Egypt", "Canada"}
	var b bytes.Buffer
	for i := range n {
		p1, p2 := people[i%len(people)], people[(i*3+1)%len(people)]
		o, c := orgs[i%len(orgs)], countries[(i*5+2)%len(countries)]
		text := fmt.Sprintf("%s met %s in %s on Monday to discuss report number %d. "+
			"The %s said %s would receive new funds. %s thanked the %s for its support. "+
			"Officials in %s said the talks on item %d would continue next week.",
			p1, p2, c, i, o, c, p2, o, c, i)
		line, _ := json.Marshal(map[string]string{"title": fmt.Sprintf("Talks in %s, part %d", c, i), "text": text, "date": "2024-03-01"})
		b.Write(line)
		b.WriteByte('\n')
	}
	return writeFile(t, dir, "synthetic.jsonl", b.String())
}

func fileSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// oneErrorLine checks that stderr is one line, starts "newsgraph:" and
// contains want.
func oneErrorLine(t *testing.T, stderr, want string) {
	t.Helper()
	if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "newsgraph: ") {
		t.Errorf("stderr is not one newsgraph line: %q", stderr)
	}
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q does not say %q", stderr, want)
	}
}

// TestDamagedStoreIsNeverWrittenOrAnswered: a store missing its MANIFEST
// is reported (exit 2, saying what to do) and its files are kept; one with
// damaged table blocks is reported naming the file by every command
// instead of answering; --force-new moves it aside.
func TestDamagedStoreIsNeverWrittenOrAnswered(t *testing.T) {
	dir := t.TempDir()
	in := syntheticCorpus(t, dir, 300)
	db := filepath.Join(dir, "db")
	if code, _, errs := cli(t, db, "ingest", "-q", in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	tables, _ := filepath.Glob(filepath.Join(db, "*.sst"))
	if len(tables) == 0 {
		t.Fatal("no table file")
	}
	size := fileSize(t, tables[0])

	// Damaged blocks: every command refuses, naming the file.
	damagedDB := filepath.Join(dir, "damaged")
	copyTree(t, db, damagedDB)
	sst := filepath.Join(damagedDB, filepath.Base(tables[0]))
	b, _ := os.ReadFile(sst)
	for _, at := range []int{len(b) / 5, len(b) / 2, len(b) * 3 / 4} {
		for i := at; i < at+64; i++ {
			b[i] ^= 0xff
		}
	}
	os.WriteFile(sst, b, 0o644)
	for _, args := range [][]string{{"stats"}, {"entities"}, {"show", "Maria Lopez"}, {"export", "--format", "json"}, {"check"}, {"ingest", "-q", in}} {
		code, out, errs := cli(t, damagedDB, args...)
		if code != exitStore {
			t.Errorf("%v on damaged blocks: exit %d, want %d (stdout %.100q)", args, code, exitStore, out)
		}
		oneErrorLine(t, errs, filepath.Base(sst))
	}

	// No MANIFEST: the ingest stops, saying what to do.
	if err := os.Remove(filepath.Join(db, "MANIFEST")); err != nil {
		t.Fatal(err)
	}
	code, _, errs := cli(t, db, "ingest", "-q", in)
	if code != exitStore {
		t.Errorf("ingest into a store without MANIFEST: exit %d, want %d", code, exitStore)
	}
	oneErrorLine(t, errs, "restore it from a backup")
	if got := fileSize(t, tables[0]); got != size {
		t.Errorf("the table file changed: %d bytes, was %d", got, size)
	}
	if code, _, errs := cli(t, db, "stats"); code != exitStore {
		t.Errorf("stats: exit %d (%s), want %d", code, errs, exitStore)
	}

	// --force-new keeps the damaged files and starts over.
	code, _, errs = cli(t, db, "ingest", "-q", "--force-new", in)
	if code != exitOK {
		t.Fatalf("ingest --force-new: exit %d: %s", code, errs)
	}
	if got := fileSize(t, filepath.Join(db+".damaged-1", filepath.Base(tables[0]))); got != size {
		t.Errorf("the damaged table kept aside has %d bytes, want %d", got, size)
	}
	if code, _, _ := cli(t, db, "check"); code != exitOK {
		t.Errorf("check of the new store: exit %d", code)
	}
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	os.MkdirAll(dst, 0o755)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCheckBackupRestore: check passes a sound store; a backup restores to
// the same graph, only into a new or empty directory; a cut backup is
// refused whole.
func TestCheckBackupRestore(t *testing.T) {
	dir := t.TempDir()
	in := syntheticCorpus(t, dir, 200)
	db := filepath.Join(dir, "db")
	if code, _, errs := cli(t, db, "ingest", "-q", in); code != exitOK {
		t.Fatalf("ingest: %d %s", code, errs)
	}
	code, out, errs := cli(t, db, "check", "--json")
	if code != exitOK {
		t.Fatalf("check: exit %d: %s", code, errs)
	}
	var rep struct {
		Sound    bool     `json:"sound"`
		Articles int      `json:"articles"`
		Problems []string `json:"problems"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || !rep.Sound || rep.Articles != 200 || len(rep.Problems) != 0 {
		t.Errorf("check --json: %+v (%v)", rep, err)
	}

	bak := filepath.Join(dir, "g.bak")
	if code, _, errs := cli(t, db, "backup", bak); code != exitOK {
		t.Fatalf("backup: %d %s", code, errs)
	}
	restored := filepath.Join(dir, "restored")
	if code, _, errs := cli(t, restored, "restore", bak); code != exitOK {
		t.Fatalf("restore: %d %s", code, errs)
	}
	_, want, _ := cli(t, db, "export", "--format", "json")
	_, got, _ := cli(t, restored, "export", "--format", "json")
	if want == "" || got != want {
		t.Errorf("the restored graph differs (%d bytes, want %d)", len(got), len(want))
	}
	if code, _, _ := cli(t, restored, "check"); code != exitOK {
		t.Errorf("check of the restored store: exit %d", code)
	}

	// Never over a store.
	code, _, errs = cli(t, db, "restore", bak)
	if code != exitStore || !strings.Contains(errs, "not empty") {
		t.Errorf("restore over a store: exit %d, %q", code, errs)
	}
	// A cut backup is refused and leaves nothing.
	b, _ := os.ReadFile(bak)
	cut := writeFile(t, dir, "cut.bak", string(b[:len(b)*2/3]))
	target := filepath.Join(dir, "fromcut")
	code, _, errs = cli(t, target, "restore", cut)
	if code != exitFailure {
		t.Errorf("restore of a cut backup: exit %d, want %d (%s)", code, exitFailure, errs)
	}
	oneErrorLine(t, errs, "cut short")
	if _, err := os.Stat(target); err == nil {
		t.Error("a failed restore left the directory")
	}
}

var (
	binOnce sync.Once
	binPath string
	binErr  error
)

// safetyBinary builds newsgraph once for the process tests below.
func safetyBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping: builds the binary and runs it (-short)")
	}
	binOnce.Do(func() {
		dir, err := os.MkdirTemp("", "newsgraph-bin-")
		if err != nil {
			binErr = err
			return
		}
		binPath = filepath.Join(dir, "newsgraph")
		cmd := exec.Command("go", "build", "-o", binPath, ".")
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		if out, err := cmd.CombinedOutput(); err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// runCode runs the binary and returns its exit status and output.
func runCode(t *testing.T, bin, db string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, append([]string{"--db", db}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		if ee.Sys().(syscall.WaitStatus).Signaled() {
			t.Fatalf("newsgraph %v died of %v:\n%.2000s", args, ee.Sys().(syscall.WaitStatus).Signal(), errb.String())
		}
		return ee.ExitCode(), out.String(), errb.String()
	}
	if err != nil {
		t.Fatal(err)
	}
	return 0, out.String(), errb.String()
}

// TestQueriesAfterCrash kills an ingest (SIGKILL) while it writes, then
// runs three queries at once: all succeed and agree.
func TestQueriesAfterCrash(t *testing.T) {
	bin := safetyBinary(t)
	dir := t.TempDir()
	in := syntheticCorpus(t, dir, 3000)
	for round := range 3 {
		db := filepath.Join(dir, fmt.Sprintf("db%d", round))
		cmd := exec.Command(bin, "--db", db, "ingest", "-q", in)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill it once it has written something.
		deadline := time.Now().Add(60 * time.Second)
		for time.Now().Before(deadline) {
			if mems, _ := filepath.Glob(filepath.Join(db, "*.mem")); len(mems) > 0 && exists(filepath.Join(db, "MANIFEST")) {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(time.Duration(200+round*300) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		var wg sync.WaitGroup
		outs := make([]string, 3)
		codes := make([]int, 3)
		errss := make([]string, 3)
		for i := range outs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				codes[i], outs[i], errss[i] = runCode(t, bin, db, "stats", "--json")
			}()
		}
		wg.Wait()
		for i := range outs {
			if codes[i] != exitOK {
				t.Errorf("round %d, query %d: exit %d: %s", round, i, codes[i], errss[i])
			} else if outs[i] != outs[0] {
				t.Errorf("round %d: queries disagree:\n%s\n%s", round, outs[i], outs[0])
			}
		}
	}
}

// mountTmpfs mounts a tmpfs of size MB at a new directory, or skips the
// test where mounting is not permitted.
func mountTmpfs(t *testing.T, mb int) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%dm", mb)); err != nil {
		t.Skipf("skipping the full-disk test: cannot mount a %d MB tmpfs here (%v); it needs root or CAP_SYS_ADMIN", mb, err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// TestFullDisk ingests onto a small file system that fills up: the ingest
// stops cleanly (exit 1, one line saying how much space there is and how
// much it needs) with what it committed kept, no command dies of SIGBUS,
// and once space is freed the ingest finishes with the same graph as a
// clean one.
func TestFullDisk(t *testing.T) {
	bin := safetyBinary(t)
	dir := t.TempDir()
	in := syntheticCorpus(t, dir, 3000)
	clean := filepath.Join(dir, "clean")
	if code, _, errs := runCode(t, bin, clean, "ingest", "-q", in); code != exitOK {
		t.Fatalf("clean ingest: %d %s", code, errs)
	}
	_, want, _ := runCode(t, bin, clean, "export", "--format", "json")

	fs := mountTmpfs(t, 64)
	db := filepath.Join(fs, "db")
	// Leave a little more than an ingest needs to start, so that it
	// fills the disk as it goes.
	filler := filepath.Join(fs, "filler")
	if err := os.WriteFile(filler, make([]byte, 22<<20), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCode(t, bin, db, "ingest", "-q", in)
	if code != exitFailure {
		t.Fatalf("ingest onto a filling disk: exit %d, want %d: %s", code, exitFailure, errs)
	}
	oneErrorLine(t, errs, "no space left on "+fs)
	if !strings.Contains(errs, "MB free, need about") {
		t.Errorf("the message does not give the space: %q", errs)
	}
	code, out, errs := runCode(t, bin, db, "stats", "--json")
	if code != exitOK {
		t.Fatalf("stats on the full disk: exit %d: %s", code, errs)
	}
	var st struct{ Articles int }
	json.Unmarshal([]byte(out), &st)
	if st.Articles == 0 {
		t.Errorf("no article kept (the test wants the disk to fill during the ingest)")
	}
	if code, _, errs := runCode(t, bin, db, "check"); code != exitOK {
		t.Errorf("check after the disk filled: exit %d: %s", code, errs)
	}
	// Fill it completely: still no SIGBUS (runCode fails the test on a
	// signal), only clear messages.
	f, _ := os.OpenFile(filler, os.O_WRONLY|os.O_APPEND, 0o644)
	f.Write(make([]byte, 64<<20))
	f.Close()
	for _, args := range [][]string{{"stats"}, {"ingest", "-q", in}, {"check"}} {
		code, _, errs := runCode(t, bin, db, args...)
		if code != exitOK && !strings.Contains(errs, "no space left") {
			t.Errorf("%v on a full disk: exit %d, %q", args, code, errs)
		}
	}
	os.Remove(filler)
	if code, _, errs := runCode(t, bin, db, "ingest", "-q", in); code != exitOK {
		t.Fatalf("ingest after freeing space: exit %d: %s", code, errs)
	}
	if _, got, _ := runCode(t, bin, db, "export", "--format", "json"); got != want {
		t.Errorf("the graph after the full disk differs from a clean ingest (%d bytes, want %d)", len(got), len(want))
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}
