package location

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
)

// Extractor finds location mentions. The zero value is not usable; call New.
// It is safe for concurrent use; the gazetteer loads on first use.
type Extractor struct {
	once     sync.Once
	g        *Gazetteer
	err      error
	loadTime time.Duration
	// readings keeps a document's working state (matches, maps, votes)
	// between documents; no mention keeps any of it.
	readings sync.Pool // *reading
}

// New returns a location extractor.
func New() *Extractor { return &Extractor{} }

// Name implements extract.Extractor.
func (*Extractor) Name() string { return "location" }

// Gazetteer loads the gazetteer (once) and returns it with the time the
// load took.
func (x *Extractor) Gazetteer() (*Gazetteer, time.Duration, error) {
	x.once.Do(func() {
		t := time.Now()
		x.g, x.err = Load()
		x.loadTime = time.Since(t)
		if x.err != nil {
			x.err = fmt.Errorf("location: %w", x.err)
		}
	})
	return x.g, x.loadTime, x.err
}

// Extract implements extract.Extractor. It returns nil when the embedded
// gazetteer cannot be read, which the package tests rule out.
func (x *Extractor) Extract(d *extract.Doc) []extract.Mention {
	g, _, err := x.Gazetteer()
	if err != nil || d == nil || d.Text == "" {
		return nil
	}
	r, _ := x.readings.Get().(*reading)
	if r == nil {
		r = newReading()
	}
	ms := g.extract(d, r)
	r.reset()
	if text.KeepScratch(len(d.Text)) {
		x.readings.Put(r)
	}
	return ms
}

// reading is one document while the phases of extract run over its
// gazetteer matches, which judgeAll narrows to the kept ones. Its maps and
// buffers are kept for the next document (reset).
type reading struct {
	g *Gazetteer
	words
	ms      []match
	matches []match // the array ms lies in
	// pinned is the reading an "X, Y" pair or a region after a comma
	// fixes for a key; pinnedAt marks the matches so fixed.
	pinned   map[string]sense
	pinnedAt []bool
	// inRegion: a known name the region after its comma qualifies ("Paris,
	// Mo."), by key; towns: unknown names before a region ("Beaver, West
	// Virginia").
	inRegion map[string]regionTown
	towns    []town

	// Buffers of the phases, filled anew for each document.
	matched, dates, orgs [][2]int
	countyRegion         []int32
	verdicts             []verdict
	people               map[string]bool // names that are a person's in the article
	top                  []sense
	hasTop               []bool
	listKind             []listKind
	chosen               map[choice]sense
	margin               map[string]float64
	ctx                  context
}

func newReading() *reading {
	return &reading{pinned: map[string]sense{}, inRegion: map[string]regionTown{}, people: map[string]bool{},
		chosen: map[choice]sense{}, margin: map[string]float64{}, ctx: newContext()}
}

// reset empties the reading for the next document, letting go of this
// one's strings and entries.
func (r *reading) reset() {
	clear(r.matches)
	clear(r.verdicts)
	clear(r.listKind)
	clear(r.pinned)
	clear(r.inRegion)
	clear(r.people)
	clear(r.chosen)
	clear(r.margin)
	r.ctx.reset()
	*r = reading{words: words{upper: r.upper[:0]}, matches: r.matches[:0], pinned: r.pinned, pinnedAt: r.pinnedAt[:0], inRegion: r.inRegion, towns: r.towns[:0],
		matched: r.matched[:0], dates: r.dates[:0], orgs: r.orgs[:0], countyRegion: r.countyRegion[:0],
		verdicts: r.verdicts[:0], people: r.people, top: r.top[:0], hasTop: r.hasTop[:0], listKind: r.listKind[:0],
		chosen: r.chosen, margin: r.margin, ctx: r.ctx}
}

