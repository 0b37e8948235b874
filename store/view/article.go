package view

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"slices"
	"strconv"
	"strings"

	"github.com/eventwire/eventwire/store"
)

// articlePage is one article with its mentions and events.
type articlePage struct {
	basePage
	ID         string
	A          *store.Article
	FeedName   string
	Published  string
	Fetched    string
	SourceURL  string
	Canonical  string
	HasPage    bool
	Original   *articleLink
	Copies     []articleLink
	Version    int
	Legend     []legendEntry
	Text       []node
	Mentions   []mentionRow
	Events     []eventRow
	Selected   int // the event shown, -1 for none
	NotFitting int // mentions whose span does not fit the text
}

type articleLink struct {
	ID, Title, Published string
}

type mentionRow struct {
	I          int
	Type       string
	Class      string
	Text       string
	Summary    string
	Rule       string
	Confidence string
	// Details lists rule, sentence and the type's own fields, a line each:
	// one string for the template, which is the page's slowest part.
	Details string
	Fits    bool
	Events  []int
}

type eventRow struct {
	I          int
	Type       string
	Cameo      string
	Who        string
	When       string
	Where      string
	Amounts    string
	Trigger    string
	Confidence string
	Rule       string
	Notes      string
	Args       string // mention indexes, for data-args
	Selected   bool
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	selected := -1
	if v := r.URL.Query().Get("event"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			s.fail(w, r, badRequest("event", fmt.Errorf("%q: want an event number", v)))
			return
		}
		selected = n
	}
	var det *store.Detail
	var copies []store.Article
	var feed *store.Feed
	err := s.withDB(func(db Reader) error {
		var err error
		if det, err = db.ArticleDetail(id); err != nil {
			return err
		}
		if copies, err = s.copies.of(db, id); err != nil {
			return err
		}
		if feed, err = db.Feed(det.Article.Feed.ID); errors.Is(err, store.ErrNotFound) {
			return nil // the feed was removed; its articles stay
		}
		return err
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	p, err := s.articleView(det, copies, feed, selected)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "article", p)
}

// articleView builds the article page.
func (s *Server) articleView(det *store.Detail, copies []store.Article, feed *store.Feed, selected int) (*articlePage, error) {
	a := det.Article
	ex, err := decodeExtraction(det.ExtractionJSON, a.Text)
	if err != nil {
		return nil, err
	}
	if selected >= len(ex.Events) {
		return nil, badRequest("event", fmt.Errorf("%d: the article has %d events", selected, len(ex.Events)))
	}
	title := a.Title
	if title == "" {
		title = "(untitled)"
	}
	p := &articlePage{
		basePage:  basePage{Title: title, Nav: "articles"},
		ID:        a.ID,
		A:         a,
		Published: showTime(a.Published),
		Fetched:   showTime(a.FetchedAt),
		SourceURL: safeURL(a.URL),
		HasPage:   det.HasPage,
		Version:   ex.Version,
		Legend:    s.pal.legend(ex.Mentions),
		Selected:  selected,
	}
	if a.CanonicalURL != a.URL {
		p.Canonical = safeURL(a.CanonicalURL)
	}
	if feed != nil {
		p.FeedName = feedName(*feed)
	}
	if o := det.Original; o != nil {
		p.Original = &articleLink{o.ID, o.Title, showTime(o.SortTime())}
	}
	for _, c := range copies {
		p.Copies = append(p.Copies, articleLink{c.ID, c.Title, showTime(c.SortTime())})
	}

	// Which events each mention takes part in, and its role in the one
	// shown.
	inEvents := make([][]int, len(ex.Mentions))
	roles := map[int]string{}
	for _, e := range ex.Events {
		for m, role := range e.args() {
			if m >= 0 && m < len(ex.Mentions) {
				inEvents[m] = append(inEvents[m], e.I)
				if e.I == selected {
					roles[m] = role
				}
			}
		}
	}
	var items []hlItem
	for _, m := range ex.Mentions {
		st := s.pal.style(m.Type)
		slices.Sort(inEvents[m.I])
		row := mentionRow{I: m.I, Type: m.Type, Class: st.Class, Text: m.Text, Summary: m.summary(st.Summary), Rule: m.Rule,
			Confidence: formatConfidence(m.Confidence), Details: mentionDetails(&m), Fits: m.Fits, Events: inEvents[m.I]}
		p.Mentions = append(p.Mentions, row)
		if !m.Fits {
			p.NotFitting++
			continue
		}
		mk := mark{Class: "m " + st.Class, M: m.I, ID: "t-" + strconv.Itoa(m.I), Events: joinInts(inEvents[m.I]),
			Title: mentionTitle(m.Type, row.Summary, m.Rule, row.Confidence)}
		if role, ok := roles[m.I]; ok {
			mk.Class += " arg"
			mk.Role = role
		}
		items = append(items, hlItem{start: m.Start, end: m.End, order: m.I, mark: mk})
	}
	// One trigger mark per span, however many events share it.
	triggers := map[[2]int]int{} // span -> index in items
	for _, e := range ex.Events {
		row := s.eventRow(e, ex.Mentions)
		row.Selected = e.I == selected
		p.Events = append(p.Events, row)
		if !e.TriggerFits {
			continue
		}
		k := [2]int{e.Trigger.Start, e.Trigger.End}
		if j, ok := triggers[k]; ok {
			items[j].mark.Events += " " + strconv.Itoa(e.I)
		} else {
			triggers[k] = len(items)
			items = append(items, hlItem{start: e.Trigger.Start, end: e.Trigger.End, order: len(ex.Mentions) + e.I,
				mark: mark{Class: "trig", M: -1, ID: "tr-" + strconv.Itoa(e.I), Events: strconv.Itoa(e.I), Title: "trigger of event " + strconv.Itoa(e.I) + ": " + e.Type}})
		}
		if row.Selected {
			items[triggers[k]].mark.Class = "trig on"
		}
	}
	p.Text = highlight(a.Text, items)
	return p, nil
}

