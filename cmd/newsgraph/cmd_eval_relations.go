package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/entities/eval"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/spf13/cobra"
)

type evalRelationsOptions struct {
	gold       string
	docred     string
	annotation string
	corpus     string
	loose      bool
	json       bool
	verbose    bool
	symmetric  bool
}

// relationKindsHelp defines every typed kind as the gold annotates it.
const relationKindsHelp = `Kinds (source → target):
  member_of        person → party: belongs to it ("Labour MP X", "X (Party)").
  holds_role       person → country, organization or party: holds an office
                   in it that is not its head; role attribute singular and
                   lower-case ("foreign minister", "deputy leader",
                   "vice-chairman"). A country's ministers and heads of state
                   and government hold roles of the country.
  leads            person → organization, party or group: is its head
                   (leader, chairman, president, chief executive, governor of
                   a central bank; "led by X", "headed by X").
  affiliated_with  person → organization: works for, speaks for, plays for,
                   or is a member of a body that is not a party (analyst at,
                   spokesman for, reporter of, member of a delegation).
  visits           person or organization → place or country: travels to it
                   (visited, flew to, will travel to, toured, holidayed in).
  involved_in      person, organization or country → event: a predicate
                   links them (carried out, attacked, attended, was killed
                   in, ran, sought) or the event's own phrase names them
                   (X's trial, talks with X, the merger of X and Y); being
                   named in one sentence is not enough.
Past roles and memberships count, marked "former". Delegations, teams,
panels and committees the text treats as a unit are organizations with the
attribute group.`

func newEvalRelationsCommand(g *globalOptions) *cobra.Command {
	o := &evalRelationsOptions{}
	c := &cobra.Command{
		Use:   "relations (--gold FILE [--annotation FILE] | --docred FILE)",
		Short: "Score the typed relations the ingest path extracts against a gold",
		Long: `Ingest the gold's articles with the ingest engine (as "newsgraph ingest" does)
into a temporary store, load its graph, and score the typed relations against
the gold. The --db store is not used.

With --gold, FILE is a relation gold in the JSON format of the entities/eval
package (entities/eval/testdata/relations/GUIDE.md): articles given inline,
as references to corpus records, or as text, Markdown or HTML files (both
resolved in --corpus, default ../shared/corpus; a file is read and ingested
exactly as "newsgraph ingest" reads it), their entities with aliases, and
relations with kind, source, target, role, evidence and an uncertain flag. A predicted relation
belongs to an article when one of its evidence sentences is from it; its ends
are matched to the article's gold entities by name and alias (case and
punctuation ignored); an event also by its head noun when exactly one gold
event of the article has that head and the gold's names hold every word of
the event's name ("bid" and "bid for Bolt" match "Acme's bid for Bolt Ltd").
It is correct when source, target and kind match a gold
relation (strict); --loose also reports member_of, holds_role, leads and
affiliated_with counted as one kind. Uncertain gold relations are not
required, and predictions between their ends of a kind of their loose class
are not counted. Scores are given for the dev and
check splits and for all articles: precision (correct / predicted), recall
(correct / gold), F1.

With --docred, FILE is a Re-DocRED file (../shared/relations/redocred/
dev_revised.json). Each document's tokens are joined into text and ingested;
Wikidata properties map to kinds: P102 member_of; P463, P108, P54
affiliated_with; P488 leads; P35, P6, P39 holds_role; P131, P17 located_in;
P36, P1376 capital_of; P710, P1344 involved_in. Ingest does not accept given
entities yet, so predicted entities are matched to Re-DocRED's entities by
the overlap of the places their names occur in the text with the annotated
mentions.

` + agreementHelp + `

` + relationKindsHelp + `

When the gold notes visits relations "leader-destination" (where a
delegation's leader or the delegation goes), the report adds
"leader-destination: N of M reachable": of the facts they state (a leader
and a destination, counted once), those the graph reaches from the leader
(the source, or the gold's leader of a group source) by person -visits->
place or person -leads-> group -visits-> place; --verbose lists the others.

--json prints the report as one JSON document; --verbose lists every missed
gold relation and every false positive with its sentence. A miss whose source
or target no entity of the article's graph matches is marked "[target not in
the graph]" (or source): the entity, often an event, was never recognised or
is named so that it cannot be aligned.
` + exitHelp,
		Example: `  newsgraph eval relations --gold entities/eval/testdata/relations/gold.json --loose
  newsgraph eval relations --gold gold.json --corpus ../shared/corpus --verbose
  newsgraph eval relations --docred ../shared/relations/redocred/dev_revised.json --json
  newsgraph eval relations --gold first.json --annotation second.json --symmetric --loose`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return runEvalRelations(c.Context(), g, o) },
	}
	c.Flags().StringVar(&o.gold, "gold", "", "relation gold file (JSON)")
	c.Flags().StringVar(&o.docred, "docred", "", "Re-DocRED file (JSON)")
	c.Flags().StringVar(&o.annotation, "annotation", "", "score this second annotation of the gold's articles against --gold instead of ingesting them")
	c.Flags().BoolVar(&o.symmetric, "symmetric", false, "with --annotation, also score the gold against the annotation")
	c.Flags().StringVar(&o.corpus, "corpus", eval.DefaultCorpus, "directory in which the gold's corpus references are resolved")
	c.Flags().BoolVar(&o.loose, "loose", false, "also print scores with member_of, holds_role, leads and affiliated_with as one kind")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document")
	c.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list misses and false positives")
	return c
}

