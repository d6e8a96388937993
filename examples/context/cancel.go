// Context cancel: main tells a worker to stop by cancelling its context.
//
// The worker does a unit of work per loop and checks ctx.Done() in a select with a default case,
// so it notices the cancellation and returns. main waits for it before exiting.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			fmt.Println("worker: cancelled, stopping")
			return
		default:
			fmt.Println("worker: working")
			time.Sleep(10 * time.Millisecond)
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go worker(ctx, &wg)
	time.Sleep(35 * time.Millisecond)
	cancel()
	wg.Wait()
	fmt.Println("main: worker stopped")
}
