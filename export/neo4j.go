package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/graph"
)

// Names of the files of a Neo4j export (see WriteNeo4j).
const (
	Neo4jNodesFile         = "nodes.csv"
	Neo4jRelationshipsFile = "relationships.csv"
	Neo4jCypherFile        = "constraints.cypher"
)

// Neo4jImportCommand is the neo4j-admin command that loads the CSV files
// of WriteNeo4j into a new database named newsgraph (Neo4j 5), run in the
// export directory.
const Neo4jImportCommand = "neo4j-admin database import full --nodes=" + Neo4jNodesFile +
	" --relationships=" + Neo4jRelationshipsFile + " --id-type=string newsgraph"

// WriteNeo4j writes g in the CSV format of neo4j-admin's bulk importer:
// one file of nodes and one of relationships, plus a Cypher script that
// creates a uniqueness constraint on the entity ID and indexes on name and
// type, to run once the database is started.
//
// Node columns: entityId:ID(Entity) (the entity ID), name, type, aliases
// (joined with [ListSeparator]), mentions:int, articles:int,
// community:int (when o.Community is set), one :double column per score
// (o.Scores under o.ScoreName, then o.Measures), one string column per key
// of Entity.Attrs, and :LABEL ("Entity" and the type, capitalised).
//
// Relationship columns: :START_ID(Entity), :END_ID(Entity), :TYPE (the
// kind in upper case, such as CO_MENTION), kind, weight:int,
// directed:boolean, confidence:double, evidence (sentences capped by
// o.MaxEvidence, each on one line, joined with " | "), articles (joined
// with [ListSeparator]) and one string column per key of Relation.Attrs.
// Co-mentions are undirected in newsgraph; Neo4j stores every
// relationship with a direction, here from the smaller entity ID.
//
// Property names are the attribute names of [WriteGraphML] with '-' and
// '.' also replaced by '_', made unique the same way. Every value is
// cleaned with [Clean] and put on one line (the importer's default does not
// allow line breaks in fields), and written by encoding/csv, which quotes
// fields holding commas or quotes and doubles the quotes, as the importer
// expects.
func WriteNeo4j(nodes, rels, cypher io.Writer, g *graph.Graph, o Options) error {
	v := newView(g)

	// Nodes.
	nodeNames := newAttrNames(neo4jName, "attr_", "entityId", "name", "type", "aliases", "mentions", "articles", "community")
	header := []string{"entityId:ID(Entity)", "name", "type", "aliases", "mentions:int", "articles:int"}
	if o.Community != nil {
		header = append(header, "community:int")
	}
	numeric := o.numericAttrs()
	for _, m := range numeric {
		header = append(header, nodeNames.unique(m.Name)+":double")
	}
	attrKeys := v.entityAttrKeys()
	for _, k := range attrKeys {
		header = append(header, nodeNames.unique(k))
	}
	header = append(header, ":LABEL")
	cw := csv.NewWriter(nodes)
	cw.Write(header)
	for _, e := range v.entities {
		row := []string{strconv.FormatUint(uint64(e.ID), 10), oneLine(e.Name), oneLine(string(e.Type)),
			oneLine(strings.Join(e.Aliases, ListSeparator)), strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles)}
		if o.Community != nil {
			c, ok := o.community(e.ID)
			row = append(row, optional(strconv.Itoa(c), ok))
		}
		for _, m := range numeric {
			s, ok := finite(m.Scores, e.ID)
			row = append(row, optional(strconv.FormatFloat(s, 'g', -1, 64), ok))
		}
		for _, k := range attrKeys {
			row = append(row, oneLine(e.Attrs[k]))
		}
		labels := "Entity"
		if l := neo4jLabel(string(e.Type)); l != "" && l != "Entity" {
			labels += ";" + l
		}
		cw.Write(append(row, labels))
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}

	// Relationships.
	relNames := newAttrNames(neo4jName, "attr_", "kind", "weight", "directed", "confidence", "evidence", "articles")
	relKeys := v.relationAttrKeys()
	header = []string{":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "kind", "weight:int", "directed:boolean", "confidence:double", "evidence", "articles"}
	for _, k := range relKeys {
		header = append(header, relNames.unique(k))
	}
	cw = csv.NewWriter(rels)
	cw.Write(header)
	for _, r := range v.relations {
		sentences := make([]string, 0, len(r.Evidence))
		for _, ev := range o.evidence(r) {
			sentences = append(sentences, oneLine(ev.Sentence))
		}
		row := []string{
			strconv.FormatUint(uint64(r.Source), 10), strconv.FormatUint(uint64(r.Target), 10),
			neo4jRelType(string(r.Kind)), oneLine(string(r.Kind)), strconv.Itoa(r.Weight),
			strconv.FormatBool(r.Kind.Directed()), strconv.FormatFloat(r.Confidence, 'g', -1, 64),
			strings.Join(sentences, " | "), strings.Join(evidenceArticles(r.Evidence), ListSeparator),
		}
		for _, k := range relKeys {
			row = append(row, oneLine(r.Attrs[k]))
		}
		cw.Write(row)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}

	_, err := fmt.Fprintf(cypher, `// newsgraph export for Neo4j: %s
// Load the CSV files into a new database (Neo4j 5, database stopped), from this directory:
//   %s
// then start it and run this script (cypher-shell -d newsgraph -f %s).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.entityId IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
`, oneLine(o.title()), Neo4jImportCommand, Neo4jCypherFile)
	return err
}

func optional(s string, ok bool) string {
	if !ok {
		return ""
	}
	return s
}

// neo4jName makes s a safe property name for a CSV header: letters,
// digits and '_' only.
func neo4jName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return '_'
	}, Clean(s))
}

// neo4jLabel turns an entity type into a label: "person" → "Person".
func neo4jLabel(t string) string {
	s := neo4jName(t)
	if s == "" {
		return ""
	}
	r := []rune(s)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// neo4jRelType turns a relation kind into a relationship type:
// "member_of" → "MEMBER_OF"; an empty kind becomes "RELATED".
func neo4jRelType(k string) string {
	if s := strings.ToUpper(neo4jName(k)); s != "" {
		return s
	}
	return "RELATED"
}
