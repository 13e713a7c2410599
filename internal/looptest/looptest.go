// Package looptest runs a service's Run loop for the length of a test.
package looptest

import (
	"context"
	"testing"
	"time"
)

// StopWithin is how long a loop may take to return once its context ends.
const StopWithin = 20 * time.Second

// Start runs run in a goroutine under a context that stop cancels. stop
// then waits for run to return, failing the test if it returned an error
// or did not return within StopWithin. The test's cleanup calls stop, and
// calling it again does nothing.
func Start(tb testing.TB, run func(context.Context) error) (stop func()) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx) }()
	stopped := false
	stop = func() {
		tb.Helper()
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				tb.Errorf("run: %v", err)
			}
		case <-time.After(StopWithin):
			tb.Fatalf("run did not return within %v of its context ending", StopWithin)
		}
	}
	tb.Cleanup(stop)
	return stop
}