// sized returns buf holding n zero values, in buf's array when it is large
// enough.
func sized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// extract finds the gazetteer's names and the patterns' places, judges
// each name in its context, and resolves the kept ones against the
// article's other places, phase by phase, in r (empty).
func (g *Gazetteer) extract(d *extract.Doc, r *reading) []extract.Mention {
	r.g, r.words = g, wordsOf(d, r.upper)
	var key [64]byte
	r.matches = g.find(&r.words, key[:0], r.matches[:0])
	r.ms = r.matches
	streets := g.findStreets(&r.words)
	if len(r.ms) == 0 && len(streets) == 0 {
		return g.namedPlaces(&r.words, nil)
	}
	r.dates = spansOf(r.dates, d.Mentions, extract.TypeDate)
	r.ms = dropOverlapping(dropInside(r.ms, streets), r.dates)
	matched := r.matched[:0]
	for _, m := range r.ms {
		matched = append(matched, [2]int{m.t0, m.t1})
	}
	r.matched = matched
	r.orgs = spansOf(r.orgs, d.Mentions, extract.TypeOrganization)
	orgs := r.orgs
	var counties []county
	counties, r.ms = findCounties(&r.words, r.ms)
	countyRegion := r.countyRegions(counties)
	r.mark(d.Dateline)
	r.pinPairs()
	r.regionsAfterComma()
	r.judgeAll(orgs)
	named := g.namedPlaces(&r.words, matched)
	if len(r.ms) == 0 && len(counties) == 0 && len(r.towns) == 0 && len(streets) == 0 && len(named) == 0 {
		return nil
	}
	c, top, hasTop := r.articleContext()
	out := r.resolve(c, top, hasTop)
	out = r.patterns(out, counties, countyRegion, c.firstAdmin1, streets, named)
	return dropOrgClashes(out, orgs)
}

// countyRegions gives each county the first-level region named right after
// it ("Orange County, California"), or -1.
func (r *reading) countyRegions(counties []county) []int32 {
	r.countyRegion = sized(r.countyRegion, len(counties))
	region := r.countyRegion
	for i, cn := range counties {
		region[i] = -1
		if cn.region >= 0 {
			for _, s := range r.ms[cn.region].e.senses {
				if r.g.places[s.place].Kind == KindAdmin1 {
					region[i] = s.place
					break
				}
			}
		}
	}
	return region
}

// mark sums up each match's readings (kinds, once, for every phase after
// it) and reads the words around it: the dateline, a suffix taken into
// the name, the words that call it a place or a division or a state, and
// the match after its comma.
func (r *reading) mark(dl *text.Dateline) {
	g, ws, text, toks, ms := r.g, &r.words, r.text, r.toks, r.ms
	for i := range ms {
		ms[i].kinds = g.kinds(ms[i].e)
	}
	for i := range ms {
		m := &ms[i]
		if dl != nil && dl.PlaceEnd > dl.PlaceStart && m.start >= dl.PlaceStart && m.end <= dl.PlaceEnd {
			m.dateline = true
		}
		// "Orange County", "Gyeonggi Province", "Washington State".
		if m.t1 < len(toks) {
			nt := toks[m.t1]
			if nt.Word && nt.Space && nt.Upper && g.suffixes[wordAt(ws, m.t1)] {
				if k := m.kinds; (k.city || k.admin1) && !k.country {
					m.t1++
					m.end = nt.End
					m.extended = true
					m.key += " " + wordAt(ws, m.t1-1)
				}
			}
		}
		after := placeWordAfter(ws, m.t1)
		m.division = after || divisionNear(ws, m)
		m.placeWord = after || placeWordBefore(ws, m.t0)
		if !m.extended && m.kinds.admin1 {
			w, at := prevWord(ws, m.t0)
			m.state = wordAt(ws, m.t1) == "state" && !toks[m.t1].Upper ||
				w == "of" && wordAt(ws, at-1) == "state" && !toks[at-1].Upper
		}
		if i > 0 {
			p := &ms[i-1]
			if p.t1 < len(toks) && text[toks[p.t1].Start] == ',' && m.t0 == p.t1+1 {
				p.next = i
			}
		}
	}
}

