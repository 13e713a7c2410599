package web

import (
	"net/http"
	"time"
)

// Observer is told of every request the site answers, for metrics. Its
// method must be quick and safe to call from any goroutine.
type Observer interface {
	// Request is told the route that answered (the pattern it was
	// registered with, such as "GET /q/{ref}", or "" when none did), the
	// status code and how long the answer took.
	Request(route string, code int, elapsed time.Duration)
}

// observe tells obs of each request next answers. The route is read
// after the request is answered, once the mux has set its pattern.
func observe(obs Observer, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			code := sw.code
			if code == 0 {
				code = http.StatusOK
			}
			obs.Request(r.Pattern, code, time.Since(start))
		}()
		next.ServeHTTP(sw, r)
	})
}

// statusWriter notes the status code a handler sends.
type statusWriter struct {
	http.ResponseWriter
	code int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
