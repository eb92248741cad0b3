// Package text holds the document model the extraction pipeline of
// package entities works on, and the first step of that pipeline: a
// [Document] is a text split by [Segment] into [Token]s and [Sentence]s
// that keep their byte offsets, so every mention and every piece of
// evidence can cite its span; a [Mention] is a typed span of a document
// that names an entity; a [Recognizer] proposes mentions.
//
// It is a leaf of the entities tree: package entities (the pipeline) and
// package entities/ner (a trained recognizer) both import it, and it
// imports neither, so a recognizer can be built without the pipeline.
package text
