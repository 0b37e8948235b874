// Package amount finds money, percentages and counts in English news text,
// with values, ISO 4217 currencies and linked currency equivalents.
//
// It reads a document's tokens once. Money is a number (digits, words,
// scale words and abbreviations: "1.2 trillion", "half a billion", "$5m",
// "Rs 4,500 crore") with a currency before it ("$", "US$", "HK$", "€",
// "KRW", "Rs", "W" glued in Korean copy) or after it ("won", "Hong Kong
// dollars", "USD", "€"). Ranges ("$5 million to $7 million", "between 10
// and 20 dollars") carry min and max; bounds ("more than", "under") carry
// one of them; "about", "some", "nearly" set approx. The value of a range
// is its lower end. A price per unit ("$1.34 a share") stays money, its
// unit noted as "per share".
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
// foreign sums into US dollars elsewhere; the dateline's country
// ("SYDNEY" makes "$" AUD); the family's default (USD for dollars), or no
// currency when there is none ("kroner" alone). The rule id records which
// step decided, e.g. "amount/money/symbol/context-dateline".
//
// Percentages ("5%", "5 per cent", "3 percentage points", "25 basis
// points") and counts with a noun from data/units.txt ("28,500 American
// troops") are amounts of kind percent and quantity.
//
// The ISO 4217 list is generated (gen.go, go generate) from a pinned npm
// package; see ATTRIBUTION.md. The other tables in data/ are hand-written.
//
// It does not convert between currencies, read amounts in languages other
// than English, or keep counts without a known noun ("hundreds of
// thousands", "5 of them"); it takes no number from years, dates, times,
// ordinals, scores or phone numbers.
package amount
