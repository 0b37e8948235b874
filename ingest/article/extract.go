package article

import (
	"time"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/ingest/lang"
	"github.com/eventwire/eventwire/store"
)

// Extract runs the pipeline over an article's text, anchored at its
// publication time (a fetch time anchors nothing), and records the
// dateline and the extractor on the article. Unless Options.AnyLanguage,
// it first sets the article's language, and an article in another
// language than English keeps its text with no mentions: the rules read
// English.
func (s *Stage) Extract(a *store.Article) *store.Extraction {
	info, now := s.opts.Extractor, s.opts.Now()
	a.Extractor = info
	if !s.opts.AnyLanguage {
		setLang(a)
		if a.Lang != "" && a.Lang != "en" {
			a.Dateline = nil
			return &store.Extraction{Extractor: info, ExtractedAt: now, Mentions: []extract.Mention{}, Events: []extract.Event{}}
		}
	}
	res := s.opts.Pipeline.Run(a.Text, Anchor(a))
	a.Dateline = nil
	if dl := res.Dateline; dl != nil {
		a.Dateline = &store.DatelineInfo{Place: dl.Place, Agency: dl.Agency}
	}
	return &store.Extraction{Extractor: info, ExtractedAt: now, Mentions: res.Mentions, Events: res.Events}
}

// Anchor is the time an article's relative dates are read from: its
// publication time on the writer's calendar, or zero when the only time
// known is when it was fetched (no anchor for "Wednesday").
func Anchor(a *store.Article) time.Time {
	if a.PublishedSource == store.PublishedFetched {
		return time.Time{}
	}
	return a.PublishedLocal()
}

// setLang sets the article's language: detected from its text when the
// detector is sure, else what the page or feed declared.
func setLang(a *store.Article) {
	if code, ok := lang.Detect(a.Text); ok {
		a.Lang, a.LangSource = code, "text"
		return
	}
	a.Lang = lang.Normalize(a.Lang)
	switch {
	case a.Lang == "":
		a.LangSource = ""
	case a.LangSource == "" || a.LangSource == "text":
		a.LangSource = "page"
	}
}
