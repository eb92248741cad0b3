package gazetteer

import (
	"cmp"
	"compress/gzip"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph/data"
	"github.com/newsgraph/newsgraph/graph"
)

// Match is one entry found by Lookup and the alias that matched.
type Match struct {
	Entry *Entry
	Alias Alias
}

// Gazetteer indexes entries by the Key of their aliases. It is read-only
// once built and safe for concurrent use.
type Gazetteer struct {
	chunks []*chunk
	n      int
	// index maps a key to its group; groups[g] is the range of matches
	// holding the group's matches, in Lookup order. It also holds every
	// word prefix of a key (the words before one of its spaces): the
	// value's hasLonger bit is set for those, and a prefix that is not a
	// key itself has group noGroup.
	index     map[string]int32
	groups    []span
	matches   []Match
	maxWords  int
	countries map[string]*Entry

	idOnce sync.Once
	byID   map[string]*Entry
}

type span struct{ start, end int32 }

// Bits of an index value besides the group.
const (
	hasLonger = 1 << 30       // a longer key starts with this key and a space
	noGroup   = hasLonger - 1 // only a word prefix of keys, not a key
)

// chunk is a slice of entries with the keys of their aliases, in order,
// and (once indexed) the group of each alias.
type chunk struct {
	name    string // the file's name, which orders chunks
	entries []Entry
	keys    []string
	groups  []int32 // -1: empty key, or a key repeated within an entry
}

// newChunk computes the keys of the entries' aliases. They are written one
// after another into one string, which spares the garbage collector a
// small string per alias.
func newChunk(entries []Entry) *chunk {
	c := &chunk{entries: entries}
	n, size := 0, 0
	for i := range entries {
		n += len(entries[i].Aliases)
		for _, a := range entries[i].Aliases {
			size += len(a.Text)
		}
	}
	ends := make([]int, 0, n)
	var b strings.Builder
	b.Grow(size)
	for i := range entries {
		for _, a := range entries[i].Aliases {
			if fastKeyable(a.Text) {
				writeFastKey(&b, a.Text)
			} else {
				b.WriteString(Key(a.Text))
			}
			ends = append(ends, b.Len())
		}
	}
	all := b.String()
	c.keys = make([]string, n)
	start := 0
	for j, end := range ends {
		c.keys[j] = all[start:end]
		start = end
	}
	return c
}

// New indexes entries; the gazetteer keeps and shares the slice. Aliases
// of one entry that share a key are indexed once, under the strongest kind.
func New(entries []Entry) *Gazetteer {
	c := newChunk(entries)
	ix := newIndexer(len(c.keys))
	ix.add(c)
	return ix.finish()
}

// Load reads every "*.tsv.gz" file at the root of fsys (gzip-compressed
// EncodeEntries output) and indexes their entries. Files are read and
// decoded concurrently while the index is being built.
func Load(fsys fs.FS) (*Gazetteer, error) {
	names, err := fs.Glob(fsys, "*.tsv.gz")
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("gazetteer: no *.tsv.gz files")
	}
	type result struct {
		c   *chunk
		err error
	}
	results := make(chan result, len(names))
	hint := 0
	for _, name := range names {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("gazetteer: %s: %w", name, err)
		}
		aliases, size := sizeHint(zr.Comment)
		hint += aliases
		go func() {
			defer f.Close()
			entries, err := decodeGzip(zr, size)
			if err != nil {
				results <- result{err: fmt.Errorf("gazetteer: %s: %w", name, err)}
				return
			}
			c := newChunk(entries)
			c.name = name
			results <- result{c: c}
		}()
	}
	ix := newIndexer(hint)
	var firstErr error
	for range names {
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

// decodeGzip decompresses zr whole, into a buffer of size bytes if that is
// right, and decodes the entries.
func decodeGzip(zr *gzip.Reader, size int) ([]Entry, error) {
	var buf strings.Builder
	buf.Grow(size)
	if _, err := io.Copy(&buf, zr); err != nil {
		return nil, err
	}
	if err := zr.Close(); err != nil {
		return nil, err
	}
	return DecodeEntries(buf.String())
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
	counts []int32 // matches per group
}

func newIndexer(aliases int) *indexer {
	return &indexer{
		g:      &Gazetteer{index: make(map[string]int32, aliases), countries: make(map[string]*Entry)},
		counts: make([]int32, 0, aliases),
	}
}

// add gives every new key of c a group and counts the matches per group.
func (ix *indexer) add(c *chunk) {
	g := ix.g
	g.chunks = append(g.chunks, c)
	g.n += len(c.entries)
	c.groups = make([]int32, len(c.keys))
	at := 0
	for i := range c.entries {
		e := &c.entries[i]
		if e.Type == graph.Country && e.Country != "" {
			g.countries[e.Country] = e
		}
		first := at
		for _, a := range e.Aliases {
			key := c.keys[at]
			c.groups[at] = -1
			at++
			if key == "" {
				continue
			}
			v, ok := g.index[key]
			grp := v &^ hasLonger
			if !ok || grp == noGroup {
				grp = int32(len(ix.counts))
				g.index[key] = grp | v&hasLonger
				ix.counts = append(ix.counts, 0)
				ix.addPrefixes(key)
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

// addPrefixes marks the word prefixes of a new key in the index.
func (ix *indexer) addPrefixes(key string) {
	g := ix.g
	words := 1
	for p := 0; p < len(key); p++ {
		if key[p] != ' ' {
			continue
		}
		words++
		if v, ok := g.index[key[:p]]; !ok {
			g.index[key[:p]] = noGroup | hasLonger
		} else if v&hasLonger == 0 {
			g.index[key[:p]] = v | hasLonger
		}
	}
	g.maxWords = max(g.maxWords, words)
}

// finish lays the groups out one after another in matches and sorts each.
func (ix *indexer) finish() *Gazetteer {
	g := ix.g
	slices.SortFunc(g.chunks, func(a, b *chunk) int { return strings.Compare(a.name, b.name) })
	g.groups = make([]span, len(ix.counts))
	var end int32
	for i, n := range ix.counts {
		g.groups[i] = span{end, end}
		end += n
	}
	g.matches = make([]Match, end)
	for _, c := range g.chunks {
		at := 0
		for i := range c.entries {
			e := &c.entries[i]
			for _, a := range e.Aliases {
				if grp := c.groups[at]; grp >= 0 {
					s := &g.groups[grp]
					g.matches[s.end] = Match{e, a}
					s.end++
				}
				at++
			}
		}
		c.keys, c.groups = nil, nil
	}
	for _, s := range g.groups {
		if s.end-s.start > 1 {
			slices.SortFunc(g.matches[s.start:s.end], compareMatches)
		}
	}
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
	v, ok := g.index[key]
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

// ByID returns the entry with the given ID, or nil. The ID map is built on
// the first call.
func (g *Gazetteer) ByID(id string) *Entry {
	g.idOnce.Do(func() {
		g.byID = make(map[string]*Entry, g.n)
		for _, c := range g.chunks {
			for i := range c.entries {
				g.byID[c.entries[i].ID] = &c.entries[i]
			}
		}
	})
	return g.byID[id]
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
func (g *Gazetteer) Len() int { return g.n }

// All calls yield for every entry until it returns false: file by file in
// name order, each in file order (which is ID order for generated files).
func (g *Gazetteer) All(yield func(*Entry) bool) {
	for _, c := range g.chunks {
		for i := range c.entries {
			if !yield(&c.entries[i]) {
				return
			}
		}
	}
}
