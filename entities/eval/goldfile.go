package eval

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/entities/article"
)

// checkSources reports every article that does not give its text in
// exactly one way: inline text, a corpus record (corpus and corpus_id
// together) or a file. Two ways would leave it unclear which text the
// evidence was checked against and which the ingest path reads.
func checkSources(g *Gold) []error {
	var errs []error
	for i := range g.Articles {
		a := &g.Articles[i]
		var ways []string
		if a.Text != "" {
			ways = append(ways, "text")
		}
		if a.Corpus != "" || a.CorpusID != "" {
			ways = append(ways, "corpus")
			if a.Corpus == "" || a.CorpusID == "" {
				errs = append(errs, fmt.Errorf("article %q: corpus and corpus_id go together", a.ID))
			}
		}
		if a.File != "" {
			ways = append(ways, "file")
		}
		switch len(ways) {
		case 0:
			errs = append(errs, fmt.Errorf("article %q: no text (give one of text, corpus and corpus_id, file)", a.ID))
		case 1:
		default:
			errs = append(errs, fmt.Errorf("article %q: gives %s: give exactly one of text, corpus and corpus_id, file", a.ID, strings.Join(ways, " and ")))
		}
	}
	return errs
}

// fileFormats are the formats a "file" reference may have: one article
// per file. JSON and JSON-lines corpora are referenced by corpus and
// corpus_id instead.
var fileFormats = []string{article.FormatText, article.FormatHTML}

// checkFileRef returns why a "file" value is refused, or nil: it must be
// a clean relative slash-separated path that stays inside the corpus
// directory ("seeds/a.txt"; not "/x", "../x", "a/../b", "./a" or
// "a\\b") and name a text, Markdown or HTML file.
func checkFileRef(f string) error {
	switch {
	case strings.Contains(f, `\`):
		return errors.New("must use forward slashes")
	case path.IsAbs(f) || filepath.IsAbs(f) || filepath.VolumeName(f) != "":
		return errors.New("must be relative to the corpus directory, not absolute")
	case slices.Contains(strings.Split(f, "/"), ".."):
		return errors.New(`must stay inside the corpus directory (no "..")`)
	case path.Clean(f) != f || !filepath.IsLocal(filepath.FromSlash(f)):
		return fmt.Errorf("is not a clean path (write %q)", path.Clean(f))
	case !slices.Contains(fileFormats, article.FormatOf(f)):
		return errors.New("must be a text, Markdown or HTML file (.txt, .text, .md, .markdown, .html, .htm)")
	}
	return nil
}

// resolveFiles fills the text of every article that references a file,
// reading it as "newsgraph ingest" reads that file: through
// article.Read in the format its name gives, so the text, title and date
// are the ones the ingest path stores and the evidence is checked against
// the text the graph's evidence comes from. The file is opened through
// os.Root, so a symbolic link cannot lead out of the corpus directory
// either. Every problem is reported, each naming its article.
func resolveFiles(g *Gold, dir string) error {
	var root *os.Root
	var errs []error
	for i := range g.Articles {
		a := &g.Articles[i]
		if a.File == "" {
			continue
		}
		if err := checkFileRef(a.File); err != nil {
			errs = append(errs, fmt.Errorf("article %q: file %q %w", a.ID, a.File, err))
			continue
		}
		if root == nil {
			r, err := os.OpenRoot(dir)
			if err != nil {
				return errors.Join(append(errs, fmt.Errorf("article %q: corpus directory: %w", a.ID, err))...)
			}
			defer r.Close()
			root = r
		}
		if err := readFileArticle(root, dir, a); err != nil {
			errs = append(errs, fmt.Errorf("article %q: file %q: %w", a.ID, a.File, err))
		}
	}
	return errors.Join(errs...)
}

// readFileArticle reads a's file under root and fills a's text, content
// and the metadata the gold does not give.
func readFileArticle(root *os.Root, dir string, a *Article) error {
	f, err := root.Open(filepath.FromSlash(a.File))
	if err != nil {
		return err
	}
	defer f.Close()
	// One byte over the reader's limit is enough for it to refuse the
	// file as too large, as ingest would.
	data, err := io.ReadAll(io.LimitReader(f, article.MaxSize+1))
	if err != nil {
		return err
	}
	name := filepath.Join(dir, filepath.FromSlash(a.File))
	var read []*article.Article
	for art, err := range article.Read(bytes.NewReader(data), name, article.FormatOf(a.File)) {
		if err != nil {
			return err
		}
		read = append(read, art)
	}
	if len(read) != 1 {
		return fmt.Errorf("holds %d articles, want 1", len(read))
	}
	r := read[0]
	a.Content, a.FilePath = data, name
	a.Text = r.Text
	a.Title = cmp.Or(a.Title, r.Title)
	a.Date = cmp.Or(a.Date, r.Date)
	a.Source = cmp.Or(a.Source, r.Source)
	return nil
}

// IngestFile returns what to feed the ingest path for an article that
// references a file: the name it was read under, its bytes and its format
// (see article.Read); ok is false for any other article, which
// IngestRecord gives as a JSON record instead. The file itself is fed,
// not a record made from it, because the ingest path reads more from a
// file than the text (the dateline's place and region, which extraction
// uses).
func (a *Article) IngestFile() (name string, content []byte, format string, ok bool) {
	if a.File == "" || a.Content == nil {
		return "", nil, "", false
	}
	return a.FilePath, a.Content, article.FormatOf(a.File), true
}
