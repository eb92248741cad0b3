package gazetteer

import (
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/fold"
)

// Match is one entry found by Lookup and the alias that matched.
type Match struct {
	Entry *Entry
	Alias Alias
	// shape caches ShortCaps and ShortInnerCap (shapeSet and the bits
	// below) in the matches a gazetteer returns; 0 when not computed (a
	// Match made by hand), and the methods then work it out. Readers ask
	// them of every match of a span, and the alias texts lie scattered
	// over the gazetteer's memory: a cache miss per match without it.
	shape uint8
}

// Match.shape bits.
const (
	shapeSet = 1 << iota
	shapeShortCaps
	shapeShortInnerCap
)

// aliasShape computes Match.shape of an alias text.
func aliasShape(text string) uint8 {
	sh := uint8(shapeSet)
	if utf8.RuneCountInString(text) <= 6 {
		if fold.AllCaps(text) {
			sh |= shapeShortCaps
		}
		if innerCapital(text) {
			sh |= shapeShortInnerCap
		}
	}
	return sh
}

func (m Match) shapeBits() uint8 {
	if m.shape != 0 {
		return m.shape
	}
	return aliasShape(m.Alias.Text)
}

// ShortCaps reports whether the alias is an abbreviation in capitals of
// at most six characters ("US", "PML-N"): every letter, and at least
// one, upper case (fold.AllCaps).
func (m Match) ShortCaps() bool { return m.shapeBits()&shapeShortCaps != 0 }

// ShortInnerCap reports whether the alias is one word of at most six
// characters with a capital after its first letter: an acronym written
// in mixed case ("CoR", "MoD").
func (m Match) ShortInnerCap() bool { return m.shapeBits()&shapeShortInnerCap != 0 }

// innerCapital reports whether the one word s has a capital after its
// first letter.
func innerCapital(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return !strings.ContainsRune(s, ' ')
		}
	}
	return false
}

// Gazetteer indexes entries by the Key of their aliases. It is read-only
// once built and safe for concurrent use.
type Gazetteer struct {
	// entries are every entry in All order; a loaded gazetteer's, with
	// their strings and the matches, are in one block (see block.go).
	entries []Entry
	mem     *block // a loaded gazetteer's block; nil for New
	// index maps a key to its group; groups[g] is the range of matches
	// holding the group's matches, in Lookup order. It also holds every
	// word prefix of a key (the words before one of its spaces): the
	// value's hasLonger bit is set for those, and a prefix that is not a
	// key itself has group noGroup.
	index     *keyTable
	groups    []span
	matches   []Match
	maxWords  int
	countries map[string]*Entry

	idOnce sync.Once
	byID   *idTable
}

type span struct{ start, end int32 }

// Bits of an index value besides the group.
const (
	hasLonger = 1 << 30       // a longer key starts with this key and a space
	noGroup   = hasLonger - 1 // only a word prefix of keys, not a key
)

// chunk is the entries of one file, or those given to New, with the keys
// of their aliases, in order, and (once indexed) the group of each alias.
type chunk struct {
	first   int // the index of entries[0] in Gazetteer.entries
	entries []Entry
	keys    string   // the aliases' keys one after another
	ends    []uint32 // where each alias's key ends in keys
	groups  []int32  // -1: empty key, or a key repeated within an entry
}

// newChunk computes the keys of the entries' aliases. They are written one
// after another into one string.
func newChunk(entries []Entry, first int) *chunk {
	c := &chunk{first: first, entries: entries}
	n, size := 0, 0
	for i := range entries {
		n += len(entries[i].Aliases)
		for _, a := range entries[i].Aliases {
			size += len(a.Text)
		}
	}
	c.ends = make([]uint32, 0, n)
	var b strings.Builder
	b.Grow(size)
	for i := range entries {
		for _, a := range entries[i].Aliases {
			if fastKeyable(a.Text) {
				writeFastKey(&b, a.Text)
			} else {
				b.WriteString(Key(a.Text))
			}
			c.ends = append(c.ends, uint32(b.Len()))
		}
	}
	c.keys = b.String()
	return c
}

