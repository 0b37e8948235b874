package article

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/eventwire/eventwire/extract"
	"github.com/eventwire/eventwire/extract/text"
	"github.com/eventwire/eventwire/ingest/lang"
	"github.com/eventwire/eventwire/store"
)

// Extract runs the pipeline over an article's text, anchored at its
// publication time (a fetch time anchors nothing), and records the
// dateline and the extractor on the article. Unless Options.AnyLanguage,
// it first sets the article's language, and an article in another
// language than English keeps its text with no mentions: the rules read
// English.
//
// Invalid UTF-8 in the text is repaired first (offsets count the repaired
// bytes). Unless Options.NoLimits, the text is then held to the limits: cut
// to MaxText, and cut again before the sentence of the first mention past
// MaxMentions and extracted again. a.Text becomes the text extracted,
// a.Truncated says when it was cut, and the text hash follows the text.
// It returns nil only when the stage's context ended at the gate.
func (s *Stage) Extract(a *store.Article) *store.Extraction {
	ex, _ := s.extract(a)
	return ex
}

func (s *Stage) extract(a *store.Article) (*store.Extraction, error) {
	info, now := s.opts.Extractor, s.opts.Now()
	a.Extractor = info
	changed := false
	if !utf8.ValidString(a.Text) {
		a.Text, changed = strings.ToValidUTF8(a.Text, "\uFFFD"), true
	}
	if !s.opts.NoLimits {
		if t, cut := capText(a.Text, MaxText); cut {
			a.Text, a.Truncated, changed = t, true, true
		}
	}
	if changed {
		a.TextSHA256 = textHash(a.Text)
	}
	if !s.opts.AnyLanguage {
		setLang(a)
		if a.Lang != "" && a.Lang != "en" {
			a.Dateline = nil
			return &store.Extraction{Extractor: info, ExtractedAt: now, Mentions: []extract.Mention{}, Events: []extract.Event{}}, nil
		}
	}
	var res extract.Result
	run := func() { res = s.opts.Pipeline.Run(a.Text, Anchor(a)) }
	if err := s.opts.Gate.Do(s.context(), extractWeight*len(a.Text), run); err != nil {
		return nil, err
	}
	for !s.opts.NoLimits && len(res.Mentions) > MaxMentions {
		m := res.Mentions[MaxMentions]
		cut := m.Start
		if sents := text.Sentences(a.Text); m.Sentence < len(sents) && sents[m.Sentence].Start > 0 {
			cut = sents[m.Sentence].Start
		}
		a.Text, a.Truncated = strings.TrimRightFunc(a.Text[:cut], unicode.IsSpace), true
		a.TextSHA256 = textHash(a.Text)
		res = extract.Result{} // the long text's mentions go before the next run
		if err := s.opts.Gate.Do(s.context(), extractWeight*len(a.Text), run); err != nil {
			return nil, err
		}
	}
	a.Dateline = nil
	if dl := res.Dateline; dl != nil {
		a.Dateline = &store.DatelineInfo{Place: dl.Place, Agency: dl.Agency}
	}
	return &store.Extraction{Extractor: info, ExtractedAt: now, Mentions: res.Mentions, Events: res.Events}, nil
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
