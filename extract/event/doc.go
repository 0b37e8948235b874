// Package event builds sentence-level events (who did what to whom, when,
// where and for how much) from a document's merged mentions, coded in
// CAMEO.
//
// # Triggers
//
// data/triggers.txt names the trigger words of each event type with its CAMEO
// code: the root (01-20) always, the three- or four-digit code where the
// reading is clean (042 visit, 057 sign, 173 arrest, 1823 kill), and no
// code for the economic and civic types (pay, trade, increase, decrease,
// appoint, resign, elect, approve, disaster, evacuate, expire) and for
// deaths from illness or accidents (die). Verbs stand alone ("Seoul paid
// ..."); event nouns need a light verb before them ("held talks"), a verb
// after them that says they happened ("an earthquake struck", "talks
// began"), or, for payments, money in the sentence. A verb form read as a
// noun ("the meeting", "the car bombing", "Chinese imports") is an event
// only through a noun entry. Conditions on an entry keep an ambiguous word
// to its reading ("released the hostages" but not "released a report";
// "expelled five Iraqis" 174 but "expelled the ambassador" 166). A killing
// "in clashes" takes the fight's code, one "in a car crash" is a death and
// one "in the earthquake" the disaster's toll; an attack is an assault (18)
// unless an armed force carries it out (19); one attack is one event per
// sentence.
//
// # Arguments
//
// Roles come from a shallow reading of the sentence (items.go cuts it into
// words, punctuation and mentions, from the shared tokens of extract/text):
//   - agent: the subject noun phrase of the verb (stepping over
//     appositions and non-restrictive relatives: "Lee, a veteran diplomat,
//     was appointed"), the "by" phrase of a passive, the subject shared by
//     coordinated verbs ("arrived in Nairobi and pledged aid"), the subject
//     of the word that governs an infinitive ("agreed to pay"), or its
//     object ("urged Japan to return"). A statement's agent is its speaker,
//     also after the reported clause ("..., police said", "..., said Kim").
//   - patient: the object ("supply Kenya with grain"), the subject of a
//     passive, and the phrases the event type reads: "with" a counterpart,
//     "against" or "on" a target, "to" a recipient or host, "at" the target
//     of fire. A statement's patient is only its addressee ("told
//     Reuters").
//
// Actors are people, organisations (mentions of type "organization", read
// by the type string and the fields of their JSON form), countries, cities
// next to the verb, and counts of people ("257 people", "five Iraqis": an
// unnamed group, flat kind "people"); a place that qualifies a person
// ("South Korea's chief negotiator Lee") is an affiliation, not an actor. Pronouns and
// descriptions resolve within the article (coref.go): "he" and "she" to
// the nearest person of a compatible gender (from honorifics, titles and
// earlier pronouns), "it" to the nearest organisation or country, "the
// minister" to the nearest person whose title holds the word, "the
// company" to the nearest organisation of that kind, "I" and "we" in a
// quote to its speaker; the participant then points at that mention and
// carries the words that stood in the sentence.
//
// # Modality
//
// Each event says whether the sentence negates it ("did not sign",
// "refused to meet", "no talks"), how it presents it (asserted; future:
// will, plans to, agreed to; possible: may, could, threatened to;
// conditional: if, would; habitual: usually, every year; hoped: hopes to,
// urged ... to, an infinitive of purpose), and whether it stands in a
// quote. Such events are kept and marked, not dropped. A statement needs
// a named speaker ("officials said" is no event), counts once per speaker
// and sentence, and a participle that only introduces what the same actor
// said ("pushed back, saying") is no statement of its own; restrictive
// relatives and participles ("the bombing that killed 12") say which thing
// is meant and are no events.
//
// # Slots
//
// when: calendar dates and times of the event's clause (no durations,
// sets or reference words; no bounds such as "since 2015"); a date next
// to a statement verb ("said Wednesday") dates the statement, not what it
// reports. where: places of the clause that are not actors; a country
// only after a locative preposition; a verbal event (a statement, a demand,
// criticism) only a place of its agent or one right after its verb, not
// the places of what it speaks about; an affiliation ("the president of
// France") is no place; the host of a visit is its place too. amounts:
// each amount goes to the nearest event, money first, each followed by its
// restatements in other currencies. Frames that are no events (an unnamed
// speaker's statement, a restrictive relative) keep the dates, places and
// amounts of their clause, so that these go to no other event.
//
// The flat fields (flat.go) restate an event in GDELT's manner: the first
// agent as actor1, the first patient or counterpart as actor2, the first
// place as action_geo, else the dateline's (source "dateline").
//
// It does not parse: roles come from word order and closed-class words, so
// long or unusual sentences can get the wrong actor. It does not link
// events across sentences beyond a definite event noun inheriting the
// actors of the same type of event just before ("the talks"), and it
// resolves pronouns only to mentions (an organisation the organisation
// extractor did not find cannot be an antecedent).
package event
