// The select statement: wait on several channels and take whichever is ready first.
//
// Each goroutine answers after a different delay; select receives from whichever channel has a
// value. When several are ready at once, select picks one at random.
package main

import (
	"fmt"
	"time"
)

func main() {
	fast := make(chan int)
	slow := make(chan int)

	go func() {
		time.Sleep(10 * time.Millisecond)
		fast <- 1
	}()
	go func() {
		time.Sleep(30 * time.Millisecond)
		slow <- 2
	}()

	for i := 0; i < 2; i++ {
		select {
		case v := <-fast:
			fmt.Println("received from fast", v)
		case v := <-slow:
			fmt.Println("received from slow", v)
		}
	}
}
