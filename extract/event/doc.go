// Package event builds sentence-level events (who did what, when, where and
// for how much) from a document's merged mentions.
//
// A small rule-based taxonomy (triggers.txt: meet, negotiate, agree, state,
// appoint, demand, pay, expire, visit, protest, attack, elect, ...) names
// the trigger words of each event type, with their CAMEO root code where the
// mapping is clean. Verbs stand alone ("Seoul paid ..."); event nouns need a
// light verb ("started talks", "an earthquake struck") or, for payments,
// money in the sentence ("Seoul's contribution rose to 960 billion won").
// Each sentence yields at most one statement ("said", "told") and two other
// events, the main verb first; a verb in an apposition, a relative or a
// subordinate clause yields to it.
//
// Arguments come from the mentions of the sentence, by position:
//   - who: people, and countries (or their demonyms) in subject or object
//     position, with roles: agent (the subject; "by X" in a passive),
//     patient (the object; the subject of a passive) and counterpart
//     ("with X"). A city counts only next to the verb ("Seoul paid",
//     "demanding Seoul"); a place that qualifies a person ("South Korea's
//     chief negotiator Lee") is an affiliation, not an actor. A statement's
//     agent is its speaker.
//   - when: each date goes to the nearest event; a date next to a statement
//     verb ("said Wednesday") is the date of the statement. The first date
//     that resolves to the calendar gives when_resolved.
//   - where: places that are not actors go to the nearest event; a country
//     counts as a place only after a locative preposition ("to Britain").
//     An event without one gets the dateline's place.
//   - amounts: each amount goes to the nearest event, money first, each
//     followed by its restatements in other currencies.
//
// Confidence grows with how the trigger was found and how many slots are
// filled; rule names the type and the trigger rule ("event/pay/noun-money").
// A negation just before the trigger ("did not sign") keeps the event but
// adds "/negated" to its rule and lowers its confidence.
//
// It does not resolve pronouns ("he said" has no agent), link events across
// sentences, recognise organisations as actors (there are no organisation
// mentions), or tell modality ("may meet", "plans to visit") from fact.
package event