// pinPairs reads "X, Y": a pair the gazetteer knows as a place in a
// region or country fixes both readings.
func (r *reading) pinPairs() {
	r.pinnedAt = sized(r.pinnedAt, len(r.ms))
	for i := range r.ms {
		m := &r.ms[i]
		if m.next < 0 {
			continue
		}
		n := &r.ms[m.next]
		// "Mexico, China, Japan": a country name before a comma starts a
		// list, it is not a town in the next country.
		if m.kinds.country {
			continue
		}
		if sx, sy, ok := r.g.pair(m.e, n.e); ok {
			r.pinned[m.key] = sx
			if _, done := r.pinned[n.key]; !done {
				r.pinned[n.key] = sy
			}
			r.pinnedAt[i], r.pinnedAt[m.next] = true, true
		}
	}
}

// regionsAfterComma reads "Paris, Mo.", "Beaver, West Virginia": a place
// the region after its comma qualifies, where the gazetteer has no reading
// of it in that region.
func (r *reading) regionsAfterComma() {
	g, ws, text, toks, ms := r.g, &r.words, r.text, r.toks, r.ms
	for i := range ms {
		n := &ms[i]
		// the comma first: most names have none before them, and the
		// region reading reads every sense's place
		if n.t0 < 2 || text[toks[n.t0-1].Start] != ',' || toks[n.t0-1].Space {
			continue
		}
		reg, ok := g.regionSense(n.e)
		if !ok || g.given[n.key] || g.names[n.key] {
			continue
		}
		// "San Fernando Valley", "Michael Sicilia": the region is only
		// the start of a longer name.
		if t := n.t1; t < len(toks) && toks[t].Word && toks[t].Space && toks[t].Upper {
			continue
		}
		if x, known := endsAt(ms, n.t0-2); known {
			m := &ms[x]
			k := m.kinds
			if m.next != i || r.pinnedAt[x] || k.country || k.admin1 || k.hand || inList(ws, ms, x, i) {
				continue
			}
			r.inRegion[m.key] = regionTown{reg, townName(text[m.start:m.end])}
			r.pinnedAt[x], r.pinnedAt[i] = true, true
		} else {
			t0 := unknownBefore(ws, ms, n.t0-1, g)
			if t0 < 0 || g.suffixes[wordAt(ws, n.t0-2)] || isCountyWord(text[toks[n.t0-2].Start:toks[n.t0-2].End]) {
				continue
			}
			if listAfter(ws, ms, n.t1) {
				continue
			}
			r.towns = append(r.towns, town{start: toks[t0].Start, end: toks[n.t0-2].End, region: reg})
			r.pinnedAt[i] = true
		}
		if _, done := r.pinned[n.key]; !done {
			r.pinned[n.key] = reg
		}
	}
}

// judgeAll keeps the matches that are places in their context (judge, and
// the organisations around them), with one sense per name per article: a
// one-word name that is part of a person's name once ("MaliVai
// Washington") is that person throughout. r.ms and r.pinnedAt hold only
// the kept matches after it.
func (r *reading) judgeAll(orgs [][2]int) {
	ms := r.ms
	r.verdicts = sized(r.verdicts, len(ms))
	verdicts, people := r.verdicts, r.people
	for i := range ms {
		verdicts[i] = r.g.judge(&r.words, &ms[i], r.pinnedAt[i] || ms[i].placeWord)
		switch relateToOrgs(orgs, ms[i].start, ms[i].end) {
		case orgInside:
			if verdicts[i].embeddable() {
				verdicts[i] = keep
			}
		case orgClash:
			verdicts[i] = dropOrg
		}
		if verdicts[i].personal() && ms[i].t1-ms[i].t0 == 1 || verdicts[i] == dropMatch {
			people[ms[i].key] = true
		}
	}
	n := 0
	for i := range ms {
		m := &ms[i]
		if verdicts[i] != keep || people[m.key] && !m.dateline && !r.pinnedAt[i] && !m.placeWord {
			continue
		}
		if n != i {
			ms[n], r.pinnedAt[n] = ms[i], r.pinnedAt[i]
		}
		n++
	}
	r.ms, r.pinnedAt = ms[:n], r.pinnedAt[:n]
}

