package dgraph

import (
	"strings"

	"github.com/newsgraph/newsgraph/graph"
)

// Schema returns the DQL schema a push sets: predicates and the types
// Entity, Relation, Evidence and Article.
func Schema() string {
	var b strings.Builder
	b.WriteString(`ng_key: string @index(exact) @upsert .
ng_name: string @index(exact, term, trigram) .
ng_alias: [string] @index(exact, term, trigram) .
ng_type: string @index(exact) .
ng_wikidata: string @index(exact) .
ng_gazetteer: string @index(exact) .
ng_country: string @index(exact) .
ng_mentions: int .
ng_articles: int .
ng_degree: int @index(int) .
ng_pagerank: float @index(float) .
ng_community: int @index(int) .
ng_id: int @index(int) .
ng_attrs: string .
ng_base: [string] .
ng_kind: string @index(exact) .
ng_source: uid @reverse .
ng_target: uid @reverse .
ng_weight: int @index(int) .
ng_confidence: float .
ng_date: string @index(exact) .
ng_role: string @index(exact, term) .
ng_evidence: [uid] .
ng_article: string @index(exact) .
ng_sentence: string @index(fulltext) .
ng_start: int .
ng_end: int .
ng_title: string @index(term) .
ng_url: string .
ng_publisher: string @index(exact) .
ng_entity: [uid] @reverse .
`)
	var rels []string
	for _, k := range graph.Kinds {
		p := relPredicate(k)
		rels = append(rels, p)
		b.WriteString(p + ": [uid] @reverse .\n")
	}
	b.WriteString(`
type Entity {
	ng_key
	ng_name
	ng_alias
	ng_type
	ng_wikidata
	ng_gazetteer
	ng_country
	ng_mentions
	ng_articles
	ng_degree
	ng_pagerank
	ng_community
	ng_id
	ng_attrs
	ng_base
	` + strings.Join(rels, "\n\t") + `
}

type Relation {
	ng_key
	ng_kind
	ng_source
	ng_target
	ng_weight
	ng_confidence
	ng_date
	ng_role
	ng_attrs
	ng_evidence
}

type Evidence {
	ng_key
	ng_article
	ng_sentence
	ng_start
	ng_end
}

type Article {
	ng_key
	ng_title
	ng_date
	ng_url
	ng_publisher
	ng_entity
}
`)
	return b.String()
}

// relPredicate is the direct-edge predicate of relation kind k. Kinds are
// a fixed set of lower-case ASCII words, so they are valid predicate names.
func relPredicate(k graph.Kind) string { return "ng_rel_" + string(k) }
