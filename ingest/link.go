package ingest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// Index is what linking needs from a store transaction; *store.Txn
// implements it.
type Index interface {
	Names(key string) ([]graph.NameRef, error)
	BaseNames(key string) ([]graph.NameRef, error)
	AddName(key string, id graph.ID, kind graph.NameKind) error
	ByGazetteer(gid string) (graph.ID, bool, error)
	SetGazetteer(gid string, id graph.ID) error
	Entity(id graph.ID) (*graph.Entity, error)
	NewEntity(e *graph.Entity) (graph.ID, error)
	SaveEntity(e *graph.Entity) error
	Redirect(from, to graph.ID) error
	AddMentions(article string, id graph.ID, spans []graph.Span) error
	AddRelationInfo(src graph.ID, k graph.Kind, dst graph.ID, article string, sentences []graph.Span, info graph.RelationInfo) error
}

var _ Index = (*store.Txn)(nil)

// Link stores an article's extraction: each entity is matched to the
// entity already in the store that it names, or created; then mentions and
// relations are written. It returns the store ID of each extracted entity.
//
// Matching across articles, on what the store holds when the article is
// linked, only by what names an entity, never by which other entities
// happen to be stored so far:
//   - a gazetteer entity matches the store entity linked to the same entry;
//   - a person matches by full name, then by first and last name ("Sanjay
//     Kumar Jha" and "Sanjay Jha"), then by transliteration; a lone
//     surname matches the entity linking keeps for that surname alone (one
//     per surname and role, "Lowe" and "President Lowe"), where its
//     mentions gather; a lone surname the extraction gave a gazetteer
//     entry not yet stored, the one person with that surname;
//   - a weakly typed person ("Wells Fargo said") matches the organization
//     of that name;
//   - anything else matches an entity of the same type named by the same
//     name key, a team only a team of its sport (see matchTeam); an
//     organization written as an acronym matches the one
//     party that defined it, and a party absorbs the stored organizations
//     named by its acronym (partyacronyms.go).
//
// The joins whose answer depends on every entity the store knows (a short
// form, "Coast Guard" or "FOMC", to the one full name it shortens; a name
// to the one fuller entity that has it as an alias, so an acronym to the
// one long form that defined it; a long form to another with the same
// acronym and most of its words; a lone surname to the
// one person who has it, or of several the one of its role; an initial
// and surname to the one full name with them; a misspelling to the one
// name of its type an edit away; a weakly typed person to the organization
// of its name, read before it; a weakly typed word to the one person of
// that surname) and the name each entity is known by are left to Resolve,
// which ingest runs after linking, so that the graph does not depend on
// the order the articles were read in, and Converge can make them over
// the entities of several stores.
//
// Only unambiguous matches merge: a lone surname shared by two people stays
// its own entity.
func Link(ix Index, article string, ex *entities.Extraction) ([]graph.ID, error) {
	ids := make([]graph.ID, len(ex.Entities))
	spans := map[graph.ID][]graph.Span{}
	var order []graph.ID
	for i, e := range ex.Entities {
		id, err := linkEntity(ix, e)
		if err != nil {
			return nil, fmt.Errorf("link %q: %w", e.Name, err)
		}
		ids[i] = id
		if len(e.Mentions) > 0 || e.Implied {
			if _, ok := spans[id]; !ok {
				order = append(order, id)
			}
			spans[id] = append(spans[id], e.Mentions...)
		}
	}
	for _, id := range order {
		s := spans[id]
		slices.SortFunc(s, func(a, b graph.Span) int { return a.Start - b.Start })
		if err := ix.AddMentions(article, id, s); err != nil {
			return nil, err
		}
	}
	for _, r := range ex.Relations {
		info := graph.RelationInfo{Confidence: r.Confidence, Attrs: r.Attrs}
		if err := ix.AddRelationInfo(ids[r.From], r.Kind, ids[r.To], article, r.Sentences, info); err != nil {
			return nil, err
		}
	}
	return ids, nil
}

