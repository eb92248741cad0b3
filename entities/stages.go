package entities

import (
	"github.com/newsgraph/newsgraph/entities/gazetteer"
	"github.com/newsgraph/newsgraph/entities/text"
	"github.com/newsgraph/newsgraph/graph"
)

// Names of the built-in stages, in the order they run.
const (
	StageSegment          = "segment"           // tokens and sentences
	StageGazetteer        = "gazetteer"         // names the gazetteer knows
	StagePartyNicknames   = "party-nicknames"   // "Tory", "Lib Dem", "GOP"
	StageCues             = "cues"              // role cues, class and head nouns, events
	StageRecognizers      = "recognizers"       // the recognizers given by WithRecognizer
	StageSelect           = "select"            // the best non-overlapping candidates
	StageCompanies        = "companies"         // split "X Inc and Y Ltd", "Ohio-based X", "X Corp of Japan"
	StageFragments        = "fragments"         // drop towns that are parts of names
	StageCompanyPrefixes  = "company-prefixes"  // "Merrill Lynch said" is the company
	StageControlledPlaces = "controlled-places" // "Pakistan-occupied Kashmir"
	StageCapitals         = "capitals"          // "Islamabad said" is the country
	StageOrgContext       = "org-context"       // "Tyson Foods", "Wembley chairman X": companies, not places; "Congress" a legislature, not a party
	StageAcronyms         = "acronyms"          // "Line of Control (LoC)"
	StageRepeats          = "repeats"           // later mentions of names found; "Mitchell" after "Dennis Mitchell" is him
	StageTeams            = "teams"             // "England beat Wales 2-1": teams, not places; a dateline's place is one
	StageEvents           = "events"            // "the Pahalgam attack"
	StageResolve          = "resolve"           // mentions into entities
	StageHandles          = "handles"           // "X (@handle)"
	StageGroups           = "groups"            // delegations, teams, panels, committees
	StageCoref            = "coref"             // "he", "the company": references to named entities
	StageRelations        = "relations"         // relations read from sentences and the gazetteer
	StageDateline         = "dateline"          // the dateline's place, implied
)

// DefaultStages returns the built-in pipeline, in order, with gz as the
// gazetteer and recognizers run by the recognizers stage. New starts
// from it; a caller may edit the list and give it to [WithStages].
func DefaultStages(gz *gazetteer.Gazetteer, recognizers ...Recognizer) []Stage {
	return []Stage{
		StageFunc(StageSegment, segmentStage),
		gazetteerStage{gz},
		partyNicknamesStage{gz},
		StageFunc(StageCues, cuesStage),
		recognizersStage{gz, recognizers},
		StageFunc(StageSelect, selectStage),
		StageFunc(StageCompanies, func(d *Doc) {
			d.Mentions = trimPartyPrefix(d, trimExPrefix(d.Document, splitAllCompanies(d.Document, d.Mentions)))
			d.Mentions = possessiveCompanies(d.Document, d.Keys(), d.Mentions)
			d.Mentions = trimPartyTitles(d.Document, d.Mentions)
			d.Mentions = trimLocators(d.Document, d.Mentions, d.GazetteerMentions)
		}),
		StageFunc(StageFragments, func(d *Doc) {
			d.Mentions = statePrefixedBodies(d.Document, dropDegrees(d.Document, dropNameFragments(d.Document, d.Mentions)))
		}),
		StageFunc(StageCompanyPrefixes, func(d *Doc) { d.Mentions = companyPrefixes(d.Document, d.Mentions) }),
		StageFunc(StageControlledPlaces, func(d *Doc) { d.Mentions = controlledPlaces(d.Document, d.Mentions) }),
		capitalsStage{gz},
		StageFunc(StageOrgContext, func(d *Doc) {
			d.Mentions = foundedAs(d.Document, orgContext(d.Document, d.Mentions))
			d.Mentions = bodyNotParty(d.Document, gz, d.GazetteerMentions, d.Mentions)
		}),
		StageFunc(StageAcronyms, func(d *Doc) { d.Mentions, d.Acronyms = acronyms(d.Document, d.Mentions) }),
		StageFunc(StageRepeats, func(d *Doc) {
			d.Mentions = lonePersonCues(d.Document, d.Keys(), d.Mentions)
			d.Mentions = surnamesOverPlaces(d.Document, d.Keys(), repeats(d.Document, d.Keys(), agedPersons(d.Document, d.Mentions), d.Acronyms))
			d.Mentions = personLists(d.Document, d.Mentions)
			d.Mentions = personNameRepeats(d.Document, d.Mentions)
			d.Mentions = companyShortForms(d.Document, d.Keys(), d.Mentions)
		}),
		StageFunc(StageTeams, func(d *Doc) {
			datelinePlaces(d.Document, d.GazetteerMentions, d.Mentions)
			d.Mentions = teamReadings(d.Document, d.Mentions)
		}),
		StageFunc(StageEvents, eventsStage),
		resolveStage{gz},
		StageFunc(StageHandles, handlesStage),
		StageFunc(StageGroups, groupsStage),
		StageFunc(StageCoref, corefStage),
		relationsStage{gz},
		datelineStage{gz},
	}
}

