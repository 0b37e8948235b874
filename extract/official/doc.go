// Package official finds people in English news text with their titles and
// affiliations, and links later mentions of a person to the full name.
//
// Names are runs of capitalized words with evidence that they name a
// person: a known given name or an initial first ("Timothy Betts",
// "Richard K. Winter"), a family name written first with a romanized Korean
// or pinyin given name ("Kang Kyung-wha", "Xi Jinping"), a title or
// honorific before the name, an appositive role after it, or a verb of
// saying next to it. Titles come from a hand-written lexicon of offices and
// roles combined with modifiers and portfolios; affiliations from
// possessive and adjectival countries and from "at/of the ..." phrases.
// Within an article, a family name alone ("Chang") or a tail of a longer
// name joins the entity of the full name.
//
// The mention span is the name alone: honorifics and titles stay outside it
// (the title has its own span). A mention is typed "official" when a title
// is known for its entity anywhere in the article, else "person".
//
// It does not resolve pronouns or title-only mentions ("the minister"),
// and it does not find organisations or places as mentions of their own.
package official
