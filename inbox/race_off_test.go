//go:build !race

package inbox

// raceStride is 1 without the race detector: every case runs.
const raceStride = 1