// segmentStage splits the text into tokens and sentences unless the
// document comes segmented.
func segmentStage(d *Doc) {
	if len(d.Tokens) == 0 && len(d.Sentences) == 0 {
		d.Document = text.Segment(d.Text)
		numberTokens(d.Tokens) // only tokens of its own: a caller's may be shared
	}
}

// gazetteerStage reads the names the gazetteer knows, choosing among an
// alias's entries by what else the article names.
type gazetteerStage struct{ gz *gazetteer.Gazetteer }

func (gazetteerStage) Name() string { return StageGazetteer }

func (s gazetteerStage) Run(d *Doc) {
	spans := addRegionDemonyms(d.Document, d.Keys(), s.gz, gazSpans(d.Document, d.Keys(), s.gz))
	ctx := &context{gz: s.gz}
	ctx.countries, ctx.spelled = countryMentions(d.Document, spans)
	var known []Mention
	d.GazetteerMentions, known = knownOrganizations(d.Document, d.Keys(), gazetteerMentions(d.Document, spans, ctx))
	d.spelled = ctx.spelled
	d.Candidates = append(append(d.Candidates, d.GazetteerMentions...), known...)
}

// cuesStage adds the mentions of the cue rules, which know the names the
// gazetteer read.
func cuesStage(d *Doc) {
	known := selectMentions(append([]Mention(nil), d.GazetteerMentions...))
	for _, m := range newCueRecognizer(known).Recognize(d.Document) {
		if m.Source == "head" || m.Type == graph.Person {
			// "For Wall Street , ...", "Manager Mike Scioscia said" at a
			// sentence's start.
			m = trimLeadingWord(d.Document, m)
		}
		if m.Type == graph.Person {
			m = extendParticleName(d.Document, m) // "Abdel-Fattah el-Sissi"
		}
		d.Candidates = append(d.Candidates, m)
	}
}

// recognizersStage adds each recognizer's mentions, vetted against what
// the rules know.
type recognizersStage struct {
	gz          *gazetteer.Gazetteer
	recognizers []Recognizer
}

func (recognizersStage) Name() string { return StageRecognizers }

func (s recognizersStage) Run(d *Doc) {
	for _, r := range s.recognizers {
		ms := vetModelMentions(d.Document, r.Recognize(d.Document), s.gz, d.GazetteerMentions, d.spelled)
		orgsOverPlaces(d.Document, d.GazetteerMentions, ms)
		stateUniversities(d.Document, d.GazetteerMentions, ms)
		d.Candidates = append(d.Candidates, ms...)
	}
	personsOverPlaces(d.Document, d.GazetteerMentions, d.Candidates)
}

// selectStage keeps the best non-overlapping candidates in Mentions, and
// the event candidates, which may hold other names, in Events.
func selectStage(d *Doc) {
	others := mentionsFor(len(d.Candidates))
	for _, m := range d.Candidates {
		if m.Type == graph.Event {
			d.Events = append(d.Events, m)
		} else {
			others = append(others, m)
		}
	}
	d.Mentions = selectMentions(others)
}

// capitalsStage reads a capital that acts as its country's government.
type capitalsStage struct{ gz *gazetteer.Gazetteer }

func (capitalsStage) Name() string { return StageCapitals }

func (s capitalsStage) Run(d *Doc) { d.Mentions = capitalsForGovernments(d.Document, d.Mentions, s.gz) }

// eventsStage adds the events named after a place or body and keeps the
// best non-overlapping events.
func eventsStage(d *Doc) {
	d.Events = selectMentions(append(d.Events, placeEvents(d.Document, d.Mentions)...))
}

// resolveStage turns the mentions into the article's entities.
type resolveStage struct{ gz *gazetteer.Gazetteer }

func (resolveStage) Name() string { return StageResolve }

func (s resolveStage) Run(d *Doc) {
	d.Extraction = resolve(d.Document, append(d.Mentions, d.Events...), d.Acronyms, s.gz)
	writtenForms(d.Document, d.Extraction)
	pluralHeadForms(d.Document, d.Extraction) // pluralheads.go
	nameByDateline(d.Extraction, datelineCountry(s.gz, d.Info.Place, d.Info.Region))
}

// handlesStage adds social-media handles written after a name.
func handlesStage(d *Doc) {
	if d.Extraction != nil {
		socialHandles(d.Document, d.Extraction)
	}
}

// relationsStage adds the relations read from each sentence and from the
// gazetteer.
type relationsStage struct{ gz *gazetteer.Gazetteer }

func (relationsStage) Name() string { return StageRelations }

func (s relationsStage) Run(d *Doc) {
	if d.Extraction != nil {
		relate(d, s.gz)
	}
}

// datelineStage adds the dateline's place and its country as implied
// entities.
type datelineStage struct{ gz *gazetteer.Gazetteer }

func (datelineStage) Name() string { return StageDateline }

