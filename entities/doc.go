// Package entities turns article text into entities and relations; the
// ingest engine (package ingest) links them into a store.
//
// # Pipeline
//
// An [Extractor] runs a list of named stages on each article. A [Stage] has
// one method, Run, that reads and extends a [Doc]: the article's document
// (package entities/text: tokens and sentences with byte offsets, so every
// mention and every piece of evidence cites its span), then the candidate
// mentions, the selected mentions, the defined acronyms and finally the
// [Extraction]. [DefaultStages] lists the built-in stages, in this order:
//
//	segment            split the text into tokens and sentences
//	gazetteer          names the gazetteer knows: countries, demonyms, capitals,
//	                   cities, regions, parties, international organisations,
//	                   heads of government; readings chosen by what else the
//	                   article names; and the well-known organizations of the
//	                   lexicon's lists (news agencies, broadcasters, stock
//	                   exchanges, central banks, government agencies,
//	                   companies, universities; sports bodies, a short name
//	                   only in a sports report: "National League", "NFL"),
//	                   whose names hide the gazetteer's readings inside them
//	                   ("Banco de Portugal" is not Portugal)
//	party-nicknames    party short forms and nicknames ("Tory", "Lib Dem",
//	                   "GOP") read as the party of the country the article
//	                   supports (lexicon party_nicknames); where it names
//	                   no country, an English-speaking country's nickname
//	                   takes the list's first reading (partynickprior.go)
//	cues               role cues ("Prime Minister X", "MP X", "ministers X and
//	                   Y", "X, former foreign secretary", "X said"), class and
//	                   head nouns ("the militant group X", "... Committee"),
//	                   "Operation X"
//	recognizers        each [Recognizer] added with [WithRecognizer], the seam a
//	                   trained model (entities/ner) plugs into, its mentions
//	                   vetted by the rules; its people named like a country
//	                   ("Jordan Pellow") outrank the country, its "<US
//	                   state> State" is a university ("Kansas State")
//	select             the best non-overlapping candidates; events kept apart
//	companies, fragments, company-prefixes, controlled-places, capitals
//	                   cleanup: split "X Inc and Y Ltd", drop a town that is
//	                   part of a name, "Merrill Lynch said" is the company,
//	                   "Russian-held Crimea" is one place, "Islamabad said" is
//	                   the country; credentials after a name ("Jane Doe,
//	                   M.D.") are no place (degrees.go); a state's dotted
//	                   abbreviation before a body is part of its name ("La.
//	                   Department of ...", stateprefix.go)
//	org-context        a place or person that its wording makes a company:
//	                   "Tyson Foods", "Wembley chairman X", "an analyst at
//	                   Z", "the Menatep group", "White House spokesman X",
//	                   "shares of X", "X's shareholders";
//	                   a run of capitalised words ending in a company head
//	                   is one company ("Basic American Foods" holds no
//	                   country), and so is a party the gazetteer does not
//	                   know named like one ("Popular Securities")
//	acronyms           "Long Form (LF)": LF names the long form's entity; an
//	                   undefined abbreviation of 3+ capitals names the one
//	                   name of the article whose initials it spells (of 2,
//	                   the one known organization of two words before it)
//	repeats            later mentions of names found: the full name again, a
//	                   defined acronym, a person's surname alone; a name
//	                   given an age ("X, 27,") is a person's, with the
//	                   fuller names it shortens
//	teams              a country or town acting as a sports team in a sports
//	                   sentence or report ("England beat Wales 2-1") is an
//	                   organization, not the place; in sports news a
//	                   team's entity carries the report's sport (attribute
//	                   "sport"; a nation's or a big town's side in a report
//	                   of no one sport, the attribute "team"), and so does
//	                   an organization named by a big town in a report of
//	                   a known sport, while outside sports news none gets
//	                   a mark (teamattrs.go); resolve gives
//	                   a major-league club named by its town or nickname
//	                   the club's full name (leagueclubs.go); a country
//	                   after a player or club ("X of Italy", "India's X")
//	                   and a town before its country stay places
//	                   (teamnationality.go); a country's adjective before a
//	                   part of its side ("the Austrian defence") is the team
//	                   (teamdemonyms.go); so are a country a team travels
//	                   to, a nation's people ("the Irish led 3-0"), a town
//	                   in a transfer (teamfixtures.go) and a national
//	                   side's nickname ("the All Blacks",
//	                   nationalnicknames.go); a table's section heading run
//	                   into a club is cut off (tableheadings.go)
//	events             "the <place> attack", "the <body> summit"; events a
//	                   decisive predicate introduces ("X has won a
//	                   copyright case", events_acted.go) and agreements a
//	                   party word introduces ("X's failure to honor a 1986
//	                   agreement", events_party.go); a meeting stated
//	                   by the verb ("X met Y", "X and Y will meet"),
//	                   named "meeting" (events_meet_verb.go; "met here
//	                   today with Y", "X are meeting", "X, who met Y",
//	                   events_meet_forms.go); votes,
//	                   negotiations, bankruptcy filings and a body's
//	                   session stated by their verb ("the Senate voted",
//	                   "X is negotiating with Y", "X filed for
//	                   bankruptcy", "the Y Committee will meet Friday",
//	                   events_verbal*.go; tariffs or sanctions imposed,
//	                   events_verbal_imposed.go); an event named by an
//	                   owner pronoun ("his veto of Y"), by an agent after a
//	                   participle ("a conference organised by Y") or by an
//	                   event noun opening the sentence
//	                   (events_nominal_owner.go, events_nominal_by.go,
//	                   events_nominal_initial.go); interviews,
//	                   tours, rows, campaigns, votes, debates, lectures
//	                   named by a common noun and the wording that links
//	                   their participants ("X said in an interview with
//	                   Y", "X has begun a week-long tour",
//	                   events_speech_acts.go); contracts and loans won
//	                   or secured ("X won a 20 mln dlr contract from Y",
//	                   events_deal_won.go) and letters of intent signed
//	                   ("X signed a letter of intent to acquire Y",
//	                   events_deal_intent.go)
//	resolve            mentions into the article's [Entity] values: people by
//	                   name (a surname or title + surname joins the one full
//	                   name that contains it; an initial + surname keeps
//	                   its initial and joins only a name it fits; a surname
//	                   the article writes beside a full name as another
//	                   person, "Reagan and Nancy Reagan", stays apart from
//	                   it, resolve_lone.go; a full name a kin noun
//	                   introduces gets the attribute relative, relatives.go;
//	                   a person of sports news the attribute sports_news,
//	                   sportsnews.go),
//	                   gazetteer entries by entry (a
//	                   demonym is its country), the rest by type and name key
//	handles            a social-media handle after a name becomes an alias
//	groups             delegations, teams, panels, committees the text treats
//	                   as a unit become organizations with the attribute
//	                   group=true ("a parliamentary delegation", "the Canadian
//	                   delegation", "a seven-member team"); a later bare "the
//	                   delegation" is a mention of the latest such group
//	coref              references that do not name their entity: "he"/"she"
//	                   (the nearest person of fitting gender), "it"
//	                   of the body that reports it ("X said it signed
//	                   E", coref_reported.go), "the
//	                   minister" (a person), "the company", "the party",
//	                   "the scandal" (the latest event with that head);
//	                   a pronoun in a phrase opening its sentence refers
//	                   forward to the subject ("During his visit, X said");
//	                   read by the relation rules only, never mentions;
//	                   a rule that reads a person where a name stands
//	                   reads a resolved reference there too ("named him
//	                   chief executive", relations_refs.go)
//	relations          co_mention within a sentence; member_of, roles,
//	                   leadership, visits and event involvement from the
//	                   wording (involved_in only where a predicate links the
//	                   participant to the event, speaking at a gathering
//	                   and being a party to an agreement included); a trip behind a preposition is the
//	                   clause subject's ("X proposed it during a trip to
//	                   Y"); a group's leader, members
//	                   and destinations, which its leader and members
//	                   share ("X will lead a delegation to P"); member_of for each person of a list
//	                   a counted party description stands for ("three
//	                   Labour councillors ... A, B and C"); a title that
//	                   names its body only as "party" or "company", or a
//	                   shadow office, the article's party or company
//	                   ("party leader X", relations_partyhome.go); a bare
//	                   state office the one country of the article that
//	                   can hold it ("President X" in a U.S.-Japan story,
//	                   relations_solecountry.go), else in a story
//	                   datelined in a capital whose sentence names no
//	                   country the capital's, named or implied
//	                   (relations_datelineoffice.go); the owner of a company a
//	                   possessive opens ("X's Acme Holdings Ltd",
//	                   relations_ownerpossessive.go); capital_of and
//	                   located_in from the gazetteer
//	dateline           the dateline's place and its country, implied
//
// One more stage, syntax, is built in but not among DefaultStages, as
// package entities cannot load the parser model itself (package
// entities/syntax/embedded does). It comes in two forms.
// [RelationSyntaxStage], which ingest runs before the relations stage
// (ingest.DefaultExtractor; "newsgraph ingest --no-parse" leaves it out),
// parses only the sentences a parse pattern of the relations stage can
// use, as the stage reaches them: an event and a participant; a person
// and a body with a head verb or role link ("headed", "led", "appointed",
// "as chief executive", "who is chairman"); a person followed by a body
// with an apposition or copula right after the person ("X, a trader at
// T", "X is ..."); a list of names beside a relation the cue rules found;
// a state office about to take the one country its sentence names (the
// parse vetoes a country in another clause). Sentences of more than 40
// tokens are not parsed for a pattern, of more than 80 not even for the
// veto. That is about 3.6% of the tokens of Reuters-21578. [SyntaxStage] parses every sentence and leaves the trees
// in [Doc.Trees] for stages that read sentence structure:
// WithStageAfter(StageSegment, SyntaxStage(embedded.Parser())).
//
// What the parse adds to the cue rules (relations_parse*.go): a relation
// to one conjunct holds for each ("visited A, B and C", "X of A and B",
// "A and B signed E"); appositions and copulas with work nouns ("X,
// chief currency strategist at T"); head verbs and passive agents ("X
// headed T", "T was headed by X"); role phrases ("X replaced Y as chief
// executive of T", "X, who is also chairman of T"); involved_in where a
// predicate links participant and event ("E, which was hosted by X", "the
// reaffirmation by X of E", "X was involved in E", "E, in which X took
// part", "At E, X said", "The delegates include X"), never through a
// negated, doubted or denied predicate, a wish or refusal ("X hopes to
// attend E") or a comment ("E was criticised by X").
//
// Options change the list by name: [WithStageBefore], [WithStageAfter],
// [WithStageReplaced], [WithoutStage], or [WithStages] for a whole new
// list. A stage can be run alone on a Doc built by hand, which is how the
// tests check one stage at a time. Stages keep no state of their own, so
// an Extractor is safe for concurrent use.
//
// The ingest engine's Link (package ingest) then matches each entity to the
// store's entities (see its documentation for the rules) and writes
// mentions and relations.
//
// # Groups
//
// A group is an organization entity with Attrs["group"] = "true" rather
// than a type of its own, so every rule and export that handles
// organizations handles groups, and a gold or a user can tell them apart by
// the attribute ([Entity.IsGroup]). Its name is the phrase that introduces
// it without the determiner until the relations stage finds its leader;
// then it is named by its kind and its leader ("team led by X" for a
// delegation, team or mission, "panel led by X"), the article's phrases
// its aliases: store linking merges organizations by name, so two
// articles' delegations are one node when they have the same leader,
// whatever noun each article used, and two otherwise. A group that
// nothing singles out ("the delegation" with no leader, member,
// destination, country, name or count) is dropped (groups_settle.go). The
// country that sends it is its "country" attribute (an ISO code), read from
// a country or demonym in its phrase.
//
// # Files
//
// The files follow the flow, and each uses only files before it:
// document.go (the document model's aliases), words.go (the shared word
// lists and token helpers), extraction.go (the result), stage.go (Stage
// and Doc); then one file per stage, gazetteer.go (with known.go),
// cues.go, partynicknames.go (with partynickprior.go), recognizers.go, select.go, cleanup.go,
// orgcontext.go, acronyms.go, repeats.go, events.go (with
// events_between.go, events_signed.go, events_acted.go,
// events_addressed_topic.go, events_reelection.go,
// events_declarations.go, events_trials.go, events_joined.go,
// events_unnamed.go, events_party.go, events_led.go ("the U.S.-led
// invasion"), events_amounts.go (an amount between an event's owner or
// verb and its head: "X's $5bn offer") and events_phrase_forms.go (a
// title after an event's "of", a gerund that takes an object)),
// resolve.go (with resolve_short.go),
// handles.go, groups.go (with groups_refs.go), coref.go (with coref_fronted.go, coref_reported.go), relations.go
// (with relations_roles.go and its parts relations_roles_title.go,
// relations_roles_after.go, relations_rolekind.go with
// relations_pendoffice.go and relations_homecountry.go, relations_as.go, relations_membership.go,
// relations_events.go, relations_events_at.go,
// relations_events_excluded.go (a name after "but not", the sides of a
// wished event, a capacity after "as"), relations_involved_party.go, relations_events_trials.go,
// relations_counted.go,
// relations_visits.go and relations_visits_*.go (an age between commas,
// relations_visits_age.go), relations_trip.go (with relations_trip_edge.go,
// "at the end of a visit to Y"), relations_groups.go,
// relations_groups_trips.go (destinations a group shares with its leader
// and members) and groups_settle.go, relations_listitems.go (a
// list item is no apposition), relations_regionoffice.go (a region's
// office), relations_rolecoref_*.go (party deputy titles, a bare head's
// title, "as prime minister"), relations_nominal_compound.go (bodies that
// open an event's name), relations_evpart_*.go (speakers at a gathering,
// any act at a gathering, titled lists of actors)), events_starts.go (the one pass that finds
// where each token rule of events.go may start), dateline.go, syntax.go
// (the opt-in parse), relations_parse.go (with
// relations_parse_patterns.go, relations_parse_roles.go and
// relations_parse_titlebody.go, a body that only qualifies a title: what the
// relations stage reads from the parse); then
// stages.go (the built-in stages and their order) and pipeline.go (the
// Extractor and its options).
// titles.go answers, for graph/names, which words are titles rather than
// names.
//
// The rules hold general news vocabulary only (role nouns, head nouns,
// honorifics), kept as word lists in package entities/lexicon; names come
// from the gazetteers in data/.
package entities
