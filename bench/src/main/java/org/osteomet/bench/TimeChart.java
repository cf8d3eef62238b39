package org.osteomet.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** Draws time against claims on log-log axes, one line per series, as a PNG. */
final class TimeChart {
    /** The colours of the series in order; a chart with more series than colours starts over. */
    static final List<Color> PALETTE = List.of(
            new Color(0x1F77B4),
            new Color(0xD62728),
            new Color(0x2CA02C),
            new Color(0xFF7F0E),
            new Color(0x9467BD),
            new Color(0x8C564B),
            new Color(0xE377C2),
            new Color(0x17BECF));

    static final int WIDTH = 900;
    static final int HEIGHT = 560;

    private static final int PLOT_LEFT = 110;
    private static final int PLOT_RIGHT = 845;
    private static final int PLOT_TOP = 50;
    private static final int PLOT_BOTTOM = 490;
    private static final int MAX_TICKS = 10;
    private static final int MARKER = 8;
    private static final int LEGEND_ROW = 18;
    private static final String REFERENCE_LABEL = "linear (slope 1)";

    private static final Color GRID = new Color(0xE0E0E0);
    private static final Color FRAME = new Color(0x404040);
    private static final Color REFERENCE = new Color(0x909090);
    private static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Stroke THIN = new BasicStroke(1f);
    private static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED =
            new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private TimeChart() {}

    /**
     * One line: a name and its points (claims, milliseconds), claims ascending.
     *
     * @param name the name shown in the legend
     * @param points the measurements, in ascending order of claims
     */
    record Series(String name, List<Point> points) {
        Series {
            requireText(name, "name");
            points = nonEmptyCopy(points, "points");
            for (int i = 1; i < points.size(); i++) {
                if (points.get(i).claims() < points.get(i - 1).claims()) {
                    throw new IllegalArgumentException("points must be in ascending order of claims");
                }
            }
        }
    }

    /**
     * One measurement.
     *
     * @param claims the number of claims, positive
     * @param millis the time in milliseconds, positive and finite
     */
    record Point(long claims, double millis) {
        Point {
            if (claims <= 0) {
                throw new IllegalArgumentException("claims must be positive");
            }
            if (!(millis > 0 && Double.isFinite(millis))) {
                throw new IllegalArgumentException("millis must be positive and finite");
            }
        }
    }

    /**
     * Writes the chart as a PNG file at path (parent folders must exist), title at the top.
     *
     * @param path the file to write; replaced if it exists
     * @param title the title drawn above the plot
     * @param series the lines to draw, at least one
     * @throws IOException if the file cannot be written
     */
    static void write(Path path, String title, List<Series> series) throws IOException {
        Objects.requireNonNull(path, "path must not be null");
        requireText(title, "title");
        Files.write(path, encode(render(title, nonEmptyCopy(series, "series"))));
    }