// articleContext gathers the article's votes for countries and regions
// from the pinned readings, the towns in a region and the context-free
// reading of each kept match (top; hasTop false where it has none), which
// it returns too: the list rule starts from it.
func (r *reading) articleContext() (*context, []sense, []bool) {
	g, kept, c := r.g, r.ms, &r.ctx
	for key, s := range r.pinned {
		p := &g.places[s.place]
		c.countries.vote(p.Country, key)
		if p.Kind == KindAdmin1 {
			c.admin1.vote(region{p.Country, p.Name}, key)
		}
	}
	for key, rt := range r.inRegion {
		p := &g.places[rt.region.place]
		c.countries.vote(p.Country, key)
		c.admin1.vote(region{p.Country, p.Name}, key)
	}
	r.top, r.hasTop = sized(r.top, len(kept)), sized(r.hasTop, len(kept))
	top, hasTop := r.top, r.hasTop
	for i, m := range kept {
		top[i], hasTop[i] = m.kinds.top, m.kinds.hasTop
	}
	for i, m := range kept {
		if _, ok := r.inRegion[m.key]; ok || !hasTop[i] {
			continue
		}
		s := top[i]
		p := &g.places[s.place]
		if p.Kind == KindCountry || p.Kind == KindAdmin1 {
			c.countries.vote(p.Country, m.key)
		}
		if p.Kind == KindAdmin1 {
			reg := region{p.Country, p.Name}
			if c.admin1[reg].key == "" { // no name voted for it yet
				addName(c, c.countries, p.Country, m.key, false)
			}
			c.admin1.vote(reg, m.key)
			if c.firstAdmin1 < 0 {
				c.firstAdmin1 = s.place
			}
		}
		if p.Kind == KindCity && p.Admin1 != "" {
			c.admin1.vote(region{p.Country, p.Admin1}, m.key) // "Seattle" names Washington state
		}
		if m.dateline && c.dateline == "" {
			c.dateline = p.Country
		}
	}
	g.localContext(c, kept, top, hasTop, r.pinned)
	return c, top, hasTop
}

// choice is what a name's reading is chosen once for: the name, and the
// filter its words ask for (a state, a list's kind, no bare second-level
// region).
type choice struct {
	key               string
	state, list, bare bool
}

