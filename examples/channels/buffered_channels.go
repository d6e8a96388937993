// Buffered channels: make(chan int, 2) holds two values without a receiver.
//
// Sends block only when the buffer is full, and receives only when it is empty. A third send
// here, before any receive, would block main forever: all goroutines are asleep.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	// ch <- 3 // would deadlock: the buffer is full and nobody receives
	fmt.Println(<-ch)
	fmt.Println(<-ch)

	done := make(chan bool, 1)
	go func() {
		fmt.Println("working")
		done <- true // does not block: the buffer has room
	}()
	<-done
}