func runEvalRelations(ctx context.Context, g *globalOptions, o *evalRelationsOptions) error {
	if (o.gold == "") == (o.docred == "") {
		return failf(exitStore, "give exactly one of --gold and --docred")
	}
	if (o.annotation != "" && o.docred != "") || (o.symmetric && o.annotation == "") {
		return failf(exitStore, "--annotation goes with --gold, --symmetric with --annotation")
	}
	if o.docred != "" {
		return runEvalDocRED(ctx, g, o)
	}
	if o.annotation != "" {
		return runEvalAgreement(g, o)
	}
	gold, err := eval.LoadGold(o.gold, o.corpus)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	var records []map[string]any
	var ids []string
	var files []evalFile
	for i := range gold.Articles {
		a := &gold.Articles[i]
		if name, content, format, ok := a.IngestFile(); ok {
			files = append(files, evalFile{id: a.ID, in: ingest.Input{Path: name, Reader: bytes.NewReader(content), Format: format}})
			continue
		}
		records, ids = append(records, a.IngestRecord()), append(ids, a.ID)
	}
	gr, failed, err := ingestForEval(ctx, g, o.gold, ids, records, files...)
	if err != nil {
		return err
	}
	rep := eval.Score(gold, gr, eval.ArticleMap(gold, gr), o.gold)
	if o.json {
		err = writeJSON(g.stdout, rep)
	} else {
		err = eval.WriteText(g.stdout, rep, o.loose, o.verbose)
	}
	return cmp.Or(err, failed)
}

func runEvalDocRED(ctx context.Context, g *globalOptions, o *evalRelationsOptions) error {
	docs, err := eval.LoadDocRED(o.docred)
	if err != nil {
		return failf(exitFailure, "%v", err)
	}
	records := make([]map[string]any, len(docs))
	ids := make([]string, len(docs))
	for i, d := range docs {
		ids[i] = docredRef(i)
		records[i] = map[string]any{"id": ids[i], "title": d.Title, "text": d.Text}
	}
	gr, failed, err := ingestForEval(ctx, g, o.docred, ids, records)
	if err != nil {
		return err
	}
	byRef := map[string][]string{}
	for _, a := range gr.Articles {
		byRef[a.Ref] = append(byRef[a.Ref], a.ID)
	}
	score := eval.NewDocREDScore()
	for i := range docs {
		ents, rels := eval.GraphPredictions(&docs[i], gr, byRef[docredRef(i)])
		score.Add(&docs[i], ents, rels)
	}
	strict, loose := score.Tables()
	if o.json {
		err = writeJSON(g.stdout, map[string]any{"file": o.docred, "docs": len(docs), "strict": strict, "loose": loose})
	} else {
		err = eval.WriteDocREDText(g.stdout, o.docred, strict, loose)
	}
	return cmp.Or(err, failed)
}

func docredRef(i int) string { return fmt.Sprintf("docred/%d", i) }

// evalFile is a gold article ingested as its own file (a text, Markdown
// or HTML file the gold references), exactly as "newsgraph ingest" reads
// that file, rather than as a JSON line.
type evalFile struct {
	id string
	in ingest.Input
}

// ingestForEval runs the real ingest engine on the records (as JSON
// lines, record i on line i+1), then on the files, into a temporary
// store, removed afterwards, and returns the store's graph with all
// evidence. Articles the engine refuses are reported on stderr by their
// ID and returned as failed, an error with exit status 1 to give after
// the scores: they count as missing, the others are still scored.
func ingestForEval(ctx context.Context, g *globalOptions, file string, ids []string, records []map[string]any, files ...evalFile) (gr *graph.Graph, failed, err error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	for _, r := range records {
		if err := enc.Encode(r); err != nil {
			return nil, nil, err
		}
	}
	dir, err := os.MkdirTemp("", "newsgraph-eval-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	s, err := store.Open(filepath.Join(dir, "store"), store.Options{Create: true})
	if err != nil {
		return nil, nil, err
	}
	defer s.Close()
	var inputs []ingest.Input
	if len(records) > 0 { // an empty input would fail as an empty file
		inputs = append(inputs, ingest.Input{Path: file, Reader: &buf, Format: "jsonl"})
	}
	for _, f := range files {
		inputs = append(inputs, f.in)
	}
	sum, err := ingest.New(s, ingest.Options{}).Run(ctx, inputs, nil)
	if err != nil {
		return nil, nil, err
	}
	if sum.Interrupted {
		return nil, nil, &exitError{code: exitInterrupted, err: errors.New("interrupted")}
	}
	for _, f := range sum.Failed {
		fmt.Fprintf(g.stderr, "newsgraph: %s: article %s not ingested: %s\n", safe(file), safe(failedID(f, file, ids, files)), safe(f.Error))
	}
	if len(sum.Failed) > 0 {
		failed = &exitError{code: exitFailure, err: fmt.Errorf("%d article(s) not ingested", len(sum.Failed)), quiet: true}
	}
	gr, err = s.Load(store.LoadOptions{Evidence: -1})
	return gr, failed, err
}

// failedID names the gold article of an ingest failure: by its line in
// the JSON lines, or by the file it was read from; "?" when neither
// tells.
func failedID(f ingest.Failure, file string, ids []string, files []evalFile) string {
	for _, fl := range files {
		if f.Path == fl.in.Path {
			return fl.id
		}
	}
	if f.Line >= 1 && f.Line <= len(ids) && (f.Path == file || f.Path == "") {
		return ids[f.Line-1]
	}
	return "?"
}
