// Package amount finds money, percentages and counts in English news text,
// with values, ISO 4217 currencies and linked currency equivalents.
//
// It reads the document's shared tokens (extract/text), split again where
// letters meet digits and joined where a number or an initialism has
// inner separators (tokens.go). Money is a number (digits, words,
// scale words and abbreviations: "1.2 trillion", "half a billion", "two and
// a half billion", "$5m", "Rs 4,500 crore") with a currency before it ("$",
// "US$", "HK$", "€", "KRW", "Rs", "RM", "SFr", "NIS", "W" glued in Korean
// copy, and a few names: "dollar 22.5 million", "rupees 4,500") or after it
// ("won", "Hong Kong dollars", "Thai baht", "reais", "USD", "€", "TL"; a
// symbol written before numbers also glued after one: "4.75US$", "50Rs").
// Names with their country and bare units are generated from the Unicode
// CLDR (English names and plurals, and the unit in the languages of the
// countries that use it); bare units count only in lower case, and a
// title-case name running into another title-case word is a name ("12
// Rand Street"). A currency name before a
// number counts only where it cannot be the currency itself: not after a
// determiner unless the number has a scale ("the yen 110"), nor after a
// place word ("Canadian dollar 1.36"), not before a percentage, a count
// noun, another currency or a year ("the dollar 2 percent higher", "Euro
// 2012"). Smaller units follow a whole amount and make one value ("3
// dollars 50 cents", "$12 and 50c", "£5 and 20p", "7 hryvnias 50
// kopiykas", and Chinese colloquial kuai, mao and fen: "one kuai and five
// mao five" is 1.55 yuan); a minor unit marked so in names.tsv is worth
// one by the ISO 4217 exponent of the whole amount's currency ("3 Kuwaiti
// dinars 500 fils" is 3.5). Ranges ("$5 million to $7 million", "$5-7
// million", "between 15 euros and 30 euros", "between 10 and 20 dollars",
// "ranging from 5 to 8 pounds") carry min and max; bounds ("more than",
// "under") carry one of them; "about", "some", "nearly" set approx. The
// value of a range is its lower end. After a word of change ("rose",
// "fell", "up", "raised"; data/changes.txt), or after a "from" with one a
// few words before it in its clause, "X to Y" is two amounts, not a range
// ("rose $12.30 to $1,950.40", "raised its forecast from $40 to $45"); a
// bare first number takes the second's currency ("rose from 2 trillion to
// 3 trillion won"). A price per unit
// ("$1.34 a share") stays money, its unit noted as "per share".
//
// A sum restated in another currency right after another one ("960 billion
// won ($887.5 million)", "5 trillion won, or roughly $4.4 billion") gets
// EquivalentOf pointing at the first.
//
// # Currency resolution
//
// A currency word that several countries share (dollar, peso, rupee, pound,
// franc, dinar, krone, ...; data/families.tsv) resolves, in order, to: the
// country written before it ("Mexican pesos"); US dollars when a bare "$"
// restates a foreign sum; the same family's currency named earlier in the
// article ("Hong Kong dollar" then "$10,000"), unless the article converts
// foreign sums into US dollars elsewhere; the dateline's country ("SYDNEY"
// makes "$" AUD); the family's default (USD for dollars), or no currency
// when there is none ("kroner" alone). The rule id records which step
// decided, e.g. "amount/money/symbol/context-dateline".
//
// Pounds that weigh ("weighs 150 pounds", "3.5 kg (7.7 pounds)", "a
// 300-pound man") are not money.
//
// Percentages ("5%", "5 per cent", "5 3/4 percent", "3 percentage points",
// "25 basis points") and counts with a noun from data/units.txt ("28,500
// American troops") are amounts of kind percent and quantity.
//
// The ISO 4217 list and the CLDR names are generated (gen.go and
// gen_cldr.go, go generate) from pinned npm packages; see ATTRIBUTION.md.
// The other tables in data/ are hand-written.
//
// It does not convert between currencies, read amounts in languages other
// than English, or keep counts without a known noun ("hundreds of
// thousands", "5 of them"); it takes no number from years, dates, times,
// ordinals, scores or phone numbers.
package amount
