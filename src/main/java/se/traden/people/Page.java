package se.traden.people;

import java.util.List;
import java.util.function.Function;

/** One page of a longer result: its items, where it lies, and how many there are in all. */
record Page<T>(List<T> items, int page, int size, long total) {
    Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    <U> Page<U> map(Function<T, U> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
