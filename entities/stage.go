package entities

import "github.com/newsgraph/newsgraph/entities/syntax"

// Stage is one step of the extraction pipeline. It reads what the stages
// before it left in a Doc and adds its own findings; an [Extractor] runs
// its stages in order on every article. A stage must be safe for
// concurrent use: it keeps its state in the Doc, never in itself.
//
// The built-in stages are listed, in order, by [DefaultStages]; options
// such as [WithStageAfter] and [WithoutStage] change an extractor's list
// by stage name.
type Stage interface {
	// Name identifies the stage in an extractor's list ("gazetteer").
	Name() string
	// Run reads and extends d.
	Run(d *Doc)
}

// Doc is one article on its way through the pipeline: its text, tokens
// and sentences (from the segment stage), then the mentions proposed,
// selected and resolved by the stages after it. Each field says which
// stage writes it; later stages read it.
type Doc struct {
	// Document is the text, its tokens and its sentences, with byte
	// offsets. The segment stage fills tokens and sentences when they
	// are missing.
	*Document
	// Info is what is known of the article besides its text.
	Info ArticleInfo
	// GazetteerMentions are the gazetteer's readings of the text (the
	// gazetteer stage); the cue rules take them as known names.
	GazetteerMentions []Mention
	// Candidates are the mentions proposed by the gazetteer, the cue rules
	// and the recognizers. They may overlap.
	Candidates []Mention
	// Mentions are the selected, non-overlapping mentions of everything
	// but events, in text order (the select stage, then refined by the
	// cleanup, acronym and repeat stages).
	Mentions []Mention
	// Events are the mentions of events, kept apart from Mentions because
	// an event's name may hold another mention ("the Pahalgam attack").
	Events []Mention
	// Acronyms are the abbreviations defined in the text ("Line of
	// Control (LoC)"), from the acronyms stage.
	Acronyms []Acronym
	// Extraction is the result: the resolve stage creates it from the
	// mentions, later stages add handles, relations and implied entities.
	Extraction *Extraction
	// Corefs are the words that refer to an entity of Extraction without
	// naming it ("he", "the company"), from the coref stage; the
	// relation rules read them like mentions.
	Corefs []Coref
	// Trees are the dependency parses of the sentences, one per sentence
	// of Document, from the opt-in syntax stage ([SyntaxStage]); nil when
	// it did not run. With [RelationSyntaxStage] a sentence's tree is
	// there only once a stage asked for it ([Doc.Tree]).
	Trees []*syntax.Tree

	keys   []string         // Keys, computed on first use
	parser *syntax.Parser   // parses the sentences Tree is asked for (RelationSyntaxStage)
	split  [][]syntax.Token // each sentence's treeTokens, split on first use

	// spelled counts the mentions of each country code by a name, a short
	// name or a demonym (the gazetteer stage; see countryMentions).
	spelled map[string]int
}

// Keys returns the gazetteer key of each token (gazetteer.Key of its
// text), computed once per document.
func (d *Doc) Keys() []string {
	if d.keys == nil {
		d.keys = tokenKeys(d.Document)
	}
	return d.keys
}

// StageFunc returns a Stage named name that runs fn.
func StageFunc(name string, fn func(*Doc)) Stage { return funcStage{name, fn} }

type funcStage struct {
	name string
	fn   func(*Doc)
}

func (s funcStage) Name() string { return s.name }
func (s funcStage) Run(d *Doc)   { s.fn(d) }

// Acronym is an abbreviation defined in the text for a mention's
// entity: "Organization of Islamic Cooperation (OIC)".
type Acronym struct {
	// Abbr is the abbreviation as written ("OIC").
	Abbr string
	// Of is the mention of the long form.
	Of Mention
}
