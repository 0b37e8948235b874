package location

import (
	"math"
	"slices"
)

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
	// countries holds, per country code, the names that named the
	// country, and lists the names that named one of its first-level
	// regions.
	countries tallies[string]
	// admin1 holds, per first-level region, the names that named it, and
	// lists the names with a town or second-level reading in it: towns of
	// one region named together support each other ("Danbury ...
	// Torrington ... New Milford").
	admin1   tallies[region]
	dateline string // country of the dateline place
	// datelineAdmin1 is the first-level region of the dateline place,
	// when it has one.
	datelineAdmin1 region
	// lists holds the tallies' lists, of which the first nlists are this
	// document's: their arrays are kept for the next document, where a map
	// of slices allocated one per country or region.
	lists  [][]string
	nlists int
	// firstAdmin1 is the first first-level region named, or -1.
	firstAdmin1 int32
}

func newContext() context {
	return context{countries: tallies[string]{}, admin1: tallies[region]{}, firstAdmin1: -1}
}

// reset empties the context for the next document, keeping its maps.
func (c *context) reset() {
	clear(c.countries)
	clear(c.admin1)
	for i := range c.nlists {
		clear(c.lists[i])
		c.lists[i] = c.lists[i][:0]
	}
	*c = context{countries: c.countries, admin1: c.admin1, lists: c.lists, firstAdmin1: -1}
}

// region is a first-level region: its country's code and its name.
type region struct{ country, name string }

// tallies maps a country or region to what the article says of it: one
// lookup answers score for both the votes and the list.
type tallies[K comparable] map[K]tally

// tally is the names that voted for a country or region: key, the first
// ("" when none did yet), and multi, a second, different name too; and
// list, the index plus one in context.lists of its list of names (0:
// none).
type tally struct {
	key   string
	multi bool
	list  int32
}

// vote records that name key named what.
func (v tallies[K]) vote(what K, key string) {
	t := v[what]
	switch {
	case t.key == "":
		t.key = key
	case t.key != key:
		t.multi = true
	default:
		return
	}
	v[what] = t
}

// from reports whether a name other than key voted for t.
func (t tally) from(key string) bool { return t.key != "" && (t.multi || t.key != key) }

// addName appends key to the list of what in v, unless unique and there
// already.
func addName[K comparable](c *context, v tallies[K], what K, key string, unique bool) {
	t := v[what]
	if t.list == 0 {
		if c.nlists == len(c.lists) {
			c.lists = append(c.lists, nil)
		}
		c.nlists++
		t.list = int32(c.nlists)
		v[what] = t
	}
	l := &c.lists[t.list-1]
	if !unique || !slices.Contains(*l, key) {
		*l = append(*l, key)
	}
}

// others counts the names other than key in t's list.
func (c *context) others(t tally, key string) int {
	n := 0
	if t.list > 0 {
		for _, k := range c.lists[t.list-1] {
			if k != key {
				n++
			}
		}
	}
	return n
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
	country := c.countries[p.Country]
	if country.from(key) {
		v += scoreDocCountry
	} else if c.dateline == p.Country {
		v += scoreDateline
	}
	if p.Kind == KindCountry || p.Country == nation {
		return v
	}
	v += scoreDocSibling * float64(min(c.others(country, key), 2))
	if p.Admin1 != "" {
		reg := region{p.Country, p.Admin1}
		if t := c.admin1[reg]; t.from(key) || c.datelineAdmin1 == reg {
			v += scoreDocAdmin1
		} else if c.others(t, key) > 0 {
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
	var t tally // of the place's region
	if p.Admin1 != "" {
		if t = c.admin1[reg]; t.from(key) || c.datelineAdmin1 == reg {
			return true
		}
	}
	local := c.others(t, key)
	// A second-level region named bare ("Fife", "Somme") is held to the
	// village standard: news names them mostly where its region is
	// named too, and many are also surnames or words.
	if p.Pop < minorTown || p.Kind == KindAdmin2 {
		return local >= 2
	}
	return local >= 1 || c.countries[p.Country].from(key) || c.dateline == p.Country
}
