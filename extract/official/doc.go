// Package official finds people in English news text with their titles and
// affiliations, and links later mentions of a person to the full name.
//
// Names are runs of capitalized words with evidence that they name a
// person: a known given name or an initial first ("Timothy Betts",
// "Miriam O. Hale"), a family name written first with a romanized Korean
// or pinyin given name ("Kang Kyung-wha", "Xi Jinping"), a title or
// honorific before the name, an appositive role after it, a verb of saying
// or acting next to it, or a place in a list of names (sports line-ups).
// Titles come from a hand-written lexicon of offices and roles combined
// with modifiers and portfolios ("deputy assistant secretary for plans,
// programs and operations"); affiliations from possessive and adjectival
// countries, organisations before a title ("Federal Aviation Administration
// spokesman"), "at/of/for the ..." phrases after it, a role in brackets
// ("Ferrandi ( leader of the Popular Renewal Party )"), verbs of
// working, leading and owning after the name or its relative pronoun
// ("taught at Kestrel University", "who owned the bankrupt Lakeside Thrift
// Bank", "who tracks grain prices for the brokerage ..."), and a
// founder ("was founded in 1977 by"). A national news
// agency's home dateline ("SEOUL (Yonhap)") gives capitalized government
// titles without a country that country. Within an article, a family name
// alone ("Chang"), a leading or trailing part of a longer name, a lone given
// name that only one person has, an all-capitals family name in a headline,
// and another name given with "also known as" or "alias" join the entity of
// the full name.
//
// The mention span is the name alone: honorifics and titles stay outside it
// (the title has its own span). A mention is typed "official" when a title
// is known for its entity anywhere in the article, else "person". Location
// mentions found earlier (Doc.Mentions) give countries and keep places out
// of names, but the extractor works without them.
//
// Organisation mentions found earlier (extract/organization) are kept out
// of names, and an affiliation that names one links to it
// (Person.AffiliationMention, an index into Doc.Mentions that the pipeline
// renumbers); they also give affiliations the capitalised-run patterns
// miss: a role and a preposition before a mention ("attorney for the
// Chilean copper company Andeco S.A."), a mention's possessive ("the
// agency's director"), a reversed apposition ("The head of X, Dr. Y"), an
// anaphor before a role ("a company official", "the newspaper's
// chairman": the organisation it refers back to), and for a role held in
// an organisation ("spokesman", "station chief") the one organisation named
// in the sentence or, of several, the one of the kind the role belongs to
// (a judge's court, a professor's university) (orgs.go).
//
// It does not resolve pronouns or title-only mentions ("the minister"),
// and it does not report organisations or places as mentions of their own.
// The tables it reads, with their sources, are listed in ATTRIBUTION.md.
package official
