package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/eventwire/eventwire/store"
)

// version is set at build time with -ldflags "-X main.version=..."; else
// buildVersion reads the module version or VCS revision Go recorded.
var version = ""

func buildVersion() string {
	if version != "" {
		return version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	return "dev"
}

// Exit codes, as documented in the README and DESIGN.md.
const (
	exitOK     = 0
	exitFatal  = 1
	exitUsage  = 2
	exitLocked = 3
)

// usageError marks bad command-line use (exit 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, a ...any) error { return usageError{fmt.Errorf(format, a...)} }

// globals are the options every command shares.
type globals struct {
	db          string
	lockTimeout time.Duration
	maxConns    int // PostgreSQL connections; 0 means the store's default
	logFormat   string
	logLevel    string
	stdin       io.Reader
	stdout      io.Writer
	stderr      io.Writer
	logger      *slog.Logger
}

// outWriter remembers the first error writing to standard output, so that
// a command whose output was lost ("stats > /dev/full", a full disk) fails
// even where it printed with fmt.Fprintf and did not look.
type outWriter struct {
	w   io.Writer
	err error
}

func (o *outWriter) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	if err != nil && o.err == nil {
		o.err = err
	}
	return n, err
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	out := &outWriter{w: stdout}
	g := &globals{stdin: stdin, stdout: out, stderr: stderr}
	root := &cobra.Command{
		Use:   "eventwire",
		Short: "Turn wire-service news feeds into structured events",
		Long: `eventwire polls news feeds, fetches each new article politely, strips the page
to its text, extracts dates, amounts, places and officials, builds events
(who did what, when, where, for how much) and keeps everything in an embedded
bbolt database (or a shared PostgreSQL one: --db postgres://...), from which
"export" writes JSON Lines, JSON or CSV.

Run it from cron: "eventwire run" does one pass and exits.

Exit codes: 0 done (per-feed failures are reported, not fatal); 1 fatal error;
2 bad usage; 3 another eventwire process holds the database.`,
		Version:       buildVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			l, err := newLogger(g.stderr, g.logFormat, g.logLevel)
			if err != nil {
				return usageError{err}
			}
			g.logger = l
			return nil
		},
	}
	root.SetIn(stdin)
	root.SetOut(out)
	root.SetErr(stderr)
	root.SetArgs(args)
	root.PersistentFlags().StringVar(&g.logFormat, "log-format", "text", "log format on stderr: text or json")
	root.PersistentFlags().StringVar(&g.logLevel, "log-level", "info", "log level: debug, info, warn or error")
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(
		newRunCommand(g),
		newFeedsCommand(g),
		newExportCommand(g),
		newStripCommand(g),
		newExtractCommand(g),
		newReextractCommand(g),
		newDemoCommand(g),
		newStatsCommand(g),
		newCheckCommand(g),
		newServeCommand(g),
		newMigrateCommand(g),
		newCopyCommand(g),
	)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := root.ExecuteContext(ctx)
	if err == nil && out.err != nil {
		err = fmt.Errorf("write output: %w", out.err)
	}
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "eventwire: %v\n", err)
	var ue usageError
	switch {
	case errors.As(err, &ue), isCobraUsage(err):
		return exitUsage
	case errors.Is(err, store.ErrLocked):
		return exitLocked
	}
	return exitFatal
}

// isCobraUsage recognises cobra's own argument errors, which it does not
// type, by how their messages begin: an error from deeper down that only
// contains such words ("mmap ...: invalid argument" from a system call) is
// not bad usage.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "requires exactly", "invalid argument"} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	return false
}

func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("--log-level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("--log-format %q: want text or json", format)
}
