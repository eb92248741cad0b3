// Package lexicon holds the word lists and rule vocabularies of the
// extraction pipeline as embedded data files, one list a file: role nouns,
// honorifics, reporting verbs, head nouns and the types they give, month
// names, page-furniture lines, and so on. Each file's first line is a "#"
// comment saying what the list is for, its second which package reads it;
// then one entry a line (further "#" lines are section comments). Lists of
// pairs ("office organization", "january 1") end each line with a value
// after the last space.
//
// The lists are general news vocabulary: words that introduce, classify or
// surround names, never the names themselves (those come from the
// gazetteers in package data), except the org_ lists: well-known
// organizations of a few kinds the gazetteers lack (news agencies,
// broadcasters, stock exchanges, central banks, government agencies),
// one kind a list. Patterns that are logic (regular
// expressions, suffix tests, HTML element names) stay in the code that
// uses them.
//
// The packages that read a list do so once, when they are initialised, with
// [Set], [Words] or [Pairs]; a missing list is a programming error and
// panics, which this package's test rules out by reading every list.
package lexicon
