package export

// attrNames hands out the attribute names of one domain (GraphML's or
// GEXF's node or edge attributes, a Neo4j CSV header, the N-Quads
// predicates), so that names taken from the data (Attrs keys, score names)
// never clash with the format's fixed names or with each other. It is the
// one implementation the writers share.
type attrNames struct {
	clean  func(string) string // the format's name mangling
	prefix string              // put before a name that clashes or is empty
	taken  map[string]bool
}

// newAttrNames returns a domain whose fixed names are taken.
func newAttrNames(clean func(string) string, prefix string, fixed ...string) *attrNames {
	a := &attrNames{clean: clean, prefix: prefix, taken: map[string]bool{}}
	for _, n := range fixed {
		a.taken[n] = true
	}
	return a
}

// unique returns name cleaned; when that is taken or empty, with the
// domain's prefix; then with "_" suffixes until it is unique. The result
// is taken.
func (a *attrNames) unique(name string) string {
	name = a.clean(name)
	if a.taken[name] || name == "" {
		name = a.prefix + name
	}
	for a.taken[name] {
		name += "_"
	}
	a.taken[name] = true
	return name
}
