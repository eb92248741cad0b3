package analytics

// Cached analytics: Centrality and Communities over a whole stored graph,
// kept in a Cache (the store's result cache) under a name that says what
// was computed with which options. The cache files values under the graph
// version they were computed for, so a repeated query is answered without
// loading the graph, and any write to the graph invalidates it.

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Cache keeps encoded results of analyses of one stored graph.
// *store.ResultCache satisfies it.
type Cache interface {
	// Remember returns the value filed under name for the graph as it is
	// now when valid accepts it, and a nil graph. Otherwise it loads the
	// graph, calls compute on it, files the value and returns it with the
	// loaded graph.
	Remember(name string, valid func([]byte) bool, compute func(*graph.Graph) ([]byte, error)) ([]byte, *graph.Graph, error)
}

// cacheFormat is the first byte of every cached value; a value of another
// format is ignored (recomputed and overwritten).
const cacheFormat = 1

// cacheName names one analysis for the cache: the kind of result, the
// measure and every option that changes the result.
func cacheName(what string, m Measure, o Options) string {
	kinds := make([]string, len(o.Kinds))
	for i, k := range o.Kinds {
		kinds[i] = string(k)
	}
	slices.Sort(kinds)
	kinds = slices.Compact(kinds)
	w := "w"
	if o.Unweighted {
		w = "u"
	}
	return what + "/" + string(m) + "/" + w + "/" + strings.Join(kinds, ",") + "/" + strconv.Itoa(o.Pivots)
}

// cached is one cached result: a value per entity and one extra number
// (the modularity for communities).
type cached struct {
	ids    []graph.ID
	values []float64
	extra  float64
}

// encodeCache writes c as: format byte, uvarint count, extra (8 bytes), then
// count × (ID, value), each 8 bytes big-endian (values as IEEE 754 bits).
func encodeCache(c cached) []byte {
	b := []byte{cacheFormat}
	b = binary.AppendUvarint(b, uint64(len(c.ids)))
	b = binary.BigEndian.AppendUint64(b, math.Float64bits(c.extra))
	for i, id := range c.ids {
		b = binary.BigEndian.AppendUint64(b, uint64(id))
		b = binary.BigEndian.AppendUint64(b, math.Float64bits(c.values[i]))
	}
	return b
}

func decodeCache(b []byte) (cached, bool) {
	if len(b) < 1 || b[0] != cacheFormat {
		return cached{}, false
	}
	n, k := binary.Uvarint(b[1:])
	if k <= 0 {
		return cached{}, false
	}
	b = b[1+k:]
	if uint64(len(b)) != 8+16*n {
		return cached{}, false
	}
	c := cached{ids: make([]graph.ID, n), values: make([]float64, n), extra: math.Float64frombits(binary.BigEndian.Uint64(b))}
	b = b[8:]
	for i := range c.ids {
		c.ids[i] = graph.ID(binary.BigEndian.Uint64(b[16*i:]))
		c.values[i] = math.Float64frombits(binary.BigEndian.Uint64(b[16*i+8:]))
	}
	return c, true
}

// remember is Cache.Remember for cached results.
func remember(c Cache, name string, compute func(*graph.Graph) (cached, error)) (cached, *graph.Graph, error) {
	valid := func(b []byte) bool { _, ok := decodeCache(b); return ok }
	b, loaded, err := c.Remember(name, valid, func(g *graph.Graph) ([]byte, error) {
		res, err := compute(g)
		if err != nil {
			return nil, err
		}
		return encodeCache(res), nil
	})
	if err != nil {
		return cached{}, loaded, err
	}
	res, _ := decodeCache(b)
	return res, loaded, nil
}

// CachedCentrality returns Centrality(g, m, o) for the graph g that c
// caches results of, from the cache when the graph has not changed since
// it was last computed. On a miss c loads the graph and the scores are
// computed and cached; the loaded graph is returned, nil on a hit. Cached
// scores are exactly the computed ones.
func CachedCentrality(c Cache, m Measure, o Options) (map[graph.ID]float64, *graph.Graph, error) {
	if !slices.Contains(Measures, m) {
		return nil, nil, fmt.Errorf("%w %q", ErrUnknownMeasure, m)
	}
	res, loaded, err := remember(c, cacheName("centrality", m, o), func(g *graph.Graph) (cached, error) {
		a := Analyse(g, o)
		v, err := a.Scores(m)
		if err != nil {
			return cached{}, err
		}
		return cached{ids: a.IDs(), values: v}, nil
	})
	if err != nil {
		return nil, loaded, err
	}
	scores := make(map[graph.ID]float64, len(res.ids))
	for i, id := range res.ids {
		scores[id] = res.values[i]
	}
	return scores, loaded, nil
}

// CachedCommunities is Communities over the graph c caches results of,
// cached as CachedCentrality caches centralities. It returns every
// entity's community, the modularity and the graph it loaded (nil on a
// hit).
func CachedCommunities(c Cache, o Options) (map[graph.ID]int, float64, *graph.Graph, error) {
	res, loaded, err := remember(c, cacheName("communities", "", o), func(g *graph.Graph) (cached, error) {
		comm, q, err := Communities(g, o)
		if err != nil {
			return cached{}, err
		}
		c := cached{extra: q, ids: make([]graph.ID, 0, len(comm))}
		for id := range comm {
			c.ids = append(c.ids, id)
		}
		slices.Sort(c.ids)
		for _, id := range c.ids {
			c.values = append(c.values, float64(comm[id]))
		}
		return c, nil
	})
	if err != nil {
		return nil, 0, loaded, err
	}
	comm := make(map[graph.ID]int, len(res.ids))
	for i, id := range res.ids {
		comm[id] = int(res.values[i])
	}
	return comm, res.extra, loaded, nil
}
