module example.com/e2e/transitive

go 1.24
