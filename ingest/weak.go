package ingest

// This file remembers which entities were made from a weakly typed
// mention: a person typed only by the wording around the name ("Wells
// Fargo said"), or a one-word organization or place typed by the
// recognizer alone ("Dulbecco was born"). Linking reads such a mention
// as the organization of that name, or the person of that surname, only
// when the store already knows it; read before, it stays an entity of its
// own. A party typed by the recognizer alone, without a gazetteer entry
// ("EC ministers", the European Community read as a party by the words
// of politics around it), is weak the same way: it joins the one
// organization of its name. Resolve joins it afterwards over every entity the store knows
// (weakJoin), and Converge over every store's, so the answer depends
// neither on the order the articles came in nor on which store read which.

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/entities"
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/lexicon"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
)

// weakPrefix starts the name-index key that marks an entity as made from
// a weakly typed mention; a name key never starts with it.
const weakPrefix = "\x01weak "

// weakKey is the name-index key marking entity id as weakly typed.
func weakKey(id graph.ID) string { return weakPrefix + strconv.FormatUint(uint64(id), 10) }

// weakAttr marks, in the entities a store shares with a cluster (Bases)
// and in those Converge links, an entity made from a weakly typed
// mention: the share carries the mark to the other stores.
const weakAttr = "weak"

// markWeak records that the new entity id was made from a weakly typed
// mention, if weak.
func markWeak(ix Index, id graph.ID, weak bool) error {
	if !weak {
		return nil
	}
	return ix.AddName(weakKey(id), id, graph.NameFull)
}

// weakOnes returns the entities of ents made from a weakly typed mention.
func weakOnes(t *store.Txn, ents []graph.Entity) (map[graph.ID]bool, error) {
	keys, err := t.NameKeys(weakPrefix)
	if err != nil {
		return nil, err
	}
	marked := make(map[graph.ID]bool, len(keys))
	for _, k := range keys {
		if id, err := strconv.ParseUint(k[len(weakPrefix):], 10, 64); err == nil {
			marked[graph.ID(id)] = true
		}
	}
	weak := map[graph.ID]bool{}
	for i := range ents {
		if marked[ents[i].ID] {
			weak[ents[i].ID] = true
		}
	}
	return weak, nil
}

// weakJoin returns the entity that e, made from a weakly typed mention
// (weak), stands for among the entities of the store, and whether there
// is one:
//   - a person ("Wells Fargo said") joins the one organization that has
//     its name, as its name or an alias, or when no organization has it,
//     the one place of that name that articles name at least as often
//     (namedPlaces: "an ecstatic Quillby Park crowd" beside "at Quillby
//     Park");
//   - so does a party ("Quillcom ministers") unless its name is a
//     party's (partyName): "Congress" stays a party beside the US
//     Congress;
//   - a one-word organization or place ("Dulbecco was born",
//     "Levi-Montalcini accepted") joins the one person of two or more
//     words whose surname it is, unless that
//     person carries a gazetteer entry (a surname alone does not tell
//     which of its bearers the entry is), writes the surname alone in
//     capitals ("Ada DULBECCO", a byline run into a dateline's town), is
//     a title of a place ("Duke of Quillby") or is itself weakly typed
//     while the word is an organization word, and unless the word has
//     more than surnameShare times as many mentions as the person. A
//     weakly typed person ending in an organization word ("Quillmark
//     International said") is a guess that a store makes only when it
//     reads the wording before the organization of that name: a store
//     that read the organization first has no such person, so counting
//     it would make the word's join depend on the reading order (a weak
//     "International" joined to the one such person of one store, and
//     left alone by the union of shards that held several). A weakly
//     typed surname that is no such word ("Quillberg" beside a weakly
//     typed "Ada Quillberg") still joins its bearer.
//
// named holds the entities by type and name key (every name), surnames
// the persons of two or more words by surname; memo is joins'. Entities
// that same, the round's joins of entities named alike (sameNames), joins
// into one count as that one: two organizations "Romilly Quillby", which
// the round makes one, are the one organization of the name. (Counted as
// two, the weak person waited a round, in which a weak "Quillby" joined
// it as the one person with that surname, and the person, the end of a
// chain, could no longer join the organization: a union of shards, which
// held two "White House" organizations, typed them all a person; one
// store, which held one, an organization.)
func weakJoin(e *graph.Entity, named, surnames map[typedName][]graph.ID, byID map[graph.ID]*graph.Entity, weak map[graph.ID]bool, same map[graph.ID]graph.ID, memo *joinMemo) (graph.ID, bool) {
	if !weak[e.ID] || e.Attrs["gazetteer"] != "" && !weakTown(e, weak) || e.Attrs["sport"] != "" {
		return 0, false
	}
	var cands []graph.ID
	switch e.Type {
	case graph.Person:
		cands = named[typedName{graph.Organization, memo.key(e.Name)}]
		if len(cands) == 0 {
			cands = namedPlaces(e, named, byID, memo)
		}
	case graph.Party:
		if partyName(memo.key(e.Name)) {
			return 0, false
		}
		cands = named[typedName{graph.Organization, memo.key(e.Name)}]
	case graph.Organization, graph.Place:
		key := surnameWord(&entities.Entity{Name: e.Name, Type: e.Type, WeakType: true, Attrs: e.Attrs})
		if key == "" {
			return 0, false
		}
		// A hyphenated surname ("levi montalcini") is found by its last
		// part and must end the person's name.
		parts := strings.Fields(key)
		for _, id := range surnames[typedName{graph.Person, parts[len(parts)-1]}] {
			if p := byID[id]; surnameBearer(p) && !(weak[id] && orgWords[key]) && (len(parts) == 1 || strings.HasSuffix(memo.key(p.Name), " "+key)) {
				cands = append(cands, id)
			}
		}
	}
	var ends []graph.ID
	for _, id := range cands {
		id = endOf(same, id)
		if id != e.ID && !slices.Contains(ends, id) {
			ends = append(ends, id)
		}
	}
	if len(ends) != 1 {
		return 0, false
	}
	if to := byID[ends[0]]; to != nil && e.Attrs["gazetteer"] != "" && e.Mentions > to.Mentions {
		// A town mentioned more often than the person is the town: its
		// later mentions, read in full ("in Mandela"), link to it by its
		// entry, and a join that would take them to the person is undone
		// once they outnumber the person's.
		return 0, false
	}
	if to := byID[ends[0]]; to != nil && e.Type != graph.Person && e.Mentions > surnameShare*to.Mentions {
		// A word the recognizer reads as an organization far more often
		// than the articles name the person is the organization's
		// ("Quillby's rated the notes", 200 times, beside "Series A.
		// Quillby", a name run across a sentence's end), while a surname
		// comes back a few times after the one full name.
		return 0, false
	}
	return ends[0], true
}

