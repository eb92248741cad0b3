package main

import (
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/export/dgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/atomicfile"
)

// storeTagFile names, in a store's directory, the file holding the tag
// that tells this store's share of each entity node from other stores'
// (dgraph.Options.Store).
const storeTagFile = "dgraph-store-id"

// storeTag returns the store's tag, made (16 random hex digits) and
// saved the first time unless readOnly ("" then): a push replaces the
// share it pushed before and leaves the shares other stores pushed.
func storeTag(db string, readOnly bool) (string, error) {
	path := filepath.Join(db, storeTagFile)
	b, err := os.ReadFile(path)
	switch {
	case err == nil:
		if tag := strings.TrimSpace(string(b)); tag != "" {
			return tag, nil
		}
	case !errors.Is(err, fs.ErrNotExist):
		return "", err
	}
	if readOnly {
		return "", nil
	}
	var r [8]byte
	if _, err := rand.Read(r[:]); err != nil {
		return "", err
	}
	tag := hex.EncodeToString(r[:])
	if err := atomicfile.WriteBytes(path, 0o644, []byte(tag+"\n")); err != nil {
		return "", err
	}
	return tag, nil
}

// pushShares sets, in po, the store's tag and the entities as linking
// left them that each entity of the store stands for (ingest.Bases).
func pushShares(g *globalOptions, po *dgraph.Options) error {
	// A dry run saves nothing: without a tag yet, no push sent shares.
	tag, err := storeTag(g.db, po.DryRun)
	if err != nil || tag == "" {
		return err
	}
	s, err := openRead(g)
	if err != nil {
		return err
	}
	defer s.Close()
	bases, err := ingest.Bases(s)
	if err != nil {
		return err
	}
	po.Store = tag
	po.Bases = make(map[graph.ID][]dgraph.Base, len(bases))
	for id, list := range bases {
		for _, b := range list {
			po.Bases[id] = append(po.Bases[id], dgraph.Base{Entity: b.Entity, Surfaces: b.Surfaces, First: b.First})
		}
	}
	return nil
}

// knownBases turns the cluster's entity nodes into what Converge links:
// each store's share of a node, entity by entity, or the node itself
// where no store pushed a share.
func knownBases(known []dgraph.Known) []ingest.Known {
	var out []ingest.Known
	for _, k := range known {
		if len(k.Bases) == 0 {
			out = append(out, ingest.Known{Entity: k.Entity, First: k.First})
			continue
		}
		for _, b := range k.Bases {
			if b.Type == "" {
				b.Type = k.Entity.Type
			}
			// The entity's own first article where the share says it
			// (ingest.Bases), else its node's.
			out = append(out, ingest.Known{Entity: b.Entity, First: cmp.Or(b.First, k.First), Surfaces: b.Surfaces})
		}
	}
	return out
}
