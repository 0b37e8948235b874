package location

import "math"

// Prior weights of the readings of a name: country before first-level
// region before capital before larger population. A city of a few million
// outranks a region of the same name ("New York", "Sao Paulo"), since news
// means the city.
const (
	scoreCountry     = 100
	scoreHand        = 90 // continents, regions, seas, islands written by hand
	scoreAdmin1      = 58 // plus one per factor of ten in population
	scoreCapital     = 12 // added to a city's population score
	scoreBigCapital  = 8  // a capital of a million or more is known worldwide
	scoreSeat        = 4
	scorePerDecade   = 10 // per factor of ten in population
	scoreAlias       = -12
	scoreDocCountry  = 25 // the place's country is named in the article
	scoreDocAdmin1   = 20 // the place's region, or a town in it, is named
	scoreDocSibling  = 8  // per other first-level region of the country named (up to two)
	scoreDateline    = 10 // the place's country is the dateline's
	scorePinned      = 100
	scoreIndependent = 3
	scoreAdmin2      = -15 // a second-level region against a town of its size: news means the town
	scoreDocLocal    = 15  // other towns of the place's region are named
)

// isLocal reports whether a kind is a town or a second-level region, the
// readings that need the article's support when small.
func isLocal(kind string) bool { return kind == KindCity || kind == KindAdmin2 }

// smallTown is the population under which a town needs support from the
// article (its country or region named, a "X, Y" pattern, the dateline)
// before it is reported: an unsupported small town is far more often a
// surname or a word.
const smallTown = 100000

// minorTown is the population under which a town needs its own region's
// support, not its country's (see supported).
const minorTown = 5000

// context is what the article says about where it is. Each vote records
// which names cast it, so that a name is never its own evidence ("Georgia"
// does not make Georgia the country more likely).
type context struct {
	countries votes[string] // country code
	admin1    votes[region]
	// regionNames lists, per country, the names that named one of its
	// first-level regions.
	regionNames map[string][]string
	dateline    string // country of the dateline place
	// datelineAdmin1 is the first-level region of the dateline place,
	// when it has one.
	datelineAdmin1 region
	// local maps a first-level region to the names with a town or
	// second-level reading in it: towns of one region named together
	// support each other ("Danbury ... Torrington ... New Milford").
	// It holds the index of the region's list in lists, whose first
	// nlists lists are this document's: the lists' arrays are kept for the
	// next document, where a map of slices allocated one per region.
	local  map[region]int32
	lists  [][]string
	nlists int
	// firstAdmin1 is the first first-level region named, or -1.
	firstAdmin1 int32
}

func newContext() context {
	return context{countries: votes[string]{}, admin1: votes[region]{}, regionNames: map[string][]string{}, local: map[region]int32{}, firstAdmin1: -1}
}

// reset empties the context for the next document, keeping its maps.
func (c *context) reset() {
	clear(c.countries)
	clear(c.admin1)
	clear(c.regionNames)
	clear(c.local)
	for i := range c.nlists {
		clear(c.lists[i])
		c.lists[i] = c.lists[i][:0]
	}
	*c = context{countries: c.countries, admin1: c.admin1, regionNames: c.regionNames, local: c.local, lists: c.lists, firstAdmin1: -1}
}

// addLocal records that name key has a town or second-level reading in
// region.
func (c *context) addLocal(region region, key string) {
	i, ok := c.local[region]
	if !ok {
		if c.nlists == len(c.lists) {
			c.lists = append(c.lists, nil)
		}
		i = int32(c.nlists)
		c.nlists++
		c.local[region] = i
	}
	for _, k := range c.lists[i] {
		if k == key {
			return
		}
	}
	c.lists[i] = append(c.lists[i], key)
}

// localFrom counts the names other than key with a local reading in region.
func (c *context) localFrom(region region, key string) int {
	i, ok := c.local[region]
	if !ok {
		return 0
	}
	n := 0
	for _, k := range c.lists[i] {
		if k != key {
			n++
		}
	}
	return n
}

// region is a first-level region: its country's code and its name.
type region struct{ country, name string }

// votes maps a country or region to the names that named it.
type votes[K comparable] map[K]vote

type vote struct {
	key   string // the first name that voted
	multi bool   // a second, different name voted too
}

func (v votes[K]) add(what K, key string) {
	old, ok := v[what]
	switch {
	case !ok:
		v[what] = vote{key: key}
	case old.key != key:
		old.multi = true
		v[what] = old
	}
}

// from reports whether a name other than key voted for what.
func (v votes[K]) from(what K, key string) bool {
	old, ok := v[what]
	return ok && (old.multi || old.key != key)
}

func (g *Gazetteer) prior(s sense) float64 {
	p := &g.places[s.place]
	var v float64
	switch p.Kind {
	case KindCountry:
		v = scoreCountry
		if p.Independent {
			v += scoreIndependent
		}
	case KindAdmin1:
		v = scoreAdmin1 + math.Log10(float64(max(p.Pop, 1000)))
	case KindCity:
		v = scorePerDecade * math.Log10(float64(max(p.Pop, 1000)))
		if p.Capital {
			v += scoreCapital
			if p.Pop >= 1000000 {
				v += scoreBigCapital
			}
		}
		if p.Seat {
			v += scoreSeat
		}
	case KindAdmin2:
		v = scorePerDecade*math.Log10(float64(max(p.Pop, 1000))) + scoreAdmin2
	default:
		v = scoreHand
	}
	// Alternate names of big cities are established exonyms ("Bombay",
	// "New York"); those of small places are mostly other languages' forms.
	if s.alias && p.Kind == KindCity && p.Pop < 1000000 {
		v += scoreAlias
	}
	return v
}

