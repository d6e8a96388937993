// Timeout context: give up waiting for a slow operation after 50ms.
//
// The result channel has a buffer of one, so the slow goroutine can always deliver its result
// and finish, even after main has stopped waiting for it: an unbuffered channel would leave it
// blocked on the send forever, a goroutine leak.
package main

import (
	"context"
	"fmt"
	"time"
)

func slowOperation(result chan int) {
	time.Sleep(100 * time.Millisecond)
	result <- 42
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()

	result := make(chan int, 1)
	go slowOperation(result)

	select {
	case r := <-result:
		fmt.Println("result:", r)
	case <-ctx.Done():
		fmt.Println("timed out")
	}
}
