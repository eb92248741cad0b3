package doctor

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
)

// Options configure Diagnose.
type Options struct {
	// Key normalises a name for comparison; the CLI passes the linker's
	// (entities/gazetteer.Key). Nil means names.SurfaceFold.
	Key func(string) string
	// MaxSupersets is how many longer names a name's words may be part of
	// and still be reported (as ambiguous beyond one); 0 means 5.
	MaxSupersets int
}

// EntityRef names an entity in a report.
type EntityRef struct {
	ID   graph.ID   `json:"id"`
	Name string     `json:"name"`
	Type graph.Type `json:"type"`
}

// Duplicate is a group of entities that are probably one.
type Duplicate struct {
	Entities []EntityRef `json:"entities"`
	// Reason is one of "same name", "acronym", "similar spelling",
	// "words of a longer name", "shared alias", "ambiguous: acronym of
	// several names" or "ambiguous: words of several longer names" (the
	// order findings are listed in; within a reason, the most mentioned
	// first).
	Reason string `json:"reason"`
	// Detail says what matched (the shared name, the acronym, the edit
	// distance).
	Detail string `json:"detail"`
}

// TypeConflict is a name carried by entities of different types.
type TypeConflict struct {
	Name     string      `json:"name"`
	Entities []EntityRef `json:"entities"`
}

// Furniture is an entity mentioned once, in a part of an article that
// looks like page furniture rather than prose.
type Furniture struct {
	Entity  EntityRef `json:"entity"`
	Article string    `json:"article"`
	Line    string    `json:"line"`
	Reason  string    `json:"reason"`
}

// WeakRelation is a relation (other than a co-mention) that one sentence
// alone supports.
type WeakRelation struct {
	Source   EntityRef       `json:"source"`
	Target   EntityRef       `json:"target"`
	Kind     graph.Kind      `json:"kind"`
	Evidence *graph.Evidence `json:"evidence"`
}

// Report is what Diagnose finds.
type Report struct {
	Duplicates    []Duplicate    `json:"duplicates"`
	TypeConflicts []TypeConflict `json:"type_conflicts"`
	Furniture     []Furniture    `json:"furniture"`
	WeakRelations []WeakRelation `json:"weak_relations"`
	// WeakCoMentions counts the co-mentions that one sentence supports
	// (listed only as a number: most co-mentions are).
	WeakCoMentions int `json:"weak_co_mentions"`
}

func refOf(e *graph.Entity) EntityRef { return EntityRef{ID: e.ID, Name: e.Name, Type: e.Type} }

// acronymSkip are the words an acronym leaves out.
var acronymSkip = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "la": true, "du": true, "des": true, "del": true, "y": true, "et": true, "&": true, "in": true, "on": true}

// Diagnose looks for what a curator should review in g: likely duplicate
// entities (with the reason), names carried by entities of different
// types, and relations that only one sentence supports. Two entities
// linked to different gazetteer entries are never reported as
// duplicates. It runs in about linear time in the number of entities and
// relations (subset and spelling checks go through word and deletion
// indexes, not all pairs). Furniture needs the store; see
// [FindFurniture].
func Diagnose(g *graph.Graph, o Options) *Report {
	d := &diagnosis{g: g, ents: g.Entities, key: o.Key, maxSup: cmp.Or(o.MaxSupersets, 5), reported: map[[2]graph.ID]bool{},
		rep: &Report{Duplicates: []Duplicate{}, TypeConflicts: []TypeConflict{}, Furniture: []Furniture{}, WeakRelations: []WeakRelation{}}}
	if d.key == nil {
		d.key = names.SurfaceFold
	}
	d.keys = make([]string, len(d.ents))
	for i := range d.ents {
		d.keys[i] = d.key(d.ents[i].Name)
	}
	d.sameNames()
	d.pickPrimaries()
	d.indexWords()
	d.longerNames()
	d.acronyms()
	d.spellings()
	d.sortDuplicates()
	d.weakRelations()
	return d.rep
}

// diagnosis is one Diagnose in progress.
type diagnosis struct {
	g      *graph.Graph
	ents   []graph.Entity
	key    func(string) string
	keys   []string // key of each entity's name
	maxSup int
	rep    *Report
	// reported holds the entity pairs already reported as duplicates.
	reported map[[2]graph.ID]bool
	// first is the most mentioned entity of each type and name key.
	first map[string]int
	// words are each entity's name words (without acronymSkip words), and
	// posting the entities each word is in.
	words   [][]string
	posting map[string][]int
}

