package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"helpline/data"
	"helpline/internal/locale"
	"helpline/internal/token"
)

// App is what most commands work with: the loaded config, the migrated
// database and the token signer.
type App struct {
	Config *Config
	DB     *data.DB
	Signer *token.Signer
	Log    *slog.Logger
	// SuppressionKey keys the hashes of forgotten addresses. It is
	// generated once and kept in the database, apart from the site secret,
	// so that changing the secret does not unblock anyone.
	SuppressionKey []byte
	// Locale is the language of the site and its mail, with the owner's
	// words.
	Locale *locale.Locale
}

// loadConfig reads the config named by the --config flag.
func (m *Main) loadConfig(path string) (*Config, error) {
	if m.Environ != nil {
		if err := CheckEnvNames(m.Environ()); err != nil {
			return nil, err
		}
	}
	return LoadConfig(path, m.Getenv)
}

// newLogger writes logs at the configured level, as text or as one JSON
// object a line for a log collector.
func newLogger(w io.Writer, c LogConfig) *slog.Logger {
	var l slog.Level
	l.UnmarshalText([]byte(strings.ToUpper(c.Level)))
	opts := &slog.HandlerOptions{Level: l}
	if c.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// openApp loads the config, opens and migrates the database, and makes the
// signer from the configured secret or the one kept in the database.
func (m *Main) openApp(ctx context.Context, configPath string) (*App, error) {
	cfg, err := m.loadConfig(configPath)
	if err != nil {
		return nil, err
	}
	loc, err := cfg.Locale()
	if err != nil {
		return nil, err
	}
	log := newLogger(m.Stderr, cfg.Log)
	db, err := m.openDatabase(cfg)
	if err != nil {
		return nil, err
	}
	applied, err := db.Migrate(ctx)
	if err != nil {
		db.Close()
		return nil, newerSchema(cfg.Database.Path, err)
	}
	for _, name := range applied {
		log.Info("applied migration", "migration", name, "database", cfg.Database.Path)
	}
	secret := cfg.Site.Secret
	if secret == "" {
		if secret, err = db.Secret(ctx, "site_secret"); err != nil {
			db.Close()
			return nil, err
		}
	}
	signer, err := token.NewSigner(secret)
	if err != nil {
		db.Close()
		return nil, err
	}
	suppression, err := db.Secret(ctx, "suppression_key")
	if err != nil {
		db.Close()
		return nil, err
	}
	return &App{Config: cfg, DB: db, Signer: signer, Log: log, SuppressionKey: []byte(suppression), Locale: loc}, nil
}

// openDatabase opens the configured database without migrating it. A
// command that only reads refuses to run where there is no database,
// rather than create an empty one and show that: the likelier mistake is
// a database elsewhere.
func (m *Main) openDatabase(cfg *Config) (*data.DB, error) {
	path := cfg.Database.Path
	if m.cmd.readOnly {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			if abs, err := filepath.Abs(path); err == nil {
				path = abs
			}
			return nil, fmt.Errorf("no database at %s; point at yours with --config FILE (database.path) or HELPLINE_DATABASE_PATH, or create one with helpline migrate", path)
		} else if err != nil {
			return nil, fmt.Errorf("database %s: %w", path, err)
		}
	}
	return data.Open(path)
}

// newerSchema explains a database that a newer helpline has migrated.
func newerSchema(path string, err error) error {
	if !errors.Is(err, data.ErrNewerSchema) {
		return err
	}
	return fmt.Errorf("database %s: %w; this helpline (%s) cannot use it, since migrations only go forward: "+
		"run the newer helpline that upgraded it, or restore the backup taken before the upgrade", path, err, version)
}

// Close closes the database.
func (a *App) Close() error { return a.DB.Close() }

// printJSON writes v as indented JSON; listings always print an array, even
// an empty one.
func printJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func cmdMigrate(ctx context.Context, m *Main, args []string) error {
	flags, cfgPath := m.flags("migrate", "migrate [--config FILE]")
	if err := parse(flags, args); err != nil {
		return err
	}
	if err := noArgs(flags); err != nil {
		return err
	}
	app, err := m.openApp(ctx, *cfgPath)
	if err != nil {
		return err
	}
	defer app.Close()
	version, err := data.SchemaVersion()
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "database %s is at schema version %d\n", app.Config.Database.Path, version)
	return nil
}
