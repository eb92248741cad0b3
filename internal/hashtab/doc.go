// Package hashtab is the one open-addressing hash table behind the
// project's large read-mostly lookup tables: the recognizer's feature,
// cluster and gazetteer tables (entities/ner) and the gazetteer's key and
// ID indexes (entities/gazetteer).
//
// A [Table] maps nonzero 64-bit hashes to values (of a type without
// pointers) over a power-of-two array of slots with linear probing. Its slots hold no
// pointers, so the garbage collector does not scan them, and it is kept
// sparse (spread slots per item) so that a miss, for these tables the
// common case, ends after one or two probes. Callers whose keys are
// strings hash them ([String]) and keep the keys themselves, the value
// locating them; [Table.Find], [Table.Ref] and [Table.Put] take a match
// function that tells items of one hash apart.
//
// Lookups are safe for concurrent use; Put is not.
package hashtab
