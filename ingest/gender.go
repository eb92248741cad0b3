package ingest

// This file keeps people of different genders apart across articles, as
// entities/resolve_gender.go does within one. A woman an article names
// "Mrs Reagan" is not the "Ronald Reagan" of another article, and
// "Diane Kruger" is not "Danny Kruger" spelt another way.
//
//   - Linking gathers a lone surname whose aliases carry a female
//     honorific (Mrs, Ms, Miss, Lady, Dame...) and none a male one apart
//     from the lone surname with a male honorific or none (loneSurname,
//     the "sex" attribute "f"): the women an article names by surname
//     alone are few, and gathered with the men they would join them.
//   - Resolve's joins drop, of the persons a lone surname could join, those
//     whose given name the list of given names that mark a gender
//     (lexicon given_name_genders) gives the other gender than the lone
//     surname's honorifics do (sexFits): "Mrs Pearce" joins no "Stuart
//     Pearce", and of "Denis Thatcher" and "Margaret Thatcher" the second.
//   - Linking's spelling-variant match ("Shahbaz"/"Shehbaz") never joins
//     two first names the list gives different genders (sameGivenSex).
//
// The list is no proof of one person's gender, so it only keeps apart:
// it never joins anything the names alone would not.

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/graph"
)

// sexAttr is the attribute that marks the entity linking gathers the
// lone surname with a female honorific in ("f").
const sexAttr = "sex"

// aliasSex returns the gender ("m", "f") the honorifics that open names
// give ("Mrs Reagan" → f), or "" when none does or they disagree.
func aliasSex(names []string) string {
	sex := ""
	for _, a := range names {
		w, _, ok := strings.Cut(a, " ")
		if !ok {
			continue
		}
		g := entities.HonorificGender(w)
		if g == "" || g == sex {
			continue
		}
		if sex != "" {
			return ""
		}
		sex = g
	}
	return sex
}

// loneSex returns "f" for a lone surname whose honorifics give a woman
// (aliasSex), else "": the key linking gathers lone surnames by.
func loneSex(e *entities.Entity) string {
	if len(e.Words) == 1 && aliasSex(e.Aliases) == "f" {
		return "f"
	}
	return ""
}

// storedSex returns the gender of a stored lone surname: "f" when linking
// gathered it as a woman's, else what its honorifics give (aliasSex).
func storedSex(e *graph.Entity) string {
	if e.Attrs[sexAttr] == "f" {
		return "f"
	}
	return aliasSex(append([]string{e.Name}, e.Aliases...))
}

// givenSex returns the gender the list gives the first of a name's words
// (as keys) of two or more, or "".
func givenSex(w []string) string {
	if len(w) < 2 {
		return ""
	}
	return entities.GivenNameGender(w[0])
}

// sexFits reports whether a name of gender sex may name the person whose
// name words are w: unless both genders are known and differ.
func sexFits(sex string, w []string) bool {
	g := givenSex(w)
	return sex == "" || g == "" || g == sex
}

// sameGivenSex reports whether two persons' name words may be one
// person's spelt two ways: unless the list gives their first names
// different genders ("danny kruger", "diane kruger").
func sameGivenSex(a, b []string) bool {
	return sexFits(givenSex(a), b)
}

// sexCands returns the persons of cands the lone surname e may join
// when linking gathered it as a woman's (the "sex" attribute): those
// whose given name the list does not give a man (sexFits). Only a
// woman's lone surname is chosen among bearers by gender: it gathers
// honorific mentions alone, while the lone surname gathered with no
// honorific or a male one holds every bare mention too, which may be of
// any bearer (sexJoins only vetoes its join).
func sexCands(e *graph.Entity, cands []graph.ID, byID map[graph.ID]*graph.Entity, memo *joinMemo) []graph.ID {
	if e.Attrs[sexAttr] != "f" {
		return cands
	}
	return slices.DeleteFunc(slices.Clone(cands), func(id graph.ID) bool {
		return !sexFits("f", memo.storedWords(memo.canonicalName(byID[id])))
	})
}

// sexJoins reports whether the lone surname e may join person to: unless
// its honorifics give one gender (storedSex) and to's given name the
// other.
func sexJoins(e *graph.Entity, to graph.ID, byID map[graph.ID]*graph.Entity, memo *joinMemo) bool {
	return sexFits(storedSex(e), memo.storedWords(memo.canonicalName(byID[to])))
}

// bearerOf returns the persons of cands (bearers of its surname) the lone
// surname e may join: of a woman's lone surname, those not a man
// (sexCands); of several, the one that stands out (bearers, dominant.go);
// none if the one left has a given name of the other gender than e's
// honorifics give (sexJoins).
func bearerOf(e *graph.Entity, cands []graph.ID, byID map[graph.ID]*graph.Entity, memo *joinMemo) []graph.ID {
	if len(cands) > 0 {
		cands = sexCands(e, cands, byID, memo)
	}
	if len(cands) > 1 {
		cands = bearers(e, cands, byID, memo)
	}
	if len(cands) == 1 && !sexJoins(e, cands[0], byID, memo) {
		return nil
	}
	return cands
}
