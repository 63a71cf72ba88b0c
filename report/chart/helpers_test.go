package chart

import (
	"fmt"
	"image"
)

func fmtDiff(n int, first image.Point) string {
	return fmt.Sprintf("%d pixels differ, the first at %v", n, first)
}
