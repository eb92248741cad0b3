package entities

// TitleWord reports whether word, in gazetteer.Key form, is an honorific,
// a role noun or a role modifier: a word that may stand before a name
// without being part of it ("mr", "prime", "minister"). Name lookup
// (graph/names) drops such words when a name as typed matches nothing.
func TitleWord(word string) bool {
	return honorifics[word] || roleNouns[word] || roleModifiers[word]
}
