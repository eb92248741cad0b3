// Package ingest is the ingest engine: the one way articles get into a
// store. It is used by the CLI's ingest and demo commands and by the tests
// alike.
//
// An Engine reads its inputs (files, directories, or readers such as
// standard input) into pieces, extracts entities and relations on parallel
// workers, and has one writer link and commit the results in input order,
// several articles per transaction, so the store ends up as a serial run
// leaves it whatever the number of cores and wherever batches end:
//
//	s, _ := store.Open(dir, store.Options{Create: true})
//	sum, err := ingest.New(s, ingest.Options{}).Run(ctx, []ingest.Input{{Path: "articles/"}}, nil)
//
// Input read before is skipped unread (resume: a file or JSON line with
// the same bytes is recorded once all its articles are stored), and an
// article whose text is stored is counted unchanged. A bad input is a
// Failure in the Summary, naming the file and line; the others still go
// in. Link matches each extracted entity to the stored entity it names,
// or creates it, and writes mentions and relations.
//
// The engine prints nothing: progress comes through a callback and the
// outcome as a Summary.
//
// After the articles of a run are linked (unless the run was interrupted),
// Resolve makes the joins that depend on every entity the store knows
// (short forms, lone surnames, of several bearers the one of the
// surname's role named far more often or the one no article introduces
// as a relative, names another entity has as an alias, a
// weakly typed name read before the organization, person or place it
// names, a team's nickname or demonym) and
// names each entity by an order-free rule (nameRank), so the graph does
// not depend on the order the articles came in. Its joins are recorded as
// joins (store.Txn.Join) and recomputed by every pass, so a later run
// that knows more undoes those it no longer supports.
//
// Genders are kept apart across articles as the extraction keeps them
// within one (gender.go): a lone surname with a female honorific ("Mrs
// Lowe") gathers apart from the lone surname with a male honorific or
// none, and joins no person whose given name the list of given names that
// mark a gender gives a man, nor a lone surname with a male honorific a
// woman; two first names the list gives different genders are no
// spelling variants of one name ("Dennis", "Denise").
//
// So are the people of sports news and of other news where only a
// surname ties them (sportsnews.go): a lone surname of sports news
// ("Frost" of a rugby report) gathers apart from the lone surname of
// other news and joins only a person sports news named, and the other
// way round; a person named in both kinds of news takes either.
//
// Converge resolves a store's entities against entities other stores hold
// (a Dgraph cluster's stores' shares, Bases), with Link's and Resolve's
// rules, and lays the union's joins and names over the store: how stores
// that each ingested part of a corpus end with the entities of one store
// that ingested all of it.
package ingest