// distinct reports whether a and b are linked to different gazetteer
// entries, are teams of different sports (ingest keeps a city's football
// and rugby sides apart on purpose), one of them a nation's team of a
// report of no known sport (attribute "team", which ingest keeps apart
// from the nation's other readings), or are both events the text denotes
// by a description (attribute "unnamed": each is one article's
// occurrence, and two articles' "bid" are two bids), or are people only
// sports news and only other news named (newsApart), and so are never
// duplicates.
func distinct(a, b *graph.Entity) bool {
	ga, gb := a.Attrs["gazetteer"], b.Attrs["gazetteer"]
	sa, sb := a.Attrs["sport"], b.Attrs["sport"]
	return ga != "" && gb != "" && ga != gb || sa != "" && sb != "" && sa != sb ||
		(a.Attrs["team"] == "true") != (b.Attrs["team"] == "true") ||
		a.Attrs["unnamed"] == "true" && b.Attrs["unnamed"] == "true" ||
		newsApart(a, b) // sportsnews.go
}

// pairNew marks the pairs of a group reported and says whether any pair
// in it was new.
func (d *diagnosis) pairNew(group []*graph.Entity) bool {
	fresh := false
	for i := range group {
		for j := i + 1; j < len(group); j++ {
			p := [2]graph.ID{min(group[i].ID, group[j].ID), max(group[i].ID, group[j].ID)}
			if !d.reported[p] {
				fresh = true
				d.reported[p] = true
			}
		}
	}
	return fresh
}

// add reports a group of duplicates unless two of them are distinct or
// every pair was reported already.
func (d *diagnosis) add(reason, detail string, group ...*graph.Entity) {
	for i := range group {
		for j := i + 1; j < len(group); j++ {
			if distinct(group[i], group[j]) {
				return
			}
		}
	}
	if !d.pairNew(group) {
		return
	}
	dup := Duplicate{Reason: reason, Detail: detail}
	for _, e := range group {
		dup.Entities = append(dup.Entities, refOf(e))
	}
	d.rep.Duplicates = append(d.rep.Duplicates, dup)
}

// sameNames reports entities with the same name key, first on names
// (duplicates within a type, type conflicts across types), then on a name
// or an alias.
func (d *diagnosis) sameNames() {
	ents, keys := d.ents, d.keys
	byName := map[string][]int{}
	byKey := map[string][]int{}
	for i := range ents {
		byName[keys[i]] = append(byName[keys[i]], i)
		seen := map[string]bool{}
		for j, n := range append([]string{ents[i].Name}, ents[i].Aliases...) {
			k := d.key(n)
			if j > 0 && ents[i].Type == graph.Person && titledSurname(k, keys[i]) {
				continue // "Mr Williams" of Rowan and of Serena Williams
			}
			if k != "" && !seen[k] {
				seen[k] = true
				byKey[k] = append(byKey[k], i)
			}
		}
	}
	for _, k := range slices.Sorted(mapKeys(byName)) {
		idx := byName[k]
		if k == "" || len(idx) < 2 {
			continue
		}
		byType := map[graph.Type][]*graph.Entity{}
		var types []graph.Type
		for _, i := range idx {
			t := ents[i].Type
			if byType[t] == nil {
				types = append(types, t)
			}
			byType[t] = append(byType[t], &ents[i])
		}
		for _, t := range types {
			for _, group := range bySex(byType[t]) {
				if len(group) > 1 {
					d.add("same name", k, group...)
				}
			}
		}
		if len(types) > 1 && !slices.ContainsFunc(idx, func(i int) bool { return ents[i].Attrs["gazetteer"] != "" }) {
			tc := TypeConflict{Name: k}
			for _, i := range idx {
				tc.Entities = append(tc.Entities, refOf(&ents[i]))
			}
			d.rep.TypeConflicts = append(d.rep.TypeConflicts, tc)
		}
	}

	for _, k := range slices.Sorted(mapKeys(byKey)) {
		idx := byKey[k]
		if len(idx) < 2 || len(idx) > d.maxSup {
			continue
		}
		byType := map[graph.Type][]*graph.Entity{}
		for _, i := range idx {
			byType[ents[i].Type] = append(byType[ents[i].Type], &ents[i])
		}
		for _, t := range graph.Types {
			for _, group := range bySex(byType[t]) {
				if len(group) > 1 {
					d.add("shared alias", k, group...)
				}
			}
		}
	}
}

