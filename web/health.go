package web

import (
	"context"
	"encoding/json"
	"maps"
	"net/http"
	"time"
)

// Health is one part of the service as /healthz shows it.
type Health struct {
	// Failing says why the part cannot do its work now; empty when it
	// can.
	Failing string
	// Details are shown as they are, beside the status: when it last
	// worked, its last error, how long mail has waited.
	Details map[string]any
}

// Check reports the health of one part of the service. It should answer
// from what the part already knows, quickly, rather than try its server
// again: a monitor asks every minute.
type Check func(ctx context.Context) Health

// handleHealth reports each part's state, with 503 when any is failing,
// so that a monitor can tell which one and why.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	checks := map[string]Check{"database": s.checkDatabase}
	maps.Copy(checks, s.cfg.Checks)
	type result struct {
		name string
		h    Health
	}
	results := make(chan result, len(checks))
	for name, c := range checks {
		go func() { results <- result{name, c(ctx)} }()
	}
	parts := map[string]map[string]any{}
	failing := false
	for range checks {
		res := <-results
		part := map[string]any{}
		maps.Copy(part, res.h.Details)
		part["status"] = "ok"
		if res.h.Failing != "" {
			failing = true
			part["status"], part["error"] = "failing", res.h.Failing
		}
		parts[res.name] = part
	}
	body := map[string]any{"status": "ok", "checks": parts}
	code := http.StatusOK
	if failing {
		body["status"] = "failing"
		code = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(body)
}

// checkDatabase asks the database for a row.
func (s *Server) checkDatabase(ctx context.Context) Health {
	if err := s.db.Ping(ctx); err != nil {
		return Health{Failing: err.Error()}
	}
	return Health{}
}
