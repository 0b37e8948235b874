// Package page strips a news page's HTML to its title, byline, language,
// canonical URL, publication and modification times, and main text.
//
// The main text comes, in order of preference, from a per-feed CSS
// selector (Options.Selector), from the bundled site rules (sites.json:
// per-host body and drop selectors, a time element and the site's time
// zone, for major wire and news sites such as Yonhap, Reuters, AP, AFP,
// BBC, Xinhua and Al Jazeera), or from a generic algorithm. The generic
// algorithm drops scripts, hidden elements and blocks whose class or id
// names a widget (generic.json), scores paragraphs into their ancestors by
// length and commas, weighs candidates by link density and class hints,
// then takes the best candidate with its qualifying siblings and the other
// blocks of its class. Every path then emits one paragraph per block
// (headings, list items and quotes included), dropping the headline,
// bylines, time stamps, bare datelines, captions, credits, link lists and
// widget phrases ("Back to top", newsletter and cookie notices).
// Result.Path says which path produced the text; "json-ld" means the page
// carried its story only in JSON-LD articleBody.
//
// Publication time comes from JSON-LD datePublished (every block, @graph
// too), then meta properties matched by key suffix, then the site rule's
// time element, then <time datetime>, then the story's dateline ("SEOUL,
// Dec. 12 (Yonhap) --") read in the site's zone, then the URL path.
// Result.PublishedSource names the winner. A time written without a zone
// is read in Options.Location or the site's zone; only when neither is
// known is it read as UTC, and Result.ZoneUnknown says so.
//
// It does not fetch pages or transcode charsets (ingest/fetch hands it
// UTF-8; invalid bytes become U+FFFD), canonicalize URLs beyond resolving
// them, or find dates, places or people inside the text.
//
// # Caveats
//
// The HTML parser refuses documents nested deeper than 512 open elements,
// and Strip returns that as an error; inputs over MaxInput bytes and
// binary data are refused too. A Stripper, and the package-level Strip,
// are safe for concurrent use; rules load once, on first use.
package page
