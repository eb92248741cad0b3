package ingest

// This file joins a party's bare acronym to the party across articles:
// "Kurdistan Democratic Party (KDP)" in one article and "KDP forces" in
// another. The recognizer reads an undefined acronym as an organization
// (it has no party type), so the acronym's node would otherwise stand
// beside the party's; a party is an organization of a kind, and the
// acronym defined for exactly one stored party is that party.

import (
	"slices"
	"unicode"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
)

// partyAcronym reports whether a name is written as a party's acronym:
// two to six capitals, with nothing else but dots and hyphens ("KDP",
// "PPP", "SPD", "PML-N").
func partyAcronym(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			n++
		case r != '.' && r != '-':
			return false
		}
	}
	return n >= 2 && n <= 6
}

// matchPartyAcronym finds the one stored party that defined e's name as
// its acronym, for an organization of no gazetteer entry and no sport
// written as an acronym; e becomes a party when it matches.
func matchPartyAcronym(ix Index, e *entities.Entity) (graph.ID, bool, error) {
	if e.Type != graph.Organization || e.Entry != nil || e.Attrs["sport"] != "" || !partyAcronym(e.Name) {
		return 0, false, nil
	}
	ids, err := acronymParties(ix, gazetteer.Key(e.Name))
	if err != nil || len(ids) != 1 {
		return 0, false, err
	}
	e.Type = graph.Party
	return ids[0], true, nil
}

// acronymParties returns the stored parties that defined the acronym key.
func acronymParties(ix Index, key string) ([]graph.ID, error) {
	refs, err := ix.Names(key)
	if err != nil {
		return nil, err
	}
	var out []graph.ID
	for _, r := range refs {
		if r.Kind != graph.NameAcronym || slices.Contains(out, r.ID) {
			continue
		}
		ent, err := ix.Entity(r.ID)
		if err != nil {
			return nil, err
		}
		if ent.Type == graph.Party {
			out = append(out, r.ID)
		}
	}
	return out, nil
}

// absorbPartyAcronyms merges into party id the stored organizations named
// exactly by an acronym e defines, when id is the one party that defined
// it: the bare acronym met before its definition. Organizations with a
// gazetteer entry or a sport of their own stay.
func absorbPartyAcronyms(ix Index, id graph.ID, e *entities.Entity) error {
	if e.Type != graph.Party {
		return nil
	}
	for _, a := range e.Acronyms {
		if !partyAcronym(a) {
			continue
		}
		key := gazetteer.Key(a)
		parties, err := acronymParties(ix, key)
		if err != nil {
			return err
		}
		if len(parties) != 1 || parties[0] != id {
			continue
		}
		refs, err := ix.Names(key)
		if err != nil {
			return err
		}
		for _, r := range refs {
			if r.ID == id || r.Kind != graph.NameFull {
				continue
			}
			ent, err := ix.Entity(r.ID)
			if err != nil {
				return err
			}
			if ent.Type != graph.Organization || ent.Attrs["gazetteer"] != "" || ent.Attrs["sport"] != "" || gazetteer.Key(ent.Name) != key {
				continue
			}
			if err := ix.Redirect(r.ID, id); err != nil {
				return err
			}
		}
	}
	return nil
}
