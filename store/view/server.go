package view

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/eventwire/eventwire/store"
)

// Reader is what the viewer reads from a database; *bolt.DB satisfies it.
type Reader interface {
	Articles(store.Query) (*store.Page, error)
	ArticleDetail(id string) (*store.Detail, error)
	Copies() (*store.CopyIndex, error)
	TxID() (int, error)
	Article(id string) (*store.Article, error)
	Feed(id string) (*store.Feed, error)
	Page(id string) ([]byte, error)
	Feeds() ([]store.Feed, error)
	FeedCounts() (map[string]store.FeedCount, error)
	Runs(n int) ([]store.Run, error)
	Close() error
}

// Options configure a Server.
type Options struct {
	// Open opens the database for reading. The server calls it once per
	// request (and once per chunk of a download) and closes the Reader
	// before it writes the response, so that no handle outlives a request.
	Open func() (Reader, error)
	// Logger receives request errors; nil discards them.
	Logger *slog.Logger
	// PageSize is the number of articles per page. Zero means 50.
	PageSize int
	// LocalOnly refuses requests whose Host header is not a loopback name
	// or address, so that a web page elsewhere cannot reach the viewer
	// through DNS rebinding. Set it when listening on loopback.
	LocalOnly bool
	// DownloadChunk is how many articles a download reads per opening of
	// the database; it reopens the database between chunks so that a long
	// download never holds it for long. Zero means 256.
	DownloadChunk int
	// Now gives the time that relative times count from; nil means
	// time.Now.
	Now func() time.Time
}

// Server serves the viewer's pages and API.
type Server struct {
	opts   Options
	pal    *palette
	pages  map[string]*template.Template
	css    []byte // the type colours, from the palette
	mux    *http.ServeMux
	gate   gate
	copies copyCache
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// contentSecurityPolicy allows scripts, styles and images from the viewer
// itself and nothing else: no inline script (nor an event-handler
// attribute), no inline style, no plugin, no framing, forms only to itself.
const contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; " +
	"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// New returns a viewer server.
func New(opts Options) (*Server, error) {
	if opts.Open == nil {
		return nil, errors.New("view: no Open function")
	}
	if opts.PageSize <= 0 {
		opts.PageSize = 50
	}
	if opts.DownloadChunk <= 0 {
		opts.DownloadChunk = 256
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	pal, err := loadPalette(typesTSV)
	if err != nil {
		return nil, err
	}
	s := &Server{opts: opts, pal: pal, css: []byte(pal.css()), pages: map[string]*template.Template{}}
	for _, name := range []string{"articles", "article", "events", "feeds", "error"} {
		t, err := template.New("layout.html").Funcs(s.funcs()).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("view: template %s: %w", name, err)
		}
		s.pages[name] = t
	}
	s.routes()
	return s, nil
}

func (s *Server) routes() {
	m := http.NewServeMux()
	m.HandleFunc("GET /{$}", s.handleArticles)
	m.HandleFunc("GET /articles/{id}", s.handleArticle)
	m.HandleFunc("GET /articles/{id}/raw", s.handleRaw)
	m.HandleFunc("GET /events", s.handleEvents)
	m.HandleFunc("GET /feeds", s.handleFeeds)
	m.HandleFunc("GET /export", s.handleExport)
	m.HandleFunc("GET /api/articles", s.apiArticles)
	m.HandleFunc("GET /api/articles/{id}", s.apiArticle)
	m.HandleFunc("GET /api/events", s.apiEvents)
	m.HandleFunc("GET /api/feeds", s.apiFeeds)
	m.HandleFunc("GET /static/types.css", s.handleTypesCSS)
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", http.StripPrefix("/static/", http.FileServerFS(static)))
	m.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, &httpError{http.StatusNotFound, "no such page", nil})
	})
	s.mux = m
}

// ServeHTTP sets the security headers every response carries, refuses
// foreign hosts when LocalOnly, and serves the route.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	setSecurityHeaders(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "eventwire serve only reads: GET or HEAD", http.StatusMethodNotAllowed)
		return
	}
	if s.opts.LocalOnly && !isLoopbackHost(r.Host) {
		http.Error(w, "eventwire serve answers only to localhost, 127.0.0.1 or [::1] when it listens on loopback", http.StatusMisdirectedRequest)
		return
	}
	s.mux.ServeHTTP(w, r)
}

// setSecurityHeaders sets the headers every response carries.
func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
}

// isLoopbackHost reports whether a Host header names this machine.
func isLoopbackHost(hostport string) bool {
	host := hostport
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.Trim(host, "[]"), ".")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// withDB opens the database, runs fn and closes it: every page gathers
// what it shows inside fn and renders after, so no handle is held while a
// response goes out to a slow client. The gate lets a writer in between.
func (s *Server) withDB(fn func(Reader) error) error {
	s.gate.enter()
	defer s.gate.leave()
	db, err := s.opts.Open()
	if err != nil {
		return openError(err)
	}
	err = fn(db)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	return err
}

// httpError is an error with the status it answers.
type httpError struct {
	status int
	msg    string
	err    error
}

func (e *httpError) Error() string {
	if e.err == nil {
		return e.msg
	}
	return e.msg + ": " + e.err.Error()
}
func (e *httpError) Unwrap() error { return e.err }

func openError(err error) error {
	if errors.Is(err, store.ErrLocked) {
		return &httpError{http.StatusServiceUnavailable, "another eventwire process is writing to the database; this page works again when it finishes (try again in a few seconds)", err}
	}
	return &httpError{http.StatusServiceUnavailable, "cannot open the database", err}
}

// status maps an error to an HTTP status and a message for the reader.
func status(err error) (int, string) {
	var he *httpError
	switch {
	case errors.As(err, &he):
		return he.status, he.Error()
	case errors.Is(err, store.ErrNotFound):
		return http.StatusNotFound, err.Error()
	case errors.Is(err, store.ErrBadCursor):
		return http.StatusBadRequest, err.Error()
	}
	return http.StatusInternalServerError, err.Error()
}

// fail answers an error as an HTML page.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := status(err)
	if code >= 500 {
		s.opts.Logger.Error("serve", "path", r.URL.Path, "err", err)
	}
	if code == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "5")
	}
	s.render(w, r, code, "error", &errorPage{basePage: basePage{Title: http.StatusText(code), Nav: ""}, Code: code, Message: msg})
}

type errorPage struct {
	basePage
	Code    int
	Message string
}

// basePage is what the layout needs.
type basePage struct {
	Title string
	// Nav names the section to mark current: articles, events or feeds.
	Nav string
}

// render executes a page template into a buffer first, so that a template
// error becomes a clean 500 instead of half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	var b bytes.Buffer
	if err := s.pages[name].Execute(&b, data); err != nil {
		s.opts.Logger.Error("serve: render", "page", name, "err", err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	if r.Method != http.MethodHead {
		w.Write(b.Bytes())
	}
}

func (s *Server) handleTypesCSS(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/css; charset=utf-8")
	w.Write(s.css)
}

func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{"feedName": feedName}
}
