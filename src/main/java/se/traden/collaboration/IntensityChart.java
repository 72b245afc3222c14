package se.traden.collaboration;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the contact-intensity bar chart, computed on the server so that the page needs no
 * script: one bar per week, a scale from zero to a rounded maximum, and a label for every other week.
 */
public record IntensityChart(int width, int height, int baseline, int left, List<Bar> bars, List<Tick> ticks) {
    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int LEFT = 40;
    static final int RIGHT = 10;
    static final int TOP = 16;
    static final int BOTTOM = 40;

    public IntensityChart {
        bars = List.copyOf(bars);
        ticks = List.copyOf(ticks);
    }

    /** A week's bar; the label is shown under every other bar and always under the latest one. */
    public record Bar(ContactIntensity.Week week, int x, int y, int width, int height, int labelX, boolean labelled) {}

    /** A horizontal grid line with its value. */
    public record Tick(int value, int y) {}

    static IntensityChart of(ContactIntensity intensity) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = TOP + plotHeight;
        int scale = scaleMax(intensity.max());
        int n = intensity.weeks().size();
        int slot = (WIDTH - LEFT - RIGHT) / n;
        int barWidth = Math.max(4, slot - 6);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var week = intensity.weeks().get(i);
            int h = (int) Math.round((double) week.contacts() * plotHeight / scale);
            int x = LEFT + i * slot + (slot - barWidth) / 2;
            boolean labelled = (n - 1 - i) % 2 == 0;
            bars.add(new Bar(week, x, baseline - h, barWidth, h, x + barWidth / 2, labelled));
        }
        List<Tick> ticks = new ArrayList<>();
        int step = Math.max(1, scale / 4);
        for (int value = 0; value <= scale; value += step) {
            ticks.add(new Tick(value, baseline - (int) Math.round((double) value * plotHeight / scale)));
        }
        return new IntensityChart(WIDTH, HEIGHT, baseline, LEFT, bars, ticks);
    }

    /** The top of the scale: at least 4, rounded up so that four grid steps are whole numbers. */
    static int scaleMax(int max) {
        int top = Math.max(4, max);
        return (top + 3) / 4 * 4;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
