package gazetteer

import (
	"io/fs"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/graph"
)

func loadEmbedded(t *testing.T) *Gazetteer {
	t.Helper()
	sub, err := fs.Sub(data.Gazetteer, "gazetteer")
	if err != nil {
		t.Fatal(err)
	}
	g, err := Load(sub)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestBlockHoldsEverything checks the rule that makes a block safe: every
// string and slice a loaded gazetteer hands out points into its block, or
// is one of the type and kind constants.
func TestBlockHoldsEverything(t *testing.T) {
	g := loadEmbedded(t)
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(g.mem.words)))
	hi := lo + uintptr(len(g.mem.words))*8
	inside := func(p unsafe.Pointer) bool { return lo <= uintptr(p) && uintptr(p) < hi }
	str := func(what, s string) {
		if s != "" && !inside(unsafe.Pointer(unsafe.StringData(s))) {
			t.Fatalf("%s %q is outside the block", what, s)
		}
	}
	constant := func(what, s string, consts []string) {
		for _, c := range consts {
			if unsafe.StringData(s) == unsafe.StringData(c) {
				return
			}
		}
		t.Fatalf("%s %q is not one of the constants", what, s)
	}
	var types, kinds []string
	for _, ty := range graph.Types {
		types = append(types, string(ty))
	}
	for _, k := range Kinds {
		kinds = append(kinds, string(k))
	}
	alias := func(what string, a Alias) {
		str(what+" text", a.Text)
		constant(what+" kind", string(a.Kind), kinds)
	}
	if !inside(unsafe.Pointer(unsafe.SliceData(g.entries))) || !inside(unsafe.Pointer(unsafe.SliceData(g.matches))) {
		t.Fatal("entries or matches are outside the block")
	}
	for i := range g.entries {
		e := &g.entries[i]
		for _, s := range []string{e.ID, e.Name, e.Country, e.QID, e.Role} {
			str(e.ID, s)
		}
		constant(e.ID+" type", string(e.Type), types)
		if e.Capitals != nil && !inside(unsafe.Pointer(unsafe.SliceData(e.Capitals))) {
			t.Fatalf("%s: capitals outside the block", e.ID)
		}
		for _, c := range e.Capitals {
			str(e.ID+" capital", c)
		}
		if len(e.Aliases) > 0 && !inside(unsafe.Pointer(unsafe.SliceData(e.Aliases))) {
			t.Fatalf("%s: aliases outside the block", e.ID)
		}
		for _, a := range e.Aliases {
			alias(e.ID+" alias", a)
		}
	}
	for _, m := range g.matches {
		if !inside(unsafe.Pointer(m.Entry)) {
			t.Fatalf("match %q: entry outside the block", m.Alias.Text)
		}
		alias("match", m.Alias)
	}
}

// TestBlockOutlivesGazetteer keeps only a Match and an entry of a loaded
// gazetteer through several collections: what they point to must stay.
func TestBlockOutlivesGazetteer(t *testing.T) {
	g := loadEmbedded(t)
	ms := g.Find("Pakistan")
	if len(ms) == 0 {
		t.Fatal("no match for Pakistan")
	}
	m := ms[0]
	e := g.ByID(m.Entry.ID)
	want := strings.Join([]string{m.Entry.ID, m.Entry.Name, m.Alias.Text, string(m.Alias.Kind), e.Aliases[len(e.Aliases)-1].Text}, "|")
	want = strings.Clone(want)
	g = nil
	var junk [][]byte
	for range 5 {
		runtime.GC()
		for range 1000 {
			junk = append(junk, []byte(strings.Repeat("x", 4096)))
		}
		junk = junk[:0]
	}
	got := strings.Join([]string{m.Entry.ID, m.Entry.Name, m.Alias.Text, string(m.Alias.Kind), e.Aliases[len(e.Aliases)-1].Text}, "|")
	if got != want {
		t.Errorf("after collections: %q, want %q", got, want)
	}
}

// TestCarve checks that carved slices do not overlap and keep alignment.
func TestCarve(t *testing.T) {
	b := newBlock(blockWords[byte](5) + blockWords[Entry](2) + blockWords[string](3))
	bs := carve[byte](b, 5)[:5]
	es := carve[Entry](b, 2)[:2]
	ss := carve[string](b, 3)[:3]
	if b.used != len(b.words) {
		t.Errorf("used %d of %d words", b.used, len(b.words))
	}
	end := uintptr(unsafe.Pointer(&bs[4])) + 1
	if p := uintptr(unsafe.Pointer(&es[0])); p < end || p%8 != 0 {
		t.Errorf("entries at %#x, bytes end at %#x", p, end)
	}
	if p := uintptr(unsafe.Pointer(&ss[0])); p < uintptr(unsafe.Pointer(&es[1]))+unsafe.Sizeof(Entry{}) {
		t.Errorf("strings overlap the entries")
	}
	if cap(carve[Alias](b, 0)) != 0 {
		t.Error("an empty carve has capacity")
	}
	defer func() {
		if recover() == nil {
			t.Error("carving past the end did not panic")
		}
	}()
	carve[byte](b, 1)
}
