// Package store keeps newsgraph's knowledge graph in a Badger database.
//
// # Store
//
// [Store] keeps the graph in a Badger database. [Store.Update] runs one
// read-write transaction, one at a time: ingest writes whole articles and
// everything they add in one, so after a crash an article is stored whole
// or not at all. An article too big for one transaction (Badger's limits,
// [Store.TxnLimits]) is written by [Store.UpdateInParts] over several,
// stored whole or not at all all the same (see "Writes in parts" below).
// [Store.CacheWrites] keeps what write transactions read
// back (entity records decoded, names, relations, content hashes) in
// memory across transactions, as a long ingest wants; it is filled only
// from committed writes, skips writes that would change nothing and, on a
// new store, knows that what it does not hold is absent (writecache.go).
// [Store.Load] reads the whole store into a Graph, applying merges.
//
// Opening fails with a [*Error] wrapping [ErrLocked] (another process
// holds the store; the holder's pid is named when Badger's LOCK file
// gives it), [ErrNotStore], [ErrNewerSchema] or [ErrNoStore], and writes
// nothing in those cases. Read-only opens share the store with each other
// but not with a writer.
//
// # Keeping the store safe
//
// Before Badger opens a store, Open checks what Badger would otherwise
// repair by throwing data away or panic on (preflight.go): the MANIFEST
// must read and list every table file (Badger deletes the tables a
// truncated MANIFEST forgot, even on a read-only open), every table block
// must pass its checksum, and every memtable log must replay to its end
// (Badger stops at a damaged entry and truncates the committed writes after
// it). Damage is a [*DamageError] ([ErrDamaged]) naming the file; a
// directory holding Badger files without a MANIFEST is damage too, never a
// new store. Panics inside Badger and memory faults on its mapped files
// become errors. After a crash, the first read-only open replays the log
// under a lock file (REPLAY.lock) while other readers wait for it. Write
// transactions first check the disk has [minFree] bytes free and stop with
// a [*SpaceError] ([ErrNoSpace]) rather than let a mapped file fault
// (space.go). [Verify] runs every check, Badger's and [Store.Check];
// [Store.Backup], [BackupFile] and [RestoreFile] write and read Badger's
// backup stream framed with the schema version, length and checksum
// (backup.go).
//
// # Writes in parts
//
// Badger limits a transaction to 15% of its memtable (16 MB here): 26,212
// entries, 2.5 MB (txnsize.go). Ingest accepts articles of up to 4 MB, and
// an article dense with names writes a key for every 6 to 16 bytes of its
// text (4 MB of BBC articles run together: 257,000 keys, ten times the
// limit): BBC text run together passes the limit between 400 KB and 700
// KB. [Store.UpdateInParts] writes such an article over as many
// transactions as it needs, with a journal of the values it overwrote
// (j:<key>) and a marker (m:partial) set until the last part commits; a
// failed write is rolled back at once, one a killed process left by the
// next open, read-only or not, before anything is read (parts.go).
// Readers never see part of an article: a writer holds the store alone,
// and the marker is gone before any open returns.
//
// Measured before choosing it (user CPU seconds and peak RSS of
// "newsgraph ingest", on 2 cores shared with other jobs, so CPU varies by
// about 15%):
//
//	memtable      Reuters-21578          largest article (BBC run together)
//	16 MB         21.9-27.5 s, 814 MB    400 KB; 700 KB fails
//	64 MB         25.9 s, 773 MB         1.5 MB; 4 MB fails (63.7 s, 693 MB)
//	256 MB        35.8 s (busier), 718 MB 4 MB: 173 s, 551 MB
//	16 MB, parts  22.1-23.1 s, 818 MB    4 MB: 74.7 s, 806 MB (1.5 MB: 10.3 s)
//
// A larger memtable costs nothing on Reuters, whose 35 MB store never
// fills one, but only 256 MB takes every article ingest accepts, and then
// a store larger than a memtable keeps up to two of them (512 MB) in
// memory, the free disk a write needs (space.go) and the log an open
// replays after a crash grow alike, and the 4 MB article takes 2.3 times
// the CPU in one transaction (a write transaction's iterators copy its
// pending writes). Refusing articles ingest reads would lose them. Parts
// cost nothing on the common path (a nil check per write) and, for the
// rare article that needs them, a read and a journal entry per key.
//
// # Key layout
//
// Every key starts with a one-byte prefix and a colon. Numbers are
// big-endian, so byte order is numeric order and each index below is a
// prefix scan. <id> is an 8-byte entity ID; <article> is the 16-character
// article ID (hex of the first 8 bytes of SHA-256 of the article's
// normalised text); <kind> is a one-byte relation kind code (1 co_mention,
// 2 member_of, 3 capital_of; never renumbered).
//
//	m:magic                                  "newsgraph"
//	m:schema                                 schema version, decimal ("1")
//	m:seq                                    next entity ID
//	m:version                                graph version, bumped by every write (cache key)
//	m:partial                                a write in parts is unfinished (see Writes in parts)
//	j:<key>                                  <key>'s value before the unfinished write in parts: 0, or 1 and the value
//	a:<article>                              article record, JSON
//	t:<article>                              the article's cleaned text (evidence spans index it)
//	h:<content hash>                         article ID (the content hash is the article ID)
//	e:<id>                                   entity record, JSON
//	d:<id>                                   ID this entity was merged into; followed by "j" for a join (Txn.Join), which later passes recompute
//	u:<id>                                   the name the last pass over every entity (ingest Resolve, a convergence) gave the entity (Txn.SetUnionName), laid over its record
//	n:<name key> 0x00 <id>                   name index: alias kind (full, first+last, surname, acronym)
//	g:<gazetteer entry ID>                   entity linked to a gazetteer entry
//	r:<src><kind><dst>                       relation: weight (uvarint)
//	R:<dst><kind><src>                       the same relation, indexed by its target
//	v:<src><kind><dst><article><start><end>  one evidence sentence (4-byte offsets)
//	x:<article><id>                          mention spans of an entity in an article (uvarint pairs)
//	X:<id><article>                          the same, indexed by entity
//	c:<n>                                    curation log entry n (8 bytes), JSON (see Curation)
//	k:<name key> 0x00 <id>                   curated name index, derived from the active log: NameKind, 0 = removed
//	C:<version><name>                        cached analytics result for graph version <version> (8 bytes; see cache.go)
//	s:<digest>                               an ingested input piece (16-byte digest), so re-ingest skips it unread
//
// Co-mentions are undirected and stored with the smaller ID as src. A merge
// writes d:<id> and leaves the merged entity's other keys in place; Load
// maps every ID through the merges, so undoing a merge is deleting one key.
//
// # Curation
//
// A user's corrections (merge, split, rename, retype, alias add and
// remove) are entries of a log ([Txn.AddCuration]); they never change the
// keys above. Load applies the active entries as an overlay: user merges
// join the redirects, a split assigns each mention of an entity to the
// split-off entity when its text reads the split form and divides the
// entity's relations sentence by sentence, and names, types and aliases
// are set last. Undoing an entry ([Txn.UndoCuration]) marks it undone, so
// the graph is again exactly what it was. Curated aliases are also in the
// name index that linking consults ([Txn.Names]), so articles ingested
// later are linked under them. User merges are not followed by linking
// (it would copy one entity's gazetteer facts onto the other): a later
// article's mentions link to the entity that was merged away, and the
// overlay merges them like the rest.
//
// # Result cache
//
// [Store.Results] gives the analytics package a cache of values computed
// from the whole graph, filed under the graph version, which every write
// bumps: a repeated query is answered without loading the graph, and any
// ingest or curation invalidates it. [Store.SaveCache] stores what a
// read-only open computed.
package store