    private static void requireText(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /** Returns an unmodifiable copy of the list, refusing a null or empty list and null elements. */
    private static <T> List<T> nonEmptyCopy(List<T> list, String name) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException(name + " must not contain null");
        }
        return List.copyOf(list);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("the JDK has no PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static BufferedImage render(String title, List<Series> series) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            setUp(g);
            Scale x = Scale.of(series, p -> (double) p.claims(), PLOT_LEFT, PLOT_RIGHT);
            Scale y = Scale.of(series, Point::millis, PLOT_BOTTOM, PLOT_TOP);
            drawGrid(g, x, y);
            drawReference(g, x, y, series.get(0).points().get(0));
            for (int i = 0; i < series.size(); i++) {
                drawSeries(g, x, y, series.get(i).points(), colour(i));
            }
            drawLegend(g, series);
            drawLabels(g, title);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void setUp(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Grey-scale text antialiasing rather than the desktop's LCD setting keeps the bytes the same everywhere.
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setFont(TEXT);
    }

    private static Color colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    private static void drawGrid(Graphics2D g, Scale x, Scale y) {
        FontMetrics metrics = g.getFontMetrics();
        g.setStroke(THIN);
        for (int e = x.lo(); e <= x.hi(); e += x.step()) {
            float px = (float) x.atLog(e);
            g.setColor(GRID);
            g.draw(new Line2D.Float(px, PLOT_TOP, px, PLOT_BOTTOM));
            String label = decadeLabel(e);
            g.setColor(FRAME);
            g.drawString(label, px - metrics.stringWidth(label) / 2f, PLOT_BOTTOM + 8f + metrics.getAscent());
        }
        for (int e = y.lo(); e <= y.hi(); e += y.step()) {
            float py = (float) y.atLog(e);
            g.setColor(GRID);
            g.draw(new Line2D.Float(PLOT_LEFT, py, PLOT_RIGHT, py));
            String label = decadeLabel(e);
            g.setColor(FRAME);
            g.drawString(label, PLOT_LEFT - 8f - metrics.stringWidth(label), py + metrics.getAscent() / 2f - 1);
        }
        g.drawRect(PLOT_LEFT, PLOT_TOP, PLOT_RIGHT - PLOT_LEFT, PLOT_BOTTOM - PLOT_TOP);
    }

    private static void drawReference(Graphics2D g, Scale x, Scale y, Point through) {
        double offset = Math.log10(through.millis()) - Math.log10(through.claims());
        // Only the part of the line inside both axis ranges is visible, and the label sits at its upper end.
        double fromLog = Math.max(x.lo(), y.lo() - offset);
        double toLog = Math.min(x.hi(), y.hi() - offset);
        Point2D from = new Point2D.Double(x.atLog(fromLog), y.atLog(fromLog + offset));
        Point2D to = new Point2D.Double(x.atLog(toLog), y.atLog(toLog + offset));
        g.setClip(PLOT_LEFT, PLOT_TOP, PLOT_RIGHT - PLOT_LEFT, PLOT_BOTTOM - PLOT_TOP);
        g.setColor(REFERENCE);
        g.setStroke(DASHED);
        g.draw(new Line2D.Double(from, to));
        AffineTransform saved = g.getTransform();
        g.translate(to.getX(), to.getY());
        g.rotate(Math.atan2(to.getY() - from.getY(), to.getX() - from.getX()));
        // Below the line, since its upper end is on the top or the right edge of the plot.
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(REFERENCE_LABEL, -8f - metrics.stringWidth(REFERENCE_LABEL), metrics.getAscent() + 4f);
        g.setTransform(saved);
        g.setClip(null);
    }

    private static void drawSeries(Graphics2D g, Scale x, Scale y, List<Point> points, Color colour) {
        Path2D.Double line = new Path2D.Double();
        for (Point point : points) {
            double px = x.at(point.claims());
            double py = y.at(point.millis());
            if (line.getCurrentPoint() == null) {
                line.moveTo(px, py);
            } else {
                line.lineTo(px, py);
            }
        }
        g.setColor(colour);
        g.setStroke(LINE);
        g.draw(line);
        for (Point point : points) {
            drawMarker(g, x.at(point.claims()), y.at(point.millis()));
        }
    }

    private static void drawMarker(Graphics2D g, double px, double py) {
        g.fill(new Ellipse2D.Double(px - MARKER / 2.0, py - MARKER / 2.0, MARKER, MARKER));
    }

    private static void drawLegend(Graphics2D g, List<Series> series) {
        FontMetrics metrics = g.getFontMetrics();
        int widest = series.stream()
                .mapToInt(s -> metrics.stringWidth(s.name()))
                .max()
                .orElse(0);
        int left = PLOT_LEFT + 10;
        int top = PLOT_TOP + 10;
        int width = 44 + widest;
        int height = 8 + LEGEND_ROW * series.size();
        g.setStroke(THIN);
        g.setColor(Color.WHITE);
        g.fillRect(left, top, width, height);
        g.setColor(FRAME);
        g.drawRect(left, top, width, height);
        for (int i = 0; i < series.size(); i++) {
            float middle = top + 4 + LEGEND_ROW * i + LEGEND_ROW / 2f;
            g.setColor(colour(i));
            g.setStroke(LINE);
            g.draw(new Line2D.Float(left + 8, middle, left + 28, middle));
            drawMarker(g, left + 18, middle);
            g.setColor(FRAME);
            g.drawString(series.get(i).name(), left + 36f, middle + metrics.getAscent() / 2f - 1);
        }
    }

    private static void drawLabels(Graphics2D g, String title) {
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        int titleWidth = g.getFontMetrics().stringWidth(title);
        g.drawString(title, (WIDTH - titleWidth) / 2f, 32f);
        g.setFont(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        float centreX = (PLOT_LEFT + PLOT_RIGHT) / 2f;
        g.drawString("claims", centreX - metrics.stringWidth("claims") / 2f, PLOT_BOTTOM + 44f);
        AffineTransform saved = g.getTransform();
        g.translate(24, (PLOT_TOP + PLOT_BOTTOM) / 2.0);
        g.rotate(-Math.PI / 2);
        g.drawString("time (ms)", -metrics.stringWidth("time (ms)") / 2f, 0f);
        g.setTransform(saved);
    }

    /** The label of the power of ten with exponent e, written out in full with Locale.ROOT grouping. */
    static String decadeLabel(int e) {
        if (e >= 0) {
            return String.format(Locale.ROOT, "%,d", BigInteger.TEN.pow(e));
        }
        return BigDecimal.ONE.movePointLeft(-e).toPlainString();
    }

    /**
     * A log10 axis from the decade lo to the decade hi, mapped onto the pixels from start to end.
     *
     * @param lo the exponent of the first decade
     * @param hi the exponent of the last decade, above lo
     * @param start the pixel of lo
     * @param end the pixel of hi
     */
    private record Scale(int lo, int hi, double start, double end) {
        static Scale of(List<Series> series, ToDoubleFunction<Point> value, double start, double end) {
            double min = Double.POSITIVE_INFINITY;
            double max = 0;
            for (Series s : series) {
                for (Point point : s.points()) {
                    min = Math.min(min, value.applyAsDouble(point));
                    max = Math.max(max, value.applyAsDouble(point));
                }
            }
            int lo = (int) Math.floor(Math.log10(min));
            int hi = (int) Math.ceil(Math.log10(max));
            // A single power of ten would give an axis of no length.
            return new Scale(lo, Math.max(hi, lo + 1), start, end);
        }

        int step() {
            // Wide ranges label every few decades so that the labels do not run into each other.
            return Math.max(1, (int) Math.ceil((hi - lo) / (double) MAX_TICKS));
        }

        double at(double value) {
            return atLog(Math.log10(value));
        }

        double atLog(double log) {
            return start + (log - lo) / (hi - lo) * (end - start);
        }
    }
}
