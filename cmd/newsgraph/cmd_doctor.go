package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph/doctor"
	"github.com/newsgraph/newsgraph/graph/store"
	"github.com/spf13/cobra"
)

type doctorOptions struct {
	limit int
	json  bool
}

func newDoctorCommand(g *globalOptions) *cobra.Command {
	o := &doctorOptions{}
	c := &cobra.Command{
		Use:   "doctor",
		Short: "Report what to review: likely duplicates, type conflicts, page furniture, weak relations",
		Long: `Check the graph for what a curator should review:

  duplicates      entities that are probably one, with the reason: the same
                  normalised name; one name's words all in a single longer name
                  of the same type, places excepted ("Sharif" / "Shehbaz
                  Sharif"; several longer names make it ambiguous); an
                  acronym of a long form ("PPP" / "Pakistan Peoples Party");
                  spellings at most two edits apart ("Shehbaz" / "Shahbaz");
                  or an alias in common. Entities linked to different
                  gazetteer entries are never reported.
  type conflicts  one name carried by entities of different types
  furniture       entities mentioned once, on a line that looks like page
                  furniture: first or last line, all capitals, a list item, or
                  a short line that is not a sentence (captions, bylines)
  weak relations  relations other than co-mentions that one sentence alone
                  supports (co-mentions supported by one sentence are counted)

Fix what it finds with merge, split, rename, retype and alias. The table lists
up to --limit findings per section; --json prints them all as {duplicates:
[{entities: [{id, name, type}], reason, detail}], type_conflicts: [{name,
entities}], furniture: [{entity, article, line, reason}], weak_relations:
[{source, target, kind, evidence}], weak_co_mentions}.
` + exitHelp,
		Example: `  newsgraph doctor
  newsgraph doctor --json | jq '.duplicates[] | select(.reason == "acronym")'`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error { return runDoctor(g, o) },
	}
	c.Flags().IntVar(&o.limit, "limit", 20, "findings listed per section in the table (0: all)")
	c.Flags().BoolVar(&o.json, "json", false, "print one JSON document with every finding")
	return c
}

func runDoctor(g *globalOptions, o *doctorOptions) error {
	s, err := openRead(g)
	if err != nil {
		return err
	}
	defer s.Close()
	gr, err := s.Load(store.LoadOptions{Evidence: 1})
	if err != nil {
		return err
	}
	rep := doctor.Diagnose(gr, doctor.Options{Key: gazetteer.Key})
	err = s.View(func(tx *store.Txn) error { rep.Furniture = doctor.FindFurniture(tx, gr); return nil })
	if err != nil {
		return err
	}
	if o.json {
		return writeJSON(g.stdout, rep)
	}
	w := g.stdout
	section := func(title string, n int, each func(i int)) {
		fmt.Fprintf(w, "%s: %d\n", title, n)
		for i := 0; i < n && (o.limit <= 0 || i < o.limit); i++ {
			each(i)
		}
		if o.limit > 0 && n > o.limit {
			fmt.Fprintf(w, "  … %d more (--limit 0 or --json for all)\n", n-o.limit)
		}
	}
	section("likely duplicates", len(rep.Duplicates), func(i int) {
		d := rep.Duplicates[i]
		fmt.Fprintf(w, "  %s  [%s: %s]\n", refs(d.Entities), d.Reason, safe(d.Detail))
	})
	section("type conflicts", len(rep.TypeConflicts), func(i int) {
		tc := rep.TypeConflicts[i]
		fmt.Fprintf(w, "  %s: %s\n", safe(tc.Name), refs(tc.Entities))
	})
	section("page furniture", len(rep.Furniture), func(i int) {
		f := rep.Furniture[i]
		fmt.Fprintf(w, "  %s  [%s in %s: %s]\n", refs([]doctor.EntityRef{f.Entity}), f.Reason, f.Article, safe(truncate(f.Line, 60)))
	})
	section("relations with one sentence of evidence", len(rep.WeakRelations), func(i int) {
		r := rep.WeakRelations[i]
		fmt.Fprintf(w, "  %s -%s-> %s", refs([]doctor.EntityRef{r.Source}), r.Kind, refs([]doctor.EntityRef{r.Target}))
		if r.Evidence != nil {
			fmt.Fprintf(w, "  %q", safe(truncate(r.Evidence.Sentence, 80)))
		}
		fmt.Fprintln(w)
	})
	fmt.Fprintf(w, "co-mentions with one sentence of evidence: %d\n", rep.WeakCoMentions)
	if len(rep.Duplicates)+len(rep.TypeConflicts) > 0 {
		io.WriteString(w, "fix with: newsgraph merge KEEP OTHER (--dry-run first), split, rename, retype, alias\n")
	}
	return nil
}

// refs names entities in one line: "Name" (#id, type), ..., at most six
// of them and how many more.
func refs(rs []doctor.EntityRef) string {
	var parts []string
	for i, r := range rs {
		if i == 6 && len(rs) > 7 {
			parts = append(parts, fmt.Sprintf("… %d more", len(rs)-i))
			break
		}
		parts = append(parts, fmt.Sprintf("%s (#%d, %s)", quote(safe(r.Name)), r.ID, r.Type))
	}
	return strings.Join(parts, ", ")
}
