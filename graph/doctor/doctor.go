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
	key := o.Key
	if key == nil {
		key = names.SurfaceFold
	}
	maxSup := cmp.Or(o.MaxSupersets, 5)
	rep := &Report{Duplicates: []Duplicate{}, TypeConflicts: []TypeConflict{}, Furniture: []Furniture{}, WeakRelations: []WeakRelation{}}
	ents := g.Entities
	keys := make([]string, len(ents))
	for i := range ents {
		keys[i] = key(ents[i].Name)
	}
	reported := map[[2]graph.ID]bool{}
	distinct := func(a, b *graph.Entity) bool {
		ga, gb := a.Attrs["gazetteer"], b.Attrs["gazetteer"]
		return ga != "" && gb != "" && ga != gb
	}
	// pairNew marks the pairs of a group reported and says whether any
	// pair in it was new.
	pairNew := func(group []*graph.Entity) bool {
		fresh := false
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				p := [2]graph.ID{min(group[i].ID, group[j].ID), max(group[i].ID, group[j].ID)}
				if !reported[p] {
					fresh = true
					reported[p] = true
				}
			}
		}
		return fresh
	}
	add := func(reason, detail string, group ...*graph.Entity) {
		for i := range group {
			for j := i + 1; j < len(group); j++ {
				if distinct(group[i], group[j]) {
					return
				}
			}
		}
		if !pairNew(group) {
			return
		}
		d := Duplicate{Reason: reason, Detail: detail}
		for _, e := range group {
			d.Entities = append(d.Entities, refOf(e))
		}
		rep.Duplicates = append(rep.Duplicates, d)
	}

	// 1. The same name key, on names, then on a name or an alias.
	byName := map[string][]int{}
	byKey := map[string][]int{}
	for i := range ents {
		byName[keys[i]] = append(byName[keys[i]], i)
		seen := map[string]bool{}
		for _, n := range append([]string{ents[i].Name}, ents[i].Aliases...) {
			k := key(n)
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
			if len(byType[t]) > 1 {
				add("same name", k, byType[t]...)
			}
		}
		if len(types) > 1 && !slices.ContainsFunc(idx, func(i int) bool { return ents[i].Attrs["gazetteer"] != "" }) {
			tc := TypeConflict{Name: k}
			for _, i := range idx {
				tc.Entities = append(tc.Entities, refOf(&ents[i]))
			}
			rep.TypeConflicts = append(rep.TypeConflicts, tc)
		}
	}

	for _, k := range slices.Sorted(mapKeys(byKey)) {
		idx := byKey[k]
		if len(idx) < 2 || len(idx) > maxSup {
			continue
		}
		byType := map[graph.Type][]*graph.Entity{}
		for _, i := range idx {
			byType[ents[i].Type] = append(byType[ents[i].Type], &ents[i])
		}
		for _, t := range graph.Types {
			if len(byType[t]) > 1 {
				add("shared alias", k, byType[t]...)
			}
		}
	}

	// Entities with the same name and type were reported together above;
	// the checks below look at one of them, the most mentioned.
	first := map[string]int{}
	for i := range ents {
		tk := string(ents[i].Type) + "\x00" + keys[i]
		if j, ok := first[tk]; !ok || ents[i].Mentions > ents[j].Mentions {
			first[tk] = i
		}
	}
	primary := func(i int) bool { return first[string(ents[i].Type)+"\x00"+keys[i]] == i }

	// 2. One name's words all in a longer name of the same type.
	words := make([][]string, len(ents))
	posting := map[string][]int{}
	for i := range ents {
		for _, w := range strings.Fields(keys[i]) {
			if acronymSkip[w] || slices.Contains(words[i], w) {
				continue
			}
			words[i] = append(words[i], w)
			posting[w] = append(posting[w], i)
		}
	}
	for i := range ents {
		// A place named inside a longer place name is most often another
		// place ("Texas" / "Texas Gulf Coast"), so places are left out.
		if !primary(i) || len(words[i]) == 0 || len(words[i]) > 4 || ents[i].Type == graph.Place || ents[i].Type == graph.Country {
			continue
		}
		rare := words[i][0]
		for _, w := range words[i][1:] {
			if len(posting[w]) < len(posting[rare]) {
				rare = w
			}
		}
		var sup []*graph.Entity
		for _, j := range posting[rare] {
			if j == i || !primary(j) || ents[j].Type != ents[i].Type || len(words[j]) <= len(words[i]) || distinct(&ents[i], &ents[j]) {
				continue
			}
			if containsAll(words[j], words[i]) {
				sup = append(sup, &ents[j])
				if len(sup) > maxSup {
					break
				}
			}
		}
		switch {
		case len(sup) == 1:
			add("words of a longer name", keys[i]+" ⊂ "+key(sup[0].Name), &ents[i], sup[0])
		case len(sup) > 1 && len(sup) <= maxSup:
			add("ambiguous: words of several longer names", keys[i], append([]*graph.Entity{&ents[i]}, sup...)...)
		}
	}

	// 3. An acronym and its long form.
	acro := map[string][]int{}
	for i := range ents {
		if len(words[i]) < 2 {
			continue
		}
		var b strings.Builder
		for _, w := range words[i] {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(r)
		}
		acro[b.String()] = append(acro[b.String()], i)
	}
	for i := range ents {
		short := strings.ReplaceAll(keys[i], " ", "")
		if !primary(i) || !isInitials(ents[i].Name) || len(short) < 2 || len(short) > 6 {
			continue
		}
		var long []*graph.Entity
		for _, j := range acro[short] {
			if j != i && primary(j) && compatible(ents[i].Type, ents[j].Type) && !distinct(&ents[i], &ents[j]) {
				long = append(long, &ents[j])
			}
		}
		switch {
		case len(long) == 1:
			add("acronym", short+" = "+key(long[0].Name), &ents[i], long[0])
		case len(long) > 1 && len(long) <= maxSup:
			add("ambiguous: acronym of several names", short, append([]*graph.Entity{&ents[i]}, long...)...)
		}
	}

	// 4. Spellings one deletion apart on each side (Shehbaz / Shahbaz).
	dels := map[string][]int{}
	for i := range ents {
		k := keys[i]
		if !primary(i) || utf8.RuneCountInString(k) < 6 {
			continue
		}
		r := []rune(k)
		seen := map[string]bool{}
		for p := range r {
			d := string(r[:p]) + string(r[p+1:])
			if !seen[d] {
				seen[d] = true
				dels[d] = append(dels[d], i)
			}
		}
		if !seen[k] {
			dels[k] = append(dels[k], i)
		}
	}
	for _, d := range slices.Sorted(mapKeys(dels)) {
		idx := dels[d]
		if len(idx) < 2 || len(idx) > 2*maxSup {
			continue
		}
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				a, b := &ents[idx[x]], &ents[idx[y]]
				ka, kb := keys[idx[x]], keys[idx[y]]
				if ka == kb || a.Type != b.Type || digits(ka) != digits(kb) {
					continue
				}
				if names.EditDistance(ka, kb, 2) <= 2 {
					add("similar spelling", ka+" ~ "+kb, a, b)
				}
			}
		}
	}

	rank := map[string]int{"same name": 0, "acronym": 1, "similar spelling": 2, "words of a longer name": 3, "shared alias": 4, "ambiguous: acronym of several names": 5}
	mentions := func(d Duplicate) int {
		n := 0
		for _, r := range d.Entities {
			if e := g.Entity(r.ID); e != nil {
				n += e.Mentions
			}
		}
		return n
	}
	slices.SortStableFunc(rep.Duplicates, func(a, b Duplicate) int {
		ra, ok := rank[a.Reason]
		if !ok {
			ra = len(rank)
		}
		rb, ok := rank[b.Reason]
		if !ok {
			rb = len(rank)
		}
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(mentions(b), mentions(a)))
	})

	// Relations one sentence supports.
	for i := range g.Relations {
		r := &g.Relations[i]
		if r.Weight != 1 {
			continue
		}
		if r.Kind == graph.CoMention {
			rep.WeakCoMentions++
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
		rep.WeakRelations = append(rep.WeakRelations, w)
	}
	return rep
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

// Texts is what FindFurniture reads of a store: *store.Txn provides it.
type Texts interface {
	// FirstMention returns the span of the first mention stored for
	// entity id in an article; false when none is stored under id (it
	// was merged or split: its mention is stored under another ID).
	FirstMention(article string, id graph.ID) (graph.Span, bool)
	// Text returns an article's cleaned text, false when it is not stored.
	Text(article string) (string, bool)
}

// FindFurniture finds the entities of g mentioned once whose mention sits
// in page furniture: the first or last line of the article, an all-caps
// line, a list item, or a short line that is not a sentence (a caption, a
// byline, a "Follow us" line). g must be loaded from the store src reads.
func FindFurniture(src Texts, g *graph.Graph) []Furniture {
	where := map[graph.ID]string{}
	for _, a := range g.Articles {
		for _, id := range a.Entities {
			where[id] = a.ID
		}
	}
	out := []Furniture{}
	texts := map[string]string{}
	for i := range g.Entities {
		e := &g.Entities[i]
		if e.Mentions != 1 || e.Articles != 1 {
			continue
		}
		art := where[e.ID]
		span, ok := src.FirstMention(art, e.ID)
		if !ok {
			continue
		}
		text, ok := texts[art]
		if !ok {
			if text, ok = src.Text(art); !ok {
				continue
			}
			texts[art] = text
		}
		if line, reason := furnitureLine(text, span.Start, span.End); reason != "" {
			out = append(out, Furniture{Entity: refOf(e), Article: art, Line: line, Reason: reason})
		}
	}
	return out
}

// furnitureLine returns the line holding [start, end) of text and, when
// the line looks like page furniture rather than prose, why.
func furnitureLine(text string, start, end int) (string, string) {
	if start < 0 || end > len(text) || start > end {
		return "", ""
	}
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	line := strings.TrimSpace(text[ls:le])
	// A line alone in its paragraph (blank lines around it) stands
	// apart; a line of a hard-wrapped paragraph does not.
	ps := strings.LastIndex(text[:ls], "\n\n") + 1
	pe := strings.Index(text[le:], "\n\n")
	if pe < 0 {
		pe = len(text)
	} else {
		pe += le
	}
	alone := strings.TrimSpace(text[ps:pe]) == line && !continues(line, text[le:])
	first := alone && strings.TrimSpace(text[:ls]) == ""
	last := alone && strings.TrimSpace(text[le:]) == ""
	upper, lower := 0, 0
	for _, r := range line {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	words := len(strings.Fields(line))
	ends := strings.TrimRight(line, "\"'”’)»")
	sentence := strings.HasSuffix(ends, ".") || strings.HasSuffix(ends, "?") || strings.HasSuffix(ends, "!") || strings.HasSuffix(ends, ":")
	switch {
	case upper >= 4 && lower == 0:
		return line, "all-caps line"
	case isListItem(line):
		return line, "list item"
	case first && !sentence && words <= 12:
		return line, "first line"
	case last && !sentence && words <= 12:
		return line, "last line"
	case alone && words <= 6 && !sentence:
		return line, "short line that is not a sentence"
	}
	return line, ""
}

// continues reports whether a line runs on into the next (a hard-wrapped
// sentence): it ends with a comma or a lower-case word, or the next line
// starts in lower case.
func continues(line, rest string) bool {
	if strings.HasSuffix(line, ",") || strings.HasSuffix(line, ";") {
		return true
	}
	if f := strings.Fields(line); len(f) > 1 && strings.ToLower(f[len(f)-1]) == f[len(f)-1] && strings.IndexFunc(f[len(f)-1], unicode.IsLetter) >= 0 {
		return true // ends on a lower-case word: "... said its"
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	return unicode.IsLower(r)
}

func isListItem(line string) bool {
	for _, p := range []string{"- ", "* ", "• ", "· ", "– ", "— "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	i := 0
	for i < len(line) && i < 3 && line[i] >= '0' && line[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' '
}