// findStored finds the stored entity e names, by the rules of Link. It
// may retype e to the type of the entity it found (a weakly typed person
// read as the organization of its name, a bare acronym as the party that
// defined it): linkEntity gives it a copy.
func findStored(ix Index, e *entities.Entity) (id graph.ID, found bool, err error) {
	if e.Type == graph.Event && e.Attrs[entities.UnnamedAttr] != "" {
		return 0, false, nil // one article's described event (entities.UnnamedAttr)
	}
	if e.Entry != nil {
		if id, found, err = ix.ByGazetteer(e.Entry.ID); err != nil {
			return 0, false, err
		}
	}
	byEntry := found
	if !found && e.WeakType && (e.Type == graph.Person || e.Type == graph.Party && !partyName(gazetteer.Key(e.Name))) {
		// "Wells Fargo said": the organization of that name, if known
		// (of which it is the one short form, "Wells Fargo & Co", is
		// Resolve's to decide); a party only the recognizer typed too
		// (weak.go).
		if id, found, err = matchTyped(ix, gazetteer.Key(e.Name), graph.Organization); err != nil {
			return 0, false, err
		}
		if found {
			e.Type = graph.Organization
		}
	}
	if !found && e.Type == graph.Person {
		if id, found, err = matchPerson(ix, e); err != nil {
			return 0, false, err
		}
	}
	if !found && e.Type != graph.Person {
		if id, found, err = matchTeam(ix, gazetteer.Key(e.Name), e); err != nil {
			return 0, false, err
		}
	}
	if !found {
		if id, found, err = matchPartyAcronym(ix, e); err != nil {
			return 0, false, err
		}
	}
	if found && e.Entry != nil && !byEntry {
		return otherEntry(ix, id, e.Entry.ID)
	}
	return id, found, nil
}

// otherEntry returns id, found, unless the stored entity id, which e
// matched by name, is another gazetteer entry than gid: two entries are
// two things ("Washington" the state and "Washington, D.C."), and joining
// them by name would make which one an entity stands for depend on which
// was mentioned first.
func otherEntry(ix Index, id graph.ID, gid string) (graph.ID, bool, error) {
	ent, err := ix.Entity(id)
	if err != nil {
		return 0, false, err
	}
	if has := ent.Attrs["gazetteer"]; has != "" && has != gid {
		return 0, false, nil
	}
	return id, true, nil
}

