//go:build race

package inbox

// raceStride thins the tests that run thousands of mails through pure
// functions when the race detector is on: it slows them tenfold and finds
// nothing in code that shares no memory. The suite without it runs them
// all.
const raceStride = 4
