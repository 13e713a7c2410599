package web

import (
	"context"
	"encoding/json"
	"net/http"
	"sort"
	"time"
)

// handleHealth reports each dependency as "ok" or its error, with 503 when
// any is down, so a monitor can tell which one.
func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	checks := map[string]Check{"database": s.db.Ping}
	for name, c := range s.cfg.Checks {
		checks[name] = c
	}
	names := make([]string, 0, len(checks))
	for name := range checks {
		names = append(names, name)
	}
	sort.Strings(names)
	type result struct {
		name string
		err  error
	}
	results := make(chan result, len(names))
	for _, name := range names {
		go func(name string, c Check) {
			results <- result{name, c(ctx)}
		}(name, checks[name])
	}
	status := map[string]string{}
	ok := true
	for range names {
		res := <-results
		if res.err != nil {
			ok = false
			status[res.name] = res.err.Error()
		} else {
			status[res.name] = "ok"
		}
	}
	body := map[string]any{"status": "ok", "checks": status}
	code := http.StatusOK
	if !ok {
		body["status"] = "degraded"
		code = http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}