func (s datelineStage) Run(d *Doc) {
	if d.Extraction != nil {
		dateline(d.Extraction, s.gz, d.Info.Place, d.Info.Region)
	}
}

// relate adds the relations of an article: co-mentions within a sentence,
// person → party memberships stated by the wording around the two names,
// roles, leadership, visits and event involvement read from the wording,
// capital → country and place → country links from the gazetteer, and
// what the parse adds where a sentence has a tree (relations_parse.go).
func relate(doc *Doc, gz *gazetteer.Gazetteer) {
	d, ex := doc.Document, doc.Extraction
	rb := &relBuilder{d: d, ex: ex, gz: gz, rels: map[relKey]*relAcc{}, place: doc.Info.Place, region: doc.Info.Region, tree: doc.Tree, parser: doc.parser, split: doc.treeTokens}
	rb.index(doc.Corefs)
	rb.leadDescription()
	for si, s := range d.Sentences {
		span := sentenceSpan(s)
		in := rb.bySentence[si]
		for i := range in {
			for j := i + 1; j < len(in) && !in[i].coref; j++ {
				if !in[j].coref {
					rb.add(in[i].ent, in[j].ent, graph.CoMention, span, 1, nil)
				}
			}
		}
		for _, p := range in {
			if ex.Entities[p.ent].Type != graph.Person {
				continue
			}
			for _, q := range in {
				if ex.Entities[q.ent].Type == graph.Party && (statesMembership(d, p, q) || possessiveMembership(d, p, q) || appositiveMembership(d, p, q)) {
					rb.add(p.ent, q.ent, graph.MemberOf, span, 0.9, nil)
				}
			}
		}
		rb.listMembership(in, span)
		for _, p := range in {
			if ex.Entities[p.ent].Type == graph.Person {
				rb.usPartyTag(p, s, span)
				rb.partyBefore(p, s, in, span)
				rb.partyTitleMember(p, s, in, span)
			}
		}
		rb.roles(si, in)
		rb.counterparts(si, in)
		rb.speakersFrom(si, in)
		rb.bareHeads(si, in)
		rb.partyTitlesNamingNone(si, in)
		rb.speakerTitles(si, in)
		rb.spokesFromBefore(si, in)
		rb.appointments(si, in)
		rb.visits(si, in)
		rb.tripVisits(si, in)
		rb.conjTravelVisits(si, in)   // relations_visits_conj.go
		rb.quotedTravelVisits(si, in) // relations_visits_quote.go
		rb.visitCues(si, in)
		rb.purposeVisits(si, in) // relations_visits_purpose.go
		rb.nominalVisits(si, in)
		rb.visitingVisitors(si, in) // relations_visits_visiting.go
		rb.visitObjects(si, in)
		rb.stopVisits(si, in) // relations_stops.go
		rb.presence(si, in)
		rb.meetingVisits(si, in)    // relations_visits_meeting.go
		rb.attendVisits(si, in)     // relations_visits_attend.go
		rb.returnFromVisits(si, in) // relations_visits_returnfrom.go
		rb.hereVisits(si, in)       // relations_visits_here.go
		rb.herePresence(si, in)     // relations_visits_herepresence.go
		rb.betweenPresence(si, in)  // relations_visits_between.go
		rb.events(si, in, doc.Info)
		rb.suitRoles(si, in)     // events_lawsuits.go
		rb.trials(si, in)        // relations_events_trials.go
		rb.madeDealSides(si, in) // relations_deal_made.go
		rb.boughtSides(si, in)   // relations_deal_bought.go
		rb.mergedSides(si, in)   // relations_deal_merged.go
		rb.wonSides(si, in)      // events_deal_won.go
		rb.intentSides(si, in)   // events_deal_intent.go
		rb.offerSides(si, in)    // events_corp_offers.go
		rb.agreedSides(si, in)   // events_corp_agreed.go
		rb.metSides(si, in)      // relations_meet_verb.go
		rb.verbalSides(si, in)   // relations_verbal.go
		rb.occasionGuests(si, in)
		rb.talksSides(si, in)              // relations_events_talks.go
		rb.phraseSides(si, in)             // relations_events_phrase.go
		rb.byAgentSides(si, in)            // events_nominal_by.go
		rb.compoundBodies(si, in)          // relations_nominal_compound.go
		rb.budgetOwner(si, in)             // events_nominal_owner.go
		rb.lightVerbActor(span, in)        // events_nominal.go
		rb.frontedSpeakerOf(si, span, in)  // events_nominal.go
		rb.speechActSides(si, span, in)    // relations_speech_acts.go
		rb.afterTalksSpeaker(si, span, in) // events_after_talks.go
		rb.countedMembers(si, in)
		rb.groups(si, in)
		rb.groupTrips(si, in) // relations_groups_trips.go
		// legal acts stated by a verb: relations_events_legal.go
		rb.legalVerbSides(si, in)
		rb.legalRoleSides(si, in) // relations_events_legal_roles.go
		rb.parsed(si, in)
	}
	rb.places()
	rb.finish()
}
