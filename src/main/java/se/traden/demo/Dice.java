package se.traden.demo;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/** Every choice the generator makes, from one seeded source, so that the same seed tells the same story. */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** A source of its own for one child, drawn from this one: the child's story no longer depends on others'. */
    Dice split() {
        return new Dice(random.nextLong());
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from {@code min} to {@code max}, both included. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    Duration hours(double min, double max) {
        return Duration.ofMinutes(Math.round((min + random.nextDouble() * (max - min)) * 60));
    }

    Duration days(double min, double max) {
        return Duration.ofMinutes(Math.round((min + random.nextDouble() * (max - min)) * 24 * 60));
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    /** One of the options, each as likely as its weight. */
    <T> T weighted(List<Weighted<T>> options) {
        double total = options.stream().mapToDouble(Weighted::weight).sum();
        double at = random.nextDouble() * total;
        for (Weighted<T> option : options) {
            at -= option.weight();
            if (at < 0) {
                return option.value();
            }
        }
        return options.getLast().value();
    }

    record Weighted<T>(T value, double weight) {
        static <T> Weighted<T> of(T value, double weight) {
            return new Weighted<>(value, weight);
        }
    }
}
