package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
	"github.com/newsgraph/newsgraph/graph/store"
)

// errPreview discards the transaction of a confirmation preview.
var errPreview = errors.New("preview")

// buildCuration turns a curation form into a log entry, as the CLI's
// merge, split, rename, retype and undo commands do. For "undo" it
// returns the entry number to undo.
func buildCuration(v *view, r *http.Request) (store.Curation, int, error) {
	f := strings.TrimSpace
	op := r.PostFormValue("op")
	if op == "undo" {
		n, err := strconv.Atoi(r.PostFormValue("n"))
		if err != nil || n <= 0 {
			return store.Curation{}, 0, fmt.Errorf("undo: no curation number")
		}
		return store.Curation{}, n, nil
	}
	id, err := strconv.ParseUint(r.PostFormValue("entity"), 10, 64)
	e := v.g.Entity(graph.ID(id))
	if err != nil || e == nil {
		return store.Curation{}, 0, fmt.Errorf("no entity %q", r.PostFormValue("entity"))
	}
	desc := fmt.Sprintf("%q (#%d, %s)", e.Name, e.ID, e.Type)
	c := store.Curation{Entity: e.ID}
	switch op {
	case "rename":
		to := f(r.PostFormValue("name"))
		if gazetteer.Key(to) == "" || to == e.Name {
			return c, 0, fmt.Errorf("rename: the new name %q is empty or unchanged", to)
		}
		c.Op, c.Name, c.Keys = store.OpRename, to, []string{gazetteer.Key(to)}
		c.Summary = fmt.Sprintf("rename %s to %q", desc, to)
	case "retype":
		t := graph.Type(r.PostFormValue("type"))
		if !graph.ValidType(t) || t == e.Type {
			return c, 0, fmt.Errorf("retype: %q is not a new entity type", t)
		}
		c.Op, c.Type = store.OpRetype, t
		c.Summary = fmt.Sprintf("retype %s as %s", desc, t)
	case "merge":
		oid, err := strconv.ParseUint(r.PostFormValue("other"), 10, 64)
		o := v.g.Entity(graph.ID(oid))
		if err != nil || o == nil || o.ID == e.ID {
			return c, 0, fmt.Errorf("merge: choose another entity (by its number) to merge into %s", desc)
		}
		c.Op, c.Others = store.OpMerge, []graph.ID{o.ID}
		c.Summary = fmt.Sprintf("merge %q (#%d, %s) into %s", o.Name, o.ID, o.Type, desc)
	case "split":
		alias := f(r.PostFormValue("name"))
		if names.SurfaceFold(alias) == "" {
			return c, 0, fmt.Errorf("split: the surface form %q has no letters or digits", alias)
		}
		c.Op, c.Name, c.Type = store.OpSplit, alias, e.Type
		c.Summary = fmt.Sprintf("split %q off %s", alias, desc)
	default:
		return c, 0, fmt.Errorf("unknown curation %q", op)
	}
	return c, 0, nil
}

// confirmData is what the confirmation page shows and posts back.
type confirmData struct {
	Summary string
	Fields  map[string]string
	Before  int
	After   int
}

// handleCurate previews a curation (without confirm=yes) or applies it,
// then reloads the graph and goes back to the entity page.
func (s *Server) handleCurate(w http.ResponseWriter, r *http.Request) {
	v := s.view()
	c, undo, err := buildCuration(v, r)
	if err != nil {
		s.render(w, http.StatusBadRequest, "error.html", s.page("Curation refused", err.Error()))
		return
	}
	confirmed := r.PostFormValue("confirm") == "yes"
	var done *store.Curation
	var after int
	err = s.st.Update(func(t *store.Txn) error {
		var err error
		if undo > 0 {
			done, err = t.UndoCuration(undo)
		} else {
			done, err = t.AddCuration(c)
		}
		if err != nil {
			return err
		}
		g, err := t.Load(store.LoadOptions{})
		if err != nil {
			return err
		}
		after = len(g.Relations)
		if c.Op == store.OpSplit {
			if ne := g.Entity(done.NewID); ne == nil || ne.Mentions == 0 {
				return fmt.Errorf("no mention of entity #%d reads %q; nothing to split", c.Entity, c.Name)
			}
		}
		if !confirmed {
			return errPreview
		}
		return nil
	})
	switch {
	case errors.Is(err, errPreview):
		fields := map[string]string{}
		for _, k := range []string{"op", "entity", "name", "type", "other", "n"} {
			if val := r.PostFormValue(k); val != "" {
				fields[k] = val
			}
		}
		sum := c.Summary
		if undo > 0 {
			sum = fmt.Sprintf("undo curation %d: %s", undo, done.Summary)
		}
		s.render(w, http.StatusOK, "confirm.html", s.page("Confirm", confirmData{sum, fields, len(v.g.Relations), after}))
		return
	case err != nil:
		s.render(w, http.StatusBadRequest, "error.html", s.page("Curation failed", err.Error()))
		return
	}
	if err := s.reload(); err != nil {
		s.render(w, http.StatusInternalServerError, "error.html", s.page("Error", err.Error()))
		return
	}
	to := "/curations"
	if c.Entity != 0 && s.view().g.Entity(c.Entity) != nil {
		to = fmt.Sprintf("/entity/%d", c.Entity)
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

func (s *Server) handleCurations(w http.ResponseWriter, r *http.Request) {
	var log []store.Curation
	if err := s.st.View(func(t *store.Txn) error {
		var err error
		log, err = t.Curations()
		return err
	}); err != nil {
		s.render(w, http.StatusInternalServerError, "error.html", s.page("Error", err.Error()))
		return
	}
	s.render(w, http.StatusOK, "curations.html", s.page("Curation log", log))
}
