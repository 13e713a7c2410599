package main

import (
	"context"
	"fmt"
	"os"
)

// cmdBackup copies the database with SQLite's online backup, which is
// consistent while the service runs, as copying the file is not.
func cmdBackup(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("backup", "backup FILE [--config FILE]")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("backup takes the new file to write, such as helpline-2026-03-02.db")
	}
	dest := fs.Arg(0)
	cfg, err := m.loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	db, err := m.openDatabase(cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	var bar Progress
	shown := 0
	err = db.Backup(ctx, dest, func(copied, total int) {
		if bar == nil {
			bar = m.progress("backup", "pages", int64(total))
		}
		bar.Add(int64(copied - shown))
		shown = copied
	})
	if bar != nil {
		bar.Done()
	}
	if err != nil {
		return err
	}
	st, err := os.Stat(dest)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "backed up %s to %s (%s, checked)\n", cfg.Database.Path, dest, byteSize(st.Size()))
	return nil
}

// cmdCheck runs SQLite's integrity and foreign key checks and fails if
// either finds a problem. It changes nothing, not even the schema.
func cmdCheck(ctx context.Context, m *Main, args []string) error {
	fs, cfgPath := m.flags("check", "check [--config FILE]")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := noArgs(fs); err != nil {
		return err
	}
	cfg, err := m.loadConfig(*cfgPath)
	if err != nil {
		return err
	}
	db, err := m.openDatabase(cfg)
	if err != nil {
		return err
	}
	defer db.Close()
	integrity, keys, err := db.Check(ctx)
	if err != nil {
		return err
	}
	report(m, "integrity", integrity)
	report(m, "foreign keys", keys)
	if n := len(integrity) + len(keys); n > 0 {
		return fmt.Errorf("%s found in %s; restore the latest backup that passes helpline check", plural(n, "problem", "problems"), cfg.Database.Path)
	}
	return nil
}

func report(m *Main, what string, problems []string) {
	if len(problems) == 0 {
		fmt.Fprintf(m.Stdout, "%s: ok\n", what)
		return
	}
	fmt.Fprintf(m.Stdout, "%s: %s\n", what, plural(len(problems), "problem", "problems"))
	for _, p := range problems {
		fmt.Fprintf(m.Stdout, "  %s\n", p)
	}
}

// byteSize is n in the largest unit that keeps it above 1.
func byteSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return plural(n, "byte", "bytes")
}
