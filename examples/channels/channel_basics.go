// Channels: an unbuffered channel hands each value from a sender to a receiver.
//
// A send blocks until a receiver takes the value. The sender closes the channel when it has
// nothing more to send, which ends the receiver's range loop.
package main

import "fmt"

func produce(ch chan int) {
	for i := 1; i <= 3; i++ {
		ch <- i * 10
	}
	close(ch) // the sender closes, never the receiver
}

func main() {
	ch := make(chan int)
	go produce(ch)
	for v := range ch {
		fmt.Println("received", v)
	}
	v, ok := <-ch // a receive from a closed, drained channel returns at once
	if !ok {
		fmt.Println("channel closed; the zero value is", v)
	}
}
