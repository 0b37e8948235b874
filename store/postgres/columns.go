package postgres

import (
	"encoding/json"
	"strconv"
	"strings"
	"time"

	"github.com/eventwire/eventwire/store"
)

// extractionColumns is what the mention and event rows take from a stored
// extraction. It is read from the JSON, not from extract's types, so that
// fields added later (cameo_root, organisation payloads) reach their
// columns without a change here, and unknown mention types still load.
type extractionColumns struct {
	Extractor   store.ExtractorInfo `json:"extractor"`
	ExtractedAt time.Time           `json:"extracted_at"`
	Mentions    []mentionColumns    `json:"mentions"`
	Events      []eventColumns      `json:"events"`
}

type mentionColumns struct {
	Type        string          `json:"type"`
	Text        string          `json:"text"`
	Start       int             `json:"start"`
	End         int             `json:"end"`
	CStart      int             `json:"cstart"`
	CEnd        int             `json:"cend"`
	Sentence    int             `json:"sentence"`
	Confidence  float64         `json:"confidence"`
	Rule        string          `json:"rule"`
	TimexType   *string         `json:"timex_type"`
	Value       json.RawMessage `json:"value"`
	Kind        *string         `json:"kind"`
	Currency    *string         `json:"currency"`
	Unit        *string         `json:"unit"`
	Name        *string         `json:"name"`
	Country     *string         `json:"country"`
	Lat         *float64        `json:"lat"`
	Lon         *float64        `json:"lon"`
	Title       *string         `json:"title"`
	Affiliation *string         `json:"affiliation"`
}

type eventColumns struct {
	Type      string  `json:"type"`
	Cameo     *string `json:"cameo"`
	CameoRoot *string `json:"cameo_root"`
	Trigger   struct {
		Text       string `json:"text"`
		Start, End int
	} `json:"trigger"`
	Sentence struct {
		I int `json:"i"`
	} `json:"sentence"`
	Who          []int   `json:"who"`
	When         []int   `json:"when"`
	Where        []int   `json:"where"`
	Amounts      []int   `json:"amounts"`
	Confidence   float64 `json:"confidence"`
	Rule         string  `json:"rule"`
	WhenResolved *struct {
		Value string `json:"value"`
	} `json:"when_resolved"`
}

func decodeColumns(exJSON []byte) (*extractionColumns, error) {
	var c extractionColumns
	if err := json.Unmarshal(exJSON, &c); err != nil {
		return nil, err
	}
	return &c, nil
}

// mentionArrays returns the column arrays of the mentions insert, from i
// to affiliation.
func mentionArrays(ms []mentionColumns) []any {
	n := len(ms)
	var (
		idx, start, end, cs, ce, sent          = make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n)
		typ, text, rule                        = make([]string, n), make([]string, n), make([]string, n)
		conf                                   = make([]float64, n)
		timexType, timexValue, kind, cur, unit = make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n)
		name, country, title, aff              = make([]*string, n), make([]*string, n), make([]*string, n), make([]*string, n)
		amount, lat, lon                       = make([]*float64, n), make([]*float64, n), make([]*float64, n)
	)
	for i, m := range ms {
		idx[i], start[i], end[i], cs[i], ce[i], sent[i] = int32(i), int32(m.Start), int32(m.End), int32(m.CStart), int32(m.CEnd), int32(m.Sentence)
		typ[i], text[i], rule[i], conf[i] = m.Type, m.Text, m.Rule, m.Confidence
		timexType[i], kind[i], cur[i], unit[i] = m.TimexType, m.Kind, m.Currency, m.Unit
		name[i], country[i], title[i], aff[i], lat[i], lon[i] = m.Name, m.Country, m.Title, m.Affiliation, m.Lat, m.Lon
		if len(m.Value) > 0 {
			var s string
			var f float64
			if json.Unmarshal(m.Value, &s) == nil {
				timexValue[i] = &s
			} else if json.Unmarshal(m.Value, &f) == nil {
				amount[i] = &f
			}
		}
	}
	return []any{idx, typ, text, start, end, cs, ce, sent, conf, rule, timexType, timexValue, kind, amount, cur, unit,
		name, country, lat, lon, title, aff}
}

// eventArrays returns the column arrays of the events insert, from i to
// amounts (the index lists as array literals).
func eventArrays(es []eventColumns) []any {
	n := len(es)
	var (
		idx, ts, te, sent = make([]int32, n), make([]int32, n), make([]int32, n), make([]int32, n)
		typ, trig, rule   = make([]string, n), make([]string, n), make([]string, n)
		cameo, root, when = make([]*string, n), make([]*string, n), make([]*string, n)
		conf              = make([]float64, n)
		who, wh, wr, am   = make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	)
	for i, e := range es {
		idx[i], ts[i], te[i], sent[i] = int32(i), int32(e.Trigger.Start), int32(e.Trigger.End), int32(e.Sentence.I)
		typ[i], trig[i], rule[i], conf[i] = e.Type, e.Trigger.Text, e.Rule, e.Confidence
		cameo[i], root[i] = e.Cameo, e.CameoRoot
		if root[i] == nil && e.Cameo != nil && len(*e.Cameo) >= 2 {
			r := (*e.Cameo)[:2]
			root[i] = &r
		}
		if e.WhenResolved != nil {
			when[i] = &e.WhenResolved.Value
		}
		who[i], wh[i], wr[i], am[i] = intArray(e.Who), intArray(e.When), intArray(e.Where), intArray(e.Amounts)
	}
	return []any{idx, typ, cameo, root, trig, ts, te, sent, conf, rule, when, who, wh, wr, am}
}

// intArray writes a PostgreSQL array literal.
func intArray(v []int) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, n := range v {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(strconv.Itoa(n))
	}
	b.WriteByte('}')
	return b.String()
}