func mentionDetails(m *mention) string {
	var b strings.Builder
	b.WriteString("rule: " + m.Rule + "\nsentence: " + strconv.Itoa(m.Sentence))
	for _, f := range m.Fields {
		b.WriteString("\n" + f.Key + ": " + f.Value)
	}
	return b.String()
}

func mentionTitle(typ, summary, rule, conf string) string {
	var b strings.Builder
	b.WriteString(typ)
	if summary != "" {
		b.WriteString(": " + summary)
	}
	b.WriteString("\nrule " + rule + ", confidence " + conf)
	return b.String()
}

// eventRow lays an event out for the events tables.
func (s *Server) eventRow(e event, ms []mention) eventRow {
	names := func(idx []int) string {
		var parts []string
		for _, i := range idx {
			if i >= 0 && i < len(ms) {
				parts = append(parts, mentionLabel(&ms[i]))
			}
		}
		return strings.Join(parts, "; ")
	}
	row := eventRow{I: e.I, Type: e.Type, Who: names(e.Who), Where: names(e.Where), Amounts: names(e.Amounts),
		Trigger: e.Trigger.Text, Confidence: formatConfidence(e.Confidence), Rule: e.Rule}
	if e.Cameo != nil {
		row.Cameo = *e.Cameo
	}
	row.When = names(e.When)
	if e.WhenResolved != nil && e.WhenResolved.Value != "" {
		if row.When != "" {
			row.When = e.WhenResolved.Value + " (" + row.When + ")"
		} else {
			row.When = e.WhenResolved.Value
		}
	}
	var notes []string
	if e.Negated {
		notes = append(notes, "negated")
	}
	if e.Modality != "" && e.Modality != "asserted" {
		notes = append(notes, e.Modality)
	}
	if e.Quoted {
		notes = append(notes, "quoted")
	}
	row.Notes = strings.Join(notes, ", ")
	var args []int
	for m := range e.args() {
		args = append(args, m)
	}
	slices.Sort(args)
	row.Args = joinInts(args)
	return row
}

// mentionLabel names a mention in a table cell: its canonical name when it
// has one, else its text.
func mentionLabel(m *mention) string {
	if n, ok := m.field("name"); ok && n != "" && n != m.Text {
		return n + " (" + m.Text + ")"
	}
	if m.Type == "amount" {
		v, _ := m.field("value")
		if cur, ok := m.field("currency"); ok && v != "" {
			return m.Text + " = " + groupDigits(v) + " " + cur
		}
	}
	return m.Text
}

// groupDigits writes a JSON number's whole part in groups of three:
// 1100000000000 as 1,100,000,000,000.
func groupDigits(n string) string {
	f, err := strconv.ParseFloat(n, 64)
	if err != nil || f != f || f > 1e21 || f < -1e21 {
		return n
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	sign, whole, frac := "", s, ""
	if strings.HasPrefix(whole, "-") {
		sign, whole = "-", whole[1:]
	}
	if i := strings.IndexByte(whole, '.'); i >= 0 {
		whole, frac = whole[:i], whole[i:]
	}
	var b strings.Builder
	for i, c := range whole {
		if i > 0 && (len(whole)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return sign + b.String() + frac
}

func joinInts(xs []int) string {
	var b strings.Builder
	for i, x := range xs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(x))
	}
	return b.String()
}

// handleRaw serves the stored raw page as plain text, in its own charset,
// sandboxed: it is the page as fetched, never rendered as HTML here.
func (s *Server) handleRaw(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	var page []byte
	var charset string
	err := s.withDB(func(db Reader) error {
		a, err := db.Article(id)
		if err != nil {
			return err
		}
		charset = a.HTTP.Charset
		page, err = db.Page(id)
		return err
	})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ct := "text/plain; charset=utf-8"
	if charset != "" && !strings.ContainsAny(charset, " ;\"\r\n") {
		ct = mime.FormatMediaType("text/plain", map[string]string{"charset": charset})
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Security-Policy", "sandbox; default-src 'none'")
	w.Write(page)
}
