// Race conditions: two goroutines increment one counter without synchronization.
//
// counter++ is a read followed by a write. When the two goroutines interleave those steps, one
// increment overwrites the other and an update is lost. Run it with the race detector:
//
//	go run -race race.go
package main

import (
	"fmt"
	"sync"
)

var counter int

func increment(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		counter++ // unsynchronized read-modify-write: a data race
	}
}

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go increment(&wg)
	go increment(&wg)
	wg.Wait()
	fmt.Println("counter:", counter) // expected 6, but updates can be lost
}
