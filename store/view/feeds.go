package view

import (
	"net/http"
	"time"

	"github.com/eventwire/eventwire/store"
)

// runsShown is how many of the last runs the feeds page lists.
const runsShown = 20

// feedsPage is the status of every feed and the last runs.
type feedsPage struct {
	basePage
	Feeds []feedRow
	Runs  []runRow
	// Orphans counts the articles of feeds no longer subscribed.
	Orphans int
}

type feedRow struct {
	ID, Name, URL, Link                     string
	Interval                                string
	LastPoll, LastSuccess, NextPoll, NextIn string
	Errors                                  int
	ErrorClass, LastError, LastErrorAt      string
	Articles, Duplicates, FailedPages       int
	Latest                                  string
	Failing                                 bool
	Selector                                string
	MovedFrom                               []string
	ArticlesLink                            string
}

type runRow struct {
	Started, Duration                          string
	FeedsPolled, FeedsNotModified, FeedsFailed int
	ArticlesNew, ArticlesDup, ArticlesFailed   int
	Stopped                                    string
}

type feedsData struct {
	feeds  []store.Feed
	counts map[string]store.FeedCount
	runs   []store.Run
}

func (s *Server) loadFeeds() (*feedsData, error) {
	var d feedsData
	err := s.withDB(func(db Reader) error {
		var err error
		if d.feeds, err = db.Feeds(); err != nil {
			return err
		}
		if d.counts, err = db.FeedCounts(); err != nil {
			return err
		}
		d.runs, err = db.Runs(runsShown)
		return err
	})
	return &d, err
}

func (s *Server) handleFeeds(w http.ResponseWriter, r *http.Request) {
	d, err := s.loadFeeds()
	if err != nil {
		s.fail(w, r, err)
		return
	}
	now := s.opts.Now()
	p := &feedsPage{basePage: basePage{Title: "Feeds", Nav: "feeds"}}
	seen := map[string]bool{}
	for _, f := range d.feeds {
		seen[f.ID] = true
		c := d.counts[f.ID]
		row := feedRow{ID: f.ID, Name: feedName(f), URL: f.URL, Link: safeURL(f.URL), Interval: f.Interval.String(),
			LastPoll: showTime(f.LastPoll), LastSuccess: showTime(f.LastSuccess), NextPoll: showTime(f.NextPoll),
			Errors: f.ErrorCount, ErrorClass: f.ErrorClass, LastError: f.LastError, LastErrorAt: showTime(f.LastErrorAt),
			Articles: c.Articles, Duplicates: c.Duplicates, FailedPages: c.FailedPages, Latest: showTime(c.Latest),
			Failing: f.ErrorCount > 0, Selector: f.Selector, MovedFrom: f.URLHistory, ArticlesLink: "/?feed=" + f.ID}
		switch {
		case f.NextPoll.IsZero() || !f.NextPoll.After(now):
			row.NextIn = "due"
		default:
			row.NextIn = "in " + f.NextPoll.Sub(now).Round(time.Minute).String()
		}
		p.Feeds = append(p.Feeds, row)
	}
	for id, c := range d.counts {
		if !seen[id] {
			p.Orphans += c.Articles
		}
	}
	for _, r := range d.runs {
		p.Runs = append(p.Runs, runRow{Started: showTime(r.Started), Duration: r.Finished.Sub(r.Started).Round(100 * time.Millisecond).String(),
			FeedsPolled: r.FeedsPolled, FeedsNotModified: r.FeedsNotModified, FeedsFailed: r.FeedsFailed,
			ArticlesNew: r.ArticlesNew, ArticlesDup: r.ArticlesDup, ArticlesFailed: r.ArticlesFailed, Stopped: r.Stopped})
	}
	s.render(w, r, http.StatusOK, "feeds", p)
}
