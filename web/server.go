package web

import (
	"bytes"
	"crypto/rand"
	"crypto/subtle"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/graph/names"
	"github.com/newsgraph/newsgraph/graph/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// Options configure a Server.
type Options struct {
	// ReadOnly turns curation off: every POST is refused.
	ReadOnly bool
	// Resolver finds entities by the names users type (the CLI's resolver).
	Resolver names.Resolver
}

// Server serves one store. It keeps the loaded graph in memory and
// reloads it after each curation.
type Server struct {
	st    *store.Store
	opt   Options
	token string
	tmpl  *template.Template
	h     http.Handler

	mu sync.RWMutex
	v  *view
}

// New loads the store's graph and returns a server for it. The store
// must stay open while the server runs; it must be writable unless
// o.ReadOnly.
func New(st *store.Store, o Options) (*Server, error) {
	tok := make([]byte, 16)
	if _, err := rand.Read(tok); err != nil {
		return nil, err
	}
	t, err := template.New("").Funcs(funcs).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	s := &Server{st: st, opt: o, token: hex.EncodeToString(tok), tmpl: t}
	if err := s.reload(); err != nil {
		return nil, err
	}
	s.h = s.routes()
	return s, nil
}

// Handler returns the server's HTTP handler.
func (s *Server) Handler() http.Handler { return s.h }

// reload reads the graph again (after a curation) and rebuilds the indexes.
func (s *Server) reload() error {
	g, err := s.st.Load(store.LoadOptions{Evidence: -1})
	if err != nil {
		return fmt.Errorf("loading the graph: %w", err)
	}
	v := newView(g)
	s.mu.Lock()
	s.v = v
	s.mu.Unlock()
	return nil
}

func (s *Server) view() *view {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.v
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	mux.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	mux.HandleFunc("GET /{$}", s.handleSearch)
	mux.HandleFunc("GET /search", s.handleSearch)
	mux.HandleFunc("GET /entity/{id}", s.handleEntity)
	mux.HandleFunc("GET /compare/{id}", s.handleCompare)
	mux.HandleFunc("GET /article/{id}", s.handleArticle)
	mux.HandleFunc("GET /curations", s.handleCurations)
	mux.HandleFunc("GET /api/search", s.handleAPISearch)
	mux.HandleFunc("GET /api/neighbours/{id}", s.handleAPINeighbours)
	mux.HandleFunc("GET /export/{format}", s.handleExport)
	mux.HandleFunc("POST /curate", s.handleCurate)
	cop := http.NewCrossOriginProtection()
	return securityHeaders(s.checkToken(cop.Handler(mux)))
}

// securityHeaders sets the headers every response carries, in one place.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "+
			"object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

// checkToken refuses every request that may change state (anything but
// GET and HEAD) unless curation is on and the form carries the server's
// token.
func (s *Server) checkToken(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet || r.Method == http.MethodHead {
			next.ServeHTTP(w, r)
			return
		}
		if s.opt.ReadOnly {
			http.Error(w, "this server is read-only (started with --read-only)", http.StatusForbidden)
			return
		}
		r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
		got := r.PostFormValue("csrf")
		if subtle.ConstantTimeCompare([]byte(got), []byte(s.token)) != 1 {
			http.Error(w, "missing or wrong form token: reload the page and try again", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// render executes a page template; a failure before output is a 500.
func (s *Server) render(w http.ResponseWriter, status int, name string, data any) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		http.Error(w, "page error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// funcs are the template helpers.
var funcs = template.FuncMap{"add": func(a, b int) int { return a + b }}

// page is what every page template gets besides its own data.
type page struct {
	Title    string
	Token    string
	ReadOnly bool
	Query    string
	Data     any
}

func (s *Server) page(title string, data any) page {
	return page{Title: title, Token: s.token, ReadOnly: s.opt.ReadOnly, Data: data}
}

// entityID parses the {id} path value.
func entityID(r *http.Request) (graph.ID, bool) {
	var id uint64
	if _, err := fmt.Sscan(r.PathValue("id"), &id); err != nil {
		return 0, false
	}
	return graph.ID(id), true
}
