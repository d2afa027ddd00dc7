module example.com/sched

go 1.24

require example.com/schedapi v0.0.0

replace example.com/schedapi => ./schedapi