// score rates sense s of the name key in the article's context.
//
// nation is the country of a country reading of the same name, if any:
// readings inside that country get no regional bonus, since the article's
// regions cannot make "Mexico" mean its capital rather than the country.
func (g *Gazetteer) score(s sense, c *context, key, nation string) float64 {
	v := g.prior(s)
	p := &g.places[s.place]
	if p.Country == "" || c == nil {
		return v
	}
	// Countries get the bonus too, so that "Mexico" in an article about
	// Mexico stays the country and does not become its capital.
	// The dateline's country is evidence of the same kind as a country
	// named in the text: one bonus, not two, so that a strong national
	// context does not lift a village over a world capital ("London").
	if c.countries.from(p.Country, key) {
		v += scoreDocCountry
	} else if c.dateline == p.Country {
		v += scoreDateline
	}
	if p.Kind == KindCountry || p.Country == nation {
		return v
	}
	n := 0
	for _, k := range c.regionNames[p.Country] {
		if k != key {
			n++
		}
	}
	v += scoreDocSibling * float64(min(n, 2))
	if p.Admin1 != "" {
		reg := region{p.Country, p.Admin1}
		if c.admin1.from(reg, key) || c.datelineAdmin1 == reg {
			v += scoreDocAdmin1
		} else if c.localFrom(reg, key) > 0 {
			v += scoreDocLocal
		}
	}
	return v
}

// best returns the highest-scoring sense of e and its margin over the
// runner-up. allowed, when not nil, limits the choice.
func (g *Gazetteer) best(e *entry, c *context, key string, allowed func(sense) bool) (sense, float64, bool) {
	var bs sense
	bv, second := math.Inf(-1), math.Inf(-1)
	if len(e.senses) == 1 { // its margin over no runner-up is infinite, whatever its score
		if s := e.senses[0]; allowed == nil || allowed(s) {
			return s, math.Inf(1), true
		}
		return bs, bv - second, false
	}
	found := false
	nation := ""
	for _, s := range e.senses {
		if p := &g.places[s.place]; p.Kind == KindCountry && !s.demonym {
			nation = p.Country
		}
	}
	for _, s := range e.senses {
		if allowed != nil && !allowed(s) {
			continue
		}
		v := g.score(s, c, key, nation)
		if v > bv || v == bv && s.place < bs.place {
			if found {
				second = max(second, bv)
			}
			bs, bv, found = s, v, true
		} else {
			second = max(second, v)
		}
	}
	return bs, bv - second, found
}

// pair finds the readings of "X, Y" that fit together: Y is X's country or
// X's first-level region ("Paris, Texas", "Jeju, South Korea").
func (g *Gazetteer) pair(x, y *entry) (sense, sense, bool) {
	var bx, by sense
	bv := math.Inf(-1)
	ok := false
	for _, sy := range y.senses {
		py := &g.places[sy.place]
		if sy.demonym || py.Kind != KindCountry && py.Kind != KindAdmin1 {
			continue
		}
		for _, sx := range x.senses {
			px := &g.places[sx.place]
			if sx.demonym || !isLocal(px.Kind) && px.Kind != KindAdmin1 || sx.place == sy.place {
				continue
			}
			fit := px.Country == py.Country && (py.Kind == KindCountry || px.Admin1 == py.Admin1 && isLocal(px.Kind))
			if !fit {
				continue
			}
			v := g.prior(sx) + g.prior(sy)
			if v > bv {
				bx, by, bv, ok = sx, sy, v, true
			}
		}
	}
	return bx, by, ok
}

// aliasNeedsSupport is the population under which a city found only by an
// alternate name needs the article's support: above it, alternate names are
// established exonyms ("Bombay", "Saigon"); below it they are mostly other
// languages' forms that collide with other places ("Samar" for Samara).
const aliasNeedsSupport = 2000000

// supported reports whether the article backs up place p, read through
// sense s, for the name key: its country or its region named by another
// name, or the dateline.
//
// A place of fewer than minorTown people (a village, a county named
// without its suffix) needs more: its own region named by another name or
// by the dateline, or two other places of that region named. A country
// named says little when it holds thousands of villages.
func (c *context) supported(p *Place, s sense, key string) bool {
	needs := isLocal(p.Kind) && !p.Capital && (p.Pop < smallTown || s.alias && p.Pop < aliasNeedsSupport)
	// "Metcalfe County", "Avoyelles Parish": the suffix says it is a
	// place; the context only chooses which.
	if !needs || p.Kind == KindAdmin2 && hasDivisionSuffix(key) {
		return true
	}
	reg := region{p.Country, p.Admin1}
	if p.Admin1 != "" && (c.admin1.from(reg, key) || c.datelineAdmin1 == reg) {
		return true
	}
	local := 0
	if p.Admin1 != "" {
		local = c.localFrom(reg, key)
	}
	// A second-level region named bare ("Fife", "Somme") is held to the
	// village standard: news names them mostly where its region is
	// named too, and many are also surnames or words.
	if p.Pop < minorTown || p.Kind == KindAdmin2 {
		return local >= 2
	}
	return local >= 1 || c.countries.from(p.Country, key) || c.dateline == p.Country
}