// bySex splits a group of entities by their attribute "sex", in order:
// ingest gathers the lone surname of "Mrs Howard" apart from the bare
// "Howard" on purpose (a woman of some articles, anyone of the others), so
// the two are no duplicate of each other, while the bare one may still be
// one of a full name's ("Charles Kennedy" and "Kennedy").
func bySex(group []*graph.Entity) [][]*graph.Entity {
	var out [][]*graph.Entity
	at := map[string]int{}
	for _, e := range group {
		s := e.Attrs["sex"]
		i, ok := at[s]
		if !ok {
			i = len(out)
			at[s] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], e)
	}
	return out
}

// titledSurname reports whether a person's alias key is a title and the
// surname of the person's name key alone ("mr williams" of "rowan
// williams"): the article wrote the title before the surname, and two
// people of one surname share that form without being one person, so it
// is no sign of a duplicate. A full name shared as an alias still is.
func titledSurname(alias, name string) bool {
	aw, nw := strings.Fields(alias), strings.Fields(name)
	return len(aw) == 2 && len(nw) >= 2 && aw[1] == nw[len(nw)-1] && !slices.Contains(nw, aw[0])
}

// pickPrimaries picks the most mentioned entity of each type and name:
// entities with the same name and type were reported together by
// sameNames, so the checks after it look at one of them.
func (d *diagnosis) pickPrimaries() {
	d.first = map[string]int{}
	for i := range d.ents {
		tk := string(d.ents[i].Type) + "\x00" + d.keys[i]
		if j, ok := d.first[tk]; !ok || d.ents[i].Mentions > d.ents[j].Mentions {
			d.first[tk] = i
		}
	}
}

// primary reports whether entity i is the one its type and name stand for.
func (d *diagnosis) primary(i int) bool {
	return d.first[string(d.ents[i].Type)+"\x00"+d.keys[i]] == i
}

// indexWords fills words and posting.
func (d *diagnosis) indexWords() {
	d.words = make([][]string, len(d.ents))
	d.posting = map[string][]int{}
	for i := range d.ents {
		for _, w := range strings.Fields(d.keys[i]) {
			if acronymSkip[w] || slices.Contains(d.words[i], w) {
				continue
			}
			d.words[i] = append(d.words[i], w)
			d.posting[w] = append(d.posting[w], i)
		}
	}
}

// longerNames reports a name whose words are all in one longer name of
// the same type (or, as ambiguous, in several).
func (d *diagnosis) longerNames() {
	ents, words := d.ents, d.words
	for i := range ents {
		// A place named inside a longer place name is most often another
		// place ("Texas" / "Texas Gulf Coast"), so places are left out;
		// so is an event described by one common noun (attribute
		// "unnamed": "fraud", "murder"), whose word in a named event
		// ("Stop Murder Music campaign") says nothing of their being one.
		if !d.primary(i) || len(words[i]) == 0 || len(words[i]) > 4 || ents[i].Type == graph.Place || ents[i].Type == graph.Country ||
			ents[i].Type == graph.Event && ents[i].Attrs["unnamed"] == "true" && len(words[i]) == 1 {
			continue
		}
		rare := words[i][0]
		for _, w := range words[i][1:] {
			if len(d.posting[w]) < len(d.posting[rare]) {
				rare = w
			}
		}
		var sup []*graph.Entity
		for _, j := range d.posting[rare] {
			if j == i || !d.primary(j) || ents[j].Type != ents[i].Type || len(words[j]) <= len(words[i]) || distinct(&ents[i], &ents[j]) {
				continue
			}
			if containsAll(words[j], words[i]) {
				sup = append(sup, &ents[j])
				if len(sup) > d.maxSup {
					break
				}
			}
		}
		switch {
		case len(sup) == 1:
			d.add("words of a longer name", d.keys[i]+" ⊂ "+d.key(sup[0].Name), &ents[i], sup[0])
		case len(sup) > 1 && len(sup) <= d.maxSup:
			d.add("ambiguous: words of several longer names", d.keys[i], append([]*graph.Entity{&ents[i]}, sup...)...)
		}
	}
}

