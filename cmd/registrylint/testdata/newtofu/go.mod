module example.com/tofulike

go 1.24
