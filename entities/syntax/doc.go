// Package syntax tags, lemmatises and dependency-parses English sentences
// in the Universal Dependencies (UD) scheme, for the relation stages that
// read who did what to whom from sentence structure.
//
// The tagger is a greedy averaged perceptron (XPOS first, then UPOS from
// the words and the XPOS around them); lemmas come from suffix rules plus
// an exception table learned from the training treebank. The parser is
// transition-based (arc-hybrid: SHIFT, LEFT-label, RIGHT-label), greedy,
// with an averaged perceptron over hashed Zhang-and-Nivre-style feature
// templates, trained with Goldberg and Nivre's dynamic oracle and
// exploration. An arc move's label is chosen right after the move, by a
// second set of weights over the same configuration (a factored labelled
// move: fewer scores to add per transition than one class per label and
// direction). ParseSentenceBeam parses with a small beam instead (the
// greedy model's move scores, as log-probabilities, summed along each
// parse): half a point more UAS and LAS at width 4, at about twice the
// time of tagging and parsing.
//
// Features are hashed (no feature string is built) into open-addressing
// tables; a read-only table holds its weights as 16-bit integers, either
// in the slot itself (the three move weights) or as a sparse row (the
// tagger's and the labels' many classes, most features weighing only a
// few: rows of up to three weights sit in the slot too; the longest
// rows are packed four weights to a word and summed with integer
// additions). The tables are
// far larger than the caches, so scoring first touches every slot it
// will probe, letting the processor fetch the lines together (the
// tagger does so for a whole sentence at once), and on Linux the tables
// ask for huge pages. The tagger's word-only scores are cached per word. Words also get
// the word clusters of entities/ner (induced from unlabelled news) as
// features; a fingerprint of them is stored in the model, and
// Parser.ClustersStale reports a NER retrained with other clusters (the
// parser must then be retrained too).
//
// Non-projective training trees are projectivised by lifting (a
// dependent crossing an arc is re-attached to its head's head until no
// arc crosses) before the oracle sees them; labels are kept as they are.
//
// Scores follow the CoNLL 2018 shared task scorer with gold tokenization:
// over all words (punctuation included), UAS counts words with the right
// HEAD; LAS counts words with the right HEAD and the right universal
// relation (the DEPREL before any ':' subtype: "nmod:poss" and "nmod"
// are the same relation); UPOS counts words with the right UPOS.
//
// The model embedded in package data is trained by tools/parsetrain on UD
// English EWT (CC BY-SA 4.0): the model is a derived work under the same
// licence.
package syntax
