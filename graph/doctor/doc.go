// Package doctor diagnoses a curated graph: what a curator should look at
// before fixing it with merge, split, rename, retype and alias.
//
// [Diagnose] finds probable duplicates (same name, acronym, similar
// spelling, words of a longer name, shared alias), names carried by
// entities of different types, and relations that one sentence alone
// supports. [FindFurniture] finds entities mentioned once in page
// furniture (a caption, a byline, a "Follow us" line); it reads article
// texts through the small [Texts] interface, which a store transaction
// provides.
package doctor