// linkEntity links one extracted entity (see Link) and returns its ID.
func linkEntity(ix Index, extracted *entities.Entity) (graph.ID, error) {
	// A copy, which findStored may retype: the extraction must stay as
	// the extractor made it, because a transaction the store refuses is
	// linked again (the writer commits a batch too big for one
	// transaction one article at a time, store.ErrTxnTooBig), and read
	// the second time as a party or an organization a name would match
	// otherwise ("Quillby said", read as the organization of one sport's
	// team, would no longer match it as an organization of no sport
	// among two sports' teams): the graph would depend on where batches
	// end, and so on timing.
	local := *extracted
	e := &local
	id, found, err := findStored(ix, e)
	if err != nil {
		return 0, err
	}
	isNew := !found

	var rec *graph.Entity
	if found {
		if rec, err = ix.Entity(id); err != nil {
			return 0, err
		}
		// A fuller name replaces a shorter one ("Modi" → "Narendra Modi",
		// "N. Modi" → "Narendra Modi").
		if e.Type == graph.Person && e.Entry == nil && (fuller(e.Words, storedWords(rec.Name)) || len(strings.Fields(e.Name)) > len(strings.Fields(rec.Name))) {
			rec.Aliases = append(rec.Aliases, rec.Name)
			rec.Name = e.Name
		}
	} else {
		rec = &graph.Entity{Name: e.Name, Type: e.Type}
		if _, err := ix.NewEntity(rec); err != nil {
			return 0, err
		}
		id = rec.ID
	}
	rec.Aliases = append(rec.Aliases, e.Aliases...)
	rec.Aliases = slices.DeleteFunc(rec.Aliases, func(a string) bool { return a == rec.Name })
	rec.Mentions += len(e.Mentions)
	if e.Entry != nil {
		setEntry(rec, e.Entry)
		if err := ix.SetGazetteer(e.Entry.ID, id); err != nil {
			return 0, err
		}
	}
	had := newsOf(rec.Attrs)
	for k, v := range e.Attrs {
		if rec.Attrs == nil {
			rec.Attrs = map[string]string{}
		}
		if _, ok := rec.Attrs[k]; !ok {
			rec.Attrs[k] = v
		}
	}
	setNews(rec, had, isNew, e.Attrs[entities.SportsNewsAttr] != "") // sportsnews.go
	if rec.Attrs["sport"] != "" {
		// A town's team of a report of no known sport joined the one
		// sport's team (matchTeam), or that team joined it: the sport
		// says which team it is.
		delete(rec.Attrs, entities.TeamAttr)
	}
	if len(e.Roles) > 0 {
		if rec.Attrs == nil {
			rec.Attrs = map[string]string{}
		}
		if _, ok := rec.Attrs["role"]; !ok {
			rec.Attrs["role"] = e.Roles[0]
		}
	}
	if isNew && e.Type == graph.Person && e.Entry == nil && loneSex(e) == "f" {
		// A lone surname with a female honorific: the entity the lone
		// surname of a woman gathers in (loneSurname; gender.go).
		if rec.Attrs == nil {
			rec.Attrs = map[string]string{}
		}
		rec.Attrs[sexAttr] = "f"
	}
	if err := ix.SaveEntity(rec); err != nil {
		return 0, err
	}

	if err := indexNames(ix, id, e); err != nil {
		return 0, err
	}
	if err := absorbPartyAcronyms(ix, id, e); err != nil {
		return 0, err
	}
	if isNew {
		if err := markWeak(ix, id, e.WeakType && (e.Type == graph.Person || e.Type == graph.Party || surnameWord(e) != "")); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// setEntry makes entry the gazetteer entry rec is known by (its
// "gazetteer", "country" and "wikidata" attributes) when rec has none yet
// or entry's ID sorts before the one it has. An entity that several
// entries reached by name ("New York City" mentioned as the city and as
// the state) is then known by the same one whichever was mentioned last,
// so every store, and the cluster (see Converge), that holds the same
// entries names it alike.
func setEntry(rec *graph.Entity, entry *gazetteer.Entry) {
	if old := rec.Attrs["gazetteer"]; old != "" && old <= entry.ID {
		return
	}
	if rec.Attrs == nil {
		rec.Attrs = map[string]string{}
	}
	rec.Attrs["gazetteer"] = entry.ID
	for k, v := range map[string]string{"country": entry.Country, "wikidata": entry.QID} {
		if v != "" {
			rec.Attrs[k] = v
		} else {
			delete(rec.Attrs, k)
		}
	}
}

// indexNames indexes the names a stored entity is found by: a person's
// full name, first and last name, surname, spelling variant and initial
// with surname; another entity's name, aliases and acronyms.
func indexNames(ix Index, id graph.ID, e *entities.Entity) error {
	if e.Type == graph.Person {
		full, firstLast, surname := personKeys(e)
		kinds := []graph.NameKind{graph.NameFull, graph.NameFirstLast, graph.NameSurname, graph.NameFirstLast}
		for i, key := range []string{full, firstLast, surname, variantKey(e)} {
			if err := addPersonName(ix, key, id, kinds[i], len(e.Words) >= 2); err != nil {
				return err
			}
		}
	} else {
		for _, a := range append([]string{e.Name}, e.Aliases...) {
			if err := ix.AddName(gazetteer.Key(a), id, graph.NameFull); err != nil {
				return err
			}
		}
		for _, a := range e.Acronyms {
			if err := ix.AddName(gazetteer.Key(a), id, graph.NameAcronym); err != nil {
				return err
			}
		}
	}
	return nil
}

// matchTeam finds the stored entity of e's type named key, keeping teams
// of different sports apart: a team (an organization with a "sport"
// attribute) matches an entity of its sport, else one with no sport; an
// entity with no sport matches one with no sport, else the one team of
// that name when there is only one sport. A nation's name matches only
// the same reading of it (readingClass), a town's name only a team if e
// is one, only an organization of no team's reading if not
// (teamreadings.go).
func matchTeam(ix Index, key string, e *entities.Entity) (graph.ID, bool, error) {
	if e.Type != graph.Organization {
		return matchTyped(ix, key, e.Type)
	}
	refs, err := ix.Names(key)
	if err != nil {
		return 0, false, err
	}
	sport, class := e.Attrs["sport"], readingClass(e.Attrs)
	teams := class != "" // a team among e and the candidates
	type cand struct {
		id           graph.ID
		sport, class string
	}
	var cands []cand
	for _, r := range refs {
		ent, err := ix.Entity(r.ID)
		if err != nil {
			return 0, false, err
		}
		if ent.Type == e.Type {
			c := readingClass(ent.Attrs)
			teams = teams || c != ""
			cands = append(cands, cand{r.ID, ent.Attrs["sport"], c})
		}
	}
	town := false
	if teams {
		if entities.NationName(key) {
			// A nation's name: only the same reading (teamreadings.go).
			var reading []graph.ID
			for _, c := range cands {
				if c.class == class {
					reading = append(reading, c.id)
				}
			}
			if len(reading) == 0 {
				return 0, false, nil
			}
			return matchTyped(ix, key, e.Type, reading...)
		}
		town = entities.TownName(key)
	}
	var same, none []graph.ID
	sports := map[string][]graph.ID{} // a sport → its teams named key, by name or alias
	for _, c := range cands {
		switch {
		case town && (c.class == "") != (class == ""):
			// A town's name: a team only a team, an organization of no
			// team's reading only another (teamreadings.go).
		case c.sport == "":
			none = append(none, c.id)
		case c.sport == sport:
			same = append(same, c.id)
		default:
			sports[c.sport] = append(sports[c.sport], c.id)
		}
	}
	if len(same) > 0 && sport != "" || len(none) > 0 {
		return matchTyped(ix, key, e.Type, append(same, none...)...)
	}
	if sport == "" && len(sports) == 1 {
		// All the teams of the one sport: one may carry key only as an
		// alias ("New Southampton" beside "Southampton"), which
		// matchTyped passes over for the one named key.
		for _, ids := range sports {
			return matchTyped(ix, key, e.Type, ids...)
		}
	}
	return 0, false, nil
}

// matchTyped finds the oldest stored entity of type t named key: same
// name and type are one entity. Given only, it considers only the IDs
// given. An entity that only has key as an alias or a defined acronym
// does not match: which of several entities with that alias or acronym a
// name stands for, if any, depends on every entity the store knows, and
// Resolve decides it at the end (the acronym joins in acronyms.go).
func matchTyped(ix Index, key string, t graph.Type, only ...graph.ID) (graph.ID, bool, error) {
	refs, err := ix.Names(key)
	if err != nil {
		return 0, false, err
	}
	var named []graph.ID
	for _, r := range refs {
		if len(only) > 0 && !slices.Contains(only, r.ID) {
			continue
		}
		ent, err := ix.Entity(r.ID)
		if err != nil {
			return 0, false, err
		}
		if ent.Type == t && gazetteer.Key(ent.Name) == key {
			named = append(named, r.ID)
		}
	}
	if len(named) == 0 {
		return 0, false, nil
	}
	return slices.Min(named), true, nil
}

func first(ids []graph.ID) graph.ID {
	if len(ids) == 0 {
		return 0
	}
	return ids[0]
}
