package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store"
	"github.com/eventwire/eventwire/store/bolt"
	"github.com/eventwire/eventwire/store/postgres"
	"github.com/eventwire/eventwire/store/view"
)

type serveOptions struct {
	addr string
}

func newServeCommand(g *globals) *cobra.Command {
	var o serveOptions
	c := &cobra.Command{
		Use:   "serve [--addr 127.0.0.1:8080]",
		Short: "Browse the database in a web browser: articles with their mentions highlighted, events, feeds; JSON under /api/",
		Long: `Serve starts a read-only web viewer on --addr (loopback by default):

  /                  articles, newest first, with filters and a text search
  /articles/ID       one article, its mentions highlighted by type, its events
  /events            events across articles, with downloads that are exactly
                     what "eventwire export" writes
  /feeds             each feed's status and the last runs
  /api/articles, /api/articles/ID, /api/events, /api/feeds   the same as JSON,
                     in the export's record shapes

It opens the database read-only for each request and closes it before
answering, and after 200 ms of reading without a break it leaves the
database free for 60 ms, so "eventwire run" from cron gets the database
within about a quarter of a second plus one request's reads, however busy
the viewer is. While
another process holds the database, pages answer 503 and work again when it
is done. Nothing is ever written.

A non-loopback --addr prints a warning: the viewer has no login, and anyone
who can reach the address can read the database.

Exit codes: 0 stopped by SIGINT or SIGTERM; 1 the address could not be
bound or the database could not be read; 2 bad usage (an --addr that is not
host:port).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runServe(cmd.Context(), g, o)
		},
	}
	addDBFlag(c, g)
	c.Flags().StringVar(&o.addr, "addr", "127.0.0.1:8080", "address to listen on (host:port)")
	return c
}

// serveLockWait is how long a request waits for a writer to let go of the
// database before it answers 503.
const serveLockWait = 2 * time.Second

func runServe(ctx context.Context, g *globals, o serveOptions) error {
	path := dbPath(g.db)
	if postgres.IsURL(path) {
		db, err := postgres.Open(path, postgres.Options{ReadOnly: true})
		if err != nil {
			return err
		}
		defer db.Close()
		return serveDB(ctx, g, o, path, func() (view.Reader, error) { return keepOpen{db}, nil })
	}
	// Fail early on a missing database; a locked one is fine (a run may be
	// going), the pages say so until it ends.
	if db, err := bolt.Open(path, bolt.Options{ReadOnly: true, LockTimeout: serveLockWait}); err == nil {
		db.Close()
	} else if !errors.Is(err, store.ErrLocked) {
		return err
	}
	return serveDB(ctx, g, o, path, func() (view.Reader, error) {
		return bolt.Open(path, bolt.Options{ReadOnly: true, LockTimeout: serveLockWait})
	})
}

// keepOpen is a PostgreSQL database shared by every request: its pool
// outlives them, so the viewer's per-request Close does nothing.
type keepOpen struct{ *postgres.DB }

func (keepOpen) Close() error { return nil }

// serveDB serves the database that open opens, once per request.
func serveDB(ctx context.Context, g *globals, o serveOptions, path string, open func() (view.Reader, error)) error {
	loopback, err := isLoopbackAddr(o.addr)
	if err != nil {
		return usagef("--addr %q: %v", o.addr, err)
	}
	if !loopback {
		g.logger.Warn("serve: listening beyond this machine; the viewer has no login, and anyone who can reach it can read the database", "addr", o.addr)
	}
	srv, err := view.New(view.Options{Open: open, Logger: g.logger, LocalOnly: loopback})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", o.addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	fmt.Fprintf(g.stderr, "eventwire serve: http://%s/ (database %s, read-only; Ctrl-C stops)\n", ln.Addr(), redactDB(path))
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return hs.Shutdown(shut)
}

// newViewServer serves the database at path, opening it read-only for
// each request.
func newViewServer(path string, localOnly bool, logger *slog.Logger) (*view.Server, error) {
	return view.New(view.Options{
		Open: func() (view.Reader, error) {
			return bolt.Open(path, bolt.Options{ReadOnly: true, LockTimeout: serveLockWait})
		},
		Logger:    logger,
		LocalOnly: localOnly,
	})
}

// isLoopbackAddr reports whether a listen address stays on this machine.
// An empty host listens on every interface.
func isLoopbackAddr(addr string) (bool, error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false, err
	}
	if host == "localhost" {
		return true, nil
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback(), nil
}