// New indexes entries; the gazetteer keeps and shares the slice. Aliases
// of one entry that share a key are indexed once, under the strongest kind.
func New(entries []Entry) *Gazetteer {
	c := newChunk(entries, 0)
	ix := newIndexer(entries, nil, len(c.ends))
	ix.add(c)
	return ix.finish()
}

// Load reads every "*.tsv.gz" file at the root of fsys (gzip-compressed
// EncodeEntries output) and indexes their entries. Files are read and
// decoded concurrently, and indexed as each is decoded. Everything the
// gazetteer hands out is kept in one block that the garbage collector does
// not scan (see block.go).
func Load(fsys fs.FS) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, "*.tsv.gz")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("gazetteer: no *.tsv.gz files")
	}
	slices.Sort(names) // the order of All
	files, hint, err := readFiles(fsys, names)
	if err != nil {
		return nil, err
	}
	var total counts
	words := 0
	for _, f := range files {
		total.add(f.counts)
		words += blockWords[byte](len(f.text))
	}
	words += blockWords[Entry](total.entries) + blockWords[Alias](total.aliases) +
		blockWords[string](total.capitals) + blockWords[Match](total.aliases)
	b := newBlock(words)
	entries := carve[Entry](b, total.entries)[:total.entries]
	aliases := carve[Alias](b, total.aliases)[:total.aliases]
	capitals := carve[string](b, total.capitals)[:total.capitals]
	texts := make([]string, len(files))
	for i, f := range files {
		texts[i] = b.text(f.text)
		files[i].text = ""
	}
	type result struct {
		c   *chunk
		err error
	}
	results := make(chan result, len(files))
	var at counts
	for i, f := range files {
		n := f.counts
		d := decoder{
			entries:  entries[at.entries : at.entries : at.entries+n.entries],
			aliases:  aliases[at.aliases : at.aliases : at.aliases+n.aliases],
			capitals: capitals[at.capitals : at.capitals : at.capitals+n.capitals],
		}
		first := at.entries
		at.add(n)
		go func() {
			err := d.decode(texts[i])
			if err == nil && len(d.entries) != n.entries {
				err = errMiscounted
			}
			if err != nil {
				results <- result{err: fmt.Errorf("gazetteer: %s: %w", names[i], err)}
				return
			}
			results <- result{c: newChunk(d.entries, first)}
		}()
	}
	ix := newIndexer(entries, b, hint)
	var firstErr error
	for range files {
		r := <-results
		switch {
		case r.err != nil && firstErr == nil:
			firstErr = r.err
		case r.err == nil && firstErr == nil:
			ix.add(r.c)
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return ix.finish(), nil
}

// file is one decompressed file of Load and what decoding it will make.
type file struct {
	text string
	counts
}

// readFiles decompresses the named files concurrently and counts their
// entries. hint is the sum of the alias counts their gzip comments
// announce.
func readFiles(fsys fs.FS, names []string) (files []file, hint int, err error) {
	files = make([]file, len(names))
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	for i, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			wg.Wait()
			return nil, 0, fmt.Errorf("gazetteer: %w", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			wg.Wait()
			return nil, 0, fmt.Errorf("gazetteer: %s: %w", name, err)
		}
		aliases, size := sizeHint(zr.Comment)
		hint += aliases
		wg.Go(func() {
			defer f.Close()
			text, err := gunzip(zr, size)
			if err != nil {
				errs[i] = fmt.Errorf("gazetteer: %s: %w", name, err)
				return
			}
			files[i] = file{text, countEntries(text)}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, 0, err
	}
	return files, hint, nil
}

// SizeHintComment is the gzip header comment with which tools/gazgen
// announces a file's alias count and uncompressed size, so that Load can
// size its buffers and index up front: "aliases=<n> size=<bytes>".
func SizeHintComment(aliases, size int) string {
	return "aliases=" + strconv.Itoa(aliases) + " size=" + strconv.Itoa(size)
}

// sizeHint reads a SizeHintComment; missing or malformed values are 0.
func sizeHint(comment string) (aliases, size int) {
	for _, f := range strings.Fields(comment) {
		k, v, _ := strings.Cut(f, "=")
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 || n > 1<<30 {
			continue
		}
		switch k {
		case "aliases":
			aliases = n
		case "size":
			size = n
		}
	}
	return aliases, size
}

// gunzip decompresses zr whole, into a buffer of size bytes if that is
// right.
func gunzip(zr *gzip.Reader, size int) (string, error) {
	var buf strings.Builder
	buf.Grow(size)
	if _, err := io.Copy(&buf, zr); err != nil {
		return "", err
	}
	return buf.String(), zr.Close()
}

var (
	defaultOnce sync.Once
	defaultGaz  *Gazetteer
)

// Default returns the gazetteer built from the files embedded in package
// data (data/gazetteer, generated by tools/gazgen). It is loaded on first
// use and shared. It panics if the embedded files are malformed, which a
// test of this package rules out for every build.
func Default() *Gazetteer {
	defaultOnce.Do(func() {
		sub, err := fs.Sub(data.Gazetteer, "gazetteer")
		if err == nil {
			defaultGaz, err = Load(sub)
		}
		if err != nil {
			panic(err)
		}
	})
	return defaultGaz
}

// indexer builds a Gazetteer from chunks added in any order.
type indexer struct {
	g      *Gazetteer
	block  *block  // where the matches go; nil: on the heap
	counts []int32 // matches per group
	chunks []*chunk
}

// newIndexer starts indexing entries, whose aliases number about aliases.
func newIndexer(entries []Entry, b *block, aliases int) *indexer {
	return &indexer{
		g:      &Gazetteer{entries: entries, mem: b, index: newKeyTable(aliases + aliases/8), countries: make(map[string]*Entry)},
		block:  b,
		counts: make([]int32, 0, aliases),
	}
}

// add gives every new key of c a group and counts the matches per group.
func (ix *indexer) add(c *chunk) {
	g := ix.g
	ix.chunks = append(ix.chunks, c)
	t := g.index
	base := len(t.keys)
	t.keys = append(t.keys, c.keys...)
	c.groups = make([]int32, len(c.ends))
	at := 0
	for i := range c.entries {
		e := &c.entries[i]
		if e.Type == graph.Country && e.Country != "" {
			g.countries[e.Country] = e
		}
		first := at
		for _, a := range e.Aliases {
			start, end := base, base+int(c.ends[at])
			if at > 0 {
				start += int(c.ends[at-1])
			}
			c.groups[at] = -1
			at++
			if start == end {
				continue
			}
			v, ok := t.get(string(t.keys[start:end]))
			grp := v &^ hasLonger
			if !ok || grp == noGroup {
				grp = int32(len(ix.counts))
				t.set(start, end, grp|v&hasLonger)
				ix.counts = append(ix.counts, 0)
				ix.addPrefixes(start, end)
			} else if dup := slices.Index(c.groups[first:at-1], grp); dup >= 0 {
				// The same key twice in one entry: keep the stronger kind.
				if a.Kind.Rank() < e.Aliases[dup].Kind.Rank() {
					c.groups[first+dup], c.groups[at-1] = -1, grp
				}
				continue
			}
			c.groups[at-1] = grp
			ix.counts[grp]++
		}
	}
}

// addPrefixes marks the word prefixes of a new key, keys[start:end], in
// the index.
func (ix *indexer) addPrefixes(start, end int) {
	g := ix.g
	t := g.index
	words := 1
	for p := start; p < end; p++ {
		if t.keys[p] != ' ' {
			continue
		}
		words++
		if v, ok := t.get(string(t.keys[start:p])); !ok {
			t.set(start, p, noGroup|hasLonger)
		} else if v&hasLonger == 0 {
			t.set(start, p, v|hasLonger)
		}
	}
	g.maxWords = max(g.maxWords, words)
}

// finish lays the groups out one after another in matches and sorts each.
func (ix *indexer) finish() *Gazetteer {
	g := ix.g
	slices.SortFunc(ix.chunks, func(a, b *chunk) int { return cmp.Compare(a.first, b.first) })
	g.groups = make([]span, len(ix.counts))
	var end int32
	for i, n := range ix.counts {
		g.groups[i] = span{end, end}
		end += n
	}
	if ix.block != nil {
		g.matches = carve[Match](ix.block, int(end))[:end]
	} else {
		g.matches = make([]Match, end)
	}
	for _, c := range ix.chunks {
		at := 0
		for i := range c.entries {
			e := &c.entries[i]
			for _, a := range e.Aliases {
				if grp := c.groups[at]; grp >= 0 {
					s := &g.groups[grp]
					g.matches[s.end] = Match{Entry: e, Alias: a, shape: aliasShape(a.Text)}
					s.end++
				}
				at++
			}
		}
	}
	for _, s := range g.groups {
		if s.end-s.start > 1 {
			slices.SortFunc(g.matches[s.start:s.end], compareMatches)
		}
	}
	g.index.keys = slices.Clone(g.index.keys) // without the room append left
	return g
}

// compareMatches orders a Lookup result: stronger kind first; then a
// country before other entries (Georgia the country before the US state);
// then larger population; then larger vote share; then country,
// organization, place, party, person; then ID.
func compareMatches(a, b Match) int {
	return cmp.Or(
		cmp.Compare(a.Alias.Kind.Rank(), b.Alias.Kind.Rank()),
		cmp.Compare(notCountry(a.Entry), notCountry(b.Entry)),
		cmp.Compare(b.Entry.Population, a.Entry.Population),
		cmp.Compare(b.Entry.Share, a.Entry.Share),
		cmp.Compare(typeRank(a.Entry.Type), typeRank(b.Entry.Type)),
		cmp.Compare(a.Entry.ID, b.Entry.ID),
	)
}

func notCountry(e *Entry) int {
	if e.Type == graph.Country {
		return 0
	}
	return 1
}

// Lookup returns every entry with an alias whose Key is key, each once,
// strongest kind first, then larger population (see compareMatches). key
// must already be a Key; Lookup does not normalise it and does not
// allocate. The result is shared: do not modify it. A match whose alias is
// Upper should be accepted only where the text was in capitals too.
func (g *Gazetteer) Lookup(key string) []Match {
	m, _ := g.LookupLonger(key)
	return m
}

// LookupLonger is Lookup, and also reports whether a longer key starts
// with key and a space: whether a scan adding words after key can still
// find a match.
func (g *Gazetteer) LookupLonger(key string) (m []Match, longer bool) {
	v, ok := g.index.get(key)
	if !ok {
		return nil, false
	}
	if grp := v &^ hasLonger; grp != noGroup {
		s := g.groups[grp]
		m = g.matches[s.start:s.end:s.end]
	}
	return m, v&hasLonger != 0
}

// Find is Lookup(Key(s)).
func (g *Gazetteer) Find(s string) []Match { return g.Lookup(Key(s)) }

// MaxWords is the largest number of space-separated words in any alias
// key: longer n-grams cannot match.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// ByID returns the entry with the given ID, or nil. The ID index is built
// on the first call.
func (g *Gazetteer) ByID(id string) *Entry {
	g.idOnce.Do(func() { g.byID = newIDTable(g.entries) })
	if i := g.byID.get(g.entries, id); i >= 0 {
		return &g.entries[i]
	}
	return nil
}

// CountryByCode returns the country entry with the ISO 3166 alpha-2 code
// (either case), or nil.
func (g *Gazetteer) CountryByCode(cca2 string) *Entry {
	if e, ok := g.countries[cca2]; ok {
		return e
	}
	return g.countries[strings.ToUpper(cca2)]
}

// Len is the number of entries.
func (g *Gazetteer) Len() int { return len(g.entries) }

// All calls yield for every entry until it returns false: file by file in
// name order, each in file order (which is ID order for generated files).
func (g *Gazetteer) All(yield func(*Entry) bool) {
	for i := range g.entries {
		if !yield(&g.entries[i]) {
			return
		}
	}
}