// namedPlaces returns the places of no gazetteer entry named as the
// weakly typed person e is (name or alias), with at least as many
// mentions: the wording that typed e a person is a weaker reading than
// the articles that read the name as a place ("advancing on Quillby"
// beside "in Quillby", "the city of Quillby"). A place the gazetteer
// knows stays apart: a town's name is often a person's too ("Quillby
// said" of a singer of that name), and folding the person in would give
// it the town's entry.
func namedPlaces(e *graph.Entity, named map[typedName][]graph.ID, byID map[graph.ID]*graph.Entity, memo *joinMemo) []graph.ID {
	var out []graph.ID
	for _, id := range named[typedName{graph.Place, memo.key(e.Name)}] {
		if p := byID[id]; p != nil && p.Attrs["gazetteer"] == "" && p.Mentions >= e.Mentions {
			out = append(out, id)
		}
	}
	return out
}

// partyName reports whether name key is a party's: the gazetteer knows
// it as a party's full name ("Likud"; not a short form several parties
// share, nor an abbreviation, which the extractor links when the article
// supports it: "EC" ministers are no small party's), or it holds a party
// word ("Congress", "Front"; lexicon party_words).
func partyName(key string) bool {
	for _, m := range gazetteer.Default().Lookup(key) {
		if m.Entry.Type == graph.Party && !m.Alias.Weak() && m.Alias.Kind == gazetteer.KindName {
			return true
		}
	}
	for _, w := range strings.Fields(key) {
		if partyWords[w] {
			return true
		}
	}
	return false
}

// partyWords are the words of parties' names (lexicon party_words).
var partyWords = lexicon.Set("party_words")

// orgWords name organizations and never people ("International",
// "Holdings"): a weakly typed person ending in one is a misread body.
var orgWords = lexicon.Set("organization_words")

// surnameShare is how many times as many mentions as the person a word
// read as its surname may have.
const surnameShare = 10

// markWeakAttrs gives the entities of ents made from a weakly typed
// mention the weak mark (weakAttr), in a copy of their attributes.
func markWeakAttrs(t *store.Txn, ents []graph.Entity) error {
	weak, err := weakOnes(t, ents)
	if err != nil {
		return err
	}
	for i := range ents {
		if weak[ents[i].ID] {
			ents[i].Attrs = maps.Clone(ents[i].Attrs)
			if ents[i].Attrs == nil {
				ents[i].Attrs = map[string]string{}
			}
			ents[i].Attrs[weakAttr] = "1"
		}
	}
	return nil
}
