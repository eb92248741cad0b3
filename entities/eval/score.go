package eval

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/article"
	"github.com/newsgraph/newsgraph/graph"
)

// Counts are the scores of one kind (or of all kinds: Kind "total").
type Counts struct {
	Kind graph.Kind `json:"kind"`
	// Gold counts the certain gold relations; Predicted the predicted
	// relations less those that match an uncertain gold relation; Correct
	// the predicted relations that match a certain one.
	Gold      int     `json:"gold"`
	Predicted int     `json:"predicted"`
	Correct   int     `json:"correct"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func (c *Counts) add(o Counts) {
	c.Gold += o.Gold
	c.Predicted += o.Predicted
	c.Correct += o.Correct
}

func (c *Counts) finish() {
	c.Precision, c.Recall, c.F1 = prf(c.Correct, c.Predicted, c.Gold)
}

// prf returns precision, recall and F1 as fractions; an empty denominator
// gives 0.
func prf(correct, predicted, gold int) (p, r, f float64) {
	if predicted > 0 {
		p = float64(correct) / float64(predicted)
	}
	if gold > 0 {
		r = float64(correct) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Table is the scores of one split in one mode.
type Table struct {
	Split string `json:"split"` // "dev", "check" or "all"
	Mode  string `json:"mode"`  // "strict" or "loose"
	// Articles counts the gold articles of the split.
	Articles int      `json:"articles"`
	Kinds    []Counts `json:"kinds"`
	// Total is the micro-average over the kinds.
	Total Counts `json:"total"`
	// RoleChecked counts the correct holds_role and leads predictions whose
	// gold relation gives a role; RoleAgree those whose predicted role is
	// the same after case folding and dropping a plural "s".
	RoleChecked int `json:"role_checked,omitempty"`
	RoleAgree   int `json:"role_agree,omitempty"`
	// Ignored counts predictions that matched an uncertain gold relation.
	Ignored int `json:"ignored"`
}

// Item is one miss or false positive, for error analysis.
type Item struct {
	Article  string     `json:"article"`
	Split    string     `json:"split"`
	Kind     graph.Kind `json:"kind"`
	Source   string     `json:"source"`
	Target   string     `json:"target"`
	Role     string     `json:"role,omitempty"`
	Evidence string     `json:"evidence,omitempty"`
	// Note says why a false positive is wrong when that is known: an
	// entity not in the gold, or a gold relation of another kind; on a
	// miss, which end the article's graph lacks.
	Note string `json:"note,omitempty"`
}

// Report is the result of scoring a graph against a gold.
type Report struct {
	Gold string `json:"gold"`
	// Annotation names the second annotation scored against the gold in
	// place of newsgraph's graph ([Agreement]), or is empty.
	Annotation string `json:"annotation,omitempty"`
	// Articles counts the gold articles; Found those the graph holds.
	Articles int `json:"articles"`
	Found    int `json:"found"`
	// Missing lists the gold articles the graph does not hold.
	Missing        []string `json:"missing,omitempty"`
	Strict         []Table  `json:"strict"`
	Loose          []Table  `json:"loose"`
	Misses         []Item   `json:"misses"`
	FalsePositives []Item   `json:"false_positives"`
	// LeaderDestination is the leader → destination measure, when the
	// gold notes such facts (see LeaderDestinationNote).
	LeaderDestination *LeaderDestinations `json:"leader_destination,omitempty"`
}

// Table returns the table of a mode and split, or nil.
func (r *Report) Table(mode, split string) *Table {
	ts := r.Strict
	if mode == "loose" {
		ts = r.Loose
	}
	for i := range ts {
		if ts[i].Split == split {
			return &ts[i]
		}
	}
	return nil
}

// ArticleMap maps the IDs of the graph's articles to gold article IDs: a
// graph article whose Ref is a gold article's ID is that article; one
// whose ID is the text identity (article.ID) of a gold article read from a
// file is that article (a text file has no id field to carry the gold's);
// otherwise one whose title is the title of exactly one gold article.
func ArticleMap(gold *Gold, g *graph.Graph) map[string]string {
	ids := map[string]bool{}
	texts := map[string]string{}
	titles := map[string]string{}
	for _, a := range gold.Articles {
		ids[a.ID] = true
		if a.File != "" && a.Text != "" {
			texts[article.ID(a.Text)] = a.ID
		}
		if _, dup := titles[a.Title]; dup {
			titles[a.Title] = ""
		} else if a.Title != "" {
			titles[a.Title] = a.ID
		}
	}
	out := map[string]string{}
	for _, a := range g.Articles {
		if ids[a.Ref] {
			out[a.ID] = a.Ref
		} else if id := texts[a.ID]; id != "" {
			out[a.ID] = id
		} else if id := titles[a.Title]; id != "" && a.Title != "" {
			out[a.ID] = id
		}
	}
	return out
}

// duplicateArticles maps graph articles to the gold articles ArticleMap
// left without one whose text (spacing aside) is the text of a gold
// article it did pair: a wire filed twice with the same words is stored
// once, under the first copy's reference, so both gold copies are scored
// against that one graph article. The pairs are kept apart from articles
// because that graph article is already paired with the other copy.
func duplicateArticles(gold *Gold, g *graph.Graph, articles map[string]string) map[string]string {
	graphOf := map[string]string{}
	for gid, aid := range articles {
		graphOf[aid] = gid
	}
	byText := map[string]string{}
	for _, a := range gold.Articles {
		if _, ok := graphOf[a.ID]; ok && a.Text != "" {
			byText[article.ID(article.Clean(a.Text))] = a.ID
		}
	}
	out := map[string]string{}
	for _, a := range gold.Articles {
		if _, ok := graphOf[a.ID]; ok || a.Text == "" {
			continue
		}
		if twin, ok := byText[article.ID(article.Clean(a.Text))]; ok {
			if gid := graphOf[twin]; out[gid] == "" {
				out[gid] = a.ID
			}
		}
	}
	return out
}

// tuple is a relation reduced to what scoring compares.
type tuple struct {
	src, tgt string
	kind     graph.Kind
}

// Score scores the typed relations of g against the gold. articles maps
// graph article IDs to gold article IDs (see ArticleMap). A predicted
// relation belongs to a gold article when one of its evidence sentences
// comes from a graph article mapped to it; its ends are matched to the
// article's gold entities by name and alias (see the package
// documentation).
func Score(gold *Gold, g *graph.Graph, articles map[string]string, name string) *Report {
	rep := &Report{Gold: name, Articles: len(gold.Articles)}
	byGold := map[string][]string{}
	for gid, aid := range articles {
		byGold[aid] = append(byGold[aid], gid)
	}
	splits := []string{Dev, Check, "all"}
	strict := map[string]*acc{}
	loose := map[string]*acc{}
	for _, s := range splits {
		strict[s], loose[s] = newAcc(TypedKinds), newAcc([]graph.Kind{Affiliation, graph.Visits, graph.InvolvedIn})
	}
	preds := predictions(g, articles)
	present := presentEntities(g, articles)
	if dups := duplicateArticles(gold, g, articles); len(dups) > 0 {
		for gid, aid := range dups {
			byGold[aid] = append(byGold[aid], gid)
		}
		maps.Copy(preds, predictions(g, dups))
		maps.Copy(present, presentEntities(g, dups))
	}
	ld := &leaderDestAcc{}
	for i := range gold.Articles {
		a := &gold.Articles[i]
		split := cmp.Or(a.Split, Dev)
		if len(byGold[a.ID]) == 0 {
			rep.Missing = append(rep.Missing, a.ID)
		} else {
			rep.Found++
		}
		sc := scoreArticle(a, g, preds[a.ID])
		noteAbsentEnds(sc.misses, a, g, present[a.ID])
		for _, s := range []string{split, "all"} {
			strict[s].articles++
			loose[s].articles++
			strict[s].merge(sc.strict)
			loose[s].merge(sc.loose)
		}
		rep.Misses = append(rep.Misses, sc.misses...)
		rep.FalsePositives = append(rep.FalsePositives, sc.fps...)
		ld.add(a, g, articles, present)
	}
	rep.LeaderDestination = ld.result()
	for _, s := range splits {
		rep.Strict = append(rep.Strict, strict[s].table(s, "strict"))
		rep.Loose = append(rep.Loose, loose[s].table(s, "loose"))
	}
	return rep
}

// acc accumulates counts per kind.
type acc struct {
	kinds                 []graph.Kind
	counts                map[graph.Kind]*Counts
	articles, ignored     int
	roleChecked, roleGood int
}

func newAcc(kinds []graph.Kind) *acc {
	a := &acc{kinds: kinds, counts: map[graph.Kind]*Counts{}}
	for _, k := range kinds {
		a.counts[k] = &Counts{Kind: k}
	}
	return a
}

func (a *acc) merge(o *acc) {
	for k, c := range o.counts {
		a.counts[k].add(*c)
	}
	a.ignored += o.ignored
	a.roleChecked += o.roleChecked
	a.roleGood += o.roleGood
}

func (a *acc) table(split, mode string) Table {
	t := Table{Split: split, Mode: mode, Articles: a.articles, Ignored: a.ignored,
		RoleChecked: a.roleChecked, RoleAgree: a.roleGood, Total: Counts{Kind: "total"}}
	for _, k := range a.kinds {
		c := *a.counts[k]
		c.finish()
		t.Kinds = append(t.Kinds, c)
		t.Total.add(c)
	}
	t.Total.finish()
	return t
}

// predicted is one predicted relation as it applies to one article.
type predicted struct {
	rel      *graph.Relation
	evidence string
}

// predictions groups the graph's typed relations by the gold article
// their evidence comes from; a relation with evidence in two articles
// belongs to both.
func predictions(g *graph.Graph, articles map[string]string) map[string][]predicted {
	out := map[string][]predicted{}
	for i := range g.Relations {
		r := &g.Relations[i]
		if !slices.Contains(TypedKinds, r.Kind) {
			continue
		}
		seen := map[string]bool{}
		for _, ev := range r.Evidence {
			aid := articles[ev.Article]
			if aid == "" || seen[aid] {
				continue
			}
			seen[aid] = true
			out[aid] = append(out[aid], predicted{rel: r, evidence: ev.Sentence})
		}
	}
	return out
}

// presentEntities gives, per gold article, the graph entities that some
// relation of any kind (co-mentions included) cites evidence of in it:
// the entities the graph saw in the article, as far as the graph keeps
// per-article traces.
func presentEntities(g *graph.Graph, articles map[string]string) map[string][]graph.ID {
	out := map[string][]graph.ID{}
	for i := range g.Relations {
		r := &g.Relations[i]
		for _, ev := range r.Evidence {
			if aid := articles[ev.Article]; aid != "" {
				out[aid] = append(out[aid], r.Source, r.Target)
			}
		}
	}
	return out
}

// noteAbsentEnds notes on each miss whose source or target no present
// graph entity matches that the end is not in the graph: the miss is then
// one of recognition (an event never recognised, or named so that it
// cannot be aligned), not of relation extraction.
func noteAbsentEnds(misses []Item, a *Article, g *graph.Graph, present []graph.ID) {
	m := newMatcher(a, g)
	found := map[string]bool{}
	for _, id := range present {
		found[m.gold(id)] = true
	}
	byName := map[string]string{}
	for _, e := range a.Entities {
		byName[e.Name] = e.ID
	}
	for i := range misses {
		var absent []string
		if !found[byName[misses[i].Source]] {
			absent = append(absent, "source")
		}
		if !found[byName[misses[i].Target]] {
			absent = append(absent, "target")
		}
		if len(absent) > 0 {
			misses[i].Note = strings.Join(absent, " and ") + " not in the graph"
		}
	}
}

// articleScore is the scoring of one article.
type articleScore struct {
	strict, loose *acc
	misses, fps   []Item
}

func scoreArticle(a *Article, g *graph.Graph, preds []predicted) *articleScore {
	sc := &articleScore{strict: newAcc(TypedKinds), loose: newAcc([]graph.Kind{Affiliation, graph.Visits, graph.InvolvedIn})}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	// Gold tuples: certain wins over uncertain when a tuple is annotated
	// twice; roles are gathered for the role check.
	// An uncertain relation excuses a prediction of any kind of its loose
	// class between the same ends: the doubt is about the pair.
	goldStrict, goldLoose, doubt := map[tuple]bool{}, map[tuple]bool{}, map[tuple]bool{}
	roles := map[tuple][]string{}
	for _, r := range a.Relations {
		t := tuple{r.Source, r.Target, r.Kind}
		lt := tuple{r.Source, r.Target, LooseKind(r.Kind)}
		goldStrict[t] = goldStrict[t] || !r.Uncertain
		goldLoose[lt] = goldLoose[lt] || !r.Uncertain
		doubt[lt] = doubt[lt] || r.Uncertain
		if r.Role != "" {
			roles[t] = append(roles[t], r.Role)
		}
	}
	m := newMatcher(a, g)
	predStrict, predLoose := map[tuple]predicted{}, map[tuple]bool{}
	for _, p := range preds {
		src, tgt := m.gold(p.rel.Source), m.gold(p.rel.Target)
		if src == "" {
			src = "?" + entityName(g, p.rel.Source)
		}
		if tgt == "" {
			tgt = "?" + entityName(g, p.rel.Target)
		}
		t := tuple{src, tgt, p.rel.Kind}
		if _, dup := predStrict[t]; !dup {
			predStrict[t] = p
		}
		predLoose[tuple{src, tgt, LooseKind(p.rel.Kind)}] = true
	}
	for _, t := range sortedTuples(predStrict) {
		p := predStrict[t]
		c := sc.strict.counts[t.kind]
		switch {
		case goldStrict[t]:
			c.Predicted++
			c.Correct++
			if rs := roles[t]; len(rs) > 0 {
				sc.strict.roleChecked++
				if slices.ContainsFunc(rs, func(r string) bool { return sameRole(r, p.rel.Attrs["role"]) }) {
					sc.strict.roleGood++
				}
			}
		case doubt[tuple{t.src, t.tgt, LooseKind(t.kind)}]:
			sc.strict.ignored++
		default:
			c.Predicted++
			sc.fps = append(sc.fps, Item{Article: a.ID, Split: cmp.Or(a.Split, Dev), Kind: t.kind,
				Source: show(t.src, names), Target: show(t.tgt, names), Role: p.rel.Attrs["role"],
				Evidence: p.evidence, Note: fpNote(t, goldStrict)})
		}
	}
	for t, certain := range goldStrict {
		if certain {
			sc.strict.counts[t.kind].Gold++
		}
	}
	for _, r := range a.Relations {
		t := tuple{r.Source, r.Target, r.Kind}
		if _, ok := predStrict[t]; !ok && goldStrict[t] && !r.Uncertain {
			sc.misses = append(sc.misses, Item{Article: a.ID, Split: cmp.Or(a.Split, Dev), Kind: r.Kind,
				Source: names[r.Source], Target: names[r.Target], Role: r.Role, Evidence: r.Evidence})
			goldStrict[t] = false // report each missed tuple once
		}
	}
	for t := range predLoose {
		c := sc.loose.counts[t.kind]
		switch {
		case goldLoose[t]:
			c.Predicted++
			c.Correct++
		case doubt[t]:
			sc.loose.ignored++
		default:
			c.Predicted++
		}
	}
	for t, certain := range goldLoose {
		if certain {
			sc.loose.counts[t.kind].Gold++
		}
	}
	return sc
}

func fpNote(t tuple, gold map[tuple]bool) string {
	if strings.HasPrefix(t.src, "?") || strings.HasPrefix(t.tgt, "?") {
		return "entity not in the gold"
	}
	for _, k := range TypedKinds {
		if _, ok := gold[tuple{t.src, t.tgt, k}]; ok {
			return "gold kind is " + string(k)
		}
	}
	if _, ok := gold[tuple{t.tgt, t.src, t.kind}]; ok {
		return "direction reversed"
	}
	return ""
}

func sortedTuples(m map[tuple]predicted) []tuple {
	ts := make([]tuple, 0, len(m))
	for t := range m {
		ts = append(ts, t)
	}
	slices.SortFunc(ts, func(a, b tuple) int {
		return cmp.Or(cmp.Compare(a.kind, b.kind), cmp.Compare(a.src, b.src), cmp.Compare(a.tgt, b.tgt))
	})
	return ts
}

// show names a scored end: the gold entity's name, or the graph entity's
// name marked with "?" when it is not in the gold.
func show(id string, names map[string]string) string {
	if n, ok := names[id]; ok {
		return n
	}
	return id
}

func entityName(g *graph.Graph, id graph.ID) string {
	if e := g.Entity(id); e != nil {
		return e.Name
	}
	return "#unknown"
}

// sameRole compares roles after case folding, white space and a plural
// "s" ("Foreign Ministers" and "foreign minister" agree).
func sameRole(a, b string) bool {
	n := func(s string) string {
		return strings.TrimSuffix(strings.Join(strings.Fields(strings.ToLower(s)), " "), "s")
	}
	return a != "" && n(a) == n(b)
}
