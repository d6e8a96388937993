// Mutex lock: the counter from race.go, guarded by a sync.Mutex.
//
// Only one goroutine at a time holds the lock, so each read-modify-write of the counter
// completes before the next begins and no update is lost.
package main

import (
	"fmt"
	"sync"
)

var (
	counter int
	mu      sync.Mutex
)

func increment(wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 3; i++ {
		mu.Lock()
		counter++
		mu.Unlock()
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go increment(&wg)
	}
	wg.Wait()
	fmt.Println("counter:", counter) // always 9
}