// resolve chooses each kept name's reading, once per name and filter, and
// drops a reading the article does not support.
func (r *reading) resolve(c *context, top []sense, hasTop []bool) []extract.Mention {
	g, text, kept, keptPinned := r.g, r.text, r.ms, r.pinnedAt
	r.listKind = g.listKinds(text, kept, top, hasTop, sized(r.listKind, len(kept)))
	listKind, chosen, margin := r.listKind, r.chosen, r.margin
	out := make([]extract.Mention, 0, len(kept))
	slab := make([]located, len(kept)) // the payloads, one allocation
	for i := range kept {
		m := &kept[i]
		if rt, ok := r.inRegion[m.key]; ok {
			out = append(out, g.townMention(text, m.start, m.end, rt.name, rt.region, m.dateline))
			continue
		}
		ck := choice{key: m.key}
		filter := g.suffixFilter(m)
		if m.state {
			ck.state = true
		} else if l := listKind[i]; l.ok && filter == nil {
			ck.list = true
			filter = func(s sense) bool { return l.fits(g, s) }
		}
		if filter == nil && !m.division && !m.dateline && !hasDivisionSuffix(m.key) {
			filter = g.notBareAdmin2
			ck.bare = true
		}
		s, ok := chosen[ck]
		if !ok {
			if ps, pin := r.pinned[m.key]; pin {
				s, ok = ps, true
				margin[m.key] = scorePinned
			} else {
				var mg float64
				s, mg, ok = g.best(m.e, c, m.key, filter)
				margin[m.key] = mg
			}
			if !ok {
				continue
			}
			chosen[ck] = s
		}
		if !c.supported(&g.places[s.place], s, m.key) && !keptPinned[i] && !m.dateline && !m.placeWord {
			continue
		}
		p := &g.places[s.place]
		loc := slab[i].at(p)
		loc.Name, loc.Kind, loc.Country, loc.Admin1 = p.Name, p.Kind, p.Country, p.Admin1
		loc.GeonameID, loc.Demonym, loc.Dateline = int(p.ID), s.demonym, m.dateline
		if p.Kind == KindAdmin1 {
			loc.Admin1 = p.Name
		}
		out = append(out, extract.Mention{Type: extract.TypeLocation, Text: text[m.start:m.end],
			Start: m.start, End: m.end, Confidence: confidence(p, s, margin[m.key], len(m.e.senses)),
			Rule: rule(p, s, m, keptPinned[i]), Location: loc})
	}
	return out
}

// patterns adds the places the patterns found (counties, towns before a
// region, streets, names a place word introduces) to out, keeping the
// longest of overlapping ones. A county in no region the text names falls
// in the article's first region (firstAdmin1), or is dropped.
func (r *reading) patterns(out []extract.Mention, counties []county, countyRegion []int32, firstAdmin1 int32, streets []street, named []extract.Mention) []extract.Mention {
	g, text := r.g, r.text
	for i, cn := range counties {
		reg := countyRegion[i]
		if reg < 0 {
			reg = firstAdmin1
		}
		if reg < 0 {
			continue // a county in no known region has no point
		}
		p := &g.places[reg]
		loc := newLocation(p)
		loc.Name, loc.Kind, loc.Country, loc.Admin1 = normalizeSpace(text[cn.start:cn.end]), KindAdmin2, p.Country, p.Name
		out = append(out, extract.Mention{Type: extract.TypeLocation, Text: text[cn.start:cn.end],
			Start: cn.start, End: cn.end, Confidence: 0.6, Rule: "location/pattern/county", Location: loc})
	}
	for _, t := range r.towns {
		out = append(out, g.townMention(text, t.start, t.end, townName(text[t.start:t.end]), t.region, false))
	}
	for _, st := range streets {
		out = append(out, streetMention(text, st))
	}
	out = append(out, named...)
	if len(counties) > 0 || len(r.towns) > 0 || len(streets) > 0 || len(named) > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
		out = longestOfOverlaps(out)
		for i := range out {
			if out[i].Rule == "location/pattern/place-word" {
				placeIn(text, &out[i], out)
			}
		}
	}
	return out
}

// longestOfOverlaps keeps, of mentions that overlap, the longest (the
// first on a tie): the patterns (counties, towns before a region, streets)
// run apart and may claim the same words ("Adair County Road"). ms is
// sorted by start.
func longestOfOverlaps(ms []extract.Mention) []extract.Mention {
	out := ms[:0]
	for _, m := range ms {
		if n := len(out); n > 0 && m.Start < out[n-1].End {
			if m.End-m.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = m
			}
			continue
		}
		out = append(out, m)
	}
	return out
}