// acronyms reports an acronym and its long form (or, as ambiguous,
// several).
func (d *diagnosis) acronyms() {
	ents := d.ents
	acro := map[string][]int{}
	for i := range ents {
		if len(d.words[i]) < 2 {
			continue
		}
		var b strings.Builder
		for _, w := range d.words[i] {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
		acro[b.String()] = append(acro[b.String()], i)
	}
	for i := range ents {
		short := strings.ReplaceAll(d.keys[i], " ", "")
		if !d.primary(i) || !isInitials(ents[i].Name) || len(short) < 2 || len(short) > 6 {
			continue
		}
		var long []*graph.Entity
		for _, j := range acro[short] {
			if j != i && d.primary(j) && compatible(ents[i].Type, ents[j].Type) && !distinct(&ents[i], &ents[j]) {
				long = append(long, &ents[j])
			}
		}
		switch {
		case len(long) == 1:
			d.add("acronym", short+" = "+d.key(long[0].Name), &ents[i], long[0])
		case len(long) > 1 && len(long) <= d.maxSup:
			d.add("ambiguous: acronym of several names", short, append([]*graph.Entity{&ents[i]}, long...)...)
		}
	}
}

// spellings reports names of one type within two edits, found through
// spellings one deletion apart on each side (Shehbaz / Shahbaz).
func (d *diagnosis) spellings() {
	dels := map[string][]int{}
	for i := range d.ents {
		k := d.keys[i]
		if !d.primary(i) || utf8.RuneCountInString(k) < 6 {
			continue
		}
		r := []rune(k)
		seen := map[string]bool{}
		for p := range r {
			del := string(r[:p]) + string(r[p+1:])
			if !seen[del] {
				seen[del] = true
				dels[del] = append(dels[del], i)
			}
		}
		if !seen[k] {
			dels[k] = append(dels[k], i)
		}
	}
	for _, del := range slices.Sorted(mapKeys(dels)) {
		idx := dels[del]
		if len(idx) < 2 || len(idx) > 2*d.maxSup {
			continue
		}
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				a, b := &d.ents[idx[x]], &d.ents[idx[y]]
				ka, kb := d.keys[idx[x]], d.keys[idx[y]]
				if ka == kb || a.Type != b.Type || digits(ka) != digits(kb) {
					continue
				}
				if names.EditDistance(ka, kb, 2) <= 2 {
					d.add("similar spelling", ka+" ~ "+kb, a, b)
				}
			}
		}
	}
}

// duplicateRank orders duplicate reasons in the report.
var duplicateRank = map[string]int{"same name": 0, "acronym": 1, "similar spelling": 2, "words of a longer name": 3, "shared alias": 4, "ambiguous: acronym of several names": 5}

// sortDuplicates orders the duplicates by reason, then most mentioned
// first.
func (d *diagnosis) sortDuplicates() {
	mentions := func(dup Duplicate) int {
		n := 0
		for _, r := range dup.Entities {
			if e := d.g.Entity(r.ID); e != nil {
				n += e.Mentions
			}
		}
		return n
	}
	rank := func(reason string) int {
		if r, ok := duplicateRank[reason]; ok {
			return r
		}
		return len(duplicateRank)
	}
	slices.SortStableFunc(d.rep.Duplicates, func(a, b Duplicate) int {
		return cmp.Or(cmp.Compare(rank(a.Reason), rank(b.Reason)), cmp.Compare(mentions(b), mentions(a)))
	})
}

// weakRelations lists the relations one sentence supports (co-mentions
// only counted).
func (d *diagnosis) weakRelations() {
	g := d.g
	for i := range g.Relations {
		r := &g.Relations[i]
		if r.Weight != 1 {
			continue
		}
		if r.Kind == graph.CoMention {
			d.rep.WeakCoMentions++
			continue
		}
		src, dst := g.Entity(r.Source), g.Entity(r.Target)
		if src == nil || dst == nil {
			continue
		}
		w := WeakRelation{Source: refOf(src), Target: refOf(dst), Kind: r.Kind}
		if len(r.Evidence) > 0 {
			w.Evidence = &r.Evidence[0]
		}
		d.rep.WeakRelations = append(d.rep.WeakRelations, w)
	}
}

func mapKeys[V any](m map[string]V) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func containsAll(set, sub []string) bool {
	for _, w := range sub {
		if !slices.Contains(set, w) {
			return false
		}
	}
	return true
}

// isInitials reports whether a name is written as capital initials
// ("BJP", "U.S.").
func isInitials(name string) bool {
	letters := 0
	for _, r := range name {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}

// compatible reports whether an acronym of type a may stand for a name of
// type b: the same type, or parties and organizations, which sources mix.
func compatible(a, b graph.Type) bool {
	if a == b {
		return true
	}
	org := func(t graph.Type) bool { return t == graph.Party || t == graph.Organization }
	return org(a) && org(b)
}

func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}
