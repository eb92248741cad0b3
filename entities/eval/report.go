package eval

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode"
)

// WriteText prints the report as tables: strict scores for dev, check and
// all articles, then the loose ones when loose is set; with verbose, every
// miss and false positive with its evidence sentence. Names and sentences
// come from articles, so control characters are escaped.
func WriteText(w io.Writer, r *Report, loose, verbose bool) error {
	if r.Annotation != "" {
		fmt.Fprintln(w, agreementHeader(r))
	} else {
		fmt.Fprintf(w, "gold %s: %d articles, %d found in the graph\n", clean(r.Gold), r.Articles, r.Found)
	}
	if len(r.Missing) > 0 {
		fmt.Fprintf(w, "not in the graph: %s\n", clean(strings.Join(r.Missing, ", ")))
	}
	tables := r.Strict
	if loose {
		tables = append(append([]Table(nil), r.Strict...), r.Loose...)
	}
	for _, t := range tables {
		if t.Articles == 0 {
			continue
		}
		if err := writeTable(w, &t, "articles"); err != nil {
			return err
		}
	}
	writeLeaderDestinations(w, r.LeaderDestination, verbose)
	if !verbose {
		return nil
	}
	missed, extra := "misses (gold relations not predicted)", "false positives (predicted, not in the gold)"
	if r.Annotation != "" {
		missed, extra = "misses (relations of the gold the annotation lacks)", "false positives (relations of the annotation the gold lacks)"
	}
	for _, l := range []struct {
		title string
		items []Item
	}{{missed, r.Misses}, {extra, r.FalsePositives}} {
		fmt.Fprintf(w, "\n%s: %d\n", l.title, len(l.items))
		for _, it := range l.items {
			role, note := "", ""
			if it.Role != "" {
				role = " (" + clean(it.Role) + ")"
			}
			if it.Note != "" {
				note = " [" + clean(it.Note) + "]"
			}
			fmt.Fprintf(w, "  %s %s: %s -%s%s-> %s%s\n      %s\n", it.Split, clean(it.Article), clean(it.Source),
				it.Kind, role, clean(it.Target), note, clean(it.Evidence))
		}
	}
	return nil
}

// writeLeaderDestinations prints the leader → destination measure, when
// the gold notes such facts, and with verbose the unreachable ones.
func writeLeaderDestinations(w io.Writer, ld *LeaderDestinations, verbose bool) {
	if ld == nil {
		return
	}
	fmt.Fprintf(w, "\nleader-destination: %d of %d reachable (%d noted visits relations)\n", ld.Reachable, ld.Total, ld.Noted)
	if !verbose {
		return
	}
	for _, f := range ld.Facts {
		if f.Reachable {
			continue
		}
		group := ""
		if f.Group != "" {
			group = " (leads " + clean(f.Group) + ")"
		}
		leader := clean(f.Leader)
		if leader == "" {
			leader = "?"
		}
		fmt.Fprintf(w, "  unreachable: %s %s: %s%s -> %s [%s]\n      %s\n", f.Split, clean(strings.Join(f.Articles, ", ")), leader, group,
			clean(f.Destination), clean(f.Note), clean(f.Evidence))
	}
}

// clean makes untrusted text safe for a terminal: white space runs become
// one space, other control and format characters are quoted.
func clean(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsControl(r) || unicode.In(r, unicode.Cf) }) < 0 {
		return s
	}
	q := strconv.QuoteToGraphic(s)
	return q[1 : len(q)-1]
}

// writeTable prints one table with its heading; unit names what
// Table.Articles counts.
func writeTable(w io.Writer, t *Table, unit string) error {
	fmt.Fprintf(w, "\n%s, %s (%d %s", t.Mode, t.Split, t.Articles, unit)
	if t.Ignored > 0 {
		fmt.Fprintf(w, "; %d predictions matched uncertain gold and are not counted", t.Ignored)
	}
	fmt.Fprintln(w, ")")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "KIND\tGOLD\tPREDICTED\tCORRECT\tPRECISION\tRECALL\tF1\t")
	for _, c := range append(t.Kinds, t.Total) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.2f\t\n", c.Kind, c.Gold, c.Predicted, c.Correct, c.Precision, c.Recall, c.F1)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if t.RoleChecked > 0 {
		fmt.Fprintf(w, "roles: %d of %d correct holds_role/leads predictions give the gold role\n", t.RoleAgree, t.RoleChecked)
	}
	return nil
}

// WriteDocREDText prints Re-DocRED scores, strict then loose.
func WriteDocREDText(w io.Writer, file string, strict, loose Table) error {
	fmt.Fprintf(w, "Re-DocRED %s: %d documents\n", clean(file), strict.Articles)
	for _, t := range []*Table{&strict, &loose} {
		if err := writeTable(w, t, "documents"); err != nil {
			return err
		}
	}
	return nil
}