// normalizeSpace collapses runs of white space to one space.
func normalizeSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// dropOverlapping removes matches that overlap a date mention found
// earlier ("May", "March"). Date mentions do not overlap one another and
// come sorted by start, so the only one that can overlap a match is the last
// that starts before the match ends: a binary search, not a scan, keeps long
// texts linear.
func dropOverlapping(ms []match, dates [][2]int) []match {
	if len(dates) == 0 {
		return ms
	}
	// in place, by index: a match is a hundred bytes, copied only when
	// one before it was dropped
	n := 0
	for i := range ms {
		start, end := ms[i].start, ms[i].end
		k := sort.Search(len(dates), func(i int) bool { return dates[i][0] >= end })
		if clash := k > 0 && dates[k-1][1] > start; !clash {
			if n != i {
				ms[n] = ms[i]
			}
			n++
		}
	}
	return ms[:n]
}

func rule(p *Place, s sense, m *match, pinned bool) string {
	switch {
	case m.dateline:
		return "location/dateline"
	case s.demonym:
		return "location/demonym"
	case pinned:
		return "location/pattern/place-comma-place"
	}
	if r, ok := gazetteerRules[p.Kind]; ok {
		return r
	}
	return "location/gazetteer/" + p.Kind
}

// gazetteerRules holds every gazetteer kind's rule, built once, not per
// mention.
var gazetteerRules = func() map[string]string {
	m := map[string]string{}
	for _, k := range []string{KindCountry, KindAdmin1, KindAdmin2, KindCity, KindIsland, KindRegion, KindContinent, KindWater, KindLandmark} {
		m[k] = "location/gazetteer/" + k
	}
	return m
}()

func confidence(p *Place, s sense, margin float64, senses int) float64 {
	if s.demonym {
		return 0.85
	}
	if p.Kind == KindCountry {
		return 0.95
	}
	if senses == 1 {
		return 0.85
	}
	return round(0.55 + 0.4*(1-math.Exp(-margin/20)))
}

func round(f float64) float64 { return math.Round(f*1e4) / 1e4 }

// suffixFilter limits an extended name to the readings its suffix names:
// "Washington State" is the state, not the capital.
func (g *Gazetteer) suffixFilter(m *match) func(sense) bool {
	if !m.extended && !m.state {
		return nil
	}
	want := KindAdmin1
	if strings.HasSuffix(m.key, " island") || strings.HasSuffix(m.key, " islands") {
		want = KindIsland
	}
	has := false
	for _, s := range m.e.senses {
		if g.places[s.place].Kind == want {
			has = true
		}
	}
	if !has {
		return nil
	}
	return func(s sense) bool { return g.places[s.place].Kind == want }
}

// localContext records, for every kept name, the first-level region of its
// context-free reading when that is a town or a second-level region (or
// of its pinned reading), and the dateline's region. Only that one
// reading votes: with every village in the gazetteer, some namesake of
// almost any two names shares a region.
func (g *Gazetteer) localContext(c *context, kept []match, top []sense, hasTop []bool, pinned map[string]sense) {
	for i, m := range kept {
		s, ok := pinned[m.key]
		if !ok {
			s, ok = top[i], hasTop[i]
		}
		if !ok || s.demonym {
			continue
		}
		p := &g.places[s.place]
		var reg region
		switch {
		case p.Kind == KindAdmin1:
			reg = region{p.Country, p.Name}
		case isLocal(p.Kind) && p.Admin1 != "":
			reg = region{p.Country, p.Admin1}
			addName(c, c.admin1, reg, m.key, true)
		}
		if m.dateline && c.datelineAdmin1 == (region{}) {
			c.datelineAdmin1 = reg
		}
	}
}

// located is a Location with its point, allocated together: one
// allocation per mention instead of three.
type located struct {
	loc      extract.Location
	lat, lon float64
}

// at puts x's Location at place p's point (rounded) and returns it.
func (x *located) at(p *Place) *extract.Location {
	x.lat, x.lon = round(float64(p.Lat)), round(float64(p.Lon))
	x.loc.Lat, x.loc.Lon = &x.lat, &x.lon
	return &x.loc
}

// newLocation returns a Location at place p's point.
func newLocation(p *Place) *extract.Location { return new(located).at(p) }
