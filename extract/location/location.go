package location

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/eventwire/eventwire/extract"
)

// Extractor finds location mentions. The zero value is not usable; call New.
// It is safe for concurrent use; the gazetteer loads on first use.
type Extractor struct {
	once     sync.Once
	g        *Gazetteer
	err      error
	loadTime time.Duration
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
	return g.extract(d)
}

func (g *Gazetteer) extract(d *extract.Doc) []extract.Mention {
	text := d.Text
	toks := tokensOf(d, make([]token, 0, len(d.Tokens)+8))
	ms := g.find(text, toks, make([]byte, 0, 64), nil)
	streets := g.findStreets(text, toks)
	if len(ms) == 0 && len(streets) == 0 {
		return g.namedPlaces(text, toks, nil)
	}
	ms = dropInside(ms, streets)
	ms = dropOverlapping(ms, d.Mentions)
	matched := make([][2]int, len(ms))
	for i, m := range ms {
		matched[i] = [2]int{m.t0, m.t1}
	}
	orgs := orgSpans(d.Mentions)
	counties, ms := findCounties(text, toks, ms)
	countyRegion := make([]int32, len(counties))
	for i, cn := range counties {
		countyRegion[i] = -1
		if cn.region >= 0 {
			for _, s := range ms[cn.region].e.senses {
				if g.places[s.place].Kind == KindAdmin1 {
					countyRegion[i] = s.place
					break
				}
			}
		}
	}

	for i := range ms {
		m := &ms[i]
		if dl := d.Dateline; dl != nil && dl.PlaceEnd > dl.PlaceStart && m.start >= dl.PlaceStart && m.end <= dl.PlaceEnd {
			m.dateline = true
		}
		// "Orange County", "Gyeonggi Province", "Washington State".
		if m.t1 < len(toks) {
			nt := toks[m.t1]
			if nt.word && nt.space && nt.upper && g.suffixes[wordAt(text, toks, m.t1)] {
				if k := g.kinds(m.e); (k.city || k.admin1) && !k.country {
					m.t1++
					m.end = nt.end
					m.extended = true
					m.key += " " + wordAt(text, toks, m.t1-1)
				}
			}
		}
		after := placeWordAfter(text, toks, m.t1)
		m.division = after || divisionNear(text, toks, m)
		m.placeWord = after || placeWordBefore(text, toks, m.t0)
		if !m.extended && g.kinds(m.e).admin1 {
			w, at := prevWord(text, toks, m.t0)
			m.state = wordAt(text, toks, m.t1) == "state" && !toks[m.t1].upper ||
				w == "of" && wordAt(text, toks, at-1) == "state" && !toks[at-1].upper
		}
		if i > 0 {
			p := &ms[i-1]
			if p.t1 < len(toks) && text[toks[p.t1].start] == ',' && m.t0 == p.t1+1 {
				p.next = i
			}
		}
	}

	// "X, Y": the pair fixes both readings.
	pinned := map[string]sense{}
	pinnedAt := make([]bool, len(ms))
	for i := range ms {
		m := &ms[i]
		if m.next < 0 {
			continue
		}
		n := &ms[m.next]
		// "Mexico, China, Japan": a country name before a comma starts a
		// list, it is not a town in the next country.
		if g.kinds(m.e).country {
			continue
		}
		if sx, sy, ok := g.pair(m.e, n.e); ok {
			pinned[m.key] = sx
			if _, done := pinned[n.key]; !done {
				pinned[n.key] = sy
			}
			pinnedAt[i], pinnedAt[m.next] = true, true
		}
	}

	// "Paris, Mo.", "Beaver, West Virginia": a place the region after its
	// comma qualifies, where the gazetteer has no reading of it in that
	// region.
	byStart, byEnd := make(map[int]int, len(ms)), make(map[int]int, len(ms))
	for i := range ms {
		byStart[ms[i].t0], byEnd[ms[i].t1-1] = i, i
	}
	inRegion := map[string]regionTown{}
	var towns []town
	for i := range ms {
		n := &ms[i]
		r, ok := g.regionSense(n.e)
		if !ok || n.t0 < 2 || text[toks[n.t0-1].start] != ',' || toks[n.t0-1].space || g.given[n.key] || g.names[n.key] {
			continue
		}
		// "San Fernando Valley", "Michael Sicilia": the region is only
		// the start of a longer name.
		if t := n.t1; t < len(toks) && toks[t].word && toks[t].space && toks[t].upper {
			continue
		}
		if x, known := byEnd[n.t0-2]; known {
			m := &ms[x]
			k := g.kinds(m.e)
			if m.next != i || pinnedAt[x] || k.country || k.admin1 || k.hand || inList(text, toks, ms, byStart, byEnd, x, i) {
				continue
			}
			inRegion[m.key] = regionTown{r, townName(text[m.start:m.end])}
			pinnedAt[x], pinnedAt[i] = true, true
		} else {
			t0 := unknownBefore(text, toks, n.t0-1, g, byEnd)
			if t0 < 0 || g.suffixes[wordAt(text, toks, n.t0-2)] || isCountyWord(text[toks[n.t0-2].start:toks[n.t0-2].end]) {
				continue
			}
			if listAfter(text, toks, byStart, n.t1) {
				continue
			}
			towns = append(towns, town{start: toks[t0].start, end: toks[n.t0-2].end, region: r})
			pinnedAt[i] = true
		}
		if _, done := pinned[n.key]; !done {
			pinned[n.key] = r
		}
	}

	// One sense per name per article: a one-word name that is part of a
	// person's name once ("MaliVai Washington") is that person throughout.
	verdicts := make([]verdict, len(ms))
	var people map[string]bool
	for i := range ms {
		verdicts[i] = g.judge(text, toks, &ms[i], pinnedAt[i] || ms[i].placeWord)
		switch relateToOrgs(orgs, ms[i].start, ms[i].end) {
		case orgInside:
			if verdicts[i].embeddable() {
				verdicts[i] = keep
			}
		case orgClash:
			verdicts[i] = dropOrg
		}
		if verdicts[i].personal() && ms[i].t1-ms[i].t0 == 1 || verdicts[i] == dropMatch {
			if people == nil {
				people = map[string]bool{}
			}
			people[ms[i].key] = true
		}
	}
	kept := ms[:0]
	keptPinned := pinnedAt[:0]
	for i := range ms {
		m := ms[i]
		if verdicts[i] != keep || people[m.key] && !m.dateline && !pinnedAt[i] && !m.placeWord {
			continue
		}
		kept = append(kept, m)
		keptPinned = append(keptPinned, pinnedAt[i])
	}
	named := g.namedPlaces(text, toks, matched)
	if len(kept) == 0 && len(counties) == 0 && len(towns) == 0 && len(streets) == 0 && len(named) == 0 {
		return nil
	}

	c := newContext()
	for key, s := range pinned {
		p := &g.places[s.place]
		c.countries.add(p.Country, key)
		if p.Kind == KindAdmin1 {
			c.admin1.add(p.Country+"/"+p.Name, key)
		}
	}
	for key, rt := range inRegion {
		p := &g.places[rt.region.place]
		c.countries.add(p.Country, key)
		c.admin1.add(p.Country+"/"+p.Name, key)
	}
	// The context-free reading of each kept match: the article's votes
	// and the list rule both start from it.
	top := make([]sense, len(kept))
	hasTop := make([]bool, len(kept))
	for i, m := range kept {
		top[i], _, hasTop[i] = g.best(m.e, nil, "", nil)
	}
	for i, m := range kept {
		if _, ok := inRegion[m.key]; ok || !hasTop[i] {
			continue
		}
		s := top[i]
		p := &g.places[s.place]
		if p.Kind == KindCountry || p.Kind == KindAdmin1 {
			c.countries.add(p.Country, m.key)
		}
		if p.Kind == KindAdmin1 {
			r := p.Country + "/" + p.Name
			if _, seen := c.admin1[r]; !seen {
				c.regionNames[p.Country] = append(c.regionNames[p.Country], m.key)
			}
			c.admin1.add(r, m.key)
			if c.firstAdmin1 < 0 {
				c.firstAdmin1 = s.place
			}
		}
		if p.Kind == KindCity && p.Admin1 != "" {
			c.admin1.add(p.Country+"/"+p.Admin1, m.key) // "Seattle" names Washington state
		}
		if m.dateline && c.dateline == "" {
			c.dateline = p.Country
		}
	}
	g.localContext(c, kept, top, hasTop, pinned)

	listKind := g.listKinds(text, kept, top, hasTop)
	chosen := map[string]sense{}
	margin := map[string]float64{}
	out := make([]extract.Mention, 0, len(kept))
	for i, m := range kept {
		if rt, ok := inRegion[m.key]; ok {
			out = append(out, g.townMention(text, m.start, m.end, rt.name, rt.region, m.dateline))
			continue
		}
		ck := m.key
		filter := g.suffixFilter(m)
		if m.state {
			ck += "\x00state"
		} else if f := listKind[i]; f != nil && filter == nil {
			ck += "\x00list"
			filter = f
		}
		if filter == nil && !m.division && !m.dateline && !hasDivisionSuffix(m.key) {
			filter = g.notBareAdmin2
			ck += "\x00bare"
		}
		s, ok := chosen[ck]
		if !ok {
			if ps, pin := pinned[m.key]; pin {
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
		loc := &extract.Location{Name: p.Name, Kind: p.Kind, Country: p.Country, Admin1: p.Admin1,
			GeonameID: int(p.ID), Lat: ptr(round(float64(p.Lat))), Lon: ptr(round(float64(p.Lon))),
			Demonym: s.demonym, Dateline: m.dateline}
		if p.Kind == KindAdmin1 {
			loc.Admin1 = p.Name
		}
		out = append(out, extract.Mention{Type: extract.TypeLocation, Text: text[m.start:m.end],
			Start: m.start, End: m.end, Confidence: confidence(p, s, margin[m.key], len(m.e.senses)),
			Rule: rule(p, s, m, keptPinned[i]), Location: loc})
	}
	for i, cn := range counties {
		r := countyRegion[i]
		if r < 0 {
			r = c.firstAdmin1
		}
		if r < 0 {
			continue // a county in no known region has no point
		}
		p := &g.places[r]
		out = append(out, extract.Mention{Type: extract.TypeLocation, Text: text[cn.start:cn.end],
			Start: cn.start, End: cn.end, Confidence: 0.6, Rule: "location/pattern/county",
			Location: &extract.Location{Name: normalizeSpace(text[cn.start:cn.end]), Kind: KindAdmin2,
				Country: p.Country, Admin1: p.Name, Lat: ptr(round(float64(p.Lat))), Lon: ptr(round(float64(p.Lon)))}})
	}
	for _, t := range towns {
		out = append(out, g.townMention(text, t.start, t.end, townName(text[t.start:t.end]), t.region, false))
	}
	for _, st := range streets {
		out = append(out, streetMention(text, st))
	}
	out = append(out, named...)
	if len(counties) > 0 || len(towns) > 0 || len(streets) > 0 || len(named) > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
		out = longestOfOverlaps(out)
		for i := range out {
			if out[i].Rule == "location/pattern/place-word" {
				placeIn(text, &out[i], out)
			}
		}
	}
	return dropOrgClashes(out, orgs)
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
func dropOverlapping(ms []match, prior []extract.Mention) []match {
	var dates [][2]int
	for _, p := range prior {
		if p.Type == extract.TypeDate {
			dates = append(dates, [2]int{p.Start, p.End})
		}
	}
	if len(dates) == 0 {
		return ms
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i][0] < dates[j][0] })
	out := ms[:0]
	for _, m := range ms {
		k := sort.Search(len(dates), func(i int) bool { return dates[i][0] >= m.end })
		if clash := k > 0 && dates[k-1][1] > m.start; !clash {
			out = append(out, m)
		}
	}
	return out
}

func rule(p *Place, s sense, m match, pinned bool) string {
	switch {
	case m.dateline:
		return "location/dateline"
	case s.demonym:
		return "location/demonym"
	case pinned:
		return "location/pattern/place-comma-place"
	}
	return "location/gazetteer/" + p.Kind
}

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
func (g *Gazetteer) suffixFilter(m match) func(sense) bool {
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
		var region string
		switch {
		case p.Kind == KindAdmin1:
			region = p.Country + "/" + p.Name
		case isLocal(p.Kind) && p.Admin1 != "":
			region = p.Country + "/" + p.Admin1
			c.addLocal(region, m.key)
		}
		if m.dateline && c.datelineAdmin1 == "" {
			c.datelineAdmin1 = region
		}
	}
}

func ptr(f float64) *float64 { return &f }
