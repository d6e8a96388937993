// Goroutines basics: main starts three goroutines and waits until each has said hello.
//
// A goroutine is started with the go keyword and runs concurrently with the function that
// started it. The program ends when main returns, so main must wait for its goroutines: here a
// sync.WaitGroup counts them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func sayHello(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(10 * time.Millisecond) // pretend to do some work
	fmt.Println("hello from goroutine", id)
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go sayHello(i, &wg)
	}
	wg.Wait()
	fmt.Println("all goroutines finished")
}
