// Synchronization with sync.WaitGroup: Add before go, Done when finished, Wait for all.
//
// Add is called by main before each go statement, never inside the goroutine: otherwise Wait
// could run before the goroutine has been counted and return too early.
package main

import (
	"fmt"
	"sync"
	"time"
)

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker starting", id)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("worker done", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(i, &wg)
	}
	wg.Wait()
	fmt.Println("all workers completed")
}
