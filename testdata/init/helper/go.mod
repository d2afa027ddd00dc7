module example.com/ne

go 1.24
