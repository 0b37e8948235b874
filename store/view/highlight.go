package view

import (
	"cmp"
	"container/heap"
)

// Highlighting: the article text becomes a tree of plain text and marks.
// Spans that nest become nested marks. Spans that cross (one starts inside
// another and ends after it) cannot both be one element; the later one is
// cut at the end of the earlier into fragments that carry the same data
// attribute, so the text of a mention's fragments, joined, is still its
// text. The plain text of the tree, read in order, is the article text.

// mark is how one highlighted fragment looks.
type mark struct {
	Class string
	// M is the mention index (data-m), or -1 for an event trigger.
	M int
	// Events lists the events the span takes part in (data-ev).
	Events string
	// ID anchors the first fragment of a span; later fragments have none.
	ID    string
	Title string
	// Role is the span's role in the event being shown, if any.
	Role string
}

// node is a piece of text, marked or plain.
type node struct {
	Text string
	Mark *mark
	Kids []node
}

// hlItem is one span to highlight.
type hlItem struct {
	start, end int
	order      int // tie-break: the order given
	mark       mark
}

type itemHeap []hlItem

func (h itemHeap) Len() int { return len(h) }
func (h itemHeap) Less(i, j int) bool {
	a, b := h[i], h[j]
	if c := cmp.Compare(a.start, b.start); c != 0 {
		return c < 0
	}
	if c := cmp.Compare(a.end, b.end); c != 0 {
		return c > 0 // the longer span first, so that it encloses the shorter
	}
	return a.order < b.order
}
func (h itemHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)   { *h = append(*h, x.(hlItem)) }
func (h *itemHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// highlight builds the tree of text with the items marked. Items whose
// span is empty or outside the text are left out; callers check that a
// span fits its text before they pass it.
func highlight(text string, items []hlItem) []node {
	h := make(itemHeap, 0, len(items))
	for _, it := range items {
		if 0 <= it.start && it.start < it.end && it.end <= len(text) {
			h = append(h, it)
		}
	}
	heap.Init(&h)
	type frame struct {
		mark *mark
		end  int
		kids []node
	}
	stack := []*frame{{end: len(text)}}
	pos := 0
	flush := func(f *frame, to int) {
		if to > pos {
			f.kids = append(f.kids, node{Text: text[pos:to]})
			pos = to
		}
	}
	closeTop := func() {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		flush(f, f.end)
		parent := stack[len(stack)-1]
		parent.kids = append(parent.kids, node{Mark: f.mark, Kids: f.kids})
	}
	for h.Len() > 0 {
		it := heap.Pop(&h).(hlItem)
		for len(stack) > 1 && stack[len(stack)-1].end <= it.start {
			closeTop()
		}
		top := stack[len(stack)-1]
		flush(top, it.start)
		end := it.end
		if end > top.end {
			rest := it
			rest.start = top.end
			rest.mark.ID = ""
			heap.Push(&h, rest)
			end = top.end
		}
		m := it.mark
		stack = append(stack, &frame{mark: &m, end: end})
	}
	for len(stack) > 1 {
		closeTop()
	}
	flush(stack[0], len(text))
	return stack[0].kids
}
