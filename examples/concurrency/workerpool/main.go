// Worker pool (mini project): three workers take jobs from a buffered channel and send results.
//
// main queues the jobs and closes the jobs channel, so each worker's range loop ends when the
// queue is drained. A WaitGroup tracks the workers; one more goroutine closes the results
// channel once they have all finished, which ends main's range over the results.
package main

import (
	"fmt"
	"sync"
)

const (
	numJobs    = 4
	numWorkers = 3
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int, numJobs)
	results := make(chan int, numJobs)
	var wg sync.WaitGroup

	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)

	go func() {
		wg.Wait()
		close(results)
	}()

	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of results:", sum) // 2+4+6+8 = 20
}
