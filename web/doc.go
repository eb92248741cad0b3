// Package web is the browser interface of "newsgraph serve": search,
// entity, article and compare-outlets pages, JSON for an interactive
// neighbourhood graph, and curation (merge, split, rename, retype, undo)
// through the store's curation log.
//
// It uses the standard library only: a ServeMux with method and path
// patterns, html/template (contextual escaping of every string that
// comes from articles), embedded templates and static files (Cytoscape.js
// vendored from npm with its licence, no CDN), http.CrossOriginProtection
// plus a per-server token on every POST, and one middleware that sets the
// security headers (a Content-Security-Policy with no inline scripts) of
// every response. Only cmd/newsgraph imports it.
package web
